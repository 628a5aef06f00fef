"""Not fixing: advice, solution questions, plans, rushed reassurance, silver linings, and
asking permission before offering ideas (which is not a fix)."""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.grading.offline.detectors.context import (
    Ctx,
    Hit,
    find_hits,
    find_hits_by_sentence,
    sentence_at,
    text_before,
)
from trainer.grading.offline.patterns import fixing as F
from trainer.grading.offline.patterns import fixing_everyday as E
from trainer.grading.offline.text import QUESTION_START
from trainer.grading.offline.words import GRADER


def spoken(ctx: Ctx) -> Ctx:
    """The reply with spoken fillers and stutters blanked ("you could, um, like, ask"; "to-to"),
    offsets unchanged, so spoken advice reads as written advice."""
    text = ctx.resp.masked
    for filler in (E.STUTTER, E.SET_OFF_FILLERS, E.BARE_FILLERS):
        text = filler.sub(lambda m: " " * len(m.group()), text)
    if text == ctx.resp.masked:
        return ctx
    return replace(ctx, resp=replace(ctx.resp, masked=text))


def detect_advice(ctx: Ctx) -> list[Hit]:
    """Directives and suggestions aimed at the partner, with or without "should"."""
    ctx = spoken(ctx)
    hits: list[Hit] = []
    for m in F.ADVICE.finditer(ctx.resp.masked):
        before = text_before(ctx, m.start())
        if F.ADVICE_NEGATED_BEFORE.search(before) or F.REPORTED_BEFORE.search(before):
            continue
        text = m.group()
        if E.NEED_OF_LISTENER.match(ctx.resp.masked[m.start() :]):
            continue  # "you need to be able to rely on me": their need, reflected
        if re.match(r"(?:you|u)\b", text) and E.THEIR_WISH.search(
            re.split(r"[.!?;,\n]", before)[-1]
        ):
            continue  # "you'd love a night where you can switch off": inside their wish
        # "you can talk to me" is an offer, not advice
        if re.search(r"\b(?:me|us)\s*$", ctx.resp.masked[m.start() : m.end() + 4]):
            continue
        if re.match(r"(?:you|u|ya)\b", text) and _subordinate(before, text):
            continue
        # "you must be exhausted" is an empathic guess, not an order
        if re.match(r"(?:you|u|ya)\s+(?:\w+\s+)?must\s+(?:be|feel|have\s+been)\b", text):
            continue
        # "you just get...": a subject before "just <verb>" makes it a statement
        if re.match(r"(?:just|simply)\b", text) and re.search(
            r"\b(?:you|u|he|she|they|i|we|it|who|that)\s*$", before
        ):
            continue
        if re.search(r"\bof\s+course\s*$", before):
            continue  # "of course you can keep it": permission, not a fix
        sent = sentence_at(ctx.sents, m.start())
        if (
            sent
            and sent.is_question
            and F.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end])
        ):
            continue
        hits.append(Hit("gives_advice", m.start(), m.end()))
    hits += _everyday_advice(ctx)
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        # "Then take a different road?" is an imperative with a question mark
        if s.is_question and QUESTION_START.match(chunk):
            continue
        if F.INVITATION.match(chunk) or F.HEDGED_QUESTION.search(chunk):
            continue
        if E.INTERJECTION_START.match(chunk) or E.HOW_TO_FEEL.match(chunk):
            continue  # "hang on, ...", "don't take it so personally": no course of action
        start = F.IMPERATIVE_START.match(chunk)
        if start and not _imperative_is_listener_move(chunk):
            hits.append(Hit("gives_advice", s.start, s.start + start.end()))
    return hits


def _everyday_advice(ctx: Ctx) -> list[Hit]:
    """Advice with no "should": a fact or a remedy offered as the step, a softened proposal,
    an imperative that opens a later clause ("I know it's a lot, write it all down")."""
    hits: list[Hit] = []
    for pattern in (E.ADVICE, E.CLAUSE_IMPERATIVE, E.GIVE_A_CHANCE, E.GERUND_HELPS):
        for m in pattern.finditer(ctx.resp.masked):
            before = text_before(ctx, m.start())
            if F.ADVICE_NEGATED_BEFORE.search(before) or F.REPORTED_BEFORE.search(before):
                continue
            if pattern is E.GIVE_A_CHANCE and E.SUBJECT_BEFORE.search(before):
                continue  # "she won't give him a chance": a report, not a step
            sent = sentence_at(ctx.sents, m.start())
            if sent and F.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end]):
                continue
            if pattern in (E.CLAUSE_IMPERATIVE, E.GERUND_HELPS) and sent and sent.is_question:
                continue  # "what was I supposed to do, start a row?": a protest, not a step
            lead = len(m.group()) - len(m.group().lstrip(",;: "))  # evidence starts at a word
            hits.append(Hit("gives_advice", m.start() + lead, m.end()))
    return hits


