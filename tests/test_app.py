"""The page, driven headless with AppTest on the offline grader: it draws what the library says."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"
RESPONSE = "You're swamped, and it stung that I didn't ask about your day. Is that it?"

pytestmark = pytest.mark.usefixtures("no_secrets_file")


def _app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    return at


def test_page_starts_offline_with_an_example_statement() -> None:
    at = _app()
    statement = at.text_area(key="statement").value
    assert statement is not None and "didn't even ask" in statement
    assert any("Practice, not therapy" in c.value for c in at.caption)
    assert any(c.value == "Grader: offline" for c in at.caption)


def test_grading_shows_scores_and_which_grader() -> None:
    at = _app()
    at.text_area(key="response").input(RESPONSE)
    at.button[0].click()
    at.run()
    assert not at.exception
    assert not at.error
    assert at.subheader[0].value.startswith("Score ")
    assert any("grader offline" in c.value for c in at.caption)
    assert len(at.expander) == 4


def test_empty_reflection_shows_the_error() -> None:
    at = _app()
    at.button[0].click()
    at.run()
    assert not at.exception
    assert "empty" in at.error[0].value
