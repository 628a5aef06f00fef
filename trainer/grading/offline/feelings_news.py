"""The valence of news told without a feeling word: "I got the job" is good news, "our dog died"
bad. When the partner names no feeling, this decides which feelings a reply may fit to them."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from trainer.datafiles import WORD_LISTS, packaged
from trainer.grading.schema import Frozen

NewsValence = Literal["positive", "negative", "mixed", "unknown"]


class NewsWords(Frozen):
    """news.yaml: phrases of good and of bad news."""

    version: int
    good: tuple[str, ...]
    bad: tuple[str, ...]


# "didn't get", "wasn't promoted", "never got the keys": the news did not happen
_NEGATED = re.compile(r"\b(?:not|never|no|\w+n't)\s+(?:[a-z']+\s+)?$")


def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    parts = [
        r"[\s-]+".join(map(re.escape, p.lower().split()))
        for p in sorted(phrases, key=len, reverse=True)
    ]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b(?!')")  # "won" is not "won't"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = WORD_LISTS.load(packaged("words", "news.yaml"), NewsWords)
    return _alternation(data.good), _alternation(data.bad)


def news_valence(statement_norm: str) -> NewsValence:
    """Good, bad, both or no news in a normalised (lower-case) statement."""
    good_rx, bad_rx = _patterns()
    good = bad = False
    spans: list[tuple[int, int]] = []
    for m in bad_rx.finditer(statement_norm):
        spans.append(m.span())
        if not _NEGATED.search(statement_norm[max(0, m.start() - 24) : m.start()]):
            bad = True
    for m in good_rx.finditer(statement_norm):
        if any(a <= m.start() < b for a, b in spans):
            continue  # "passed away" is not "passed the"
        if _NEGATED.search(statement_norm[max(0, m.start() - 24) : m.start()]):
            bad = True  # "didn't get the job"
        else:
            good = True
    if good and bad:
        return "mixed"
    return "positive" if good else "negative" if bad else "unknown"
