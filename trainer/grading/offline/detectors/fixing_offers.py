"""Not fixing in the shapes the fifth pass found on unseen writing (see patterns/fixing_offers.py):
the listener's offer or the couple's plan asked or said sideways, a practical question with
"we" as its subject, the loss rated as fine, hedges piled inside advice; and the look-alikes
read by who is the subject (a noun heading a subject is no order, "if it were me I'd be livid"
is empathy, a negative order naming the listener is a retort)."""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.grading.offline.detectors.context import Ctx, Hit, sentence_at
from trainer.grading.offline.patterns import clauses as C
from trainer.grading.offline.patterns import fixing as F
from trainer.grading.offline.patterns import fixing_offers as P
from trainer.grading.offline.patterns import outlook as O
from trainer.grading.offline.patterns import reassurance as RA
from trainer.grading.offline.patterns import steers as T
from trainer.grading.offline.text import stem

_WORD = re.compile(r"[a-z][a-z']*")
# Verbs of a step the listener or the couple could take: plan verbs, less presence and comfort.
_STEP = C.PLAN_VERBS | {"ground", "afford"}
# Verbs that offer a comfort as their object ("make a cuppa", "run you a bath").
_GIVES = frozenset("make get bring run pour grab order put fetch buy cook".split())
# A word that points back at the problem, or "then" of a consequence ("...cancel it then?").
_REFERS_BACK = re.compile(r"\b(?:it|him|her|them|he|she|they|his|their|its|then)\b")


# After "let's not": verbs of talk, thought and feeling leave the topic or the feeling alone
# ("let's not talk about it"); any other verb is a step ("let's not sit next to her").
_NOT_A_STEP = frozenset(
    "be think feel talk listen say hear tell care cry hope wish mean want need see understand "
    "remember forget go get make".split()
)


def unhedged(ctx: Ctx) -> Ctx:
    """The reply with hedges inside advice blanked ("worth, if you felt like it, possibly
    trying" reads "worth trying"), offsets unchanged."""
    text = P.SET_OFF_HEDGES.sub(lambda m: " " * len(m.group()), ctx.resp.masked)
    chars = list(text)
    for m in P.INNER_HEDGE.finditer(text):
        chars[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    text = "".join(chars)
    if text == ctx.resp.masked:
        return ctx
    return replace(ctx, resp=replace(ctx.resp, masked=text))


def not_an_order(ctx: Ctx, chunk: str, verb_end: int) -> bool:
    """The clause grammar's reading for a sentence-initial imperative: a noun at the head of a
    subject ("budget freezes are everywhere"), "no" as a determiner ("no raise this year?"), or
    a negative order that names the listener, or stands bare to a partner upset with them
    ("don't pin this on me", "don't start")."""
    verb = _WORD.findall(chunk[:verb_end])[-1:]
    if verb and C.no_step_opening(chunk[verb_end - len(verb[0]) :]):
        return True  # "but look who's talking" (a retort), "sit down, love" (comfort)
    clause = chunk[verb_end : C.clause_end(chunk, verb_end)]
    words = verb + _WORD.findall(clause)
    if not words:
        return False
    if re.search(r"\bno\s+$", chunk[: verb_end - len(words[0])]):
        return True
    if words[0] in ("don't", "dont", "never"):
        return bool(
            (len(words) < 3 and ctx.upset) or (len(words) > 1 and C.LISTENER_AFTER.search(clause))
        )
    return C.noun_subject(words)


# "if I were you" / "if it were me" is a frame; what follows decides. A feeling in their place
# ("I'd be livid", "I'd feel sick") is empathy; an action ("I'd ring them") is advice, read by
# the patterns for the listener's "I'd".
_IN_YOUR_PLACE = re.compile(r"if\s+(?:i\s+were\s+you|it\s+were\s+me)\b")
_FEELING_IN_YOUR_PLACE = re.compile(
    r"[\s,]*(?:(?:honestly|probably|just|so|also|too|totally|absolutely|definitely|really|"
    r"personally)[\s,]+)*i(?:'d|\s+would)\s+(?:(?:probably|also|just|honestly|totally|"
    r"absolutely|definitely|really|so)\s+)*(?:be|feel|have\s+been)\b"
)


def feeling_in_their_place(ctx: Ctx, start: int, end: int) -> bool:
    text = ctx.resp.masked
    return bool(_IN_YOUR_PLACE.match(text, start, end) and _FEELING_IN_YOUR_PLACE.match(text, end))


# "lets you down", "lets on": an object or "on" after it makes "let's" the verb "lets".
_LETS_OBJECT = re.compile(r"let's\s+(?:on|you|u|him|her|them|me|us|it)\b")
# A question or a claim reported ("asks when I'll...", "wants to know if we'll..."): the plan
# after it is inside someone else's words.
_ASKED_BEFORE = re.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knows|knew|says|said|"
    r"tells|told|telling|check|checks|checked|checking|find\s+out)\s+(?:(?:me|you|u|him|her|"
    r"them|us)\s+)?(?:when|whether|if|why|how|what|where)\s+$"
)


