#!/usr/bin/python3
"""Builds the REALDEV9 development cases: cases/NAME.txt, truth.json and sources.txt.

A tenth set of real news pages, built the way realdev8 was and laid out
as it is: src/NAME.txt and src/NAME.url (a stored public page and its
address), pages.json (each page's transform, truth, notes and chrome
inside the span; see tests/realdev6/make_cases.py for the keys), turned
into the cases by tests/real/cases.py (build_transformed).

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

if __name__ == "__main__":
    cases.build_transformed(HERE)
