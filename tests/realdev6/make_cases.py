#!/usr/bin/python3
"""Builds the REALDEV6 development cases: cases/NAME.txt, truth.json and sources.txt.

A seventh set of real news pages (after realpages and realdev to realdev5), built the way realdev4
and realdev5 were, to resemble the blind set's construction (tests/blind/README.md): 25 pages,
15 of them given with no page address. Every article text comes from src/NAME.txt, the stored
text of a public web page (from the page's beginning, about the first 2,000 bytes, as a public
web-page store keeps it) kept here verbatim; src/NAME.url is the page's address. Nothing in an
article was written by us. The only changes are the scraper-style transforms named in each case's
`notes`. Truth follows /work/shared/realpages/README.md ("How truth was decided").

The pages and their truth are data: pages.json, one entry per case, in order:
  name        the case's name (src/NAME.txt, src/NAME.url)
  transform   "stored" (as kept), "url" (page URL first), "url+wrap78" (URL first, then a 78-column
              hard wrap), "jina" (Jina Reader framing, URL included; the headline is the page title)
              or "crlf" (CRLF line ends)
  truth       the expected fields and checks; "url": true stands for the page's address
  notes       what the page is and why the truth is what it is
  inside      chrome the page places inside the article span (for the self-check)
The transforms, the self-check and the writing are tests/real/cases.py's
(build_transformed).

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

if __name__ == "__main__":
    cases.build_transformed(HERE)
