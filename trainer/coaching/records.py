"""Stored attempts as plain data: what the store returns and what progress maths reads.

The store (trainer/store) maps rows to these models; nothing here touches a database, so
progress, history filters and exports are pure functions of a list of records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from typing import Literal

from pydantic import Field

from trainer.grading.assemble import grade_from_rubrics
from trainer.grading.offline.grader import read_response
from trainer.grading.schema import Frozen, Grade, GradeRequest, HiddenTruth, RubricKey
from trainer.grading.scoring import rationale
from trainer.prompts import RubricSet, load_rubrics

AttemptStatus = Literal["pending", "graded", "failed"]
Role = Literal["learner", "coach"]
ROLES: tuple[Role, ...] = ("learner", "coach")


class Scores(Frozen):
    """The numbers of a grade (after any coach override): what progress maths needs, without
    parsing a whole grade. The store fills it from its score columns."""

    overall: int = Field(ge=0, le=100)
    passed: bool
    rubrics: dict[RubricKey, int]
    rubric_passed: dict[RubricKey, bool]

    @classmethod
    def from_columns(
        cls, overall: int, passed: bool, rubrics: dict[RubricKey, int], pass_score: int
    ) -> Scores:
        """Trusted numbers (the store's columns, written from a validated Grade): built without
        re-checking, which was most of the time of loading a long history."""
        return cls.model_construct(
            overall=overall, passed=passed, rubrics=rubrics,
            rubric_passed={k: rubric_passes(v, pass_score) for k, v in rubrics.items()},
        )  # fmt: skip

    @classmethod
    def of(cls, grade: Grade) -> Scores:
        return cls(
            overall=grade.score,
            passed=grade.passed,
            rubrics={k: r.score for k, r in grade.rubrics.items()},
            rubric_passed={k: r.passed for k, r in grade.rubrics.items()},
        )


class OverrideRecord(Frozen):
    """A coach's correction of one rubric: the grader's score, the coach's, and why."""

    override_id: str
    attempt_id: str
    coach_id: str
    rubric: RubricKey
    original_score: int = Field(ge=0, le=4)
    score: int = Field(ge=0, le=4)
    reason: str
    created_at: dt.datetime


class AttemptRecord(Frozen):
    """One reflection a learner typed, and (once graded) the grade it got.

    Written as `pending` before grading, so a crash or a provider failure keeps the text;
    `failed` keeps the reason grading could not finish."""

    attempt_id: str
    learner_id: str
    created_at: dt.datetime = Field(description="UTC, timezone-aware")
    statement: str
    response: str
    context: str | None = None
    hidden_truth: HiddenTruth | None = None
    scenario_id: str | None = None
    theme: str | None = None
    difficulty: str | None = None
    mode: str = "reflect"
    retry_of: str | None = Field(None, description="attempt id this one reworks (Try again)")
    drill_id: str | None = None
    status: AttemptStatus = "pending"
    grade: Grade | None = None
    grader: str | None = None
    prompt_hash: str | None = None
    graded_at: dt.datetime | None = None
    error: str | None = None
    released: bool = Field(True, description="False while a coach's review holds the feedback")
    overrides: list[OverrideRecord] = Field(default_factory=list)
    scores: Scores | None = Field(
        None, description="set by the store from its columns; else derived from the grade"
    )

    @cached_property
    def result(self) -> Scores | None:
        """The scores, whether or not the full grade was loaded (None before grading)."""
        if self.scores is not None:
            return self.scores
        return Scores.of(self.grade) if self.grade is not None else None

    @property
    def score(self) -> int | None:
        return self.result.overall if self.result else None

    def grade_request(self) -> GradeRequest:
        """What was graded: the statement, the reply, its context and the hidden truth."""
        return GradeRequest(statement=self.statement, response=self.response,
                            context=self.context, hidden_truth=self.hidden_truth)  # fmt: skip

    @property
    def awaiting_review(self) -> bool:
        return self.status == "graded" and not self.released


def rubric_passes(score: int | None, pass_score: int) -> bool:
    """One rubric score passes at the rubric file's pass_score (no score: not passed). The
    store's `passed` column is written from this rule (tests/test_parity.py)."""
    return score is not None and score >= pass_score


def all_pass(scores: Iterable[int | None], pass_score: int) -> bool:
    """A grade passes when every rubric passes."""
    return all(rubric_passes(s, pass_score) for s in scores)


def latest_overrides(overrides: Iterable[OverrideRecord]) -> dict[RubricKey, OverrideRecord]:
    """The override in force for each rubric: the newest one wins."""
    return {o.rubric: o for o in sorted(overrides, key=lambda o: o.created_at)}


def apply_overrides(
    grade: Grade,
    overrides: list[OverrideRecord],
    request: GradeRequest,
    rubric_set: RubricSet | None = None,
) -> Grade:
    """The grade as the coach corrected it. Each overridden rubric takes the coach's score (the
    newest override wins), and its rationale says so, why, and what the grader found; a rubric
    the coach passes loses the grader's costs on it. Then the overall score, pass, tip and
    minimal edit are worked out again from the corrected rubrics by the graders' own path
    (trainer.grading.assemble.grade_from_rubrics), so nothing contradicts the new score."""
    if not overrides:
        return grade
    rubric_set = rubric_set or load_rubrics()
    rubrics = grade.rubrics
    for key, o in latest_overrides(overrides).items():
        result, rdef = rubrics.get(key), rubric_set.rubrics[key]
        passed = rubric_passes(o.score, rubric_set.pass_score)
        was_passed = rubric_passes(o.original_score, rubric_set.pass_score)
        # What the grader found, in its own words, kept as the grader's view.
        found = rationale(rdef, result.checklist, o.original_score, was_passed)
        found = found.partition("): ")[2].rstrip(".") or found
        update: dict[str, object] = {
            "score": o.score,
            "passed": passed,
            "rationale": f"Coach: {o.reason.rstrip('.')}. {rdef.title} {o.score}/4 "
            f"({'passes' if passed else 'does not pass'}) as your coach scored it; the "
            f"grader gave {o.original_score}/4 ({found}).",
        }
        if passed and not was_passed:
            # The coach ruled the grader's costs on this rubric do not count: they no longer
            # drive the tip, the minimal edit or the red highlights.
            costs = {it.id for it in rdef.items if it.effect == "cost"}
            update["checklist"] = {i: yes and i not in costs for i, yes in result.checklist.items()}
            update["evidence"] = [e for e in result.evidence if e.effect != "cost"]
        rubrics = rubrics.model_copy(update={key: result.model_copy(update=update)})
    reading = read_response(request, rubric_set, english_only=False)
    return grade_from_rubrics(rubric_set, reading, rubrics, grade.flags, grade.metadata)


def coach_notes(record: AttemptRecord) -> list[str]:
    """The coach's corrections of an attempt in words a learner reads, one per rubric."""
    return [
        f"Your coach changed {rubric_title(o.rubric)} from {o.original_score}/4 to "
        f"{o.score}/4: {o.reason}"
        for o in latest_overrides(record.overrides).values()
    ]


def rubric_title(key: RubricKey) -> str:
    return load_rubrics().rubrics[key].title
