"""Validation by kind of sentence (round 5), kept apart from detectors/validation.py so each
kind is one function: whose feeling a legitimiser is about, a feeling the listener would have
too, a need treated as fair (these earn), and a feeling explained away as a flaw, a third
party's side, a bright side offered by the listener (these cost)."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit, find_hits, sentence_at, text_before
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.patterns import validation_kinds as K

_DENIED = re.compile(r"\b(?:not|never|doesn't|don't|isn't|wouldn't)\s+(?:\w+\s+)?$")
# the partner's own view said back ("you know she means well", "part of you thinks...")
_THEIRS = re.compile(
    r"\b(?:you\s+(?:know|said|say|think|thought|feel|felt|told\s+me|keep\s+telling\s+yourself)|"
    r"part\s+of\s+you|even\s+though\s+you|you're\s+telling\s+yourself)\b[^.?!]*$"
)


# ...or marked as theirs just after ("she means well, you said so yourself")
_THEIRS_AFTER = re.compile(
    r"^[^.?!]{0,30}\b(?:you\s+(?:said|say|told\s+me|know)|as\s+you\s+said)\b"
)


def _kept(ctx: Ctx, hits: list[Hit], veto: re.Pattern[str]) -> list[Hit]:
    return [h for h in hits if not veto.search(text_before(ctx, h.start, 40))]


def _not_theirs(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    hits = _kept(ctx, hits, _THEIRS)
    return [h for h in hits if not _THEIRS_AFTER.match(ctx.resp.masked[h.end :])]


def legitimised_reaction(ctx: Ctx) -> list[Hit]:
    """ "No wonder you're flattened", "of course it knocked you sideways", "I can see why that
    gets under your skin": the clause a legitimiser governs is the partner's reaction, so it
    acknowledges the feeling whatever words (metaphor, slang) carry it."""
    hits = []
    for h in _kept(ctx, find_hits(K.LEGITIMISER, ctx, "acknowledges_feeling"), _DENIED):
        sent = sentence_at(ctx.sents, h.start)
        end = sent.end if sent is not None else len(ctx.resp.masked)
        clause = re.split(r"[;:]|\bbut\b|\bthough\b", ctx.resp.masked[h.end : end])[0]
        if not K.PARTNER_CLAUSE.match(clause) or K.ADVICE_CLAUSE.search(clause):
            continue
        if len(clause.split()) >= 2 and K.PARTNER_WORD.search(clause):
            hits.append(Hit("acknowledges_feeling", h.start, h.end + len(clause.rstrip())))
    return hits


def would_feel_it(ctx: Ctx, item: str) -> list[Hit]:
    """ "I'd be fuming", "I'd have been mortified too": the feeling, allowed by sharing it."""
    return _kept(ctx, find_hits(K.WOULD_FEEL_IT, ctx, item), re.compile(r"\bif\s+[^.?!]*$"))


def need_legitimized(ctx: Ctx, item: str) -> list[Hit]:
    """ "That's not much to ask", "a fair thing to want": the longing under the feeling is
    allowed, which acknowledges it as well."""
    return _kept(ctx, find_hits(K.NEED_LEGITIMIZED, ctx, item), _DENIED)


def perceived_state(ctx: Ctx) -> list[Hit]:
    """ "You sound wrung out", "it knocked you sideways": the partner's state named in the
    listener's own words, metaphor and slang included (the partner is the experiencer)."""
    return _kept(ctx, find_hits(K.PERCEIVED_STATE, ctx, "acknowledges_feeling"), _DENIED)


def kind_acknowledgements(ctx: Ctx) -> list[Hit]:
    return (
        legitimised_reaction(ctx)
        + perceived_state(ctx)
        + would_feel_it(ctx, "acknowledges_feeling")
        + need_legitimized(ctx, "acknowledges_feeling")
    )


def kind_legitimizing(ctx: Ctx) -> list[Hit]:
    return would_feel_it(ctx, "legitimizes_feeling") + need_legitimized(ctx, "legitimizes_feeling")


