"""The CI gate: each grader's agreement with the labelled cases stays above its floor.

The offline grader is run directly; every recorded LLM is replayed from its cassettes with the
network shut. A changed prompt or rubric fails replay with the command that re-records.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from tests.blind_sets import BLIND
from trainer.errors import TrainerError
from trainer.evals.cases import load_cases
from trainer.evals.cassettes import (
    NOT_REPLAYED,
    Manifest,
    load_manifest,
    replay_cases,
    run_case,
)
from trainer.evals.floors import Floor, load_floors, shortfalls
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.grader import MODEL_NAME, grade_offline
from trainer.settings import LLMSettings

EVALS = Path(__file__).resolve().parent.parent / "evals"
CASSETTE_ROOT = EVALS / "cassettes"
CASE_FILES = sorted(p.name for p in (EVALS / "cases").glob("cases_*.yaml") if p.name not in BLIND)
RECORDED = sorted(p for p in CASSETTE_ROOT.glob("*") if (p / "manifest.json").is_file())


def test_offline_grader_meets_its_floors() -> None:
    report = build_report(grade_cases(load_cases(), grade_offline))
    floors = load_floors().for_model("offline", MODEL_NAME)
    assert not shortfalls(report, floors), shortfalls(report, floors)


@pytest.mark.parametrize("name", CASE_FILES)
def test_the_offline_grader_meets_its_floors_on_each_case_file(name: str) -> None:
    """Each case file is measured on its own: the whole-suite figure can hide a file that fell."""
    floors = load_floors().case_files
    assert name in floors, f"evals/floors.yaml has no case_files floors for {name}; add them"
    report = build_report(grade_cases(load_cases(EVALS / "cases" / name), grade_offline))
    assert not shortfalls(report, floors[name], only_listed=True), shortfalls(
        report, floors[name], only_listed=True
    )


def test_case_file_floors_name_only_files_that_exist() -> None:
    assert not set(load_floors().case_files) - set(CASE_FILES) - BLIND


@pytest.mark.parametrize("folder", RECORDED, ids=[p.name for p in RECORDED])
def test_recorded_llm_meets_its_floors(folder: Path) -> None:
    manifest = load_manifest(folder)
    cases = load_cases()
    skipped = load_floors().not_replayed.get(manifest.model, {})
    report = build_report(replay_cases(cases, folder))
    assert report.graded + sum(report.refused.values()) == len(cases)
    assert report.refused.get(NOT_REPLAYED, 0) == len(skipped)
    assert report.grader == "llm"
    floors = load_floors().for_model("llm", manifest.model)
    assert not shortfalls(report, floors), shortfalls(report, floors)


@pytest.mark.parametrize("folder", RECORDED, ids=[p.name for p in RECORDED])
def test_cases_listed_as_not_replayed_really_cannot_be_replayed(folder: Path) -> None:
    """The list in evals/floors.yaml cannot hide a case that replays: each listed case must be
    a known case with no cassette, or a cassette that no longer holds its request."""
    manifest = load_manifest(folder)
    listed = load_floors().not_replayed.get(manifest.model, {})
    cases = {c.case_id: c for c in load_cases()}
    assert not set(listed) - set(cases), f"unknown cases listed: {set(listed) - set(cases)}"
    settings = LLMSettings(
        api_key=SecretStr("replay-no-key"), base_url=manifest.base_url, model=manifest.model
    )
    replayable = []
    for case_id in listed:
        try:
            run_case(cases[case_id], folder, settings, record=False)
        except TrainerError:
            continue
        replayable.append(case_id)
    assert not replayable, f"these replay now: remove them from not_replayed: {replayable}"


def test_a_case_listed_as_not_replayed_is_reported_and_not_graded() -> None:
    folder = RECORDED[0]
    case = load_cases()[0]
    results = replay_cases([case], folder, not_replayed={case.case_id: "test"})
    assert results[0].grade is None
    assert results[0].error_code == NOT_REPLAYED
    assert "test" in (results[0].error_message or "")


def test_the_llm_gate_has_recordings_to_replay() -> None:
    """Without this, deleting the cassettes would silently skip the LLM gate."""
    assert RECORDED, f"no recorded model under {CASSETTE_ROOT}; run `trainer eval record`"


def test_every_recorded_model_has_floors() -> None:
    floors = load_floors()
    for folder in RECORDED:
        assert load_manifest(folder).model in floors.llm, f"add llm floors for {folder.name}"


def test_a_floor_above_reach_fails_the_gate() -> None:
    """The gate can fail: an impossible floor is reported, rubric by rubric."""
    report = build_report(grade_cases(load_cases()[:40], grade_offline))
    impossible = {r.rubric: Floor(balanced_accuracy=1.0, kappa=1.0) for r in report.rubrics}
    problems = shortfalls(report, impossible)
    assert any("balanced accuracy" in p for p in problems)


def test_changed_prompt_fails_replay_naming_the_record_command(tmp_path: Path) -> None:
    manifest = Manifest(
        provider="openai-compatible",
        model="local",
        server="test",
        base_url="http://127.0.0.1:8765/v1",
        prompt_hash="0000000000000000",  # not the current prompt and rubric
        recorded_at="2026-11-26T00:00:00+00:00",
        cases=1,
        errors=0,
        metrics={},
        record_command="OPENAI_BASE_URL=http://127.0.0.1:8765/v1 TRAINER_MODEL=local "
        "trainer eval record",
    )
    (tmp_path / "manifest.json").write_text(manifest.model_dump_json(), encoding="utf-8")
    with pytest.raises(TrainerError, match="trainer eval record") as caught:
        replay_cases(load_cases()[:1], tmp_path)
    assert "prompt or rubric changed" in str(caught.value)
