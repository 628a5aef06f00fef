"""`trainer practice --grader llm` reports a provider failure as `trainer grade` does, keeps the
learner's words (the attempt is stored, marked failed with the reason) and shows no offline grade
in the LLM's place; the next reply is graded by the LLM again. HAND-WRITTEN HTTP responses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from grader_outputs import grader_json
from handwritten_http import (
    BASE_URL,
    Clock,
    Server,
    handwritten_completion,
    handwritten_error,
    wire_cli,
)

from trainer.cli import main
from trainer.store import open_store

FIRST = "You sound swamped by the Henderson rollout."
SECOND = "So the rollout landed on you with no warning, and you're exhausted. Is that it?"


def test_practice_with_grader_llm_reports_the_failure_and_keeps_the_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    monkeypatch.setenv("DATABASE_URL", db)
    monkeypatch.setenv("OPENAI_BASE_URL", BASE_URL)
    monkeypatch.setenv("TRAINER_MODEL", "m-1")
    server = Server(
        *[handwritten_error(500, "model crashed") for _ in range(4)],  # turn 1: every attempt
        handwritten_completion(grader_json(["names_main_feeling", "reflects_main_point"])),
        handwritten_completion("reflection: Hand-written, not a model's."),  # better words
        handwritten_completion(json.dumps({"reply": "Yes. Exactly that."})),  # the partner
    )
    wire_cli(monkeypatch, server, Clock())
    result = CliRunner().invoke(
        main,
        ["practice", "--scenario", "work_stress-001", "--grader", "llm"],
        input=f"{FIRST}\n{SECOND}\n\n",
    )
    assert result.exit_code == 0, result.output
    assert "Error: the LLM grader failed (llm_server): http://llm.test/v1 (HTTP 500)" in (
        result.stderr
    )
    assert "Your reply is kept, not graded" in result.stderr
    assert "Showing the offline grade" not in result.output
    assert "Graded by the offline grader" not in result.stdout  # no offline report stands in
    assert result.stdout.count("Graded by the LLM grader") == 1  # the second reply, by the LLM
    store = open_store(db)
    second, first = store.attempts(store.default_learner())
    assert (first.response, first.status, first.grade) == (FIRST, "failed", None)
    assert (first.error or "").startswith("the LLM grader failed (llm_server)")
    assert (second.response, second.status, second.grader) == (SECOND, "graded", "llm")
    assert not server.steps  # every scripted response was used
