"""Shared set-up of the Python tests (run by `make check` with Debian's
/usr/bin/python3 -m pytest): the module from python/, over the library in
build/, checked against the command line's output ($NEWSNORM, default
./newsnorm)."""

import glob
import json
import os
import subprocess
import sys
from typing import Any, List

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "python"))
NEWSNORM = os.path.abspath(os.environ.get("NEWSNORM",
                                          os.path.join(ROOT, "newsnorm")))

# the samples as tests/run-all.sh runs them: articles with -f json, streams
# with -f json --error-records
ARTICLES = sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt")) +
                  glob.glob(os.path.join(ROOT, "samples", "*.html")))
STREAMS = sorted(p for p in glob.glob(os.path.join(ROOT, "samples", "stream-*"))
                 if not p.endswith(".json"))


def rel(path: str) -> str:
    """A path as the tests name it to the CLI (relative to the root)."""
    return os.path.relpath(path, ROOT)


def cli(*args: str, stdin: bytes = b"", check: bool = True
        ) -> subprocess.CompletedProcess:
    """Run the newsnorm binary in the repository root."""
    return subprocess.run([NEWSNORM, *args], input=stdin, cwd=ROOT,
                          capture_output=True, check=check)


def cli_json(*args: str) -> Any:
    """The CLI's -f json output, parsed (key order kept)."""
    out = cli("-f", "json", *args, check=False).stdout
    return json.loads(out)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def rss_pages() -> int:
    """Resident pages of this process (/proc/self/statm)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1])


def sample_texts() -> List[bytes]:
    return [read(p) for p in ARTICLES]
