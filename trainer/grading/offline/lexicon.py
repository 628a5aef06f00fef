"""Feeling-word lexicon: the data in trainer/data/feelings.yaml, validated once and compiled
into token lookups (feeling_matcher.py scans a reply with them in a single pass).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Literal, get_args

from pydantic import Field, model_validator

from trainer.datafiles import DataFormat, Words, packaged
from trainer.grading.offline.typos import typo_index
from trainer.grading.schema import Frozen

FamilyName = Literal[
    "anger",
    "frustration",
    "sadness",
    "anxiety",
    "hurt",
    "shame",
    "loneliness",
    "overwhelm",
    "disappointment",
    "insecurity",
    "confusion",
    "joy",
    "pride",
    "relief",
    "love",
    "hope",
    "calm",
    "surprise",
    "disgust",
    "distress",
]
FAMILIES: tuple[FamilyName, ...] = get_args(FamilyName)

HitKind = Literal["feeling", "situation"]
Valence = Literal["negative", "positive", "mixed"]
Cue = Literal["none", "any", "feel"]
Intensity = Annotated[int, Field(ge=1, le=3)]

# Placeholders in multi-word forms, so "at {pos} wits end" covers "at your wits end" too.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "{pos}": ("my", "your", "his", "her", "their", "our"),
    "{obj}": ("me", "you", "him", "her", "them", "us"),
}

# A word token (letters, inner apostrophes), and the apostrophes matching ignores ("wit's").
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
APOSTROPHES = str.maketrans("", "", "'’")

_VOWELS = frozenset("aeiou")
_LY_ENDINGS = ("ful", "ous", "ive", "ent", "ant", "al", "ed", "ish", "less", "ate")

FORMAT = DataFormat(
    "feeling lexicon", entries={"words": ("word", "word"), "situation_words": ("word", "word")}
)


class WordEntry(Frozen):
    """One feeling (or situation) with its surface forms; see the YAML header for each field."""

    word: str = Field(min_length=1)
    intensity: Intensity
    forms: tuple[str, ...] = ()
    inflect: bool = True
    cue: Cue = "none"
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _plain_lemma(self) -> WordEntry:
        if "{" in self.word or "}" in self.word:
            raise ValueError(f"lemma {self.word!r} must not contain placeholders")
        for form in self.forms:
            for piece in re.findall(r"\{[^}]*\}", form):
                if piece not in PLACEHOLDERS:
                    raise ValueError(f"unknown placeholder {piece!r} in {form!r}")
        return self


class SituationEntry(WordEntry):
    """A word describing a situation that implies a feeling family ("rough" -> overwhelm)."""

    family: FamilyName


class CueWords(Frozen):
    """Linking words for cued entries, and what may stand between ("I'm so down")."""

    feel: Words
    any: Words
    skip: Words


class Degree(Frozen):
    """Words just before a feeling that change its size: "a bit annoyed" is milder than
    "annoyed", "so hurt" stronger than "hurt" (phrases, one per item)."""

    softer: tuple[str, ...] = ()
    stronger: tuple[str, ...] = ()


class Family(Frozen):
    label: str
    valence: Valence
    words: tuple[WordEntry, ...] = Field(min_length=1)


class LexiconData(Frozen):
    """The validated YAML file."""

    version: int
    families: dict[FamilyName, Family]
    situation_words: tuple[SituationEntry, ...]
    typo_blocklist: frozenset[str] = frozenset()
    cue_words: CueWords
    coordinators: Words
    common_words: Words
    degree: Degree = Degree()

    @model_validator(mode="after")
    def _consistent(self) -> LexiconData:
        missing = [f for f in FAMILIES if f not in self.families]
        if missing:
            raise ValueError(f"families missing: {missing}")
        owner: dict[str, str] = {}
        for _, entry in self.entries():
            for surface in _explicit_surfaces(entry):
                key = " ".join(surface)
                if key in owner and owner[key] != entry.word:
                    raise ValueError(
                        f"form {key!r} belongs to both {owner[key]!r} and {entry.word!r}"
                    )
                owner[key] = entry.word
        return self

    def entries(self) -> Iterator[tuple[FamilyName, WordEntry]]:
        """Every entry with its family: feelings first, then situation words."""
        for name in FAMILIES:
            for entry in self.families[name].words:
                yield name, entry
        for situation in self.situation_words:
            yield situation.family, situation


@dataclass(frozen=True, slots=True)
class FeelingHit:
    """One feeling named in the text; text[start:end] is exactly the matched words."""

    start: int
    end: int
    word: str
    family: FamilyName
    intensity: int
    kind: HitKind
    fuzzy: bool = False


@dataclass(frozen=True, slots=True)
class Sense:
    word: str
    family: FamilyName
    intensity: int
    kind: HitKind
    cue: Cue
    not_before: frozenset[str]
    not_after: frozenset[str]


@dataclass(frozen=True, slots=True)
class CompiledLexicon:
    single: dict[str, Sense]
    phrases: dict[str, tuple[tuple[tuple[str, ...], Sense], ...]]
    by_key: dict[str, Sense]
    typo_index: dict[str, tuple[str, ...]]
    typo_skip: frozenset[str]  # common words and the blocklist: never typos
    common: frozenset[str]  # common words only (typo_collisions ignores the blocklist)
    cue_feel: frozenset[str]
    cue_any: frozenset[str]
    cue_skip: frozenset[str]
    coordinators: frozenset[str]


def normalize_tokens(text: str) -> list[str]:
    """Lower-case word tokens without apostrophes ("Wit's" -> "wits"), as the matcher sees them."""
    return [m.group().lower().translate(APOSTROPHES) for m in TOKEN_RE.finditer(text)]


def _expand(form: str) -> Iterator[str]:
    for placeholder, fillers in PLACEHOLDERS.items():
        if placeholder in form:
            for filler in fillers:
                yield from _expand(form.replace(placeholder, filler, 1))
            return
    yield form


def _explicit_surfaces(entry: WordEntry) -> Iterator[tuple[str, ...]]:
    for form in (entry.word, *entry.forms):
        for expanded in _expand(form):
            tokens = tuple(normalize_tokens(expanded))
            if tokens:
                yield tokens


def inflections(word: str) -> set[str]:
    """Regular -s/-ed/-ing/-ly variants of one word; junk like "hurted" is harmless, never typed."""
    out: set[str] = set()
    consonant_y = len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS
    if word.endswith(("s", "x", "z", "ch", "sh")):
        out.add(word + "es")
    elif consonant_y:
        out.add(word[:-1] + "ies")
    else:
        out.add(word + "s")
    if not word.endswith(("ed", "ing")):
        if word.endswith("e"):
            out.update((word + "d", word[:-1] + "ing"))
        elif consonant_y:
            out.update((word[:-1] + "ied", word + "ing"))
        else:
            out.update((word + "ed", word + "ing"))
    if consonant_y and len(word) > 3:
        out.add(word[:-1] + "ily")
    elif word.endswith("ic"):
        out.add(word + "ally")
    elif word.endswith("ble"):
        out.add(word[:-1] + "y")
    elif word.endswith(_LY_ENDINGS):
        out.add(word + "ly")
    out.discard(word)
    return out


@cache
def load_lexicon() -> LexiconData:
    """Read and validate the packaged YAML once per process."""
    return FORMAT.load(packaged("feelings.yaml"), LexiconData)


@cache
def compiled() -> CompiledLexicon:
    data = load_lexicon()
    single: dict[str, Sense] = {}
    phrase_lists: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    by_key: dict[str, Sense] = {}
    generated: list[tuple[str, Sense]] = []
    for family, entry in data.entries():
        sense = Sense(
            word=entry.word,
            family=family,
            intensity=entry.intensity,
            kind="situation" if isinstance(entry, SituationEntry) else "feeling",
            cue=entry.cue,
            not_before=frozenset(normalize_tokens(" ".join(entry.not_before))),
            not_after=frozenset(normalize_tokens(" ".join(entry.not_after))),
        )
        for tokens in _explicit_surfaces(entry):
            key = " ".join(tokens)
            if key in by_key:
                continue
            by_key[key] = sense
            if len(tokens) == 1:
                single[key] = sense
                if entry.inflect:
                    generated.extend((variant, sense) for variant in sorted(inflections(key)))
            else:
                phrase_lists.setdefault(tokens[0], []).append((tokens[1:], sense))
    explicit = tuple(single)
    # Explicit forms always win over generated ones; among generated, the first entry wins.
    for variant, sense in generated:
        if variant not in by_key:
            by_key[variant] = sense
            single[variant] = sense
    phrases = {
        first: tuple(sorted(items, key=lambda item: -len(item[0])))
        for first, items in phrase_lists.items()
    }
    cues = data.cue_words
    return CompiledLexicon(
        single,
        phrases,
        by_key,
        # Typo targets are the written forms only: generated junk like "hurted" must not
        # attract typos.
        typo_index=typo_index(explicit),
        typo_skip=data.common_words | data.typo_blocklist,
        common=data.common_words,
        cue_feel=cues.feel,
        cue_any=cues.feel | cues.any,
        cue_skip=cues.skip,
        coordinators=data.coordinators,
    )


def canonical_words(kind: HitKind = "feeling") -> set[str]:
    """Distinct canonical lemmas in the data, for coverage checks."""
    return {
        entry.word
        for _, entry in load_lexicon().entries()
        if isinstance(entry, SituationEntry) == (kind == "situation")
    }


def valence_of(family: str) -> Valence | None:
    """Whether a family is a negative, positive or mixed feeling; None for an unknown name."""
    data = load_lexicon()
    return data.families[family].valence if family in data.families else None
