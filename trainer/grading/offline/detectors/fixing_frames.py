"""Not fixing by the frame a clause stands in (see patterns/fixing_frames.py): advice look-alikes
that are about the listener, the past or nothing at all, and advice in a reflective frame, in
the listener's own past or asked in the perfect."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit, sentence_at
from trainer.grading.offline.patterns import clauses as C
from trainer.grading.offline.patterns import fixing_everyday as E
from trainer.grading.offline.patterns import fixing_frames as P
from trainer.grading.offline.text import stem

_WORD = re.compile(r"[a-z][a-z']*")
# A turn from their wish to the listener's view: "you want X, but it would help to...".
_TURN = re.compile(r"\b(?:but|though|however|so|still|yet|instead)\b")


def _sentence(ctx: Ctx, pos: int) -> tuple[int, int]:
    s = sentence_at(ctx.sents, pos)
    return (s.start, s.end) if s else (0, len(ctx.resp.masked))


def _one_up_spans(ctx: Ctx) -> list[tuple[int, int]]:
    text = ctx.resp.masked
    return [(m.start(), _sentence(ctx, m.start())[1]) for m in P.ONE_UP.finditer(text)]


def one_up_hits(ctx: Ctx, found: list[Hit]) -> list[Hit]:
    """A one-up retort ("try living with my back") tells the listener's own lot: not hijacking's
    cost (a story of their own), where not fixing no longer counts it. Hits overlapping `found`
    are left out."""
    hits = [Hit("me_too_story", a, b) for a, b in _one_up_spans(ctx)]
    if ctx.upset:  # "I work till seven so you could go part time": what the listener gave up
        text = ctx.resp.masked
        for m in re.finditer(
            r"\bso(?:\s+that)?\s+(?:you|u)\s+(?:could|can|would|were\s+able\s+to)\b", text
        ):
            start, _ = _sentence(ctx, m.start())
            if re.search(r"[a-z0-9']\s+$", text[start : m.start()]) and re.search(
                r"\bi(?:'ve|'m|\s+(?:was|had|did|do|work|worked|only|gave|took))?\b",
                text[start : m.start()],
            ):
                hits.append(Hit("counter_complaint", start, C.clause_end(text, m.end())))
    return [h for h in hits if not any(f.start < h.end and h.start < f.end for f in found)]


def _habitual_would(ctx: Ctx, pos: int) -> bool:
    """ "I'd sit in the car" after a past-tense clause: the listener's habit in their story."""
    text = ctx.resp.masked
    if not re.match(r"i(?:'d|\s+would)\b", text[pos:]):
        return False
    start, end = _sentence(ctx, pos)
    if P.ADVISING_WOULD.search(text, start, end):
        return False
    if P.WOULD_PERFECT.match(text, pos) and (ctx.upset or P.PAST_CLAUSE.search(text, start, pos)):
        return True  # "I'd have let them down": the listener's counterfactual, a defence
    if P.PAST_CLAUSE.search(text, start, pos):
        return True
    before = [s for s in ctx.sents if s.end <= start]
    return bool(
        before
        and P.PAST_CLAUSE.search(text, before[-1].start, before[-1].end)
        and P.HABIT.search(text, pos, end)
    )


