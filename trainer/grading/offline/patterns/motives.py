"""Motives read into someone by their kind, besides the phrase list of accuracy.IMPUTES_MOTIVE: a
kind intent ("I'm sure he meant it as a compliment") and a prejudice ("because of your accent").
Split from patterns/accuracy.py; read by detectors/invented.detect_motives."""

from __future__ import annotations

import re

# a kind intent read into someone: "I'm sure he meant it as a compliment", "she meant it nicely".
# "Meant well" is left out: it is how people say back "she was only trying to help".
# The words of a kind intent, also read by validation_kinds.THIRD_PARTY_SIDE (the same words argue
# with the feeling there).
KIND_INTENT_WORDS = (
    r"(?:as\s+(?:a\s+)?(?:compliment|joke|kindness|nice\s+thing)|nicely|kindly|no\s+harm)"
)
KIND_INTENT = re.compile(
    r"\b(?:he|she|they)\s+(?:probably\s+|surely\s+|obviously\s+|clearly\s+|only\s+|just\s+)?(?:meant|means)\s+"
    r"(?:it\s+)?" + KIND_INTENT_WORDS + r"\b"
)
# ...unless they granted an intent themselves ("I know he means it nice", "she was only joking")
KIND_INTENT_THEIRS = re.compile(
    r"\bmean(?:s|t)?\s+(?:it\s+)?(?:well|nice|nicely|kindly|no\s+harm|as\s+a)\b|\btrying\s+to\s+(?:help|be\s+nice|"
    r"be\s+kind)\b|\b(?:only|just)\s+(?:joking|teasing|kidding)\b|\bcompliment\b"
)

# a prejudice read into someone ("because of your accent", "because you're older"): a motive,
# unless the partner named that very thing ("people of my age")
PREJUDICE = re.compile(
    r"\bbecause\s+(?:of\s+(?:your|how\s+old\s+you)|you(?:'re|\s+are))\s+(?:\w+\s+)?(?P<what>accent|age|older|"
    r"too\s+old|young|a\s+woman|a\s+girl|foreign|gender|weight|skin|colour|color|race|religion|name|"
    r"background|disabled|disability)\b"
)
