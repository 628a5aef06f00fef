"""An HTTP 200 that is not a chat completion (a captive portal's HTML, an empty or cut-off body,
the wrong JSON) is a typed error: `auto` falls back with the reason, a batch keeps every line,
`trainer practice` keeps the attempt. All responses are HAND-WRITTEN (tests/handwritten_http.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from click.testing import CliRunner
from handwritten_http import BASE_URL, Clock, Server, handwritten_completion, make_model, wire_cli

from trainer.cli import main
from trainer.errors import LLMBadResponse
from trainer.grading import grader as grading
from trainer.grading.batch import run_batch
from trainer.grading.schema import GradeRequest
from trainer.llm.model import ChatMessage
from trainer.store import open_store

MESSAGES: list[ChatMessage] = [{"role": "user", "content": "grade this"}]
SCHEMA: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}
REQUEST = GradeRequest(statement="I failed my driving test again.", response="That sounds hard.")
_VALID = handwritten_completion().content.decode()

# Each fault mode: an HTTP 200 body a real network can put where a chat completion should be,
# and words the error must contain so a person knows what came instead.
FAULTS: dict[str, tuple[httpx2.Response, str]] = {
    "handwritten_plain_text": (
        httpx2.Response(200, text="OK", headers={"content-type": "text/plain"}),
        "not JSON",
    ),
    "handwritten_captive_portal_html": (
        httpx2.Response(
            200,
            text="<!DOCTYPE html><html><head><title>Sign in to Guest Wi-Fi</title></head>"
            "<body><form action='/login'>Accept the terms</form></body></html>",
            headers={"content-type": "text/html; charset=utf-8"},
        ),
        "HTML page ('Sign in to Guest Wi-Fi')",
    ),
    "handwritten_html_labelled_json": (
        httpx2.Response(
            200,
            text="<html><body>Proxy error</body></html>",
            headers={"content-type": "application/json"},
        ),
        "HTML page",
    ),
    "handwritten_json_without_choices": (
        httpx2.Response(200, json={"id": "x", "object": "chat.completion", "model": "m-1"}),
        "choices",
    ),
    "handwritten_json_empty_choices": (
        httpx2.Response(200, json={"id": "x", "model": "m-1", "choices": []}),
        "choices",
    ),
    "handwritten_json_wrong_types": (
        httpx2.Response(
            200,
            json={"model": "m-1", "choices": [{"message": {"role": "assistant", "content": 5}}]},
        ),
        "choices.0.message.content",
    ),
    "handwritten_json_choices_not_a_list": (
        httpx2.Response(200, json={"model": "m-1", "choices": "yes"}),
        "choices",
    ),
    "handwritten_json_array": (httpx2.Response(200, json=[1, 2]), "JSON list"),
    "handwritten_empty_body": (httpx2.Response(200, content=b""), "empty body"),
    "handwritten_truncated_body": (
        httpx2.Response(
            200,
            content=_VALID[: len(_VALID) // 2].encode(),
            headers={"content-type": "application/json"},
        ),
        "not JSON",
    ),
}


def _fault(name: str) -> httpx2.Response:
    response, _ = FAULTS[name]
    return httpx2.Response(response.status_code, content=response.content, headers=response.headers)


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_each_bad_200_body_is_a_typed_error_saying_what_came(name: str) -> None:
    server = Server(_fault(name))
    with pytest.raises(LLMBadResponse) as caught:
        make_model(server).complete_json(MESSAGES, SCHEMA, "s")
    message = str(caught.value)
    assert caught.value.code == "llm_bad_response"
    assert FAULTS[name][1] in message
    assert BASE_URL in message and "OPENAI_BASE_URL" in message and "--grader offline" in message
    assert len(server.requests) == 1  # a portal answers the same way again: not retried


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_auto_falls_back_to_offline_with_the_reason(name: str) -> None:
    grade = grading.grade(REQUEST, "auto", make_model(Server(_fault(name))))
    assert grade.metadata.grader == "offline"
    reason = grade.metadata.fallback_reason or ""
    assert reason.startswith("the LLM grader failed (llm_bad_response)")
    assert FAULTS[name][1] in reason


@pytest.mark.parametrize("grader", ["auto", "llm"])
def test_a_batch_keeps_every_line_when_the_provider_sends_html(grader: str) -> None:
    portal = "handwritten_captive_portal_html"
    server = Server(*[_fault(portal) for _ in range(5)])
    model = make_model(server)
    lines = [
        json.dumps({"id": i, "statement": REQUEST.statement, "response": REQUEST.response})
        for i in range(5)
    ]
    results = list(run_batch(lines, lambda r: grading.grade(r, grader, model)))  # type: ignore[arg-type]
    assert [r.case_id for r in results] == [0, 1, 2, 3, 4]
    if grader == "auto":
        assert all(r.grade is not None and r.grade.metadata.fallback_reason for r in results)
    else:
        assert all(r.error is not None and r.error.code == "llm_bad_response" for r in results)


def test_batch_cli_with_a_captive_portal_writes_every_line(
    monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", BASE_URL)
    monkeypatch.setenv("TRAINER_MODEL", "m-1")
    server = Server(_fault("handwritten_captive_portal_html"), repeat=True)
    wire_cli(monkeypatch, server, Clock())
    cases = "".join(
        json.dumps({"id": i, "statement": REQUEST.statement, "response": REQUEST.response}) + "\n"
        for i in range(6)
    )
    result = CliRunner().invoke(main, ["grade", "--input", "-"], input=cases)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == list(range(6))
    assert all(o["grade"]["metadata"]["grader"] == "offline" for o in out)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["handwritten_captive_portal_html", "handwritten_truncated_body"])
def test_practice_cli_fed_by_stdin_keeps_the_attempt(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    monkeypatch.setenv("DATABASE_URL", db)
    monkeypatch.setenv("OPENAI_BASE_URL", BASE_URL)
    monkeypatch.setenv("TRAINER_MODEL", "m-1")
    wire_cli(monkeypatch, Server(_fault(name), repeat=True), Clock())
    said = "You sound swamped by the Henderson rollout."
    result = CliRunner().invoke(
        main, ["practice", "--scenario", "work_stress-001"], input=f"{said}\n\n"
    )
    assert result.exit_code == 0, result.output
    assert "Showing the offline grade: the LLM grader failed (llm_bad_response)" in result.output
    store = open_store(db)
    (attempt,) = store.attempts(store.default_learner())
    assert attempt.response == said and attempt.status == "graded"
    assert attempt.grader == "offline"
