"""cases.py - what the make_cases.py of each real-page set shares: the
scraper-style transforms (page URL first, CRLF, a 78-column wrap, Jina
Reader framing), adding a case, and the self-check and writing of cases/,
truth.json and sources.txt.  A set's pages and their truth are data, the
set's pages.json, and its make_cases.py only calls build(HERE):

    [{"name": NAME, "section": "Russian",
      "make": ["url_first", "wrap78"],           # transforms, in order
      "page_title": ..., "headline": ...,        # with "make": ["jina"]
      "inside": ["chrome inside the span", ...], # optional
      "truth": {...truth...},
      "transforms": "the transforms and the page, in words (the notes)"}, ...]

A case's text is a stored public web page (src/NAME.txt, from its beginning,
about the first 2,000 bytes, as a public web-page store keeps it; its address
in src/NAME.url), verbatim but for the transforms above, each named in the
case's `notes`.  The self-check prints any check that could not pass (a
body_first, body_last, title or once absent from the text), that tests
nothing (a must_not_contain string absent from the input), or that would
fail a correct body (a must_not_contain string inside the article span from
body_first to body_last, except chrome the page places between paragraphs:
the page's `inside`).
"""
import json, os, re, sys, textwrap, unicodedata


def url_first(text, url):
    return url + "\n\n" + text


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def wrap78(text):
    """html2text-style hard wrap of each paragraph line at 78 columns."""
    lines = []
    for line in text.split("\n"):
        if len(line) > 78 and not line.startswith(("http", "#")):
            lines.extend(textwrap.wrap(line, 78, break_long_words=False, break_on_hyphens=False))
        else:
            lines.append(line)
    return "\n".join(lines)


def jina(text, url, page_title, headline):
    """Reshape as a Jina Reader scrape: Title / URL Source / Markdown Content, with the
    headline underlined by '=' (setext)."""
    body = text.replace("\n" + headline + "\n", "\n" + headline + "\n" + "=" * len(headline) + "\n", 1)
    if body.startswith(headline + "\n"):
        body = headline + "\n" + "=" * len(headline) + body[len(headline):]
    return "Title: " + page_title + "\n\nURL Source: " + url + "\n\nMarkdown Content:\n" + body


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def alts(v):
    return v if isinstance(v, list) else [v]


