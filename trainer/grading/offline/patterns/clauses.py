"""Not fixing by clause grammar: an instruction is a clause that opens with a base-form verb
(after softeners, fillers or a pet name), or "don't" + a verb; a plan is a clause whose subject
is the listener or "we" and whose verb acts on the problem. The verbs come from a broad word
table (trainer/data/words/fixing.yaml), so the rule catches the kind in words no phrase list
names ("babe, honestly, flog it", "we'll stick a rota up").

Spans are offsets into the normalised text the detectors read (see text.py), verb to clause end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.datafiles import WORD_LISTS, Words, packaged
from trainer.grading.offline.feeling_matcher import lookup
from trainer.grading.offline.patterns import alternation
from trainer.grading.offline.words import TEXT
from trainer.grading.schema import Frozen


class FixingWords(Frozen):
    """fixing.yaml: which words can open an instruction, a plan or a foretold good outcome."""

    action_verbs: Words
    elided_subject_verbs: Words
    presence_verbs: Words
    finite_after: Words
    softeners: Words
    good_outcomes: Words
    irregular_participles: Words
    helpers: Words


WORDS = WORD_LISTS.load(packaged("words", "fixing.yaml"), FixingWords)

# Verbs an instruction can open with: action verbs, less those that open a clause with "I" left
# out ("hope you're ok", "trust me").
INSTRUCTION_VERBS: frozenset[str] = WORDS.action_verbs - WORDS.elided_subject_verbs
# Verbs of a plan on the problem: action verbs, less being there and listening.
PLAN_VERBS: frozenset[str] = (WORDS.action_verbs | {"back"}) - WORDS.presence_verbs - {"do"}
# Base forms that are also their own past ("put on a stone", "let it slide"): after a first
# clause they are more often a story with "I" left out than an instruction.
SAME_AS_PAST = frozenset("put set cut quit hit let read shut spread cost hurt bet split".split())

# A past participle: regular, or from the word table ("rung", "told", "put").
_PARTICIPLE = rf"(?:[a-z]+(?:ed|en|wn|ght)|{alternation(WORDS.irregular_participles)})"
# A modal in the perfect ("you could have rung me", "you should've said", "you might of asked"):
# it speaks of the past, as a reproach or a guess, and names no step still to take. Matched at
# the start of an advice hit.
PERFECT_MODAL = re.compile(
    r"(?:you|u|ya)\s+(?:\w+\s+)?(?P<modal>could|might|may|must|would|should|ought\s+to)"
    r"(?:\s+(?:\w+\s+)?have\s+|'ve\s+|\s+of\s+)(?:(?:just|at\s+least|really|easily|always|"
    rf"even|maybe|still|also)\s+)*{_PARTICIPLE}\b"
)

# Clause edges inside a sentence: commas, semicolons, colons, dashes, brackets.
_CLAUSE_EDGE = re.compile(r"\s*(?:[,;:()]|\s[-\u2013\u2014]+\s|\.{2,})\s*")
_WORD = re.compile(r"[a-z][a-z']*")
# Softeners that are more than one word, and time phrases before an instruction
# ("ok so", "next time", "first thing tomorrow").
_LEAD_PHRASE = re.compile(
    r"^(?:i\s+mean|to\s+be\s+honest|for\s+what\s+it's\s+worth|if\s+i\s+were\s+you|"
    r"if\s+it\s+were\s+me|in\s+future|in\s+the\s+future|for\s+now|from\s+now\s+on|"
    r"first\s+thing(?:\s+tomorrow)?|tomorrow|tonight|today|this\s+(?:week|weekend|time)|"
    r"next\s+(?:time|week|weekend|month|year)|right\s+now|at\s+the\s+very\s+least|"
    r"whatever\s+you\s+do|either\s+way|if\s+(?:you\s+)?(?:can|want|like)|you\s+know\s+what|"
    r"i\s+(?:think|reckon|guess|suppose|say|feel\s+like)(?:\s+that)?)\b\s*"
)
# "Sit down, love.", "sit down and tell me": comfort ("sit down and ice it" is a step)
_SIT_DOWN = r"sit\s+(?:yourself\s+)?down\b(?=\s*(?:[,.!;]|$)|\s+and\s+(?:tell|talk\s+to)\s+me\b)"
# Instructions that keep the partner talking or pace the talk (listening, not a fix), and
# retorts that name no step ("stop whining", "come off it", "try that for size").
_NOT_A_STEP = re.compile(
    r"^(?:say\b[^,.;!?]*\bfor\s+(?:example|instance)\b|go\s+on|go\s+ahead|carry\s+on|keep\s+(?:going|talking)|say\s+(?:more|that\s+again|it)|"
    r"take\s+(?:your|all\s+the)\s+time|let\s+it\s+(?:all\s+)?out|vent\b|cry\b|have\s+a\s+(?:good\s+)?cry|"
    r"come\s+(?:here|on|in)|sit\s+(?:down\s+)?with\s+me|hang\s+on|" + _SIT_DOWN + "|"
    r"hold\s+on|wait\b|look\s+at\s+you|"
    r"get\s+(?:it|that|why|how|what\s+you|where\s+you|feeling)\b|do\s+(?:you|u)\b|don't\s+(?:you|u|get\s+me\s+wrong|apologi[sz]e|be\s+sorry)|"
    r"start\s+(?:from|at)\s+the\s+(?:beginning|start|top)|make\s+sense\b|come\s+off\s+it|"
    r"never\s+mind\b|don't\s+say\s+(?:that|this|things\s+like\s+that)\b(?!\s+to\b)|"
    r"try\s+(?:that|this)\b|join\s+the\s+club\b|look\s+at\s+god\b|look\s+who's\s+talking\b|welcome\s+to\s+(?:my|the)\s+world\b|stop\s+(?:whining|complaining|crying|being|moaning|sulking|overreacting|"
    r"exaggerating|going\s+on))"
)
# "say a test or a match, for example": "say" introducing an example, not an order.
FOR_EXAMPLE = re.compile(r"say\b[^,.;!?]*\bfor\s+(?:example|instance)\b")

# A verb whose object is the listener is an offer or an invitation ("call me", "tell me more").
_TO_LISTENER = re.compile(r"^[a-z']+\s+(?:(?:it|that|this)\s+(?:to|with)\s+)?(?:me|us)\b")
# What a plan's subject looks like: "I'll", "we're going to", "we can", "I'm gonna".
_PLAN_SUBJECT = re.compile(
    r"\b(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can|\s+shall|\s+should)|"
    r"we(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+can|\s+could|\s+should|"
    r"\s+need\s+to|\s+have\s+to|\s+must|\s+gotta|'d\s+better|\s+shall|\s+might\s+as\s+well)|"
    r"let's\s+sit\s+down(?:\s+(?:tonight|later|tomorrow|together|properly))?\s+and)\s+"
    r"((?:just|definitely|totally|first|then|also|really|both|all|simply|maybe|probably|"
    r"immediately|straight|soon|finally|now)\s+)*([a-z]+)\b"
)
_PROGRESSIVE_PLAN = re.compile(r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?([a-z]+ing)\b")
_TIME = re.compile(
    r"\b(?:tonight|tomorrow|this\s+(?:weekend|week|evening|afternoon)|first\s+thing|"
    r"right\s+now|straight\s+away|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
# A listener move after a plan verb: "I'll call you later" checks in, it does not fix.
_TO_PARTNER = re.compile(r"^\s+(?:you|u)\b(?!\s+(?:up|out|in|to|a|an|some|the|into|onto)\b)")


@dataclass(frozen=True)
class Found:
    """A clause the grammar reads as advice or a plan: its verb to the clause's end."""

    start: int
    end: int
    verb: str


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of one sentence, as (start, end) offsets, split at punctuation."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE_EDGE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


