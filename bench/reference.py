#!/usr/bin/env python3
"""Reference normalizer: the Python script a user would write instead of newsnorm.

    python3 bench/reference.py DIR > out.jsonl

Reads every .txt file under DIR (recursively, in sorted order) and prints one
JSON record a line with the field names of SPEC section 1.  It is written the
plain way (whole-text regex passes, html.unescape, unicodedata.normalize, a
list of boilerplate regexes tried one by one on each line, datetime.strptime),
without tricks to make it faster or slower, so that the benchmark compares
newsnorm with honest, comparable work.  It is not a specification: where it
and SPEC disagree, SPEC wins.

Standard library only.
"""

import hashlib
import html
import json
import os
import re
import sys
import unicodedata
from datetime import datetime

# --------------------------------------------------------------------------
# Text clean-up
# --------------------------------------------------------------------------

TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# Zero-width and format characters, and C0 controls other than \t and \n.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f]")
# Tabs, NBSP and the other Unicode spaces, collapsed to one space.
SPACES_RE = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# UTF-8 text that was decoded as Windows-1252 (longest patterns first).
MOJIBAKE = [("â€™", "’"), ("â€œ", "“"), ("â€\x9d", "”"), ("â€”", "—"),
            ("â€“", "–"), ("â€¦", "…"), ("â€˜", "‘"), ("â€", "”"),
            ("Ã©", "é"), ("Ã¼", "ü"), ("Ã¶", "ö"), ("Ã§", "ç")]

# --------------------------------------------------------------------------
# Boilerplate rules: (name, pattern, action).  Tried in order on each line;
# the first that matches decides.  Actions other than "drop" fill a field or
# start a block of lines to skip.
# --------------------------------------------------------------------------

RULES = [(name, re.compile(pattern), action) for name, pattern, action in [
    ("related-article", r"^(?:#+ *)?Related article: *(.+)$", "related"),
    ("read-more-link", r"^Read more: (.+)$", "related"),
    ("credit", r"^(?:#+ *)?(.+?) contributed reporting\.?$", "credits"),
    ("credit", r"^Additional reporting by (.+?)\.?$", "credits"),
    ("url-label", r"^Original url: *(.*)$", "url"),
    ("wire-id", r"^MENAFN(\d\d)(\d\d)(\d{4})\d{12}ID(\d{10})(?: *MENAFN\d{20}ID\d{10})* *$",
     "wire-id"),
    ("disclaimer", r"^Legal Disclaimer:?$", "disclaimer"),
    ("disclaimer", r"^.{0,60} provides the information .{0,12}as +is", "drop"),
    ("donation-appeal", r"^A Message from The Moscow Times:?$", "appeal"),
    ("donation-appeal", r"^(?:Support The Moscow Times!?|Contribute today)$", "drop"),
    ("newsletter", r"^(?:Sign up for our free weekly newsletter|Our weekly newsletter contains"
                   r"|Subscribers agree to the Privacy Policy)", "drop"),
    ("tags", r"^Read more about: *(.+)$", "tags"),
    ("read-more", r"^(?:### .+|\d+ Min read|Read more|Most read|Just in)$", "drop"),
    ("opinion-disclaimer", r"^The views expressed in opinion pieces do not necessarily", "drop"),
    ("section-label", r"^(?:News Analysis|Opinion|Feature|Ukraine War|Liveblog|Partner Content"
                      r"|News|Business)$", "drop"),
    ("menafn-chrome", r"^(?:Share on Facebook|Tweet on Twitter|Tags|Comments|No comment|Category"
                      r"|Date|More Stories|Market Research|Newsletter|Daily\((?:English|Arabic)\))$",
     "drop"),
    ("share-prompt", r"^(?:Advertisement|Sponsored content|Skip to (?:main )?content|Menu"
                     r"|Share this|Share on \w+|Follow us on .*|Find us on .*"
                     r"|Subscribe to our newsletter|Sign up for .*|Read more »|Click here.*"
                     r"|Back to top|Powered by .*|Privacy Policy|Terms of Use"
                     r"|This website uses cookies.*|We use cookies.*|Accept all"
                     r"|Please enable JavaScript.*|Loading\.\.\.|Video Player is loading\.?"
                     r"|Filed under:? .*|Disclosure:.*)$", "drop"),
    ("related-list", r"^(?:Related Articles|Related Stories|Recommended Stories"
                     r"|Trending Articles|You might also like)$", "related-list"),
    ("copyright", r"^(?:©|\(c\)|Copyright) *\d{4}.*$|.*All rights reserved\.?$", "drop"),
    ("bare-url", r"^https?://\S+$", "drop"),
    ("page-number", r"^\d{1,3}$", "drop"),
]]
APPEAL_END_RE = re.compile(r"^(?:Not ready to support today\?.*|Remind me later\.?|Maybe later)$")

