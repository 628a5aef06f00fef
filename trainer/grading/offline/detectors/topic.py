"""Not hijacking: changing the subject, by a marker ("anyway", "by the way") or by a sentence on
a new subject after a token acknowledgement, with nothing of the partner's in it."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import (
    Ctx,
    Hit,
    find_hits,
    find_hits_by_sentence,
    sentence_at,
    tokens_of,
)
from trainer.grading.offline.detectors.fixing import (
    detect_advice,
    detect_plans,
    detect_solution_questions,
)
from trainer.grading.offline.detectors.reassurance import detect_reassurance
from trainer.grading.offline.detectors.sides import own_words
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.paraphrase import fields_of, people_fields
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.text import Sentence, content_stems

OFF_TOPIC = "changes_subject"


def _contains(sent: Sentence, hit: Hit) -> bool:
    return sent.start <= hit.start < sent.end + 1


def detect_topic_change(ctx: Ctx) -> list[Hit]:
    hits = []
    found = find_hits(H.TOPIC_CHANGE, ctx, OFF_TOPIC)
    found += [  # "^" in a pattern means a sentence's start too ("That sucks. Anyway, ...")
        h
        for h in find_hits_by_sentence(H.TOPIC_CHANGE, ctx, OFF_TOPIC)
        if not any(f.start <= h.start < f.end for f in found)
    ]
    for h in found:
        sent = sentence_at(ctx.sents, h.start)
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        explicit = re.search(
            r"\b(?:anyway|by\s+the\s+way|speaking\s+of|note|subject|unrelated|random)", chunk
        )
        # "did you sign the slip?" is a topic change only when it is not about what they raised;
        # one shared word ("moved" to "move the car") is not enough to be about it
        if explicit or len(set(content_stems(chunk)) & ctx.stmt_stems) < 2:
            hits.append(h)
    hits += _trailing_anyway(ctx)
    for h in find_hits_by_sentence(H.PIVOT, ctx, OFF_TOPIC):
        sent = sentence_at(ctx.sents, h.start)
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        if len(set(content_stems(chunk)) & ctx.stmt_stems) < 2:  # hardly anything of theirs
            hits.append(h)
    if hits:
        return hits
    hits = _detect_new_topic(ctx) or _late_turn(ctx)
    if hits:
        return hits
    # No marker: a remark with nothing of theirs in it, no feeling, no one in it ("Did you know
    # octopuses have three hearts?") has left the subject.
    text = ctx.resp.masked
    words = tokens_of(text)
    if (
        len(words) >= 5
        and not (set(content_stems(ctx.resp.text)) & ctx.stmt_stems)
        and not feelings_in(text)
        and not V.ACKNOWLEDGES.search(text)
        and not H.SELF_REF.search(text)
        and (not H.YOU_REF.search(text) or re.match(r"\s*did\s+(?:you|u)\s+know\b", text))
        and not A.REFLECTIVE_FRAME.search(text)
        # continuing their thread: "so...", "but that...", "people do..." refer back to it
        and not re.search(
            r"\b(?:that|this|it|it's|that's|those|these|they|them|such|people|there)\b", text
        )
        and not re.match(
            r"\s*(?:so|but|and|yeah|yes|right|mm|okay|ok|well|oh|uh|um|sure|true)\b", text
        )
    ):
        return [Hit(OFF_TOPIC, 0, len(text.rstrip()))]
    return []


# Questions and remarks that stay with the partner though they share no word with the statement
# ("How are you holding up?", "What was that like?", "Tell me more").
CHECK_IN = re.compile(
    r"\bhow\s+(?:are|r|were|have|was|is)\s+(?:you|u|that|it|things)\b|\b(?:are|r)\s+(?:you|u)\s+(?:ok|okay|alright|all\s+right)\b|"
    r"\bwhat\s+(?:was|is|'s)\s+(?:that|it)\s+like\b|\btell\s+me\b|\bwhat\s+happened\b|"
    r"\bwhat\s+(?:do|would)\s+(?:you|u)\s+need\b|\b(?:want|wanna)\s+to\s+talk\b|\bhere\s+for\s+(?:you|u)\b|"
    # asking how they want to be heard ("do you want to vent, or figure it out together?")
    r"\b(?:do\s+(?:you|u)\s+(?:want|need|wanna)|would\s+(?:you|u)\s+(?:like|rather|prefer)|would\s+it\s+help|"
    r"shall\s+i|should\s+i)\b[^.?!]{0,60}?\b(?:vent|rant|moan|offload|let\s+off\s+steam|listen|be\s+heard|"
    r"talk|figure|think\s+(?:it|this|things)\s+through|work\s+(?:it|this|things|out)|solv|brainstorm|advice|"
    r"ideas|help)"
)
# A sentence that opens by pointing back continues their thread ("That's...", "It must...").
_POINTS_BACK = re.compile(
    r"^\s*(?:(?:oh|and|but|so|yeah|well)\s*,?\s*)?(?:that|this|it|it's|that's|they|those|these|"
    r"such|which|people|anyone|everyone|nobody|no\s+one|there)\b"
)


# "How's the IVF going anyway?", "Are they still doing that away day anyway?": a question about
# something other than the partner, with a trailing "anyway", leaves the subject.
_ASKS_ABOUT_ELSE = re.compile(
    r"^\s*(?:(?:oh|so|and|but)\s*,?\s*)?(?:how's|how\s+is|how\s+was|how\s+are|what's|what\s+is|are|is|was|"
    r"were|did|does|do|has|have)\s+(?!(?:you|u|ya|it|that|this)\b)(?:the|your|ur|my|our|they|he|she|those|"
    r"these|[a-z]+'s)\b"
)


def _trailing_anyway(ctx: Ctx) -> list[Hit]:
    hits = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        asks = ctx.resp.masked[s.end : s.end + 3].lstrip().startswith("?")
        if asks and _ASKS_ABOUT_ELSE.search(chunk) and re.search(r"\banyway\s*(?:,|$)", chunk):
            hits.append(Hit(OFF_TOPIC, s.start, s.end))
    return hits


# "Oh, did the plumber ever ring you back?": a question thrown in after the reflection, opening
# with a turn of attention
_TURN_OPENER = re.compile(
    r"^\s*(?:oh|ooh|also|hey|btw|wait|oh\s+and|and\s+oh|oh\s+also)\s*[,!-]?\s*(?:and\s+)?(?:did|have|has|are|is|was|"
    r"were|do|does|what|what's|when|where|can|could|will)\b"
)
# ...or opening on news of something else with no turn word: "Did you see your mum's email about
# Christmas?", "Did you see the match on Saturday?"
_NEWS_OPENER = re.compile(
    r"^\s*(?:did|have|has)\s+(?:you|u)\s+(?:see|seen|catch|caught|watch|watched)\s+(?:the|your|ur|my|our|"
    r"[a-z]+'s)\s+(?!(?:doctor|gp|nurse|vet|dentist|therapist|counsellor|counselor|consultant|specialist|"
    r"police|lawyer|solicitor)\b)"
)
_REFERS_BACK = re.compile(r"\b(?:he|she|they|him|her|them|it|that|this|those|these|there|then)\b")


def _late_turn(ctx: Ctx) -> list[Hit]:
    """A question on something else after the reflection, however full the reflection was: it
    opens by turning ("oh, did...", "also, what...") and shares no word, field or person with
    the statement, names no feeling and points back at nothing of theirs."""
    for s in ctx.sents[1:]:
        chunk = ctx.resp.masked[s.start : s.end]
        asks = ctx.resp.masked[s.end : s.end + 3].lstrip().startswith("?")
        opens = _TURN_OPENER.match(chunk) or _NEWS_OPENER.match(chunk)
        if not (asks and opens) or len(content_stems(chunk)) < 2:
            continue  # the cheap test first: most replies have no such question
        body = chunk[opens.end() :]  # "did you see" shares nothing of theirs
        if (
            set(content_stems(body)) & ctx.stmt_stems
            or fields_of(chunk) & fields_of(ctx.stmt.text)
            or feelings_in(chunk)
            or CHECK_IN.search(chunk)
            or _REFERS_BACK.search(chunk)
        ):
            continue
        fixing = detect_advice(ctx) + detect_solution_questions(ctx) + detect_plans(ctx)
        if not any(_contains(s, h) for h in fixing):
            return [Hit(OFF_TOPIC, s.start, s.end)]
    return []


def _detect_new_topic(ctx: Ctx) -> list[Hit]:
    """A sentence after the first on a new subject (plans, food, TV, other people), without a
    marker: it shares no content word or meaning field with the statement, names no feeling,
    does not acknowledge or check in, and is not an answer to their problem (advice is fixing)."""
    stmt_fields = fields_of(ctx.stmt.text)
    fixing = detect_advice(ctx) + detect_solution_questions(ctx) + detect_plans(ctx)
    whole = ctx.resp.masked
    if detect_reassurance(ctx) or any(
        p.search(whole) for p in (V.MINIMIZES, V.JUDGES, V.SARCASM, V.SARCASM_MARKED)
    ):
        return []  # a bad answer to their problem is still on their problem
    for i, s in enumerate(ctx.sents[1:], 1):
        # only after a token acknowledgement ("Oh no.", "That's a lot."): a longer reflection's
        # later sentences may leave the statement's words and still be about it
        if any(len(tokens_of(ctx.resp.masked[p.start : p.end])) > 4 for p in ctx.sents[:i]):
            break
        chunk = ctx.resp.masked[s.start : s.end]
        own = own_words(chunk)
        asks = ctx.resp.masked[s.end : s.end + 3].lstrip().startswith("?")
        # "did you say anything back?" asks about theirs; "is there any lasagne left?" does not
        few = len(content_stems(own)) < 3 and (
            H.YOU_REF.search(own)
            or not asks
            or bool(fixing)  # "How much are they paying? Make sure...": on their matter
            or re.search(r"\b(?:they|them|he|she|it|sound|right|fair|true|sense)\b", own)
        )
        if (
            len(tokens_of(own)) < 4
            or few
            or set(content_stems(chunk)) & ctx.stmt_stems
            or fields_of(chunk) & stmt_fields
            or feelings_in(chunk)
            or V.ACKNOWLEDGES.search(chunk)
            or V.LEGITIMIZES.search(chunk)
            or A.REFLECTIVE_FRAME.search(chunk)
            or CHECK_IN.search(chunk)
            or _POINTS_BACK.search(chunk)
            or any(_contains(s, h) for h in fixing)
            or N.PLAN.search(chunk)  # "tonight we're doing a rota": fixing their problem
        ):
            continue
        # a new subject: a real question, the listener's or couple's own plans, other people
        if not (
            (asks and N.ASKS.search(chunk) and not N.ASKS_HOW_THEY_ARE.search(chunk))
            # an errand asked of them ("the car needs its service, can you drop it off?")
            or (asks and re.search(r"\b(?:can|could|will|would)\s+(?:you|u)\b", chunk))
            or (
                (N.OURS.search(own) or fields_of(chunk) & people_fields())
                and not H.YOU_REF.search(own)
            )
        ):
            continue
        return [Hit(OFF_TOPIC, s.start, s.end)]
    return []
