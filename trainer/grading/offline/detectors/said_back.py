"""What says their point back or checks it: a factual turn restated (no feeling owed), a
reflection offered as a question, the need under the words, "did I get that right?". Split from
accuracy.py, which reads the point, the feeling and what distorts them."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import (
    ECHO_FILLER,
    Ctx,
    Hit,
    find_hits,
)
from trainer.grading.offline.feelings import Feeling
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.text import (
    QUESTION_START,
    STOPWORDS,
    Sentence,
    content_stems,
    normalize,
    stem,
)


def feeling_not_owed(ctx: Ctx, main_point: list[Hit], attributed: list[Feeling]) -> list[Hit]:
    """names_main_feeling for a factual turn said back faithfully. The rubric asks for "the one
    they expressed": when they expressed none (no feeling or situation word, no hidden truth),
    there is no main feeling to name, and a restatement that invents none owes nothing. Only for
    a sentence that says their point back to them ("so you walk in most days now"), never a
    question of the listener's own or a sentence about the listener."""
    if attributed or not main_point or ctx.upset or not _no_feeling_expressed(ctx):
        return []  # a complaint about the listener always carries a feeling
    for sent in ctx.sents:
        if not any(sent.start <= h.start < sent.end + 1 for h in main_point):
            continue
        chunk = ctx.resp.masked[sent.start : sent.end]
        if sent.is_question and not offered_back(chunk):
            continue
        if _says_back(chunk):
            return [Hit("names_main_feeling", sent.start, sent.end)]
    return []


def offered_back(chunk: str) -> bool:
    """A question that offers their point back to be checked: "So you're worn out?", "Fruit
    instead of crisps now?", "Sounds like the plan is to save each week?". Not a question that
    opens with a question word or verb ("do you...", "what..."), and not a suggestion."""
    if A.TENTATIVE_REFLECTION.match(chunk):
        return True
    if QUESTION_START.match(chunk) or A.ADVICE_CLAUSE.search(chunk) or A.SUGGESTS.search(chunk):
        return False
    return _about_them(chunk)


def _about_them(chunk: str) -> bool:
    """Two or more content words and nothing of the listener's ("we", "I"): an echo ("two
    days?") or a turn to the listener's own plans is not a point offered back."""
    return not H.SELF_REF.search(chunk) and len(content_stems(chunk)) >= 2


def _says_back(chunk: str) -> bool:
    """ "So you walk in most days now", "Sounds like, most nights, a glass is your routine", and
    a short fragment that finishes their sentence ("twice a day with the dog, then"), never a
    sentence about the listener."""
    opening = A.SAYS_BACK_OPENING.match(chunk)
    rest = chunk[opening.end() if opening else 0 :]
    if H.SELF_REF.search(rest):
        return bool(H.YOU_REF.search(rest)) and not H.SELF_REF.match(rest)
    return bool(H.YOU_REF.search(rest)) or (
        len(rest.split()) <= _FRAGMENT_WORDS and _about_them(rest)
    )


_FRAGMENT_WORDS = 10


def _no_feeling_expressed(ctx: Ctx) -> bool:
    """A factual turn ("I walk to work three days a week"): no feeling word of theirs, no
    situation that carries one ("left out", "hard"), and no hidden truth that names one."""
    hidden = ctx.hidden
    if hidden and (hidden.primary_feelings or hidden.secondary_feelings):
        return False
    return not ctx.partner.families and not ctx.partner.words


def detect_need_or_check(
    ctx: Ctx, excluded: list[Sentence] | None = None, main_point: list[Hit] | None = None
) -> list[Hit]:
    """A check of understanding or the need under the words; never inside advice ("you need to
    set boundaries" is a directive, not their need); "Is that right?" alone checks nothing, and a
    reflection offered as a question checks only when it is about what they said (not "so you're
    upset about the neighbours?" when they spoke of a doctor)."""
    ranges = [(s.start, s.end + 1) for s in excluded or []]
    points = main_point or []
    hits = find_hits(A.CHECKS_UNDERSTANDING, ctx, "captures_need_or_checks")
    if hits and not _said_back(ctx, hits):
        hits = []  # "Is that right?" alone checks nothing
    hits += find_hits(A.NEED, ctx, "captures_need_or_checks")
    # an echo question on the way to the listener's own story or advice checks nothing
    hits += [
        h
        for h in _tentative_reflections(ctx, strict=bool(excluded))
        if any(h.start <= p.start < h.end for p in points)
    ]
    if ctx.hidden and ctx.hidden.need:
        need_stems = set(content_stems(normalize(ctx.hidden.need).text)) - ctx.stmt_stems
        for m in A.WORD_RX.finditer(ctx.resp.masked):
            if stem(m.group()) in need_stems and len(m.group()) > 3:
                hits.append(Hit("captures_need_or_checks", m.start(), m.end()))
                break
    return [
        h
        for h in hits
        if not any(a <= h.start < b for a, b in ranges)
        and not A.DIRECTIVE_NEED.match(ctx.resp.masked[h.start : h.start + 60])
    ]


_FILLER = frozenset("hmm mm mhm um uh oh yeah yes sure well wrong alright okay ok got see".split())


def _said_back(ctx: Ctx, checks: list[Hit]) -> bool:
    """Is there anything besides the checks and filler ("ok", "hmm", "right") to check?"""
    text = ctx.resp.masked
    for h in sorted(checks, key=lambda h: h.start, reverse=True):
        text = text[: h.start] + " " + text[h.end :]
    words = re.findall(r"[a-z][a-z']*", text)
    return any(w not in ECHO_FILLER and w not in STOPWORDS and w not in _FILLER for w in words)


def _tentative_reflections(ctx: Ctx, strict: bool = False) -> list[Hit]:
    """ "So you're stuck between the two?": a reflection offered as a question checks it."""
    hits = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        offered = A.TENTATIVE_REFLECTION.match(chunk) if strict else offered_back(chunk)
        if s.is_question and offered:
            hits.append(Hit("captures_need_or_checks", s.start, s.end))
    return hits
