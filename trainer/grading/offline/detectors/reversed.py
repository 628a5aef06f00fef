"""Accuracy: who did what to whom, said back the other way round. "She punched a boy who'd been
calling her names" said back as "a boy's been punching her": the same act, its doer and its
target swapped, which changes the point as much as a wrong fact does."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit, sentence_at
from trainer.grading.offline.paraphrase import field_hits, people_fields
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.text import Sentence, stem

_TOKEN = re.compile(r"[a-z][a-z']*")
# words between a doer and the act ("she's been punching", "he had just told")
_AUX = frozenset(
    "has had have 's 've 'd was were is are been be just already also even actually only "
    "did would will keeps kept keep".split()
)
# words between the act and whom it was done to ("punched a boy", "told the whole class")
_DET = frozenset("a an the this that some one whole".split())
_POSSESSIVE = frozenset("my your his their our".split())
# the act's particle before whom it was done to, and the verbs a "to" follows ("had to cancel")
_PARTICLE = frozenset("on out up".split())
_TO_VERBS = frozenset("had have has tried trying decided ended wanted".split())
# an act done to what is someone's ("cancelled our lunch") is done to them
_OWNERS = {"my": "me", "our": "me", "your": "you"}
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


def _a_person(word: str) -> bool:
    return word in N.WORDS.people or any(h.field in people_fields() for h in field_hits(word))


def _root(verb: str) -> str:
    """ "cancelled" and "cancel" alike: the stem with a doubled last consonant made single."""
    s = stem(verb)
    return s[:-1] if len(s) > 4 and s[-1] == s[-2] and s[-1] not in "aeiou" else s


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
        while j >= 0 and (
            words[j].group() in _AUX
            or (words[j].group() == "to" and j > 0 and words[j - 1].group() in _TO_VERBS)
        ):
            j -= 2 if words[j].group() == "to" else 1  # "you had to cancel", "he tried to"
        n = k + 1
        while n < len(words) and words[n].group() in _PARTICLE:
            n += 1  # "cancelled on me", "walked out on her", "hung up on him"
        owner = None
        while n < len(words) and words[n].group() in _DET | _POSSESSIVE:
            owner = words[n].group() if words[n].group() in _OWNERS else owner
            n += 1
        if j < 0 or n >= len(words):
            continue
        doer, target = words[j].group(), words[n].group()
        if owner and target not in _PEOPLE and not _a_person(target):
            target = _OWNERS[owner]  # "cancelled our lunch": done to them, not "told my cousin"
        if doer.removesuffix("'s") in _DET | _FUNCTION or target in _AUX | _FUNCTION:
            continue
        if _CONTRACTED.search(doer) or _CONTRACTED.search(target) or target in _SUBJECTS:
            continue  # "you're finished, I'm...": a state and a new clause, no act done to anyone
        if n + 1 < len(words) and words[n + 1].group() in ("too", "back", "either"):
            continue  # "I love you too", "she hit him back": returned, not reversed
        out.append(
            (
                _person(doer, theirs=theirs),
                _root(verb),
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
