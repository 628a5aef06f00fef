"""Who a coach may reach, on SQLite and PostgreSQL: a learner enters a group only by their own
act (or is added by the coach who made their profile on a shared laptop), and a coach sees a
learner's attempts only from the moment they joined (plus attempts on that coach's drills),
in every place a coach reads attempts. The visibility rule exists in Python and in SQL; a
parity test checks the two agree."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from sqlalchemy import select

from trainer.coaching import service as c
from trainer.coaching.dashboard import coach_dashboard
from trainer.coaching.drills import DrillSpec, PassRule, drill_progress
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest
from trainer.store import AccessDenied, Actor, NotFound, Store
from trainer.store.tables import AttemptRow

STATEMENT = "My boss dumped another project on me and you didn't even ask how my day was."
HEARD = "You're swamped, and it hurt that I didn't even ask about your day. Is that it?"
ADVICE = "You should tell your boss no."
T0 = dt.datetime(2020, 1, 6, 9, 0, tzinfo=dt.UTC)  # before any test run: "earlier practice"
TODAY = dt.date(2026, 11, 26)


def hours(n: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=n)


def _spec(**kw: object) -> DrillSpec:
    base: dict[str, object] = {
        "title": "No fixing", "instructions": "Reflect, don't advise.", "focus": ["not_fixing"],
        "scenarios": ["work_stress-001"], "repetitions": 1, "pass_rule": PassRule(passes_needed=1),
    }  # fmt: skip
    return DrillSpec.model_validate(base | kw)


def _attempt(store: Store, who: Actor, at: dt.datetime | None = None, response: str = HEARD,
             drill_id: str | None = None, released: bool = True) -> str:  # fmt: skip
    a = store.start_attempt(who, statement=STATEMENT, response=response, now=at,
                            drill_id=drill_id, released=released)  # fmt: skip
    store.attach_grade(who, a.attempt_id, grade_offline(GradeRequest(statement=STATEMENT,
                                                                     response=response)))  # fmt: skip
    return a.attempt_id


def refused(call: Callable[[], object]) -> None:
    """A cross-coach read or write: it must raise and (checked by the caller) change nothing."""
    with pytest.raises((AccessDenied, NotFound)):
        call()


def test_a_coach_cannot_take_over_another_coachs_learner(store: Store) -> None:
    """The issue's steps: Mia joined Ben's group by code; Ana adds her to her own group, then
    overrides and releases Mia's attempts. Every step must be refused and change nothing."""
    ana, ben = store.create_profile("Ana", "coach"), store.create_profile("Ben", "coach")
    mia = store.create_profile("Mia")
    tue_a, bens = c.create_group(store, ana, "TueA"), c.create_group(store, ben, "Ben's")
    c.join_group(store, mia, bens.invite_code)
    drill = c.create_drill(store, ben, _spec(review_before_release=True))
    c.assign(store, ben, drill.drill_id, group_id=bens.group_id)
    graded = _attempt(store, mia)
    held = _attempt(store, mia, drill_id=drill.drill_id, released=False)

    refused(lambda: c.add_to_group(store, ana, tue_a.group_id, mia.profile_id))
    assert c.learners(store, ana) == [] and c.groups(store, mia) == [c.groups(store, ben)[0]]
    refused(lambda: c.override(store, ana, graded, "accuracy", 4, "x"))
    refused(lambda: c.release(store, ana, held))
    refused(lambda: store.attempt(ana, graded))
    refused(lambda: store.attempts(ana, mia.profile_id))
    refused(lambda: c.assign(store, ana, c.create_drill(store, ana, _spec()).drill_id,
                                    learner_id=mia.profile_id))  # fmt: skip
    assert c.awaiting_review(store, ana) == [] and coach_dashboard(store, ana, TODAY) == []
    assert c.overrides_by(store, ana) == []
    assert store.attempt(mia, graded).overrides == []  # nothing was written
    assert store.attempt(mia, held).grade is None  # still held for Ben
    assert [a.attempt_id for a in c.awaiting_review(store, ben)] == [held]

    # A new coach profile (anyone can make one) cannot add any local learner either.
    eve = store.create_profile("Eve", "coach")
    eves = c.create_group(store, eve, "Eve's")
    lee = store.create_profile("Lee")  # made without a coach: joins only by code
    for learner in (mia, lee):
        refused(lambda learner=learner: c.add_to_group(  # type: ignore[misc]
            store, eve, eves.group_id, learner.profile_id))  # fmt: skip
    assert c.learners(store, eve) == [] and c.addable_learners(store, eve) == []


def test_a_coach_adds_only_profiles_they_made_that_no_other_coach_has(store: Store) -> None:
    ana, ben = store.create_profile("Ana", "coach"), store.create_profile("Ben", "coach")
    first, second = c.create_group(store, ana, "Mon"), c.create_group(store, ana, "Tue")
    bens = c.create_group(store, ben, "Ben's")
    kai = c.create_learner(store, ana, first.group_id, "Kai")  # a workshop laptop
    assert [a.name for a in c.learners(store, ana, first.group_id)] == ["Kai"]
    assert [a.name for a in c.addable_learners(store, ana)] == ["Kai"]
    refused(lambda: c.add_to_group(store, ben, bens.group_id, kai.profile_id))
    c.add_to_group(store, ana, second.group_id, kai.profile_id)  # Ana's own profile: fine
    c.join_group(store, kai, bens.invite_code)  # Kai's own act
    third = c.create_group(store, ana, "Wed")
    refused(lambda: c.add_to_group(store, ana, third.group_id, kai.profile_id))
    assert c.addable_learners(store, ana) == []
    assert c.learners(store, ana, third.group_id) == []


