"""The app's pages, driven headless with AppTest. Offline by default; the LLM is a
FakeChatModel with hand-written answers (not a recording) where a test needs one."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from grader_outputs import grader_json
from markdown_view import shown
from streamlit.testing.v1 import AppTest

import trainer.ui.state as ui_state
from trainer.coaching.records import AttemptRecord
from trainer.errors import LLMRateLimitError
from trainer.llm.fake import FakeChatModel
from trainer.llm.model import ChatMessage
from trainer.store import open_store

APP = Path(__file__).resolve().parent.parent / "app.py"
GOOD = "It sounds like you're exhausted and it all landed on you at once. Is that right?"


@pytest.fixture(autouse=True)
def _isolated(app_db: str) -> str:
    """Each test gets its own database, and no model unless it installs one."""
    return app_db


def _attempts(url: str) -> list[AttemptRecord]:
    store = open_store(url)
    return store.attempts(store.default_learner())


def _db() -> str:
    import os

    return os.environ["DATABASE_URL"]


def _practice(**state: object) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def _send(at: AppTest, text: str) -> AppTest:
    at.text_area(key="reply").input(text)
    next(b for b in at.button if b.label == "Send").click()
    at.run()
    assert not at.exception, at.exception
    return at


def _chat_texts(at: AppTest) -> list[str]:
    """Chat lines as a reader sees them (the page makes the text literal markdown)."""
    return [shown(m.markdown[0].value) for m in at.chat_message if m.markdown]


def _pin_scenario(monkeypatch: pytest.MonkeyPatch, scenario_id: str) -> None:
    """The page draws a scenario with an unseeded random.Random(); a test that reads one
    scenario's words pins it, so the order tests run in cannot change what it sees."""
    import trainer.partner.flow as flow

    monkeypatch.setattr(flow, "choose", lambda bank, **_kw: bank.get(scenario_id))


def _use_model(monkeypatch: pytest.MonkeyPatch, model: FakeChatModel) -> None:
    monkeypatch.setattr(ui_state, "choose_model", lambda *a, **k: model)
    ui_state._model.clear()


def test_practice_opens_with_a_partner_statement_and_the_notice() -> None:
    at = _practice()
    assert at.title[0].value == "Practice"
    statement = at.session_state["practice"].run.conversation.scenario.statement
    assert _chat_texts(at)[0] == statement
    assert any("Practice, not therapy" in c.value for c in at.caption)


def test_a_reflection_gets_feedback_a_partner_reply_and_is_stored() -> None:
    at = _practice(theme="work_stress", difficulty="easy")
    at = _send(at, GOOD)
    assert not at.error
    assert at.subheader[0].value.startswith("Score ")
    assert any(c.value.startswith("Graded by the offline grader") for c in at.caption)
    assert len(at.expander) == 4  # one rationale per rubric
    assert any(i.value.startswith("Next step:") for i in at.info)
    assert any("One way to say it" in m.value for m in at.markdown)
    outcome = at.session_state["practice"].run.last
    reply = outcome.conversation.turns[-1].reply.text
    assert reply in _chat_texts(at)
    (stored,) = _attempts(_db())
    assert stored.status == "graded" and stored.response == GOOD
    assert stored.theme == "work_stress" and stored.grade == outcome.grade


def test_empty_and_foreign_replies_get_a_message_beside_the_box() -> None:
    at = _practice()
    at = _send(at, "   ")
    assert "empty" in at.error[0].value
    assert _attempts(_db()) == []
    at = _send(at, "Je comprends que tu sois fatigué, c'est beaucoup de travail pour toi.")
    assert "English" in at.error[0].value
    (kept,) = _attempts(_db())  # the words are kept, marked failed with the reason
    assert kept.status == "failed" and "English" in (kept.error or "")


def test_too_long_reply_is_refused_with_the_limit() -> None:
    at = _send(_practice(), "word " * 1000)
    assert "limit" in at.error[0].value


