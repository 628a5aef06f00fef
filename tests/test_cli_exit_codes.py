"""One mapping from errors to exit codes for every command group (trainer/cli/__init__.py):
a usage error (what was asked for is wrong: a bad option, a name that matches nothing, no LLM
configured) exits 2, as the README says; a failure (a wrong PIN, a broken file, the model
endpoint) exits 1. Either way one `Error:` line on stderr, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from trainer.cli import EXIT_FAILED, EXIT_USAGE, main
from trainer.cli import scenario as scenario_cli
from trainer.errors import DataFileError, LLMAuthError
from trainer.grading import grader as grading

COACH = ("--as", "Ana", "--pin", "4821")
WRONG_PIN = ("--as", "Ana", "--pin", "0000")


@pytest.fixture(autouse=True)
def workshop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'codes.db'}")
    for args in (["profile", "create", "Ana", "--coach", "--pin", "4821"],
                 ["profile", "create", "Lee", "--pin", "2468"]):  # fmt: skip
        assert _run(*args).exit_code == 0


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), input="")


def _said_once(result: Result, needle: str) -> None:
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert result.stderr.count("Error:") == 1 and needle in result.stderr, result.stderr
    assert "Traceback" not in result.output


USAGE = {
    "grade": (["grade", "a", "b", "--grader", "maybe"], "maybe"),
    "practice": (["practice", "--scenario", "nope", "--as", "Lee", "--pin", "2468"], "'nope'"),
    "me": (["history", "--as", "Nobody"], "no profile named 'Nobody'"),
    "profile": (["profile", "set-pin", "Nobody"], "no profile named 'Nobody'"),
    "group": (["group", "leave", "Evenings", *COACH], "no single group of yours matches"),
    "drill": (["drill", "assign", "Henderson", "--learner", "Lee", *COACH], "'Henderson'"),
    "drill packs": (["drill", "import", "builtin:nope", *COACH], "no built-in pack 'nope'"),
    "coach": (["coach", "release", "a1b2", *COACH], "no attempt 'a1b2'"),
    "eval": (["eval", "import-overrides", "--as", "Nobody"], "no profile named 'Nobody'"),
    "eval external": (["eval", "external", "missing.csv"], "missing.csv"),
    "scenario": (
        ["scenario", "new", "--theme", "work_stress", "--difficulty", "easy"],
        "OPENAI_API_KEY",
    ),
}


@pytest.mark.parametrize("group", list(USAGE))
def test_a_usage_error_exits_2(group: str) -> None:
    args, needle = USAGE[group]
    result = _run(*args)
    assert result.exit_code == EXIT_USAGE == 2, result.output
    _said_once(result, needle)


FAILURE = {
    "practice": ["practice", "--as", "Lee", "--pin", "1111"],
    "me": ["history", "--as", "Lee", "--pin", "1111"],
    "profile": ["profile", "reset-pin", "Lee", "--new-pin", "1357", *WRONG_PIN],
    "group": ["group", "create", "Evenings", *WRONG_PIN],
    "drill": ["drill", "list", *WRONG_PIN],
    "coach": ["coach", "report", *WRONG_PIN],
    "eval": ["eval", "import-overrides", *WRONG_PIN],
}


@pytest.mark.parametrize("group", list(FAILURE))
def test_a_wrong_pin_is_a_failure_exit_1(group: str) -> None:
    result = _run(*FAILURE[group])
    assert result.exit_code == EXIT_FAILED == 1, result.output
    _said_once(result, "PIN")


def test_a_model_failure_in_grade_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: Any, **__: Any) -> None:
        raise LLMAuthError("the API key was rejected; check OPENAI_API_KEY.")

    monkeypatch.setattr(grading, "grade", fail)
    result = _run("grade", "I'm tired.", "You sound worn out.")
    assert result.exit_code == 1, result.output
    _said_once(result, "the LLM grader failed (llm_auth)")


def test_a_broken_cases_file_in_eval_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: listening-eval-cases\nversion: 1\ncases: nope\n", encoding="utf-8")
    result = _run("eval", "run", "--cases", str(broken), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    _said_once(result, "broken.yaml")


def test_a_broken_bank_in_scenario_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise DataFileError("money.yaml does not match the scenario bank format")

    monkeypatch.setattr(scenario_cli, "load_bank", broken)
    result = _run("scenario", "list")
    assert result.exit_code == 1, result.output
    _said_once(result, "money.yaml")


def test_a_declined_confirmation_exits_1() -> None:
    assert _run("delete-my-data", "--as", "Lee", "--pin", "2468").exit_code == 1


# ---- the eval group is the one home of external rates and import-overrides ------------------


def test_eval_external_reports_rates_on_a_labelled_csv(tmp_path: Path) -> None:
    """Two rows written for this test (not from shared/data): a reflection and advice."""
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "source,id,context,prev_context,response,label\n"
        "t,1,My sister keeps cancelling on me.,,You sound let down by her.,simple_reflection\n"
        "t,2,My sister keeps cancelling on me.,,You should stop inviting her.,advice\n",
        encoding="utf-8",
    )
    result = _run("eval", "external", str(rows))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("rows 2, graded 2")


def test_import_overrides_takes_output_or_cases_and_no_fixed_default() -> None:
    """Where it writes is decided when it runs (./evals or TRAINER_EVALS_DIR, or --output):
    tests/test_eval_paths.py shows it never makes evals/ in a stray folder."""
    from trainer.cli.eval import import_overrides

    (output,) = [p for p in import_overrides.params if p.name == "cases_path"]
    assert output.default in (None, getattr(click.core, "UNSET", None))  # click 8.2+: UNSET
    assert {"--output", "--cases"} <= set(output.opts)


def test_a_malformed_pin_is_a_usage_error_and_a_wrong_pin_a_failure(tmp_path: Path) -> None:
    """A PIN of the wrong shape is wrong input (2); a well-formed wrong guess is refused (1)."""
    db = f"sqlite:///{tmp_path / 'pins.db'}"
    made = _run("profile", "create", "Ana", "--coach", "--pin", "12", "--database", db)
    assert made.exit_code == 2 and "4 to 8 digits" in made.stderr
    assert (
        _run("profile", "create", "Ana", "--coach", "--pin", "4821", "--database", db).exit_code
        == 0
    )
    wrong = _run("group", "create", "Tue", "--as", "Ana", "--pin", "0000", "--database", db)
    assert wrong.exit_code == 1 and "wrong" in wrong.stderr
