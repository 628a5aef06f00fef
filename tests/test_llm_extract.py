"""The "extract" grading strategy: the model copies the reply's words, code checks and interprets
them; and the resolver that picks a strategy per endpoint. A scripted model stands in for the
LLM here; what the real local model answered is in evals/cassettes/local."""

from __future__ import annotations

from pathlib import Path

import httpx2
import pytest
from handwritten_http import (
    MESSAGES,
    SCHEMA,
    Server,
    handwritten_completion,
    handwritten_error,
    settings,
)

from trainer.errors import ConfigError
from trainer.grading.llm_extract import locate, parse_lines, pieces, verify
from trainer.grading.llm_grader import grade_with_llm, grader_prompt_hash
from trainer.grading.schema import GradeRequest
from trainer.llm.endpoints import EndpointMemory
from trainer.llm.fake import FakeChatModel
from trainer.llm.openai_chat import OpenAIChatModel
from trainer.llm.strategy import resolve_strategy

STATEMENT = "My boss criticised my report in front of the whole team today."
RESPONSE = (
    "Being picked apart in front of everyone must have been humiliating. "
    "You should talk to HR tomorrow."
)
REQUEST = GradeRequest(statement=STATEMENT, response=RESPONSE)


def _answer(advice: str = "NONE", feeling: str = "NONE", event: str = "NONE") -> str:
    return f"advice: {advice}\nfeeling: {feeling}\nself: NONE\nmock: NONE\nevent: {event}"


def test_lines_are_read_by_label_and_none_means_no_copy() -> None:
    answer = parse_lines("advice: Try yoga\nfeeling: NONE\n  event - you lost it\nsomething else")
    assert answer == {
        "advice": "Try yoga",
        "feeling": "NONE",
        "event": "you lost it\nsomething else",
    }
    assert pieces("NONE") == []
    assert pieces('"go to bed"... "call her"') == ["go to bed", "call her"]


def test_a_copy_is_located_in_the_reply_and_a_made_up_one_is_dropped() -> None:
    where = locate("you should talk to HR", RESPONSE)
    assert where is not None and RESPONSE[where[0] : where[1]] == "You should talk to HR"
    copies = verify({"advice": "You should quit that job", "feeling": "humiliating"}, RESPONSE)
    assert not copies.found("advice") and copies.rejected["advice"] == ["You should quit that job"]
    assert copies.found("feeling")
    assert locate(RESPONSE, RESPONSE) is None  # a copy of the whole reply says nothing


def test_extract_grade_uses_one_plain_request_and_verified_copies() -> None:
    model = FakeChatModel(
        [_answer(advice="You should talk to HR", feeling="humiliating", event="picked apart")]
    )
    grade = grade_with_llm(REQUEST, model, strategy="extract")
    assert len(model.calls) == 1
    assert model.calls[0][-1]["content"].endswith(RESPONSE)
    assert model.calls[0][0]["role"] == "system"
    checklist = grade.rubrics.not_fixing.checklist
    assert checklist["gives_advice"] is True
    assert not grade.rubrics.not_fixing.passed
    assert grade.rubrics.validation.checklist["acknowledges_feeling"] is True
    for _, result in grade.rubrics.items():
        for ev in result.evidence:
            assert RESPONSE[ev.start : ev.end] == ev.text
    assert grade.metadata.prompt_hash == grader_prompt_hash(strategy="extract")


def test_a_misquoted_advice_copy_costs_nothing() -> None:
    """The model 'copied' advice the reply does not hold: code drops it, never trusts it."""
    request = GradeRequest(statement=STATEMENT, response="That sounds humiliating.")
    grade = grade_with_llm(
        request, FakeChatModel([_answer(advice="You should talk to HR")]), strategy="extract"
    )
    assert grade.rubrics.not_fixing.checklist["gives_advice"] is False
    assert grade.rubrics.not_fixing.passed


def test_strategies_record_different_prompt_hashes() -> None:
    assert grader_prompt_hash(strategy="extract") != grader_prompt_hash(strategy="checklist")


def test_strategy_resolution_order_and_defaults() -> None:
    local = settings("http://127.0.0.1:8765/v1")
    openai = settings(None)
    assert resolve_strategy(local, env={}) == "extract"
    assert resolve_strategy(openai, env={}) == "checklist"
    assert resolve_strategy(local, env={}, card="checklist") == "checklist"
    env = {"TRAINER_LLM_STRATEGY": "extract"}
    assert resolve_strategy(openai, env=env, card="checklist") == "extract"
    assert resolve_strategy(openai, "checklist", env=env) == "checklist"
    with pytest.raises(ConfigError, match=r"TRAINER_LLM_STRATEGY is .copy.*extract"):
        resolve_strategy(local, env={"TRAINER_LLM_STRATEGY": "copy"})


def _client(server: Server, memory: EndpointMemory, model: str = "m-1") -> OpenAIChatModel:
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    return OpenAIChatModel(settings(model=model), http_client=http, memory=memory)


def test_a_rejected_json_schema_is_remembered_across_clients_and_processes(
    tmp_path: Path,
) -> None:
    """llama.cpp answers json_schema with HTTP 500: the next client (a page rerun, a new CLI
    process reading the same file) goes straight to JSON mode instead of paying for it again."""
    path = tmp_path / "endpoints.json"
    first = Server(
        handwritten_error(500, "Input should be 'text' or 'json_object' (input: 'json_schema')"),
        handwritten_completion(),
    )
    _client(first, EndpointMemory(path)).complete_json(MESSAGES, SCHEMA, "checklist")
    assert [b["response_format"]["type"] for b in first.bodies()] == ["json_schema", "json_object"]
    second = Server(handwritten_completion())
    _client(second, EndpointMemory(path)).complete_json(MESSAGES, SCHEMA, "checklist")
    assert [b["response_format"]["type"] for b in second.bodies()] == ["json_object"]
    other = Server(handwritten_completion())  # another endpoint is asked the strict way
    _client(other, EndpointMemory(path), model="m-2").complete_json(MESSAGES, SCHEMA, "checklist")
    assert other.bodies()[0]["response_format"]["type"] == "json_schema"


def test_plain_text_requests_send_no_response_format() -> None:
    server = Server(handwritten_completion("advice: NONE"))
    reply = _client(server, EndpointMemory()).complete_text(MESSAGES, 50)
    assert reply.content == "advice: NONE"
    body = server.bodies()[0]
    assert "response_format" not in body and body["max_tokens"] == 50
