"""Whose feeling it is: the patterns feelings.py reads around a feeling word."""

from __future__ import annotations

import re

# a feeling an event stirred up: "watching me hug her stirred up jealousy", "hearing me compare
# you brought up a lot of hurt". The people inside the event are not who feels it.
GERUND_EVENT = re.compile(r"^\s*(?:(?:and|but|so|just|oh|yeah)[,\s]+)*[a-z]+ing\b")
STIRRED = re.compile(
    r"\b(?:brought|brings?|bringing|stirr(?:ed|ing)|stirs?|churn(?:ed|ing|s)?|dredg(?:ed|es|e|ing)|"
    r"dragg(?:ed|ing)|drags?|trigger(?:ed|s|ing)?|kick(?:ed|s)?)\s+(?:up|back(?:\s+up)?|off)?\s*"
    r"(?:(?:a\s+lot\s+of|all\s+(?:that|the|this|those|of\s+the)|so\s+much|such|some|the|that|this|"
    r"those|old|real|a\s+(?:wave|rush|flood)\s+of)\s+)*$"
)
# "...brought up so much anger for me", "...grief for her": said whose it is
STIRRED_IN = re.compile(
    r"^[a-z'-]*(?:\s+[a-z'-]+){0,3}?\s+(?:for|in)\s+"
    r"(?!(?:a|an|the|ages|years|months|weeks|days|so|that|this|those|some|no|any|all|ever|now|"
    r"there|here|which|what|how|its|their|his|her|my|your|our|one|two|a\s+while)\b)(?P<who>[a-z]+)\b|"
    # "...grief for her." (not "for her sake", "in her eyes")
    r"^[a-z'-]*(?:\s+[a-z'-]+){0,3}?\s+(?:for|in)\s+(?P<her>her)(?=\s*(?:[.,;!?]|$|too\b|as\s+well\b))"
)


# a reaction word opening its sentence, then whom or what it is about: "Glad yours is benign",
# "So sorry you had to hear it like that", "Proud of you", "Happy for you". Only "glad", "sorry"
# and "proud" take any complement: "Relieved it's over, I bet" guesses theirs.
OWN_REACTION = re.compile(
    r"(?:glad|sorry|proud)\s+(?:that\s+)?(?:yours|your|you|u|it|it's|it\s+was|that's|the|"
    r"for\s+(?:you|u)|of\s+(?:you|u)|to\s+hear)\b|"
    r"(?:happy|pleased|relieved|thrilled|delighted|chuffed)\s+for\s+(?:you|u)\b"
)
# ...said as a guess at theirs after all: "Glad it's done, then?", "..., I bet"
GUESSED_AFTER = re.compile(
    r"(?:\?|\b(?:i\s+bet|then|i\s+imagine|i\s+guess|i'd\s+guess|i'd\s+imagine|yeah|right)\W*)\s*$"
)
BARE_LEAD = (
    r"\b(?:oh|ah|aw|aww|wow|phew|god|thank\s+god|mate|love|babe|so|really|very|just|honestly|and|"
    r"but|still|though|well|i'm|im)\b"
)
