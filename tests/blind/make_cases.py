#!/usr/bin/python3
"""Builds the BLIND held-out cases: cases/NAME.txt, truth.json and sources.txt.

Every article text comes from src/NAME.txt, the stored text of a public web page
(from the page's beginning, about the first 2,000 characters, as a public web-page
store keeps it) kept here verbatim; src/NAME.url is the page's address. Nothing in
an article was written by us. The only changes are the scraper-style transforms
named in each case's `notes` (page URL added as the first line, CRLF line ends,
html2text-style 78-column hard wrap, Jina Reader framing). Truth follows the rules
of ../../../shared/realpages/README.md ("How truth was decided"). The pages and
their truth are data, pages.json; the transforms, the self-check and the writing are
tests/real/cases.py's.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
It checks each truth against its input and prints any check that could not pass
(a body_first/body_last/title/once absent from the text), that tests nothing (a
must_not_contain string absent from the input), or that would fail a correct body
(a must_not_contain string inside the article span from body_first to body_last).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

cases.build(HERE)
