#!/usr/bin/python3
"""Builds the REALDEV2 development cases: cases/NAME.txt, truth.json and sources.txt.

A third development set of real news pages (after tests/realdev/), made as that one is:
src/NAME.txt and src/NAME.url hold each stored page and its address, tests/real/cases.py
the transforms and the self-check, and pages.json the pages and their truth.
Run: python3 make_cases.py   (rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

cases.build(HERE)
