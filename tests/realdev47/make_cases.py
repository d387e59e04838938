#!/usr/bin/python3
"""Builds the REALDEV47 cases (a forty-eighth set, laid out as realdev20 is): cases/NAME.txt,
truth.json and sources.txt from src/ and pages.json, by tests/real/cases.py's
build_transformed.  Run: python3 make_cases.py (standard library only)."""
import os, sys  # noqa: E401
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
if __name__ == "__main__":
    __import__("cases").build_transformed(os.path.dirname(os.path.abspath(__file__)))
