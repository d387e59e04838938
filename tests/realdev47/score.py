#!/usr/bin/python3
"""Scores a newsnorm binary on the REALDEV47 cases: tests/real/score.py on this folder.

Usage: score.py BINARY [-v] [CASE ...]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import score  # noqa: E402  (tests/real/score.py)

sys.exit(score.run(HERE, "realdev47"))
