"""What a coach may see of a learner's practice. Joining a coach's group shows that coach the
attempts made from the moment of joining (the earliest join among the coach's groups the
learner is still in), plus attempts on the coach's own drills; earlier practice stays private.
Leaving a group ends what it showed; re-joining starts again from the new join.

One rule in two forms: `sees` judges one attempt in Python, `clause` filters SQL queries (the
attempt list, the dashboard, the review list). tests/test_access.py checks they agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import and_, case, false, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from trainer.store.rows import as_utc
from trainer.store.tables import AttemptRow, DrillRow, GroupRow, MembershipRow


class _Attempt(Protocol):
    @property
    def learner_id(self) -> str: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def drill_id(self) -> str | None: ...


@dataclass(frozen=True)
class CoachView:
    """One coach's view: since when they see each learner in their groups, and their drills."""

    coach_id: str
    since: Mapping[str, dt.datetime]
    drills: frozenset[str]

    def sees(self, attempt: _Attempt) -> bool:
        start = self.since.get(attempt.learner_id)
        if start is None:
            return False
        return as_utc(attempt.created_at) >= start or attempt.drill_id in self.drills

    def clause(self, learner_ids: Iterable[str] | None = None) -> ColumnElement[bool]:
        """The same rule as a WHERE clause on attempts (of the given learners, or all)."""
        ids = sorted(self.since if learner_ids is None else set(learner_ids) & set(self.since))
        if not ids:
            return false()
        if len(ids) == 1:
            start: ColumnElement[dt.datetime] | dt.datetime = self.since[ids[0]]
        else:
            start = case({i: self.since[i] for i in ids}, value=AttemptRow.learner_id)
        own_drill = AttemptRow.drill_id.in_(sorted(self.drills)) if self.drills else false()
        return and_(AttemptRow.learner_id.in_(ids), or_(AttemptRow.created_at >= start, own_drill))


def coach_view(session: Session, coach_id: str) -> CoachView:
    joined = session.execute(
        select(MembershipRow.learner_id, func.min(MembershipRow.joined_at))
        .join(GroupRow, GroupRow.id == MembershipRow.group_id)
        .where(GroupRow.coach_id == coach_id)
        .group_by(MembershipRow.learner_id)
    )
    drills = session.scalars(select(DrillRow.id).where(DrillRow.coach_id == coach_id))
    return CoachView(coach_id, {lid: as_utc(at) for lid, at in joined}, frozenset(drills))