def not_the_listeners_plan(ctx: Ctx, hit: Hit) -> bool:
    """A plan-shaped hit that is not the listener's: "let's" that is the verb "lets" ("he never
    lets on", "lets you down"), or a plan inside a question someone else asked ("she asks when
    I'll get a proper job")."""
    text = ctx.resp.masked
    if text.startswith("let's", hit.start) and (
        not C.opens_clause(text, hit.start) or _LETS_OBJECT.match(text, hit.start)
    ):
        return True
    return bool(_ASKED_BEFORE.search(text[max(0, hit.start - 80) : hit.start]))


def hedged_advice(ctx: Ctx) -> list[Hit]:
    """Advice the hedges leave standing: "you might think about not lending it", "might be an
    idea to have a word" (the reply is read with its hedges blanked)."""
    text = ctx.resp.masked
    return [Hit("gives_advice", m.start(), m.end()) for m in P.HEDGED_ADVICE.finditer(text)]


def comfort_offer(verb: str, text: str, at: int) -> bool:
    """ "make us a cuppa", "put the kettle on": a giving verb with a comfort in its clause."""
    return _base(verb) in _GIVES and bool(T.COMFORT.search(text, at, C.clause_end(text, at)))


def _base(word: str) -> str:
    if word in P.PAST_TO_BASE:
        return P.PAST_TO_BASE[word]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("ed"):
        for cand in (word[:-2], word[:-1], word[:-3]):
            if cand in _STEP:
                return cand
    return word


