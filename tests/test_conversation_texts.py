"""A conversation's texts are about this learner's attempt: "Went well" in plain words with
their own words, no habit line at 100/100, a mood caption that agrees with the partner's line,
and the partner's reply and closing kept as separate lines (in the library and on the page)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from markdown_view import shown
from streamlit.testing.v1 import AppTest

from trainer.grading.learner_words import learner_words
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest
from trainer.partner.conversation import (
    Conversation,
    mood_caption,
    partner_lines,
    start,
    summarize,
    take_turn,
)
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.models import Scenario
from trainer.prompts import load_rubrics

APP = Path(__file__).resolve().parent.parent / "app.py"
ADVICE = "You should write out a to-do list and go to bed early."
REFLECTION = (
    "You're overwhelmed: the Henderson rollout landed on top of a week that was already full, "
    "and there's no time left even to sleep. Is that it?"
)


def _scenario(scenario_id: str = "work_stress-001") -> Scenario:
    return next(s for s in load_bank().scenarios if s.scenario_id == scenario_id)


def _perfect(request: GradeRequest) -> Grade:
    """A grade standing in for a reply that scores 100 (every rubric 4/4), built from the
    offline grade of the reflection so its evidence is real."""
    real = grade_offline(request.model_copy(update={"response": REFLECTION}))
    defs = load_rubrics().rubrics
    rubrics = real.rubrics.model_copy(
        update={
            k: r.model_copy(update={
                "score": 4, "passed": True,
                "checklist": {it.id: it.effect == "earn" for it in defs[k].items},
                "evidence": [e for e in r.evidence if e.effect == "earned"],
            })
            for k, r in real.rubrics.items()
        }
    )  # fmt: skip
    return real.model_copy(update={"rubrics": rubrics, "score": 100, "passed": True})


def _talk(replies: list[str], grade: Callable[[GradeRequest], Grade]) -> Conversation:
    conversation = start(_scenario())
    for reply in replies:
        conversation = take_turn(conversation, reply, grade)
    return conversation


def test_went_well_says_what_this_reply_did_with_its_own_words() -> None:
    conversation = _talk([REFLECTION], grade_offline)
    text = summarize(conversation).went_well
    assert text.startswith("Your reply ")
    quotes = re.findall(r"\u201c([^\u201d]+)\u201d", text)
    assert quotes and all(q in REFLECTION for q in quotes), text
    for rdef in load_rubrics().rubrics.values():
        assert rdef.means not in text and f"{rdef.title}:" not in text


def test_nothing_is_claimed_to_have_gone_well_in_a_reply_with_no_listening() -> None:
    summary = summarize(_talk(["ok"], grade_offline))
    assert summary.went_well == ""
    assert summary.habit_to_work_on  # but there is something to work on


def test_no_habit_to_work_on_at_100_and_the_costliest_habit_otherwise() -> None:
    assert summarize(_talk([REFLECTION], _perfect)).habit_to_work_on == ""
    mixed = summarize(_talk([ADVICE, REFLECTION], lambda r: grade_offline(r) if r.response
                            == ADVICE else _perfect(r)))  # fmt: skip
    assert "advice" in mixed.habit_to_work_on.lower()
    assert mixed.went_well.startswith("Your best reply (turn 2) ")


def test_a_partner_who_closes_heard_is_not_called_guarded() -> None:
    def grade(r: GradeRequest) -> Grade:
        return grade_offline(r) if r.response == ADVICE else _perfect(r)

    conversation = _talk([ADVICE, ADVICE, REFLECTION], grade)
    assert [t.reply.reaction for t in conversation.turns] == ["fixed", "fixed", "heard"]
    last = conversation.turns[-1]
    assert conversation.done and conversation.mood == "open"
    caption = mood_caption(last)
    assert caption == learner_words().moods.closed_heard
    assert "guarded" not in caption and "hurt" not in caption
    assert partner_lines(last) == [last.reply.text, _scenario().lines.closing[0]]
    missed = mood_caption(conversation.turns[1])
    assert "hurt" in missed and "heard" in missed  # "Not heard yet. They feel hurt now."


def _send(at: AppTest, reply: str) -> None:
    at.text_area(key="reply").input(reply)
    next(b for b in at.button if b.label == "Send").click()
    at.run()
    assert not at.exception, at.exception


@pytest.mark.usefixtures("no_secrets_file")
def test_the_practice_page_keeps_lines_apart_and_its_summary_about_the_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trainer.partner.flow as flow
    import trainer.partner.practice as practice

    # The page draws among two work_stress/easy scenarios at random: pin one, so the order
    # tests run in cannot change which partner lines this test reads.
    monkeypatch.setattr(flow, "choose", lambda bank, **_kw: bank.get("work_stress-001"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setattr(practice, "grade_offline",
                        lambda r: grade_offline(r) if r.response == ADVICE else _perfect(r))  # fmt: skip
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["theme"], at.session_state["difficulty"] = "work_stress", "easy"
    at.run()
    for reply in (ADVICE, ADVICE, REFLECTION):
        _send(at, reply)
    run = at.session_state["practice"].run
    last = run.conversation.turns[-1]
    assert last.closing is not None
    chat = [shown(m.markdown[0].value) for m in at.chat_message if m.markdown]
    assert chat[-2:] == [last.reply.text, last.closing]  # two lines, two messages
    captions = [shown(c.value) for c in at.caption]
    assert learner_words().moods.closed_heard in captions
    assert not any("guarded" in c for c in captions), captions
    texts = [shown(m.value) for m in at.markdown]
    went = next(t for t in texts if t.startswith("Went well:"))
    assert "\u201c" in went and "The response captures" not in went
    assert any(t.startswith("One habit to work on") and "advice" in t for t in texts)

    next(b for b in at.button if b.label == "Next scenario").click()
    at.run()
    _send(at, REFLECTION)  # one reply at 100/100 closes an easy conversation
    assert at.session_state["practice"].run.conversation.done
    texts = [shown(m.value) for m in at.markdown]
    assert any(t.startswith("Went well:") for t in texts)
    assert not any(t.startswith("One habit to work on") for t in texts)
