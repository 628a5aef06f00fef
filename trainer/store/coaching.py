"""Groups, drills, assignments, reviews and overrides: the coach's side of the store. Pages
and the CLI call trainer.coaching.service, which validates what people typed and applies the
rules (drill scenarios, the override's pass) before these functions persist it.

Every function takes the acting profile and checks it here, in the library: a learner reads
only their own attempts; a coach reads only learners in their groups, and of them only what
joining showed (trainer.store.access); a learner enters a group by their own act (the invite
code), or is added by the coach who made their profile on a shared laptop; nobody changes
another coach's drills. A denied read or write raises AccessDenied and changes nothing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, delete, or_, select, update

from trainer.coaching.drills import Drill, DrillSpec
from trainer.coaching.records import AttemptRecord, OverrideRecord
from trainer.errors import TrainerError
from trainer.grading.schema import Grade, RubricKey
from trainer.store.groups import own_group, require_coach
from trainer.store.repo import AccessDenied, Actor, NotFound, Store, new_id, utcnow
from trainer.store.rows import as_utc
from trainer.store.tables import (
    AssignmentRow,
    AttemptRow,
    DrillRow,
    MembershipRow,
    OverrideRow,
)


def _drill(row: DrillRow) -> Drill:
    return Drill(drill_id=row.id, coach_id=row.coach_id, spec=DrillSpec.model_validate_json(
        row.spec_json), due=row.due, created_at=as_utc(row.created_at))  # fmt: skip


# ---- drills --------------------------------------------------------------------------------


def create_drill(store: Store, coach: Actor, spec: DrillSpec, due: dt.date | None) -> Drill:
    """Save a drill (trainer.coaching.service checks its text and scenarios first)."""
    require_coach(coach, "create drills")
    row = DrillRow(id=new_id(), coach_id=coach.profile_id, title=spec.title,
                   spec_json=spec.model_dump_json(), due=due,
                   review_before_release=spec.review_before_release, created_at=utcnow())  # fmt: skip
    with store.writing() as session:
        session.add(row)
    return _drill(row)


def own_drill(store: Store, coach: Actor, drill_id: str) -> DrillRow:
    with store.reading() as session:
        row = session.get(DrillRow, drill_id)
    if row is None:
        raise NotFound(f"no drill {drill_id!r}; `trainer drill list` shows yours.")
    if row.coach_id != coach.profile_id:
        raise AccessDenied(f"drill {row.title!r} belongs to another coach; you cannot change it.")
    return row


def update_drill(
    store: Store, coach: Actor, drill_id: str, spec: DrillSpec, due: dt.date | None
) -> Drill:
    require_coach(coach, "change drills")
    own_drill(store, coach, drill_id)
    with store.writing() as session:
        session.execute(
            update(DrillRow).where(DrillRow.id == drill_id, DrillRow.coach_id == coach.profile_id)
            .values(title=spec.title, spec_json=spec.model_dump_json(), due=due,
                    review_before_release=spec.review_before_release)
        )  # fmt: skip
    return get_drill(store, coach, drill_id)


def delete_drill(store: Store, coach: Actor, drill_id: str) -> None:
    require_coach(coach, "delete drills")
    own_drill(store, coach, drill_id)
    with store.writing() as session:
        session.execute(
            delete(DrillRow).where(DrillRow.id == drill_id, DrillRow.coach_id == coach.profile_id)
        )


def drills(store: Store, coach: Actor) -> list[Drill]:
    require_coach(coach, "list their drills")
    stmt = select(DrillRow).where(DrillRow.coach_id == coach.profile_id)
    with store.reading() as session:
        return [_drill(r) for r in session.scalars(stmt.order_by(DrillRow.created_at))]


def assign(
    store: Store, coach: Actor, drill_id: str, *, learner_id: str | None = None,
    group_id: str | None = None,
) -> None:  # fmt: skip
    """Give one's own drill to a learner in one's groups, or to one of one's groups."""
    require_coach(coach, "assign drills")
    if (learner_id is None) == (group_id is None):
        raise TrainerError("assign a drill to exactly one of: a learner, a group.")
    own_drill(store, coach, drill_id)
    if group_id is not None:
        own_group(store, coach, group_id)
    elif learner_id is not None and not store.can_read_learner(coach, learner_id):
        raise AccessDenied(f"learner {learner_id!r} is not in any of your groups.")
    with store.writing() as session:
        session.add(AssignmentRow(id=new_id(), drill_id=drill_id, learner_id=learner_id,
                                  group_id=group_id, assigned_at=utcnow()))  # fmt: skip


def _assigned_stmt(learner_id: str) -> Select[DrillRow]:
    groups_of = select(MembershipRow.group_id).where(MembershipRow.learner_id == learner_id)
    return (
        select(DrillRow)
        .join(AssignmentRow, AssignmentRow.drill_id == DrillRow.id)
        .where(or_(AssignmentRow.learner_id == learner_id, AssignmentRow.group_id.in_(groups_of)))
        .distinct()
    )


