#!/usr/bin/env python3
"""The benchmark corpus as one JSON Lines file and one WARC.gz file.

    python3 bench/to_streams.py CORPUS OUT.jsonl OUT.warc.gz

Every article of CORPUS (the folder bench/gen_corpus.py writes, in sorted
order) becomes one line {"id": "000/00000", "text": ...} of OUT.jsonl and
one WARC conversion record (WET's record type: plain text, no URL) of
OUT.warc.gz, a gzip member a record as crawlers write them (level 6).
Bytes that are not UTF-8 become U+FFFD (JSON holds only Unicode), so a
handful of articles differ from their files there.  Deterministic.
"""
import json
import os
import sys
import zlib


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    corpus, jsonl, warc = argv
    files = []
    for d in sorted(os.listdir(corpus)):
        p = os.path.join(corpus, d)
        if os.path.isdir(p):
            files.extend(os.path.join(d, f) for f in sorted(os.listdir(p))
                         if f.endswith(".txt"))
    with open(jsonl + ".tmp", "w", encoding="utf-8") as j, \
            open(warc + ".tmp", "wb") as w:
        for n, rel in enumerate(files):
            raw = open(os.path.join(corpus, rel), "rb").read()
            text = raw.decode("utf-8", "replace")
            rid = rel[:-4]
            j.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False))
            j.write("\n")
            block = text.encode("utf-8")
            head = ("WARC/1.0\r\nWARC-Type: conversion\r\n"
                    "WARC-Date: 2026-01-01T00:00:00Z\r\n"
                    "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n"
                    "Content-Type: text/plain\r\nContent-Length: %d\r\n\r\n"
                    % (n, len(block))).encode()
            c = zlib.compressobj(6, zlib.DEFLATED, 31)
            w.write(c.compress(head + block + b"\r\n\r\n") + c.flush())
    os.replace(jsonl + ".tmp", jsonl)
    os.replace(warc + ".tmp", warc)
    print("%d articles -> %s (%d bytes), %s (%d bytes)"
          % (len(files), jsonl, os.path.getsize(jsonl), warc,
             os.path.getsize(warc)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
