"""The smallest edit of all: one feeling word swapped for theirs. A feeling said back at the wrong
size or of the wrong kind ("You're absolutely furious with me about the restaurant" to "I'm a bit
annoyed you forgot to book it") becomes the partner's own words ("You're a bit annoyed with me
about the restaurant"), the rest of the learner's sentence kept. Only between like places ("I'm
___" in the statement, "you're ___" in the reply), so the sentence still reads; the edit is graded
before it is shown, like every other."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.lexicon import load_lexicon
from trainer.grading.offline.text import normalize

# the partner saying how they are: "I'm (a bit) ___", "I feel (so) ___"
_THEY_ARE = re.compile(
    r"\b(?:i'm|i\s+am|i\s+was|i\s+feel|i\s+felt|i've\s+been|i'm\s+feeling|i\s+get|i\s+got)\s+"
    r"(?P<degree>(?:[a-z]+\s+){0,3}?)$"
)
# the reply saying how they are: "you're (absolutely) ___", "you must be ___"
_YOU_ARE = re.compile(
    r"\b(?:you're|you\s+are|you\s+were|you\s+must\s+be|you\s+must\s+have\s+been|you\s+sound|"
    r"you\s+seem|you\s+feel|you\s+felt|you'd\s+be|must\s+be|feeling)\s+(?P<degree>(?:[a-z]+\s+){0,2}?)$",
    re.IGNORECASE,
)


def _degree_words() -> frozenset[str]:
    degree = load_lexicon().degree
    return frozenset([*degree.softer, *degree.stronger])


def own_feeling_phrase(statement: str) -> str | None:
    """Their first feeling said of themselves, with its softener or intensifier ("a bit
    annoyed"); None when they named none that way."""
    text = normalize(statement).text
    words = _degree_words()
    for f in feelings_in(text):
        if f.owner == "other" or f.kind != "feeling":  # in a statement "I" is the partner
            continue
        m = _THEY_ARE.search(text[max(0, f.start - 48) : f.start])
        degree = re.sub(r"^just\s*", "", m["degree"].strip()) if m else None  # "I'm just so hurt"
        if degree is None or (degree and degree not in words):
            continue  # "I'm not annoyed": not a size they gave it
        return " ".join(p for p in (degree, text[f.start : f.end]) if p)
    return None


def feeling_swaps(response: str, cost: Sequence[tuple[int, str, int]], statement: str) -> list[str]:
    """The reply with each wrong feeling (and its degree words) replaced by theirs."""
    phrase = own_feeling_phrase(statement)
    if not phrase:
        return []
    words = _degree_words()
    out: list[str] = []
    for a, item, b in cost:
        if item != "wrong_feeling":
            continue
        m = _YOU_ARE.search(response[max(0, a - 48) : a])
        if m is None or (m["degree"].strip() and m["degree"].strip().lower() not in words):
            continue
        start = a - (len(response[max(0, a - 48) : a]) - m.start("degree"))
        out.append(response[:start] + phrase + response[b:])
    return out
