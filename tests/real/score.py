#!/usr/bin/python3
"""Scores a newsnorm binary on a set of real pages (SET/cases/*.txt, SET/truth.json):
tests/blind (held out) or tests/realdev (developed against), each of which has a
score.py that calls this one with its folder and its name.

Usage: score.py BINARY [-v] [--no-url] [CASE ...]
  -v     print every failing check (and the record's title/date/source for each failing case),
         then the pass rate of each kind of check
  --no-url  score only the cases whose first line is the page's URL, with that line taken
         out (and no url check): how the pages fare when the scrape has no address, as most
         real input has none
  CASE   score only these cases (names without .txt)

Checks, per case, for each field the truth gives:
  title       equal after whitespace normalization (runs of whitespace -> one space, trimmed; NFC)
  date        the record's first 10 characters (YYYY-MM-DD) equal the truth
  source      case-insensitive equal; a list in the truth means any one of them
  provider    equal (null means the record must have none)
  url         exact
  authors     equal as sets
  body_first  body (whitespace-normalized) starts with it; a list means any one of them
  body_last   body (whitespace-normalized) ends with it; a list means any one of them
  must_not_contain  each string absent from the raw body (an empty body fails these too)
  once        each string occurs exactly once in the body
  paragraphs  number of non-empty blocks of the body split on blank lines
Last line: 'NAME: P/T checks (N%)'. Exit status 0 when N >= 95, else 1.
Standard library only.
"""
import json, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))  # set by run()
NAME = "real"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def alts(v):
    return v if isinstance(v, list) else [v]


def short(s, n=70):
    s = s if isinstance(s, str) else repr(s)
    return s if len(s) <= n else s[:n] + "..."


def main():
    args = [a for a in sys.argv[1:] if a not in ("-v", "--no-url")]
    verbose = "-v" in sys.argv[1:]
    no_url = "--no-url" in sys.argv[1:]
    tmp = tempfile.TemporaryDirectory() if no_url else None
    if not args:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary, only = args[0], set(args[1:])
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    passed = total = 0
    report = []
    kinds = {}  # kind of check -> [passed, total]
    for case, t in sorted(truth.items()):
        if only and case not in only:
            continue
        fails = []
        checks = []  # (what, ok, kind)
        path = os.path.join(HERE, "cases", case + ".txt")
        if no_url:
            with open(path, "rb") as f:
                first, _, rest = f.read().partition(b"\n")
            if not re.match(rb"\s*https?://\S+\s*$", first):
                continue
            path = os.path.join(tmp.name, case + ".txt")
            with open(path, "wb") as f:
                f.write(rest)
            t = {k: v for k, v in t.items() if k != "url"}
        rec, err = None, None
        try:
            p = subprocess.run([binary, path], capture_output=True, timeout=30)
            line = p.stdout.decode("utf-8", "replace").splitlines()[0]
            rec = json.loads(line)
        except Exception as e:  # no record: every check of the case fails
            err = f"no JSON record ({type(e).__name__}: {str(e)[:100]})"
            rec = {}
        body = rec.get("body") or ""
        nbody = norm(body)

        if "title" in t:
            got = rec.get("title")
            checks.append((f"title={short(got)!r} want {t['title']!r}", norm(got) == norm(t["title"]), "title"))
        if "date" in t:
            got = rec.get("date") or ""
            checks.append((f"date={got!r} want {t['date']!r}", got[:10] == t["date"], "date"))
        if "source" in t:
            got = rec.get("source") or ""
            checks.append((f"source={got!r} want {' | '.join(alts(t['source']))!r}",
                           got.strip().lower() in [s.lower() for s in alts(t["source"])], "source"))
        if "provider" in t:
            got = rec.get("provider")
            checks.append((f"provider={got!r} want {t['provider']!r}", got == t["provider"], "provider"))
        if "url" in t:
            got = rec.get("url")
            checks.append((f"url={got!r} want {t['url']!r}", got == t["url"], "url"))
        if "authors" in t:
            got = rec.get("authors") or []
            checks.append((f"authors={got!r} want {t['authors']!r}", set(got) == set(t["authors"]), "authors"))
        if "body_first" in t:
            ok = any(nbody.startswith(norm(s)) for s in alts(t["body_first"]))
            checks.append((f"body starts {short(nbody, 90)!r}, want {short(' | '.join(alts(t['body_first'])), 90)!r}", ok, "body_first"))
        if "body_last" in t:
            ok = any(nbody.endswith(norm(s)) for s in alts(t["body_last"]))
            checks.append((f"body ends {('...' + nbody[-90:]) if len(nbody) > 90 else nbody!r}, want {short(' | '.join(alts(t['body_last'])), 90)!r}", ok, "body_last"))
        for s in t.get("must_not_contain", []):
            checks.append((f"body has {s!r}" if body else f"body empty (must lack {s!r})", bool(body) and s not in body, "must_not_contain"))
        for s in t.get("once", []):
            c = body.count(s)
            checks.append((f"{s!r} occurs {c} times in body, want 1", c == 1, "once"))
        if "paragraphs" in t:
            n = len([x for x in re.split(r"\n\s*\n", body) if x.strip()])
            checks.append((f"{n} paragraphs, want {t['paragraphs']}", n == t["paragraphs"], "paragraphs"))

        for what, ok, kind in checks:
            total += 1
            k = kinds.setdefault(kind, [0, 0])
            k[1] += 1
            if ok and err is None:
                passed += 1
                k[0] += 1
            else:
                fails.append(what if err is None else err)
        if fails:
            report.append((case, rec, fails if err is None else [err + f" ({len(checks)} checks)"]))

    if verbose:
        for case, rec, fails in report:
            print(f"== {case}: {len(fails)} failing  [title={short(rec.get('title'), 50)!r} "
                  f"date={rec.get('date')!r} source={rec.get('source')!r}]")
            for f in fails:
                print("   FAIL", f)
        order = ["title", "date", "source", "provider", "url", "authors", "body_first", "body_last",
                 "must_not_contain", "once", "paragraphs"]
        print("by check: " + ", ".join(f"{k} {kinds[k][0]}/{kinds[k][1]}" for k in order if k in kinds))
    pct = 100.0 * passed / total if total else 0.0
    print(f"{NAME}{' --no-url' if no_url else ''}: {passed}/{total} checks ({pct:.1f}%)")
    return 0 if pct >= 95 else 1


def run(folder, name):
    """Score the set in folder (its cases/ and truth.json) as name."""
    global HERE, NAME
    HERE, NAME = folder, name
    return main()