def assigned_to(store: Store, actor: Actor, learner_id: str | None = None) -> list[Drill]:
    """Drills given to a learner, directly or through a group (readable by them and their
    coaches)."""
    learner = learner_id or actor.profile_id
    if not store.can_read_learner(actor, learner):
        raise AccessDenied(f"{actor.name!r} may not see learner {learner!r}'s drills.")
    with store.reading() as session:
        rows = list(session.scalars(_assigned_stmt(learner)))
    found = [_drill(r) for r in rows]
    if actor.role == "coach":
        found = [d for d in found if d.coach_id == actor.profile_id]
    return sorted(found, key=lambda d: (d.due or dt.date.max, d.created_at))


def get_drill(store: Store, actor: Actor, drill_id: str) -> Drill:
    """The owner coach, or a learner it is assigned to, may read a drill."""
    with store.reading() as session:
        row = session.get(DrillRow, drill_id)
        assigned = (
            actor.role == "learner"
            and session.scalar(
                _assigned_stmt(actor.profile_id).where(DrillRow.id == drill_id).limit(1)
            )
            is not None
        )
    if row is None:
        raise NotFound(f"no drill {drill_id!r}.")
    if row.coach_id != actor.profile_id and not assigned:
        raise AccessDenied(f"drill {row.title!r} is neither yours nor assigned to you.")
    return _drill(row)


# ---- review and overrides ------------------------------------------------------------------


def _attempt_row_for_coach(store: Store, coach: Actor, attempt_id: str) -> AttemptRow:
    require_coach(coach, "review attempts")
    with store.reading() as session:
        row = session.get(AttemptRow, attempt_id)
    if row is None:
        raise NotFound(f"no attempt {attempt_id!r}.")
    if not store.can_read_learner(coach, row.learner_id):
        raise AccessDenied(f"attempt {attempt_id!r} is by a learner outside your groups.")
    if not store.coach_view(coach).sees(row):
        raise AccessDenied(f"attempt {attempt_id!r} was made before its learner joined your "
                           "group and is not on your drill: it stays private.")  # fmt: skip
    return row


def attempt_for_review(store: Store, coach: Actor, attempt_id: str) -> AttemptRecord:
    """An attempt a coach may review: by a learner in their groups, and seen by the coach."""
    return store.to_records(coach, [_attempt_row_for_coach(store, coach, attempt_id)])[0]


def save_override(
    store: Store, coach: Actor, attempt: AttemptRecord, rubric: RubricKey, score: int,
    reason: str, corrected: Grade,
) -> OverrideRecord:  # fmt: skip
    """Store a coach's correction (checked and judged by trainer.coaching.service) and move
    the score columns progress and dashboards query to the corrected grade's."""
    result = attempt.result
    if result is None:
        raise TrainerError(f"attempt {attempt.attempt_id!r} has no grade to override yet.")
    o = OverrideRow(id=new_id(), attempt_id=attempt.attempt_id, coach_id=coach.profile_id,
                    rubric=rubric, score=score, reason=reason, created_at=utcnow())  # fmt: skip
    with store.writing() as session:
        session.add(o)
        session.execute(
            update(AttemptRow).where(AttemptRow.id == attempt.attempt_id)
            .values(**{rubric: score}, score=corrected.score, passed=corrected.passed)
        )  # fmt: skip
    return OverrideRecord(
        override_id=o.id, attempt_id=attempt.attempt_id, coach_id=coach.profile_id,
        rubric=rubric, original_score=result.rubrics[rubric], score=score, reason=o.reason,
        created_at=as_utc(o.created_at),
    )  # fmt: skip


def release(store: Store, coach: Actor, attempt_id: str) -> AttemptRecord:
    """Approve held feedback so the learner sees it: only the coach whose drill held it."""
    row = _attempt_row_for_coach(store, coach, attempt_id)
    if row.drill_id not in store.coach_view(coach).drills:
        raise AccessDenied(f"attempt {attempt_id!r} is held for the coach whose drill it is.")
    with store.writing() as session:
        session.execute(update(AttemptRow).where(AttemptRow.id == row.id).values(released=True))
    return store.attempt(coach, attempt_id)


def awaiting_review(store: Store, coach: Actor) -> list[AttemptRecord]:
    """Graded attempts held for review on the coach's drills, from learners in their groups."""
    require_coach(coach, "review attempts")
    view = store.coach_view(coach)
    stmt = (
        select(AttemptRow)
        .where(AttemptRow.released.is_(False), AttemptRow.status == "graded",
               AttemptRow.drill_id.in_(sorted(view.drills)), view.clause())
        .order_by(AttemptRow.created_at)
    )  # fmt: skip
    with store.reading() as session:
        rows = list(session.scalars(stmt))
    return store.to_records(coach, rows)


def overrides_by(store: Store, coach: Actor) -> list[tuple[AttemptRecord, list[OverrideRecord]]]:
    """Every attempt the coach corrected, with the corrections: the gold labels."""
    require_coach(coach, "export overrides")
    ids = select(OverrideRow.attempt_id).where(OverrideRow.coach_id == coach.profile_id)
    with store.reading() as session:
        rows = list(session.scalars(select(AttemptRow).where(AttemptRow.id.in_(ids))
                                    .order_by(AttemptRow.created_at)))  # fmt: skip
    view = store.coach_view(coach)
    records = store.to_records(coach, [r for r in rows if view.sees(r)])
    return [(r, [o for o in r.overrides if o.coach_id == coach.profile_id]) for r in records]
