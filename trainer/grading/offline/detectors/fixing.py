"""Not fixing: advice, solution questions, plans, rushed reassurance, silver linings, and
asking permission before offering ideas (which is not a fix)."""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.grading.offline.detectors import fixing_frames as R
from trainer.grading.offline.detectors import fixing_offers as W
from trainer.grading.offline.detectors import steers as S
from trainer.grading.offline.detectors.context import (
    Ctx,
    Hit,
    find_hits,
    find_hits_by_sentence,
    overlaps,
    sentence_at,
    text_before,
)
from trainer.grading.offline.detectors.reassurance import good_news
from trainer.grading.offline.detectors.reproach import past_reproach, their_obligation
from trainer.grading.offline.patterns import clauses as C
from trainer.grading.offline.patterns import fixing as F
from trainer.grading.offline.patterns import fixing_everyday as E
from trainer.grading.offline.text import QUESTION_START, stem
from trainer.grading.offline.words import GRADER


def spoken(ctx: Ctx) -> Ctx:
    """The reply with spoken fillers and stutters blanked ("you could, um, like, ask"; "to-to"),
    offsets unchanged, so spoken advice reads as written advice."""
    text = ctx.resp.masked
    for filler in (E.STUTTER, E.SET_OFF_FILLERS, E.BARE_FILLERS):
        text = filler.sub(lambda m: " " * len(m.group()), text)
    if text != ctx.resp.masked:
        ctx = replace(ctx, resp=replace(ctx.resp, masked=text))
    return W.unhedged(ctx)  # "worth, if you felt like it, possibly trying" reads "worth trying"


def detect_advice(ctx: Ctx) -> list[Hit]:
    """Directives and suggestions aimed at the partner, with or without "should"."""
    ctx = spoken(ctx)
    hits: list[Hit] = []
    for m in F.ADVICE.finditer(ctx.resp.masked):
        before = text_before(ctx, m.start())
        if F.ADVICE_NEGATED_BEFORE.search(before) or F.REPORTED_BEFORE.search(before):
            continue
        text = m.group()
        if past_reproach(ctx, m.start()):
            continue  # "you could have rung me": the past, a reproach or a guess, not a step
        if their_obligation(ctx, m.start()):
            continue  # "I need to tell him" -> "you'll have to tell him": theirs, said back
        if re.match(r"i(?:'d|\s+would)\b", text) and _SUBORDINATOR_BEFORE.search(before):
            continue  # "put it where I'd see it": the listener's "would" inside a clause
        if E.NEED_OF_LISTENER.match(ctx.resp.masked[m.start() :]):
            continue  # "you need to be able to rely on me": their need, reflected
        if re.match(r"(?:you|u|just|simply|i'd|i\s+would)\b", text) and E.THEIR_WISH.search(
            re.split(r"[.!?;,\n]", before)[-1]
        ):
            continue  # "you'd love a night where...", "you wish I'd just remember": their wish
        # "you can talk to me" is an offer, not advice
        if re.search(r"\b(?:me|us)\s*$", ctx.resp.masked[m.start() : m.end() + 4]):
            continue
        if re.match(r"(?:you|u|ya)\b", text) and _subordinate(before, text):
            continue
        # "you must be exhausted" is an empathic guess, not an order
        if re.match(
            r"(?:you|u|ya)\s+(?:\w+\s+)?must\s+(?:\w+\s+)?(?:be|feel|have|miss|hate|dread|wish|wonder|hurt|"
            r"ache|regret|worry|fear|long|crave)\b",
            ctx.resp.masked[m.start() :],
        ):
            continue
        # "you just get...": a subject before "just <verb>" makes it a statement
        if re.match(r"(?:just|simply)\b", text) and re.search(
            r"\b(?:you|u|he|she|they|i|we|it|who|that)\s*$", before
        ):
            continue
        if re.search(r"\bof\s+course\s*$", before):
            continue  # "of course you can keep it": permission, not a fix
        if W.feeling_in_their_place(ctx, m.start(), m.end()):
            continue  # "if it were me I'd be livid": the listener's feeling in their place
        sent = sentence_at(ctx.sents, m.start())
        if (
            sent
            and sent.is_question
            and F.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end])
        ):
            continue
        hits.append(Hit("gives_advice", m.start(), m.end()))
    hits += _everyday_advice(ctx)
    for h in S.detect_remedy_facts(ctx):
        before = text_before(ctx, h.start)
        if not (
            overlaps(h, hits)
            or F.ADVICE_NEGATED_BEFORE.search(before)
            or F.REPORTED_BEFORE.search(before)
        ):
            hits.append(h)
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
        if start and not (
            _imperative_is_listener_move(chunk)
            or C.FOR_EXAMPLE.match(chunk)
            or W.not_an_order(ctx, chunk, start.end())
        ):
            hits.append(Hit("gives_advice", s.start, s.start + start.end()))
    hits += [h for h in _instructions(ctx) if not overlaps(h, hits)]
    hits += [h for h in W.hedged_advice(ctx) + W.instruction_rows(ctx) if not overlaps(h, hits)]
    hits = [h for h in hits if not R.excused_advice(ctx, h)]
    extra = R.framed_advice(ctx) + R.future_requests(ctx)
    return hits + [h for h in extra if not overlaps(h, hits)]


