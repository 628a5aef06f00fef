"""Not fixing: reassurance that rushes past the feeling ("it'll be fine"), a forecast that it will
work out, and a bright side brought in. Split from detectors/fixing.py."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors import fixing_frames as R
from trainer.grading.offline.detectors import fixing_offers as W
from trainer.grading.offline.detectors import steers as S
from trainer.grading.offline.detectors.context import (
    Ctx,
    Hit,
    find_hits,
    overlaps,
    sentence_at,
    text_before,
)
from trainer.grading.offline.patterns import outlook as O
from trainer.grading.offline.patterns import reassurance as RA


def detect_reassurance(ctx: Ctx) -> list[Hit]:
    """Reassurance that rushes past a hard feeling. Good news has no feeling to rush past."""
    if good_news(ctx):
        return []  # loving someone who left is not good news: "time will help" still rushes
    hits = []
    for m in RA.RUSHING_REASSURANCE.finditer(ctx.resp.masked):
        before = text_before(ctx, m.start())
        if RA.REASSURANCE_NEGATED_BEFORE.search(before) or S.QUOTED_BEFORE.search(before):
            continue
        sent = sentence_at(ctx.sents, m.start())
        if sent and sent.is_question and not m.group().startswith("don't"):
            continue
        hits.append(Hit("rushing_reassurance", m.start(), m.end()))
    hits += [h for h in _forecasts(ctx) if not overlaps(h, hits)]
    hits += [h for h in S.detect_settled(ctx) + R.experts_can(ctx) if not overlaps(h, hits)]
    return [h for h in hits if not R.excused_reassurance(ctx, h)]


def good_news(ctx: Ctx) -> bool:
    """Good news has no hard feeling to rush past or problem to fix; loving someone who left
    is not good news."""
    return ctx.partner.valence == "positive" and bool(ctx.partner.families - {"love"})


def _forecasts(ctx: Ctx) -> list[Hit]:
    """A good outcome foretold in everyday words ("you'll ace it", "she'll come round"),
    unless it is their own hope or fear said back or asked about."""
    hits: list[Hit] = []
    for m in list(O.FORECAST.finditer(ctx.resp.masked)) + list(
        O.RIGHT_ONE.finditer(ctx.resp.masked)
    ):
        sent = sentence_at(ctx.sents, m.start())
        if sent is None or sent.is_question:
            continue
        before = ctx.resp.masked[sent.start : m.start()]
        if RA.REASSURANCE_NEGATED_BEFORE.search(before) or O.THEIR_FORECAST.search(before):
            continue
        if O.RELATIVE_SUBJECT.match(m.group()) and O.NOUN_BEFORE.search(before):
            continue  # "things you can do that will improve it": a relative clause
        hits.append(Hit("rushing_reassurance", m.start(), m.end()))
    for m in O.KINDNESS.finditer(ctx.resp.masked):
        sent = sentence_at(ctx.sents, m.start())
        if sent is None or sent.is_question or overlaps(Hit("", m.start(), m.end()), hits):
            continue
        before = ctx.resp.masked[sent.start : m.start()]
        if RA.REASSURANCE_NEGATED_BEFORE.search(before) or O.THEIR_FORECAST.search(before):
            continue
        words = m["verb"].split()
        verb = r"\s+".join(map(re.escape, words[: 2 if words[0] in _LIGHT else 1]))
        if re.search(
            rf"(?:'ll|will|'d|would|going\s+to|gonna|\bto)\s+(?:\w+\s+)?{verb}\b", ctx.stmt.text
        ):
            continue  # "they said they'll ring me back": their news said back, not comfort
        if _CONTACT.match(m["verb"]) and not (_SURE.search(m.group()) or _SURE.search(before)):
            continue  # "the hospital will call you this week": a fact of their wait, no comfort
        hits.append(Hit("rushing_reassurance", m.start(), m.end()))
    return hits


# Getting in touch is news unless it is promised: "she'll probably ring you", "I bet he calls".
_CONTACT = re.compile(
    r"(?:reach\s+out|(?:get|be)\s+in\s+touch|call|ring|phone|text|message|email|get\s+back|pop\s+up)\b"
)
# verbs that say little alone: "be", "get", "go" are read with the word after them
_LIGHT = frozenset({"be", "get", "go", "come", "give", "let", "see", "pop", "reach"})
_SURE = re.compile(
    r"\b(?:probably|likely|definitely|surely|soon|bound\s+to|sure|bet|reckon|maybe|i\s+know|no\s+doubt|"
    r"promise|guarantee|watch|any\s+(?:minute|day|time)|before\s+you\s+know\s+it)\b"
)


def detect_silver_lining(ctx: Ctx) -> list[Hit]:
    hits = [
        h
        for h in find_hits(RA.SILVER_LINING, ctx, "silver_lining")
        if not RA.REASSURANCE_NEGATED_BEFORE.search(text_before(ctx, h.start))
        and not _reported(text_before(ctx, h.start))
        and not O.THEIR_VIEW.search(_sentence_before(ctx, h.start))
        and not _their_loss_said_back(ctx, h)
    ]
    hits += [h for h in _reframes(ctx) if not overlaps(h, hits)]
    if good_news(ctx):
        return hits
    return hits + [h for h in W.rated_fine(ctx) if not overlaps(h, hits)]


# "I'll never see him again": the loss they told, so saying it back is no bright side
_THEIR_LOSS = re.compile(r"\bnever\s+(?:going\s+to\s+|gonna\s+)?see\s+(?:him|her|them)\s+again\b")


def _their_loss_said_back(ctx: Ctx, hit: Hit) -> bool:
    """ "You'll never see him again" to "I'll never see him again": their loss, not a bright side
    (unless offered as one: "at least you'll never see him again")."""
    said = ctx.resp.masked[hit.start : hit.end]
    return bool(
        _THEIR_LOSS.search(ctx.stmt.text)
        and _THEIR_LOSS.search(said)
        and not re.search(r"\bat\s+least\s*$", text_before(ctx, hit.start))
    )


# "you were made to say you're lucky": a bright side someone else said, reported ("I want to
# gently say that..." is the listener's own voice, not a report).
_SAID_BEFORE = re.compile(
    r"\b(?:say|said|saying|says|tell|told|telling)\s+(?:that\s+)?(?:[a-z']+\s+)?$"
)
_MY_OWN_SAYING = re.compile(
    r"\b(?:i|can\s+i)(?:'d(?:\s+like\s+to)?|\s+(?:just\s+)?(?:want(?:ed)?\s+to|would(?:\s+like\s+to)?|must|"
    r"have\s+to|gotta|can))\s+(?:\w+\s+)?(?:say|tell)\s+(?:you\s+)?(?:that\s+)?(?:[a-z']+\s+)?$"
)


def _reported(before: str) -> bool:
    """A bright side someone else said, reported; "I want to gently say that..." is the
    listener's own voice."""
    return bool(_SAID_BEFORE.search(before)) and not _MY_OWN_SAYING.search(before)


def _sentence_before(ctx: Ctx, pos: int) -> str:
    sent = sentence_at(ctx.sents, pos)
    return ctx.resp.masked[sent.start : pos] if sent else ""


def _reframes(ctx: Ctx) -> list[Hit]:
    """A bright side said as a plain fact ("now you get to...", "it just means..."); good
    news has no loss to reframe, and a question explores rather than tells."""
    if good_news(ctx):
        return []
    hits: list[Hit] = []
    for h in find_hits(O.REFRAME, ctx, "silver_lining"):
        sent = sentence_at(ctx.sents, h.start)
        if sent is None or sent.is_question:
            continue
        before = ctx.resp.masked[sent.start : h.start]
        if (
            RA.REASSURANCE_NEGATED_BEFORE.search(before)
            or O.THEIR_VIEW.search(before)
            or _reported(before)
        ):
            continue
        hits.append(h)
    return hits
