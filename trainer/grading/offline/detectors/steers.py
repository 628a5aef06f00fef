"""Not fixing that wears no textbook marker (see patterns/steers.py): offers to act asked as a
question, steps for someone else asked as a question, services the partner never named brought
in, remedies stated as facts, rights named to point at a step, hypothetical steps."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit, sentence_at
from trainer.grading.offline.patterns import clauses as C
from trainer.grading.offline.patterns import fixing as F
from trainer.grading.offline.patterns import outlook as O
from trainer.grading.offline.patterns import reassurance as RA
from trainer.grading.offline.patterns import steers as T
from trainer.grading.offline.text import content_stems, stem

_WORD = re.compile(r"[a-z][a-z']*")
# Verbs of a step on the problem, for a question about someone else doing it: plan verbs less
# those that more often ask what happened or how someone is ("would she say...", "can he see").
_STEP_VERBS = C.PLAN_VERBS - frozenset("ask tell say see know come go feel think look".split())
# Light verbs that name a step with their object: "do a service wash", "have a word".
_LIGHT_STEP = re.compile(r"(?:do|have)\s+(?:a|an|the|some)\s+(?:quick\s+)?[a-z]+")
# A word that points back at the problem: an offer about something else is a change of subject
# ("oh no. shall we repaint the hallway?"), not a fix.
_REFERS_BACK = re.compile(r"\b(?:it|him|her|them|he|she|they|his|their|its)\b")
_DETERMINERS = frozenset("the your a an most some many lots of a lot my our his her their".split())


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    for a, b in C.clauses(text, sent_start, pos + 1):
        if a <= pos <= b:
            return a
    return sent_start


def _named_by_partner(ctx: Ctx, words: str) -> bool:
    """Did the partner bring these words up? Then asking or telling about them follows them."""
    found = set(content_stems(words))
    return bool(found) and found <= ctx.stmt_stems


def _permission(ctx: Ctx, start: int, end: int) -> bool:
    return bool(F.ASKS_PERMISSION.search(ctx.resp.masked[start:end]))


def detect_offer_questions(ctx: Ctx) -> list[Hit]:
    """ "Shall I have a look at it?", "should I ask Dan?": the listener offering to act on the
    problem, asked as a question (an offer of care or more listening stays clear)."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for s in ctx.sents:
        if not s.is_question or _permission(ctx, s.start, s.end):
            continue
        for a, b in C.clauses(text, s.start, s.end):
            m = T.OFFER_QUESTION.match(text, C.strip_lead(text, a, b), b)
            if not m:
                continue
            verb, rest = m.group("verb"), m.group("rest")
            step = verb in _STEP_VERBS - {"help", "make", "get", "give", "bring"} or (
                verb in ("ask", "tell", "get", "give", "make", "bring")
                and not T.LISTENING_OBJECT.match(rest)
            )
            on_problem = _REFERS_BACK.search(rest) or any(
                stem(w) in ctx.stmt_stems for w in _WORD.findall(rest) if len(w) > 3
            )
            if (
                (step or _LIGHT_STEP.match(f"{verb}{rest}"))
                and on_problem
                and not T.COMFORT.search(rest)
            ):
                hits.append(Hit("proposes_plan", m.start(), m.end()))
            break
    return hits


