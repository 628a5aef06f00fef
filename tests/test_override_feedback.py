"""A coach's override holds together: the overall score, pass, rationale, tip and minimal edit
are worked out again from the corrected rubric scores, the score columns follow, and the
learner sees the released feedback with the coach's reason (the record, the CLI)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from trainer.cli import main
from trainer.coaching import service as c
from trainer.coaching.records import AttemptRecord, coach_notes
from trainer.grading.schema import Grade
from trainer.partner.conversation import start
from trainer.partner.practice import practice_turn
from trainer.partner.scenarios.bank import load_bank
from trainer.prompts import load_rubrics
from trainer.store import Actor, Store, open_store

WORK = load_bank().get("work_stress-001")
# Hears her, then offers a fix: only Not fixing fails.
LISTENS_THEN_FIXES = (
    "You are overwhelmed, with the Henderson rollout piled on top of a full week and no time "
    "to sleep. No wonder. Maybe ask your manager to push a deadline back?"
)
HEARD = (
    "It sounds like you're completely overwhelmed, with the Henderson rollout piled on top "
    "and no idea when you'll even sleep. Is that right?"
)


def _world(store: Store) -> tuple[Actor, Actor]:
    ana, lee = store.create_profile("Ana", "coach"), store.create_profile("Lee")
    c.join_group(store, lee, c.create_group(store, ana, "Tuesday").invite_code)
    return ana, lee


def _attempt(store: Store, lee: Actor, reply: str) -> AttemptRecord:
    out = practice_turn(store, lee, start(WORK), reply)
    assert out.attempt is not None and out.attempt.grade is not None
    return out.attempt


def attempt_learner(store: Store, who: Actor, attempt_id: str) -> str:
    return store.attempt(who, attempt_id).learner_id


def _holds_together(grade: Grade) -> None:
    """Every rubric's rationale states its own score and verdict; the pass follows them."""
    for _, r in grade.rubrics.items():
        verdict = "(passes)" if r.passed else "(does not pass)"
        assert re.search(rf"\b{r.score}/4 {re.escape(verdict)}", r.rationale), r.rationale
    assert grade.passed == all(r.passed for _, r in grade.rubrics.items())
    assert (grade.minimal_edit is None) == grade.passed


def _column_score(store: Store, who: Actor, attempt_id: str) -> tuple[int, bool]:
    """The score columns progress and the dashboard read (not the grade JSON)."""
    rows = store.attempts(who, attempt_learner(store, who, attempt_id), with_grades=False)
    (row,) = [r for r in rows if r.attempt_id == attempt_id]
    assert row.scores is not None
    return row.scores.overall, row.scores.passed


def test_raising_the_only_failing_rubric_makes_the_whole_grade_pass(store: Store) -> None:
    ana, lee = _world(store)
    before = _attempt(store, lee, LISTENS_THEN_FIXES)
    assert before.grade is not None
    assert [k for k, r in before.grade.rubrics.items() if not r.passed] == ["not_fixing"]
    assert before.grade.minimal_edit is not None

    c.override(store, ana, before.attempt_id, "not_fixing", 4, "she had asked me for ideas")
    after = store.attempt(lee, before.attempt_id).grade
    assert after is not None
    assert after.passed and after.score > before.grade.score
    assert after.minimal_edit is None  # nothing left to edit once it passes
    assert after.rubrics.not_fixing.rationale == (
        "Coach: she had asked me for ideas. Not fixing 4/4 (passes) as your coach scored it; "
        "the grader gave 1/4 (it gives advice)."
    )
    assert "advice" not in after.tip.lower()  # the coach ruled the advice fine
    assert not any(e.effect == "cost" for e in after.rubrics.not_fixing.evidence)
    _holds_together(after)
    assert _column_score(store, lee, before.attempt_id) == (after.score, True)


def test_lowering_a_rubric_fails_the_grade_and_the_tip_and_numbers_follow(store: Store) -> None:
    ana, lee = _world(store)
    before = _attempt(store, lee, HEARD)
    assert before.grade is not None and before.grade.passed
    c.override(store, ana, before.attempt_id, "validation", 1, "it names but never warms")
    after = store.attempt(ana, before.attempt_id).grade
    assert after is not None
    assert not after.passed and after.score < before.grade.score
    validation_tips = {it.tip for it in load_rubrics().rubrics["validation"].items}
    assert after.tip in validation_tips
    _holds_together(after)
    assert _column_score(store, ana, before.attempt_id) == (after.score, False)


def test_the_newest_override_of_a_rubric_wins_and_the_learner_reads_the_reason(
    store: Store,
) -> None:
    ana, lee = _world(store)
    attempt = _attempt(store, lee, LISTENS_THEN_FIXES)
    c.override(store, ana, attempt.attempt_id, "not_fixing", 2, "first look")
    c.override(store, ana, attempt.attempt_id, "not_fixing", 4, "she asked what to do")
    seen = store.attempt(lee, attempt.attempt_id)
    assert seen.grade is not None and seen.grade.rubrics.not_fixing.score == 4
    assert coach_notes(seen) == [
        "Your coach changed Not fixing from 1/4 to 4/4: she asked what to do"
    ]


@pytest.mark.usefixtures("no_secrets_file")
def test_trainer_history_shows_the_coachs_reason_and_one_attempts_feedback(
    db_url: str,
) -> None:
    store = open_store(db_url)
    ana, lee = _world(store)
    attempt = _attempt(store, lee, LISTENS_THEN_FIXES)
    c.override(store, ana, attempt.attempt_id, "not_fixing", 4, "she asked what to do")
    env = {"DATABASE_URL": db_url}
    listing = CliRunner().invoke(main, ["history", "--as", "Lee"], env=env)
    assert listing.exit_code == 0, listing.output
    assert "Your coach changed Not fixing from 1/4 to 4/4: she asked what to do" in listing.output
    one = CliRunner().invoke(main, ["history", "--as", "Lee", "--show", "1"], env=env)
    assert one.exit_code == 0, one.output
    assert "Your coach changed Not fixing" in one.output
    assert "passed" in one.output and "Minimal edit" not in one.output
    assert (
        CliRunner().invoke(main, ["history", "--as", "Lee", "--show", "5"], env=env).exit_code == 2
    )
