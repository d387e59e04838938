#!/usr/bin/python3
"""Scores newsnorm's TEXT path on ../shared/htmlpages turned into text by
html2text, as the public extraction benchmarks of issue 13 were: each page
is converted with html2text's defaults (wrapped at 78 columns, links kept
inline), the text is given to newsnorm on standard input, and the body is
scored by htmlpages' own score.py (the ScrapingHub word 4-gram metric).

Usage: html2text_pages.py BINARY [-v]

Needs Debian's python3-html2text (`apt-get install python3-html2text`);
not part of `make check`. Runs /usr/bin/python3 for the conversion, as a
python3 earlier on PATH may lack the module. Titles, dates and authors are
printed too but mean little here: html2text drops <title> and the
metadata the HTML path reads."""
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "..", "..", "..", "shared", "htmlpages")

CONVERT = r'''
import html2text, re, sys
raw = open(sys.argv[1], "rb").read()
# the pages are stored as UTF-8 whatever their <meta> says (qq.html
# declares gb2312): valid UTF-8 is taken as such, else the declared charset
m = re.search(rb'charset=["\']?([\w-]+)', raw[:4000])
enc = m.group(1).decode() if m else "utf-8"
try:
    html = raw.decode("utf-8")
except UnicodeDecodeError:
    try:
        html = raw.decode(enc, errors="replace")
    except LookupError:
        html = raw.decode("utf-8", errors="replace")
sys.stdout.write(html2text.HTML2Text().handle(html))
'''


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 1:
        print("usage: html2text_pages.py BINARY [-v]", file=sys.stderr)
        return 2
    if subprocess.run(["/usr/bin/python3", "-c", "import html2text"],
                      capture_output=True).returncode:
        print("html2text_pages: skipped (no python3-html2text)")
        return 0
    if not os.path.isdir(PAGES):
        print("html2text_pages: skipped (no ../shared/htmlpages)")
        return 0
    binary = os.path.abspath(args[0])
    with tempfile.TemporaryDirectory() as tmp:
        conv = os.path.join(tmp, "convert.py")
        with open(conv, "w", encoding="utf-8") as f:
            f.write(CONVERT)
        wrapper = os.path.join(tmp, "nn.sh")
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write("#!/bin/sh\n/usr/bin/python3 %s \"$1\" | %s -f jsonl\n"
                    % (shlex.quote(conv), shlex.quote(binary)))
        os.chmod(wrapper, 0o755)
        cmd = [sys.executable, os.path.join(PAGES, "score.py"), wrapper]
        if "-v" in sys.argv[1:]:
            cmd.append("-v")
        out = subprocess.run(cmd, capture_output=True, text=True)
        sys.stdout.write(out.stdout.replace("htmlpages:",
                                            "htmlpages via html2text:"))
        sys.stderr.write(out.stderr)
        return out.returncode


if __name__ == "__main__":
    sys.exit(main())
