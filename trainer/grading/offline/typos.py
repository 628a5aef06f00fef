"""Typo tolerance for the feeling lexicon: edit distance and a deletion index.

"frustated" should count as "frustrated". Each lexicon form long enough to carry a typo is
indexed under every string reachable by deleting one or two letters (never the first); a token
is looked up by its own deletions and confirmed with a capped Damerau-Levenshtein distance.
"""

from __future__ import annotations

from collections.abc import Iterable

TYPO_MIN_TARGET = 6  # shorter forms get no typo tolerance
TYPO_MIN_TOKEN = 5  # shorter tokens are never typos
TYPO_LONG = 9  # targets this long allow distance 2


def deletes(word: str, depth: int) -> set[str]:
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


def allowed_distance(target: str) -> int:
    return 2 if len(target) >= TYPO_LONG else 1


def typo_index(targets: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Deletion variant -> the targets it can come from, for the written forms only."""
    index: dict[str, set[str]] = {}
    for key in targets:
        if len(key) >= TYPO_MIN_TARGET and key.isascii():
            for variant in deletes(key, allowed_distance(key)):
                index.setdefault(variant, set()).add(key)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def closest(
    token: str, index: dict[str, tuple[str, ...]], skip: frozenset[str] = frozenset()
) -> str | None:
    """The indexed target this token is a typo of, or None (a word in `skip` never is)."""
    if len(token) < TYPO_MIN_TOKEN or not token.isascii() or not token.isalpha():
        return None
    if token in skip:
        return None
    candidates: set[str] = set()
    for variant in deletes(token, 2 if len(token) >= TYPO_LONG - 1 else 1):
        candidates.update(index.get(variant, ()))
    best: str | None = None
    best_distance = 99
    for target in sorted(candidates):
        limit = allowed_distance(target)
        distance = edit_distance(token, target, limit)
        if distance <= limit and distance < best_distance:
            best, best_distance = target, distance
    return best
