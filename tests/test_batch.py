"""Batch grading without a real grader: parsing, errors as data, ids and line numbers kept."""

from __future__ import annotations

import json
from typing import Any

import pytest

from trainer.errors import InvalidInput, LLMAuthError
from trainer.grading.batch import BatchSummary, Case, LineResult, parse_line, run_batch
from trainer.grading.schema import Grade, GradeMetadata, GradeRequest
from trainer.grading.scoring import build_rubrics, overall_score
from trainer.prompts import load_rubrics


def _fake_grade(request: GradeRequest) -> Grade:
    """Grades everything 'fine', except responses that ask for a failure by name."""
    if request.response == "EMPTY":
        raise InvalidInput("empty_response", "The response is empty.")
    if request.response == "LLM DOWN":
        raise LLMAuthError("the API key was rejected; check OPENAI_API_KEY.")
    rubrics = build_rubrics(load_rubrics(), {})
    return Grade(
        rubrics=rubrics,
        score=overall_score(rubrics),
        passed=False,
        tip="tip",
        model_reflection=f"you said {request.statement}",
        metadata=GradeMetadata(grader="offline", model="fake", prompt_hash="0" * 16, latency_ms=0),
    )


def _line(**fields: Any) -> str:
    return json.dumps(fields)


def _outputs(lines: list[str]) -> list[dict[str, Any]]:
    return [json.loads(r.to_json()) for r in run_batch(lines, _fake_grade)]


GOOD = _line(id="a", statement="I'm tired.", response="You sound worn out.")


def test_good_line_becomes_a_grade_with_its_id() -> None:
    [out] = _outputs([GOOD])
    assert out["id"] == "a"
    assert "error" not in out
    Grade.model_validate(out["grade"])


def test_optional_fields_reach_the_request() -> None:
    parsed = parse_line(
        _line(
            id=7,
            statement="s",
            response="r",
            context="after dinner",
            hidden_truth={"primary_feelings": ["hurt"], "need": "to be asked"},
            expected={"accuracy": 3},  # an eval's extra keys are ignored
        ),
        4,
    )
    assert isinstance(parsed, Case)
    assert (parsed.line, parsed.case_id) == (4, 7)
    assert parsed.request.context == "after dinner"
    assert parsed.request.hidden_truth is not None
    assert parsed.request.hidden_truth.primary_feelings == ["hurt"]


@pytest.mark.parametrize(
    ("raw", "expected_id", "needle"),
    [
        ("{not json", None, "not valid JSON"),
        ("[1, 2]", None, "array, not an object"),
        ('"just a string"', None, "string, not an object"),
        (_line(statement="s", response="r"), None, "'id' is missing"),
        (_line(id="x", statement="s"), "x", "'response' is missing"),
        (_line(id="x", statement="s", response=3), "x", "'response'"),
        (_line(id=True, statement="s", response="r"), None, "'id'"),
        (_line(id=[1], statement="s", response="r"), None, "'id'"),
        (_line(id="x", statement="s", response="r", context=5), "x", "'context'"),
        (_line(id="x", statement="s", response="r", hidden_truth={"mood": 1}), "x", "mood"),
        # a trap the grader does not know would silently mean "none": name the ones it knows
        (
            _line(id="x", statement="s", response="r", hidden_truth={"trap": "defensive"}),
            "x",
            "'defensive' is not one of ['fixing', 'defending'",
        ),
    ],
)
def test_malformed_line_is_an_invalid_input_error(
    raw: str, expected_id: str | None, needle: str
) -> None:
    # GOOD is line 1, a blank line 2, the malformed line 3.
    good, err = _outputs([GOOD, "", raw])
    assert "grade" in good
    assert err["id"] == expected_id
    assert err["error"]["code"] == "invalid_input"
    assert err["error"]["line"] == 3
    assert needle in err["error"]["message"]


def test_invalid_utf8_is_reported_not_raised() -> None:
    [result] = run_batch([b'{"id": "a", "statement": "\xff", "response": "r"}'], _fake_grade)
    assert result.error is not None
    assert result.error.code == "invalid_input"
    assert "UTF-8" in result.error.message


def test_bytes_lines_and_a_leading_bom_are_read() -> None:
    [result] = run_batch([("\ufeff" + GOOD).encode()], _fake_grade)
    assert result.grade is not None


def test_blank_lines_are_skipped_and_line_numbers_count_them() -> None:
    lines = ["", GOOD, "   \t", "\n", "{oops", ""]
    results = list(run_batch(lines, _fake_grade))
    assert [r.line for r in results] == [2, 5]


def test_grading_errors_keep_the_batch_going_and_keep_ids() -> None:
    lines = [
        _line(id="ok1", statement="s", response="fine"),
        _line(id="empty", statement="s", response="EMPTY"),
        _line(id="down", statement="s", response="LLM DOWN"),
        "{broken",
        _line(id="ok2", statement="s", response="fine"),
    ]
    outs = _outputs(lines)
    assert len(outs) == len(lines)
    assert [o["id"] for o in outs] == ["ok1", "empty", "down", None, "ok2"]
    assert outs[1]["error"] == {
        "code": "empty_response",
        "message": "The response is empty.",
        "line": 2,
    }
    assert outs[2]["error"]["code"] == "llm_auth"
    assert "grade" in outs[0] and "grade" in outs[4]


def test_every_output_line_has_exactly_one_of_grade_or_error() -> None:
    lines = [GOOD, "{x", _line(id=1, statement="s", response="EMPTY")]
    for out in _outputs(lines):
        assert set(out) in ({"id", "grade"}, {"id", "error"})


def test_summary_counts_graded_and_errors_by_code() -> None:
    summary = BatchSummary()
    for result in run_batch([GOOD, "{x", "{y", GOOD], _fake_grade):
        summary.add(result)
    assert str(summary) == "graded 2, errors 2 (invalid_input: 2)"


def test_result_json_is_one_line() -> None:
    result = LineResult(1, "a", grade=_fake_grade(GradeRequest(statement="a\nb", response="c")))
    assert "\n" not in result.to_json()


def test_one_type_per_name_and_no_unused_schema_types() -> None:
    """A batch line's result is LineResult; CaseResult is the eval runner's alone; the schema
    carries no unused GradeError or ChecklistAnswer (batch errors are CaseError)."""
    from trainer.evals import runner
    from trainer.grading import batch, schema

    assert hasattr(runner, "CaseResult") and not hasattr(batch, "CaseResult")
    assert not hasattr(schema, "GradeError") and not hasattr(schema, "ChecklistAnswer")
