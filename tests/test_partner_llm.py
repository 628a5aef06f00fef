"""The LLM partner (FakeChatModel, hand-written answers): words from the model, reaction and
mood from code, and the scripted line whenever the model fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.errors import PromptFileError
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest
from trainer.llm.fake import FakeChatModel
from trainer.partner.llm_lines import out_of_character, react_with_llm
from trainer.partner.reactions import react
from trainer.partner.scenarios.bank import load_bank

SCENARIO = load_bank().scenarios[0]
ADVICE = "You should just go to bed early."
GRADE = grade_offline(GradeRequest(statement=SCENARIO.statement, response=ADVICE))


def test_model_words_code_reaction() -> None:
    model = FakeChatModel(['{"reply": "I do not need a bedtime, I need you to see it."}'])
    reply = react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model)
    scripted = react(SCENARIO, GRADE, 0, "open")
    assert reply.text == "I do not need a bedtime, I need you to see it."
    assert (
        (reply.reaction, reply.mood) == (scripted.reaction, scripted.mood) == ("fixed", "guarded")
    )
    user = model.calls[0][1]["content"]
    assert "How it landed: fixed" in user and "<answer>" + ADVICE in user


def test_bad_or_unsafe_model_output_keeps_the_scripted_line() -> None:
    scripted = react(SCENARIO, GRADE, 0, "open")
    for answer in ["not json", '{"reply": ""}', '{"reply": "I want to kill myself."}']:
        reply = react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", FakeChatModel([answer]))
        assert reply == scripted


def test_lines_out_of_character_are_caught() -> None:
    need = SCENARIO.hidden_truth.need
    out = {
        "I feel hurt. Underneath you need: to be heard.": "repeats the prompt",
        "I'm sorry, but I can't understand what you're trying to say.": "assistant",
        "As an AI language model I cannot feel.": "assistant",
        f"Well, {need.lower()}": "recites the hidden need",
    }
    for text, why in out.items():
        reason = out_of_character(text, SCENARIO)
        assert reason is not None and why in reason, (text, reason)
    for fine in [
        "I don't need a plan right now. I need you to sit with me for a minute.",
        "Yes. And I'm scared it will happen again next week.",
        "Please, just listen.",
    ]:
        assert out_of_character(fine, SCENARIO) is None, fine


def test_an_out_of_character_model_line_keeps_the_scripted_one() -> None:
    scripted = react(SCENARIO, GRADE, 0, "open")
    model = FakeChatModel(
        ['{"reply": "I\'m sorry, but I can\'t help with that. Please provide more context."}']
    )
    assert react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model) == scripted


def test_an_assistant_turn_in_the_prompt_file_is_sent_as_assistant(prompts: Path) -> None:
    """A worked example (user, then the partner's own answer) keeps its roles."""
    with (prompts / "partner.yaml").open("a", encoding="utf-8") as fh:
        fh.write(
            '  - role: assistant\n    template: \'{{"reply": "Mm."}}\'\n'
            "  - role: user\n    template: Once more.\n"
        )
    model = FakeChatModel(['{"reply": "I need you to see it."}'])
    react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model)
    assert [m["role"] for m in model.calls[0]] == ["system", "user", "assistant", "user"]
    assert model.calls[0][2]["content"] == '{"reply": "Mm."}'


def test_a_renamed_prompt_variable_names_the_file(prompts: Path) -> None:
    path = prompts / "partner.yaml"
    path.write_text(path.read_text("utf-8").replace("{need}", "{needs}"), "utf-8")
    model = FakeChatModel(['{"reply": "I need you to see it."}'])
    with pytest.raises(PromptFileError, match=r"partner\.yaml.*needs"):
        react_with_llm(SCENARIO, GRADE, ADVICE, 0, "open", model)
