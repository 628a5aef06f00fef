"""The card one eval run makes is built in the library (trainer.evals.card_files.run_card), so
a page or a script that runs an eval gets the card `trainer eval run` writes; the command only
parses and prints."""

from __future__ import annotations

from pathlib import Path

import yaml

from trainer.evals.card_files import load_card, run_card
from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.grader import grade_offline

ROOT = Path(__file__).resolve().parent.parent
LOCAL = ROOT / "evals" / "cassettes" / "local"


def _few(tmp_path: Path, n: int = 8) -> Path:
    data = yaml.safe_load((ROOT / "evals/cases/cases_v1.yaml").read_text(encoding="utf-8"))
    data["cases"] = [c for c in data["cases"] if c["category"] != "non_english"][:n]
    path = tmp_path / "few.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_the_library_builds_the_offline_card_of_a_run(tmp_path: Path) -> None:
    cases = load_cases(_few(tmp_path))
    results = grade_cases(cases, grade_offline)
    report = build_report(results)
    files = {c.case_id: "few.yaml" for c in cases}
    card = run_card("offline", report, results, cases, files, None, None, None,
                    measured_at="2026-11-30T00:00:00+00:00")  # fmt: skip
    assert card.grader == "offline" and card.strategy == "rules"
    assert card.model == report.model and card.prompt_hash == report.prompt_hash
    assert card.measured_at == "2026-11-30T00:00:00+00:00"
    assert card.case_files == ["few.yaml"]
    assert card.cases["tune"] + card.cases["report"] == 8
    assert card.cost.requests_per_grade == 0
    assert card.trust is None


def test_the_library_builds_a_replayed_models_card_as_the_command_does(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from trainer.cli import main
    from trainer.evals.cassettes import replay_cases

    few = _few(tmp_path)
    cases = load_cases(few)
    results = replay_cases(cases, LOCAL)
    files = {c.case_id: "few.yaml" for c in cases}
    mine = run_card("llm", build_report(results), results, cases, files, LOCAL, None, None)
    out = CliRunner().invoke(main, ["eval", "run", "--grader", "llm", "--replay", str(LOCAL),
                                    "--cases", str(few), "--out", str(tmp_path),
                                    "--cards", str(tmp_path)])  # fmt: skip
    assert out.exit_code == 0, out.output
    theirs = load_card("local", tmp_path)
    assert theirs is not None
    skip = {"measured_at"}
    assert mine.model_dump(exclude=skip) == theirs.model_dump(exclude=skip)