def test_joining_shows_the_coach_only_practice_from_then_on(store: Store) -> None:
    ana, ben = store.create_profile("Ana", "coach"), store.create_profile("Ben", "coach")
    lee = store.create_profile("Lee")
    group = c.create_group(store, ana, "Tuesday")
    drill = c.create_drill(store, ana, _spec(review_before_release=True))
    bens_drill = c.create_drill(store, ben, _spec(title="Ben's"))
    private = _attempt(store, lee, hours(1), ADVICE)  # before joining: Lee's own
    on_her_drill = _attempt(store, lee, hours(2), ADVICE, drill_id=drill.drill_id,
                            released=False)  # fmt: skip
    on_other_drill = _attempt(store, lee, hours(3), drill_id=bens_drill.drill_id)
    c.join_group(store, lee, group.invite_code)  # now: after all of the above
    shared = _attempt(store, lee, None, ADVICE)
    c.assign(store, ana, drill.drill_id, learner_id=lee.profile_id)

    seen = {a.attempt_id for a in store.attempts(ana, lee.profile_id)}
    assert seen == {on_her_drill, shared}
    assert len(store.attempts(lee)) == 4  # Lee still sees everything
    for hidden in (private, on_other_drill):
        refused(lambda hidden=hidden: store.attempt(ana, hidden))  # type: ignore[misc]
        refused(lambda hidden=hidden: c.override(  # type: ignore[misc]
            store, ana, hidden, "not_fixing", 4, "x"))  # fmt: skip
    assert store.attempt(lee, private).overrides == []
    (row,) = coach_dashboard(store, ana, TODAY)
    assert row.attempts == 2 and row.rubrics["not_fixing"].pass_rate == 0.0
    assert [a.attempt_id for a in c.awaiting_review(store, ana)] == [on_her_drill]
    c.override(store, ana, shared, "not_fixing", 4, "she asked for advice")
    assert [r.attempt_id for r, _ in c.overrides_by(store, ana)] == [shared]
    progress = drill_progress(drill, store.attempts(ana, lee.profile_id), TODAY)
    assert progress.attempts == 1  # the drill attempt, made before joining, still counts

    # Leaving ends the view; joining again starts from the new moment (plus Ana's drill).
    c.leave_group(store, lee, group.group_id)
    refused(lambda: store.attempts(ana, lee.profile_id))
    refused(lambda: store.attempt(ana, shared))
    refused(lambda: c.release(store, ana, on_her_drill))
    assert coach_dashboard(store, ana, TODAY) == [] and c.awaiting_review(store, ana) == []
    assert c.overrides_by(store, ana) == []
    between = _attempt(store, lee)
    c.join_group(store, lee, group.invite_code)
    after = _attempt(store, lee)
    seen = {a.attempt_id for a in store.attempts(ana, lee.profile_id)}
    assert seen == {on_her_drill, after}
    assert between not in seen and shared not in seen
    c.release(store, ana, on_her_drill)  # her drill's held feedback: hers to release


def test_held_feedback_is_released_only_by_the_coach_whose_drill_held_it(store: Store) -> None:
    ana, ben = store.create_profile("Ana", "coach"), store.create_profile("Ben", "coach")
    mia = store.create_profile("Mia")
    for coach in (ana, ben):
        c.join_group(store, mia, c.create_group(store, coach, coach.name).invite_code)
    drill = c.create_drill(store, ben, _spec(review_before_release=True))
    held = _attempt(store, mia, drill_id=drill.drill_id, released=False)
    assert store.attempt(ana, held).attempt_id == held  # in both groups: Ana may read it
    assert c.awaiting_review(store, ana) == []  # but it is not hers to review
    refused(lambda: c.release(store, ana, held))
    assert store.attempt(mia, held).grade is None
    c.release(store, ben, held)
    assert store.attempt(mia, held).grade is not None


def test_the_visibility_rule_agrees_in_python_and_sql(store: Store) -> None:
    """CoachView.sees (one attempt, Python) and CoachView.clause (SQL: attempt lists, the
    dashboard, reviews) over random joins, leaves and attempts, on both databases."""
    rng = random.Random(10)
    coaches = [store.create_profile(f"Coach {i}", "coach") for i in range(3)]
    groups = [c.create_group(store, coach, f"G{i}{j}") for i, coach in enumerate(coaches)
              for j in range(2)]  # fmt: skip
    drills = [c.create_drill(store, coach, _spec(title=f"D{i}")) for i, coach in
              enumerate(coaches)]  # fmt: skip
    learners = [store.create_profile(f"L{i}") for i in range(6)]
    ids: list[str] = []
    for step in range(60):
        who = rng.choice(learners)
        if rng.random() < 0.2:
            g = rng.choice(groups)
            if g in c.groups(store, who) and rng.random() < 0.5:
                c.leave_group(store, who, g.group_id)
            else:
                c.join_group(store, who, g.invite_code, now=hours(step))
        drill_id = rng.choice([None, None, *[d.drill_id for d in drills]])
        ids.append(_attempt(store, who, hours(step + rng.random()), drill_id=drill_id))
    with store.reading() as session:
        rows = list(session.scalars(select(AttemptRow)))
    for coach in coaches:
        view = store.coach_view(coach)
        in_python = {r.id for r in rows if view.sees(r)}
        with store.reading() as session:
            in_sql = set(session.scalars(select(AttemptRow.id).where(view.clause())))
        assert in_python == in_sql
        listed = {a.attempt_id for lid in view.since for a in store.attempts(coach, lid)}
        assert listed == in_python
        dashboard = {r.learner_id: r.attempts for r in coach_dashboard(store, coach, TODAY)}
        assert dashboard == {lid: sum(r.id in in_python for r in rows if r.learner_id == lid)
                             for lid in view.since}  # fmt: skip
        assert 0 < len(in_python) < len(ids)  # the random world exercises both outcomes