def strip_lead(text: str, start: int, end: int) -> int:
    """Where a clause's content begins, after softeners, fillers and time phrases."""
    pos = start
    while pos < end:
        rest = text[pos:end]
        if rest[0].isspace():
            pos += len(rest) - len(rest.lstrip())
            continue
        m = _LEAD_PHRASE.match(rest)
        if m and m.end():
            pos += m.end()
            continue
        w = _WORD.match(rest)
        if w and w.group() in WORDS.softeners and rest[w.end() : w.end() + 1] == " ":
            pos += w.end() + len(rest[w.end() :]) - len(rest[w.end() :].lstrip())
            continue
        break
    return pos


def _is_finite(word: str) -> bool:
    """Does this word, after the first, show that the first was a subject ("work sucks")?"""
    return word in WORDS.finite_after or (
        word.endswith("ed") and word not in ("need", "feed", "speed", "bleed", "red", "bed")
    )


def instruction_at(text: str, start: int, end: int, *, first: bool) -> Found | None:
    """Is this clause an instruction to the partner? `first`: no real clause before it in
    the sentence, so a verb whose past looks the same still reads as an order."""
    pos = strip_lead(text, start, end)
    rest = text[pos:end]
    if not rest or _NOT_A_STEP.match(rest) or _TO_LISTENER.match(rest):
        return None
    if re.search(r"\bno\s+$", text[start:pos]):
        return None  # "no raise this year?": "no" before a noun is a determiner
    if re.search(r"\bfirst\s+$", text[start:pos]) and re.match(
        r"go\s*(?:as\s+well|too|[!.,?]|$)", rest
    ):
        return None  # "first go as well!": an attempt, not an order
    if re.search(r"\bnever\s+$", text[start:pos]) and rest.startswith("mind"):
        return None  # "never mind him": set aside, not an order
    words = _WORD.findall(rest)
    if not words:
        return None
    head = words[0]
    negated = head in ("don't", "dont", "never") or (
        head == "do" and len(words) > 1 and words[1] == "not"
    )
    if negated:
        words = words[2:] if head == "do" else words[1:]
        if not words or words[0] in WORDS.elided_subject_verbs or words[0] == "be":
            return None  # "don't know", "don't blame you": an "I" left out; "don't be" is mood
    verb = words[0]
    if verb == "have" and not negated and len(words) > 2 and words[1] in ("a", "an"):
        if words[2] in _HAVE_A_STEP:
            return Found(pos, end, verb)  # "have a look online", "have a word with her"
        return None
    if verb not in INSTRUCTION_VERBS and not _just_then_object(text[start:pos], words):
        return None
    if not negated and not first and verb in SAME_AS_PAST:
        return None
    if len(words) < 2 or _is_finite(words[1]) or words[1] in ("of", "and", "or", "nor"):
        return None  # "work, kids, house": a list; "change sucks": a subject; "sort of"
    if len(words) > 2 and words[1] in _SUBJECT_ADVERBS and _is_finite(words[2]):
        return None  # "work literally called me in", "school just rang": a subject
    if not negated and noun_subject(words):
        return None  # "bank details should never...", "talk between us has shrunk": a subject
    if negated and LISTENER_AFTER.search(" ".join(words[:6])):
        return None  # "don't put that on me", "don't look at me": a retort, not a step
    return Found(pos, end, verb)


