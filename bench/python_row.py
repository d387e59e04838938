#!/usr/bin/python3
"""python_row.py CORPUS - the Python module's row of `make bench`: every
*.txt under CORPUS (in newsnorm -r's order), read and normalized into a
dict with one newsnorm.Normalizer, in one process, as a Python program
would use it.  Prints the number of records."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "python"))
import newsnorm  # noqa: E402


def files(top):
    for name in sorted(os.listdir(top), key=os.fsencode):
        path = os.path.join(top, name)
        if os.path.isdir(path):
            yield from files(path)
        elif name.endswith(".txt"):
            yield path


def main():
    nz = newsnorm.Normalizer()
    n = 0
    for path in files(sys.argv[1]):
        with open(path, "rb") as f:
            rec = nz.normalize(f.read(), input=path)
        n += rec["title"] is not None or rec["body"] is not None
    print(n)


if __name__ == "__main__":
    main()
