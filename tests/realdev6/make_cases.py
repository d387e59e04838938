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
The transforms, the self-check and the writing are tests/real/cases.py's.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)

TRANSFORMS = {
    "stored": "none (as stored).",
    "url": "page URL added as the first line.",
    "url+wrap78": "page URL added as the first line, then html2text-style hard wrap at 78 columns.",
    "jina": "Jina Reader framing (Title: / URL Source: / Markdown Content:, headline underlined ===), URL included.",
    "crlf": "CRLF line ends.",
}


def raw_input(kind, text, url, headline):
    if kind == "stored":
        return text
    if kind == "url":
        return cases.url_first(text, url)
    if kind == "url+wrap78":
        return cases.wrap78(cases.url_first(text, url))
    if kind == "jina":
        return cases.jina(text, url, headline, headline)
    if kind == "crlf":
        return cases.crlf(text)
    raise SystemExit("unknown transform " + kind)


def main():
    S = cases.CaseSet(HERE)
    with open(os.path.join(HERE, "pages.json"), encoding="utf-8") as f:
        pages = json.load(f)
    inside = set()
    for p in pages:
        name, kind, truth = p["name"], p["transform"], dict(p["truth"])
        text, url = S.src(name)
        if truth.get("url") is True:
            truth["url"] = url
        order = ["title", "date", "source", "provider", "url", "authors", "body_first", "body_last",
                 "paragraphs", "must_not_contain", "once"]
        truth = {k: truth[k] for k in order if k in truth}
        S.add(name, raw_input(kind, text, url, truth.get("title")), truth, url,
              TRANSFORMS[kind] + " " + p["notes"])
        inside.update((name, s) for s in p.get("inside", []))
    S.finish(inside)


if __name__ == "__main__":
    main()
