"""OpenAIChatModel error handling, against HAND-WRITTEN HTTP responses (not recordings).

Every response here is written in this file or tests/handwritten_http.py and served by
httpx2.MockTransport, so each test names its responses `handwritten_...`. Real server behaviour
is in tests/test_llm_cassettes.py.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx2
import pytest
from grader_outputs import grader_json
from handwritten_http import (
    Clock,
    Server,
    handwritten_completion,
    handwritten_error,
    make_model,
)

from trainer.errors import (
    LLMAuthError,
    LLMBadOutput,
    LLMConnectionError,
    LLMQuotaError,
    LLMRateLimitError,
    LLMRefusal,
    LLMRequestError,
    LLMServerError,
    LLMTimeoutError,
)
from trainer.grading.llm_grader import grade_with_llm
from trainer.grading.schema import GradeRequest
from trainer.llm.model import ChatMessage
from trainer.llm.retry import parse_retry_after

MESSAGES: list[ChatMessage] = [{"role": "user", "content": "grade this"}]
SCHEMA: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}
REQUEST = GradeRequest(statement="I failed my driving test again.", response="That sounds hard.")


def test_handwritten_429_with_retry_after_waits_as_told_then_succeeds() -> None:
    server = Server(
        handwritten_error(429, "Rate limit reached", headers={"retry-after": "7"}),
        handwritten_completion(),
    )
    clock = Clock()
    reply = make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert clock.sleeps == [7.0]
    assert len(server.requests) == 2
    assert reply.content == '{"ok": true}'
    assert (reply.model, reply.usage.total_tokens) == ("m-1", 18)


def test_handwritten_429_repeated_gives_rate_limit_error_with_attempts() -> None:
    server = Server(*[handwritten_error(429, "Rate limit reached") for _ in range(4)])
    clock = Clock()
    with pytest.raises(LLMRateLimitError) as caught:
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert caught.value.attempts == 4
    assert "after 4 attempts" in str(caught.value)
    assert len(clock.sleeps) == 3 and all(0 < s <= 21 for s in clock.sleeps)


def test_handwritten_429_insufficient_quota_is_not_retried() -> None:
    server = Server(handwritten_error(429, "You exceeded your quota", code="insufficient_quota"))
    clock = Clock()
    with pytest.raises(LLMQuotaError, match=r"HTTP 429.*no quota left") as caught:
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert (len(server.requests), clock.sleeps, caught.value.attempts) == (1, [], 1)


@pytest.mark.parametrize("status", [401, 403])
def test_handwritten_auth_failure_is_not_retried_and_names_the_key_setting(status: int) -> None:
    server = Server(handwritten_error(status, "Incorrect API key provided: sk-te***"))
    clock = Clock()
    with pytest.raises(LLMAuthError, match=f"HTTP {status}.*OPENAI_API_KEY") as caught:
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert (len(server.requests), clock.sleeps) == (1, [])
    assert "sk-test" not in str(caught.value)


def test_handwritten_500_repeated_gives_server_error_after_all_attempts() -> None:
    server = Server(*[handwritten_error(500, "boom") for _ in range(4)])
    clock = Clock()
    with pytest.raises(LLMServerError, match=r"HTTP 500.*boom") as caught:
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 4
    assert caught.value.attempts == 4
    assert len(clock.sleeps) == 3


def test_handwritten_503_then_200_recovers() -> None:
    server = Server(handwritten_error(503, "overloaded"), handwritten_completion())
    clock = Clock()
    make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 2 and len(clock.sleeps) == 1


def test_handwritten_404_is_a_request_error_naming_the_model() -> None:
    server = Server(handwritten_error(404, "model 'm-1' not found"))
    with pytest.raises(LLMRequestError, match="'m-1'"):
        make_model(server).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 1


def test_read_timeout_raised_in_transport_gives_timeout_error() -> None:
    def time_out(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("handwritten: read timed out", request=request)

    server = Server(*[time_out] * 4)
    clock = Clock()
    with pytest.raises(LLMTimeoutError, match="within the 30 s time budget") as caught:
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert (len(server.requests), caught.value.attempts) == (4, 4)


def test_connect_error_raised_in_transport_gives_connection_error() -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("handwritten: connection refused", request=request)

    server = Server(refuse, handwritten_completion())
    clock = Clock()
    make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 2

    with pytest.raises(LLMConnectionError, match=r"http://llm\.test/v1.*OPENAI_BASE_URL"):
        make_model(Server(*[refuse] * 4)).complete_json(MESSAGES, SCHEMA, "s")


def test_handwritten_json_schema_rejected_with_500_falls_back_to_json_object() -> None:
    """llama-cpp-python's answer to json_schema, copied in shape from a real server log."""
    server = Server(
        handwritten_error(500, "Input should be 'text' or 'json_object' (input: 'json_schema')"),
        handwritten_completion(),
        handwritten_completion(),
    )
    clock = Clock()
    model = make_model(server, clock)
    model.complete_json(MESSAGES, SCHEMA, "checklist")
    model.complete_json(MESSAGES, SCHEMA, "checklist")
    formats = [b["response_format"] for b in server.bodies()]
    assert formats[0] == {
        "type": "json_schema",
        "json_schema": {"name": "checklist", "strict": True, "schema": SCHEMA},
    }
    assert formats[1] == {"type": "json_object", "schema": SCHEMA}
    assert formats[2] == formats[1]  # remembered for this client: no second rejection
    assert clock.sleeps == []  # a rejected format is not a transient failure
    assert all(b["temperature"] == 0 for b in server.bodies())