# Adverbs between a subject and its verb ("work literally called", "the school just rang").
_SUBJECT_ADVERBS = frozenset(
    "literally just actually really suddenly always never finally already basically apparently "
    "only even still".split()
)


# Words that end the search for a noun phrase's verb: a new subject, a joining or
# subordinating word ("tell her that is not on", "ask if it is"), "sure" of "make sure".
_SUBJECT_SCAN_STOP = frozenset(
    "i you u he she it we they that if whether what how when where why who which because so "
    "and or but then sure to than as".split()
)
# Verbs that take a clause with "that" left out ("tell him the deadline is mad") or an object
# and a participle ("get the form sent off"): no scan.
_CLAUSE_TAKERS = frozenset(
    "tell say ask remind warn show let make explain promise mention text email message write "
    "check see bet know get have keep leave".split()
)
# The listener as the object of a negative order: a retort ("don't pin it on me").
LISTENER_AFTER = re.compile(r"\b(?:me|us|my|mine)\b")


# what a sentence-initial imperative may be without being a step: a retort or a comfort
_NO_STEP_OPENING = re.compile(r"look\s+who's\s+talking\b|" + _SIT_DOWN)


def no_step_opening(rest: str) -> bool:
    """A sentence opening with a verb that sets no step for their trouble: "but look who's
    talking" (a retort), "sit down, love" (comfort). Narrower than a clause's _NOT_A_STEP: "wait
    till they're teething" and "try that" open advice."""
    return bool(_NO_STEP_OPENING.match(rest))


def noun_subject(words: list[str]) -> bool:
    """Is the first word a noun at the head of a subject, not an order: a finite verb follows
    within the phrase ("call centres are like that", "contact from him only comes...", "touch
    between us has shrunk"), before any new subject or joining word?"""
    if not words or words[0] in _CLAUSE_TAKERS:
        return False
    for word in words[1:6]:
        if word in _SUBJECT_SCAN_STOP:
            return False
        if word in WORDS.finite_after - {"do", "have"}:
            return True
    return False


# "have a look", "have a word": a light verb whose noun names the step (not "have a good day").
_HAVE_A_STEP = frozenset(
    "look go word chat read search browse try rest nap break bath think".split()
)

# "just wing the technical bit": after "just", a word with an object is a verb the table lacks.
_OBJECT = frozenset("the a an it him her them your some this that everything up out off".split())
_NOT_VERB_AFTER_JUST = frozenset(
    "the a an so too as like because about what how when where why who not one another".split()
)


def _just_then_object(lead: str, words: list[str]) -> bool:
    return (
        re.search(r"\b(?:just|simply)\s*$", lead) is not None
        and len(words) > 1
        and words[0] not in _NOT_VERB_AFTER_JUST
        and words[0] not in TEXT.stopwords
        and words[0] not in WORDS.elided_subject_verbs
        # "not angry, just sad that your team didn't come": a feeling, not a verb the table lacks
        and lookup(words[0]) is None
        and not (
            words[0].endswith(("ed", "ly", "s")) or (len(words[0]) > 5 and words[0].endswith("ing"))
        )
        and words[1] in _OBJECT
    )