def test_try_again_reworks_the_same_words_and_shows_the_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _pin_scenario(monkeypatch, "work_stress-001")  # the page draws at random among two
    at = _practice(theme="work_stress", difficulty="easy")
    at = _send(at, "You should just tell them no.")
    first = at.session_state["practice"].run.last
    next(b for b in at.button if b.label == "Try again").click()
    at.run()
    assert at.text_area(key="reply").value == "You should just tell them no."
    at = _send(at, GOOD)
    second = at.session_state["practice"].run.last
    assert second.before == first.before  # same partner words, reworked
    change = second.grade.score - first.grade.score
    assert change > 0
    assert f"({change:+d} from your last try)" in at.subheader[0].value
    newest, oldest = _attempts(_db())
    assert newest.retry_of == oldest.attempt_id


def test_llm_grade_replaces_the_offline_one_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    yes = ["reflects_main_point", "names_main_feeling", "acknowledges_feeling"]
    model = FakeChatModel([
        grader_json(yes), "reflection: You should get more sleep.",
        json.dumps({"reply": "Yes. Exactly that."}),
    ])  # fmt: skip
    _use_model(monkeypatch, model)
    at = _send(_practice(theme="work_stress", difficulty="easy"), GOOD)
    assert any(
        shown(c.value).startswith("Graded by the LLM grader (fake-model)") for c in at.caption
    )
    (stored,) = _attempts(_db())
    assert stored.grader == "llm"
    assert len(model.calls) == 3  # one grade, the model's better words, one partner reply
    # A bank scenario: its hand-written reflection is shown, not the model's, and the caption
    # under it says so.
    assert any(shown(c.value).startswith("Written by hand for this scenario") for c in at.caption)
    assert "Yes. Exactly that." in _chat_texts(at)


def test_provider_failure_keeps_the_offline_grade_with_a_visible_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def rate_limited(_messages: Sequence[ChatMessage]) -> str:
        raise LLMRateLimitError("Rate limited by the provider; wait a minute and retry.")

    _use_model(monkeypatch, FakeChatModel([rate_limited]))
    at = _send(_practice(), GOOD)
    assert any("Showing the offline grade" in w.value and "rate" in w.value.lower()
               for w in at.warning)  # fmt: skip
    (stored,) = _attempts(_db())
    assert stored.status == "graded" and stored.grader == "offline"


def test_empathy_mapping_asks_for_feelings_and_need_first() -> None:
    at = _practice(mode="empathy_mapping", theme="work_stress", difficulty="easy")
    at.text_input(key="map_feelings").input("overwhelmed, tired")
    at.text_input(key="map_need").input("some help and rest")
    at = _send(at, GOOD)
    assert any(m.value.startswith("**Your empathy map:**") for m in at.markdown)


def test_a_conversation_runs_to_a_summary() -> None:
    at = _practice(theme="work_stress", difficulty="easy")
    for _ in range(5):
        if at.session_state["practice"].run.conversation.done:
            break
        at = _send(at, GOOD)
    assert at.session_state["practice"].run.conversation.done
    assert "Conversation over" in at.success[0].value


def test_unsafe_text_stops_the_drill_with_help_instead_of_a_grade() -> None:
    at = _send(_practice(), "Honestly I want to kill myself when work gets like this.")
    assert "988" in at.error[0].value
    assert not at.subheader
    assert _attempts(_db()) == []


def test_settings_page_never_asks_for_a_key() -> None:
    at = _practice()
    at.switch_page("trainer/ui/pages/settings.py").run()
    assert not at.exception
    assert any("No LLM is configured" in i.value for i in at.info)
    labels = [t.label.lower() for t in at.text_input]
    assert labels and not any("key" in label for label in labels)
    assert any("Practice, not therapy" in i.value for i in at.info)


