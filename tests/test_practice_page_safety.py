"""A reply the safety screen pauses keeps its words on the Practice page: the notice may have
misread a figure of speech, and the learner must not lose what they typed (Nothing is lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"
PAUSING = "Honestly some nights I go to bed hoping I don't wake up, and I typed this < *carefully*."


@pytest.fixture(autouse=True)
def _isolated(app_db: str) -> str:
    """Each test gets its own database, and no model unless it installs one."""
    return app_db


def test_a_paused_reply_stays_on_the_page_as_plain_text_with_the_notice() -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["theme"] = "work_stress"
    at.session_state["difficulty"] = "easy"
    at.run()
    statement = at.session_state["practice"].run.answering.partner_line()
    at.text_area(key="reply").input(PAUSING)
    next(b for b in at.button if b.label == "Send").click()
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["practice"].run.conversation.safety is not None
    assert at.error and "paused" in at.error[0].value
    said = [m.value for msg in at.chat_message for m in msg.markdown]
    # The learner's words come back whole (markdown characters escaped, so shown literally),
    # and the partner's line they answered is still there.
    assert any(
        "hoping I don't wake up" in s.replace("\\", "") and r"\*carefully\*" in s for s in said
    ), said
    assert any(statement[:30] in s.replace("\\", "") for s in said), (statement, said)
    assert [b.label for b in at.button if b.label == "Start a new scenario"]
