"""The `trainer grade` command end to end on the offline grader: exit codes, JSON, batch files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from trainer.cli import grade as grade_cli
from trainer.cli import main
from trainer.errors import LLMAuthError
from trainer.grading import grader as grading
from trainer.grading.schema import MAX_RESPONSE_CHARS, Grade, GradeRequest
from trainer.llm.fake import FakeChatModel

STATEMENT = "My boss dumped another project on me and you didn't even ask how my day was."
RESPONSE = "You're swamped, and it hurt that I didn't ask about your day. Is that it?"


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def test_report_for_one_reflection() -> None:
    result = run("grade", STATEMENT, RESPONSE, "--grader", "offline")
    assert result.exit_code == 0, result.output
    for title in ("Accuracy", "Validation", "Not fixing", "Not hijacking"):
        assert title in result.stdout
    assert "Tip:" in result.stdout
    assert "Model reflection:" in result.stdout
    assert "Graded by the offline grader" in result.stdout


def test_json_is_the_grade_schema() -> None:
    result = run("grade", STATEMENT, RESPONSE, "--grader", "offline", "--json")
    assert result.exit_code == 0, result.output
    grade = Grade.model_validate_json(result.stdout)
    assert grade.metadata.grader == "offline"
    for _, rubric in grade.rubrics.items():
        for ev in rubric.evidence:
            assert RESPONSE[ev.start : ev.end] == ev.text


def test_context_is_accepted() -> None:
    result = run("grade", STATEMENT, RESPONSE, "--context", "after work", "--grader", "offline")
    assert result.exit_code == 0, result.output


@pytest.mark.usefixtures("no_secrets_file")
def test_auto_without_configuration_grades_offline() -> None:
    result = run("grade", STATEMENT, RESPONSE, "--json")
    assert result.exit_code == 0, result.output
    assert Grade.model_validate_json(result.stdout).metadata.grader == "offline"


@pytest.mark.parametrize(
    ("response", "needle"),
    [("", "empty"), ("   ", "empty"), ("x" * (MAX_RESPONSE_CHARS + 1), str(MAX_RESPONSE_CHARS))],
)
def test_invalid_input_exits_2_with_message_on_stderr(response: str, needle: str) -> None:
    result = run("grade", STATEMENT, response, "--grader", "offline")
    assert result.exit_code == 2
    assert needle in result.stderr
    assert result.stdout == ""


@pytest.mark.usefixtures("no_secrets_file")
def test_llm_without_configuration_exits_2() -> None:
    result = run("grade", STATEMENT, RESPONSE, "--grader", "llm")
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr


def test_llm_failure_exits_1_with_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(request: GradeRequest, grader: str, model: Any, trust: Any = None, **_: Any) -> Grade:
        raise LLMAuthError("the API key was rejected; check OPENAI_API_KEY.")

    monkeypatch.setattr(grade_cli, "choose_model", lambda *a, **k: FakeChatModel(replies=[]))
    monkeypatch.setattr(grading, "grade", fail)
    result = run("grade", STATEMENT, RESPONSE, "--grader", "llm")
    assert result.exit_code == 1
    assert "llm_auth" in result.stderr
    assert "API key was rejected" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["grade"],
        ["grade", STATEMENT],
        ["grade", STATEMENT, RESPONSE, "--input", "-"],
        ["grade", "--input", "-", "--json"],
        ["grade", "--input", "-", "--context", "c"],
        ["grade", STATEMENT, RESPONSE, "--output", "-"],
        ["grade", STATEMENT, RESPONSE, "--grader", "maybe"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args, stdin="").exit_code == 2


def _case(case_id: object, response: str, **extra: object) -> str:
    return json.dumps({"id": case_id, "statement": STATEMENT, "response": response, **extra})


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_file_to_file(tmp_path: Path) -> None:
    source = tmp_path / "cases.jsonl"
    target = tmp_path / "grades.jsonl"
    source.write_text(
        "\n".join(
            [
                _case("good", RESPONSE),
                "",
                _case("empty", "   "),
                "{not json",
                _case(
                    3, RESPONSE, context="after work", hidden_truth={"primary_feelings": ["hurt"]}
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = run("grade", "--input", str(source), "--output", str(target), "--grader", "offline")
    assert result.exit_code == 0, result.output
    outs = _read_jsonl(target)
    assert [o["id"] for o in outs] == ["good", "empty", None, 3]
    Grade.model_validate(outs[0]["grade"])
    Grade.model_validate(outs[3]["grade"])
    assert outs[0]["grade"]["metadata"]["grader"] == "offline"
    assert outs[1]["error"]["code"] == "empty_response"
    assert outs[2]["error"] == {
        "code": "invalid_input",
        "message": outs[2]["error"]["message"],
        "line": 4,
    }
    assert "line 4" in result.stderr
    assert "graded 2, errors 2" in result.stderr
    assert "grading" not in result.stderr  # no progress bar when stderr is not a terminal


def test_batch_stdin_to_stdout() -> None:
    stdin = _case("a", RESPONSE) + "\n" + _case("b", "") + "\n"
    result = run("grade", "--input", "-", "--grader", "offline", stdin=stdin)
    assert result.exit_code == 0, result.output
    outs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outs] == ["a", "b"]
    assert "grade" in outs[0] and outs[1]["error"]["code"] == "empty_response"
    assert "graded 1, errors 1" in result.stderr


def test_batch_may_overwrite_its_own_input(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(_case("a", RESPONSE) + "\n", encoding="utf-8")
    result = run("grade", "--input", str(path), "--output", str(path), "--grader", "offline")
    assert result.exit_code == 0, result.output
    assert [o["id"] for o in _read_jsonl(path)] == ["a"]


def test_batch_missing_input_file_exits_2(tmp_path: Path) -> None:
    result = run("grade", "--input", str(tmp_path / "nope.jsonl"), "--grader", "offline")
    assert result.exit_code == 2
    assert "nope.jsonl" in result.stderr


def test_batch_unwritable_output_exits_2(tmp_path: Path) -> None:
    source = tmp_path / "cases.jsonl"
    source.write_text(_case("a", RESPONSE) + "\n", encoding="utf-8")
    target = tmp_path / "no" / "such" / "dir.jsonl"
    result = run("grade", "--input", str(source), "--output", str(target), "--grader", "offline")
    assert result.exit_code == 2
    assert "cannot write --output" in result.stderr
