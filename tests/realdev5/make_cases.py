#!/usr/bin/python3
"""Builds the REALDEV5 development cases: cases/NAME.txt, truth.json and sources.txt.

A sixth set of real news pages (after realpages, realdev, realdev2, realdev3 and realdev4), built
the way realdev4 was, to resemble the blind set's construction (tests/blind/README.md): 25 pages,
most of them given as stored (no URL line). This set leans on page kinds the earlier sets have few
of: opinion columns and editorials, magazine editor's letters, a live council-session page,
breaking-news pages with trending lists, aggregator copy with a source credit, headlines printed
two to six times, ticker and weather chrome, comment forms.
Its pages and their truth: pages.json, made into cases as realdev3's are.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

cases.build(HERE)
