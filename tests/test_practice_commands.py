"""`trainer practice` reads `:quit` (and its short forms) as the end of the conversation, and
any other `:word` as a command: none of them is ever graded as the learner's reply."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from trainer.cli import main
from trainer.store import open_store


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def _practise(text: str, *args: str) -> str:
    result = CliRunner().invoke(
        main, ["practice", "--scenario", "work_stress-001", "--grader", "offline", *args],
        input=text,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return result.output


def _graded(db: str) -> list[str]:
    store = open_store(db)
    return [a.response for a in store.attempts(store.default_learner())]


@pytest.mark.parametrize("command", [":quit", ":q", ":exit", "  :QUIT  "])
def test_a_quit_command_ends_the_conversation_ungraded(db: str, command: str) -> None:
    out = _practise(f"{command}\nYou sound swamped.\n")
    assert _graded(db) == []
    assert "Turns: 0" in out and "Score" not in out


def test_quit_after_a_reply_keeps_that_reply_and_grades_nothing_more(db: str) -> None:
    _practise("You sound swamped.\n:quit\n")
    assert _graded(db) == ["You sound swamped."]


def test_an_unknown_command_or_an_early_retry_is_named_not_graded(db: str) -> None:
    out = _practise(":retyr\n:retry\nYou sound swamped.\n\n")
    assert _graded(db) == ["You sound swamped."]
    assert "':retyr' is not a command here" in out and "Nothing to rework yet" in out


def test_the_commands_are_said_before_the_first_reply_and_in_help() -> None:
    out = _practise("\n")
    assert ":quit" in out.split("Partner:")[0]
    help_text = CliRunner().invoke(main, ["practice", "--help"]).output
    assert ":quit" in help_text and ":retry" in help_text


def test_empathy_mapping_ends_on_quit_at_any_of_its_prompts(db: str) -> None:
    _practise(":quit\n", "--mode", "empathy_mapping")
    assert _graded(db) == []
