"""Model requests side by side: at most --concurrency in flight, results in input order, one
rate limit every worker honours, one breaker that opens once. Served by a HAND-WRITTEN fake
OpenAI-compatible server on a loopback port (loopback_llm.py): no model behaviour is claimed,
only what our side does with the requests. No assertion is about how long anything took."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest
from click.testing import CliRunner, Result
from loopback_llm import Reply, loopback_llm

from trainer.cli import main
from trainer.errors import ConfigError, LLMRateLimitError
from trainer.llm.pool import map_ordered, resolve_concurrency
from trainer.llm.ratelimit import SharedRateLimit

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

STATEMENT = "My sister keeps cancelling our plans at the last minute."


def _lines(n: int) -> str:
    return "".join(
        json.dumps({"id": f"c{i}", "statement": STATEMENT, "response": "That sounds lonely."})
        + "\n"
        for i in range(1, n + 1)
    )


def _grade(url: str, n: int, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    monkeypatch.setenv("TRAINER_MODEL", "loopback")
    return CliRunner().invoke(
        main, ["grade", "--input", "-", "--grader", "llm", *args], input=_lines(n)
    )


def test_no_more_than_concurrency_requests_are_in_flight_and_order_is_kept(
    monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    with loopback_llm(latency_s=0.2) as fake:
        result = _grade(fake.url, 16, monkeypatch, "--concurrency", "3")
    assert result.exit_code == 0, result.output
    assert 1 < fake.max_in_flight <= 3
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [f"c{i}" for i in range(1, 17)]
    assert all("grade" in o for o in out)


def test_a_retry_after_pauses_every_worker_not_only_the_one_told(
    monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    """Four workers each have a request in flight; request 1 is answered 429 with Retry-After
    2.5 s, the other three 0.3 s later. Every request after those four must wait out the
    pause told to worker 1: none may reach the server before it is over. (Without the shared
    pause, workers 2-4 would send their next requests well inside it.)"""
    pause_s = 2.5
    all_in_flight, told = threading.Event(), threading.Event()

    def script(number: int, body: dict[str, Any]) -> Reply | None:
        if number == 4:
            all_in_flight.set()
        if number == 1:
            all_in_flight.wait(timeout=60)  # a safety net, not a measurement
            told.set()
            return (
                429,
                {"retry-after-ms": str(int(pause_s * 1000))},
                {"error": {"message": "handwritten: slow down", "type": "rate_limit"}},
            )
        if number <= 4:
            told.wait(timeout=60)
            time.sleep(0.3)  # these answer inside the pause: their next requests must wait
        return None

    with loopback_llm(latency_s=0.05, script=script) as fake:
        result = _grade(fake.url, 12, monkeypatch, "--concurrency", "4")
    assert result.exit_code == 0, result.output
    first = fake.arrivals[0]
    assert first.status == 429
    later = fake.arrivals[4:]
    assert len(later) == 12 - 3  # the retried case 1 and cases 5-12
    early = [round(a.at - first.replied_at, 3) for a in later if a.at < first.replied_at + pause_s]
    assert early == []
    assert all("grade" in json.loads(line) for line in result.stdout.splitlines())


def test_a_refused_key_under_concurrency_opens_the_breaker_once(
    monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    def refuse(number: int, body: dict[str, Any]) -> Reply:
        time.sleep(0.05)
        return 401, {}, {"error": {"message": "handwritten: bad key", "type": "auth"}}

    with loopback_llm(script=refuse) as fake:
        result = _grade(fake.url, 40, monkeypatch, "--concurrency", "4")
    assert len(fake.arrivals) <= 4  # at most one per worker before the breaker opened
    assert result.stderr.count("note: stopped calling the LLM at") == 1
    codes = [json.loads(line)["error"]["code"] for line in result.stdout.splitlines()]
    assert len(codes) == 40 and codes.count("llm_circuit_open") >= 36


def test_ordered_map_keeps_input_order_when_later_items_finish_first() -> None:
    release = threading.Event()

    def slow_first(n: int) -> int:
        if n == 0:
            release.wait(timeout=60)
        elif n == 3:
            release.set()  # item 3 finishes while item 0 is still running
        return n * 10

    assert list(map_ordered(slow_first, range(6), concurrency=4)) == [0, 10, 20, 30, 40, 50]


def test_the_shared_pause_grows_never_shrinks_and_respects_the_deadline() -> None:
    limit = SharedRateLimit()
    told = LLMRateLimitError("handwritten: 429", status=429, retry_after_s=5)
    limit.hold(5, told, now=100.0)
    limit.hold(1, told, now=100.0)  # a shorter pause does not cut the longer one
    assert limit.resume_at() == 105.0
    now = [101.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limit.wait_turn(lambda: now[0], sleep, deadline=200.0)
    assert slept == [4.0] and now[0] == 105.0
    limit.hold(30, told, now=105.0)
    with pytest.raises(LLMRateLimitError, match="Every worker of this run is pausing"):
        limit.wait_turn(lambda: now[0], sleep, deadline=120.0)


def test_concurrency_setting_flag_then_environment_then_endpoint_default() -> None:
    env = {"TRAINER_LLM_CONCURRENCY": "6"}
    assert resolve_concurrency(2, False, env) == 2
    assert resolve_concurrency(None, False, env) == 6
    assert resolve_concurrency(None, True, {}) == 4
    assert resolve_concurrency(None, False, {}) == 1
    with pytest.raises(ConfigError, match="TRAINER_LLM_CONCURRENCY is 'lots'"):
        resolve_concurrency(None, False, {"TRAINER_LLM_CONCURRENCY": "lots"})