def kind_judging(ctx: Ctx) -> list[Hit]:
    """The feeling explained away as the partner's flaw, or the other person's side argued."""
    hits = find_hits(K.FEELING_EXPLAINED_AWAY, ctx, "judges_or_argues")
    # "even if she means well" grants their side and keeps the partner's
    hits += _kept(ctx, find_hits(K.THIRD_PARTY_SIDE, ctx, "judges_or_argues"), N.CONCEDED_BEFORE)
    if ctx.upset:  # the partner is upset with the listener: "I'd be cross too, but I was starving"
        hits += [
            h
            for h in find_hits(K.NOD_THEN_OWN_CASE, ctx, "judges_or_argues")
            if ctx.resp.masked.startswith("what", h.start)
            or K.WOULD_FEEL_IT.search(ctx.resp.masked[max(0, h.start - 120) : h.start])
        ]
        hits += find_hits(K.COMPLAINT_CALLED_UNFAIR, ctx, "judges_or_argues")
    return _not_theirs(ctx, hits)


def kind_minimizing(ctx: Ctx) -> list[Hit]:
    """A bright side or wider view the listener supplies (not one the partner named)."""
    return _not_theirs(ctx, find_hits(K.PERSPECTIVE, ctx, "minimizes"))


_LISTENER_AS_OBJECT = re.compile(r"^\s+(?:me|us)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|i've|i'm|i'd|ive|im)\b")
_NEW_TURN = re.compile(r"^\W*(?:but|anyway|anyways|still|though|oh\s+and|btw|by\s+the\s+way)\b")


def not_the_listeners(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """ "It really hurts me that you'd think that": the hurt is the listener's, not theirs."""
    return [h for h in hits if not _LISTENER_AS_OBJECT.match(ctx.resp.masked[h.end :])]


def interjections_about_them(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """ "Ouch", "ugh", "wow" acknowledge only as the opening of words about the partner: the rest
    of their sentence and the next one speak of "you" and not of the listener, and do not turn
    away ("but think of...", "anyway, did you ring...")."""
    kept = []
    good_news = "positive" in (ctx.partner.valence, ctx.partner.news)
    for h in hits:
        if good_news and V.DISMAY.match(ctx.resp.masked[h.start : h.end]):
            continue  # "oh no" to "the scan came back clear!" hears bad news nobody told
        sent = sentence_at(ctx.sents, h.start)
        end = sent.end if sent is not None else len(ctx.resp.masked)
        nxt = next((s for s in ctx.sents if s.start >= end), None)
        window = ctx.resp.masked[h.end : nxt.end if nxt is not None else end]
        if _NEW_TURN.match(window) or _NEW_TURN.match(ctx.resp.masked[end : end + 20]):
            continue
        if K.PARTNER_WORD.search(window) and not _FIRST_PERSON.search(window):
            kept.append(h)
    return kept


_ECHO_QUESTION = re.compile(r"^[\W_]*(?:[a-z']+\s+){0,2}[a-z']+\s*[?!]*\?[?!]*\s*$")


def not_an_echo_question(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """ "Chest pains?!": a word of theirs echoed back in alarm, not their feeling acknowledged."""
    kept = []
    for h in hits:
        sent = sentence_at(ctx.sents, h.start)
        if sent is not None and _ECHO_QUESTION.match(ctx.resp.masked[sent.start : sent.end + 3]):
            continue
        kept.append(h)
    return kept


def told_how_to_feel(ctx: Ctx, fixing: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """(warm, told): the "advice" hits that say a feeling they should have. One that fits theirs
    ("you should be really proud" to their joy) is warmth; one they did not name, over the one
    they did ("you ought to be livid" to sadness), tells them how to feel: it argues. Neither
    advises."""
    warm, told = [], []
    for h in fixing:
        m = K.SHOULD_FEEL.match(ctx.resp.masked, h.start)
        if m is None or h.item != "gives_advice":
            continue
        felt = [f for f in feelings_in(ctx.resp.masked) if f.start == m.end()]
        if not felt:
            continue
        if ctx.partner.judge(felt[0]) == "match":
            warm.append(h)
        elif ctx.partner.families:  # a feeling they named that this is not
            told.append(h)
    return warm, told