def _base_of(gerund: str) -> str | None:
    stem = gerund[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if cand and cand in PLAN_VERBS:
            return cand
    return None


def plans_in(text: str, start: int, end: int) -> list[Found]:
    """Plans in one sentence whose subject is the listener or "we" and whose verb acts on the
    problem ("I'll phone them tomorrow", "we can get her up earlier", "tonight we're rewriting")."""
    found: list[Found] = []
    chunk = text[start:end]
    for m in _PLAN_SUBJECT.finditer(chunk):
        verb, rest = m.group(2), chunk[m.end() :]
        if not (verb in PLAN_VERBS or _LIGHT_VERB_STEP.match(f"{verb}{rest}")):
            continue
        if not _opens_clause(text, start + m.start()):
            continue  # "no wonder you're anxious about how we'll make it": not a plan
        if re.match(r"\s+(?:sure\s+(?:that\s+)?i\b|it\s+from\s+there)", chunk[m.end() :]):
            continue  # "I'm going to make sure I understand": a check, not a step
        if verb == "get" and re.match(r"\s+(?:through|over|there|better|by)\b", rest):
            continue  # "we'll get through this": a promise of an outcome, not a step
        if _NEXT_TALK.search(chunk, m.end(), _clause_end(chunk, m.end())):
            continue  # "we'll set up another session": more listening, not a fix
        if _TO_PARTNER.match(chunk[m.end() :]) and verb not in _CARRY_PARTNER:
            continue  # "I'll call you tonight": a check-in
        found.append(Found(start + m.start(), start + _clause_end(chunk, m.end()), verb))
    if _TIME.search(chunk):
        for m in _PROGRESSIVE_PLAN.finditer(chunk):
            verb = _base_of(m.group(1)) or ""
            if verb and _opens_clause(text, start + m.start()):
                found.append(Found(start + m.start(), start + _clause_end(chunk, m.end()), verb))
    return found


# Verbs whose object "you" is carried or supplied, not called: "I'll drop you at the station".
_CARRY_PARTNER = frozenset(
    "help take drive get drop pick lend run walk collect ferry bring give lift".split()
)

# Meeting again to talk, which keeps listening going.
_NEXT_TALK = re.compile(
    r"\b(?:another|next|a\s+follow-up|our\s+next)\s+(?:appointment|session|chat|talk|catch-up|visit)\b"
)

# "do" and "have" name a step only with what they do: "we'll do the shop online", "I'll have a
# word with him" (not "I'll have to", "we'll do our best").
_LIGHT_VERB_STEP = re.compile(
    r"(?:do\s+(?:the|a|an|some)\s+|do\s+(?:it|this|that|them)\s+together|have\s+a\s+(?:look|go|dig)\b|"
    r"have\s+it\s+out\s+with\s+|"
    r"have\s+(?:a\s+)?(?:quiet\s+|proper\s+|serious\s+)?(?:word|chat|talk)\s+with\s+"
    r"(?!me\b|you\b|u\b))"
)

# Words that join two clauses: "tell me earlier next time and I'll move things round".
_JOIN = re.compile(r"\b(?:and|but|so|then|or|because|cause)\b")


def _opens_clause(text: str, pos: int) -> bool:
    """Is the word at `pos` its clause's subject, with only softeners and time words before it?"""
    edge = max(text.rfind(c, 0, pos) for c in ",;:.!?(\n") + 1
    joins = list(_JOIN.finditer(text, edge, pos))
    begin = joins[-1].end() if joins else edge
    return strip_lead(text, begin, pos) >= pos - 1


def opens_clause(text: str, pos: int) -> bool:
    """Public form of the subject test: "let's" that opens its clause is "let us"; after a
    subject ("he never lets on") it is the verb "lets"."""
    return _opens_clause(text, pos)


def _clause_end(chunk: str, pos: int) -> int:
    m = _CLAUSE_EDGE.search(chunk, pos)
    return m.start() if m else len(chunk.rstrip())


_CLAUSE_OR_SENTENCE_EDGE = re.compile(r"[.!?\n]|" + _CLAUSE_EDGE.pattern)


def clause_end(text: str, pos: int) -> int:
    """Where the clause that goes on at `pos` ends, at a clause or a sentence edge."""
    m = _CLAUSE_OR_SENTENCE_EDGE.search(text, pos)
    return m.start() if m else len(text.rstrip())