def detect_steer_questions(ctx: Ctx) -> list[Hit]:
    """Questions that steer to a fix without naming the partner as the one to act: a step for
    someone else ("could your dad lend you some?"), someone who could do it ("is there anyone
    who could cover?"), or a service the partner never named ("has the GP checked it?")."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for s in ctx.sents:
        if not s.is_question or _permission(ctx, s.start, s.end):
            continue
        found = _third_party_step(text, C.strip_lead(text, s.start, s.end), s.end)
        if found is None:
            m = T.THERE_IS_SOMEONE_WHO_COULD.search(text, s.start, s.end)
            found = Hit("solution_question", m.start(), m.end()) if m else None
        if found is None and T.PRESENT_QUESTION.match(text, C.strip_lead(text, s.start, s.end)):
            for m in T.HELPER.finditer(text, s.start, s.end):
                if not _named_by_partner(ctx, m.group()) and m.group() not in ctx.stmt.text:
                    found = Hit("solution_question", s.start, s.end)
                    break
        if found is not None:
            hits.append(found)
    return hits


def _third_party_step(text: str, pos: int, end: int) -> Hit | None:
    m = T.THIRD_PARTY_QUESTION.match(text, pos, end)
    if not m:
        return None
    words = _WORD.findall(m.group("rest"))
    for i, word in enumerate(words[:7]):
        after = " ".join(words[i : i + 3])
        if i == 0 or word in ("be", "have", "not", "really", "even", "actually", "still"):
            if word == "be" or (word == "have" and not _LIGHT_STEP.match(after)):
                return None  # "could she be...", "would he have known": a guess, not a step
            continue
        if word in _STEP_VERBS or _LIGHT_STEP.match(after):
            passive = word == "get" and i + 1 < len(words) and words[i + 1].endswith("ed")
            return None if passive else Hit("solution_question", m.start(), end)
        if word in C.WORDS.finite_after or word in C.INSTRUCTION_VERBS:
            return None
    return None


def detect_remedy_facts(ctx: Ctx) -> list[Hit]:
    """A remedy stated as a general fact ("white noise settles most babies", "X is meant to be
    brilliant for joints"), a service brought in as the one that helps ("the council does grants
    for that"), a right named to point at a step, and a hypothetical step ("suppose you...")."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for s in ctx.sents:
        for m in T.BENEFIT.finditer(text, s.start, s.end):
            if s.is_question or _said_back(ctx, s.start, m.start()):
                continue
            a = C.strip_lead(text, _clause_start(text, s.start, m.start()), m.start())
            endorsed = T.ENDORSED.match(text, a, m.start())
            if endorsed:
                a = C.strip_lead(text, endorsed.end(), m.start())
            subject = _WORD.findall(text[a : m.start()])
            if not subject or subject[0] in T.NOT_A_REMEDY or subject[-1] in T.NOT_A_REMEDY:
                continue
            if _named_by_partner(ctx, text[a : m.start()]):
                continue  # "walking the dog helps": their own remedy, said back
            hits.append(Hit("gives_advice", a, C.clause_end(text, m.end())))
        if not s.is_question:
            for m in T.HELPER.finditer(text, s.start, s.end):
                a = C.strip_lead(text, _clause_start(text, s.start, m.start()), m.start())
                lead = _WORD.findall(text[a : m.start()])
                if any(w not in _DETERMINERS for w in lead) or m.group() in ctx.stmt.text:
                    continue
                if T.HELPER_PROVIDES.match(text, m.end()) and not _said_back(ctx, s.start, a):
                    hits.append(Hit("gives_advice", a, C.clause_end(text, m.end())))
    for m in T.ENTITLED.finditer(text):
        verb = _WORD.match(text, m.end())
        if (
            verb
            and verb.group() in C.INSTRUCTION_VERBS
            and not T.FEELING_RIGHT.match(text, m.end())
        ):
            hits.append(Hit("gives_advice", m.start(), C.clause_end(text, m.end())))
    hits += [Hit("gives_advice", m.start(), m.end()) for m in T.SUPPOSE.finditer(text)]
    if ctx.partner.valence != "positive":  # "nothing beats that feeling!" shares their joy
        for m in T.RANKED_FIRST.finditer(text):
            sent = sentence_at(ctx.sents, m.start())
            if sent and not sent.is_question and not _named_by_partner(ctx, m["what"]):
                hits.append(Hit("gives_advice", m.start(), m.end()))
    return hits


# "you said X helps", "you feel like...": their own view said back.
_THEIR_VIEW = re.compile(
    r"\b(?:you|u)\s+(?:\w+\s+)?(?:said|say|says|told|mentioned|feel|felt|think|thought|find|found|"
    r"know|knew|believe|hope|wish|hoped|read|heard)\b|\bsounds\s+like\b|\bseems\s+like\b|"
    r"\bremind(?:ing)?\s+yourself\b"
)


def _said_back(ctx: Ctx, start: int, pos: int) -> bool:
    return bool(_THEIR_VIEW.search(ctx.resp.masked, start, pos))


def detect_settled(ctx: Ctx) -> list[Hit]:
    """Reassurance with no "it'll be fine": a good outcome as a rule ("money always sorts itself
    out"), the worry ruled out ("nobody noticed", "you're overthinking it"), time declared
    enough, a verdict that overrides their doubt ("you're a brilliant mum"). Not in a question,
    and not their own words or fear said back."""
    text = ctx.resp.masked
    hits: list[Hit] = []
    for pattern in (O.SETTLED, O.VERDICT, O.ALL_WELL, O.EXCUSED):
        for m in pattern.finditer(text):
            if pattern is O.EXCUSED and (
                _named_by_partner(ctx, m.group())
                or ctx.upset
                or O.LISTENERS_OWN.search(ctx.stmt.text)
            ):
                continue  # their own reading said back, or the listener's side defended
            sent = next((s for s in ctx.sents if s.start <= m.start() < s.end + 1), None)
            if sent is None or sent.is_question:
                continue
            before = text[sent.start : m.start()]
            if (
                RA.REASSURANCE_NEGATED_BEFORE.search(before)
                or O.THEIR_FORECAST.search(before)
                or _said_back(ctx, sent.start, m.start())
            ):
                continue
            hits.append(Hit("rushing_reassurance", m.start(), C.clause_end(text, m.end())))
    return hits


# An opening quote mark: the words after it are someone's, reported ("her 'it's fine'").
QUOTED_BEFORE = re.compile(r"['\"\u2018\u201c]\s*$")
