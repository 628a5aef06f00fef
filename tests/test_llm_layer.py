"""The one LLM layer: ask with one re-ask from a prompt file and usage summed (FakeChatModel with
hand-written answers, named as such), and the layering that keeps it the only way to a model."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from trainer.errors import LLMBadOutput, PromptFileError
from trainer.llm.ask import InvalidAnswer, ask
from trainer.llm.fake import FakeChatModel
from trainer.llm.model import ChatMessage
from trainer.llm.prompting import render_prompt
from trainer.prompts import load_template, prompts_dir

ROOT = Path(__file__).resolve().parent.parent
QUESTION: ChatMessage = {"role": "user", "content": "Give me a point."}


class Point(BaseModel):
    x: int


def parse_point(text: str) -> Point:
    try:
        return Point.model_validate_json(text)
    except ValidationError as exc:
        raise InvalidAnswer(f"x must be a whole number ({exc.error_count()} problem)") from exc


@pytest.fixture
def prompts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), copy)
    monkeypatch.setenv("TRAINER_PROMPTS_DIR", str(copy))
    (copy / "point_reask.yaml").write_text(
        "kind: chat_prompt\nversion: 1\ndescription: test re-ask\nvariables: [error]\n"
        "messages:\n  - role: user\n    template: 'Not a point: {error}. Again, please.'\n",
        encoding="utf-8",
    )
    return copy


def test_an_invalid_answer_is_reasked_once_with_its_error_and_usage_is_summed(
    prompts: Path,
) -> None:
    model = FakeChatModel(['{"x": "left"}', '{"x": 2}'])
    answer = ask(model, [QUESTION], {}, "point", parse_point, reask="point_reask.yaml", failure="")
    assert answer.value == Point(x=2)
    assert answer.usage.total_tokens == len('{"x": "left"}') + len('{"x": 2}')
    assert answer.model == "fake-model"
    assert model.calls[1] == [
        QUESTION,
        {"role": "assistant", "content": '{"x": "left"}'},
        {"role": "user", "content": "Not a point: x must be a whole number (1 problem). Again, please."},
    ]  # fmt: skip


def test_two_invalid_answers_raise_with_both_outputs_usage_and_both_errors(
    prompts: Path,
) -> None:
    model = FakeChatModel(["[]", '{"y": 1}'])
    with pytest.raises(LLMBadOutput) as caught:
        ask(model, [QUESTION], {}, "point", parse_point, reask="point_reask.yaml",
            failure="gave no point. First: {first}. Last: {last}.")  # fmt: skip
    assert caught.value.outputs == ["[]", '{"y": 1}']
    assert caught.value.usage.total_tokens == 2 + len('{"y": 1}')
    assert caught.value.attempts == 2
    assert str(caught.value).startswith("Model 'fake-model' gave no point. First: x must")


def test_without_a_reask_file_one_invalid_answer_is_final() -> None:
    model = FakeChatModel(["nope"])  # a second request would find no scripted reply
    with pytest.raises(LLMBadOutput) as caught:
        ask(model, [QUESTION], {}, "point", parse_point, reask=None, failure="said {last}")
    assert caught.value.outputs == ["nope"] and caught.value.usage.total_tokens == 4
    assert len(model.calls) == 1


def test_rendering_returns_the_files_hash_and_names_the_file_on_a_variable_mismatch(
    prompts: Path,
) -> None:
    rendered = render_prompt("point_reask.yaml", {"error": "{x}"})
    assert rendered.content_hash == load_template("point_reask.yaml").content_hash
    assert rendered.messages == [{"role": "user", "content": "Not a point: {x}. Again, please."}]
    path = prompts / "point_reask.yaml"
    path.write_text(path.read_text("utf-8").replace("{error}", "{problem}"), "utf-8")
    with pytest.raises(PromptFileError, match=r"point_reask\.yaml.*problem"):
        render_prompt("point_reask.yaml", {"error": "x"})


# ---- layering -------------------------------------------------------------------------------


def _imports(path: Path) -> dict[str, set[str]]:
    """Module -> names imported from it, for every absolute import in one file."""
    found: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.setdefault(node.module, set()).update(a.name for a in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.setdefault(alias.name, set())
    return found


def test_exactly_one_module_renders_chat_prompts() -> None:
    renderers = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "trainer").rglob("*.py")
        if any(m.startswith("langchain_core") for m in _imports(p))
    )
    assert renderers == ["trainer/llm/prompting.py"]


def test_the_llm_layer_knows_nothing_of_grades_scenarios_or_partners() -> None:
    files = sorted((ROOT / "trainer" / "llm").glob("*.py"))
    assert files
    feature = ("trainer.grading.schema", "trainer.grading.offline", "trainer.partner.scenarios", "trainer.partner.reactions",
               "trainer.grading.llm_grader", "trainer.grading.grader", "trainer.grading.assemble")  # fmt: skip
    for path in files:
        for module in _imports(path):
            assert not module.startswith(feature), f"{path.name} imports {module}"


def test_the_llm_grader_takes_only_the_reading_from_the_offline_grader() -> None:
    imports = _imports(ROOT / "trainer" / "grading" / "llm_grader.py")
    assert imports.get("trainer.grading.offline.grader") == {"read_response"}
    assert "assemble_grade" in imports.get("trainer.grading.assemble", set())
