"""Offline batches on every core write exactly what a serial run writes: same lines, same order,
same per-line errors, byte for byte (the grader's own latency figure is the one thing that
varies from run to run, so these grades are timed by a clock that always reads 0)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from trainer.cli import main
from trainer.evals.cases import load_cases
from trainer.evals.runner import grade_cases
from trainer.grading import parallel
from trainer.grading.grader import validate_request
from trainer.grading.offline.grader import grade_offline
from trainer.grading.parallel import grade_lines
from trainer.grading.schema import Grade, GradeRequest

RESPONSES = [
    "It sounds like you're worn out and nobody noticed how hard you worked.",
    "You should just tell them no next time.",
    "That happened to me too, my old job was even worse.",
    "",  # the grader refuses an empty response: a per-line error
    "Well at least you still have a job.",
]


CHUNK = 16  # lines per worker task here (the real default is larger): several chunks, fast


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", CHUNK)
    monkeypatch.setattr(parallel, "MIN_LINES_PER_PROCESS", CHUNK)


def _zero() -> float:
    return 0.0


def graded_without_timing(request: GradeRequest) -> Grade:
    """The offline grade, with its latency read from a clock that does not move."""
    validate_request(request)
    return grade_offline(request, clock=_zero)


def _mixed_lines(n: int) -> list[bytes]:
    """Good cases and every kind of bad line, spread through several chunks."""
    lines: list[bytes] = []
    for i in range(n):
        kind = i % 11
        if kind == 3:
            lines.append(b"{not json\n")
        elif kind == 5:
            lines.append(b"\n")
        elif kind == 7:
            lines.append(b"\xff\xfe not utf-8\n")
        elif kind == 8:
            lines.append(json.dumps({"id": i, "statement": "I'm tired."}).encode() + b"\n")
        elif kind == 9:
            lines.append(b"[1, 2, 3]\n")
        else:
            case = {
                "id": f"c{i}",
                "statement": "My boss moved the deadline and I've been working every night.",
                "response": RESPONSES[i % len(RESPONSES)],
            }
            lines.append(json.dumps(case).encode() + b"\n")
    return lines


def test_parallel_output_is_byte_identical_to_serial_on_a_mixed_file() -> None:
    lines = _mixed_lines(5 * CHUNK + 7)  # several chunks, the last one short
    serial = [r.to_json() if r else None for r in grade_lines(lines, graded_without_timing)]
    from_workers = list(grade_lines(lines, graded_without_timing, jobs=2))
    assert all(r.text is not None for r in from_workers if r)  # rendered in worker processes
    parallel = [r.to_json() if r else None for r in from_workers]
    assert parallel == serial
    codes = {json.loads(s).get("error", {}).get("code") for s in serial if s is not None}
    assert {"invalid_input", "empty_response", None} <= codes  # the file really is mixed
    assert serial.count(None) == len([raw for raw in lines if raw == b"\n"])


def test_grade_input_with_jobs_writes_the_same_lines_and_errors_as_one_job() -> None:
    text = b"".join(_mixed_lines(3 * CHUNK + 5)).decode("utf-8", errors="surrogateescape")
    runs = {}
    for jobs in ("1", "2"):
        result = CliRunner().invoke(
            main,
            ["grade", "--grader", "offline", "--input", "-", "--jobs", jobs],
            input=text.encode("utf-8", errors="surrogateescape"),
        )
        assert result.exit_code == 0, result.output
        out = [json.loads(line) for line in result.stdout.splitlines()]
        for line in out:  # the one figure that differs between any two runs
            line.get("grade", {}).get("metadata", {}).pop("latency_ms", None)
        runs[jobs] = (out, result.stderr)
    assert runs["2"] == runs["1"]


def test_an_offline_eval_run_on_every_core_gives_the_serial_results() -> None:
    cases = load_cases()[:40]
    assert grade_cases(cases, graded_without_timing, jobs=2) == grade_cases(
        cases, graded_without_timing
    )
