"""The scripted partner: heard, pushed back on, more upset on harder levels."""

from __future__ import annotations

import pytest

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade
from trainer.partner.reactions import MOODS, classify, react
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.models import Scenario


def _scenario(difficulty: str) -> Scenario:
    return next(s for s in load_bank().scenarios if s.difficulty == difficulty)


def _grade(scenario: Scenario, response: str) -> Grade:
    from trainer.grading.schema import GradeRequest

    return grade_offline(
        GradeRequest(
            statement=scenario.statement, response=response, hidden_truth=scenario.hidden_truth
        )
    )


@pytest.mark.parametrize(
    ("response", "reaction"),
    [
        ("You should just talk to them about it tomorrow.", "fixed"),
        ("Same thing happened to me last year, I was furious for weeks and then I quit.",
         "hijacked"),
        ("It's not a big deal, honestly.", "dismissed"),
        ("ok", "missed"),
    ],
)  # fmt: skip
def test_each_habit_gets_its_push_back(response: str, reaction: str) -> None:
    scenario = _scenario("easy")
    grade = _grade(scenario, response)
    assert classify(grade, "easy") == reaction
    reply = react(scenario, grade, turn=0)
    lines = getattr(scenario.lines, reaction)
    if reaction == "hijacked":  # answered for what they did: here, a story of their own
        assert reply.hijack == "me_too_story"
        lines = scenario.lines.hijacked.me_too_story
    assert reply.text in lines
    assert not reply.felt_heard


def test_a_passing_grade_is_heard_unless_the_partner_needs_more() -> None:
    scenario = _scenario("easy")
    grade = _grade(scenario, "x")
    good = grade.model_copy(update={"passed": True, "score": 81})
    assert classify(good, "easy") == "heard"
    assert classify(good, "hard") == "missed"  # hard partners take more to feel heard


def test_mood_worsens_faster_on_hard_and_eases_when_heard() -> None:
    hard, easy = _scenario("hard"), _scenario("easy")
    miss = _grade(easy, "You should just let it go.")
    assert react(easy, miss, 0, "open").mood == "guarded"
    assert react(hard, miss, 0, "open").mood == "hurt"
    assert react(hard, miss, 0, "upset").mood == "upset"  # no further than upset
    clean = _grade(easy, "x")  # no cost anywhere; mark it passing to stand for a good turn
    heard = clean.model_copy(
        update={
            "passed": True,
            "score": 100,
            "rubrics": clean.rubrics.model_copy(
                update={k: r.model_copy(update={"passed": True}) for k, r in clean.rubrics.items()}
            ),
        }
    )
    assert react(easy, heard, 0, "hurt").mood == MOODS[MOODS.index("hurt") - 1]


def test_lines_advance_with_the_turn() -> None:
    scenario = _scenario("medium")
    grade = _grade(scenario, "You should just go to bed early.")
    texts = {react(scenario, grade, turn).text for turn in range(len(scenario.lines.fixed))}
    assert texts == set(scenario.lines.fixed)