# --------------------------------------------------------------------------
# Header fields
# --------------------------------------------------------------------------

MENAFN_HEADER_RE = re.compile(r"^date (\d{4}-\d{2}-\d{2})\b *(.*)$")
MENAFN_DATELINE_RE = re.compile(r"^\(MENAFN *(?:- *((?:[^()]|\([^()]*\))+?))?\) *")
BYLINE_RE = re.compile(r"^By (.+)$")
DATE_PREFIX_RE = re.compile(r"^(?:Updated|Published|Posted):? *")
DATE_FORMATS = ["%B %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y-%m-%d", "%d %B %Y, %H:%M GMT"]
AUTHOR_ROLES = {"Staff Writer", "Reuters", "Correspondent", "AFP"}
TITLE_SUFFIX_RE = re.compile(r" (?:\||-) (?:The Moscow Times|[A-Z][\w .]+)$")
SENTENCE_END = ('.', '!', '?', '"', '”', '’', ':', ')', '»')


def parse_date(line):
    """ISO date (with time when given) or None."""
    if len(line) > 40:
        return None
    s = DATE_PREFIX_RE.sub("", line)
    for fmt in DATE_FORMATS:
        try:
            d = datetime.strptime(s, fmt)
        except ValueError:
            continue
        if "%H" in fmt:
            return d.strftime("%Y-%m-%dT%H:%M") + "+00:00"
        return d.strftime("%Y-%m-%d")
    return None


def split_names(s, drop=()):
    """'A, B and C' -> ['A', 'B', 'C'], without the names in `drop`."""
    s = s.split(" | ")[0]
    names = (n.strip() for n in re.split(r", | and ", s))
    return [n for n in names if n and n not in drop]


def detect_profile(text, lines):
    if "(MENAFN" in text or (lines and MENAFN_HEADER_RE.match(lines[0])) or "menafn.com" in text:
        return "menafn"
    if "themoscowtimes.com" in text or "The Moscow Times" in text:
        return "moscowtimes"
    return "generic"


def matches_rule(line):
    for name, rx, action in RULES:
        m = rx.match(line)
        if m:
            return name, m, action
    return None


# --------------------------------------------------------------------------
# One article
# --------------------------------------------------------------------------

def clean_text(raw, warnings):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        warnings.append("invalid UTF-8 repaired")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "â€" in text or "Ã" in text:
        for bad, good in MOJIBAKE:
            text = text.replace(bad, good)
    text = TAG_RE.sub("", text)
    text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = INVISIBLE_RE.sub("", text)
    return text, [SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]


def parse_header(lines, profile, rec, extra):
    """Title, date, byline and caption from the top; returns the body start."""
    i, n = 0, len(lines)
    while i < n and (not lines[i] or matches_rule(lines[i])):
        i += 1
    if profile == "menafn" and i < n:
        m = MENAFN_HEADER_RE.match(lines[i])
        if m:
            rec["date"] = m.group(1)
            if m.group(2):
                extra["header"] = m.group(2)
            i += 1
    while i < n and (not lines[i] or matches_rule(lines[i])):
        i += 1
    if i < n:
        rec["title"] = TITLE_SUFFIX_RE.sub("", lines[i].lstrip("#").strip())
        i += 1
    # Date and byline lines, in either order, possibly with blank lines.
    for _ in range(4):
        while i < n and not lines[i]:
            i += 1
        if i >= n:
            break
        d = parse_date(lines[i])
        if d and not rec["date"]:
            rec["date"] = d
            i += 1
            continue
        m = BYLINE_RE.match(lines[i])
        if m and not rec["authors"] and len(lines[i]) < 100:
            rec["authors"] = split_names(m.group(1), AUTHOR_ROLES)
            i += 1
            continue
        break
    # Lead photo caption: "<caption>. <Name> / <Agency>" (not a sentence).
    if profile == "moscowtimes":
        while i < n and not lines[i]:
            i += 1
        if i < n and not lines[i].endswith(SENTENCE_END) and ". " in lines[i]:
            caption, credit = lines[i].rsplit(". ", 1)
            rec["image"] = {"caption": caption + ".", "credit": credit}
            if " / " not in credit:
                rec["warnings"].append("caption guessed")
            i += 1
    return i


