"""What the partner feels, from their own words and the hidden truth when given: the families
they named, the valence of what they told, and whether a feeling in a reply fits them. Split
from feelings.py, which finds feelings in any text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from trainer.grading.offline.feeling_matcher import felt_families
from trainer.grading.offline.feelings import (
    BROAD_FAMILY,
    BROAD_NEGATIVE,
    CLUSTERS,
    Feeling,
    Valence,
    family_valence,
    feelings_in,
)
from trainer.grading.offline.feelings_news import news_valence
from trainer.grading.offline.patterns.statement import THEIR_VERDICT_BEFORE
from trainer.grading.schema import HiddenTruth


@dataclass(frozen=True)
class PartnerFeelings:
    """What the partner feels, from their own words and the hidden truth when given."""

    families: frozenset[str]
    valence: Valence
    from_hidden: bool
    words: tuple[str, ...]
    intensity: dict[str, int]
    # families of their situation words ("a real headache", "so unfair") when they named no feeling
    situational: frozenset[str] = frozenset()
    # with no feeling or situation word at all: is what they told good or bad news? ("I got the
    # job", "our dog died"); "unknown" for plain facts ("I walk to work now")
    news: Valence = "unknown"
    # every bad feeling they named is a fear now past ("I was so scared I'd fail"): relief fits
    past_fear: bool = False

    def judge(self, f: Feeling) -> Literal["match", "conflict", "unknown"]:
        verdict = self._judge(f)
        # "that sounds so painful" points at a feeling without naming it: it can match, not clash;
        # love for someone ("because you loved her") sits beside grief or hurt, never against it
        if (f.kind != "feeling" or f.family == "love") and verdict == "conflict":
            return "unknown"
        return verdict

    def _judge(self, f: Feeling) -> Literal["match", "conflict", "unknown"]:
        fv = family_valence(f.family)
        if f.family == "relief" and self.past_fear:
            return "match"  # "you must be so relieved" for "I got a 2:1! I was so scared I'd fail"
        if (f.word in BROAD_NEGATIVE or f.family == BROAD_FAMILY) and self.valence == "negative":
            return "match"  # "upset" fits anger, hurt and worry alike
        if self.families == {BROAD_FAMILY} and fv == "negative":
            return "match"  # "I feel awful about the funeral": grief, guilt and loss all fit
        opposite = {self.valence, fv} == {"positive", "negative"}
        if self.families:
            near = {fam for c in CLUSTERS if c & self.families for fam in c} | self.families
            if f.family in near:
                return "match"
            if opposite or (self.from_hidden and fv != "unknown"):
                return "conflict"
            return "unknown"
        if opposite:
            return "conflict"
        if self.valence == "unknown" and not self.situational:
            # no feeling named: their news decides ("devastated" for "I got the job" is wrong)
            if {self.news, fv} == {"positive", "negative"}:
                return "conflict"
            return "match"
        if self.situational and fv == self.valence and f.intensity >= 3:
            # a strong feeling of another cluster ("heartbroken" for "a real headache") is a
            # guess at more than they said; a word of the same cluster still fits
            near = {fam for c in CLUSTERS if c & self.situational for fam in c} | self.situational
            return "match" if f.family in near else "unknown"
        if self.valence in ("unknown", "mixed") or fv == self.valence or fv == "unknown":
            return "match"
        return "unknown"


# a fear told in the past tense: "I was so scared", "I'd been dreading it"
_PAST_BEFORE = re.compile(
    r"\b(?:i\s+was|i'd\s+been|i\s+had\s+been|we\s+were|we'd\s+been)\s+(?:so\s+|really\s+|"
    r"genuinely\s+|absolutely\s+|properly\s+|completely\s+)?$"
)


def _only_past_fear(text: str, found: list[Feeling]) -> bool:
    """...and the outcome is told as good: an exclamation or good news, and no bad news ("I was
    so scared it was cancer, and now they want more tests" is no relief)."""
    bad = [f for f in found if family_valence(f.family) == "negative"]
    news = news_valence(text)
    if news == "negative" or not ("!" in text or news == "positive"):
        return False
    return bool(bad) and all(
        f.family == "anxiety" and _PAST_BEFORE.search(text[max(0, f.start - 30) : f.start])
        for f in bad
    )


_JOY_TEARS = "happy tears"
_SHAKING = frozenset({"shaking", "can't stop shaking"})


def partner_feelings(statement_norm: str, hidden: HiddenTruth | None) -> PartnerFeelings:
    found = [
        f
        for f in feelings_in(statement_norm)
        if f.owner != "other"
        and not THEIR_VERDICT_BEFORE.search(statement_norm[max(0, f.start - 60) : f.start])
    ]
    if any(f.word == _JOY_TEARS for f in found):  # "I was crying. Happy crying!": the tears are joy
        found = [f for f in found if f.word != "crying"]
    if any(f.word in _SHAKING for f in found) and (
        "!" in statement_norm
        or any(family_valence(f.family) == "positive" for f in found)
        or news_valence(statement_norm) == "positive"
    ):
        # "I got in!!! I can't stop shaking": shaking with good news is excitement, not fear
        found = [f for f in found if f.word not in _SHAKING]
    others = [f for f in found if f.word != "crying"]
    if (
        len(others) < len(found)
        and news_valence(statement_norm) == "positive"
        and not any(family_valence(f.family) == "negative" for f in others)
    ):
        # "Dad's scan came back clear! I cried for twenty minutes": tears at good news are relief
        # or joy, so the news decides which feelings fit, not the crying (unless they name a
        # hard feeling as well: then the tears may be that)
        found = others
    explicit = {f.family for f in found if f.kind == "feeling"}
    situational = {f.family for f in found if f.kind == "situation"}
    hidden_fams: set[str] = set()
    if hidden:
        for word in [*hidden.primary_feelings, *hidden.secondary_feelings]:
            hidden_fams |= felt_families(word)
    families = frozenset(explicit | hidden_fams)
    basis = families or frozenset(situational)
    vals = {family_valence(f) for f in basis} - {"unknown"}
    valence: Valence = "unknown"
    if vals == {"positive"}:
        valence = "positive"
    elif vals == {"negative"}:
        valence = "negative"
    elif vals:
        valence = "mixed"
    intensity: dict[str, int] = {}
    for f in found:
        intensity[f.family] = max(intensity.get(f.family, 0), f.intensity)
    return PartnerFeelings(
        families=families,
        valence=valence,
        from_hidden=bool(hidden_fams),
        words=tuple(f.word for f in found),
        intensity=intensity,
        situational=frozenset() if families else frozenset(situational),
        news=news_valence(statement_norm) if valence == "unknown" else "unknown",
        past_fear=_only_past_fear(statement_norm, found),
    )
