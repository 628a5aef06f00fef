"""The partner's words as the listener says them back: I -> you, you -> I or me."""

from __future__ import annotations

import re

from trainer.grading.feedback.words import FEEDBACK
from trainer.grading.offline.words import GRADER


def _written(word: str) -> str:
    """'i' and 'i'm' as written in a sentence: 'I', 'I'm'."""
    return "I" + word[1:] if word == "i" or word.startswith("i'") else word


# The shared pronoun table plus what only a reflection swaps (see trainer/data/words/grader.yaml).
_SWAP = {
    word: _written(swapped)
    for word, swapped in {**GRADER.pronoun_swap, **GRADER.pronoun_swap_reflection_only}.items()
}
# After these, "you" is still a subject ("because you forgot" -> "because I forgot").
_SUBJECT_AFTER = frozenset(
    """and but because so if when that why how while until since after before as where though
    although whenever or then like said say says think thought know knew hope wish promised swore
    guess reckon bet realised realized noticed feel felt mean meant""".split()
)
# Before these, "you" is a subject whatever came first ("the first thing you said" -> "the first
# thing I said", not "me said"): auxiliaries, adverbs that sit between subject and verb, and
# common past-tense verbs; any other word ending in -ed counts too.
_SUBJECT_BEFORE = frozenset(
    """am are were was have had has do did does don't didn't doesn't won't wouldn't can't couldn't
    never always just will would can could should might must also even still only really ever
    said told went forgot got made left came took saw thought knew gave put sat ran bought brought
    kept let felt spent found sent became chose heard hid lost meant paid read sold spoke stood
    threw understood woke wore wrote""".split()
)
_WORD = re.compile(r"[A-Za-z']+")


def _you_as(prev_word: str, next_word: str) -> str:
    """'I' where "you" is the subject, 'me' where it is the object."""
    if not prev_word or prev_word in _SUBJECT_AFTER:
        return "I"
    if next_word in _SUBJECT_BEFORE or (len(next_word) > 3 and next_word.endswith("ed")):
        return "I"
    return "me"


def swap_person(sentence: str) -> str:
    """Turn the partner's sentence into the listener's: I->you, you->I/me (by position)."""
    tokens = re.findall(r"[A-Za-z']+|[^A-Za-z']+", sentence)
    out: list[str] = []
    prev_word = prev_rep = ""
    words = [t.lower().replace("\u2019", "'") for t in tokens if _WORD.fullmatch(t)]
    seen = 0
    for tok in tokens:
        low = tok.lower().replace("\u2019", "'")
        if _WORD.fullmatch(tok):
            seen += 1
        if low == "you":
            rep = _you_as(prev_word, words[seen] if seen < len(words) else "")
        elif low in ("was", "wasn't") and prev_word == "i":
            rep = "were" if low == "was" else "weren't"
        elif low in ("were", "weren't") and prev_rep == "I":
            rep = "was" if low == "were" else "wasn't"
        elif low in _SWAP:
            rep = _SWAP[low]
        else:
            rep = tok
        out.append(rep)
        if _WORD.fullmatch(tok):
            prev_word, prev_rep = low, rep
    text = "".join(out).strip()
    first = re.sub(r"'(?:s|ve|d|re|ll|m)$", "", text.split(" ", 1)[0].lower())
    return text[:1].lower() + text[1:] if first in FEEDBACK.sentence_starters else text
