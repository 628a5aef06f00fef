"""Coaches, groups, drills, review and overrides, on SQLite and PostgreSQL. Every access rule
has a test that the denied read or write really fails and changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from trainer.coaching import service as c
from trainer.coaching.auth import BadPin, hash_pin, verify_pin
from trainer.coaching.dashboard import coach_dashboard
from trainer.coaching.drills import DrillSpec, PassRule, drill_progress
from trainer.partner.conversation import start
from trainer.partner.practice import practice_turn
from trainer.partner.scenarios.bank import load_bank
from trainer.store import AccessDenied, Store

BANK = load_bank()
WORK = BANK.get("work_stress-001")
HEARD = (
    "It sounds like you're completely overwhelmed, with the Henderson rollout piled on top "
    "and no idea when you'll even sleep. Is that right?"
)
ADVICE = "You should tell your boss you can't take on the Henderson rollout."
TODAY = dt.date(2026, 11, 26)


def _spec(**kw: object) -> DrillSpec:
    base: dict[str, object] = {
        "title": "No fixing", "instructions": "Reflect, don't advise.",
        "focus": ["not_fixing"], "scenarios": ["work_stress-001"], "repetitions": 2,
        "pass_rule": PassRule(passes_needed=2),
    }  # fmt: skip
    return DrillSpec.model_validate(base | kw)


@pytest.fixture
def world(store: Store):  # type: ignore[no-untyped-def]
    """Coach Ana with group 'Tuesday' (Lee in it); coach Bo with his own group; Sam unattached."""
    ana, bo = store.create_profile("Ana", "coach"), store.create_profile("Bo", "coach")
    lee, sam = store.create_profile("Lee"), store.create_profile("Sam")
    tuesday = c.create_group(store, ana, "Tuesday")
    c.join_group(store, lee, tuesday.invite_code.lower())  # codes are case-insensitive
    c.create_group(store, bo, "Bo's group")
    return store, ana, bo, lee, sam, tuesday


def _practise(store: Store, who, response: str, drill=None):  # type: ignore[no-untyped-def]
    return practice_turn(store, who, start(WORK), response, drill=drill)


def test_coach_reads_only_learners_in_their_groups(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, bo, lee, sam, _ = world
    _practise(store, lee, HEARD)
    _practise(store, sam, HEARD)
    assert len(store.attempts(ana, lee.profile_id)) == 1
    with pytest.raises(AccessDenied):
        store.attempts(ana, sam.profile_id)  # not in any of Ana's groups
    with pytest.raises(AccessDenied):
        store.attempts(bo, lee.profile_id)  # in Ana's group, not Bo's
    with pytest.raises(AccessDenied):
        store.attempts(sam, lee.profile_id)  # learners read only themselves
    assert [a.name for a in c.learners(store, ana)] == ["Lee"]
    assert c.learners(store, bo) == []


def test_nobody_changes_another_coachs_drills(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, bo, lee, _, _tuesday = world
    drill = c.create_drill(store, ana, _spec())
    with pytest.raises(AccessDenied):
        c.update_drill(store, bo, drill.drill_id, _spec(title="Hijacked"), None)
    with pytest.raises(AccessDenied):
        c.delete_drill(store, bo, drill.drill_id)
    with pytest.raises(AccessDenied):
        c.assign(store, bo, drill.drill_id, learner_id=lee.profile_id)
    with pytest.raises(AccessDenied):
        c.create_drill(store, lee, _spec())  # learners do not make drills
    with pytest.raises(AccessDenied):
        c.assign(store, ana, drill.drill_id, group_id=c.groups(store, bo)[0].group_id)
    assert c.get_drill(store, ana, drill.drill_id).spec.title == "No fixing"  # unchanged
    assert c.assigned_to(store, lee) == []
    assert c.drills(store, bo) == []


def test_assigning_needs_the_learner_in_your_group(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, _, _lee, sam, tuesday = world
    drill = c.create_drill(store, ana, _spec())
    with pytest.raises(AccessDenied):
        c.assign(store, ana, drill.drill_id, learner_id=sam.profile_id)
    with pytest.raises(AccessDenied):
        c.add_to_group(store, world[2], tuesday.group_id, sam.profile_id)  # Bo, Ana's group
    c.join_group(store, sam, tuesday.invite_code)
    c.assign(store, ana, drill.drill_id, learner_id=sam.profile_id)
    assert [d.drill_id for d in c.assigned_to(store, sam)] == [drill.drill_id]


def test_learner_sees_only_drills_assigned_to_them(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, _, lee, sam, tuesday = world
    drill = c.create_drill(store, ana, _spec(due_in_days=7), today=TODAY)
    assert drill.due == TODAY + dt.timedelta(days=7)
    c.assign(store, ana, drill.drill_id, group_id=tuesday.group_id)
    assert [d.drill_id for d in c.assigned_to(store, lee)] == [drill.drill_id]
    assert c.get_drill(store, lee, drill.drill_id).drill_id == drill.drill_id
    assert c.assigned_to(store, sam) == []
    with pytest.raises(AccessDenied):
        c.get_drill(store, sam, drill.drill_id)


def test_drill_progress_follows_the_pass_rule_and_the_due_date(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, _, lee, _, tuesday = world
    drill = c.create_drill(store, ana, _spec(), due=TODAY - dt.timedelta(days=1))
    c.assign(store, ana, drill.drill_id, group_id=tuesday.group_id)
    _practise(store, lee, ADVICE, drill)
    _practise(store, lee, HEARD, drill)
    p = drill_progress(drill, store.attempts(lee), TODAY)
    assert (p.attempts, p.passed, p.complete, p.overdue) == (2, 1, False, True)
    _practise(store, lee, HEARD, drill)
    p = drill_progress(drill, store.attempts(lee), TODAY)
    assert (p.attempts, p.passed, p.complete, p.overdue) == (3, 2, True, False)


def test_review_before_release_holds_feedback_until_approved(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, bo, lee, _, _tuesday = world
    drill = c.create_drill(store, ana, _spec(review_before_release=True, repetitions=1,
                                              pass_rule=PassRule(passes_needed=1)))  # fmt: skip
    c.assign(store, ana, drill.drill_id, learner_id=lee.profile_id)
    outcome = _practise(store, lee, HEARD, drill)
    assert outcome.held_for_review and outcome.attempt is not None
    mine = store.attempt(lee, outcome.attempt.attempt_id)
    assert mine.grade is None and mine.awaiting_review  # the learner sees no grade yet
    assert store.attempt(ana, mine.attempt_id).grade is not None  # the coach does
    assert not drill_progress(drill, store.attempts(lee), TODAY).complete
    assert [a.attempt_id for a in c.awaiting_review(store, ana)] == [mine.attempt_id]
    with pytest.raises(AccessDenied):
        c.release(store, bo, mine.attempt_id)
    assert store.attempt(lee, mine.attempt_id).grade is None
    c.release(store, ana, mine.attempt_id)
    assert store.attempt(lee, mine.attempt_id).grade is not None
    assert drill_progress(drill, store.attempts(lee), TODAY).complete
    assert c.awaiting_review(store, ana) == []


def test_override_changes_what_everyone_sees_and_needs_a_reason(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, bo, lee, _, _ = world
    attempt = _practise(store, lee, ADVICE).attempt
    assert attempt is not None and attempt.grade is not None
    assert not attempt.grade.rubrics.not_fixing.passed
    with pytest.raises(AccessDenied):
        c.override(store, bo, attempt.attempt_id, "not_fixing", 4, "fine by me")
    with pytest.raises(Exception, match="reason"):
        c.override(store, ana, attempt.attempt_id, "not_fixing", 4, "  ")
    assert store.attempt(lee, attempt.attempt_id).overrides == []  # nothing was written
    o = c.override(store, ana, attempt.attempt_id, "not_fixing", 3, "they asked for ideas")
    assert (o.original_score, o.score) == (attempt.grade.rubrics.not_fixing.score, 3)
    seen = store.attempt(lee, attempt.attempt_id)
    assert seen.grade is not None and seen.grade.rubrics.not_fixing.passed
    assert "Coach: they asked for ideas" in seen.grade.rubrics.not_fixing.rationale
    (row,) = coach_dashboard(store, ana, TODAY)
    assert row.rubrics["not_fixing"].pass_rate == 1.0  # the dashboard follows the override
    (pair,) = c.overrides_by(store, ana)
    assert pair[0].attempt_id == attempt.attempt_id and pair[1][0].reason == "they asked for ideas"


def test_dashboard_per_learner_and_rubric(world) -> None:  # type: ignore[no-untyped-def]
    store, ana, bo, lee, sam, tuesday = world
    c.join_group(store, sam, tuesday.invite_code)
    drill = c.create_drill(store, ana, _spec(), due=TODAY - dt.timedelta(days=2))
    c.assign(store, ana, drill.drill_id, group_id=tuesday.group_id)
    for text in (ADVICE, ADVICE, HEARD):
        _practise(store, lee, text, drill)
    rows = {r.name: r for r in coach_dashboard(store, ana, TODAY)}
    assert set(rows) == {"Lee", "Sam"}
    lee_row, sam_row = rows["Lee"], rows["Sam"]
    assert lee_row.attempts == 3
    assert lee_row.rubrics["not_fixing"].pass_rate == pytest.approx(1 / 3)
    rates = {k: r.pass_rate for k, r in lee_row.rubrics.items()}
    assert lee_row.weakest in ("validation", "not_fixing") and rates["not_hijacking"] == 1.0
    assert rates[lee_row.weakest] == min(v for v in rates.values() if v is not None)
    assert lee_row.drills_assigned == 1 and lee_row.drills_overdue == ["No fixing"]
    assert sam_row.attempts == 0 and sam_row.drills_overdue == ["No fixing"]
    with pytest.raises(AccessDenied):
        coach_dashboard(store, lee, TODAY)
    assert coach_dashboard(store, bo, TODAY) == []


def test_pins_are_hashed_and_checked() -> None:
    stored = hash_pin("4821")
    assert "4821" not in stored
    assert verify_pin("4821", stored) and not verify_pin("4822", stored)
    assert not verify_pin("4821", None)
    for bad in ("12", "abcd", "123456789"):
        with pytest.raises(BadPin):
            hash_pin(bad)


def test_scores_only_records_give_the_same_progress_as_full_grades(world) -> None:  # type: ignore[no-untyped-def]
    """The Progress page reads score columns (fast); they must agree with the full grades,
    coach overrides included."""
    from trainer.coaching.history import filter_history
    from trainer.coaching.progress import summary

    store, ana, _, lee, _, _ = world
    ids = [_practise(store, lee, t).attempt.attempt_id for t in (ADVICE, HEARD, ADVICE)]  # type: ignore[union-attr]
    c.override(store, ana, ids[0], "not_fixing", 4, "they asked for ideas")
    full = store.attempts(lee)
    light = store.attempts(lee, with_grades=False)
    assert all(r.grade is None and r.result is not None for r in light)
    assert [r.result for r in light] == [r.result for r in full]
    assert summary(light, TODAY, detailed=full) == summary(full, TODAY)
    assert [r.attempt_id for r in filter_history(light, rubric="not_fixing", passed=False)] == [
        r.attempt_id for r in filter_history(full, rubric="not_fixing", passed=False)
    ]
    assert len(filter_history(light, rubric="not_fixing", passed=False)) == 1  # one overridden