# "you had to watch her do it and then find...": a subject earlier in the clause, and "and then".
_SUBJECT_GOES_ON = re.compile(r"\b(?:you|he|she|they|we|i)\b[^,.;:!?]*$")
# "you go every day, sit with her, and drive home": the partner's own doings, a series of verbs.
_THEIR_ACTION = re.compile(
    r"(?:you|u)\s+(?:\w+\s+)?(?!should\b|could\b|need\b|must\b|might\b|may\b|can\b|'ll\b|will\b|"
    r"gotta\b|got\s+to\b|ought\b|have\s+to\b|had\s+better\b|'d\b|better\b|know\s+what\b)[a-z]+"
)
# A clause joined by "and"/"or"/"then" shares the subject before it.
_JOINED = re.compile(r"(?:and|or|then|nor)\b")
# "I'll just print some money, shall I": a tag turns it into a (sarcastic) question.
_TAG = re.compile(r"\b(?:shall|should|will|can)\s+(?:i|we)\s*[?!.]*$")


# A word that opens a subordinate clause: "where I'd see it", "so that I'd know".
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:where|when|whenever|that|which|if|because|cos|cause|how|why|who|till|until|"
    r"before|after|as|though|than|unless|once|whether)\s+$"
)


def _instructions(ctx: Ctx) -> list[Hit]:
    """Clauses that open with a base-form verb after softeners ("babe, honestly, flog it"),
    or "don't" + a verb: an instruction to the partner, in words no phrase list names."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    told = series = False
    for s in ctx.sents:
        chunk = text[s.start : s.end]
        if (s.is_question and QUESTION_START.match(chunk)) or F.ASKS_PERMISSION.search(chunk):
            continue
        # the sentence splitter cuts at ", and then": such a sentence goes on from the last one
        first = text[: s.start].rstrip()[-1:] not in (",", ";")
        told, series = told and not first, series and not first
        for a, b in C.clauses(text, s.start, s.end):
            clause = text[a:b]
            if not first and s.is_question:
                break  # "what was I meant to do, lie to his face?": a protest, not a step
            if not first and not told and (_JOINED.match(clause) or series):
                continue  # "you had to hear it, and then cover it": their subject goes on
            series = series or bool(_THEIR_ACTION.match(text, C.strip_lead(text, a, b)))
            if not (
                F.INVITATION.match(clause)
                or E.INTERJECTION_START.match(clause)
                or E.HOW_TO_FEEL.match(clause)
                or _REPEATED.match(clause)
                or (not first and E.THEIR_WISH.search(text[s.start : a]))
            ):
                found = C.instruction_at(text, a, b, first=first)
                before = text_before(ctx, a)
                if found and not (
                    F.ADVICE_NEGATED_BEFORE.search(before)
                    or F.REPORTED_BEFORE.search(before)
                    or _summed_up(clause, text[b : s.end])
                ):
                    hits.append(Hit("gives_advice", found.start, found.end))
                    told = True
            first = first and len(clause.split()) <= 2  # "oh no, ..." still opens the sentence
    return hits


# "interview after interview", "call upon call": a noun said twice is a run of events, no order
_REPEATED = re.compile(r"\s*(?:[a-z]+\s+)?([a-z]+)\s+(?:after|upon|on)\s+\1\b")
# "Double shifts and a teething baby on top, you must be dead on your feet": a list of what they
# face, then a word on how it must feel; the first word is no verb ("take a break and have a
# bath, you must be exhausted" still is: "and" joins verbs there)
_LISTED = re.compile(r"\band\s+(?:a|an|the|still|no|now|then|another|your|his|her|their|all)\b")
_SUMMED = re.compile(
    r"\s*[,-]*\s*(?:(?:that|this|it|you|which)(?:'s|'re|\s+(?:must|sounds?|is|was|are|were|seems?))|"
    r"no\s+wonder|what\s+a|how\s+(?:awful|hard|exhausting|rough))\b"
)


def _summed_up(clause: str, after: str) -> bool:
    return bool(_LISTED.search(clause) and _SUMMED.match(after))


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
            if (
                pattern is E.CLAUSE_IMPERATIVE
                and m.group().lstrip().startswith("and")
                and _SUBJECT_GOES_ON.search(ctx.resp.masked[sent.start if sent else 0 : m.start()])
            ):
                continue  # "you had to watch her and then find words": their subject goes on
            lead = len(m.group()) - len(m.group().lstrip(",;: "))  # evidence starts at a word
            hits.append(Hit("gives_advice", m.start() + lead, m.end()))
    return hits


# Clause openers, and stance adverbs that report rather than subordinate ("apparently you can
# ask them to...").
_CLAUSE_OPENERS: frozenset[str] = GRADER.clause_openers | frozenset(
    "apparently supposedly technically obviously presumably frankly surely actually legally".split()
)

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
            rf"^{F.DISCOURSE}(?:[a-z]+|talk\s+to)\s+(?:me|us)\b|^(?:see|look|listen)\s*,|^(?:get|got)\s+(?:it|that|you)\b|"
            r"^(?:be|feel)\s+(?:proud|angry|sad|upset|whatever)|^(?:do|don't|be)\b\s*(?:you|u)\b|"
            rf"^{F.DISCOURSE}(?:get|got)\s+(?:it|that|you)\b|"
            r"^(?:take|thank)\s+(?:your\s+time|you)|^do\s+(?:you|u)\b|^say\s+more|^make\s+sense",
            chunk,
        )
    )


def detect_solution_questions(ctx: Ctx) -> list[Hit]:
    ctx = spoken(ctx)
    hits: list[Hit] = []
    found = find_hits_by_sentence(F.SOLUTION_QUESTION, ctx, "solution_question")
    found += find_hits_by_sentence(E.SOLUTION_QUESTION, ctx, "solution_question")
    found += [h for h in S.detect_steer_questions(ctx) if not overlaps(h, found)]
    for m in found:
        sent = sentence_at(ctx.sents, m.start)
        if sent is None or not sent.is_question:
            continue
        if F.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end]):
            continue
        hits.append(m)
    hits += [h for h in W.we_step_questions(ctx) if not overlaps(h, hits)]
    return hits + [h for h in R.step_questions(ctx) if not overlaps(h, hits)]


def detect_plans(ctx: Ctx) -> list[Hit]:
    if good_news(ctx):
        return []  # "we should celebrate, I'll book the Italian": good news has no problem to fix
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
        if W.not_the_listeners_plan(ctx, h):
            continue  # "he never lets on", "she asks when I'll get a proper job"
        said = ctx.resp.masked[h.start : h.end].split()
        if said and W.comfort_offer(said[-1], ctx.resp.masked, h.end):
            continue  # "I'll make us a cuppa and you can tell me all of it": comfort
        hits.append(h)
    hits += [h for h in S.detect_offer_questions(ctx) if not overlaps(h, hits)]
    hits += [h for h in _grammar_plans(ctx) if not overlaps(h, hits)]
    hits += [h for h in W.offers(ctx) if not overlaps(h, hits)]
    return [h for h in hits if not R.excused_plan(ctx, h)]


_THEIR_PLAN = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|'re\s+going\s+to|'m\s+gonna|'re\s+gonna|\s+have\s+to|"
    r"\s+need\s+to|\s+should|\s+want\s+to|'re\s+planning|'m\s+planning|\s+plan\s+to|\s+might)\b"
)


def _grammar_plans(ctx: Ctx) -> list[Hit]:
    """The listener's or the couple's plan on the problem ("I'll phone them tomorrow", "we can
    get her up earlier"), unless it is the partner's own plan said back."""
    text = ctx.resp.masked
    theirs = bool(_THEIR_PLAN.search(ctx.stmt.text))
    hits: list[Hit] = []
    for s in ctx.sents:
        chunk = text[s.start : s.end]
        if s.is_question or F.ASKS_PERMISSION.search(chunk) or _TAG.search(chunk):
            continue
        for found in C.plans_in(text, s.start, s.end):
            if theirs and stem(found.verb) in ctx.stmt_stems:
                continue  # "so we'll sell the flat": their plan, reflected
            if E.THEIR_WISH.search(text[s.start : found.start]):
                continue
            if W.comfort_offer(found.verb, text, found.start):
                continue  # "I'll put the kettle on and we can talk it through": comfort
            hits.append(Hit("proposes_plan", found.start, found.end))
    return hits


def detect_permission(ctx: Ctx) -> list[Hit]:
    return find_hits(F.ASKS_PERMISSION, ctx, "asks_permission")
