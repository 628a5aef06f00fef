"""A workshop scripted from the command line: profiles, a group joined by code, a built-in
pack assigned, learners practising drills, the coach's report, review, overrides, and the
overrides turned into eval cases the eval suite reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trainer.cli import main
from trainer.evals.cases import load_cases

HEARD = (
    "It sounds like you're completely overwhelmed, with the Henderson rollout piled on top "
    "and no idea when you'll even sleep. Is that right?"
)
ADVICE = "You should tell your boss you can't take on the Henderson rollout."


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> Path:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'workshop.db'}")
    return tmp_path


def run(*args: str, input: str | None = None, code: int = 0, **env: str) -> str:
    result = CliRunner().invoke(main, list(args), input=input, env=env or None)
    assert result.exit_code == code, result.output
    return result.output


def _workshop() -> str:
    run("profile", "create", "Ana", "--coach", "--pin", "4821")
    run("profile", "create", "Lee")
    run("profile", "create", "Sam")
    out = run("group", "create", "Tuesday", "--as", "Ana", "--pin", "4821")
    code = re.search(r"invite code (\w+)", out).group(1)  # type: ignore[union-attr]
    out = run("group", "join", code, "--as", "Lee", input="y\n")
    assert "Ana" in out and "from the moment you join" in out  # said before joining
    return code


def _drill(title: str) -> None:
    run("drill", "create", "--title", title, "--instructions", "Reflect the overwhelm.",
        "--focus", "not_fixing", "--scenario", "work_stress-001", "--repetitions", "2",
        "--passes-needed", "1", "--as", "Ana", "--pin", "4821")  # fmt: skip


def test_coach_needs_the_right_pin(env: Path) -> None:
    _workshop()
    out = run("group", "create", "Other", "--as", "Ana", "--pin", "0000", code=1)
    assert "wrong or missing PIN" in out
    out = run("drill", "list", "--as", "Ana", input="0000\n", code=1)
    assert "wrong or missing PIN" in out


def test_a_learner_cannot_act_as_a_coach(env: Path) -> None:
    _workshop()
    out = run("group", "create", "Mine", "--as", "Lee", code=1)
    assert "only coaches" in out
    out = run("coach", "report", "--as", "Lee", code=1)
    assert "only coaches" in out


def test_builtin_pack_import_assign_practise_and_report(env: Path) -> None:
    _workshop()
    assert "builtin:no_fixing_week" in run("drill", "packs")
    out = run("drill", "import", "builtin:mirroring", "--assign-group", "Tuesday",
              "--as", "Ana", "--pin", "4821")  # fmt: skip
    assert out.count("assigned to Tuesday") >= 2
    _drill("Henderson")
    run("drill", "assign", "Henderson", "--group", "Tuesday", "--as", "Ana", "--pin", "4821")
    listed = run("drill", "list", "--as", "Lee")
    assert "Henderson: 0/1 passed, 0/2 done" in listed
    run("practice", "--drill", "Henderson", "--as", "Lee", "--grader", "offline",
        input=f"{ADVICE}\n{HEARD}\n\n")  # fmt: skip
    assert "Henderson: 1/1 passed, 2/2 done (done)" in run("drill", "list", "--as", "Lee")
    progress = json.loads(run("drill", "progress", "Henderson", "--as", "Ana", "--pin", "4821",
                              "--json"))  # fmt: skip
    assert [(p["learner"], p["complete"]) for p in progress] == [("Lee", True)]
    report = json.loads(run("coach", "report", "--json", "--as", "Ana", "--pin", "4821"))
    assert [r["name"] for r in report] == ["Lee"]  # Sam is in no group of Ana's
    assert report[0]["attempts"] == 2 and report[0]["rubrics"]["not_fixing"]["pass_rate"] == 0.5
    text = run("coach", "report", "--as", "Ana", "--pin", "4821")
    assert "Lee" in text and "weakest" in text


def test_pack_export_import_round_trip_and_bad_pack_errors(env: Path) -> None:
    _workshop()
    _drill("Henderson")
    pack = env / "pack.yaml"
    run("drill", "export", "-o", str(pack), "--name", "Ana's", "--as", "Ana", "--pin", "4821")
    assert yaml.safe_load(pack.read_text())["drills"][0]["title"] == "Henderson"
    assert "valid" in run("drill", "check", str(pack))
    run("drill", "import", str(pack), "--as", "Ana", "--pin", "4821")
    titles = run("drill", "list", "--as", "Ana", "--pin", "4821")
    assert titles.count("Henderson") == 2
    bad = pack.read_text().replace("repetitions: 2", "repetitions: many")
    pack.write_text(bad)
    out = run("drill", "import", str(pack), "--as", "Ana", "--pin", "4821", code=1)
    assert "drills.0.repetitions" in out and "Henderson" in out


def test_review_before_release_and_overrides_become_eval_cases(env: Path) -> None:
    _workshop()
    run("drill", "create", "--title", "Checked", "--instructions", "Reflect.", "--focus",
        "not_fixing", "--scenario", "work_stress-001", "--repetitions", "1", "--passes-needed",
        "1", "--review", "--as", "Ana", "--pin", "4821")  # fmt: skip
    run("drill", "assign", "Checked", "--learner", "Lee", "--as", "Ana", "--pin", "4821")
    out = run("practice", "--drill", "Checked", "--as", "Lee", "--grader", "offline",
              input=f"{ADVICE}\n")  # fmt: skip
    assert "Sent to your coach" in out and "Score" not in out
    held = run("coach", "review", "--as", "Ana", "--pin", "4821")
    attempt_id = held.split()[0]
    run("coach", "override", attempt_id, "not_fixing", "3", "--reason",
        "she had asked what to do", "--as", "Ana", "--pin", "4821")  # fmt: skip
    run("coach", "release", attempt_id, "--as", "Ana", "--pin", "4821")
    cases = env / "coach.yaml"
    out = run("eval", "import-overrides", "--output", str(cases), "--as", "Ana", "--pin", "4821")
    assert "1 new cases" in out
    (case,) = load_cases(cases)
    assert case.gold.not_fixing == "pass" and case.gold.accuracy == "either"
    assert case.response == ADVICE and case.category == "coach_review"
    again = run("eval", "import-overrides", "--output", str(cases), "--as", "Ana", "--pin", "4821")
    assert "0 new cases (1 in all)" in again  # importing twice adds nothing
    report = run("eval", "run", "--cases", str(cases), "--out", str(env / "out"))
    assert "not_fixing" in report  # the grader measured against the coach's judgement


def test_edit_and_delete_a_drill(env: Path) -> None:
    _workshop()
    _drill("Henderson")
    out = run("drill", "edit", "Henderson", "--passes-needed", "2", "--due", "2026-12-24",
              "--title", "Henderson again", "--as", "Ana", "--pin", "4821")  # fmt: skip
    assert "updated Henderson again (due 2026-12-24)" in out
    listed = json.loads(run("drill", "list", "--json", "--as", "Ana", "--pin", "4821"))
    assert listed[0]["spec"]["pass_rule"]["passes_needed"] == 2
    bad = run("drill", "edit", "Henderson again", "--passes-needed", "9", "--as", "Ana",
              "--pin", "4821", code=1)  # fmt: skip
    assert "passes_needed" in bad and "repetitions" in bad
    run("drill", "delete", "Henderson again", "--as", "Ana", "--pin", "4821", input="n\n", code=1)
    assert "deleted Henderson again" in run("drill", "delete", "Henderson again", "--yes",
                                             "--as", "Ana", "--pin", "4821")  # fmt: skip
    assert json.loads(run("drill", "list", "--json", "--as", "Ana", "--pin", "4821")) == []


def test_the_cli_throttle_holds_across_commands_and_reset_pin_lifts_it(env: Path) -> None:
    run("profile", "create", "Ana", "--coach", "--pin", "4821")
    for _ in range(3):  # the free tries (trainer.store.pins.FREE_TRIES)
        assert "wrong or missing PIN" in run("group", "list", "--as", "Ana", "--pin", "0000",
                                             code=1)  # fmt: skip
    out = run("group", "list", "--as", "Ana", "--pin", "4821", code=1)  # right, but waiting
    assert re.search(r"try again in \d+ s", out)
    out = run("profile", "reset-pin", "Ana", "--new-pin", "1234")
    assert "lock is lifted" in out
    run("group", "list", "--as", "Ana", "--pin", "1234")
    # Another coach can do it from the CLI too, with their own PIN.
    run("profile", "create", "Ben", "--coach", "--pin", "1357")
    run("profile", "reset-pin", "Ana", "--new-pin", "5678", "--as", "Ben", "--pin", "1357")
    run("group", "list", "--as", "Ana", "--pin", "5678")
    out = run("profile", "reset-pin", "Ben", "--new-pin", "5678", "--as", "Ana", "--pin",
              "0000", code=1)  # fmt: skip
    assert "wrong or missing PIN" in out
    run("profile", "set-pin", "Ana", "--pin", "5678", "--new-pin", "8765")
    run("group", "list", "--as", "Ana", "--pin", "8765")
