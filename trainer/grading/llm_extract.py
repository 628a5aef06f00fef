"""The "extract" strategy: the model copies the reply's own words per question; code checks each
copy really occurs in the reply and interprets it into checklist items.

A small model asked yes/no checklist questions answers by position or constantly; asked to copy
words it carries some signal, and a copy can be checked (a misquote is dropped, never trusted).
One plain-text request, one labelled line per question, so the server's prompt cache keeps the
fixed head (system and examples) and only the reply is read anew.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from trainer.grading.assemble import OfflineReading
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.text import normalize
from trainer.grading.schema import RUBRIC_KEYS, Evidence, RubricKey
from trainer.prompts import RubricSet

Question = Literal["advice", "feeling", "self", "mock", "event"]
QUESTIONS: tuple[Question, ...] = ("advice", "feeling", "self", "mock", "event")
# The checklist items the model's copies decide; every other item stays with the detectors.
MODEL_ITEMS: tuple[str, ...] = (
    "gives_advice",
    "me_too_story",
    "defends_self",
    "minimizes",
    "names_main_feeling",
    "wrong_feeling",
    "acknowledges_feeling",
    "reflects_main_point",
    "links_feeling_to_cause",
)
MAX_COPY_WORDS = 12

_LINE = re.compile(r"^\s*[-*]?\s*(advice|feeling|self|mock|event)\s*[:=-]\s*(.*)$", re.IGNORECASE)
_NONE = re.compile(r"^\s*(none|n/?a|nothing|no such words|-)\W*$", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SPLIT = re.compile(r"\.\.\.|\u2026|\"\s*,\s*\"|;|\s\|\s")


@dataclass(frozen=True)
class Copies:
    """What the model copied per question: located spans (offsets into the reply) and the
    pieces that were not found in the reply (dropped, kept for the record)."""

    spans: dict[Question, list[tuple[int, int]]] = field(default_factory=dict)
    rejected: dict[Question, list[str]] = field(default_factory=dict)

    def found(self, question: Question) -> bool:
        return bool(self.spans.get(question))


def parse_lines(text: str) -> dict[Question, str]:
    """The labelled lines of the answer ("advice: ..."); unlabelled lines continue the last."""
    out: dict[Question, str] = {}
    last: Question | None = None
    for line in text.splitlines():
        m = _LINE.match(line)
        if m:
            last = _question(m.group(1))
            out[last] = m.group(2).strip()
        elif last is not None and line.strip():
            out[last] = f"{out[last]}\n{line.strip()}"
    return out


def _question(label: str) -> Question:
    low = label.lower()
    for q in QUESTIONS:
        if q == low:
            return q
    raise ValueError(label)  # unreachable: the pattern only matches the labels


def pieces(answer: str) -> list[str]:
    """An answer cut into the copies it holds (lines, "...", ";"), labels and quotes stripped."""
    out = []
    for line in answer.splitlines():
        for part in _SPLIT.split(line):
            part = part.strip().strip("\"'`\u201c\u201d\u2018\u2019 ,.")
            if part and not _NONE.match(part):
                out.append(part)
    return out


def _words(text: str) -> list[tuple[str, int, int]]:
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(low)]


def locate(piece: str, reply: str) -> tuple[int, int] | None:
    """Where the copy occurs in the reply, or None: its words as an unbroken run, or at least
    80% of them inside one stretch with 3 (or all, if fewer) in a row. A copy of (nearly) the
    whole reply says nothing about which words do what, and is dropped."""
    found = _words(reply)
    wanted = [w for w, _, _ in _words(piece)]
    tokens = [w for w, _, _ in found]
    n = len(wanted)
    if not n or not tokens or (n > MAX_COPY_WORDS and n >= 0.9 * len(tokens)):
        return None
    for i in range(len(tokens) - n + 1):
        if tokens[i : i + n] == wanted:
            return found[i][1], found[i + n - 1][2]
    for i in range(len(tokens)):
        window = tokens[i : i + n + 2]
        if sum(1 for w in wanted if w in window) < 0.8 * n:
            continue
        if _longest_run(wanted, window) >= min(3, n):
            end = min(i + n + 1, len(found) - 1)
            return found[i][1], found[end][2]
    return None


def _longest_run(a: list[str], b: list[str]) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


def verify(answers: Mapping[Question, str], reply: str) -> Copies:
    """Keep the copies that occur in the reply; set aside those that do not."""
    copies = Copies()
    for question, answer in answers.items():
        for piece in pieces(answer):
            where = locate(piece, reply)
            if where is None:
                copies.rejected.setdefault(question, []).append(piece)
            else:
                copies.spans.setdefault(question, []).append(where)
    return copies


# The listener's own life is told in the first person; "I can see why you're upset" is not it.
_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|my|mine|myself|we|our|us)\b", re.IGNORECASE)
_EMPATHY_FRAME = re.compile(
    r"^\W*(?:and\s+|but\s+)?i\s*(?:'m|am)?\s*(?:can\s+|totally\s+|really\s+|completely\s+)?"
    r"(?:get|see|hear|know|understand|imagine|bet|guess|sorry|so sorry|here)\b",
    re.IGNORECASE,
)


def about_listener(copy: str) -> bool:
    """Does a copied "self" passage speak of the listener (first person, not an empathy frame)?"""
    text = copy.replace("\u2019", "'")
    return bool(_FIRST_PERSON.search(text)) and not _EMPATHY_FRAME.match(text)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def model_items(reading: OfflineReading, copies: Copies) -> dict[str, bool]:
    """The items the copies decide. Whether a copied feeling is the partner's main one is judged
    by the project's lexicon, against the partner's own words and hidden truth; advice asked for
    is not a cost; the listener's own story counts as defending when the partner is upset with
    them."""
    analysis = reading.analysis
    asked = bool(reading.request.hidden_truth and reading.request.hidden_truth.asked_for_advice)
    upset = analysis.upset_with_listener
    spans = copies.spans
    items: dict[str, bool] = {}
    items["gives_advice"] = copies.found("advice") and not asked
    own = [
        sp
        for sp in spans.get("self", [])
        if about_listener(reading.request.response[sp[0] : sp[1]])
    ]
    items["me_too_story"] = bool(own) and not upset
    items["defends_self"] = bool(own) and upset
    items["minimizes"] = copies.found("mock")
    norm = normalize(reading.graded_text)
    verdicts = []
    for f in feelings_in(norm.masked):
        if f.attributed_to_partner and any(
            _overlaps(norm.span(f.start, f.end), s) for s in spans.get("feeling", [])
        ):
            verdicts.append(analysis.partner.judge(f))
    items["names_main_feeling"] = "match" in verdicts
    items["wrong_feeling"] = "conflict" in verdicts and "match" not in verdicts
    # a copied feeling the lexicon does not know ("that's deflating") still acknowledges one
    items["acknowledges_feeling"] = any(v != "conflict" for v in verdicts) or (
        copies.found("feeling") and not verdicts
    )
    # copies that cost points cannot also say back what happened (the listener's own story
    # only when it is about the listener: the model often copies the partner's event as "self")
    costly = [*spans.get("advice", []), *spans.get("mock", []), *own]
    # a "self" copy that is not about the listener is the partner's story said back
    told = [*spans.get("event", []), *(sp for sp in spans.get("self", []) if sp not in own)]
    events = [s for s in told if not any(_overlaps(s, c) for c in costly)]
    items["reflects_main_point"] = bool(events)
    items["links_feeling_to_cause"] = items["acknowledges_feeling"] and bool(events)
    return items


# Which question's copies are the words behind an item (for the evidence shown).
_ITEM_QUESTION: dict[str, Question] = {
    "gives_advice": "advice",
    "me_too_story": "self",
    "defends_self": "self",
    "minimizes": "mock",
    "names_main_feeling": "feeling",
    "wrong_feeling": "feeling",
    "acknowledges_feeling": "feeling",
    "reflects_main_point": "event",
}


def extract_answers(
    reading: OfflineReading, copies: Copies, rubrics: RubricSet
) -> tuple[dict[RubricKey, dict[str, bool]], dict[RubricKey, list[Evidence]]]:
    """The checklist: the model's items from its verified copies, every other item from the
    detectors; and the evidence for each item answered yes (the detectors' spans when they agree,
    else the model's own located copy)."""
    decided = model_items(reading, copies)
    answers: dict[RubricKey, dict[str, bool]] = {}
    evidence: dict[RubricKey, list[Evidence]] = {}
    text = reading.request.response
    for key in RUBRIC_KEYS:
        offline = reading.analysis.answers[key]
        answers[key] = {
            it.id: decided.get(it.id, offline.get(it.id, False))
            for it in rubrics.rubrics[key].items
        }
        evidence[key] = [ev for ev in reading.evidence.get(key, []) if answers[key].get(ev.item)]
        backed = {ev.item for ev in evidence[key]}
        for it in rubrics.rubrics[key].items:
            question = _ITEM_QUESTION.get(it.id)
            if (
                not answers[key][it.id]
                or it.id in backed
                or question is None
                or it.effect == "note"
            ):
                continue
            for start, end in copies.spans.get(question, [])[:1]:
                effect: Literal["earned", "cost"] = "cost" if it.effect == "cost" else "earned"
                evidence[key].append(
                    Evidence(text=text[start:end], start=start, end=end, item=it.id, effect=effect)
                )
    return answers, evidence
