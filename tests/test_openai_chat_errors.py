"""OpenAIChatModel error handling, against HAND-WRITTEN HTTP responses (not recordings).

Every response here is written in this file and served by httpx2.MockTransport, so each test
names its responses `handwritten_...`. Real server behaviour is in tests/test_llm_cassettes.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx2
import pytest
from grader_outputs import grader_json
from pydantic import SecretStr

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
from trainer.llm.model import ChatMessage
from trainer.llm.openai_chat import MAX_RETRY_AFTER_S, OpenAIChatModel, parse_retry_after
from trainer.llm_grader import grade_with_llm
from trainer.schema import GradeRequest
from trainer.settings import LLMSettings

Step = httpx2.Response | Callable[[httpx2.Request], httpx2.Response]
MESSAGES: list[ChatMessage] = [{"role": "user", "content": "grade this"}]
SCHEMA: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}
REQUEST = GradeRequest(statement="I failed my driving test again.", response="That sounds hard.")


def handwritten_completion(
    content: str | None = '{"ok": true}', *, refusal: str | None = None, model: str = "m-1"
) -> httpx2.Response:
    """A minimal chat.completion body, as an OpenAI-compatible server would send it."""
    return httpx2.Response(
        200,
        json={
            "id": "chatcmpl-handwritten",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": refusal},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
        },
    )


def handwritten_error(
    status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None
) -> httpx2.Response:
    body = {"error": {"message": message, "type": "error", "param": None, "code": code}}
    return httpx2.Response(status, json=body, headers=headers)


class Server:
    """Answers each request with the next scripted step; records what was asked."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        assert self.steps, f"unexpected extra request #{len(self.requests)}"
        step = self.steps.pop(0)
        return step(request) if callable(step) else step

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]


def make_model(
    server: Server, sleeps: list[float], base_url: str | None = "http://llm.test/v1"
) -> OpenAIChatModel:
    settings = LLMSettings(
        api_key=SecretStr("sk-test"), base_url=base_url, model="m-1", max_attempts=4
    )
    client = httpx2.Client(transport=httpx2.MockTransport(server))
    return OpenAIChatModel(settings, http_client=client, sleep=sleeps.append)


def test_handwritten_429_with_retry_after_waits_as_told_then_succeeds() -> None:
    server = Server(
        handwritten_error(429, "Rate limit reached", headers={"retry-after": "7"}),
        handwritten_completion(),
    )
    sleeps: list[float] = []
    reply = make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert sleeps == [7.0]
    assert len(server.requests) == 2
    assert reply.content == '{"ok": true}'
    assert (reply.model, reply.usage.total_tokens) == ("m-1", 18)


def test_handwritten_429_with_huge_retry_after_is_capped() -> None:
    server = Server(
        handwritten_error(429, "slow down", headers={"retry-after": "3600"}),
        handwritten_completion(),
    )
    sleeps: list[float] = []
    make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert sleeps == [MAX_RETRY_AFTER_S]


def test_handwritten_429_repeated_gives_rate_limit_error_with_attempts() -> None:
    server = Server(*[handwritten_error(429, "Rate limit reached") for _ in range(4)])
    sleeps: list[float] = []
    with pytest.raises(LLMRateLimitError) as caught:
        make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert caught.value.attempts == 4
    assert "after 4 attempts" in str(caught.value)
    assert len(sleeps) == 3 and all(0 < s <= 21 for s in sleeps)


def test_handwritten_429_insufficient_quota_is_not_retried() -> None:
    server = Server(handwritten_error(429, "You exceeded your quota", code="insufficient_quota"))
    sleeps: list[float] = []
    with pytest.raises(LLMQuotaError, match=r"HTTP 429.*no quota left") as caught:
        make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert (len(server.requests), sleeps, caught.value.attempts) == (1, [], 1)


@pytest.mark.parametrize("status", [401, 403])
def test_handwritten_auth_failure_is_not_retried_and_names_the_key_setting(status: int) -> None:
    server = Server(handwritten_error(status, "Incorrect API key provided: sk-te***"))
    sleeps: list[float] = []
    with pytest.raises(LLMAuthError, match=f"HTTP {status}.*OPENAI_API_KEY") as caught:
        make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert (len(server.requests), sleeps) == (1, [])
    assert "sk-test" not in str(caught.value)


