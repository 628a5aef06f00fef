"""The offline grader: deterministic, English-only, no network. The embedded default."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

from trainer.errors import InvalidInput
from trainer.grading.assemble import OfflineReading, assemble_grade, reading_flags
from trainer.grading.offline.detectors import Analysis, analyze
from trainer.grading.offline.language import looks_english
from trainer.grading.offline.manipulation import blank_spans, find_manipulation
from trainer.grading.offline.text import normalize
from trainer.grading.schema import (
    Evidence,
    Grade,
    GradeMetadata,
    GradeRequest,
    RubricKey,
)
from trainer.prompts import RubricSet, bundle_hash, load_rubrics

MODEL_NAME = "offline-rules-1"
MAX_EVIDENCE_PER_ITEM = 3
ENGLISH_ONLY = (
    "The offline grader reads English only, and this response looks like {language}. Write the "
    "reflection in English, or configure an LLM grader (OPENAI_API_KEY or OPENAI_BASE_URL) to "
    "grade other languages."
)
_LANGUAGE_NAMES = {
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "cjk": "Chinese or Japanese",
    "hiragana": "Japanese",
    "katakana": "Japanese",
    "hangul": "Korean",
    "thai": "Thai",
    "cyrillic": "Russian or another Cyrillic-script language",
    "arabic": "Arabic-script text",
    "devanagari": "Hindi or another Devanagari-script language",
    "hebrew": "Hebrew",
    "greek": "Greek",
}


def read_response(
    request: GradeRequest, rubric_set: RubricSet, english_only: bool = True
) -> OfflineReading:
    """Run every detector; refuse non-English when `english_only` (the LLM path reads all)."""
    response = request.response
    manip = find_manipulation(response)
    graded_text = blank_spans(response, manip)
    verdict = looks_english(graded_text) if english_only and graded_text.strip() else None
    # no letters at all (emoji, "...") is graded: it says nothing, and that is the feedback
    if verdict is not None and not verdict.is_english and verdict.reason != "no_words":
        language = _LANGUAGE_NAMES.get(verdict.language.lower(), "another language")
        raise InvalidInput("unsupported_language", ENGLISH_ONLY.format(language=language))
    analysis = analyze(graded_text, request.statement, request.context, request.hidden_truth)
    evidence = _evidence(rubric_set, analysis, graded_text, response)
    return OfflineReading(request, analysis, evidence, manip, graded_text)


def grade_offline(
    request: GradeRequest,
    rubrics: RubricSet | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Grade:
    """Answer the rubric checklist with linguistic detectors and score it."""
    started = clock()
    rubric_set = rubrics or load_rubrics()
    reading = read_response(request, rubric_set)
    metadata = GradeMetadata(
        grader="offline",
        model=MODEL_NAME,
        prompt_hash=bundle_hash(rubric_set.content_hash),
        latency_ms=0.0,
    )
    grade = assemble_grade(
        rubric_set, reading, reading.analysis.answers, reading.evidence, reading_flags(reading),
        metadata,
    )  # fmt: skip
    latency = round((clock() - started) * 1000, 3)
    return grade.model_copy(
        update={"metadata": grade.metadata.model_copy(update={"latency_ms": latency})}
    )


# Evidence for these items reads better as the whole clause ("You should just tell him no").
_CLAUSE_ITEMS = frozenset(
    {
        "gives_advice",
        "solution_question",
        "proposes_plan",
        "rushing_reassurance",
        "silver_lining",
        "minimizes",
        "judges_or_argues",
        "defends_self",
        "counter_complaint",
        "imputes_motive",
    }
)


def _clause_end(text: str, end: int, limit: int = 80) -> int:
    """Extend a span to the end of its clause, never past punctuation or `limit` chars."""
    stop = end
    while stop < len(text) and stop - end < limit and text[stop] not in ".,;!?\n":
        stop += 1
    while stop > end and text[stop - 1].isspace():
        stop -= 1
    return stop


def _evidence(
    rubric_set: RubricSet, analysis: Analysis, graded_text: str, original: str
) -> dict[RubricKey, list[Evidence]]:
    """Map detector hits back to exact substrings of the learner's own response."""
    norm = normalize(graded_text)
    owner: dict[str, tuple[RubricKey, Literal["earned", "cost"]]] = {}
    for key, rdef in rubric_set.rubrics.items():
        for item in rdef.items:
            owner[item.id] = (key, "cost" if item.effect == "cost" else "earned")
    out: dict[RubricKey, list[Evidence]] = {k: [] for k in rubric_set.rubrics}
    per_item: dict[str, int] = {}
    seen: set[tuple[str, int, int]] = set()
    for hit in sorted(analysis.hits, key=lambda h: h.start):
        if hit.item not in owner:
            continue
        key, effect = owner[hit.item]
        if not analysis.answers[key].get(hit.item):
            continue
        s, e = norm.span(hit.start, hit.end)
        if hit.item in _CLAUSE_ITEMS:
            e = _clause_end(original, e)
        if e <= s or (hit.item, s, e) in seen:
            continue
        if per_item.get(hit.item, 0) >= MAX_EVIDENCE_PER_ITEM:
            continue
        seen.add((hit.item, s, e))
        per_item[hit.item] = per_item.get(hit.item, 0) + 1
        out[key].append(Evidence(text=original[s:e], start=s, end=e, item=hit.item, effect=effect))
    return out
