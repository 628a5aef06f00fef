"""Sums of money and lengths of time as people say them ("three hundred quid", "£300", "two
grand", "forty minutes", "an hour and a half"), so that a restatement is checked for their size,
not for the same digits: "£300" says back "three hundred quid"; "three grand" does not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from trainer.grading.offline.text import content_stems

Kind = Literal["money", "time", "count"]

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_ONES)}
_WORDS |= {w: float(20 + 10 * i) for i, w in enumerate(_TENS)}
_WORDS |= {"a": 1.0, "an": 1.0, "couple": 2.0, "few": 3.0}
_MULT = {"hundred": 100.0, "thousand": 1000.0, "grand": 1000.0, "k": 1000.0, "million": 1e6}
_MINUTES = {
    "second": 1 / 60, "sec": 1 / 60, "minute": 1.0, "min": 1.0, "hour": 60.0, "hr": 60.0,
    "day": 1440.0, "night": 1440.0, "week": 10080.0, "fortnight": 20160.0, "month": 43800.0,
    "year": 525600.0,
}  # fmt: skip

_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_MORE = "|".join(sorted([*_ONES, *_TENS, *_MULT], key=len, reverse=True))  # not "a", "few"
_NUMBER = (  # "300", "three", "a", then "hundred and fifty", "thousand five hundred", "k"
    rf"(?:\d[\d,]*(?:\.\d+)?|(?:{_WORD}))(?:\s+of(?=\s+(?:hundred|thousand|grand)\b))?"
    rf"(?:(?:[\s-]+(?:and\s+)?|(?<=\d))(?:{_MORE})\b)*"
)
AMOUNT = re.compile(
    rf"(?P<halfof>\bhalf\s+(?=an?\s))?"
    rf"(?P<quarter>\b(?:(?:a|one)\s+quarter|three\s+quarters)\s+of\s+(?=an?\s))?(?:(?P<cur>[£$€])\s*)?(?P<num>\b{_NUMBER})"
    r"(?P<andhalf>\s+and\s+a\s+half(?P<mult>\s+(?:grand|thousand|million|k)\b)?)?"
    r"(?:\s*(?P<money>quid|pounds?|dollars?|bucks|euros?)\b"
    rf"|(?:\s+of)?(?:\s+(?:whole|full|good|solid|entire|long|more|extra|further|additional))?(?:\s+|-)(?P<time>{'|'.join(_MINUTES)})s?\b"
    r"(?P<timehalf>\s+and\s+a\s+half)?)?",
    re.IGNORECASE,
)
# "three times a day", "twice a week", "£20 an hour": a rate, not a length of time
_RATE_BEFORE = re.compile(
    rf"(?:\d|\b(?:times|once|twice|per|quid|pounds|an?|each|{_WORD}))\s*$", re.IGNORECASE
)
# sizes that size nothing exactly, and time words used as idioms ("one minute he's there")
_VAGUE = re.compile(r"\b(?:few|couple|several|half)\b", re.IGNORECASE)
_IDIOM = re.compile(r"^(?:one|a|an)\s+(?:day|minute|night|second|sec)s?$|\bsec(?:ond)?s$", re.I)


@dataclass(frozen=True)
class Amount:
    """A size in the text: money in its own units, time in minutes; start/end span its words."""

    kind: Kind
    value: float
    start: int
    end: int


def _number(text: str) -> float | None:
    """ "three hundred and fifty" -> 350, "2,500" -> 2500, "two thousand five hundred" -> 2500."""
    total = current = 0.0
    for w in re.split(r"[\s-]+", text.lower().replace(",", "")):
        if w in ("and", "of") or not w:
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
        elif w in _WORDS:
            current += _WORDS[w]
        elif w == "hundred":
            current = (current or 1.0) * 100.0
        elif re.fullmatch(r"\d+(?:\.\d+)?k", w):  # "5k"
            total += float(w[:-1]) * 1000.0
        elif w in _MULT:
            total += (current or 1.0) * _MULT[w]
            current = 0.0
        else:
            return None
    return total + current


def amounts_in(text: str, bare_money: bool = False) -> list[Amount]:
    """Every sum of money (with a currency word or sign, or "grand"/"k") and length of time;
    with bare_money, "a few hundred" too (said back after they gave a sum)."""
    found: list[Amount] = []
    for m in AMOUNT.finditer(text):
        num = m["num"] + (m["mult"] or "")
        bare = bare_money and re.search(r"\b(?:hundred|thousand)\b", num, re.I)
        money = bool(
            m["cur"] or m["money"] or bare or re.search(r"(?:\b|(?<=\d))(?:grand|k)\b", num, re.I)
        )
        if not (money or m["time"]) or (money and m["time"]):
            continue
        if num.lower() in ("a", "an") and _RATE_BEFORE.search(text[: m.start("num")]):
            continue  # "twice a week"
        value = _number(m["num"])
        if value is None:
            continue
        if m["andhalf"] or m["timehalf"]:
            value += 0.5  # "one and a half", "an hour and a half"
        if m["mult"]:
            value *= _MULT[m["mult"].strip().lower()]  # "one and a half grand"
        if m["halfof"]:
            value *= 0.5
        if m["quarter"]:  # "a quarter of an hour", "three quarters of an hour"
            value *= 0.75 if m["quarter"].lower().startswith("three") else 0.25
        start = m.start()
        if m["time"]:
            value *= _MINUTES[m["time"].lower()]
        found.append(Amount("time" if m["time"] else "money", value, start, m.end()))
    return _joined(text, found)


# how many times: "three times", "twice"; not a comparison ("three times the price", "ten
# times better") and not "once", which is as often "as soon as" or "formerly" as a count
COUNT = re.compile(
    rf"\b(?:(?P<num>{_NUMBER})\s+times|(?<!think\s)(?<!thought\s)(?P<two>twice))\b(?!\s+(?:the|as|more|less|over|[a-z]+er)\b)",
    re.IGNORECASE,
)
_HYPERBOLE = 20.0  # "a hundred times", "a million times": a way of saying "often", no count


def _counts(text: str) -> list[Amount]:
    found: list[Amount] = []
    for m in COUNT.finditer(text):
        value = 2.0 if m["two"] else _number(m["num"])
        if value is None or value > _HYPERBOLE or (m["num"] and _VAGUE.search(m["num"])):
            continue
        found.append(Amount("count", value, m.start(), m.end()))
    return found


# "ninety minutes each way": the day's total said back ("three hours a day") keeps the size
_EACH_WAY = re.compile(r"\b(?:each|every)\s+way\b|\bboth\s+ways\b", re.I)


def _joined(text: str, found: list[Amount]) -> list[Amount]:
    """ "two hours and forty-five minutes" is one length of time, not two."""
    out: list[Amount] = []
    for a in found:
        prev = out[-1] if out else None
        if (
            prev
            and prev.kind == a.kind == "time"
            and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[prev.end : a.start])
        ):
            out[-1] = Amount("time", prev.value + a.value, prev.start, a.end)
        else:
            out.append(a)
    return out


def _close(a: float, b: float) -> bool:
    return max(a, b) <= 1.25 * min(a, b)


def resized(statement: str, reply: str) -> tuple[list[Amount], list[Amount]]:
    """(the reply's amounts that keep a size they gave, those of a kind they sized but not this
    size). An amount of a kind they never sized is in neither: other checks read it."""
    # counts ("three times") are sized only here: elsewhere "twice a week" is a rate, not a size
    theirs = amounts_in(statement) + _counts(statement)
    if _EACH_WAY.search(statement):
        theirs += [Amount(t.kind, 2 * t.value, t.start, t.end) for t in theirs if t.kind == "time"]
    kept: list[Amount] = []
    changed: list[Amount] = []
    for a in amounts_in(reply, bare_money=any(t.kind == "money" for t in theirs)) + _counts(reply):
        said = reply[a.start : a.end].strip()
        same_kind = [t.value for t in theirs if t.kind == a.kind]
        if not same_kind or (a.kind == "count" and not _same_act(statement, reply[: a.start])):
            continue
        if any(_close(a.value, v) for v in same_kind) or _counted(statement, said):
            kept.append(a)
        elif _IDIOM.search(said):
            continue
        elif not _VAGUE.search(said) or all(_far(a.value, v, 4.0) for v in same_kind):
            changed.append(a)  # "a few hundred" for fifty quid is vague, and six times theirs
    return kept, changed


def _same_act(statement: str, before: str) -> bool:
    """A count is theirs to compare only when it counts their act: a word of theirs just before it
    ("you asked me twice" for "I asked you three times"), not another thing ("replayed it ten
    times", "think twice", "people take it five times")."""
    near = re.findall(r"[a-z']+", before.lower())[-3:]
    return bool(set(content_stems(" ".join(near))) & set(content_stems(statement.lower())))


def _far(a: float, b: float, factor: float) -> bool:
    return max(a, b) > factor * min(a, b)


def loose_but_far(size: Amount, statement: str) -> bool:
    """ "an hour" is loose talk for forty minutes, not for twenty; "a year" not for four months:
    an amount said loosely is still a change when it is more than twice theirs."""
    theirs = [t.value for t in amounts_in(statement) if t.kind == size.kind]
    units = [u for u in _MINUTES if size.kind == "time" and size.value == _MINUTES[u]]
    if any(re.search(rf"\b{u}s?\b", statement, re.IGNORECASE) for u in units):
        return False  # "after a week like this" for their "this week"
    return bool(theirs) and all(_far(size.value, v, 2.0) for v in theirs)


_MODIFIER = r"(?:more|extra|further|additional|whole|full|long)"


def _counted(statement: str, said: str) -> bool:
    """The same number in the statement, beside the same unit either way ("two months in" for
    "it's month two") or on its own ("five hours" for "...and ended up taking five")."""
    m = re.match(r"(\w+)(?:\s+\w+)?\s+(\w+?)s?\W*$", said)
    if not m or m[2].lower() not in _MINUTES:
        return False
    num, unit = re.escape(m[1]), re.escape(m[2])
    units = "|".join(_MINUTES) + "|" + "|".join(_MULT) + "|quid|pounds?"
    return bool(
        re.search(rf"\b{unit}s?\s+{num}\b|\b{num}\s+{unit}", statement, re.IGNORECASE)
        or re.search(rf"\b{num}\b(?!\s*(?:{_MODIFIER}\s+)?(?:{units}))", statement, re.IGNORECASE)
    )
