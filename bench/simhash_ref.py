#!/usr/bin/env python3
"""The record's `simhash` (include/newsnorm.h, nn_simhash) in Python, as a
check of its definition; for bodies whose words are ASCII (newsnorm takes
letters, digits and marks of any script and lower-cases them with
utf8proc).

    python3 bench/simhash_ref.py < body.txt      -> 16 hex digits

tests/unit/test_simhash.c pins the value this gives for its text.
"""
import re
import sys

M = (1 << 64) - 1


def fnv1a(word):
    h = 14695981039346656037
    for c in word.encode():
        h = ((h ^ c) * 1099511628211) & M
    return h


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & M


def fmix64(k):
    k ^= k >> 33
    k = (k * 0xff51afd7ed558ccd) & M
    k ^= k >> 33
    k = (k * 0xc4ceb9fe1a85ec53) & M
    return k ^ (k >> 33)


def simhash(text):
    words = [fnv1a(w) for w in re.findall(r"[a-z0-9]+", text.lower())]
    if not words:
        return 0
    w = [0, 0, 0]
    shingles = []
    for i, h in enumerate(words):
        w = [w[1], w[2], h]
        if i >= 2:
            shingles.append(fmix64(w[0] ^ rotl(w[1], 21) ^ rotl(w[2], 42)))
    if len(words) < 3:  # one shingle of the words there are
        shingles.append(fmix64(w[0] ^ rotl(w[1], 21) ^ rotl(w[2], 42)))
    out = 0
    for b in range(64):
        if 2 * sum(s >> b & 1 for s in shingles) > len(shingles):
            out |= 1 << b
    return out


if __name__ == "__main__":
    print("%016x" % simhash(sys.stdin.read()))
