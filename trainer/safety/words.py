"""The safety screen's word lists (trainer/data/words/safety.yaml), and how a list becomes a
regex alternation; the grammar around the words stays in the rule modules."""

from __future__ import annotations

import re
from typing import Final

from trainer.datafiles import WORD_LISTS, Words, packaged
from trainer.values import Frozen


class SafetyWords(Frozen):
    """trainer/data/words/safety.yaml."""

    negation_fillers: Words
    pills: Words
    high_places: Words
    body_parts: Words
    belongings: Words
    everyday_frames: Words
    tidy_frames: Words
    pain_frames: Words


WORDS: Final = WORD_LISTS.load(packaged("words", "safety.yaml"), SafetyWords)


def alternation(words: frozenset[str]) -> str:
    """`(?:a|b|c d)`, longest first so "arms" is tried before "arm"; "_" in a word is a space."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace("_", r"\s+") for w in ordered) + ")"


def frame(words: frozenset[str]) -> re.Pattern[str]:
    """Any of `words` as a whole word, for a rule's `unless` (searched in the hit's sentence)."""
    return re.compile(rf"\b{alternation(words)}\b", re.IGNORECASE)