def test_handwritten_json_schema_rejected_with_400_on_openai_falls_back_without_schema() -> None:
    server = Server(
        handwritten_error(400, "'response_format' of type 'json_schema' is not supported"),
        handwritten_completion(),
    )
    make_model(server, base_url=None).complete_json(MESSAGES, SCHEMA, "s")
    assert server.requests[0].url.host == "api.openai.com"
    assert server.bodies()[1]["response_format"] == {"type": "json_object"}


def test_handwritten_400_about_something_else_is_not_a_fallback() -> None:
    server = Server(handwritten_error(400, "messages: too many tokens"))
    with pytest.raises(LLMRequestError, match=r"HTTP 400.*too many tokens"):
        make_model(server).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 1


def test_handwritten_refusal_raises_refusal_without_retry() -> None:
    server = Server(handwritten_completion(None, refusal="I can't help with that."))
    with pytest.raises(LLMRefusal, match="I can't help with that"):
        make_model(server).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 1


def test_handwritten_malformed_json_then_valid_json_reasks_once() -> None:
    server = Server(
        handwritten_completion('{"manipulation_detected": fal'),
        handwritten_completion(grader_json(["gives_advice"])),
    )
    grade = grade_with_llm(REQUEST, make_model(server), strategy="checklist")
    assert len(server.requests) == 2
    second = server.bodies()[1]["messages"]
    assert second[-2] == {"role": "assistant", "content": '{"manipulation_detected": fal'}
    assert "not valid JSON" in second[-1]["content"]
    assert grade.rubrics.not_fixing.checklist["gives_advice"] is True
    assert grade.metadata.usage.total_tokens == 36  # both requests counted


def test_handwritten_schema_invalid_json_twice_raises_bad_output_with_both_attempts() -> None:
    bad = json.dumps({"accuracy": 4, "validation": 4})
    server = Server(handwritten_completion(bad), handwritten_completion(bad))
    with pytest.raises(LLMBadOutput, match="twice failed") as caught:
        grade_with_llm(REQUEST, make_model(server), strategy="checklist")
    assert caught.value.outputs == [bad, bad]
    assert caught.value.usage.total_tokens == 36
    assert caught.value.attempts == 2


def test_retry_after_parses_seconds_milliseconds_and_http_dates() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after({"retry-after": "2.5"}, now) == 2.5
    assert parse_retry_after({"retry-after-ms": "1500", "retry-after": "9"}, now) == 1.5
    assert parse_retry_after({"retry-after": "Thu, 01 Jan 2026 12:00:30 GMT"}, now) == 30.0
    assert parse_retry_after({"retry-after": "Thu, 01 Jan 2026 11:00:00 GMT"}, now) == 0.0
    assert parse_retry_after({"retry-after": "soon"}, now) is None
    assert parse_retry_after({}, now) is None
