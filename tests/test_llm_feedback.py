"""Model-written feedback is regraded before it is shown; the offline text stands otherwise.
FakeChatModel with hand-written answers; the real model's answers are in
tests/cassettes/llm_feedback_sample.yaml (tests/test_llm_feedback_cassette.py)."""

from __future__ import annotations

from trainer.errors import LLMServerError
from trainer.grading.llm_feedback import first_passing, parse_feedback, write_feedback
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest
from trainer.llm.fake import FakeChatModel
from trainer.llm.model import ChatMessage, ModelReply

STATEMENT = "My sister cancelled our trip the night before, after I'd booked everything."
ADVICE = (
    "That sounds so frustrating. You should ask for the money back. My brother did that to me once."
)
REQUEST = GradeRequest(statement=STATEMENT, response=ADVICE)
GOOD_EDIT = (
    "She cancelled the night before, after you'd booked everything. You must feel so let down. "
    "Is that right?"
)
GOOD_REFLECTION = (
    "You feel so let down that your sister cancelled the trip the night before, after you booked "
    "everything. Is that right?"
)


def test_a_passing_model_text_is_shown_and_a_failing_one_gives_way_to_the_offline_text() -> None:
    grade = grade_offline(REQUEST)
    assert grade.minimal_edit is not None
    model = FakeChatModel([f"reflection: {GOOD_REFLECTION}\nedit: Just ask for a refund."])
    shown, feedback = write_feedback(REQUEST, grade, model, grade_offline)
    assert feedback is not None
    assert feedback.reflection.source == "model" and shown.model_reflection == GOOD_REFLECTION
    assert feedback.edit.source == "offline" and shown.minimal_edit == grade.minimal_edit
    assert "fails" in (feedback.edit.rejected_because or "")
    regraded = grade_offline(REQUEST.model_copy(update={"response": shown.model_reflection}))
    assert regraded.passed


def test_a_passing_edit_replaces_the_offline_one() -> None:
    grade = grade_offline(REQUEST)
    model = FakeChatModel([f"reflection: You should relax.\nedit: {GOOD_EDIT}"])
    shown, feedback = write_feedback(REQUEST, grade, model, grade_offline)
    assert feedback is not None and feedback.edit.source == "model"
    assert shown.minimal_edit == GOOD_EDIT
    assert feedback.reflection.source == "offline"
    assert shown.model_reflection == grade.model_reflection


def test_a_failed_request_keeps_the_offline_feedback() -> None:
    class Failing(FakeChatModel):
        def complete_text(self, messages: list[ChatMessage], max_tokens: int) -> ModelReply:
            raise LLMServerError("handwritten: server down", status=500)

    grade = grade_offline(REQUEST)
    shown, feedback = write_feedback(REQUEST, grade, Failing([]), grade_offline)
    assert feedback is None and shown == grade


def test_first_passing_says_why_each_earlier_candidate_failed() -> None:
    chosen, reasons = first_passing(
        ["", "Just ask for a refund.", GOOD_EDIT], REQUEST, grade_offline
    )
    assert chosen == GOOD_EDIT
    assert reasons[0] == "empty" and "not_fixing" in reasons[1]


def test_labelled_lines_are_read() -> None:
    assert parse_feedback('Reflection: "So sad."\n- edit: Oh no.') == {
        "reflection": "So sad.",
        "edit": "Oh no.",
    }
