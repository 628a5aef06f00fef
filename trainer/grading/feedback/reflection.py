"""Reflections the trainer writes itself when no hand-written exemplar fits (free text).

Written from the statement's own feeling and one of its sentences said back in the listener's
voice. Only a feeling word from the hidden truth is used, never its wording (a need or a fact
spliced into a template reads as a form, not a person). Every candidate is checked for fluency
here and graded by the caller before it is shown.
"""

from __future__ import annotations

import re

from trainer.grading.feedback.fluency import fluency_problems, is_adjective
from trainer.grading.feedback.person import swap_person
from trainer.grading.feedback.words import FEEDBACK
from trainer.grading.offline.feeling_matcher import find_feelings
from trainer.grading.offline.partner_felt import PartnerFeelings
from trainer.grading.offline.patterns import statement as S
from trainer.grading.offline.text import QUESTION_START
from trainer.grading.offline.words import GRADER
from trainer.grading.schema import HiddenTruth

CHECK_IN = "Did I get that right?"
MAX_CLAUSE_WORDS = 22
_FILLER = re.compile(
    r"^(?:" + "|".join(sorted(FEEDBACK.statement_fillers)) + r"|i mean)+\b[\s,!.\u2026-]*", re.I
)
# a tail that softens or waves off what came before ("..., that's all", "..., I guess") is theirs
# to say, not a part of the point to say back
_TAIL = re.compile(
    r"[\s,;:\u2014-]*(?:\b(?:lol|haha+|tbh|lmao|ugh|honestly|though|tho|ok\??|that's\s+all|that\s+is\s+all|"
    r"is\s+all|anyway|anyways|or\s+whatever|or\s+something|i\s+guess|i\s+suppose|you\s+know))?[\s.!?\u2026]*$",
    re.I,
)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
# a thought they did not finish ("I'm not blaming you, I just..."), said back, is a broken
# sentence ("you just."); "I don't know" is no reason to say back
_TRAILS_OFF = re.compile(
    r"(?:\.\.\.|\u2026)\s*$|\b(?:just|like|mean|and|but|so|or|because|if)\W*$", re.I
)
_NOT_A_REASON = re.compile(
    r"^\W*(?:i\s+(?:don't|do\s+not)\s+know|i\s+dunno|dunno|who\s+knows)\W*$", re.I
)


def feeling_words(partner: PartnerFeelings, hidden: HiddenTruth | None, upset: bool) -> list[str]:
    """Up to two feeling adjectives: the hidden truth's own, else the statement's families."""
    if hidden:
        own = [w.strip().lower() for w in hidden.primary_feelings if is_adjective(w.strip())]
        if own:
            return own[:2]
    families = sorted(partner.families, key=lambda f: -partner.intensity.get(f, 0))
    adjectives = [GRADER.feeling_adjectives[f] for f in families if f in GRADER.feeling_adjectives]
    if adjectives:
        return list(dict.fromkeys(adjectives))[:2]
    if partner.valence == "positive":
        return ["happy"]
    return ["hurt"] if upset else []


# The surface a partner hides behind ("it's fine", "whatever", "it doesn't matter"): said back as
# a reason it takes the shrug at its word.
_BRUSH_OFF = re.compile(
    r"\b(?:(?:it'?s|that'?s|i'?m)\s+(?:totally\s+|completely\s+|really\s+)?(?:fine|ok|okay|"
    r"alright|all\s+right|no\s+big\s+deal)|it\s+doesn'?t\s+(?:even\s+|really\s+)?matter|"
    r"i\s+don'?t\s+(?:even\s+|really\s+)?care|whatever|not\s+a\s+big\s+deal)\b",
    re.I,
)
_BRUSH_OFF_THAT = re.compile(rf"^(?:{_BRUSH_OFF.pattern})\s+that\s+", re.I)


def reason_clauses(statement: str) -> list[str]:
    """The statement's sentences in the listener's voice, the most personal first; questions,
    quotes and run-ons are left out rather than spliced badly."""
    out: list[tuple[int, int, str]] = []
    focus = _singled_out(statement)
    for index, found in enumerate(list(_SENTENCES.finditer(statement))[:6]):
        sentence = found.group().strip()
        if focus:
            # "what got me was that you...": only the part they singled out is the reason
            inside = [f for f in focus if found.start() <= f[0] < found.end()]
            if not inside:
                continue
            sentence = statement[inside[0][0] : inside[0][1]].strip()
            sentence = re.sub(r"^(?:that|how|when)\s+", "", sentence, flags=re.I)
        if _TRAILS_OFF.search(sentence) or _NOT_A_REASON.match(sentence):
            continue
        if "?" in sentence and not QUESTION_START.match(sentence.lower()):
            # a rhetorical question keeps its statement part ("I did X, and I'm meant to ...?")
            sentence = re.split(r",\s+|\s+(?:and|but)\s+", sentence, maxsplit=1)[0]
        if not sentence or "?" in sentence or re.search(r"[\"\u201c\u201d]", sentence):
            continue
        while True:
            stripped = _FILLER.sub("", sentence, count=1)
            if stripped == sentence:
                break
            sentence = stripped
        sentence = _TAIL.sub("", sentence).strip(" ,;:-")
        # "it's fine that you forgot": keep what happened, never the shrug as the reason
        sentence = _BRUSH_OFF_THAT.sub("", sentence, count=1)
        if _BRUSH_OFF.search(sentence):
            continue
        words = sentence.split()
        if not 3 <= len(words) <= MAX_CLAUSE_WORDS or not sentence.isascii():
            continue
        for rank, part in enumerate(dict.fromkeys([sentence, *_first_part(sentence)])):
            clause = swap_person(part)
            if not _is_clause(clause):
                continue
            personal = len(re.findall(r"\b(?:you|your|you're|you've|I|me)\b", clause))
            out.append((-personal, index * 2 + rank, clause))
    return [c for _, _, c in sorted(out)]


