"""Grade assembly for both graders: a reading and checklist answers in, a Grade out.

The offline grader and the LLM grader answer the rubric checklist in their own ways; from there
a grade is put together the same way: scores from the checklist, the next-step tip, the model
reflection and the minimal edit of the learner's own words, and the flags the reading raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainer.grading.feedback.compose import Feedback, compose, reply_from
from trainer.grading.feedback.focus import missed_focus, with_focus
from trainer.grading.offline.detectors import Analysis
from trainer.grading.offline.manipulation import ManipulationSpan
from trainer.grading.offline.text import normalize
from trainer.grading.schema import (
    Evidence,
    Flag,
    Grade,
    GradeMetadata,
    GradeRequest,
    RubricKey,
    Rubrics,
)
from trainer.grading.scoring import build_rubrics, next_step_tip, overall_score
from trainer.prompts import RubricSet


@dataclass(frozen=True)
class OfflineReading:
    """What the detectors read in a response: checklist answers, evidence, flags' raw material."""

    request: GradeRequest
    analysis: Analysis
    evidence: dict[RubricKey, list[Evidence]]
    manipulation: list[ManipulationSpan]
    graded_text: str  # the response with grader-directed text blanked (same offsets)


def manipulation_flag(spans: list[ManipulationSpan]) -> Flag:
    return Flag(
        code="grader_manipulation",
        message="Part of this response speaks to the grader, not the partner; it was "
        "ignored and cannot raise a score.",
        evidence=[
            Evidence(
                text=m.text, start=m.start, end=m.end, item="grader_manipulation", effect="cost"
            )
            for m in spans
        ],
    )


def reading_flags(reading: OfflineReading) -> list[Flag]:
    flags: list[Flag] = []
    if reading.manipulation:
        flags.append(manipulation_flag(reading.manipulation))
    if reading.analysis.sarcasm:
        flags.append(
            Flag(
                code="sarcasm",
                message="Sarcasm markers found: warm words in a sarcastic frame earn no validation.",
            )
        )
    if reading.analysis.quoted:
        flags.append(
            Flag(
                code="quoted_speech",
                message="Quoted speech was read as someone else's words: it counts toward "
                "accuracy, not as your advice.",
            )
        )
    return flags


def compose_feedback(reading: OfflineReading, result: Rubrics) -> Feedback:
    """Model reflection, and for a failed reply a minimal edit or the reason there is none;
    each text is regraded before it is offered (trainer/grading/feedback/)."""
    request, analysis = reading.request, reading.analysis
    norm = normalize(reading.graded_text)
    extra: list[tuple[int, str, int]] = []
    for s in analysis.cost_sentences:
        a, b = norm.span(s.start, s.end)
        extra.append((a, "", b))
    extra += [(m.start, "grader_manipulation", m.end) for m in reading.manipulation]
    reply = reply_from(
        [e for _, r in result.items() for e in r.evidence],
        extra,
        {k: dict(r.checklist) for k, r in result.items()},
        analysis.partner,
        analysis.upset_with_listener,
        passed=all(r.passed for _, r in result.items()),
    )
    return compose(request, reply)


def assemble_grade(
    rubric_set: RubricSet,
    reading: OfflineReading,
    answers: Mapping[RubricKey, Mapping[str, bool]],
    evidence: Mapping[RubricKey, list[Evidence]],
    flags: list[Flag],
    metadata: GradeMetadata,
) -> Grade:
    """The one place a Grade is put together, for either grader: scores from the checklist,
    tip, reflection and minimal edit (each regraded) from the library."""
    result = build_rubrics(rubric_set, answers, evidence)
    return grade_from_rubrics(rubric_set, reading, result, flags, metadata)


def grade_from_rubrics(
    rubric_set: RubricSet,
    reading: OfflineReading,
    result: Rubrics,
    flags: list[Flag],
    metadata: GradeMetadata,
) -> Grade:
    """Scored rubrics -> a Grade: overall score, pass, tip, model reflection and minimal edit.
    The graders come here through assemble_grade, and a coach's override
    (trainer.coaching.records.apply_overrides) with its corrected rubric scores, so a corrected
    grade's numbers and feedback follow the same rules as the grader's."""
    feedback = compose_feedback(reading, result)
    tip = next_step_tip(rubric_set, result)
    focus = missed_focus(reading.request.statement, result)
    if focus:
        main_point = rubric_set.rubrics["accuracy"].item("reflects_main_point").tip
        result, tip = with_focus(result, tip, main_point, focus)
    return Grade(
        rubrics=result,
        score=overall_score(result, rubric_set.pass_score),
        passed=all(r.passed for _, r in result.items()),
        tip=tip,
        model_reflection=feedback.model_reflection,
        minimal_edit=feedback.minimal_edit,
        no_edit_reason=feedback.no_edit_reason,
        flags=flags,
        metadata=metadata,
    )
