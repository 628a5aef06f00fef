"""HAND-WRITTEN HTTP responses (not recordings) for unit tests of error handling, served by
httpx2.MockTransport, plus a fake clock so no test sleeps for real. Every response is written
here or in the test that uses it, and named `handwritten_...`. Real server behaviour is in the
cassette tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from pydantic import SecretStr

from trainer.llm import openai_chat
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.model import ChatMessage
from trainer.llm.openai_chat import OpenAIChatModel
from trainer.settings import LLMSettings

Step = httpx2.Response | Callable[[httpx2.Request], httpx2.Response]
BASE_URL = "http://llm.test/v1"
# Any chat request: the hand-written responses below do not read it.
MESSAGES: list[ChatMessage] = [{"role": "user", "content": "grade this"}]
SCHEMA: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}


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


class Clock:
    """Monotonic time that moves only when the code under test waits or a request hangs."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Server:
    """Answers each request with the next scripted step (the last one repeats when `repeat`);
    records what was asked."""

    def __init__(self, *steps: Step, repeat: bool = False) -> None:
        self.steps = list(steps)
        self.repeat = repeat
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        assert self.steps, f"unexpected extra request #{len(self.requests)}"
        step = self.steps[0] if self.repeat and len(self.steps) == 1 else self.steps.pop(0)
        return step(request) if callable(step) else step

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]


def hangs(clock: Clock) -> Callable[[httpx2.Request], httpx2.Response]:
    """A server that never answers: the request uses up its whole read timeout, then times out."""

    def step(request: httpx2.Request) -> httpx2.Response:
        clock.now += request.extensions["timeout"]["read"]
        raise httpx2.ReadTimeout("handwritten: read timed out", request=request)

    return step


def settings(base_url: str | None = BASE_URL, **extra: Any) -> LLMSettings:
    values: dict[str, Any] = {"api_key": SecretStr("sk-test"), "model": "m-1", "max_attempts": 4}
    return LLMSettings(base_url=base_url, **(values | extra))


def make_model(
    server: Server,
    clock: Clock | None = None,
    *,
    base_url: str | None = BASE_URL,
    breaker: CircuitBreaker | None = None,
    **extra: Any,
) -> OpenAIChatModel:
    clock = clock or Clock()
    client = httpx2.Client(transport=httpx2.MockTransport(server))
    return OpenAIChatModel(
        settings(base_url, **extra),
        http_client=client,
        sleep=clock.sleep,
        clock=clock,
        breaker=breaker,
    )


def wire_cli(monkeypatch: pytest.MonkeyPatch, server: Server, clock: Clock) -> None:
    """Make every model the CLI builds talk to `server` with `clock`, through the real
    settings resolver, breaker and retry policy (only the transport and the clock differ)."""

    class Wired(OpenAIChatModel):
        def __init__(self, settings: LLMSettings, **kwargs: Any) -> None:
            client = httpx2.Client(transport=httpx2.MockTransport(server))
            kwargs.update(http_client=client, sleep=clock.sleep, clock=clock)
            super().__init__(settings, **kwargs)

    monkeypatch.setattr(openai_chat, "OpenAIChatModel", Wired)
