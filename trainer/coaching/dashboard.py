"""The coach dashboard: per learner and per rubric, attempts, pass rate, the last 10 attempts
against the 10 before, the weakest skill, and overdue drills. The store counts in SQL
(trainer.store.dashboard); the verdicts here reuse trainer.coaching.progress and the drill
rules, so the page, the CLI and the learner's own Progress agree."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from trainer.coaching.drills import drill_complete, rubrics_to_pass
from trainer.coaching.progress import WINDOW, RubricProgress, direction, weakest_rubric
from trainer.grading.schema import RUBRIC_KEYS, RubricKey
from trainer.prompts import load_rubrics
from trainer.store import coaching as stored
from trainer.store.dashboard import DrillTerms, drill_counts, learner_counts
from trainer.store.groups import require_coach
from trainer.store.repo import Actor, Store


class LearnerStats(BaseModel):
    model_config = ConfigDict(frozen=True)

    learner_id: str
    name: str
    attempts: int
    mean_score: float | None
    last_attempt_at: dt.datetime | None
    rubrics: dict[RubricKey, RubricProgress]
    weakest: RubricKey | None
    drills_assigned: int
    drills_complete: int
    drills_overdue: list[str]


def coach_dashboard(store: Store, coach: Actor, today: dt.date) -> list[LearnerStats]:
    """One row per learner in the coach's groups, by name."""
    require_coach(coach, "have a dashboard")
    pass_score = load_rubrics().pass_score
    view = store.coach_view(coach)
    people = learner_counts(store, view, pass_score, WINDOW)
    drills = stored.drills(store, coach)
    terms = [DrillTerms(d.drill_id, rubrics_to_pass(d.spec), d.spec.pass_rule.min_score)
             for d in drills]  # fmt: skip
    counts = drill_counts(store, view, [p.learner_id for p in people], terms, pass_score)

    out: list[LearnerStats] = []
    for p in sorted(people, key=lambda p: p.name.lower()):
        n = p.attempts
        rubrics: dict[RubricKey, RubricProgress] = {}
        for k in RUBRIC_KEYS:
            c = p.rubrics.get(k)
            passed = c.passed if c else 0
            recent = c.recent_passed / p.recent_n if c and p.recent_n else None
            prev = c.previous_passed / p.previous_n if c and p.previous_n else None
            rubrics[k] = RubricProgress(
                rubric=k, attempts=n, failed=n - passed, mean_score=c.mean if c else None,
                pass_rate=passed / n if n else None, recent_pass_rate=recent,
                previous_pass_rate=prev, direction=direction(recent, prev, p.previous_n),
            )  # fmt: skip
        assigned = complete = 0
        overdue: list[str] = []
        for drill in drills:
            got = counts.get(drill.drill_id, {}).get(p.learner_id)
            if got is None:
                continue
            done = drill_complete(drill.spec, *got)
            assigned, complete = assigned + 1, complete + int(done)
            if drill.due is not None and drill.due < today and not done:
                overdue.append(drill.spec.title)
        out.append(LearnerStats(
            learner_id=p.learner_id, name=p.name, attempts=n, mean_score=p.mean_score,
            last_attempt_at=p.last_attempt_at, rubrics=rubrics, weakest=weakest_rubric(rubrics),
            drills_assigned=assigned, drills_complete=complete, drills_overdue=overdue,
        ))  # fmt: skip
    return out
