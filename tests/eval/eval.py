#!/usr/bin/env python3
"""Score newsnorm's content extraction on the page-style corpus.

For every samples/page-*.txt, run `newsnorm FILE`, take the JSON record it
prints and compare it with tests/eval/expected/page-*.json:

  body     word 4-grams (lower-cased \\w+ tokens, Unicode), multiset overlap:
           P = overlap / got 4-grams, R = overlap / expected 4-grams, F1
  title    equal after NFC and whitespace collapsing
  date     expected YYYY-MM-DD: the got date has that day (a time is allowed);
           expected with a time and offset: the got date is the same instant
  authors  the same names in the same order (NFC, whitespace collapsed)

Usage: tests/eval/eval.py [NEWSNORM] [--min-f1 X] [--min-p Y] [--min-r Z]
                          [--verbose NAME]

Exit status: 0 report printed (and every given minimum met); 1 an average
is below a given minimum; 2 the binary failed on a file, or the corpus is
broken (no samples, an expected file missing or not valid JSON).
Python 3 standard library only.
"""

import argparse
import datetime
import difflib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, "samples")
EXPECTED = os.path.join(ROOT, "tests", "eval", "expected")
DEFAULT_BIN = "build/newsnorm"
N = 4
TIMEOUT = 60


def die(msg):
    print(f"eval.py: {msg}", file=sys.stderr)
    sys.exit(2)


# ---- body: word 4-grams ------------------------------------------------

WORD = re.compile(r"\w+")


def tokens(text):
    return WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def ngrams(toks):
    """Word n-grams as a multiset; a text shorter than N is one gram."""
    if len(toks) < N:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + N]) for i in range(len(toks) - N + 1))


def score(expected, got):
    """(precision, recall, f1) of got against expected.

    Both empty is a perfect score. An empty output against a non-empty
    expected body scores 0 on all three (an empty body is a failure, not
    a precise answer); a non-empty output against an empty expected body
    has precision 0 and recall 1.
    """
    e, g = ngrams(tokens(expected)), ngrams(tokens(got))
    ne, ng = sum(e.values()), sum(g.values())
    if ne == 0 and ng == 0:
        return 1.0, 1.0, 1.0
    if ng == 0:
        return 0.0, 0.0, 0.0
    if ne == 0:
        return 0.0, 1.0, 0.0
    overlap = sum((e & g).values())
    p, r = overlap / ng, overlap / ne
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---- title, date, authors ------------------------------------------------

def norm_text(s):
    if not isinstance(s, str):
        return None
    return " ".join(unicodedata.normalize("NFC", s).split())


DATE_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?$")


def parse_date(s):
    """(day, instant): instant is an aware datetime when s has a time and
    an offset, else None. None for anything that is no ISO 8601 date."""
    if not isinstance(s, str):
        return None
    m = DATE_RE.match(s.strip())
    if not m:
        return None
    y, mo, d, hh, mm, ss, off = m.groups()
    try:
        day = datetime.date(int(y), int(mo), int(d))
        if hh is None or off is None:
            return day, None
        if off == "Z":
            tz = datetime.timezone.utc
        else:
            sign = -1 if off[0] == "-" else 1
            digits = off[1:].replace(":", "")
            tz = datetime.timezone(sign * datetime.timedelta(
                hours=int(digits[:2]), minutes=int(digits[2:])))
        inst = datetime.datetime(int(y), int(mo), int(d), int(hh), int(mm),
                                 int(ss or 0), tzinfo=tz)
        return day, inst
    except ValueError:
        return None


def date_ok(expected, got):
    if expected is None:
        return got is None
    e, g = parse_date(expected), parse_date(got)
    if e is None:
        die(f"expected date {expected!r} is not ISO 8601")
    if g is None:
        return False
    if e[1] is None:
        return g[0] == e[0]
    return g[1] is not None and g[1] == e[1]


def authors_ok(expected, got):
    if not isinstance(got, list):
        got = []
    return [norm_text(a) for a in expected] == [norm_text(a) for a in got]


# ---- running the binary ------------------------------------------------

def run(binary, path):
    rel = os.path.relpath(path, ROOT)
    try:
        p = subprocess.run([binary, rel], cwd=ROOT, capture_output=True,
                           timeout=TIMEOUT)
    except OSError as e:
        die(f"cannot run {binary}: {e.strerror}")
    except subprocess.TimeoutExpired:
        die(f"{binary} failed on {rel}: no answer within {TIMEOUT} s")
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode != 0:
        why = f"exit status {p.returncode}" if p.returncode > 0 \
            else f"killed by signal {-p.returncode}"
        die(f"{binary} failed on {rel}: {why}" + (f": {err}" if err else ""))
    lines = [l for l in p.stdout.decode("utf-8", "replace").splitlines() if l.strip()]
    if not lines:
        die(f"{binary} failed on {rel}: no output")
    try:
        rec = json.loads(lines[0])
    except json.JSONDecodeError as e:
        die(f"{binary} failed on {rel}: output is not JSON ({e})")
    if not isinstance(rec, dict):
        die(f"{binary} failed on {rel}: output is not a JSON object")
    return rec


def load_expected(name):
    path = os.path.join(EXPECTED, name + ".json")
    if not os.path.exists(path) and os.path.exists(os.path.join(SAMPLES, name + ".json")):
        path = os.path.join(SAMPLES, name + ".json")  # --dir: side by side
    try:
        with open(path, encoding="utf-8") as f:
            exp = json.load(f)
    except FileNotFoundError:
        die(f"expected output missing: {os.path.relpath(path, ROOT)}")
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        die(f"{os.path.relpath(path, ROOT)}: not valid JSON ({e})")
    for key, typ in (("title", str), ("body", str), ("authors", list)):
        if not isinstance(exp.get(key), typ):
            die(f"{os.path.relpath(path, ROOT)}: '{key}' missing or not a {typ.__name__}")
    if "date" not in exp:
        die(f"{os.path.relpath(path, ROOT)}: 'date' missing")
    return exp


