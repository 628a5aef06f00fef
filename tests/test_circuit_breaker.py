"""One circuit breaker per run: after a refused key or an empty account (at once), or a few
calls in a row that get no answer, the provider is not called again and the CLI says so once.
Requests are counted at the transport; every response is HAND-WRITTEN (handwritten_http.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from click.testing import CliRunner, Result
from handwritten_http import (
    BASE_URL,
    MESSAGES,
    SCHEMA,
    Clock,
    Server,
    handwritten_completion,
    handwritten_error,
    hangs,
    make_model,
    wire_cli,
)

from trainer.cli import main
from trainer.errors import LLMCircuitOpen, LLMConnectionError, LLMRequestError
from trainer.llm.breaker import FAILURES_TO_OPEN, CircuitBreaker
from trainer.store import open_store

NOTE = "note: stopped calling the LLM at"


@pytest.fixture
def endpoint(monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", BASE_URL)
    monkeypatch.setenv("TRAINER_MODEL", "m-1")


def _batch(lines: int, *args: str) -> Result:
    cases = "".join(
        json.dumps({"id": i, "statement": "My boss yelled at me.", "response": "That's awful."})
        + "\n"
        for i in range(1, lines + 1)
    )
    return CliRunner().invoke(main, ["grade", "--input", "-", *args], input=cases)


def test_a_401_on_line_1_is_the_only_request_of_a_100_line_batch(
    endpoint: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Server(handwritten_error(401, "Incorrect API key provided"), repeat=True)
    wire_cli(monkeypatch, server, Clock())
    result = _batch(100)
    assert result.exit_code == 0, result.output
    assert len(server.requests) == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 100 and all(o["grade"]["metadata"]["grader"] == "offline" for o in out)
    reasons = [o["grade"]["metadata"]["fallback_reason"] for o in out]
    assert reasons[0].startswith("the LLM grader failed (llm_auth)")
    assert all(r.startswith("the LLM grader failed (llm_circuit_open)") for r in reasons[1:])
    assert "llm_auth" in reasons[1]  # the fast failure says why
    assert result.stderr.count(NOTE) == 1


def test_under_grader_llm_the_rest_fail_fast_and_are_not_listed_one_by_one(
    endpoint: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Server(handwritten_error(401, "Incorrect API key provided"), repeat=True)
    wire_cli(monkeypatch, server, Clock())
    result = _batch(20, "--grader", "llm")
    assert len(server.requests) == 1
    codes = [json.loads(line)["error"]["code"] for line in result.stdout.splitlines()]
    assert codes == ["llm_auth"] + ["llm_circuit_open"] * 19
    assert result.stderr.count(NOTE) == 1
    assert "errors 20 (llm_auth: 1, llm_circuit_open: 19)" in result.stderr
    listed = [line for line in result.stderr.splitlines() if line.startswith("line ")]
    assert len(listed) == 1 and "llm_auth" in listed[0]  # not 19 copies of the fast failure


def test_an_empty_account_opens_the_breaker_at_once(
    endpoint: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    quota = handwritten_error(429, "You exceeded your quota", code="insufficient_quota")
    server = Server(quota, repeat=True)
    wire_cli(monkeypatch, server, Clock())
    result = _batch(10)
    assert len(server.requests) == 1 and result.stderr.count(NOTE) == 1


def test_a_hanging_server_costs_a_few_budgets_not_one_per_line(
    endpoint: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    server = Server(hangs(clock), repeat=True)
    wire_cli(monkeypatch, server, clock)
    start = clock.now
    result = _batch(50, "--timeout", "10")
    assert len(server.requests) == FAILURES_TO_OPEN
    assert clock.now - start == FAILURES_TO_OPEN * 10.0  # not 50 x 10 s
    assert result.stderr.count(NOTE) == 1
    assert f"{FAILURES_TO_OPEN} calls in a row failed (last: llm_timeout" in result.stderr
    assert len(result.stdout.splitlines()) == 50


def test_a_success_or_an_answered_request_resets_the_count() -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("handwritten: connection refused", request=request)

    unreachable = [refuse] * 4  # one call: four attempts, then LLMConnectionError
    calls: list[tuple[list[Any], type[Exception] | None]] = [
        (unreachable, LLMConnectionError),
        (unreachable, LLMConnectionError),
        ([handwritten_completion()], None),  # answered: the count starts again
        (unreachable, LLMConnectionError),
        (unreachable, LLMConnectionError),
        ([handwritten_error(400, "messages: too many tokens")], LLMRequestError),  # answered
        (unreachable, LLMConnectionError),
        (unreachable, LLMConnectionError),
    ]
    notes: list[str] = []
    breaker = CircuitBreaker(on_open=notes.append)
    server = Server(*[step for steps, _ in calls for step in steps])
    model = make_model(server, breaker=breaker)
    for _, raised in calls:
        if raised is None:
            model.complete_json(MESSAGES, SCHEMA, "s")
            continue
        with pytest.raises(raised):
            model.complete_json(MESSAGES, SCHEMA, "s")
    assert not breaker.is_open and notes == []
    server.steps = list(unreachable)  # the third in a row opens it
    with pytest.raises(LLMConnectionError):
        model.complete_json(MESSAGES, SCHEMA, "s")
    assert breaker.is_open and len(notes) == 1
    asked = len(server.requests)
    with pytest.raises(LLMCircuitOpen, match=r"Not calling http://llm\.test/v1 again"):
        model.complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == asked and len(notes) == 1


def test_a_practice_session_stops_calling_after_a_refused_key(
    endpoint: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'p.db'}")
    server = Server(handwritten_error(401, "Incorrect API key provided"), repeat=True)
    wire_cli(monkeypatch, server, Clock())
    replies = "You sound swamped.\nThat's a lot on you right now.\n\n"
    result = CliRunner().invoke(main, ["practice", "--scenario", "work_stress-001"], input=replies)
    assert result.exit_code == 0, result.output
    assert len(server.requests) == 1
    assert result.stderr.count(NOTE) == 1
    store = open_store(f"sqlite:///{tmp_path / 'p.db'}")
    assert len(store.attempts(store.default_learner())) == 2
