"""The coaching service: what pages and the CLI call to run groups, drills, review,
overrides and PINs. It checks what people typed and applies the domain rules (a drill's scenarios exist,
its due date, whether an overridden grade passes), then has the store persist the result; the
store (trainer.store.coaching, trainer.store.groups) keeps access checks and SQL."""

from __future__ import annotations

import datetime as dt

from trainer.coaching.drills import Drill, DrillSpec, check_scenarios
from trainer.coaching.records import OverrideRecord, apply_overrides
from trainer.errors import TrainerError
from trainer.grading.schema import RUBRIC_KEYS, RubricKey
from trainer.store import coaching as stored
from trainer.store.coaching import assign as assign
from trainer.store.coaching import assigned_to as assigned_to
from trainer.store.coaching import awaiting_review as awaiting_review
from trainer.store.coaching import delete_drill as delete_drill
from trainer.store.coaching import drills as drills
from trainer.store.coaching import get_drill as get_drill
from trainer.store.coaching import overrides_by as overrides_by
from trainer.store.coaching import release as release
from trainer.store.groups import JOIN_NOTICE as JOIN_NOTICE
from trainer.store.groups import Group as Group
from trainer.store.groups import add_to_group as add_to_group
from trainer.store.groups import addable_learners as addable_learners
from trainer.store.groups import coach_name as coach_name
from trainer.store.groups import create_group as create_group
from trainer.store.groups import create_learner as create_learner
from trainer.store.groups import group_by_code as group_by_code
from trainer.store.groups import groups as groups
from trainer.store.groups import join_group as join_group
from trainer.store.groups import learners as learners
from trainer.store.groups import leave_group as leave_group
from trainer.store.groups import require_coach
from trainer.store.pins import change_own_pin as change_own_pin
from trainer.store.pins import has_pin as has_pin
from trainer.store.pins import reset_pin_by_coach as reset_pin_by_coach
from trainer.store.pins import resettable as resettable
from trainer.store.repo import Actor, Store, utcnow
from trainer.typed_text import check_one_line, check_typed

SCORES = range(0, 5)


def _check_drill(spec: DrillSpec) -> None:
    check_one_line("drill title", spec.title)
    check_typed("drill instructions", spec.instructions)
    check_scenarios(spec)


def create_drill(
    store: Store, coach: Actor, spec: DrillSpec, due: dt.date | None = None,
    today: dt.date | None = None,
) -> Drill:  # fmt: skip
    """Save a drill; its scenarios must exist. Without `due`, due_in_days (if any) sets it."""
    require_coach(coach, "create drills")
    _check_drill(spec)
    if due is None and spec.due_in_days:
        due = (today or utcnow().date()) + dt.timedelta(days=spec.due_in_days)
    return stored.create_drill(store, coach, spec, due)


def update_drill(
    store: Store, coach: Actor, drill_id: str, spec: DrillSpec, due: dt.date | None
) -> Drill:
    require_coach(coach, "change drills")
    stored.own_drill(store, coach, drill_id)
    _check_drill(spec)
    return stored.update_drill(store, coach, drill_id, spec, due)


def override(
    store: Store, coach: Actor, attempt_id: str, rubric: RubricKey, score: int, reason: str
) -> OverrideRecord:
    """Correct one rubric of a learner's graded attempt, with a reason (a gold label). The
    stored score and pass are the corrected grade's (records.apply_overrides), the same one
    every page and command shows."""
    attempt = stored.attempt_for_review(store, coach, attempt_id)
    if rubric not in RUBRIC_KEYS:
        raise TrainerError(f"rubric {rubric!r} is not one of {list(RUBRIC_KEYS)}.")
    if score not in SCORES:
        raise TrainerError(f"score {score} must be 0 to 4.")
    if not reason.strip():
        raise TrainerError("an override needs a reason: say what the grader missed.")
    check_typed("reason", reason)
    if attempt.result is None or attempt.grade is None:
        raise TrainerError(f"attempt {attempt_id!r} has no grade to override yet.")
    draft = OverrideRecord(
        override_id="", attempt_id=attempt_id, coach_id=coach.profile_id, rubric=rubric,
        original_score=attempt.grade.rubrics.get(rubric).score, score=score,
        reason=reason.strip(), created_at=utcnow(),
    )  # fmt: skip
    corrected = apply_overrides(attempt.grade, [draft], attempt.grade_request())
    return stored.save_override(store, coach, attempt, rubric, score, reason.strip(), corrected)