class CaseSet:
    """The cases of one set, in the folder `here` (src/ in, cases/ out)."""

    def __init__(self, here):
        self.here = here
        self.src_dir = os.path.join(here, "src")
        self.out = os.path.join(here, "cases")
        os.makedirs(self.out, exist_ok=True)
        self.cases, self.truth, self.sources = {}, {}, {}

    def src(self, name):
        with open(os.path.join(self.src_dir, name + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        with open(os.path.join(self.src_dir, name + ".url"), encoding="utf-8") as f:
            url = f.read().strip()
        return text, url

    def add(self, name, raw, t, origin, transforms):
        self.cases[name] = raw
        self.sources[name] = origin
        t = dict(t)
        t["notes"] = ("REAL TEXT. Origin: " + origin + " (stored public page; verbatim excerpt kept in src/" +
                      name + ".txt). Transforms: " + transforms)
        self.truth[name] = t

    def check(self, inside):
        """Self-check every truth against its input; the number of problems.
        inside: (case, string) pairs of chrome the page places inside the
        article span (removed from the body, so expected there)."""
        problems = 0
        for name, t in self.truth.items():
            text, _ = self.src(name)
            ntext, raw = norm(text), self.cases[name]
            for key in ("body_first", "body_last", "title"):
                if key in t:
                    if not any(norm(a) in ntext for a in alts(t[key])):
                        print(f"{name}: {key} not found in src: {alts(t[key])}")
                        problems += 1
            for s in t.get("must_not_contain", []):
                if s not in raw and s not in text:
                    print(f"{name}: must_not_contain {s!r} absent from the input (tests nothing)")
                    problems += 1
            for s in t.get("once", []):
                if s not in raw:
                    print(f"{name}: once {s!r} absent from the input")
                    problems += 1
            for a in t.get("authors", []):
                if a not in text:
                    print(f"{name}: author {a!r} absent from the input")
                    problems += 1
            # the article span (first body_first alternative .. first body_last alternative, normalized)
            # must hold no must_not_contain string: else a correct body would fail the check.
            bf, bl = norm(alts(t["body_first"])[0]), norm(alts(t["body_last"])[0])
            i = ntext.rfind(bf)  # last occurrence: a teaser may repeat the opening before the article
            j = ntext.find(bl, i)
            if i < 0 or j < 0:
                print(f"{name}: body_first/body_last span not found in order")
                problems += 1
                continue
            span = ntext[i:j + len(bl)]
            for s in t.get("must_not_contain", []):
                if s.strip() and norm(s) in span and (name, s) not in inside:
                    print(f"{name}: must_not_contain {s!r} occurs inside the article span")
                    problems += 1
            for s in t.get("once", []):
                if span.count(norm(s)) != 1:
                    print(f"{name}: once {s!r} occurs {span.count(norm(s))} times in the article span")
                    problems += 1
            if "url" in t and t["url"] not in raw:
                print(f"{name}: url not in the input")
                problems += 1
        return problems

    def finish(self, inside=frozenset()):
        """Check, write cases/, truth.json and sources.txt, and exit 1 when
        the check found problems."""
        problems = self.check(inside)
        for name, raw in self.cases.items():
            with open(os.path.join(self.out, name + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(raw)
        with open(os.path.join(self.here, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(self.truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(self.here, "sources.txt"), "w", encoding="utf-8") as f:
            for name in sorted(self.sources):
                f.write(name + " " + self.sources[name] + "\n")
        print(len(self.cases), "cases written;", problems, "self-check problems")
        sys.exit(1 if problems else 0)


def make(page, text, url):
    """A page's case text: its stored text through the transforms it names."""
    raw = text
    for step in page["make"]:
        if step == "url_first":
            raw = url_first(raw, url)
        elif step == "jina":
            raw = jina(raw, url, page["page_title"], page["headline"])
        else:
            raw = {"crlf": crlf, "wrap78": wrap78}[step](raw)
    return raw


def build(here):
    """Build the set in the folder `here` from its pages.json: cases/,
    truth.json and sources.txt, after the self-check (exit 1 on problems)."""
    with open(os.path.join(here, "pages.json"), encoding="utf-8") as f:
        pages = json.load(f)
    s = CaseSet(here)
    inside = set()
    for page in pages:
        name = page["name"]
        text, url = s.src(name)
        s.add(name, make(page, text, url), page["truth"], url, page["transforms"])
        inside.update((name, chrome) for chrome in page.get("inside", []))
    s.finish(inside)


# ---- sets whose pages.json names a transform per page (realdev6 on) ------

TRANSFORMS = {
    "stored": "none (as stored).",
    "url": "page URL added as the first line.",
    "url+wrap78": "page URL added as the first line, then html2text-style hard wrap at 78 columns.",
    "jina": "Jina Reader framing (Title: / URL Source: / Markdown Content:, headline underlined ===), URL included.",
    "crlf": "CRLF line ends.",
}

TRUTH_ORDER = ["title", "date", "source", "provider", "url", "authors", "body_first", "body_last",
               "paragraphs", "must_not_contain", "once"]


def transformed(kind, text, url, headline):
    """A stored text as the named transform gives it to newsnorm."""
    if kind == "stored":
        return text
    if kind == "url":
        return url_first(text, url)
    if kind == "url+wrap78":
        return wrap78(url_first(text, url))
    if kind == "jina":
        return jina(text, url, headline, headline)
    if kind == "crlf":
        return crlf(text)
    raise SystemExit("unknown transform " + kind)


def build_transformed(here):
    """Build a set whose pages.json gives each page its name, transform,
    truth ("url": true for the page's address), notes and inside."""
    S = CaseSet(here)
    with open(os.path.join(here, "pages.json"), encoding="utf-8") as f:
        pages = json.load(f)
    inside = set()
    for p in pages:
        name, kind, truth = p["name"], p["transform"], dict(p["truth"])
        text, url = S.src(name)
        if truth.get("url") is True:
            truth["url"] = url
        truth = {k: truth[k] for k in TRUTH_ORDER if k in truth}
        S.add(name, transformed(kind, text, url, truth.get("title")), truth, url,
              TRANSFORMS[kind] + " " + p["notes"])
        inside.update((name, s) for s in p.get("inside", []))
    S.finish(inside)
