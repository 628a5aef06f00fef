"""Generated scenarios (FakeChatModel with hand-written answers, named as such): validated like
the bank, near-duplicates and unsafe text refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from trainer.errors import LLMBadOutput, PromptFileError, TrainerError
from trainer.llm.fake import FakeChatModel
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.generate import DuplicateScenario, generate_scenario, similarity


def handwritten_scenario(**overrides: Any) -> str:
    data: dict[str, Any] = {
        "title": "The garden plot",
        "statement": "The community garden gave our plot away while we were on holiday. I'd "
        "planted those tomatoes from seed in March.",
        "context": "",
        "hidden_truth": {
            "primary_feelings": ["disappointed"],
            "secondary_feelings": [],
            "key_facts": ["the plot was reassigned", "tomatoes grown from seed"],
            "need": "to have the months of care recognised",
            "trap": "minimizing",
            "asked_for_advice": False,
        },
        "upset_with_listener": False,
        "lines": {
            "heard": ["Yes. Months of it. I checked them every morning.", "It felt like mine."],
            "fixed": ["I don't want a new plot plan right now.", "Can you just hear it first?"],
            "hijacked": ["This isn't about your balcony pots.", "Can we stay on mine?"],
            "dismissed": ["They're not 'just tomatoes' to me.", "Please don't shrink it."],
            "missed": ["I'm not angry at them, I'm sad.", "It's more the loss than the rule."],
            "closing": ["Thanks for getting it."],
        },
    }
    data.update(overrides)
    return json.dumps(data)


def test_a_valid_answer_becomes_a_bank_grade_scenario() -> None:
    model = FakeChatModel([handwritten_scenario()])
    scenario = generate_scenario("money", "easy", model, load_bank().scenarios)
    assert scenario.theme == "money" and scenario.difficulty == "easy"
    assert scenario.scenario_id.startswith("money-9")
    assert "tomatoes" in scenario.statement
    system = model.calls[0][0]["content"]
    assert "Never include violence" in system


def test_an_answer_breaking_the_authoring_rules_is_reasked_once() -> None:
    bad = handwritten_scenario(hidden_truth={
        "primary_feelings": ["sad", "angry"], "secondary_feelings": [], "key_facts": ["x"],
        "need": "y", "trap": "none", "asked_for_advice": False,
    })  # fmt: skip
    model = FakeChatModel([bad, handwritten_scenario()])
    generate_scenario("money", "easy", model, [])  # easy allows one primary feeling only
    assert len(model.calls) == 2 and "not valid" in model.calls[1][-1]["content"]
    with pytest.raises(LLMBadOutput):
        generate_scenario("money", "easy", FakeChatModel([bad, bad]), [])


EASY_WITH_TWO_FEELINGS = handwritten_scenario(hidden_truth={
    "primary_feelings": ["sad", "angry"], "secondary_feelings": [], "key_facts": ["the plot"],
    "need": "to be seen", "trap": "none", "asked_for_advice": False,
})  # fmt: skip


def test_two_invalid_scenarios_carry_both_outputs_and_their_token_usage() -> None:
    model = FakeChatModel([EASY_WITH_TWO_FEELINGS, "{}"])
    with pytest.raises(LLMBadOutput) as caught:
        generate_scenario("money", "easy", model, [])
    assert caught.value.outputs == [EASY_WITH_TWO_FEELINGS, "{}"]
    assert caught.value.usage.total_tokens == len(EASY_WITH_TWO_FEELINGS) + len("{}")


def test_the_reask_comes_from_its_prompt_file(prompts: Path) -> None:
    path = prompts / "scenario_reask.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("Reply again with one", "Write again: one"), "utf-8")
    model = FakeChatModel([EASY_WITH_TWO_FEELINGS, handwritten_scenario()])
    generate_scenario("money", "easy", model, [])
    failed, reask = model.calls[1][-2:]
    assert failed == {"role": "assistant", "content": EASY_WITH_TWO_FEELINGS}
    assert reask["role"] == "user" and "one primary feeling" in reask["content"]
    assert reask["content"].endswith("Write again: one corrected JSON object.")


def test_declared_and_used_prompt_variables_must_match(prompts: Path) -> None:
    path = prompts / "scenario.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("variables: [theme,", "variables: [tone, theme,"), "utf-8")
    with pytest.raises(PromptFileError, match=r"scenario\.yaml.*tone"):
        generate_scenario("money", "easy", FakeChatModel([handwritten_scenario()]), [])


def test_an_assistant_turn_in_the_prompt_file_is_sent_as_assistant(prompts: Path) -> None:
    with (prompts / "scenario.yaml").open("a", encoding="utf-8") as fh:
        fh.write('  - role: assistant\n    template: "{{}}"\n  - role: user\n    template: Now.\n')
    model = FakeChatModel([handwritten_scenario()])
    generate_scenario("money", "easy", model, [])
    assert [m["role"] for m in model.calls[0]] == ["system", "user", "assistant", "user"]
    assert model.calls[0][2]["content"] == "{}"


def test_a_near_copy_of_a_bank_scenario_is_refused() -> None:
    twin = load_bank().scenarios[0]
    model = FakeChatModel([handwritten_scenario(statement=twin.statement)])
    with pytest.raises(DuplicateScenario, match=twin.scenario_id):
        generate_scenario(twin.theme, "easy", model, load_bank().scenarios)


def test_unsafe_generated_text_is_discarded() -> None:
    model = FakeChatModel([handwritten_scenario(statement="He hit me again last night.")])
    with pytest.raises(Exception, match="discarded"):
        generate_scenario("money", "easy", model, [])


def test_similarity_is_high_for_rewording_and_low_for_other_topics() -> None:
    a = "My boss dumped another project on me today."
    assert similarity(a, "Today my boss dumped one more project on me.") > 0.5
    assert similarity(a, "Grandma's garden is finally blooming.") < 0.2


def test_schema_narrows_by_theme_and_difficulty_so_decoding_cannot_break_the_rules() -> None:
    from trainer.partner.scenarios.generate import _schema

    easy = _schema("work_stress", "easy")["properties"]["hidden_truth"]["properties"]
    assert easy["primary_feelings"]["maxItems"] == 1
    hard = _schema("work_stress", "hard")["properties"]["hidden_truth"]["properties"]
    assert "none" not in hard["trap"]["enum"]
    upset = _schema("upset_with_you", "hard")
    assert upset["properties"]["upset_with_listener"]["enum"] == [True]
    assert upset["properties"]["hidden_truth"]["properties"]["trap"]["enum"] == [
        "defending", "minimizing",
    ]  # fmt: skip
    # llama.cpp expands string lengths into one grammar rule per character; they stay out.
    assert "maxLength" not in json.dumps(upset)


def test_upset_with_you_must_be_hard() -> None:
    with pytest.raises(TrainerError, match="always hard"):
        generate_scenario("upset_with_you", "easy", FakeChatModel([]), [])


def test_choose_kind_fills_any_and_keeps_upset_with_you_hard() -> None:
    import random

    from trainer.partner.scenarios.generate import choose_kind

    rng = random.Random(3)
    assert choose_kind("money", "easy", rng) == ("money", "easy")
    assert choose_kind("upset_with_you", "easy", rng) == ("upset_with_you", "hard")
    kinds = {choose_kind(None, None, rng) for _ in range(200)}
    assert all(d == "hard" for t, d in kinds if t == "upset_with_you")
    assert len({t for t, _ in kinds}) > 10  # "any" really spreads over the themes
