"""One time budget per grade, every request, retry, wait and re-ask included; set by flag,
environment or secrets through the one resolver. HAND-WRITTEN HTTP responses and a fake clock
(tests/handwritten_http.py): nothing sleeps for real."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx2
import pytest
from click.testing import CliRunner
from grader_outputs import grader_json
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
from trainer.errors import ConfigError, LLMRateLimitError, LLMServerError, LLMTimeoutError
from trainer.grading.llm_grader import grade_with_llm
from trainer.grading.schema import GradeRequest
from trainer.settings import RECORD_TIMEOUT_S, resolve_llm_settings

REQUEST = GradeRequest(statement="I failed my driving test again.", response="That sounds hard.")
KNOBS = ("--timeout", "TRAINER_LLM_TIMEOUT", "[llm].timeout_s")


def _read_timeout(request: httpx2.Request) -> float:
    timeout: dict[str, float] = request.extensions["timeout"]
    return timeout["read"]


def test_a_hanging_provider_costs_one_budget_per_grade_not_four_timeouts() -> None:
    clock = Clock()
    server = Server(hangs(clock), repeat=True)
    start = clock.now
    with pytest.raises(LLMTimeoutError) as caught:
        grade_with_llm(REQUEST, make_model(server, clock), strategy="checklist")
    assert clock.now - start == 30.0  # the default budget; it was 4 x 60 s plus backoff
    assert len(server.requests) == 1
    message = str(caught.value)
    assert "within the 30 s time budget" in message
    assert all(knob in message for knob in KNOBS)
    assert "raise timeout_s" not in message


def test_each_request_gets_only_what_is_left_of_the_budget() -> None:
    clock = Clock()
    server = Server(handwritten_error(503, "loading model"), hangs(clock))
    start = clock.now
    with pytest.raises(LLMTimeoutError):
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    (waited,) = clock.sleeps
    assert _read_timeout(server.requests[0]) == 30.0
    assert _read_timeout(server.requests[1]) == pytest.approx(30.0 - waited)
    assert clock.now - start == pytest.approx(30.0)


def test_the_reask_shares_the_grade_budget() -> None:
    clock = Clock()

    def slow_invalid(request: httpx2.Request) -> httpx2.Response:
        clock.now += 20
        return handwritten_completion('{"not": "a checklist"}')

    server = Server(slow_invalid, handwritten_completion(grader_json(["gives_advice"])))
    grade = grade_with_llm(REQUEST, make_model(server, clock), strategy="checklist")
    assert grade.metadata.grader == "llm"
    assert _read_timeout(server.requests[1]) == pytest.approx(10.0)


def test_retry_after_beyond_the_budget_fails_at_once_with_the_reason() -> None:
    clock = Clock()
    server = Server(handwritten_error(429, "slow down", headers={"retry-after": "3600"}))
    with pytest.raises(LLMRateLimitError) as caught:
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert (len(server.requests), clock.sleeps) == (1, [])
    message = str(caught.value)
    assert "asked to wait 3600 s" in message and "30 s time budget" in message
    assert "--timeout" in message


def test_retry_after_within_the_budget_is_waited() -> None:
    clock = Clock()
    server = Server(
        handwritten_error(429, "slow down", headers={"retry-after": "20"}),
        handwritten_completion(),
    )
    make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert clock.sleeps == [20.0]


def test_backoff_never_waits_past_the_budget() -> None:
    clock = Clock()

    def slow_500(request: httpx2.Request) -> httpx2.Response:
        clock.now += min(9.0, _read_timeout(request))
        return handwritten_error(500, "boom")

    server = Server(slow_500, repeat=True)
    start = clock.now
    with pytest.raises(LLMServerError) as caught:
        make_model(server, clock).complete_json(MESSAGES, SCHEMA, "s")
    assert clock.now - start <= 30.0
    assert len(server.requests) < 4
    assert "left no time for another attempt" in str(caught.value)


# ---- where the budget comes from: the one resolver ------------------------------------------


def _resolve(tmp_path: Path, secrets: str = "", **kwargs: Any) -> float:
    path = tmp_path / "secrets.toml"
    path.write_text(f'[llm]\nbase_url = "http://h:1/v1"\nmodel = "m"\n{secrets}', "utf-8")
    settings = resolve_llm_settings(secrets_path=path, **kwargs)
    assert settings is not None
    return settings.timeout_s


def test_budget_order_is_flag_then_environment_then_secrets_then_default(tmp_path: Path) -> None:
    env = {"TRAINER_LLM_TIMEOUT": "45"}
    assert _resolve(tmp_path, "timeout_s = 50\n", env=env, timeout_s=12) == 12
    assert _resolve(tmp_path, "timeout_s = 50\n", env=env) == 45
    assert _resolve(tmp_path, "timeout_s = 50\n", env={}) == 50
    assert _resolve(tmp_path, 'timeout_s = "55.5"\n', env={}) == 55.5
    assert _resolve(tmp_path, env={}) == 30
    assert _resolve(tmp_path, env={}, default_timeout_s=RECORD_TIMEOUT_S) == 180


@pytest.mark.parametrize(
    ("secrets", "env", "named"),
    [
        ("", {"TRAINER_LLM_TIMEOUT": "soon"}, "TRAINER_LLM_TIMEOUT is 'soon'"),
        ("", {"TRAINER_LLM_TIMEOUT": "0"}, "TRAINER_LLM_TIMEOUT is '0'"),
        ("timeout_s = -5\n", {}, "[llm].timeout_s"),
        ("timeout_s = true\n", {}, "[llm].timeout_s must be"),
    ],
)
def test_a_bad_budget_says_where_and_what(
    tmp_path: Path, secrets: str, env: dict[str, str], named: str
) -> None:
    with pytest.raises(ConfigError, match=r"seconds|must be") as caught:
        _resolve(tmp_path, secrets, env=env)
    assert named in str(caught.value)


def test_grade_cli_timeout_flag_sets_the_budget_and_the_message_names_it(
    monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", BASE_URL)
    monkeypatch.setenv("TRAINER_MODEL", "m-1")
    monkeypatch.setenv("TRAINER_LLM_TIMEOUT", "90")  # the flag wins
    clock = Clock()
    server = Server(hangs(clock), repeat=True)
    wire_cli(monkeypatch, server, clock)
    start = clock.now
    result = CliRunner().invoke(
        main, ["grade", "--grader", "llm", "--timeout", "5", "My boss yelled.", "That's awful."]
    )
    assert result.exit_code == 1
    assert clock.now - start == 5.0 and len(server.requests) == 1
    assert "Error: the LLM grader failed (llm_timeout)" in result.stderr
    assert "within the 5 s time budget" in result.stderr


@pytest.mark.parametrize(("flag", "budget"), [([], RECORD_TIMEOUT_S), (["--timeout", "20"], 20)])
def test_eval_record_waits_longer_by_default(
    flag: list[str], budget: float, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    from trainer.evals import cassettes

    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8765/v1")
    monkeypatch.setenv("TRAINER_MODEL", "local")
    monkeypatch.setenv("TRAINER_EVALS_DIR", str(Path(__file__).resolve().parent.parent / "evals"))
    seen: list[float] = []

    def record_cases(cases: object, settings: Any, **kwargs: object) -> None:
        seen.append(settings.timeout_s)
        raise SystemExit(0)

    monkeypatch.setattr(cassettes, "record_cases", record_cases)
    CliRunner().invoke(main, ["eval", "record", "--limit", "1", *flag])
    assert seen == [budget]
