"""Eval cases, floors and cassettes are found from where a command runs (./evals, or
TRAINER_EVALS_DIR), never by walking up from the installed package; without them a command
says what to do. vcrpy is an extra: without it, replaying says which extra to install."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from trainer.cli import main
from trainer.errors import ConfigError
from trainer.evals.paths import cassette_root, default_cases, evals_dir, floors_file

ROOT = Path(__file__).resolve().parent.parent
EVALS = ROOT / "evals"
ONE_CASE = """\
format: listening-eval-cases
version: 1
cases:
- case_id: work_stress-901
  category: good_plain
  theme: work_stress
  statement: My manager moved the deadline up again and I have not slept properly in days.
  response: You're worn out, and the deadline moving again makes it feel like it never ends.
  gold: {accuracy: pass, validation: either, not_fixing: pass, not_hijacking: pass}
  note: Written for this test.
"""


def run(*args: str, **env: str) -> Result:
    return CliRunner().invoke(main, list(args), env=env or None)


def test_the_folder_is_evals_in_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "evals").mkdir()
    assert evals_dir(env={}, cwd=tmp_path) == tmp_path / "evals"


def test_the_setting_moves_it(tmp_path: Path) -> None:
    assert evals_dir(env={"TRAINER_EVALS_DIR": str(tmp_path)}, cwd=Path("/")) == tmp_path


def test_missing_folders_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no evals/ folder in .*set TRAINER_EVALS_DIR"):
        evals_dir(env={}, cwd=tmp_path)
    gone = str(tmp_path / "gone")
    with pytest.raises(ConfigError, match=r"TRAINER_EVALS_DIR is '.*gone', which is not a folder"):
        evals_dir(env={"TRAINER_EVALS_DIR": gone}, cwd=ROOT)


def test_defaults_are_the_project_files_when_run_from_the_project(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    assert default_cases() == EVALS / "cases" / "cases_v1.yaml"
    assert floors_file() == EVALS / "floors.yaml" and floors_file().is_file()
    assert (cassette_root() / "local" / "manifest.json").is_file()


def test_eval_run_from_an_empty_folder_says_where_evals_live(
    tmp_path: Path, no_secrets_file: None
) -> None:
    result = run("eval", "run", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2, result.output
    assert "run from the project folder or set TRAINER_EVALS_DIR" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_eval_run_reads_cases_from_the_configured_folder(
    tmp_path: Path, no_secrets_file: None
) -> None:
    evals = tmp_path / "elsewhere"
    (evals / "cases").mkdir(parents=True)
    (evals / "cases" / "cases_v1.yaml").write_text(ONE_CASE, encoding="utf-8")
    result = run("eval", "run", "--out", str(tmp_path / "out"), TRAINER_EVALS_DIR=str(evals))
    assert result.exit_code == 0, result.output
    assert "accuracy       n=  1" in result.stdout


def _coach(tmp_path: Path) -> dict[str, str]:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'workshop.db'}"}
    made = run("profile", "create", "Ana", "--coach", "--pin", "4821", **env)
    assert made.exit_code == 0, made.output
    return env


def test_import_overrides_never_makes_evals_in_a_stray_folder(
    tmp_path: Path, no_secrets_file: None
) -> None:
    env = _coach(tmp_path)
    result = run("eval", "import-overrides", "--as", "Ana", "--pin", "4821", **env)
    assert result.exit_code == 2, result.output
    assert "run from the project folder or set TRAINER_EVALS_DIR" in result.stderr
    assert not (tmp_path / "evals").exists()


def test_import_overrides_writes_into_the_evals_folder_or_output(
    tmp_path: Path, no_secrets_file: None
) -> None:
    env = _coach(tmp_path)
    evals = tmp_path / "project-evals"
    evals.mkdir()
    result = run("eval", "import-overrides", "--as", "Ana", "--pin", "4821",
                 TRAINER_EVALS_DIR=str(evals), **env)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (evals / "cases" / "coach_overrides.yaml").is_file()
    chosen = tmp_path / "mine.yaml"
    result = run("eval", "import-overrides", "--output", str(chosen), "--as", "Ana", "--pin",
                 "4821", **env)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"0 new cases (0 in all) in {chosen}" in result.stdout and chosen.is_file()


def test_replay_without_vcrpy_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    """A wheel installed without the [record] extra has no vcr: replay says what to install."""
    monkeypatch.setitem(sys.modules, "vcr", None)  # import vcr now fails as if not installed
    monkeypatch.delitem(sys.modules, "trainer.evals.cassettes", raising=False)
    result = run("eval", "run", "--grader", "llm", "--replay", str(EVALS / "cassettes" / "local"),
                 "--cases", str(EVALS / "cases" / "cases_v1.yaml"))  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "pip install 'listening-trainer[record]'" in result.stderr


def test_prompts_are_read_through_the_package_that_ships_them() -> None:
    """Editable installs map trainer._prompts to the project's prompts/; a wheel carries it."""
    packaged = resources.files("trainer._prompts")
    for name in ("rubrics.yaml", "grader.yaml", "partner.yaml"):
        assert (packaged / name).read_bytes() == (ROOT / "prompts" / name).read_bytes()
