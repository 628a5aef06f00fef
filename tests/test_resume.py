"""A stopped recording or LLM eval run continues where it left off: finished cases are kept and
skipped, the rest are done, and the command says so. Requests go to a HAND-WRITTEN fake server
on a loopback port (loopback_llm.py); nothing here claims a model's behaviour."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from loopback_llm import Reply, loopback_llm

from trainer.cli import main
from trainer.evals.cases import EvalCase, load_cases
from trainer.evals.journal import Journal, JournalHeader, run_resumable
from trainer.evals.runner import CaseResult

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

EVALS = Path(__file__).resolve().parent.parent / "evals"
RESUMING = "resuming a stopped run: {done} of {total} cases already done"


class Outage:
    """Answer normally until request `first`, then refuse the key (so the run stops calling)
    until `over()`: the same endpoint, before and after its outage."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.refusing = True

    def over(self) -> None:
        self.refusing = False

    def __call__(self, number: int, body: dict[str, Any]) -> Reply | None:
        if self.refusing and number >= self.first:
            return 401, {}, {"error": {"message": "handwritten: key revoked", "type": "auth"}}
        return None


@pytest.fixture
def evals_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> Path:
    """An evals/ folder with the first 5 cases, the floors, and no cassettes yet."""
    folder = tmp_path / "evals"
    (folder / "cases").mkdir(parents=True)
    data = yaml.safe_load((EVALS / "cases" / "cases_v1.yaml").read_text(encoding="utf-8"))
    data["cases"] = data["cases"][:5]
    (folder / "cases" / "cases_v1.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    shutil.copy(EVALS / "floors.yaml", folder / "floors.yaml")
    monkeypatch.setenv("TRAINER_EVALS_DIR", str(folder))
    monkeypatch.setenv("TRAINER_MODEL", "loopback")
    return folder


def _run(url: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    return CliRunner().invoke(main, ["eval", *args])


def test_a_stopped_recording_resumes_and_its_cassettes_replay(
    evals_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    outage = Outage(first=3)
    with loopback_llm(latency_s=0.01, script=outage) as fake:
        first = _run(fake.url, monkeypatch, "record")
        assert first.exit_code == 0, first.output
        assert "3 cases failed for a passing reason" in first.stderr
        folder = evals_dir / "cassettes" / "loopback"
        kept = (folder / "recording.partial.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(kept) == 1 + 2  # the header and the two cases recorded before the refusal
        outage.over()
        before = len(fake.arrivals)
        second = _run(fake.url, monkeypatch, "record")
    assert second.exit_code == 0, second.output
    assert RESUMING.format(done=2, total=5) in second.stderr
    assert len(fake.arrivals) - before == 3  # only the cases the first run did not finish
    assert not (folder / "recording.partial.jsonl").exists()  # all done: the journal goes
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["cases"] == 5 and manifest["errors"] == 0
    # every cassette, resumed or not, replays with the network shut
    replay = CliRunner().invoke(
        main, ["eval", "run", "--grader", "llm", "--replay", str(folder), "--out", str(tmp_path)]
    )
    assert replay.exit_code == 0, replay.output
    report = json.loads((tmp_path / "eval-llm-loopback-fake.json").read_text(encoding="utf-8"))
    assert report["graded"] == 5


def test_a_stopped_llm_eval_run_resumes_where_it_left_off(
    evals_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    outage = Outage(first=4)
    run = ["run", "--grader", "llm", "--out", str(out)]
    with loopback_llm(latency_s=0.01, script=outage) as fake:
        first = _run(fake.url, monkeypatch, *run)
        assert first.exit_code == 0, first.output
        journal = out / "eval-llm-loopback.partial.jsonl"
        assert len(journal.read_text(encoding="utf-8").splitlines()) == 1 + 3  # header, 3 cases
        outage.over()
        before = len(fake.arrivals)
        second = _run(fake.url, monkeypatch, *run)
        assert second.exit_code == 0, second.output
        assert RESUMING.format(done=3, total=5) in second.stderr
        assert len(fake.arrivals) - before == 2
        assert not journal.exists()
        before = len(fake.arrivals)
        _run(fake.url, monkeypatch, *run, "--restart")  # --restart grades every case again
        assert len(fake.arrivals) - before == 5


HEADER = JournalHeader(kind="run", model="m", base_url="http://x/v1", prompt_hash="p1")


def _graded(case: EvalCase) -> CaseResult:
    return CaseResult(case=case, error_code="llm_bad_output", error_message="kept as data")


def test_ctrl_c_mid_run_keeps_what_finished_and_a_changed_case_is_graded_again(
    tmp_path: Path,
) -> None:
    cases = load_cases(EVALS / "cases" / "cases_v1.yaml")[:5]
    journal = Journal(tmp_path / "j.jsonl", HEADER)

    def stops_at_third(case: EvalCase) -> CaseResult:
        if case.case_id == cases[2].case_id:
            raise KeyboardInterrupt
        return _graded(case)

    stopped: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        run_resumable(cases, stops_at_third, journal, say=stopped.append)
    assert stopped and stopped[-1].startswith("stopped: the cases finished so far are kept")
    changed = [cases[0].model_copy(update={"response": "Something else entirely."}), *cases[1:]]
    seen: list[str] = []
    notes: list[str] = []

    def counts(case: EvalCase) -> CaseResult:
        seen.append(case.case_id)
        return _graded(case)

    results = run_resumable(changed, counts, journal, say=notes.append)
    assert seen == [cases[0].case_id, *(c.case_id for c in cases[2:])]
    assert [r.case.case_id for r in results] == [c.case_id for c in cases]
    assert any(RESUMING.format(done=1, total=5) in n for n in notes)


def test_a_journal_from_another_prompt_is_not_reused(tmp_path: Path) -> None:
    cases = load_cases(EVALS / "cases" / "cases_v1.yaml")[:3]
    path = tmp_path / "j.jsonl"

    def stops_at_second(case: EvalCase) -> CaseResult:
        if case.case_id == cases[1].case_id:
            raise KeyboardInterrupt
        return _graded(case)

    with pytest.raises(KeyboardInterrupt):
        run_resumable(cases, stops_at_second, Journal(path, HEADER))
    seen: list[str] = []
    notes: list[str] = []

    def counts(case: EvalCase) -> CaseResult:
        seen.append(case.case_id)
        return _graded(case)

    other = Journal(path, HEADER.model_copy(update={"prompt_hash": "p2"}))
    run_resumable(cases, counts, other, say=notes.append)
    assert seen == [c.case_id for c in cases]
    assert any("starting over" in n for n in notes)


def test_cases_record_side_by_side_each_into_its_own_cassette(
    evals_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with loopback_llm(latency_s=0.2) as fake:
        result = _run(fake.url, monkeypatch, "record", "--concurrency", "3")
    assert result.exit_code == 0, result.output
    assert 1 < fake.max_in_flight <= 3
    folder = evals_dir / "cassettes" / "loopback"
    for cassette in folder.glob("*-[0-9][0-9][0-9].yaml"):  # one request each, its own case's
        assert cassette.read_text(encoding="utf-8").count("uri: http://127.0.0.1") == 1
    # replay matches each request by its body: every case finds its own request in its file
    replay = CliRunner().invoke(
        main, ["eval", "run", "--grader", "llm", "--replay", str(folder), "--out", str(tmp_path)]
    )
    assert replay.exit_code == 0, replay.output
    report = json.loads((tmp_path / "eval-llm-loopback-fake.json").read_text(encoding="utf-8"))
    assert report["graded"] == 5