_CLAUSE_OPENERS: frozenset[str] = GRADER.clause_openers

_ADVICE_LEAD_VERBS: frozenset[str] = GRADER.advice_lead_verbs


def _subordinate(before: str, text: str) -> bool:
    """'what you can do', 'a language you could join': the modal sits inside a clause."""
    clause = re.split(r"[.!?;,:\n()\-]", before)[-1]
    words = re.findall(r"[a-z']+", clause)
    if not words:
        return False
    last = words[-1]
    if last in _CLAUSE_OPENERS or last in _ADVICE_LEAD_VERBS:
        return False
    if (
        last in ("that", "like")
        and len(words) >= 3
        and words[-2] == "feel"
        and words[-3] in ("you", "u")
    ):
        return True  # "you feel that you need to rest": their sense of it, reflected
    if last == "that" and len(words) >= 2 and words[-2] in _ADVICE_LEAD_VERBS | {"feel"}:
        return False
    # "I feel like you should..." is advice; "you feel like you have to..." is a reflection
    return not (last == "like" and len(words) >= 3 and words[-2] == "feel" and words[-3] == "i")


def _imperative_is_listener_move(chunk: str) -> bool:
    return bool(
        re.match(
            rf"^{F.DISCOURSE}(?:tell|talk\s+to|let|give|show|help|walk|forgive|remind|hug|hold)"
            r"\s+(?:me|us)\b|^(?:see|look|listen)\s*,|^(?:get|got)\s+(?:it|that|you)\b|"
            r"^(?:be|feel)\s+(?:proud|angry|sad|upset|whatever)|^(?:do|don't|be)\b\s*(?:you|u)\b|"
            r"^(?:take|thank)\s+(?:your\s+time|you)|^do\s+(?:you|u)\b|^say\s+more|^make\s+sense",
            chunk,
        )
    )


def detect_solution_questions(ctx: Ctx) -> list[Hit]:
    ctx = spoken(ctx)
    hits: list[Hit] = []
    found = find_hits_by_sentence(F.SOLUTION_QUESTION, ctx, "solution_question")
    found += find_hits_by_sentence(E.SOLUTION_QUESTION, ctx, "solution_question")
    for m in found:
        sent = sentence_at(ctx.sents, m.start)
        if sent is None or not sent.is_question:
            continue
        if F.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end]):
            continue
        hits.append(m)
    return hits


def detect_plans(ctx: Ctx) -> list[Hit]:
    ctx = spoken(ctx)
    hits = []
    found = find_hits(F.PROPOSES_PLAN, ctx, "proposes_plan") + find_hits(
        E.OFFERS, ctx, "proposes_plan"
    )
    for h in found:
        if re.search(r"\byou(?:'d)?\s+(?:just\s+|really\s+|only\s+)?$", text_before(ctx, h.start)):
            continue  # "you want me to see it": their need, reflected
        sent = sentence_at(ctx.sents, h.start)
        if sent and F.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end]):
            continue
        hits.append(h)
    return hits


def detect_reassurance(ctx: Ctx) -> list[Hit]:
    """Reassurance that rushes past a hard feeling. Good news has no feeling to rush past."""
    if ctx.partner.valence == "positive" and ctx.partner.families - {"love"}:
        return []  # loving someone who left is not good news: "time will help" still rushes
    hits = []
    for m in F.RUSHING_REASSURANCE.finditer(ctx.resp.masked):
        if F.REASSURANCE_NEGATED_BEFORE.search(text_before(ctx, m.start())):
            continue
        sent = sentence_at(ctx.sents, m.start())
        if sent and sent.is_question and not m.group().startswith("don't"):
            continue
        hits.append(Hit("rushing_reassurance", m.start(), m.end()))
    return hits


def detect_silver_lining(ctx: Ctx) -> list[Hit]:
    return [
        h
        for h in find_hits(F.SILVER_LINING, ctx, "silver_lining")
        if not F.REASSURANCE_NEGATED_BEFORE.search(text_before(ctx, h.start))
    ]


def detect_permission(ctx: Ctx) -> list[Hit]:
    return find_hits(F.ASKS_PERMISSION, ctx, "asks_permission")
