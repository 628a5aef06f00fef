"""Practise together beyond the page: the felt-understood maths, rated turns as eval cases
(only with both partners' consent; the partner's rating decides accuracy and validation),
and `trainer together list|export|consent|delete|felt` and `trainer eval import-together`
round-tripping a room into cases that `trainer eval run --cases` reads."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainer.cli import main
from trainer.evals.cases import load_cases
from trainer.evals.together import cases_from_together, gold_from_rating
from trainer.grading.grader import grade
from trainer.grading.schema import GradeRequest
from trainer.store import open_store
from trainer.together import service
from trainer.together.progress import felt_summary
from trainer.together.room import PrivateNote, RatedAttempt

SAID = "I finally sent the application for the pottery course and I'm weirdly nervous about it."
NOTE = PrivateNote(feeling="nervous, hopeful", point="sent the pottery course application",
                   need="to be cheered on")  # fmt: skip
GOOD = "You're nervous and hopeful now that the pottery application is finally sent."
OFF = "You should have applied months ago, honestly."


def _rated(reflection: str, felt: int, day: int, missed: tuple[str, ...] = ()) -> RatedAttempt:
    graded = grade(GradeRequest(statement=SAID, response=reflection,
                                hidden_truth=NOTE.hidden_truth()), "offline")  # fmt: skip
    return RatedAttempt.model_validate({
        "attempt_id": f"{day:032x}", "room_code": "ABCDEF", "statement": SAID, "note": NOTE,
        "reflection": reflection, "grade": graded, "felt_understood": felt, "missed": missed,
        "created_at": dt.datetime(2026, 11, day, 9, tzinfo=dt.UTC)})  # fmt: skip


def test_felt_understood_over_time_beside_the_grader_and_how_often_they_agree() -> None:
    good, off = _rated(GOOD, 5, 2), _rated(OFF, 1, 3)
    assert good.grade is not None and good.grade.passed
    assert off.grade is not None and not off.grade.passed
    summary = felt_summary([off, good, _rated(GOOD, 2, 3, ("need",))])
    assert [d.day.day for d in summary.days] == [2, 3]
    assert [d.mean_felt for d in summary.days] == [5, 1.5]
    assert (summary.compared, summary.agreed) == (3, 2)  # the grader passed a 2 of 5
    assert summary.latest == f"the grader gave {good.grade.score}; your partner 2 of 5"
    assert felt_summary([]).agreement is None


def test_the_partners_rating_decides_accuracy_and_validation_only() -> None:
    assert gold_from_rating(5, ()).model_dump() == {"accuracy": "pass", "validation": "pass",
                                                    "not_fixing": "either",
                                                    "not_hijacking": "either"}  # fmt: skip
    assert gold_from_rating(5, ("feeling",)).accuracy == "fail"
    assert gold_from_rating(4, ("feeling",)).validation == "either"
    assert gold_from_rating(4, ("need",)).model_dump()["accuracy"] == "pass"
    assert (gold_from_rating(3, ()).accuracy, gold_from_rating(3, ()).validation) == ("either",
                                                                                      "either")  # fmt: skip
    assert gold_from_rating(2, ()).validation == "fail"
    cases = cases_from_together([_rated(GOOD, 5, 2)])
    assert cases[0].case_id == "together-001" and cases[0].hidden_truth is not None
    assert cases_from_together([_rated(GOOD, 5, 2)], cases) == []  # never imported twice


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> str:
    url = f"sqlite:///{tmp_path / 'together.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def run(*args: str, code: int = 0, input: str | None = None) -> str:
    result = CliRunner().invoke(main, list(args), input=input)
    assert result.exit_code == code, result.output
    return result.output


def _room(url: str) -> str:
    """Ana speaks, Ben reflects twice; Ana rates 2 then 5 (what the page does)."""
    store = open_store(url)
    ana, ben = store.create_profile("Ana"), store.create_profile("Ben")
    room, a = service.open_room(store, ana, "Ana")
    _, b = service.join_room(store, room.code, ben, "Ben")
    service.speak(store, a, SAID, NOTE)
    service.reflect(store, b, OFF)
    service.rate(store, a, 2, ("feeling",), "closer to nervous than late")
    service.retry(store, b)
    service.reflect(store, b, GOOD)
    service.rate(store, a, 5, ())
    store.engine.dispose()
    return room.code


def test_import_together_needs_both_partners_and_round_trips_into_eval_run(
    db: str, tmp_path: Path
) -> None:
    code = _room(db)
    cases = tmp_path / "together.yaml"
    out = run("eval", "import-together", "--output", str(cases), "--as", "Ana")
    assert "0 new cases" in out  # nobody agreed yet
    run("together", "consent", code, "--export-cases", "--as", "Ana")
    assert "0 new cases" in run("eval", "import-together", "--output", str(cases), "--as", "Ana")
    said = run("together", "consent", code.lower(), "--export-cases", "--as", "Ben")
    assert "export_cases" in said
    out = run("eval", "import-together", "--output", str(cases), "--as", "Ben")
    assert "2 new cases" in out
    low, high = load_cases(cases)
    assert (low.response, low.gold.accuracy, low.gold.validation) == (OFF, "fail", "fail")
    assert (high.response, high.gold.accuracy, high.gold.validation) == (GOOD, "pass", "pass")
    assert high.hidden_truth is not None and high.hidden_truth.need == "to be cheered on"
    assert "0 new cases (2 in all)" in run("eval", "import-together", "--output", str(cases),
                                           "--as", "Ana")  # fmt: skip
    report = run("eval", "run", "--cases", str(cases), "--out", str(tmp_path / "out"))
    assert "accuracy       n=  2" in report  # the grader measured against the partner


def test_list_export_felt_and_delete_from_the_terminal(db: str) -> None:
    code = _room(db)
    assert code in run("together", "list", "--as", "Ben")
    (ana_view,) = json.loads(run("together", "export", code, "--as", "Ana"))
    (ben_view,) = json.loads(run("together", "export", code, "--as", "Ben"))
    assert ana_view["turns"][0]["note"]["need"] == "to be cheered on"
    assert ben_view["turns"][0]["note"] is None  # the listener never gets the private note
    assert ana_view["turns"][0]["attempts"][0]["grade"] is None
    assert ben_view["turns"][0]["attempts"][0]["grade"] is not None
    felt = run("together", "felt", "--as", "Ben")
    assert "2 rated reflection(s) · felt understood 3.5 of 5" in felt
    run("profile", "create", "Cy")
    assert "holds no seat" in run("together", "delete", code, "--yes", "--as", "Cy", code=1)
    assert f"Deleted room {code}" in run("together", "delete", code, "--as", "Ana", input="y\n")
    assert "No rooms" in run("together", "list", "--as", "Ben")


def test_delete_my_data_takes_the_rooms_i_sit_in_and_says_so(db: str) -> None:
    """Delete my data used to leave practise-together rooms (both partners' words, the private
    note, the grades) behind. Now it takes every room the person sits in, says so before and
    after, and leaves rooms of other people alone."""
    code = _room(db)
    store = open_store(db)
    cy, di = store.create_profile("Cy"), store.create_profile("Di")
    other, _ = service.open_room(store, cy, "Cy")
    service.join_room(store, other.code, di, "Di")
    store.engine.dispose()
    asked = run("delete-my-data", "--as", "Ben", input="n\n", code=1)
    assert "and 1 practise-together room(s), for your partner too" in asked
    assert code in run("together", "list", "--as", "Ana")  # nothing deleted on "n"
    said = run("delete-my-data", "--as", "Ben", "--yes")
    assert "Deleted 0 attempts and 1 practise-together room." in said
    assert "No rooms" in run("together", "list", "--as", "Ana")
    assert "No rooms" in run("together", "list", "--as", "Ben")
    assert other.code in run("together", "list", "--as", "Cy")
