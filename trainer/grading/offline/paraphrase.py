"""Paraphrase in new words: the meaning fields of trainer/data/words/meaning.yaml.

An accurate reflection often shares few words with the partner. A reply word and a statement word
that sit in the same field ("manager" and "boss", "bailed" and "cancelled") are the same content
for reflects_main_point, as a shared word is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import field_validator, model_validator

from trainer.datafiles import WORD_LISTS, packaged
from trainer.grading.offline.feeling_matcher import find_feelings
from trainer.grading.offline.text import WORD, stem
from trainer.grading.schema import Frozen


class Escalation(Frozen):
    """One kind of event and the stronger ones a reply must not turn it into."""

    said: list[str]
    stronger: list[str]


class MeaningFields(Frozen):
    """meaning.yaml: field name -> words and short phrases that say the same thing."""

    version: int
    fields: dict[str, list[str]]
    people: list[str]  # the fields that name a person (an added person is an invented fact)
    escalations: list[Escalation]
    swaps: list[list[list[str]]]  # kinds, each its groups, each its words

    @field_validator("fields")
    @classmethod
    def _not_empty(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, words in value.items():
            if not words or any(not w.strip() for w in words):
                raise ValueError(f"field {name!r} needs at least one non-empty word")
        return value

    @model_validator(mode="after")
    def _people_are_fields(self) -> MeaningFields:
        unknown = sorted(set(self.people) - set(self.fields))
        if unknown:
            raise ValueError(f"people names fields that do not exist: {unknown}")
        return self


@dataclass(frozen=True)
class FieldHit:
    field: str
    start: int
    end: int
    stem: str  # the stem (or phrase) that matched, so a shared word is not counted twice


@dataclass(frozen=True)
class _Compiled:
    by_stem: dict[str, frozenset[str]]
    phrases: re.Pattern[str]  # every multi-word phrase, longest first, in one alternation
    by_phrase: dict[str, frozenset[str]]  # phrase with single spaces -> its fields
    people: frozenset[str]


@cache
def _compiled() -> _Compiled:
    data = WORD_LISTS.load(packaged("words", "meaning.yaml"), MeaningFields)
    by_stem: dict[str, set[str]] = {}
    by_phrase: dict[str, set[str]] = {}
    for name, words in data.fields.items():
        for raw in words:
            word = raw.lower().strip()
            if re.fullmatch(r"[a-z0-9']+", word):
                by_stem.setdefault(stem(word), set()).add(name)
            else:
                by_phrase.setdefault(" ".join(re.split(r"[\s-]+", word)), set()).add(name)
    alternatives = [
        r"[\s-]+".join(map(re.escape, phrase.split(" ")))
        for phrase in sorted(by_phrase, key=len, reverse=True)
    ]
    return _Compiled(
        {k: frozenset(v) for k, v in by_stem.items()},
        re.compile(r"\b(?:" + "|".join(alternatives) + r")\b"),
        {k: frozenset(v) for k, v in by_phrase.items()},
        frozenset(data.people),
    )


def field_hits(text: str) -> list[FieldHit]:
    """Every meaning-field word or phrase in a normalised (lower-case) text."""
    table = _compiled()
    hits: list[FieldHit] = []
    for m in table.phrases.finditer(text):
        phrase = " ".join(re.split(r"[\s-]+", m.group()))
        for name in table.by_phrase.get(phrase, ()):
            hits.append(FieldHit(name, m.start(), m.end(), phrase))
    for m in WORD.finditer(text):
        st = stem(m.group())
        for name in table.by_stem.get(st, ()):
            hits.append(FieldHit(name, m.start(), m.end(), st))
    return sorted(hits, key=lambda h: (h.start, h.field))


def _phrase_rx(words: list[str]) -> re.Pattern[str]:
    parts = [r"[\s-]+".join(map(re.escape, w.lower().split())) for w in words]
    return re.compile(r"\b(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")\b")


@cache
def _escalations() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    data = WORD_LISTS.load(packaged("words", "meaning.yaml"), MeaningFields)
    return tuple((_phrase_rx(e.said), _phrase_rx(e.stronger)) for e in data.escalations)


def escalations_for(statement: str) -> list[re.Pattern[str]]:
    """The stronger words that would blow up an event the (normalised) statement tells in milder
    ones: "cancelled" for a statement that says "postponed" and never "cancelled"."""
    return [
        stronger
        for said, stronger in _escalations()
        if said.search(statement) and not stronger.search(statement)
    ]


@cache
def _swaps() -> tuple[tuple[re.Pattern[str], ...], ...]:
    data = WORD_LISTS.load(packaged("words", "meaning.yaml"), MeaningFields)
    return tuple(tuple(_phrase_rx(group) for group in kind) for kind in data.swaps)


def swaps_for(statement: str) -> list[re.Pattern[str]]:
    """The groups a reply must not put in place of the statement's (meaning.yaml `swaps`):
    "brother" for a statement with "sister" and no brother; none of a kind it never names."""
    out: list[re.Pattern[str]] = []
    for kind in _swaps():
        theirs = [rx for rx in kind if rx.search(statement)]
        if theirs:
            out += [rx for rx in kind if rx not in theirs]
    return out


def fields_of(text: str) -> frozenset[str]:
    return frozenset(h.field for h in field_hits(text))


def people_fields() -> frozenset[str]:
    """The fields that name a person ("boss", "sister", "teacher")."""
    return _compiled().people


def _figurative_spans(text: str) -> list[tuple[int, int]]:
    """Feeling idioms of three words or more ("eating me up", "broke my heart", "sick to my
    stomach"): their words say how it feels, not what happened. (Two-word phrases such as
    "calms me down" are meant literally.)"""
    return [
        (h.start, h.end) for h in find_feelings(text) if len(text[h.start : h.end].split()) >= 3
    ]


def figurative_field_hits(text: str) -> tuple[list[FieldHit], list[FieldHit]]:
    """(literal, figurative) field hits: "eating" in "the guilt is eating me up" is no meal, so
    a reply about food does not say back a turn about guilt."""
    spans = _figurative_spans(text)
    literal: list[FieldHit] = []
    figurative: list[FieldHit] = []
    for h in field_hits(text):
        inside = any(a <= h.start and h.end <= b for a, b in spans)
        (figurative if inside else literal).append(h)
    return literal, figurative
