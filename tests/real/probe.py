#!/usr/bin/python3
"""Robustness probe: every page of the development sets that keep their
stored texts and a pages.json (realdev6 to realdev20) given to newsnorm in
each scraper shape the sets use, scored with the set's truth.

Usage: probe.py BINARY [KIND ...] [--keep DIR]
  KIND   stored, crlf, wrap78, url, url+wrap78, jina, blank (every run of
         newlines made one blank line), indent (two spaces before each
         line); default: all
  --keep DIR  leave the transformed sets and the scorer's -v output in DIR

The address check is made only where the shape gives the address, and the
source check is left out everywhere (without an address a page that does
not name itself has no source to find).  Prints, per shape, the checks
passed and the pass rate per kind of check.  realdev21 and later are held
out and not read.  Standard library only."""
import json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as C  # noqa: E402

KINDS = ["stored", "crlf", "wrap78", "url", "url+wrap78", "jina", "blank", "indent"]
SETS = ["realdev%d" % n for n in range(6, 21)]


def shaped(kind, text, url, t):
    if kind == "stored":
        return text
    if kind == "crlf":
        return C.crlf(text)
    if kind == "wrap78":
        return C.wrap78(text)
    if kind == "blank":
        return re.sub(r"\n+", "\n\n", text)
    if kind == "indent":
        return "\n".join(("  " + l if l.strip() else l) for l in text.split("\n"))
    t["url"] = url
    if kind == "url":
        return C.url_first(text, url)
    if kind == "url+wrap78":
        return C.wrap78(C.url_first(text, url))
    if kind == "jina":
        return C.jina(text, url, t["title"], t["title"]) if t.get("title") else None
    raise SystemExit("unknown shape " + kind)


def main():
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        i = args.index("--keep")
        keep = args[i + 1]
        del args[i:i + 2]
    if not args:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    binary = os.path.abspath(args[0])
    kinds = args[1:] or KINDS
    root = keep or tempfile.mkdtemp(prefix="nn-probe-")
    tests = os.path.dirname(HERE)
    procs = {}
    for kind in kinds:
        for name in SETS:
            s = os.path.join(tests, name)
            d = os.path.join(root, kind, name)
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(os.path.join(d, "cases"))
            with open(os.path.join(s, "pages.json"), encoding="utf-8") as f:
                pages = json.load(f)
            with open(os.path.join(s, "truth.json"), encoding="utf-8") as f:
                truth = json.load(f)
            out = {}
            for p in pages:
                text, url = read_src(s, p["name"])
                t = dict(truth[p["name"]])
                t.pop("source", None)
                t.pop("url", None)
                raw = shaped(kind, text, url, t)
                if raw is None:
                    continue
                with open(os.path.join(d, "cases", p["name"] + ".txt"), "w",
                          encoding="utf-8", newline="") as f:
                    f.write(raw)
                out[p["name"]] = t
            with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
                json.dump(out, f, ensure_ascii=False)
            code = ("import sys; sys.path.insert(0, %r); import score; "
                    "sys.exit(score.run(%r, %r))" % (HERE, d, name))
            procs[(kind, name)] = subprocess.Popen(
                [sys.executable, "-c", code, binary, "-v"],
                stdout=subprocess.PIPE, text=True)
    for kind in kinds:
        passed = total = 0
        per = {}
        for name in SETS:
            text = procs[(kind, name)].communicate()[0]
            if keep:
                with open(os.path.join(root, kind, name + ".out"), "w") as f:
                    f.write(text)
            lines = text.strip().splitlines()
            a, b = re.search(r"(\d+)/(\d+) checks", lines[-1]).groups()
            passed, total = passed + int(a), total + int(b)
            for k, x, y in re.findall(r"(\w+) (\d+)/(\d+)", lines[-2]):
                q = per.setdefault(k, [0, 0])
                q[0], q[1] = q[0] + int(x), q[1] + int(y)
        print("%-11s %d/%d (%.1f%%)  %s" % (
            kind, passed, total, 100.0 * passed / total,
            ", ".join("%s %d/%d" % (k, x, y) for k, (x, y) in per.items())))
    if not keep:
        shutil.rmtree(root)
    return 0


def read_src(s, name):
    with open(os.path.join(s, "src", name + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    with open(os.path.join(s, "src", name + ".url"), encoding="utf-8") as f:
        return text, f.read().strip()


if __name__ == "__main__":
    sys.exit(main())
