"""One rule, two forms: where a rule the Python side decides is also counted in SQL (the coach
dashboard) or written into a column SQL reads (an override's `passed`), the two must agree.
Each test builds a random world on SQLite and PostgreSQL and compares them. (The coach
visibility rule has its own parity test in tests/test_access.py.)"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select, update

from trainer.coaching import service as c
from trainer.coaching.dashboard import coach_dashboard
from trainer.coaching.drills import (
    DrillSpec,
    PassRule,
    drill_progress,
    repetition_passes,
    rubrics_to_pass,
)
from trainer.coaching.progress import rubric_progress
from trainer.coaching.records import all_pass
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import RUBRIC_KEYS, GradeRequest, RubricKey
from trainer.prompts import load_rubrics
from trainer.store import Actor, Store
from trainer.store.dashboard import DrillTerms, repetition_clause
from trainer.store.tables import AttemptRow

STATEMENT = "My sister keeps cancelling on me at the last minute and I'm tired of it."
REPLIES = (
    "You're worn out by her cancelling so late, and it stings. Is that it?",
    "You should just stop making plans with her.",
    "That happened to me too, my brother is the same.",
)
T0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 26)


def _spec(rng: random.Random, title: str) -> DrillSpec:
    focus = rng.sample(list(RUBRIC_KEYS), rng.randint(1, 4))
    reps = rng.randint(1, 4)
    rule = PassRule(passes_needed=rng.randint(1, reps), rubrics=rng.choice(["focus", "all"]),
                    min_score=rng.choice([None, None, 40, 70, 90]))  # fmt: skip
    return DrillSpec(title=title, instructions="Reflect.", focus=focus, scenarios=["work_stress-001"],
                     repetitions=reps, pass_rule=rule)  # fmt: skip


def _random_scores(store: Store, rng: random.Random, attempt_id: str) -> None:
    """Graded with random numbers in the score columns (what the dashboard's SQL reads)."""
    rubrics = {k: rng.randint(0, 4) for k in RUBRIC_KEYS}
    with store.writing() as session:
        session.execute(
            update(AttemptRow).where(AttemptRow.id == attempt_id).values(
                status="graded", score=rng.randint(0, 100),
                passed=all_pass(rubrics.values(), load_rubrics().pass_score), **rubrics,
            )
        )  # fmt: skip


def _practise(store: Store, rng: random.Random, learner: Actor, n: int, drills: list[str]) -> None:
    for i in range(n):
        a = store.start_attempt(learner, statement=STATEMENT, response=rng.choice(REPLIES),
                                drill_id=rng.choice([None, *drills]), released=rng.random() < 0.8,
                                now=T0 + dt.timedelta(hours=i))  # fmt: skip
        if rng.random() < 0.9:
            _random_scores(store, rng, a.attempt_id)


def test_a_drill_repetition_passes_alike_in_python_and_sql(store: Store) -> None:
    """repetition_passes (one record) and repetition_clause (the dashboard's count)."""
    rng = random.Random(11)
    learner = store.create_profile("Ada")
    _practise(store, rng, learner, 80, [])
    # Released only: a learner's held grades are hidden, and the dashboard counts released.
    records = [r for r in store.attempts(learner, with_grades=False) if r.released]
    pass_score = load_rubrics().pass_score
    graded = sum(r.status == "graded" for r in records)
    mixed = 0
    for i in range(25):
        spec = _spec(rng, f"D{i}")
        terms = DrillTerms(f"d{i}", rubrics_to_pass(spec), spec.pass_rule.min_score)
        in_python = {r.attempt_id for r in records if r.status == "graded"
                     and repetition_passes(spec, r)}  # fmt: skip
        with store.reading() as session:
            in_sql = set(session.scalars(select(AttemptRow.id).where(
                AttemptRow.status == "graded", AttemptRow.released.is_(True),
                repetition_clause(terms, pass_score))))  # fmt: skip
        assert in_python == in_sql, spec
        mixed += 0 < len(in_python) < graded
    assert mixed > 10  # the random specs pass some attempts and fail others


def test_drill_completion_agrees_on_the_dashboard_and_in_progress(store: Store) -> None:
    """The dashboard's drills done and overdue (SQL counts) against drill_progress over the
    records the coach sees, per learner, for random drills and attempts."""
    rng = random.Random(12)
    coach = store.create_profile("Coach", "coach")
    group = c.create_group(store, coach, "G")
    learners = [store.create_profile(f"L{i}") for i in range(5)]
    for who in learners:
        c.join_group(store, who, group.invite_code, now=T0 - dt.timedelta(days=1))
    drills = [c.create_drill(store, coach, _spec(rng, f"D{i}"),
                             due=TODAY - dt.timedelta(days=rng.choice([-3, 3])))
              for i in range(6)]  # fmt: skip
    for d in drills:
        c.assign(store, coach, d.drill_id, group_id=group.group_id)
    for who in learners:
        _practise(store, rng, who, 40, [d.drill_id for d in drills])
    seen_complete: set[bool] = set()
    for row in coach_dashboard(store, coach, TODAY):
        records = store.attempts(coach, row.learner_id, with_grades=False)
        progress = [drill_progress(d, records, TODAY) for d in drills]
        assert row.drills_assigned == len(drills)
        assert row.drills_complete == sum(p.complete for p in progress)
        assert row.drills_overdue == [p.title for p in progress if p.overdue]
        seen_complete |= {p.complete for p in progress}
    assert seen_complete == {True, False}


def test_rubric_pass_rates_agree_on_the_dashboard_and_in_progress(store: Store) -> None:
    """The dashboard's per-rubric pass counts (SQL) and rubric_progress (Python)."""
    rng = random.Random(13)
    coach = store.create_profile("Coach", "coach")
    group = c.create_group(store, coach, "G")
    learners = [store.create_profile(f"L{i}") for i in range(3)]
    for who in learners:
        c.join_group(store, who, group.invite_code, now=T0 - dt.timedelta(days=1))
        _practise(store, rng, who, 30, [])
    for row in coach_dashboard(store, coach, TODAY):
        mine = rubric_progress(store.attempts(coach, row.learner_id, with_grades=False))
        for k in RUBRIC_KEYS:
            assert row.rubrics[k].pass_rate == mine[k].pass_rate
            assert row.rubrics[k].direction == mine[k].direction


def test_an_overrides_pass_is_the_same_in_the_column_and_the_grade(store: Store) -> None:
    """After each random override, the `passed` column SQL reads (Scores from the row) equals
    the corrected grade's pass (apply_overrides) and all_pass of its rubric scores."""
    rng = random.Random(14)
    coach = store.create_profile("Coach", "coach")
    group = c.create_group(store, coach, "G")
    learner = store.create_profile("Ada")
    c.join_group(store, learner, group.invite_code, now=T0 - dt.timedelta(days=1))
    ids = []
    for i, reply in enumerate(REPLIES):
        a = store.start_attempt(learner, statement=STATEMENT, response=reply,
                                now=T0 + dt.timedelta(hours=i))  # fmt: skip
        store.attach_grade(learner, a.attempt_id,
                           grade_offline(GradeRequest(statement=STATEMENT, response=reply)))  # fmt: skip
        ids.append(a.attempt_id)
    pass_score = load_rubrics().pass_score
    seen: set[bool] = set()
    for _ in range(40):
        attempt_id = rng.choice(ids)
        rubric: RubricKey = rng.choice(RUBRIC_KEYS)
        score = rng.choice([0, 1, 2, 3, 4, 4, 4])  # mostly passing, so whole passes happen
        c.override(store, coach, attempt_id, rubric, score, "checked by hand")
        record = store.attempt(coach, attempt_id)
        assert record.grade is not None and record.scores is not None
        column = record.scores.passed
        assert column == record.grade.passed
        assert column == all_pass((r.score for _, r in record.grade.rubrics.items()), pass_score)
        seen.add(column)
    assert seen == {True, False}