def offers(ctx: Ctx) -> list[Hit]:
    """The listener's offer or the couple's plan said sideways: "how about I message you when I
    leave?", "what if I did the Tuesdays?", "let's not sit next to her", "we're not having him
    round any more", "here's the plan". Comfort and more listening stay clear."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for pattern in (P.HOW_ABOUT_I, P.WHAT_IF_I, P.LETS_NOT):
        for m in pattern.finditer(text):
            verb = m.group(1)
            if pattern is P.WHAT_IF_I and not (verb in P.PAST_TO_BASE or verb.endswith("ed")):
                continue  # "what if I'm wrong": a worry; "what if I took them": an offer
            step = (
                verb not in _NOT_A_STEP if pattern is P.LETS_NOT else _base(verb) in _STEP | {"do"}
            )
            comfort = comfort_offer(verb, text, m.end())
            if not step or comfort:
                continue  # "how about I make us a cuppa": comfort, not a step
            hits.append(Hit("proposes_plan", m.start(), C.clause_end(text, m.end())))
    for m in P.WE_WONT.finditer(text):
        verb = m.group(1) or m.group(2) or ""
        base = verb[:-3] if verb.endswith("ing") else verb
        end = C.clause_end(text, m.end())
        s = sentence_at(ctx.sents, m.start())
        if s is None or s.is_question or not P.FROM_NOW_ON.search(text, m.end(), s.end):
            continue
        if base in C.WORDS.presence_verbs or base in _NOT_A_STEP | {"let", "pretend", "argu"}:
            continue  # "we won't be apart again": a promise of presence, not a step
        hits.append(Hit("proposes_plan", m.start(), end))
    for m in P.ANNOUNCED.finditer(text):
        hits.append(Hit("proposes_plan", m.start(), C.clause_end(text, m.end())))
    return hits


def we_step_questions(ctx: Ctx) -> list[Hit]:
    """A practical question with the couple as its subject ("do we have to pay upfront?", "are
    we still going to manage the payments?"); "are we talking about...", "are we okay?" and
    "can we talk?" stay clear."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for s in ctx.sents:
        if not s.is_question or F.ASKS_PERMISSION.search(text, s.start, s.end):
            continue
        for m in P.WE_STEP_QUESTION.finditer(text, s.start, s.end):
            verb = m.group(1)
            if verb in C.WORDS.presence_verbs or verb not in _STEP:
                continue
            rest = m.group("rest")
            if verb == "get" and re.match(r"\s+(?:through|over|there|better|by|you)\b", rest):
                continue  # "will we get through this?": a fear, not a step
            if not (
                _REFERS_BACK.search(rest)
                or any(stem(w) in ctx.stmt_stems for w in _WORD.findall(rest) if len(w) > 3)
            ):
                continue  # "shall we get a takeaway?": a new subject, the listener's own
            hits.append(Hit("solution_question", m.start(), C.clause_end(text, m.end(1))))
            break
    return hits


def rated_fine(ctx: Ctx) -> list[Hit]:
    """The loss rated as fine ("two interviews isn't bad at all", "pretty good going", "less
    hassle really", "saves you a trip"): a bright side that hurries past the feeling. Not in a
    question, not their own view said back, not a rating of their feeling, not corrected
    ("it's not bad, it's cruel")."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for s in ctx.sents:
        if s.is_question:
            continue
        chunk = text[s.start : s.end]
        for pattern in (P.RATED_FINE, P.SAVES_YOU):
            for m in pattern.finditer(text, s.start, s.end):
                before = text[s.start : m.start()]
                if (
                    O.THEIR_VIEW.search(before)
                    or RA.REASSURANCE_NEGATED_BEFORE.search(before)
                    or re.search(
                        r"\b(?:you|u)\s+(?:said|say|says|told|keep\s+saying|mean)\b", before
                    )
                    or P.CORRECTED_AFTER.match(text, m.end())
                    or P.FEELING_SUBJECT.search(before[-40:])
                ):
                    continue
                start = (
                    C.strip_lead(text, s.start, m.start()) if pattern is P.RATED_FINE else m.start()
                )
                hits.append(Hit("silver_lining", start, C.clause_end(text, m.end())))
        if P.GAIN_SENTENCE.match(chunk.strip()):
            hits.append(Hit("silver_lining", s.start, s.end))
    return hits


def instruction_rows(ctx: Ctx) -> list[Hit]:
    """Bare instructions in a row, each a word and an object pronoun ("ice it, elevate it,
    ibuprofen", "ghost him, block him"): two or more such clauses name steps, whatever verbs
    they use. A past form, a sound or a feeling ("lost it", "damn it", "love it") is none."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for s in ctx.sents:
        if s.is_question:
            continue
        row = []
        for a, b in C.clauses(text, s.start, s.end):
            pos = C.strip_lead(text, a, b)
            m = P.PRONOUN_CLAUSE.fullmatch(text, pos, b)
            if not m:
                continue
            word = m.group(1)
            if (
                word in P.NOT_AN_ORDER_WORD
                or word in C.WORDS.elided_subject_verbs
                or word in C.WORDS.finite_after
                or word in C.WORDS.irregular_participles - C.SAME_AS_PAST
                or word.endswith(("ed", "ing", "ly"))
            ):
                continue
            row.append(Hit("gives_advice", pos, b))
        if len(row) >= 2:
            hits += row
    return hits
