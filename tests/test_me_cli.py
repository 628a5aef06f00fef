"""The learner's CLI does what the pages do: practise (stored), progress, history, export,
delete, self-assessment, settings."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainer.cli import main
from trainer.store import open_store

HEARD = (
    "It sounds like you are completely overwhelmed, with the Henderson rollout piled on top "
    "and no idea when you will even sleep. Is that right?"
)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def _run(*args: str, input: str | None = None, code: int = 0, **env: str) -> str:
    result = CliRunner().invoke(main, list(args), input=input, env=env or None)
    assert result.exit_code == code, result.output
    return result.output


def _practise(db: str) -> None:
    _run("practice", "--scenario", "work_stress-001", "--grader", "offline",
         input=f"You should go to bed early.\n:retry\n{HEARD}\n\n")  # fmt: skip


def test_practice_stores_each_turn_and_retry_shows_the_change(db: str) -> None:
    result = CliRunner().invoke(
        main, ["practice", "--scenario", "work_stress-001", "--grader", "offline"],
        input=f"You should go to bed early.\n:retry\n{HEARD}\n\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Change from your last try: +" in result.output
    store = open_store(db)
    newest, oldest = store.attempts(store.default_learner())
    assert newest.retry_of == oldest.attempt_id and newest.score > oldest.score  # type: ignore[operator]


def test_progress_history_and_export(db: str) -> None:
    _practise(db)
    out = _run("progress")
    assert "2 graded attempts" in out and "gives advice" in out
    assert "You should go to bed early" in out  # the example is the learner's own words
    summary = json.loads(_run("progress", "--json"))
    assert summary["graded_attempts"] == 2
    assert "2 of 2 attempts" in _run("history")
    assert "1 of 2 attempts" in _run("history", "--rubric", "not_fixing", "--failed")
    assert json.loads(_run("history", "--text", "bed early", "--json"))[0]["response"] == (
        "You should go to bed early."
    )
    rows = list(csv.DictReader(io.StringIO(_run("export", "--format", "csv"))))
    assert {r["response"] for r in rows} == {"You should go to bed early.", HEARD}
    assert len(json.loads(_run("export", "--format", "json"))) == 2


def test_delete_asks_first(db: str) -> None:
    _practise(db)
    _run("delete-my-data", input="n\n", code=1)
    assert "2 graded" in _run("progress")
    assert "Deleted 2 attempts." in _run("delete-my-data", input="y\n")
    assert "No graded attempts yet" in _run("progress")


def test_self_assessment_from_flags_and_bad_answers(db: str) -> None:
    out = _run("start", "--answer", "start_fixing=4", "--answer", "minimize_dismiss=4",
               "--answer", "interrupt=3")  # fmt: skip
    assert "Start with: trainer practice --theme" in out
    bad = _run("start", "--answer", "start_fixing=9", "--answer", "nope=1",
               "--answer", "interrupt=3", code=2)  # fmt: skip
    assert "start_fixing" in bad and "9" in bad and "nope" in bad


def test_settings_names_the_database_and_never_the_key(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _run("settings")
    assert "offline grader" in out and "cli.db" in out
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    out = _run("settings")
    assert "LLM: OpenAI" in out and "gpt-4o-mini" in out
    assert "sk-test-secret" not in out
    assert "API key: from the environment (OPENAI_API_KEY)" in out
    assert "Model: the default (gpt-4o-mini)" in out


def test_a_learner_pin_guards_history_export_and_delete(db: str) -> None:
    """On a shared machine Noa cannot read, export or delete Mia's practice with `--as Mia`."""
    _run("profile", "create", "Mia", "--pin", "2468")
    _run("profile", "create", "Noa")
    for who in ("Mia", "Noa"):
        _run("practice", "--as", who, "--scenario", "work_stress-001", "--grader", "offline",
             input="You sound swamped.\n\n", TRAINER_PIN="2468")  # fmt: skip
    for command in (["history"], ["export"], ["progress"], ["delete-my-data", "--yes"]):
        out = _run(*command, "--as", "Mia", input="\n", code=1)  # asked; nothing given
        assert "has a PIN" in out
        out = _run(*command, "--as", "Mia", "--pin", "1111", code=1)
        assert re.search("wrong or missing PIN|too many wrong PINs", out)  # throttled after 3
    _run("profile", "reset-pin", "Mia", "--new-pin", "2468")  # lift the wait those made
    assert "1 of 1 attempts" in _run("history", "--as", "Mia", "--pin", "2468")
    assert "You sound swamped" in _run("export", "--as", "Mia", TRAINER_PIN="2468")
    assert "Deleted 1 attempts." in _run("delete-my-data", "--yes", "--as", "Noa")  # no PIN: hers
    assert "Deleted 1 attempts." in _run("delete-my-data", "--yes", "--as", "Mia", "--pin", "2468")
