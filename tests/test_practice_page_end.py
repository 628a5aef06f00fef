"""When a practice conversation is over (the partner felt heard, or the turns ran out), the
page shows the summary and the next scenario, and no "Try again" for the finished turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"
GOOD = "It sounds like you're exhausted and it all landed on you at once. Is that right?"
FIXING = "You should just tell your boss no and go home on time."


@pytest.fixture(autouse=True)
def _isolated(app_db: str) -> str:
    """Each test gets its own database, and no model unless it installs one."""
    return app_db


def _run_to_the_end(reply: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["theme"] = "work_stress"
    at.session_state["difficulty"] = "easy"
    at.run()
    for _ in range(6):
        if at.session_state["practice"].run.conversation.done:
            break
        assert (
            "Try again" in [b.label for b in at.button]
            or not at.session_state["practice"].run.conversation.turns
        )
        at.text_area(key="reply").input(reply)
        next(b for b in at.button if b.label == "Send").click()
        at.run()
        assert not at.exception, at.exception
    assert at.session_state["practice"].run.conversation.done
    return at


@pytest.mark.parametrize("reply", [GOOD, FIXING], ids=["heard", "turns-ran-out"])
def test_a_finished_conversation_offers_no_try_again(reply: str) -> None:
    at = _run_to_the_end(reply)
    labels = [b.label for b in at.button]
    assert "Conversation over" in at.success[0].value
    assert "Next scenario" in labels and "Try again" not in labels
