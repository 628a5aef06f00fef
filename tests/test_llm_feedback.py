"""Model-written feedback is regraded before it is shown; the offline text stands otherwise, and
the grade says which is which. FakeChatModel with hand-written answers, and hand-written HTTP
responses for the faults; the real model's answers are in tests/cassettes/
(tests/test_llm_feedback_cassette.py)."""

from __future__ import annotations

import json

import httpx2
import pytest
from handwritten_http import Clock, Server, handwritten_completion, handwritten_error, make_model

from trainer.grading.combine import ItemTrust
from trainer.grading.grader import grade
from trainer.grading.llm_feedback import (
    add_model_feedback,
    feedback_caption,
    parse_feedback,
    passes,
)
from trainer.grading.offline.grader import grade_offline
from trainer.grading.report import render_report
from trainer.grading.schema import Grade, GradeRequest
from trainer.llm.fake import FakeChatModel

STATEMENT = "My sister cancelled our trip the night before, after I'd booked everything."
ADVICE = (
    "That sounds so frustrating. You should ask for the money back. My brother did that to me once."
)
REQUEST = GradeRequest(statement=STATEMENT, response=ADVICE)
GOOD_EDIT = (
    "That sounds so frustrating, she cancelled right after you booked everything. You must feel "
    "so let down. Is that right?"
)
GOOD_REFLECTION = (
    "You feel so let down that your sister cancelled the trip the night before, after you booked "
    "everything. Is that right?"
)
# The model answers no checklist item: every grading answer is the offline rules', so each
# scripted reply below is the feedback request's.
NOTHING = ItemTrust(model="fake-model", model_items=(), basis="a test trusts it with nothing")


def _graded(*replies: str, request: GradeRequest = REQUEST) -> tuple[Grade, FakeChatModel]:
    model = FakeChatModel(list(replies))
    return grade(request, "auto", model, NOTHING, model_feedback=True), model


def test_a_passing_model_reflection_is_shown_and_a_failing_edit_gives_way_to_ours() -> None:
    offline = grade_offline(REQUEST)
    assert offline.minimal_edit is not None
    shown, model = _graded(f"reflection: {GOOD_REFLECTION}\nedit: Just ask for a refund.")
    assert len(model.calls) == 1
    record = shown.metadata.feedback
    assert record is not None and record.model == "fake-model"
    assert record.sources == {"model_reflection": "model", "minimal_edit": "offline"}
    assert shown.model_reflection == GOOD_REFLECTION
    assert shown.minimal_edit == offline.minimal_edit
    assert record.written["minimal_edit"] == "Just ask for a refund."
    assert "not_fixing" in record.rejected["minimal_edit"]
    assert grade_offline(REQUEST.model_copy(update={"response": GOOD_REFLECTION})).passed
    assert feedback_caption(shown, "model_reflection") == (
        "Written by the model (fake-model), checked by the offline grader."
    )
    assert feedback_caption(shown, "minimal_edit") == (
        "The model's version (fake-model) did not pass the offline grader, so this one is the "
        "trainer's own."
    )


def test_a_passing_edit_replaces_ours_and_the_report_says_whose_words() -> None:
    shown, _ = _graded(f"reflection: You should relax.\nedit: {GOOD_EDIT}")
    assert shown.minimal_edit == GOOD_EDIT and shown.no_edit_reason is None
    assert shown.model_reflection == grade_offline(REQUEST).model_reflection
    report = render_report(shown)
    assert f"Minimal edit: {GOOD_EDIT}\n  (Written by the model (fake-model)" in report
    assert "Model reflection: " in report and "did not pass the offline grader" in report
    assert "not_fixing" not in report  # the reason is kept for engineers, in words here


