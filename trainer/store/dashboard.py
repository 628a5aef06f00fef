"""The coach dashboard's numbers, counted in the database: per learner and per rubric, attempts,
passes and the last `window` attempts against the `window` before; per drill, attempts and
passing repetitions. SQL aggregates (and a window function) keep it fast with 100,000 attempts.

Plain counts only: the verdicts (trend direction, weakest skill, drill complete) are the
domain's (trainer.coaching.dashboard). The passing rules arrive as terms (pass score, which
rubrics, a score floor); tests/test_parity.py checks each SQL form against its Python rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.sql import ColumnElement

from trainer.grading.schema import RUBRIC_KEYS, RubricKey
from trainer.store.access import CoachView
from trainer.store.repo import Store
from trainer.store.rows import as_utc
from trainer.store.tables import AssignmentRow, AttemptRow, MembershipRow, ProfileRow


@dataclass(frozen=True)
class RubricCounts:
    passed: int
    mean: float | None
    recent_passed: int
    previous_passed: int


@dataclass(frozen=True)
class LearnerCounts:
    """One learner's graded attempts as the coach sees them (trainer.store.access)."""

    learner_id: str
    name: str
    attempts: int = 0
    mean_score: float | None = None
    last_attempt_at: dt.datetime | None = None
    recent_n: int = 0
    previous_n: int = 0
    rubrics: dict[RubricKey, RubricCounts] = field(default_factory=dict)


@dataclass(frozen=True)
class DrillTerms:
    """A drill's passing rule as plain terms (trainer.coaching.drills.rubrics_to_pass)."""

    drill_id: str
    rubrics: Sequence[RubricKey]
    min_score: int | None


def rubric_pass_clause(col: ColumnElement[int | None], pass_score: int) -> ColumnElement[bool]:
    """SQL form of trainer.coaching.records.rubric_passes."""
    return col >= pass_score


def repetition_clause(terms: DrillTerms, pass_score: int) -> ColumnElement[bool]:
    """SQL form of trainer.coaching.drills.repetition_passes."""
    conds = [rubric_pass_clause(getattr(AttemptRow, k), pass_score) for k in terms.rubrics]
    if terms.min_score is not None:
        conds.append(AttemptRow.score >= terms.min_score)
    return and_(*conds)


def _passes(col: ColumnElement[int | None], pass_score: int) -> ColumnElement[int]:
    return case((rubric_pass_clause(col, pass_score), 1), else_=0)


def learner_counts(
    store: Store, view: CoachView, pass_score: int, window: int
) -> list[LearnerCounts]:
    """One entry per learner the view covers, with their graded attempts counted."""
    # The member ids (and since when each is seen) are passed as lists: as a subquery,
    # PostgreSQL's row estimate for a two-group coach made it scan the whole attempts table
    # (~150 ms vs ~35).
    members = sorted(view.since)
    if not members:
        return []
    graded = and_(view.clause(), AttemptRow.status == "graded")
    totals = (
        select(
            AttemptRow.learner_id,
            func.count().label("n"),
            func.avg(AttemptRow.score).label("mean"),
            func.max(AttemptRow.created_at).label("last"),
            *[func.sum(_passes(getattr(AttemptRow, k), pass_score)).label(f"{k}_p") for k in RUBRIC_KEYS],
            *[func.avg(getattr(AttemptRow, k)).label(f"{k}_m") for k in RUBRIC_KEYS],
        )
        .where(graded)
        .group_by(AttemptRow.learner_id)
    )  # fmt: skip
    ranked = (
        select(
            AttemptRow.learner_id,
            func.row_number().over(partition_by=AttemptRow.learner_id,
                                   order_by=AttemptRow.created_at.desc()).label("rn"),
            *[_passes(getattr(AttemptRow, k), pass_score).label(k) for k in RUBRIC_KEYS],
        ).where(graded)
    ).subquery()  # fmt: skip
    windows = (
        select(
            ranked.c.learner_id,
            func.sum(case((ranked.c.rn <= window, 1), else_=0)).label("recent_n"),
            func.sum(case((ranked.c.rn > window, 1), else_=0)).label("prev_n"),
            *[func.sum(case((ranked.c.rn <= window, ranked.c[k]), else_=0)).label(f"{k}_r") for k in RUBRIC_KEYS],
            *[func.sum(case((ranked.c.rn > window, ranked.c[k]), else_=0)).label(f"{k}_q") for k in RUBRIC_KEYS],
        )
        .where(ranked.c.rn <= 2 * window)
        .group_by(ranked.c.learner_id)
    )  # fmt: skip
    people = select(ProfileRow.id, ProfileRow.name).where(ProfileRow.id.in_(members))
    with store.reading() as session:
        names = {r.id: r.name for r in session.execute(people)}
        total = {r.learner_id: r for r in session.execute(totals)}
        win = {r.learner_id: r for r in session.execute(windows)}
    out: list[LearnerCounts] = []
    for learner_id, name in names.items():
        t, w = total.get(learner_id), win.get(learner_id)
        if t is None:
            out.append(LearnerCounts(learner_id, name))
            continue
        rubrics = {
            k: RubricCounts(
                passed=int(getattr(t, f"{k}_p") or 0),
                mean=float(getattr(t, f"{k}_m")) if getattr(t, f"{k}_m") is not None else None,
                recent_passed=int(getattr(w, f"{k}_r") or 0) if w else 0,
                previous_passed=int(getattr(w, f"{k}_q") or 0) if w else 0,
            )
            for k in RUBRIC_KEYS
        }
        out.append(LearnerCounts(
            learner_id, name, attempts=int(t.n),
            mean_score=float(t.mean) if t.mean is not None else None,
            last_attempt_at=as_utc(t.last) if t.last else None,
            recent_n=int(w.recent_n or 0) if w else 0, previous_n=int(w.prev_n or 0) if w else 0,
            rubrics=rubrics,
        ))  # fmt: skip
    return out


def drill_counts(
    store: Store, view: CoachView, learner_ids: Sequence[str], drills: Sequence[DrillTerms],
    pass_score: int,
) -> dict[str, dict[str, tuple[int, int]]]:  # fmt: skip
    """Per drill, per learner it is assigned to (directly or through a group): released
    graded attempts on it and how many pass its rule."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    if not learner_ids:
        return out
    with store.reading() as session:
        membership = {
            (r.group_id, r.learner_id)
            for r in session.execute(
                select(MembershipRow.group_id, MembershipRow.learner_id).where(
                    MembershipRow.learner_id.in_(learner_ids)
                )
            )
        }
        for terms in drills:
            rows = session.execute(
                select(AssignmentRow.learner_id, AssignmentRow.group_id).where(
                    AssignmentRow.drill_id == terms.drill_id
                )
            ).all()
            targets = {r.learner_id for r in rows if r.learner_id} | {
                lid for r in rows if r.group_id for (gid, lid) in membership if gid == r.group_id
            }
            if not targets:
                continue
            counts = {
                r.learner_id: (int(r.n), int(r.p or 0))
                for r in session.execute(
                    select(
                        AttemptRow.learner_id,
                        func.count().label("n"),
                        func.sum(case((repetition_clause(terms, pass_score), 1), else_=0)).label(
                            "p"
                        ),
                    )
                    .where(
                        AttemptRow.drill_id == terms.drill_id,
                        AttemptRow.status == "graded",
                        AttemptRow.released.is_(True),
                        AttemptRow.learner_id.in_(targets),
                        view.clause(targets),
                    )
                    .group_by(AttemptRow.learner_id)
                )
            }
            out[terms.drill_id] = {lid: counts.get(lid, (0, 0)) for lid in targets}
    return out
