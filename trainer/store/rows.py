"""Rows as the plain records the rest of the trainer sees (trainer/records.py): overrides
applied, held grades hidden, score columns read without parsing the grade when that is enough."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from trainer.coaching.records import AttemptRecord, OverrideRecord, Scores, apply_overrides
from trainer.grading.schema import RUBRIC_KEYS, Grade, GradeRequest, HiddenTruth
from trainer.prompts import load_rubrics
from trainer.store.tables import AttemptRow, OverrideRow

HEAVY_COLUMNS = ("grade_json", "hidden_truth_json")


def as_utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; everything we store is UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def override_record(row: OverrideRow, original: int) -> OverrideRecord:
    return OverrideRecord(
        override_id=row.id, attempt_id=row.attempt_id, coach_id=row.coach_id,
        rubric=row.rubric, original_score=original, score=row.score, reason=row.reason,
        created_at=as_utc(row.created_at),
    )  # fmt: skip


def row_scores(row: AttemptRow, pass_score: int) -> Scores | None:
    """The score columns (which follow any override) as Scores, without parsing the grade."""
    values = {k: getattr(row, k) for k in RUBRIC_KEYS}
    if row.score is None or row.passed is None or any(v is None for v in values.values()):
        return None
    return Scores.from_columns(row.score, row.passed, values, pass_score)


def attempt_record(
    row: AttemptRow,
    overrides: Sequence[OverrideRow] = (),
    *,
    hide_held: bool = False,
    with_grade: bool = True,
    pass_score: int | None = None,
) -> AttemptRecord:
    """A row as a record: the coach's overrides applied to the grade, and the grade hidden
    from the learner while a review holds it. Without `with_grade` only the score columns
    are read (parsing grade JSON is most of the cost of a long history)."""
    if pass_score is None:  # callers converting many rows read the rubric file once
        pass_score = load_rubrics().pass_score
    grade = Grade.model_validate_json(row.grade_json) if with_grade and row.grade_json else None
    fixes = [
        override_record(o, grade.rubrics.get(o.rubric).score)
        for o in overrides
    ] if grade else []  # fmt: skip
    hidden_truth = hidden_truth_of(row.hidden_truth_json) if with_grade else None
    if grade is not None and fixes:
        request = GradeRequest(statement=row.statement, response=row.response,
                               context=row.context, hidden_truth=hidden_truth)  # fmt: skip
        grade = apply_overrides(grade, fixes, request)
    scores = row_scores(row, pass_score) if row.status == "graded" else None
    if hide_held and not row.released:
        grade, fixes, scores = None, [], None
    return AttemptRecord.model_construct(
        attempt_id=row.id,
        learner_id=row.learner_id,
        created_at=as_utc(row.created_at),
        statement=row.statement,
        response=row.response,
        context=row.context,
        hidden_truth=hidden_truth,
        scenario_id=row.scenario_id,
        theme=row.theme,
        difficulty=row.difficulty,
        mode=row.mode,
        retry_of=row.retry_of,
        drill_id=row.drill_id,
        status=row.status,
        grade=grade,
        grader=row.grader,
        prompt_hash=row.prompt_hash,
        graded_at=as_utc(row.graded_at) if row.graded_at else None,
        error=row.error,
        released=row.released,
        overrides=fixes,
        scores=scores,
    )


def grade_columns(grade: Grade) -> dict[str, object]:
    """The grade as stored: the full JSON plus the numbers progress queries need."""
    return {
        "grade_json": grade.model_dump_json(),
        "grader": grade.metadata.grader,
        "prompt_hash": grade.metadata.prompt_hash,
        "score": grade.score,
        "passed": grade.passed,
        **{key: result.score for key, result in grade.rubrics.items()},
    }


def hidden_truth_of(raw: str | None) -> HiddenTruth | None:
    return HiddenTruth.model_validate(json.loads(raw)) if raw else None