def test_a_model_text_is_held_to_the_bar_our_own_texts_meet() -> None:
    """Every rubric passing is not enough: a text that reads broken, is the learner's own reply
    or still costs points somewhere is not offered as better words."""
    as_partner = "She cancelled our trip the night before, after I'd booked everything. So sad."
    verdicts = [
        passes(candidate, REQUEST, grade_offline, "minimal_edit")
        for candidate in ["", "you feel let down", ADVICE, as_partner, GOOD_EDIT]
    ]
    assert verdicts[4] is None  # the good edit may be shown
    reasons = [why or "" for why in verdicts]
    assert reasons[0] == "empty"
    assert reasons[1].startswith("does not read cleanly")
    assert reasons[2] == "the same as the learner's reply"
    assert "keeps too few of the learner's words" in reasons[3]
    assert "speaks as the partner" in reasons[3]
    mixed_up = "You feel let down that your brother wants the money back. Is that right?"
    why = passes(mixed_up, REQUEST, grade_offline, "model_reflection") or ""
    assert "takes words from the reply, not the partner (back, brother, money)" in why

    def absorbed_advice(request: GradeRequest) -> Grade:
        """A regrade that passes every rubric though advice fired (a score that absorbs it)."""
        passed = grade_offline(request)
        fixing = passed.rubrics.not_fixing
        checklist = {**fixing.checklist, "gives_advice": True}
        rubrics = passed.rubrics.model_copy(
            update={"not_fixing": fixing.model_copy(update={"checklist": checklist})}
        )
        return passed.model_copy(update={"rubrics": rubrics})

    assert passes(GOOD_EDIT, REQUEST, grade_offline, "minimal_edit") is None
    costly = passes(GOOD_EDIT, REQUEST, absorbed_advice, "minimal_edit")
    assert costly == "costs points when regraded (gives_advice)"


@pytest.mark.parametrize(
    "step",
    [
        handwritten_error(500, "handwritten: the model crashed"),
        httpx2.Response(200, text="handwritten: not JSON at all"),
        handwritten_completion("I'm sorry, I can only help with code."),
    ],
    ids=["http-500", "garbage-body", "nonsense-answer"],
)
def test_a_fault_keeps_our_texts_and_records_why(step: httpx2.Response) -> None:
    """Through the real adapter and its retry policy (hand-written HTTP responses)."""
    server = Server(step, repeat=True)
    model = make_model(server, Clock(), max_attempts=1)
    offline = grade_offline(REQUEST)
    shown = add_model_feedback(REQUEST, offline, model, grade_offline)
    record = shown.metadata.feedback
    assert record is not None
    assert (shown.model_reflection, shown.minimal_edit) == (
        offline.model_reflection,
        offline.minimal_edit,
    )
    assert record.sources == {"model_reflection": "offline", "minimal_edit": "offline"}
    assert set(record.outcomes.values()) <= {"failed", "wrote_none"}
    assert all(record.rejected[t] for t in ("model_reflection", "minimal_edit"))
    caption = feedback_caption(shown, "model_reflection") or ""
    assert caption.endswith("so this one is the trainer's own.") and "(" in caption


def test_only_a_grade_a_person_reads_asks_and_only_when_there_is_something_to_show() -> None:
    model = FakeChatModel([])  # any request would raise: none may be made
    assert grade(REQUEST, "auto", model, NOTHING).metadata.feedback is None  # evals, batches
    assert grade(REQUEST, "offline", model, model_feedback=True).metadata.feedback is None
    assert model.calls == []
    passed = GradeRequest(statement=STATEMENT, response=GOOD_REFLECTION)
    shown, model = _graded(f"reflection: {GOOD_REFLECTION}\nedit: {GOOD_EDIT}", request=passed)
    assert shown.passed and shown.minimal_edit is None  # a passed reply gets no edit
    record = shown.metadata.feedback
    assert record is not None and record.outcomes["minimal_edit"] == "not_asked"
    assert feedback_caption(shown, "minimal_edit") is None


def test_no_feedback_request_after_the_model_failed_to_grade() -> None:
    def down(_messages: object) -> str:
        from trainer.errors import LLMServerError

        raise LLMServerError("handwritten: server down", status=500)

    model = FakeChatModel([down])
    trusted = ItemTrust(model="fake-model", model_items=("names_main_feeling",), basis="test")
    shown = grade(REQUEST, "auto", model, trusted, model_feedback=True)
    assert shown.metadata.fallback_reason and shown.metadata.feedback is None
    assert len(model.calls) == 1


