#!/usr/bin/python3
"""Builds the REALDEV3 development cases: cases/NAME.txt, truth.json and sources.txt.

A fourth set of real news pages (after realpages, realdev and realdev2), built like the
blind set (tests/blind/README.md): 25 pages, most of them given as stored (no URL line).
How the cases are made and checked: tests/real/cases.py; the pages and their truth:
pages.json; the truth rules: /work/shared/realpages/README.md.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

cases.build(HERE)
