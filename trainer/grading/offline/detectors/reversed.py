"""Accuracy: who did what to whom, said back the other way round. "She punched a boy who'd been
calling her names" said back as "a boy's been punching her": the same act, its doer and its
target swapped, which changes the point as much as a wrong fact does."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit, sentence_at
from trainer.grading.offline.text import Sentence, stem

_TOKEN = re.compile(r"[a-z][a-z']*")
# words between a doer and the act ("she's been punching", "he had just told")
_AUX = frozenset(
    "has had have 's 've 'd was were is are been be just already also even actually only "
    "did would will".split()
)
# words between the act and whom it was done to ("punched a boy", "told the whole class")
_DET = frozenset("a an the this that some one whole".split())
_POSSESSIVE = frozenset("my your his their our".split())
_CONTRACTED = re.compile(r"'(?:re|m|ve|ll|d|t)$")
_SUBJECTS = frozenset("i he she they we".split())
_PEOPLE = frozenset("i you he she they we".split())
# no doer, act or target: "forgot dad's birthday and he...", "told me so"
_FUNCTION = frozenset(
    "and but or so to of for with since because on in at by from as if then than when while "
    "about after before into over not no never my your his their our its it this that there "
    "here what who which how why too very really".split()
)
# their words to the reply's: "I" is the reply's "you", an object pronoun is its subject form
_THEIRS = {
    "i": "you",
    "me": "you",
    "you": "i",
    "him": "he",
    "her": "she",
    "them": "they",
    "us": "we",
}
_OBJECT = {"me": "i", "him": "he", "her": "she", "them": "they", "us": "we"}
# not acts done to someone: "he's been", "she said", "I think"
_NOT_ACTS = frozenset(
    "be is was were am are been have has had do did does go went get got say said said think "
    "thought know knew feel felt want wanted need needed like liked see saw look make made love "
    "loved loves miss missed misses hate hated adore".split()
)


def _person(word: str, *, theirs: bool) -> str:
    word = word.removesuffix("'s")
    word = _OBJECT.get(word, word)
    if theirs:
        word = {"i": "you", "you": "i"}.get(word, word)
    return word


def _acts(text: str, *, theirs: bool) -> list[tuple[str, str, str, int, int]]:
    """(doer, act stem, target, start, end) for each "X <verb>ed Y" in the text."""
    words = list(_TOKEN.finditer(text))
    out = []
    for k, m in enumerate(words):
        verb = m.group()
        if verb in _NOT_ACTS or verb in _FUNCTION or len(verb) < 3:
            continue
        j = k - 1
        while j >= 0 and words[j].group() in _AUX:
            j -= 1
        n = k + 1
        while n < len(words) and words[n].group() in _DET | _POSSESSIVE:
            n += 1
        if j < 0 or n >= len(words):
            continue
        doer, target = words[j].group(), words[n].group()
        if doer.removesuffix("'s") in _DET | _FUNCTION or target in _AUX | _FUNCTION:
            continue
        if _CONTRACTED.search(doer) or _CONTRACTED.search(target) or target in _SUBJECTS:
            continue  # "you're finished, I'm...": a state and a new clause, no act done to anyone
        if n + 1 < len(words) and words[n + 1].group() in ("too", "back", "either"):
            continue  # "I love you too", "she hit him back": returned, not reversed
        out.append(
            (
                _person(doer, theirs=theirs),
                stem(verb),
                _person(target, theirs=theirs),
                m.start(),
                m.end(),
            )
        )
    return out


def detect_reversed(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """The same act with its doer and target swapped against theirs; not when their own turn
    tells it both ways ("she blocked me, so I blocked her")."""
    said = {(d, v, t) for d, v, t, _, _ in _acts(ctx.stmt.text, theirs=True) if d != t}
    if not said:
        return []
    hits = []
    for doer, verb, target, start, end in _acts(ctx.resp.masked, theirs=False):
        sent = sentence_at(ctx.sents, start)
        if sent in excluded or (doer, verb, target) in said:
            continue
        if (
            (target, verb, doer) in said
            and doer != target
            and not {doer, target} <= _PEOPLE - {"i", "you"}
        ):
            hits.append(Hit("distorts_facts", start, end))
    return hits