def test_a_stored_grade_from_before_loads_and_claims_no_model() -> None:
    old = grade_offline(REQUEST).model_dump(mode="json")
    old["metadata"].pop("feedback")
    loaded = Grade.model_validate(old)
    assert loaded.metadata.feedback is None
    assert feedback_caption(loaded, "model_reflection") is None
    assert "Written by" not in render_report(loaded)


def test_a_text_changed_after_grading_is_not_called_the_models() -> None:
    """A coach's correction recomposes the texts and keeps the metadata: the record then
    describes words no longer shown, and the caption must not claim them."""
    shown, _ = _graded(f"reflection: {GOOD_REFLECTION}\nedit: {GOOD_EDIT}")
    rewritten = shown.model_copy(update={"model_reflection": "You feel let down. Is that it?"})
    assert feedback_caption(shown, "model_reflection") is not None
    assert feedback_caption(rewritten, "model_reflection") is None


def test_labelled_lines_are_read() -> None:
    assert parse_feedback('Reflection: "So sad."\n- edit: Oh no.\nthanks!') == {
        "model_reflection": "So sad.",
        "minimal_edit": "Oh no.",
    }


def test_trainer_grade_prints_whose_words_and_json_keeps_the_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from click.testing import CliRunner
    from grader_outputs import grader_json

    from trainer.cli import grade as grade_cli
    from trainer.cli import main

    def model() -> FakeChatModel:
        return FakeChatModel([grader_json([]), f"reflection: {GOOD_REFLECTION}\nedit: {GOOD_EDIT}"])

    monkeypatch.setattr(grade_cli, "choose_model", lambda *a, **k: model())
    text = CliRunner().invoke(main, ["grade", STATEMENT, ADVICE, "--grader", "llm"])
    assert text.exit_code == 0, text.output
    assert f"Minimal edit: {GOOD_EDIT}\n  (Written by the model (fake-model)" in text.stdout
    assert f"Model reflection: {GOOD_REFLECTION}\n  (Written by the model (fake-model)" in (
        text.stdout
    )
    assert "tokens more for the model's better words" in text.stdout
    as_json = CliRunner().invoke(main, ["grade", STATEMENT, ADVICE, "--grader", "llm", "--json"])
    record = json.loads(as_json.stdout)["metadata"]["feedback"]
    assert record["sources"] == {"model_reflection": "model", "minimal_edit": "model"}
    assert record["prompt_hash"] and record["usage"]["total_tokens"] > 0


def test_a_scenarios_hand_written_exemplar_wins_over_the_models_reflection() -> None:
    """Bank exemplars are curated and each passes in a test: the model may write the edit, but
    its reflection does not replace the hand-written one, and the caption says so."""
    hand = (
        "She pulled out the night before, after you had booked it all. No wonder you feel let "
        "down. Is that it?"
    )
    request = REQUEST.model_copy(update={"exemplars": [hand]})
    offline = grade_offline(request)
    assert offline.model_reflection == hand  # the exemplar passes, so the trainer chose it
    shown, model = _graded(f"reflection: {GOOD_REFLECTION}\nedit: {GOOD_EDIT}", request=request)
    assert len(model.calls) == 1
    record = shown.metadata.feedback
    assert record is not None
    assert shown.model_reflection == hand and shown.minimal_edit == GOOD_EDIT
    assert record.outcomes["model_reflection"] == "hand_written"
    assert record.sources["model_reflection"] == "offline"
    assert (
        feedback_caption(
            shown,
            "model_reflection",
        )
        is not None
    )
    assert "Written by hand for this scenario" in render_report(shown)


def test_a_passing_reply_with_a_hand_written_exemplar_makes_no_feedback_request() -> None:
    hand = (
        "She pulled out the night before, after you had booked it all. No wonder you feel let "
        "down. Is that it?"
    )
    request = GradeRequest(statement=STATEMENT, response=GOOD_REFLECTION, exemplars=[hand])
    assert grade_offline(request).passed
    shown, model = _graded(request=request)
    assert model.calls == [] and shown.metadata.feedback is None