def singled_out(statement: str) -> list[str]:
    """The parts they singled out, in their own words and case."""
    text = statement if len(statement.lower()) == len(statement) else statement.lower()
    return [text[a:b] for a, b in _singled_out(statement)]


def _singled_out(statement: str) -> list[tuple[int, int]]:
    """Spans of the part they singled out ("what got me was that...", "I'm not bothered that X.
    I'm hurt that Y"): the grader's own reading (patterns/statement.py), so an offered
    reflection says back what the grade asks for."""
    lowered = statement.lower()
    return [m.span("focus") for rx in S.FOCUS_PATTERNS for m in rx.finditer(lowered)]


_SUBJECT_START = re.compile(
    r"^(?:(?:when|whenever|since|after|every time|each time|if)\s+)?(?:I|you|he|she|it|we|they|there|this|that|everyone|nobody|no one|someone|"
    r"my|your|his|her|our|their|the|a|an|[A-Z][a-z]+)(?:'[a-z]+)?\b"
)
_VERBISH = re.compile(
    r"\b(?:\w+ed|\w+'(?:s|re|ve|d|ll|m)|\w+n't|"
    + "|".join(re.escape(v) for v in sorted(FEEDBACK.clause_verbs))
    + r")\b",
    re.I,
)


def _is_clause(text: str) -> bool:
    """A subject and a verb, so 'because ...' reads as a sentence, not a fragment."""
    return bool(_SUBJECT_START.match(text)) and bool(_VERBISH.search(text))


def _first_part(sentence: str) -> list[str]:
    """The sentence up to its first comma or 'and', when that still says something."""
    head = re.split(r",\s+|\s+(?:and|but)\s+", sentence, maxsplit=1)[0].strip()
    return [head] if len(head.split()) >= 5 and head != sentence else []


def _has_feeling(text: str) -> bool:
    return any(h.kind == "feeling" for h in find_feelings(text.lower()))


def reflection_candidates(
    statement: str, partner: PartnerFeelings, hidden: HiddenTruth | None, upset: bool
) -> list[str]:
    """Fluent candidates, fuller ones first; the caller grades them and shows the first pass."""
    feelings = feeling_words(partner, hidden, upset)
    named = " and ".join(feelings)
    # plain good news ("I got the job") is glad even with no feeling word or "!" in it
    glad = partner.valence == "positive" or (
        partner.valence == "unknown"
        and (partner.news == "positive" or ("!" in statement and partner.news != "negative"))
        and not upset
    )
    out: list[str] = []
    for clause in reason_clauses(statement)[:4]:
        if _has_feeling(clause):
            out.append(f"It sounds like {clause}, and that makes sense. {CHECK_IN}")
        if named:
            out.append(f"It sounds like you're feeling {named}, because {clause}. {CHECK_IN}")
            out.append(f"No wonder you feel {named}: {clause}. {CHECK_IN}")
            out.append(f"You're {named} because {clause}. {CHECK_IN}")
        if glad:
            out.append(f"It sounds like you're so happy, because {clause}. {CHECK_IN}")
            out.append(f"Wow, {clause}! You sound so proud of it. {CHECK_IN}")
        else:
            out.append(f"So {clause}, and that's been really hard. {CHECK_IN}")
            out.append(f"That sounds really hard: {clause}. {CHECK_IN}")
            out.append(f"It sounds like {clause}, and that's a lot to carry. {CHECK_IN}")
    return [text for text in out if not fluency_problems(text, statement)]


def core_sentences(
    statement: str, partner: PartnerFeelings, hidden: HiddenTruth | None, upset: bool
) -> list[str]:
    """Fluent feeling-and-reason sentences with no check-in, for an edit that lacks them."""
    out: list[str] = []
    for text in reflection_candidates(statement, partner, hidden, upset):
        out.append(text.removesuffix(CHECK_IN).strip())
    return out
