"""Sums of money and lengths of time as people say them ("three hundred quid", "£300", "two
grand", "forty minutes", "an hour and a half"), so that a restatement is checked for their size,
not for the same digits: "£300" says back "three hundred quid"; "three grand" does not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["money", "time"]

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_ONES)}
_WORDS |= {w: float(20 + 10 * i) for i, w in enumerate(_TENS)}
_WORDS |= {"a": 1.0, "an": 1.0, "couple": 2.0, "few": 3.0, "half": 0.5}
_MULT = {"hundred": 100.0, "thousand": 1000.0, "grand": 1000.0, "k": 1000.0, "million": 1e6}
_MINUTES = {
    "second": 1 / 60, "sec": 1 / 60, "minute": 1.0, "min": 1.0, "hour": 60.0, "hr": 60.0,
    "day": 1440.0, "night": 1440.0, "week": 10080.0, "fortnight": 20160.0, "month": 43800.0,
    "year": 525600.0,
}  # fmt: skip
_MONEY_AFTER = r"quid|pounds?|dollars?|bucks|euros?|grand|k"

_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|(?:{'|'.join(sorted(_WORDS, key=len, reverse=True))})(?:[\s-]+(?:{'|'.join(_ONES[1:10])}))?)"
_MULTS = rf"(?:\s*(?:{'|'.join(_MULT)})\b)*"
AMOUNT = re.compile(
    rf"(?P<halfof>\bhalf\s+(?=an?\s))?(?P<cur>[£$€])?\s*(?P<num>\b{_NUM}|(?<=[£$€]){_NUM}){_MULTS}"
    rf"(?:\s+and\s+a\s+half)?"
    rf"(?:\s*(?P<money>{_MONEY_AFTER})\b|(?:\s+of)?(?:\s+(?:whole|full|good|solid|entire|long))?"
    rf"\s+(?P<time>{'|'.join(_MINUTES)})s?\b(?:\s+and\s+a\s+half)?)?",
    re.IGNORECASE,
)
# "three times a day", "twice a week", "£20 an hour": a rate, not a length of time
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:times|once|twice|per|quid|pounds|an?|each)|[a-z]+(?:teen|ty))\s*$", re.I
)


@dataclass(frozen=True)
class Amount:
    kind: Kind
    value: float
    start: int
    end: int


def _number(text: str) -> float | None:
    words = re.split(r"[\s-]+", text.lower().replace(",", ""))
    total = 0.0
    for w in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            total += float(w)
        elif w in _WORDS:
            total += _WORDS[w]
        else:
            return None
    return total


def amounts_in(text: str) -> list[Amount]:
    """Every sum of money (with a currency word or sign) and length of time in the text."""
    found: list[Amount] = []
    for m in AMOUNT.finditer(text):
        whole = m.group().lower()
        after = whole[whole.find(m["num"].lower()) + len(m["num"]) :]
        money = bool(m["cur"] or m["money"] or re.search(r"\b(?:grand|k)\b", after))
        if not (money or m["time"]):
            continue
        value = _number(m["num"])
        if value is None:
            continue
        if m["num"].lower() in ("a", "an") and _RATE_BEFORE.search(text[: m.start("num")]):
            continue  # "twice a week"
        for word, mult in _MULT.items():
            if re.search(rf"\b{word}\b", after):
                value *= mult
        if "and a half" in whole:
            value += 0.5
        if m["halfof"]:
            value *= 0.5
        if m["time"]:
            found.append(Amount("time", value * _MINUTES[m["time"].lower()], m.start(), m.end()))
        else:
            found.append(Amount("money", value, m.start("num"), m.end()))
        continue
    return found


def _close(a: float, b: float) -> bool:
    return max(a, b) <= 1.25 * min(a, b)


def resized(statement: str, reply: str) -> tuple[list[Amount], list[Amount]]:
    """(the reply's amounts that keep a size they gave, those of a kind they sized but not this
    size). An amount of a kind they never sized is in neither: other checks read it."""
    theirs = amounts_in(statement)
    kept: list[Amount] = []
    changed: list[Amount] = []
    for a in amounts_in(reply):
        said = reply[a.start : a.end]
        same_kind = [t.value for t in theirs if t.kind == a.kind]
        if not same_kind:
            continue
        if any(_close(a.value, v) for v in same_kind) or _counted(statement, said):
            kept.append(a)
        elif not _VAGUE.search(said):  # "a few minutes" sizes nothing exactly
            changed.append(a)
    return kept, changed


_VAGUE = re.compile(r"\b(?:few|couple|several|half)\b", re.IGNORECASE)


def _counted(statement: str, said: str) -> bool:
    """ "two months in" for "it's month two": the same number beside the same unit, either way."""
    m = re.match(r"\s*(\w+)\s+(?:\w+\s+)?(\w+?)s?\b\W*$", said)
    if not m or m[2].lower() not in _MINUTES:
        return False
    num, unit = re.escape(m[1]), re.escape(m[2])
    return bool(re.search(rf"\b{unit}s?\s+{num}\b|\b{num}\s+{unit}", statement, re.IGNORECASE))