def filter_body(lines, rec, extra):
    """Drop boilerplate lines (moving what they carry into fields)."""
    kept = []
    url_parts = None
    block = None                      # "appeal", "disclaimer", "related-list"
    for line in lines:
        if url_parts is not None:     # everything after the label is the URL
            url_parts.append(line)
            continue
        if block == "appeal":
            if APPEAL_END_RE.match(line):
                block = None
            continue
        if block and not line:
            block = None
            kept.append(line)
            continue
        hit = matches_rule(line) if line else None
        if block == "disclaimer" and not (hit and hit[2] == "url"):
            continue
        if block == "related-list" and not hit:
            rec["related"].append(line)
            continue
        if not hit:
            kept.append(line)
            continue
        name, m, action = hit
        block = None
        if action == "related":
            rec["related"].append(m.group(1).strip())
        elif action == "credits":
            rec["credits"].extend(re.sub(r"^CNN's ", "", c) for c in split_names(m.group(1)))
        elif action == "url":
            url_parts = [m.group(1)]
        elif action == "wire-id":
            # MENAFN<DDMMYYYY><12 digits>ID<story id>: a date when none was found.
            if not rec["date"]:
                rec["date"] = "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
            extra["story_id"] = m.group(4)
        elif action == "tags":
            extra["tags"] = ", ".join(t.strip() for t in m.group(1).split(","))
        elif action in ("appeal", "disclaimer", "related-list"):
            block = action
        kept.append("")               # a removed line still ends a paragraph
    if url_parts is not None:
        url = re.sub(r"\s+", "", "".join(url_parts))
        rec["url"] = url or None
    return kept


def join_paragraphs(lines):
    """Non-empty lines are paragraphs; join the ones broken mid-sentence."""
    paras = []
    for line in lines:
        if not line:
            continue
        if paras:
            prev = paras[-1]
            if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and line[0].islower():
                paras[-1] = prev[:-1] + line          # hyphenated at a page break
                continue
            if not prev.endswith(SENTENCE_END) and line[0].islower():
                paras[-1] = prev + " " + line
                continue
        paras.append(line)
    return paras


def normalize(path, raw):
    rec = {"title": None, "date": None, "source": None, "source_id": None,
           "provider": None, "url": None, "authors": [], "credits": [], "image": None,
           "related": [], "body": "", "word_count": 0, "fingerprint": None,
           "input": path, "warnings": [], "extra": {}}
    extra = rec["extra"]
    text, lines = clean_text(raw, rec["warnings"])
    profile = detect_profile(text, [l for l in lines if l][:1])
    rec["source_id"] = profile
    start = parse_header(lines, profile, rec, extra)
    body_lines = filter_body(lines[start:], rec, extra)

    if profile == "menafn":
        rec["source"] = "MENAFN"
        for j, line in enumerate(body_lines):
            m = MENAFN_DATELINE_RE.match(line)
            if m:
                rec["provider"] = m.group(1)
                body_lines[j] = line[m.end():]
                break
    elif profile == "moscowtimes":
        rec["source"] = "The Moscow Times"
    elif rec["url"]:
        m = re.match(r"^https?://(?:www\.)?([^/?#]+)", rec["url"])
        rec["source"] = m.group(1) if m else None

    paras = join_paragraphs(body_lines)
    body = "\n\n".join(paras)
    rec["body"] = body
    rec["word_count"] = len(body.split())
    key = (rec["title"] or "") + "\n" + body
    rec["fingerprint"] = hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()
    if not rec["title"]:
        rec["warnings"].append("no title found")
    if not rec["date"]:
        rec["warnings"].append("no date found")
    return rec


def input_files(top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".txt"):
                yield os.path.join(dirpath, name)


def main(argv):
    if len(argv) != 1:
        print("usage: python3 reference.py DIR > out.jsonl", file=sys.stderr)
        return 2
    out = sys.stdout
    out.reconfigure(encoding="utf-8")
    status = 0
    for path in input_files(argv[0]):
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError as e:
            print("reference: %s: %s" % (path, e.strerror), file=sys.stderr)
            status = 1
            continue
        rec = normalize(path, raw)
        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
