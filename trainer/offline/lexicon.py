"""Feeling-word lexicon: find the feelings a reply names, so the grader can check validation.

The data lives in trainer/data/feelings.yaml; this module validates it once and compiles it into
token lookups so that a whole reply is scanned in a single pass over its tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Annotated, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator


def _words(text: str) -> frozenset[str]:
    """A word set from whitespace-separated text, so long lists stay readable."""
    return frozenset(text.split())


try:  # the C loader parses the file ~5x faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

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

# ~300 most frequent English words. Typo matching skips them: a frequent word is never a typo.
COMMON_WORDS: frozenset[str] = _words(
    """
    a about above after again against all almost also always am an and another any anyone
    anything are around as ask asked at away back bad be because been before being best better
    between big both but by call came can cant car case change child children come could couldnt
    day did didnt different do does doesnt doing done dont down each early end enough even ever
    every everyone everything eye face fact family far feel feeling felt few find first for found
    friend friends from full gave get gets getting give go going gone good got great group had
    hand happen happened has have havent having he head hear heard help her here hers herself him
    himself his home house how however i id if ill im important in into is isnt it its itself ive
    job just keep kind knew know known large last later least leave left less let life like
    little long look looked looking lot made make makes making man many may maybe me mean might
    mind mine money more most mother much must my myself need needed never new next night no
    nobody none not nothing now number of off often oh ok okay old on once one only or other others
    our ours out over own part people person place point probably problem put quite rather
    really right room said same saw say saying says school see seem seemed seems seen she should
    shouldnt side since small so some someone something sometimes soon sorry start started state
    still story such sure take taken talk talked talking tell than thank thanks that thats the
    their them themselves then there theres these they theyre thing things think thinking this
    those though thought through time times to today together told too took toward tried try
    trying turn two under understand until up upon us use used very want wanted wants was wasnt
    water way we week well went were werent what whats when where whether which while who whole
    whom whose why will with within without woman women wont word words work worked working
    world would wouldnt yeah year years yes yet you youd youll young your youre yours yourself
    youve another started between nothing number morning evening tonight tomorrow yesterday
    """
)

# Linking words that let a cued entry count: "I'm so down", "that sounds rough".
_CUE_FEEL: frozenset[str] = _words("feel feels felt feeling make makes made making")
_CUE_ANY: frozenset[str] = _CUE_FEEL | _words(
    """
    am im is isnt are arent was wasnt were werent be been being get gets got getting gotten
    become becomes became seem seems seemed sound sounds sounded look looks looked youre
    hes shes theyre thats its it whats r ur
    """
)
# Words allowed between a cue and a cued entry: intensifiers, hedges, negation.
_CUE_SKIP: frozenset[str] = _words(
    """
    so really very pretty kinda kind sorta sort of quite super totally completely utterly
    absolutely too a bit little lil just still also even more less most extremely incredibly
    insanely hella real rather somewhat slightly fairly all always never not like such
    """
)
_MAX_CUE_SKIP = 4
# "sad and low", "tired or just fried": a cued word right after another feeling counts too.
_COORDINATORS: frozenset[str] = frozenset({"and", "or", "but", "yet", "plus"})

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# What may sit between the words of one phrase: spaces, hyphens, dangling apostrophes.
_JOIN_RE = re.compile(r"[\s\-–—'’]+")
_SENTENCE_BREAK_RE = re.compile(r"[.!?;:\n]")
_APOSTROPHES = str.maketrans("", "", "'’")

_TYPO_MIN_TARGET = 6
_TYPO_MIN_TOKEN = 5
_TYPO_LONG = 9  # targets this long allow distance 2
_VOWELS = frozenset("aeiou")
_LY_ENDINGS = ("ful", "ous", "ive", "ent", "ant", "al", "ed", "ish", "less", "ate")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class WordEntry(_Strict):
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


class Family(_Strict):
    label: str
    valence: Valence
    words: tuple[WordEntry, ...] = Field(min_length=1)


class LexiconData(_Strict):
    """The validated YAML file."""

    version: int
    families: dict[FamilyName, Family]
    situation_words: tuple[SituationEntry, ...]
    typo_blocklist: frozenset[str] = frozenset()

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
class _Sense:
    word: str
    family: FamilyName
    intensity: int
    kind: HitKind
    cue: Cue
    not_before: frozenset[str]
    not_after: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Compiled:
    single: dict[str, _Sense]
    phrases: dict[str, tuple[tuple[tuple[str, ...], _Sense], ...]]
    by_key: dict[str, _Sense]
    typo_index: dict[str, tuple[str, ...]]
    blocked: frozenset[str]


def normalize_tokens(text: str) -> list[str]:
    """Lower-case word tokens without apostrophes ("Wit's" -> "wits"), as the matcher sees them."""
    return [m.group().lower().translate(_APOSTROPHES) for m in _TOKEN_RE.finditer(text)]


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


def _deletes(word: str, depth: int) -> set[str]:
    """Strings reachable by deleting up to `depth` letters, never the first (it must match)."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        nxt: set[str] = set()
        for w in frontier:
            for i in range(1, len(w)):
                nxt.add(w[:i] + w[i + 1 :])
        found |= nxt
        frontier = nxt
    return found


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        row_min = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            row_min = min(row_min, v)
        if row_min > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], limit + 1)


