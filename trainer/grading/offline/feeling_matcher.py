"""Find the feelings a reply names: one pass over its tokens with the compiled lexicon.

Longest phrase first, then single words, then typos ("frustated"). A cued entry ("down",
"rough") counts only after a linking word ("I'm so down", "that sounds rough") or right after
another feeling ("sad and low"); vetoes drop a match by the word before or after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from trainer.datafiles import WORD_LISTS, packaged
from trainer.grading.offline.lexicon import (
    APOSTROPHES,
    TOKEN_RE,
    CompiledLexicon,
    FamilyName,
    FeelingHit,
    Sense,
    compiled,
    normalize_tokens,
)
from trainer.grading.offline.typos import TYPO_MIN_TOKEN, closest
from trainer.grading.schema import Frozen

_MAX_CUE_SKIP = 4
# What may sit between the words of one phrase: spaces, hyphens, dangling apostrophes.
_JOIN_RE = re.compile(r"[\s\-–—'’]+")
_SENTENCE_BREAK_RE = re.compile(r"[.!?;:\n]")


class FeelingIdioms(Frozen):
    """feeling_idioms.yaml: fixed expressions whose feeling word names no feeling."""

    version: int
    idioms: tuple[str, ...]


@lru_cache(maxsize=1)
def _idioms() -> re.Pattern[str]:
    """One alternation of every idiom; "*" is one to three words, spaces and hyphens alike."""
    data = WORD_LISTS.load(packaged("words", "feeling_idioms.yaml"), FeelingIdioms)
    parts = []
    for idiom in sorted(data.idioms, key=len, reverse=True):
        words = idiom.lower().split()
        rx = r"[\s\-]+".join(
            r"[a-z']+(?:[\s\-]+[a-z']+){0,2}" if w == "*" else re.escape(w) for w in words
        )
        parts.append(rx)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")


def _inside_idiom(text: str, hits: list[FeelingHit]) -> list[FeelingHit]:
    """Drop the hits that sit inside an idiom ("as far as I'm concerned", "hurt my back")."""
    spans = [m.span() for m in _idioms().finditer(text.lower())] if hits else []
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in spans)]


@lru_cache(maxsize=8192)
def _typo_lookup(token: str) -> str | None:
    lex = compiled()
    return closest(token, lex.typo_index, lex.typo_skip)


def typo_collisions(words: Iterable[str]) -> dict[str, str]:
    """Real words the typo matcher would turn into feelings: the source for typo_blocklist."""
    lex = compiled()
    found: dict[str, str] = {}
    for raw in words:
        token = raw.lower().translate(APOSTROPHES)
        if token in lex.single:
            continue
        target = closest(token, lex.typo_index, lex.common)
        if target is not None:
            found[token] = target
    return found


def _cue_ok(
    lex: CompiledLexicon,
    sense: Sense,
    text: str,
    norms: list[str],
    spans: list[tuple[int, int]],
    first: int,
    prev_hit_last: int,
) -> bool:
    """A cued entry needs a linking word before it, or a feeling listed with ("sad and low")."""
    cues = lex.cue_feel if sense.cue == "feel" else lex.cue_any
    j = first - 1
    skipped = 0
    coordinated = False
    while j >= 0 and skipped < _MAX_CUE_SKIP:
        if norms[j] in lex.coordinators:
            coordinated = True
        elif norms[j] not in lex.cue_skip:
            break
        j -= 1
        skipped += 1
    if j < 0:
        return False
    theirs = norms[j] in cues or (coordinated and j == prev_hit_last)
    if not (theirs or (coordinated and _listed_after_feel(lex, norms, j, first))):
        return False
    return _SENTENCE_BREAK_RE.search(text, spans[j][1], spans[first][0]) is None


# the verbs of feeling itself (not "make", "made"): "you felt outshone and small" lists a
# feeling after a word the lexicon lacks, where "made dinner and small talk" lists none
_FEEL_VERBS = frozenset({"feel", "feels", "felt", "feeling"})


def _listed_after_feel(lex: CompiledLexicon, norms: list[str], j: int, first: int) -> bool:
    """The word before the coordinator is one rare word right after a verb of feeling, and the
    listed word takes no object: "you felt unstoppable and crushed it" lists an act."""
    k = j - 1
    while k >= 0 and norms[k] in lex.cue_skip:
        k -= 1
    if k < 0 or norms[k] not in _FEEL_VERBS or norms[j] in lex.common:
        return False
    return first + 1 >= len(norms) or norms[first + 1] not in _OBJECT_AFTER


# what follows a verb, not a feeling: "crushed it", "lost the vote", "close to tears", "stuck with"
_OBJECT_AFTER = frozenset(
    "it the a an your my his her their our this that them him me you us to with up out off on "
    "in into at for by".split()
)


def _allowed(
    lex: CompiledLexicon,
    sense: Sense,
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
    return sense.cue == "none" or _cue_ok(lex, sense, text, norms, spans, first, prev_hit_last)


def _tokenize(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Token spans in the original text and their normalized forms (lower case, no apostrophes)."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() kept offsets, so scan once and slice nothing
        matches = list(TOKEN_RE.finditer(lowered))
        norms = [m.group() for m in matches]
    else:  # rare: a character whose lower case is longer ("İ"); lower token by token
        matches = list(TOKEN_RE.finditer(text))
        norms = [m.group().lower() for m in matches]
    if "'" in text or "’" in text:
        norms = [t.translate(APOSTROPHES) for t in norms]
    return [m.span() for m in matches], norms


def find_feelings(text: str) -> list[FeelingHit]:
    """All feeling and situation words in text, left to right, longest match first, no overlaps."""
    lex = compiled()
    phrases = lex.phrases
    single = lex.single
    spans, norms = _tokenize(text)
    hits: list[FeelingHit] = []
    n = len(norms)
    prev_hit_last = -2
    i = 0
    while i < n:
        token = norms[i]
        candidates = phrases.get(token)
        if candidates is not None:
            last = _match_phrase(lex, candidates, text, norms, spans, i, prev_hit_last)
            if last is not None:
                hits.append(_hit(last[1], spans[i][0], spans[last[0]][1], fuzzy=False))
                prev_hit_last = last[0]
                i = last[0] + 1
                continue
        found = single.get(token)
        fuzzy = False
        if found is None and len(token) >= TYPO_MIN_TOKEN:
            target = _typo_lookup(token)
            if target is not None:
                found, fuzzy = single[target], True
        if found is not None and _allowed(lex, found, text, norms, spans, i, i, prev_hit_last):
            hits.append(_hit(found, spans[i][0], spans[i][1], fuzzy=fuzzy))
            prev_hit_last = i
        i += 1
    return _inside_idiom(text, hits)


def _match_phrase(
    lex: CompiledLexicon,
    candidates: tuple[tuple[tuple[str, ...], Sense], ...],
    text: str,
    norms: list[str],
    spans: list[tuple[int, int]],
    i: int,
    prev_hit_last: int,
) -> tuple[int, Sense] | None:
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
        if ok and _allowed(lex, sense, text, norms, spans, i, last, prev_hit_last):
            return last, sense
    return None


def _hit(sense: Sense, start: int, end: int, *, fuzzy: bool) -> FeelingHit:
    return FeelingHit(start, end, sense.word, sense.family, sense.intensity, sense.kind, fuzzy)


def lookup(word: str) -> FeelingHit | None:
    """The sense of one word or phrase as written in isolation (no cue needed), else None."""
    key = " ".join(normalize_tokens(word))
    sense = compiled().by_key.get(key)
    if sense is None:
        hits = find_feelings(word)
        return hits[0] if len(hits) == 1 else None
    return _hit(sense, 0, len(word), fuzzy=False)


def families_of(words: Iterable[str] | str) -> set[FamilyName]:
    """Families named by the given words or phrases; a single string counts as one phrase."""
    items = [words] if isinstance(words, str) else list(words)
    out: set[FamilyName] = set()
    for item in items:
        sense = compiled().by_key.get(" ".join(normalize_tokens(item)))
        if sense is not None:
            out.add(sense.family)
        else:
            out.update(hit.family for hit in find_feelings(item))
    return out


def felt_families(words: str) -> set[FamilyName]:
    """Feeling families of a feeling listed on its own (a hidden truth's "exposed", "down"):
    read as if after "feel", so a word that needs a linking word in a reply is still found."""
    return {h.family for h in find_feelings(f"feel {words.lower()}") if h.kind == "feeling"}


def same_family(a: str, b: str) -> bool:
    """Whether two feeling words (any form, e.g. "furious" and "annoyance") share a family."""
    return bool(families_of(a) & families_of(b))
