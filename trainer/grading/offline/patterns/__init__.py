"""Phrase patterns for the offline detectors, one module per rubric, matched on normalised
text (see text.py). Each pattern names a listening move or mistake as people really write it;
patterns are compiled once, and the detectors add the context rules.
"""

from __future__ import annotations

import re


def rx(*parts: str) -> re.Pattern[str]:
    """One pattern from alternatives, each kept in its own group so flags and anchors stay put."""
    return re.compile("|".join(f"(?:{p})" for p in parts))
