#!/usr/bin/python3
"""Builds the REALDEV4 development cases: cases/NAME.txt, truth.json and sources.txt.

A fifth set of real news pages (after realpages, realdev, realdev2 and realdev3), built the way
realdev3 was, to resemble the blind set's construction (tests/blind/README.md): 25 pages, most of
them given as stored (no URL line). Its pages and their truth: pages.json, made into cases as realdev3's are.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

cases.build(HERE)
