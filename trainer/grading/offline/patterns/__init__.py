"""Phrase patterns for the offline detectors, one module per rubric, matched on normalised
text (see text.py). Each pattern names a listening move or mistake as people really write it;
patterns are compiled once, and the detectors add the context rules.
"""

from __future__ import annotations

import re


def rx(*parts: str) -> re.Pattern[str]:
    """One pattern from alternatives, each kept in its own group so flags and anchors stay put."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


def alternation(words: frozenset[str], *, stretch: bool = False) -> str:
    """One regex alternation of data-file words, longest first so a phrase beats its first
    word: "_" stands for a space; with `stretch`, a last letter may repeat ("ughhh")."""

    def one(part: str) -> str:
        return re.escape(part[:-1]) + re.escape(part[-1]) + "+" if stretch else re.escape(part)

    return "|".join(
        r"\s+".join(one(part) for part in w.split("_"))
        for w in sorted(words, key=len, reverse=True)
    )
