"""The LLM partner (FakeChatModel, hand-written answers): words from the model, reaction and
mood from code, the person's own bank lines as the model's earlier turns, and the scripted line
(with the reason said) whenever the model's line cannot be the partner's."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from trainer.errors import PromptFileError
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest
from trainer.llm.fake import FakeChatModel
from trainer.partner.llm_lines import check_line, clean_line, out_of_character, react_with_llm
from trainer.partner.reactions import react
from trainer.partner.scenarios.bank import load_bank

SCENARIO = load_bank().scenarios[0]
ADVICE = "You should just go to bed early."
GRADE = grade_offline(GradeRequest(statement=SCENARIO.statement, response=ADVICE))


def test_model_rewords_the_scripted_line_with_the_banks_own_lines_as_the_example() -> None:
    model = FakeChatModel(["I do not need a bedtime, I need you to see it."])
    reply = react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model)
    scripted = react(SCENARIO, GRADE, 0, "open")
    assert reply.text == "I do not need a bedtime, I need you to see it."
    assert (
        (reply.reaction, reply.mood) == (scripted.reaction, scripted.mood) == ("fixed", "guarded")
    )
    sent = model.calls[0]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    # the worked example: two of this person's own lines for another reaction
    example = SCENARIO.lines.missed
    assert sent[1]["content"].endswith(f"Line: {example[0]}") and sent[2]["content"] == example[1]
    assert sent[-1]["content"].endswith(f"Line: {scripted.text}")
    assert ADVICE in sent[-1]["content"] and SCENARIO.statement in sent[-1]["content"]


def test_bad_or_unsafe_model_output_keeps_the_scripted_line() -> None:
    scripted = react(SCENARIO, GRADE, 0, "open")
    for answer in ["", '{"reply": ""}', "I want to kill myself."]:
        reply = react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", FakeChatModel([answer]))
        assert reply == scripted


def test_lines_out_of_character_are_caught() -> None:
    need = SCENARIO.hidden_truth.need
    out = {
        "Line: I feel hurt.": "repeats the prompt",
        "I'm sorry, but I can't assist with that.": "assistant",
        "As an AI language model I cannot feel.": "assistant",
        "Let me know if you have any other questions!": "assistant",
        f"Well, {need.lower()}": "recites the hidden need",
    }
    for text, why in out.items():
        reason = out_of_character(text, SCENARIO)
        assert reason is not None and why in reason, (text, reason)
    for fine in [
        "I don't need a plan right now. I need you to sit with me for a minute.",
        "Yes. And I'm scared it will happen again next week.",
        "Please, just listen.",
        "I'm sorry, but I can't agree with you. It isn't about being tidy.",
        "Let me know if you're coming to bed, I'm done for tonight.",
    ]:
        assert out_of_character(fine, SCENARIO) is None, fine


def test_each_rejection_says_why(caplog: pytest.LogCaptureFixture) -> None:
    assert check_line("", SCENARIO) == "the model wrote nothing"
    assert "too long" in (check_line("word " * 200, SCENARIO) or "")
    assert "safety" in (check_line("I want to kill myself.", SCENARIO) or "")
    why = check_line("I'm sorry, but I can't help with that.", SCENARIO) or ""
    assert why.startswith("out of character: speaks as an assistant")
    model = FakeChatModel(["I'm sorry, but I can't help with that."])
    with caplog.at_level(logging.INFO, logger="trainer.partner.llm_lines"):
        react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model)
    assert "speaks as an assistant" in caplog.text and "scripted line stands" in caplog.text


def test_a_line_is_cleaned_of_labels_quotes_and_json() -> None:
    assert clean_line('"Just listen to me."') == "Just listen to me."
    assert clean_line("Sam: Just listen to me.\n\nPartner: ok") == "Just listen to me."
    assert clean_line('{"reply": "Just listen."}') == "Just listen."


def test_an_assistant_turn_in_the_prompt_file_is_sent_as_assistant(prompts: Path) -> None:
    """A worked example (user, then the partner's own answer) keeps its roles."""
    with (prompts / "partner.yaml").open("a", encoding="utf-8") as fh:
        fh.write(
            "  - role: assistant\n    template: Mm.\n  - role: user\n    template: Once more.\n"
        )
    model = FakeChatModel(["I need you to see it."])
    react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model)
    assert [m["role"] for m in model.calls[0]][-2:] == ["assistant", "user"]
    assert model.calls[0][-2]["content"] == "Mm."


def test_a_renamed_prompt_variable_names_the_file(prompts: Path) -> None:
    path = prompts / "partner.yaml"
    path.write_text(path.read_text("utf-8").replace("{line}", "{line_one}"), "utf-8")
    model = FakeChatModel(["I need you to see it."])
    with pytest.raises(PromptFileError, match=r"partner\.yaml.*line_one"):
        react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model)
