"""Grade assembly for both graders: a reading and checklist answers in, a Grade out.

The offline grader and the LLM grader answer the rubric checklist in their own ways; from there
a grade is put together the same way: scores from the checklist, the next-step tip, the model
reflection and the minimal edit of the learner's own words, and the flags the reading raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainer.grading.offline.compose import minimal_edit, model_reflection
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


def compose_feedback(reading: OfflineReading, result: Rubrics) -> tuple[str, str | None]:
    """(model reflection, minimal edit or None when every rubric passes) for a scored result."""
    request, analysis = reading.request, reading.analysis
    reflection = model_reflection(
        request.statement, analysis.partner, request.hidden_truth, analysis.upset_with_listener
    )
    if all(r.passed for _, r in result.items()):
        return reflection, None
    costs = [e for _, r in result.items() for e in r.evidence if e.effect == "cost"]
    norm = normalize(reading.graded_text)
    cost_sents = [norm.span(s.start, s.end) for s in analysis.cost_sentences]
    cost_sents += [(m.start, m.end) for m in reading.manipulation]
    checklist = {k: r.checklist for k, r in result.items()}
    edit = minimal_edit(
        request.response,
        costs,
        cost_sents,
        needs_feeling=not (
            checklist["validation"].get("acknowledges_feeling")
            or checklist["accuracy"].get("names_main_feeling")
        ),
        feeling_word=_feeling_word(analysis),
        needs_check=not checklist["accuracy"].get("captures_need_or_checks"),
    )
    return reflection, edit


def assemble_grade(
    rubric_set: RubricSet,
    reading: OfflineReading,
    answers: Mapping[RubricKey, Mapping[str, bool]],
    evidence: Mapping[RubricKey, list[Evidence]],
    flags: list[Flag],
    metadata: GradeMetadata,
) -> Grade:
    """The one place a Grade is put together, for either grader: scores from the checklist,
    tip, reflection and minimal edit from the library."""
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
    reflection, edit = compose_feedback(reading, result)
    return Grade(
        rubrics=result,
        score=overall_score(result, rubric_set.pass_score),
        passed=all(r.passed for _, r in result.items()),
        tip=next_step_tip(rubric_set, result),
        model_reflection=reflection,
        minimal_edit=edit,
        flags=flags,
        metadata=metadata,
    )


def _feeling_word(analysis: Analysis) -> str:
    fams = analysis.partner.families
    if analysis.partner.valence == "positive":
        return "like such good news"
    if "hurt" in fams or "loneliness" in fams:
        return "really hurtful"
    if "anxiety" in fams or "insecurity" in fams:
        return "really scary"
    if "anger" in fams or "frustration" in fams:
        return "so frustrating"
    return "really hard"