def _allowed_distance(target: str) -> int:
    return 2 if len(target) >= _TYPO_LONG else 1


@cache
def load_lexicon() -> LexiconData:
    """Read and validate the packaged YAML once per process."""
    path = resources.files("trainer").joinpath("data", "feelings.yaml")
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)
    return LexiconData.model_validate(raw)


@cache
def _compiled() -> _Compiled:
    data = load_lexicon()
    single: dict[str, _Sense] = {}
    phrase_lists: dict[str, list[tuple[tuple[str, ...], _Sense]]] = {}
    by_key: dict[str, _Sense] = {}
    generated: list[tuple[str, _Sense]] = []
    for family, entry in data.entries():
        sense = _Sense(
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
    # Typo targets are the written forms only: generated junk like "hurted" must not attract typos.
    index: dict[str, set[str]] = {}
    for key in explicit:
        if len(key) >= _TYPO_MIN_TARGET and key.isascii():
            for variant in _deletes(key, _allowed_distance(key)):
                index.setdefault(variant, set()).add(key)
    typo_index = {k: tuple(sorted(v)) for k, v in index.items()}
    return _Compiled(single, phrases, by_key, typo_index, data.typo_blocklist)


def _typo_target(token: str, compiled: _Compiled, use_blocklist: bool) -> str | None:
    if len(token) < _TYPO_MIN_TOKEN or not token.isascii() or not token.isalpha():
        return None
    if token in COMMON_WORDS or (use_blocklist and token in compiled.blocked):
        return None
    candidates: set[str] = set()
    for variant in _deletes(token, 2 if len(token) >= _TYPO_LONG - 1 else 1):
        candidates.update(compiled.typo_index.get(variant, ()))
    best: str | None = None
    best_distance = 99
    for target in sorted(candidates):
        limit = _allowed_distance(target)
        distance = edit_distance(token, target, limit)
        if distance <= limit and distance < best_distance:
            best, best_distance = target, distance
    return best


@lru_cache(maxsize=8192)
def _typo_lookup(token: str) -> str | None:
    return _typo_target(token, _compiled(), use_blocklist=True)


def typo_collisions(words: Iterable[str]) -> dict[str, str]:
    """Real words the typo matcher would turn into feelings: the source for typo_blocklist."""
    compiled = _compiled()
    found: dict[str, str] = {}
    for raw in words:
        token = raw.lower().translate(_APOSTROPHES)
        if token in compiled.single:
            continue
        target = _typo_target(token, compiled, use_blocklist=False)
        if target is not None:
            found[token] = target
    return found


def _cue_ok(
    sense: _Sense,
    text: str,
    norms: list[str],
    spans: list[tuple[int, int]],
    first: int,
    prev_hit_last: int,
) -> bool:
    """A cued entry needs a linking word before it, or a feeling listed with ("sad and low")."""
    cues = _CUE_FEEL if sense.cue == "feel" else _CUE_ANY
    j = first - 1
    skipped = 0
    coordinated = False
    while j >= 0 and skipped < _MAX_CUE_SKIP:
        if norms[j] in _COORDINATORS:
            coordinated = True
        elif norms[j] not in _CUE_SKIP:
            break
        j -= 1
        skipped += 1
    if j < 0 or not (norms[j] in cues or (coordinated and j == prev_hit_last)):
        return False
    return _SENTENCE_BREAK_RE.search(text, spans[j][1], spans[first][0]) is None


def _allowed(
    sense: _Sense,
    text: str,
    norms: list[str],
    spans: list[tuple[int, int]],
    first: int,
    last: int,
    prev_hit_last: int,
) -> bool:
    if sense.not_before and last + 1 < len(norms) and norms[last + 1] in sense.not_before:
        return False
    if sense.not_after and first > 0 and norms[first - 1] in sense.not_after:
        return False
    return sense.cue == "none" or _cue_ok(sense, text, norms, spans, first, prev_hit_last)


def _tokenize(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Token spans in the original text and their normalized forms (lower case, no apostrophes)."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() kept offsets, so scan once and slice nothing
        matches = list(_TOKEN_RE.finditer(lowered))
        norms = [m.group() for m in matches]
    else:  # rare: a character whose lower case is longer ("İ"); lower token by token
        matches = list(_TOKEN_RE.finditer(text))
        norms = [m.group().lower() for m in matches]
    if "'" in text or "’" in text:
        norms = [t.translate(_APOSTROPHES) for t in norms]
    return [m.span() for m in matches], norms


def find_feelings(text: str) -> list[FeelingHit]:
    """All feeling and situation words in text, left to right, longest match first, no overlaps."""
    compiled = _compiled()
    phrases = compiled.phrases
    single = compiled.single
    spans, norms = _tokenize(text)
    hits: list[FeelingHit] = []
    n = len(norms)
    prev_hit_last = -2
    i = 0
    while i < n:
        token = norms[i]
        candidates = phrases.get(token)
        if candidates is not None:
            last = _match_phrase(candidates, text, norms, spans, i, prev_hit_last)
            if last is not None:
                hits.append(_hit(last[1], spans[i][0], spans[last[0]][1], fuzzy=False))
                prev_hit_last = last[0]
                i = last[0] + 1
                continue
        found = single.get(token)
        fuzzy = False
        if found is None and len(token) >= _TYPO_MIN_TOKEN:
            target = _typo_lookup(token)
            if target is not None:
                found, fuzzy = single[target], True
        if found is not None and _allowed(found, text, norms, spans, i, i, prev_hit_last):
            hits.append(_hit(found, spans[i][0], spans[i][1], fuzzy=fuzzy))
            prev_hit_last = i
        i += 1
    return hits


def _match_phrase(
    candidates: tuple[tuple[tuple[str, ...], _Sense], ...],
    text: str,
    norms: list[str],
    spans: list[tuple[int, int]],
    i: int,
    prev_hit_last: int,
) -> tuple[int, _Sense] | None:
    """The longest phrase starting at token i: (index of its last token, sense), or None."""
    n = len(norms)
    for rest, sense in candidates:
        last = i + len(rest)
        if last >= n:
            continue
        ok = True
        for k, word in enumerate(rest):
            if (
                norms[i + 1 + k] != word
                or _JOIN_RE.fullmatch(text, spans[i + k][1], spans[i + k + 1][0]) is None
            ):
                ok = False
                break
        if ok and _allowed(sense, text, norms, spans, i, last, prev_hit_last):
            return last, sense
    return None


def _hit(sense: _Sense, start: int, end: int, *, fuzzy: bool) -> FeelingHit:
    return FeelingHit(start, end, sense.word, sense.family, sense.intensity, sense.kind, fuzzy)


def lookup(word: str) -> FeelingHit | None:
    """The sense of one word or phrase as written in isolation (no cue needed), else None."""
    key = " ".join(normalize_tokens(word))
    sense = _compiled().by_key.get(key)
    if sense is None:
        hits = find_feelings(word)
        return hits[0] if len(hits) == 1 else None
    return _hit(sense, 0, len(word), fuzzy=False)


def families_of(words: Iterable[str] | str) -> set[FamilyName]:
    """Families named by the given words or phrases; a single string counts as one phrase."""
    items = [words] if isinstance(words, str) else list(words)
    out: set[FamilyName] = set()
    for item in items:
        sense = _compiled().by_key.get(" ".join(normalize_tokens(item)))
        if sense is not None:
            out.add(sense.family)
        else:
            out.update(hit.family for hit in find_feelings(item))
    return out


def same_family(a: str, b: str) -> bool:
    """Whether two feeling words (any form, e.g. "furious" and "annoyance") share a family."""
    return bool(families_of(a) & families_of(b))


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