# ---- --verbose: word-level diff -----------------------------------------

PARA = "¶"


def words(text):
    out = []
    for i, para in enumerate((text or "").split("\n\n")):
        if i:
            out.append(PARA)
        out.extend(para.split())
    return out


def print_diff(name, exp, rec):
    print(f"\n== {name}: expected (-) vs got (+), words; {PARA} is a paragraph break")
    oks = {"title": norm_text(rec.get("title")) == norm_text(exp["title"]),
           "date": date_ok(exp["date"], rec.get("date")),
           "authors": authors_ok(exp["authors"], rec.get("authors"))}
    for key in ("title", "date", "authors"):
        mark = "  " if oks[key] else "! "
        print(f"{mark}{key}: expected {json.dumps(exp[key], ensure_ascii=False)}"
              f", got {json.dumps(rec.get(key), ensure_ascii=False)}")
    a, b = words(exp["body"]), words(rec.get("body") or "")
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ctx = 6
    same = True
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        same = False
        before = " ".join(a[max(0, i1 - ctx):i1])
        after = " ".join(a[i2:i2 + ctx])
        print(f"@@ expected word {i1 + 1}: ...{before}")
        if i2 > i1:
            print("- " + " ".join(a[i1:i2]))
        if j2 > j1:
            print("+ " + " ".join(b[j1:j2]))
        print(f"   {after}...")
    if same:
        print("bodies are identical word for word")


# ---- main ----------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(
        description="Score newsnorm on samples/page-*.txt by word 4-gram "
                    "precision/recall/F1 of the body, and exact title, date "
                    "and authors.")
    ap.add_argument("binary", nargs="?", default=None,
                    help=f"the newsnorm binary (default {DEFAULT_BIN}, "
                         "relative to the repository root)")
    ap.add_argument("--min-f1", type=float, help="exit 1 if the average F1 is below X")
    ap.add_argument("--min-p", type=float, help="exit 1 if the average precision is below Y")
    ap.add_argument("--min-r", type=float, help="exit 1 if the average recall is below Z")
    ap.add_argument("--verbose", metavar="NAME",
                    help="also print a word-level diff for one file "
                         "(page-NAME, NAME, or its path)")
    ap.add_argument("--dir", metavar="DIR",
                    help="score DIR/*.txt against DIR/*.json instead (a "
                         "held-out set: tests/eval/heldout)")
    args = ap.parse_args()
    global SAMPLES, EXPECTED
    if args.dir:
        SAMPLES = EXPECTED = os.path.abspath(args.dir)

    binary = args.binary
    if binary is None:
        binary = os.path.join(ROOT, DEFAULT_BIN)
        if not os.path.exists(binary) and os.path.exists(os.path.join(ROOT, "newsnorm")):
            print(f"eval.py: {DEFAULT_BIN} not found, using ./newsnorm", file=sys.stderr)
            binary = os.path.join(ROOT, "newsnorm")
    binary = os.path.abspath(binary)
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        die(f"{binary}: no such executable (build it, or give its path)")

    names = sorted(f[:-4] for f in os.listdir(SAMPLES)
                   if (args.dir or f.startswith("page-")) and f.endswith(".txt"))
    if not names:
        die(f"no samples/page-*.txt in {SAMPLES}")

    verbose = None
    if args.verbose:
        v = os.path.basename(args.verbose)
        for ext in (".txt", ".json"):
            if v.endswith(ext):
                v = v[:-len(ext)]
        verbose = v if v in names else "page-" + v
        if verbose not in names:
            die(f"--verbose {args.verbose}: no such sample (have: {', '.join(names)})")

    width = max(len(n) for n in names)
    tp = tr = tf = 0.0
    n_title = n_date = n_auth = 0
    verbose_rec = None
    for name in names:
        exp = load_expected(name)
        rec = run(binary, os.path.join(SAMPLES, name + ".txt"))
        got_body = rec.get("body")
        p, r, f = score(exp["body"], got_body if isinstance(got_body, str) else "")
        t_ok = norm_text(rec.get("title")) == norm_text(exp["title"])
        d_ok = date_ok(exp["date"], rec.get("date"))
        a_ok = authors_ok(exp["authors"], rec.get("authors"))
        tp, tr, tf = tp + p, tr + r, tf + f
        n_title, n_date, n_auth = n_title + t_ok, n_date + d_ok, n_auth + a_ok
        ok = lambda b: "ok" if b else "MISS"
        print(f"{name:<{width}}  P={p:.3f} R={r:.3f} F1={f:.3f}  "
              f"title={ok(t_ok)} date={ok(d_ok)} authors={ok(a_ok)}")
        if name == verbose:
            verbose_rec = (exp, rec)

    n = len(names)
    ap_, ar, af = tp / n, tr / n, tf / n
    print(f"{'average':<{width}}  P={ap_:.3f} R={ar:.3f} F1={af:.3f}  ({n} files)")
    print(f"titles ok: {n_title}/{n}, dates ok: {n_date}/{n}, authors ok: {n_auth}/{n}")

    if verbose_rec:
        print_diff(verbose, *verbose_rec)

    failed = []
    for label, value, floor in (("F1", af, args.min_f1), ("P", ap_, args.min_p),
                                ("R", ar, args.min_r)):
        if floor is not None and value < floor:
            failed.append(f"average {label} {value:.4f} < {floor}")
    if failed:
        print("eval.py: below minimum: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