def excused_advice(ctx: Ctx, hit: Hit) -> bool:
    """Is this advice hit no step for the partner: a one-up retort, the listener's past habit
    or counterfactual, an exclamation, "mind you", a purpose clause, or a mock plan with a tag?"""
    text = ctx.resp.masked
    if any(a <= hit.start <= b for a, b in _one_up_spans(ctx)):
        return True
    if _habitual_would(ctx, hit.start):
        return True
    start, end = _sentence(ctx, hit.start)
    if P.EXCLAMATION.match(text[start:end].strip()):
        return True
    if P.MIND_YOU.match(text, hit.start):
        return True
    if P.TAG.search(text[start:end]):
        return True  # "I'll just go and win the lottery, shall I?": mockery
    if re.match(r"(?:you|u)\b", text[hit.start :]) and P.PURPOSE_SO.search(text[start : hit.start]):
        return True  # "I work late so you could go part time": the purpose of what was done
    wish = E.THEIR_WISH.search(text, start, hit.start)
    if (
        wish
        and re.match(r"(?:it|that|this)\b", text[hit.start :])
        and not _TURN.search(text, wish.end(), hit.start)
    ):
        return True  # "you'd like to try an app and that might help": their own idea, said back
    sent = sentence_at(ctx.sents, hit.start)
    if P.THEIR_THOUGHT_BEFORE.search(text[start : hit.start]) and not (sent and sent.is_question):
        return True  # "you're thinking it might be time to get help": their own thought
    if _their_reported_words(ctx, hit.start):
        return True  # "he said to get over it" -> "get over it, like it's nothing": his words
    stop = re.compile(r"[.!?]|$").search(text, sent.end) if sent else None
    if (
        sent
        and stop
        and _OFFER_IF_WANTED.search(text, sent.start, stop.end())
        and _LISTENER_OFFERS.search(text, sent.start, stop.end())
    ):
        return True  # "I could sit with you and go over it, but only if you want that"
    if P.RIGHT_TO_LISTENER.match(text, hit.start):
        return True  # "you should be able to tell me things": their right
    return bool(ctx.upset and P.NEED_OF_A_PERSON.match(text, hit.start))


# An offer of the listener's own, left to the partner's wish: "only if you want that".
_OFFER_IF_WANTED = re.compile(
    r"\bonly\s+if\s+(?:you|u)\s+(?:want|'d\s+like|would\s+like|feel\s+like|wanna)\b|"
    r"\bif\s+(?:you|u)(?:'d|\s+would)?\s+(?:want|like|wanna)\s+(?:me\s+to|that|it)\b"
)
_LISTENER_OFFERS = re.compile(
    r"\bi\s+(?:could|can|'ll|will|'d|would|'m\s+happy\s+to|am\s+happy\s+to)\s+(?:\w+\s+)?"
    r"(?:sit|come|help|go|look|call|ring|drive|take|bring|make|do|cook|pick|stay|be)\b"
)


# Someone's words reported in the statement: "he said I should just get over it".
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|saying|telling|keeps?\s+(?:saying|telling)|goes|went)\b"
)


def _their_reported_words(ctx: Ctx, pos: int) -> bool:
    """An order the partner reported someone giving them, said back: every word of its clause
    is in the statement, and the statement reports speech."""
    text = ctx.resp.masked
    words = _WORD.findall(text[pos : C.clause_end(text, pos)])
    said = set(_WORD.findall(ctx.stmt.text))
    return bool(
        len(words) >= 2
        and _REPORTED.search(ctx.stmt.text)
        and all(w in said or stem(w) in ctx.stmt_stems for w in words)
    )