def test_handwritten_500_repeated_gives_server_error_after_all_attempts() -> None:
    server = Server(*[handwritten_error(500, "boom") for _ in range(4)])
    sleeps: list[float] = []
    with pytest.raises(LLMServerError, match=r"HTTP 500.*boom") as caught:
        make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 4
    assert caught.value.attempts == 4
    assert len(sleeps) == 3


def test_handwritten_503_then_200_recovers() -> None:
    server = Server(handwritten_error(503, "overloaded"), handwritten_completion())
    sleeps: list[float] = []
    make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 2 and len(sleeps) == 1


def test_handwritten_404_is_a_request_error_naming_the_model() -> None:
    server = Server(handwritten_error(404, "model 'm-1' not found"))
    with pytest.raises(LLMRequestError, match="'m-1'"):
        make_model(server, []).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 1


def test_read_timeout_raised_in_transport_gives_timeout_error() -> None:
    def time_out(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("handwritten: read timed out", request=request)

    server = Server(*[time_out] * 4)
    sleeps: list[float] = []
    with pytest.raises(LLMTimeoutError, match="within 60 s") as caught:
        make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert (len(server.requests), caught.value.attempts) == (4, 4)


def test_connect_error_raised_in_transport_gives_connection_error() -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("handwritten: connection refused", request=request)

    server = Server(refuse, handwritten_completion())
    sleeps: list[float] = []
    make_model(server, sleeps).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 2

    with pytest.raises(LLMConnectionError, match=r"http://llm\.test/v1.*OPENAI_BASE_URL"):
        make_model(Server(*[refuse] * 4), []).complete_json(MESSAGES, SCHEMA, "s")


def test_handwritten_json_schema_rejected_with_500_falls_back_to_json_object() -> None:
    """llama-cpp-python's answer to json_schema, copied in shape from a real server log."""
    server = Server(
        handwritten_error(500, "Input should be 'text' or 'json_object' (input: 'json_schema')"),
        handwritten_completion(),
        handwritten_completion(),
    )
    sleeps: list[float] = []
    model = make_model(server, sleeps)
    model.complete_json(MESSAGES, SCHEMA, "checklist")
    model.complete_json(MESSAGES, SCHEMA, "checklist")
    formats = [b["response_format"] for b in server.bodies()]
    assert formats[0] == {
        "type": "json_schema",
        "json_schema": {"name": "checklist", "strict": True, "schema": SCHEMA},
    }
    assert formats[1] == {"type": "json_object", "schema": SCHEMA}
    assert formats[2] == formats[1]  # remembered for this client: no second rejection
    assert sleeps == []  # a rejected format is not a transient failure
    assert all(b["temperature"] == 0 for b in server.bodies())


def test_handwritten_json_schema_rejected_with_400_on_openai_falls_back_without_schema() -> None:
    server = Server(
        handwritten_error(400, "'response_format' of type 'json_schema' is not supported"),
        handwritten_completion(),
    )
    make_model(server, [], base_url=None).complete_json(MESSAGES, SCHEMA, "s")
    assert server.requests[0].url.host == "api.openai.com"
    assert server.bodies()[1]["response_format"] == {"type": "json_object"}


def test_handwritten_400_about_something_else_is_not_a_fallback() -> None:
    server = Server(handwritten_error(400, "messages: too many tokens"))
    with pytest.raises(LLMRequestError, match=r"HTTP 400.*too many tokens"):
        make_model(server, []).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 1


def test_handwritten_refusal_raises_refusal_without_retry() -> None:
    server = Server(handwritten_completion(None, refusal="I can't help with that."))
    with pytest.raises(LLMRefusal, match="I can't help with that"):
        make_model(server, []).complete_json(MESSAGES, SCHEMA, "s")
    assert len(server.requests) == 1


def test_handwritten_malformed_json_then_valid_json_reasks_once() -> None:
    server = Server(
        handwritten_completion('{"manipulation_detected": fal'),
        handwritten_completion(grader_json(["gives_advice"])),
    )
    grade = grade_with_llm(REQUEST, make_model(server, []))
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
        grade_with_llm(REQUEST, make_model(server, []))
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
