"""A practice conversation: turns, modes, the end, the summary, and the safety stop."""

from __future__ import annotations

import pytest

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import MAX_CONTEXT_CHARS, Grade, GradeRequest
from trainer.partner.conversation import (
    MAX_TURNS,
    MIRROR_NUDGE,
    EmpathyMap,
    check_map,
    earlier_context,
    grade_request,
    start,
    summarize,
    take_turn,
)
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.models import Scenario


def _scenario(difficulty: str = "easy") -> Scenario:
    return next(s for s in load_bank().scenarios if s.difficulty == difficulty)


def _passing(request: GradeRequest) -> Grade:
    """A grade standing in for a reflection that lands (every rubric passes, score 100)."""
    clean = grade_offline(request.model_copy(update={"response": "x"}))
    rubrics = clean.rubrics.model_copy(
        update={k: r.model_copy(update={"passed": True}) for k, r in clean.rubrics.items()}
    )
    return clean.model_copy(update={"passed": True, "score": 100, "rubrics": rubrics})


def test_advice_every_turn_never_closes_and_stops_at_the_limit() -> None:
    session = start(_scenario("medium"))
    while not session.done:
        session = take_turn(session, "You should just sleep on it.", grade_offline)
    assert len(session.turns) == MAX_TURNS
    assert all(t.reply.reaction == "fixed" for t in session.turns)
    summary = summarize(session)
    assert not summary.felt_heard
    assert "advice" in summary.habit_to_work_on.lower() or "vent" in summary.habit_to_work_on


def test_being_heard_closes_the_conversation_with_a_closing_line() -> None:
    scenario = _scenario("easy")
    session = take_turn(start(scenario), "anything", _passing)
    assert session.done
    assert session.turns[-1].closing == scenario.lines.closing[0]
    assert scenario.lines.closing[0] not in session.turns[-1].reply.text  # a line of its own
    assert summarize(session).felt_heard


def test_the_next_turn_answers_the_partners_latest_line_with_history_as_context() -> None:
    scenario = _scenario("medium")
    session = take_turn(start(scenario), "You should just sleep on it.", grade_offline)
    request = grade_request(session, "reply")
    assert request.statement == session.turns[-1].reply.text
    assert request.context is not None and scenario.statement in request.context
    assert request.hidden_truth == scenario.hidden_truth


def test_a_long_conversation_keeps_its_context_within_the_limit() -> None:
    """The newest turns are kept; the grader would refuse a context over the limit."""
    turns = [f"turn {n}: " + "I keep thinking about it. " * 20 for n in range(40)]
    context = earlier_context(turns)
    assert len(context) <= MAX_CONTEXT_CHARS
    assert turns[-1] in context and turns[0] not in context
    assert len(earlier_context(["x" * (MAX_CONTEXT_CHARS * 2)])) <= MAX_CONTEXT_CHARS
    short = earlier_context(["one", "two"])
    assert short.endswith("one / two")


def test_mirroring_needs_a_check_before_it_counts() -> None:
    session = take_turn(start(_scenario("easy"), "mirroring"), "anything", _passing)
    reply = session.turns[-1].reply
    assert reply.text == MIRROR_NUDGE and not reply.felt_heard and not session.done


def test_empathy_map_is_checked_against_the_hidden_truth() -> None:
    scenario = _scenario("easy")
    truth = scenario.hidden_truth
    good = check_map(scenario, EmpathyMap(feelings=truth.primary_feelings, need=truth.need))
    assert good.matched and good.need_matched
    wrong = check_map(scenario, EmpathyMap(feelings=["thrilled"], need="a new car"))
    assert not wrong.need_matched and wrong.missed


def test_check_in_opens_with_the_check_in_framing() -> None:
    session = start(_scenario("hard"), "check_in")
    assert session.partner_line().startswith("Can we talk about earlier?")


def test_talk_of_self_harm_stops_the_drill_instead_of_grading() -> None:
    def never(request: GradeRequest) -> Grade:
        raise AssertionError("a safety stop must not grade")

    session = take_turn(start(_scenario()), "honestly some days I want to kill myself", never)
    assert session.done and session.safety is not None and session.safety.flagged
    assert session.turns == []


def test_a_finished_conversation_takes_no_more_turns() -> None:
    session = take_turn(start(_scenario("easy")), "anything", _passing)
    with pytest.raises(ValueError, match="ended"):
        take_turn(session, "more", _passing)
