"""The feedback block says why there is no edit and shows no empty model reflection."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest


def _page(grade_json: str) -> None:
    from trainer.grading.schema import Grade
    from trainer.ui.widgets import show_feedback_texts

    show_feedback_texts(Grade.model_validate_json(grade_json))


def _markdown(grade_json: str) -> list[str]:
    app = AppTest.from_function(_page, kwargs={"grade_json": grade_json}).run()
    assert not app.exception
    return [m.value for m in app.markdown]


def test_a_reply_with_no_edit_says_why_in_words() -> None:
    grade = grade_offline(
        GradeRequest(statement="My boss hasn't paid me for two months.", response="ok")
    )
    shown = " ".join(_markdown(grade.model_dump_json()))
    assert "none. No small edit fixes this reply" in shown
    assert "None" not in shown.replace("none.", "")


def test_no_model_reflection_line_when_none_passed() -> None:
    grade = grade_offline(
        GradeRequest(statement="My boss hasn't paid me for two months.", response="ok")
    ).model_copy(update={"model_reflection": None})
    shown = _markdown(grade.model_dump_json())
    assert not any("One way to say it" in m for m in shown)
