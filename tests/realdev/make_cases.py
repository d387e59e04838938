#!/usr/bin/python3
"""Builds the REALDEV development cases: cases/NAME.txt, truth.json and sources.txt.

A second development set of real news pages, built the same way as
/work/shared/realpages/ (same format, same truth rules: its README, "How truth was
decided"). Each case is the stored text of a public web page, src/NAME.txt, kept
verbatim, with its address in src/NAME.url; nothing in an article was written by us.
What a case may change (the transforms its `notes` name) and how its truth is checked:
tests/real/cases.py. The pages and their truth are data, pages.json;
chrome a page places between paragraphs is its `inside` there.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

cases.build(HERE)