def test_settings_page_says_which_source_decided_each_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The key's origin is the resolver's answer, not a guess from the environment: a local
    server needs no key even when a secrets file exists."""
    Path(".streamlit").mkdir()
    Path(".streamlit/secrets.toml").write_text("[llm]\ntimeout_s = 12\n", encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("TRAINER_MODEL", "local")
    at = _practice()
    at.switch_page("trainer/ui/pages/settings.py").run()
    assert not at.exception, at.exception
    (summary,) = [shown(m.value) for m in at.markdown if "Provider:" in m.value]
    assert "API key: not needed (a local server" in summary
    assert "Model: local (from the environment (TRAINER_MODEL))" in summary
    assert (
        "12 s per grade, retries included (from [llm].timeout_s in .streamlit/secrets.toml"
        in summary
    )
    at.text_input[1].input("other")  # the Model override, for this browser session
    next(b for b in at.button if b.label == "Apply").click().run()
    (summary,) = [shown(m.value) for m in at.markdown if "Provider:" in m.value]
    assert "Model: other (from the override on this page" in summary


ADVICE = "You should just tell your boss no and go to bed early."


def _progress(at: AppTest) -> AppTest:
    at.switch_page("trainer/ui/pages/progress.py").run()
    assert not at.exception, at.exception
    return at


def test_progress_shows_the_attempt_the_trend_and_my_own_mistakes() -> None:
    at = _practice(theme="work_stress", difficulty="easy")
    at = _send(at, ADVICE)
    at = _progress(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Attempts"] == "1" and metrics["Streak (days)"] == "1"
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the trend chart
    table = at.dataframe[0].value
    assert list(table["reply"]) == [ADVICE]
    mistakes = [e.label for e in at.expander if "×" in e.label]
    assert any("advice" in label.lower() for label in mistakes), mistakes
    assert any("tell your boss no" in m.value for m in at.markdown)  # their words as example


def test_history_filters_narrow_the_table() -> None:
    at = _practice(theme="work_stress", difficulty="easy")
    at = _send(at, ADVICE)
    at = _progress(at)
    at.selectbox(key="h_theme").select("grief").run()
    assert any(c.value == "0 of 1 attempts" for c in at.caption)
    at.selectbox(key="h_theme").select("work_stress").run()
    at.selectbox(key="h_rubric").select("not_fixing").run()
    at.selectbox(key="h_result").select("not passed").run()
    assert any(c.value == "1 of 1 attempts" for c in at.caption)


def test_export_and_delete_my_data_with_confirmation() -> None:
    at = _send(_practice(), GOOD)
    at = _progress(at)
    downloads = at.get("download_button")
    assert len(downloads) == 2
    delete = next(b for b in at.button if b.label == "Delete my data")
    assert delete.disabled  # not before the confirmation box is ticked
    at.checkbox(key="confirm_delete").check().run()
    next(b for b in at.button if b.label == "Delete my data").click().run()
    assert not at.exception
    assert any(s.value == "Deleted 1 attempts." for s in at.success)
    assert _attempts(_db()) == []


def test_progress_is_empty_before_any_practice() -> None:
    at = _progress(_practice())
    assert any("No graded attempts yet" in i.value for i in at.info)


def test_self_assessment_suggests_a_start_and_opens_practice_there() -> None:
    at = _practice()
    at.switch_page("trainer/ui/pages/start.py").run()
    sliders = at.select_slider
    assert len(sliders) >= 8
    for s in sliders:
        s.set_value("Almost always" if "ask my partner" not in s.label else "Never")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, at.exception
    assert at.subheader[0].value == "Where to begin"
    suggestion = at.session_state["suggestion"]
    assert suggestion.difficulty == "easy"  # many habits answered strongly
    next(b for b in at.button if b.label == "Start practising").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Practice"
    scenario = at.session_state["practice"].run.conversation.scenario
    assert (scenario.theme, scenario.difficulty) == (suggestion.theme, suggestion.difficulty)
    assert at.session_state["practice"].run.conversation.mode == suggestion.mode


def test_a_fresh_scenario_from_the_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    from test_scenario_generate import handwritten_scenario

    _use_model(monkeypatch, FakeChatModel([handwritten_scenario()]))
    at = _practice(theme="money", difficulty="easy")
    next(b for b in at.button if b.label == "Fresh one from the LLM").click().run()
    assert not at.exception, at.exception
    scenario = at.session_state["practice"].run.conversation.scenario
    assert scenario.scenario_id.startswith("money-9") and "tomatoes" in scenario.statement
    assert "tomatoes" in _chat_texts(at)[0]


def test_fresh_scenario_needs_an_llm() -> None:
    at = _practice()
    button = next(b for b in at.button if b.label == "Fresh one from the LLM")
    assert button.disabled


def test_surprise_me_always_finds_a_scenario() -> None:
    """It once drew theme and difficulty separately and could ask for an easy upset_with_you,
    which the bank does not have."""
    at = _practice()
    seen = set()
    for _ in range(50):  # the old bug hit about 1 click in 25
        next(b for b in at.button if b.label == "Surprise me").click().run()
        assert not at.exception, at.exception
        seen.add(at.session_state["practice"].run.conversation.scenario.scenario_id)
    assert len(seen) > 10