def framed_advice(ctx: Ctx) -> list[Hit]:
    """A step in a reflective frame ("sounds like you need to ring HR"), "it's time to <step>",
    and a remedy from the listener's own past ("physio was the only thing that sorted it")."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for m in P.FRAME_MODAL.finditer(text):
        start, _ = _sentence(ctx, m.start())
        if m.group(1) in C.INSTRUCTION_VERBS and P.FRAME_BEFORE.search(text[start : m.start()]):
            hits.append(Hit("gives_advice", m.start(), C.clause_end(text, m.end())))
    for m in P.TIME_TO.finditer(text):
        start, _ = _sentence(ctx, m.start())
        s = sentence_at(ctx.sents, m.start())
        if s is not None and s.is_question:
            continue
        if (
            m.group(1) in C.INSTRUCTION_VERBS
            and not P.THEIR_SENSE_BEFORE.search(text[start : m.start()])
            and not P.INNER_VOICE.search(text[max(0, start - 160) : m.start()])
        ):
            hits.append(Hit("gives_advice", m.start(), C.clause_end(text, m.end())))
    for m in P.WOULD_BE_DOING.finditer(text):
        doing = m.group(1)
        base = doing[:-3]
        verbs = {base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else ""}
        if doing in P.FEELING_DOINGS or not verbs & C.PLAN_VERBS or _habitual_would(ctx, m.start()):
            continue
        if re.search(r"\b(?:myself|too|as\s+well)\b", text[m.end() : C.clause_end(text, m.end())]):
            continue  # "I'd be kicking myself too": the listener's feeling, in sympathy
        hits.append(Hit("gives_advice", m.start(), C.clause_end(text, m.end())))
    for m in P.VOUCHED.finditer(text):
        s = sentence_at(ctx.sents, m.start())
        if s is not None and not s.is_question:
            hits.append(Hit("gives_advice", m.start(), C.clause_end(text, m.end())))
    for m in P.REMEDY_CLEFT.finditer(text):
        s = sentence_at(ctx.sents, m.start())
        if s is None or s.is_question:
            continue
        subject = _WORD.findall(text[C.strip_lead(text, s.start, m.start()) : m.start()])
        if not subject or subject[0] in _NOT_A_REMEDY or subject[-1] in _NOT_A_REMEDY:
            continue
        if all(stem(w) in ctx.stmt_stems for w in subject if len(w) > 2):
            continue  # their own remedy said back
        hits.append(Hit("gives_advice", s.start, C.clause_end(text, m.end())))
    return hits


# Subjects that are not a thing to try: pronouns and words that open a question.
_NOT_A_REMEDY = frozenset(
    "it that this he she they you u i we what which who there something anything nothing "
    "that's it's what's".split()
)


def step_questions(ctx: Ctx) -> list[Hit]:
    """A step asked about the past or the present ("have you had someone look at it?")."""
    hits: list[Hit] = []
    for s in ctx.sents:
        if not s.is_question:
            continue
        chunk = ctx.resp.masked[s.start : s.end]
        for pattern in (P.STEP_QUESTION, P.WHY_EVEN):
            for m in pattern.finditer(chunk):
                hits.append(Hit("solution_question", s.start + m.start(), s.start + m.end()))
    return hits


def experts_can(ctx: Ctx) -> list[Hit]:
    """ "They can do amazing things these days": the outcome promised by medicine or experts."""
    hits: list[Hit] = []
    for m in P.EXPERTS_CAN.finditer(ctx.resp.masked):
        s = sentence_at(ctx.sents, m.start())
        if s is not None and not s.is_question:
            hits.append(Hit("rushing_reassurance", m.start(), m.end()))
    return hits


def future_requests(ctx: Ctx) -> list[Hit]:
    """ "Next time, nudge me": to a partner upset with the listener (or who names the listener as
    the one who did it), a step for the future aimed
    at the partner, even with "me" in it (elsewhere "call me" is an offer)."""
    if not (ctx.upset or P.LISTENER_DID.search(ctx.stmt.text)):
        return []
    text = ctx.resp.masked
    hits: list[Hit] = []
    for s in ctx.sents:
        pos = C.strip_lead(text, s.start, s.end)
        words = _WORD.findall(text[pos : s.end])
        if words and words[0] == "just":
            words = words[1:]
        if (
            len(words) >= 2
            and words[0] in C.INSTRUCTION_VERBS
            and words[1] in ("me", "us")
            and P.ME_ON_CONDITION.search(text, pos, s.end)
        ):
            hits.append(Hit("gives_advice", pos, C.clause_end(text, pos)))
            continue  # "nudge me if I drift off": a step for next time
        lead = P.FUTURE_LEAD.search(text, s.start, s.end)
        if not lead or s.is_question:
            continue
        promise = P.MY_PROMISE.search(text, lead.end(), s.end)
        if promise and promise.group(1) in C.PLAN_VERBS:
            hits.append(Hit("proposes_plan", promise.start(), C.clause_end(text, promise.end())))
            continue  # "from now on I'll tell you first": the listener's plan
        after = re.match(r"[\s,:;]*", text[lead.end() :])
        pos = C.strip_lead(text, lead.end() + (after.end() if after else 0), s.end)
        end = C.clause_end(text, pos)
        words = _WORD.findall(text[pos:end])
        if len(words) >= 2 and words[0] == "just":
            words = words[1:]
        if len(words) >= 2 and words[0] in C.INSTRUCTION_VERBS and words[1] in ("me", "us"):
            hits.append(Hit("gives_advice", lead.start(), end))
    return hits


def excused_plan(ctx: Ctx, hit: Hit) -> bool:
    """A plan hit that is the listener's doubt or denial ("I don't think I can handle this"),
    or a plan in a sentence that leaves the topic and never refers back to it ("anyway, we could
    go to the beach")."""
    text = ctx.resp.masked
    start, end = _sentence(ctx, hit.start)
    if P.DOUBT_BEFORE.search(text[start : hit.start]):
        return True
    sentence = text[start:end].strip()
    if not P.LEAVES_TOPIC.match(sentence):
        return False
    # "anyway, I'll sort it tomorrow" comes back to the problem; "anyway, the beach?" leaves it
    return not refers_back(ctx, Hit(hit.item, hit.start, end))


_REFERS_BACK = re.compile(r"\b(?:it|that|him|her|them|he|she|they|his|their)\b")


def refers_back(ctx: Ctx, hit: Hit) -> bool:
    """Does a plan point back at the problem, by its clause's end: a pronoun for it, or a word
    the partner used?"""
    end = max(hit.end, C.clause_end(ctx.resp.masked, hit.start))
    plan = ctx.resp.masked[hit.start : end]
    return bool(
        _REFERS_BACK.search(plan)
        or any(stem(w) in ctx.stmt_stems for w in _WORD.findall(plan) if len(w) > 3)
    )


# The listener owning the fault in the same sentence: "you're not a fool, you trusted me".
_LISTENER_AT_FAULT = re.compile(
    r"\b(?:on\s+me|my\s+fault|i'm\s+the\s+one|i\s+(?:let\s+you|broke|lied|hid|messed|failed)|"
    r"(?:trusted|trusting|counting\s+on|relying\s+on|believed|believing)\s+me)\b"
)
# The partner's grievance is that others carried on as if nothing happened: then "and nobody
# noticed" says it back. (To a worry about being seen, "nobody noticed" rules the worry out.)
_UNSEEN = re.compile(
    r"\b(?:everyone|everybody|nobody|no\s+one|people|anyone|they)\b[^.?!]{0,40}\b(?:carried\s+on|as\s+normal|"
    r"as\s+if\s+nothing|didn't\s+(?:say|notice|ask|care|mention)|never\s+(?:said|noticed|asked|mentioned)|"
    r"said\s+(?:nothing|a\s+(?:word|thing))|not\s+a\s+(?:word|thing))"
)


def excused_reassurance(ctx: Ctx, hit: Hit) -> bool:
    """A verdict that puts the fault with the listener in the same sentence ("you're not stupid,
    I'm the one who lied"), or "nobody noticed" said back as the grievance itself."""
    text = ctx.resp.masked
    start, end = _sentence(ctx, hit.start)
    if _LISTENER_AT_FAULT.search(text, start, end):
        return True
    if P.SOMEONE_SAYS_BEFORE.search(text[start : hit.start]):
        return True  # "she says you'll be fine, but...": someone else's words, reported
    said = text[hit.start : hit.end]
    return bool(
        re.match(r"(?:nobody|no\s+one|no-one|noone)\s+(?:even\s+|really\s+)?[a-z]+ed\b", said)
        and _UNSEEN.search(ctx.stmt.text)
    )
