"""Validity cards: the split, the maths per rubric and per item, the trust choice, the cost,
and the cards `trainer eval run` writes (offline and from the local model's recordings)."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trainer.cli import main
from trainer.evals.card_files import load_card, recorded_cost, trust_for
from trainer.evals.cards import (
    CardCase,
    CardMeta,
    CaseCost,
    ValidityCard,
    build_card,
    split_of,
)
from trainer.evals.cases import load_cases
from trainer.evals.cassettes import load_manifest
from trainer.grading.combine import DEFAULT_MODEL_ITEMS
from trainer.grading.schema import RUBRIC_KEYS, RubricKey
from trainer.prompts import load_rubrics

ROOT = Path(__file__).resolve().parent.parent
CARDS = ROOT / "evals" / "cards"
LOCAL = ROOT / "evals" / "cassettes" / "local"


def test_the_split_is_the_parity_of_the_case_ids_sha256() -> None:
    ids = [c.case_id for c in load_cases()]
    for case_id in ids:
        even = int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 2 == 0
        assert split_of(case_id) == ("tune" if even else "report")
    # pinned: a case never changes part (the note of 2026-11-30 used this split)
    assert [split_of(i) for i in ("chores-001", "chores-002")] == ["report", "tune"]
    tune = sum(1 for i in ids if split_of(i) == "tune")
    assert 0.4 < tune / len(ids) < 0.6


# ---- the maths on hand-made data ---------------------------------------------------------


def _ids(split: str, n: int) -> list[str]:
    found = (f"work-{i:03d}" for i in itertools.count(1))
    return list(itertools.islice((i for i in found if split_of(i) == split), n))


def _answers(yes: set[str]) -> dict[RubricKey, dict[str, bool]]:
    rubrics = load_rubrics()
    return {k: {i: i in yes for i in rubrics.item_ids(k)} for k in RUBRIC_KEYS}


def _case(case_id: str, fixing_gold: str, offline: set[str], model: set[str]) -> CardCase:
    gold: dict[RubricKey, str] = {k: "either" for k in RUBRIC_KEYS}
    gold["not_fixing"] = fixing_gold
    return CardCase.model_validate(
        {
            "case_id": case_id,
            "case_file": "hand.yaml",
            "gold": gold,
            "answers": _answers(model),
            "offline": _answers(offline),
            "cost": CaseCost(requests=2, seconds=3.0, prompt_tokens=100, completion_tokens=10),
        }
    )


def _meta(grader: str = "llm") -> CardMeta:
    return CardMeta.model_validate(
        {"model": "m", "grader": grader, "strategy": "checklist", "prompt_hash": "h",
         "measured_at": "2026-11-30T00:00:00+00:00", "case_files": ["hand.yaml"]}
    )  # fmt: skip


def _hand_cases() -> list[CardCase]:
    """Per part: 4 replies that give advice (gold fail) and 4 that don't (gold pass). The
    offline rules miss 2 of the 4 advice replies; the model finds all 4 but also calls one
    clean reply `rushing_reassurance` (a false cost)."""
    out = []
    for split in ("tune", "report"):
        ids = _ids(split, 8)
        for n, cid in enumerate(ids[:4]):
            out.append(_case(cid, "fail", {"gives_advice"} if n < 2 else set(), {"gives_advice"}))
        for n, cid in enumerate(ids[4:]):
            out.append(_case(cid, "pass", set(), {"rushing_reassurance"} if n == 0 else set()))
    return out


def test_card_figures_per_rubric_and_per_item_by_hand() -> None:
    card = build_card(_hand_cases(), load_rubrics(), _meta(), {"not_replayed": 1}, "by hand")
    assert card.cases == {"tune": 8, "report": 8}
    model = card.rubrics["not_fixing"]["report"]
    # the model fails all 4 advice replies and 1 of 4 clean ones: 7 of 8 right
    assert model.n == 8
    assert model.agreement == pytest.approx(7 / 8)
    assert model.balanced_accuracy == pytest.approx((3 / 4 + 4 / 4) / 2)
    # po 7/8; gold pass 1/2, grader pass 3/8: pe = 1/2*3/8 + 1/2*5/8 = 1/2; kappa = 3/4
    assert model.kappa == pytest.approx(0.75)
    assert card.rubrics["accuracy"]["report"].n == 0  # gold `either` is left out
    advice = card.item("gives_advice")
    assert advice.alone is not None and advice.alone["report"].balanced_accuracy == 1.0
    assert advice.swapped_in["report"].balanced_accuracy == 1.0  # rest offline: all right
    assert advice.says_yes["report"] == 0.5
    reassure = card.item("rushing_reassurance").swapped_in["report"]
    assert reassure.balanced_accuracy == pytest.approx((3 / 4 + 2 / 4) / 2)
    assert card.item("asks_permission").alone is None  # a note item does not score
    assert card.not_graded == {"not_replayed": 1}
    assert card.cost.requests_per_grade == 2.0
    assert card.cost.seconds_per_grade == 3.0
    assert card.cost.unknown == []


def test_trust_takes_the_items_the_model_answers_better_and_only_those() -> None:
    card = build_card(_hand_cases(), load_rubrics(), _meta(), {}, "by hand")
    assert card.trust is not None
    assert card.trust.model_items == ["gives_advice"]
    fixing = next(r for r in card.trust.rubrics if r.rubric == "not_fixing")
    assert fixing.offline["report"].balanced_accuracy == 0.75
    assert fixing.model["report"].balanced_accuracy == 0.875
    assert fixing.combined["report"].balanced_accuracy == 1.0


def test_a_model_no_better_anywhere_is_trusted_with_nothing() -> None:
    worse = [
        c.model_copy(update={"answers": _answers({"solution_question"})}) for c in _hand_cases()
    ]
    card = build_card(worse, load_rubrics(), _meta(), {}, "by hand")
    assert card.trust is not None and card.trust.model_items == []


def test_an_offline_card_has_no_trust_choice_and_says_what_it_did_not_measure() -> None:
    cases = [c.model_copy(update={"cost": CaseCost(seconds=0.01)}) for c in _hand_cases()]
    card = build_card(cases, load_rubrics(), _meta("offline"), {}, "wall clock")
    assert card.trust is None
    assert "requests per grade" in card.cost.unknown
    assert card.cost.requests_per_grade is None


def test_the_recorded_cost_of_one_grade_comes_from_its_cassette() -> None:
    path = LOCAL / "chores-001.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]
    cost = recorded_cost(path)
    assert cost.requests == len(raw) >= 1  # every request the grade made is counted
    millis = [
        float(i["response"]["headers"]["openai-processing-ms"][0])
        for i in raw
        if "openai-processing-ms" in i["response"]["headers"]
    ]
    assert cost.seconds == pytest.approx(sum(millis) / 1000)
    body = json.loads(raw[-1]["response"]["body"]["string"])
    assert cost.prompt_tokens == body["usage"]["prompt_tokens"]


# ---- the command and the committed cards ----------------------------------------------------


def _few_cases(tmp_path: Path, n: int = 12) -> Path:
    data = yaml.safe_load((ROOT / "evals/cases/cases_v1.yaml").read_text(encoding="utf-8"))
    data["cases"] = [c for c in data["cases"] if c["category"] != "non_english"][:n]
    path = tmp_path / "few.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_eval_run_writes_an_offline_card(tmp_path: Path) -> None:
    few = _few_cases(tmp_path)
    result = CliRunner().invoke(main, ["eval", "run", "--grader", "offline", "--cases", str(few),
                                       "--out", str(tmp_path), "--cards", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 0, result.output
    card = load_card("offline-rules-1", tmp_path)
    assert card is not None and card.grader == "offline"
    assert card.case_files == ["few.yaml"]
    assert card.cases["tune"] + card.cases["report"] == 12
    assert card.cost.requests_per_grade == 0
    assert f"validity card: {tmp_path / 'offline-rules-1.json'}" in result.output


def test_eval_run_replaying_the_local_model_writes_its_card(tmp_path: Path) -> None:
    few = _few_cases(tmp_path)
    result = CliRunner().invoke(main, ["eval", "run", "--grader", "llm", "--replay", str(LOCAL),
                                       "--cases", str(few), "--out", str(tmp_path),
                                       "--cards", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 0, result.output
    card = load_card("local", tmp_path)
    assert (
        card is not None
        and card.grader == "llm"
        and card.strategy == load_manifest(LOCAL).strategy == "extract"
    )
    manifest = json.loads((LOCAL / "manifest.json").read_text(encoding="utf-8"))
    assert card.prompt_hash == manifest["prompt_hash"]
    assert card.base_url == manifest["base_url"]
    assert card.cost.requests_per_grade == 1.0  # extract: one plain-text request a grade
    assert card.cost.seconds_per_grade is not None and card.cost.seconds_per_grade > 1
    assert card.trust is not None


@pytest.mark.parametrize("name", ["offline-rules-1", "local"])
def test_committed_cards_exist_and_name_their_split_and_cases(name: str) -> None:
    card = load_card(name, CARDS)
    assert isinstance(card, ValidityCard), f"no card {name}: run `trainer eval run`"
    assert set(card.cases) == {"tune", "report"} and card.cases["report"] > 100
    assert "sha256" in card.split_rule and card.case_files
    for key in RUBRIC_KEYS:
        assert set(card.rubrics[key]) == {"tune", "report"}


def test_the_committed_local_card_decides_trust_for_local() -> None:
    card = load_card("local", CARDS)
    assert card is not None and card.trust is not None
    trust = trust_for("local", CARDS)
    assert list(trust.model_items) == card.trust.model_items
    assert "validity card" in trust.basis
    assert set(trust.model_items) != set(DEFAULT_MODEL_ITEMS)


def test_a_model_without_a_card_gets_the_documented_default(tmp_path: Path) -> None:
    trust = trust_for("some-other-model", tmp_path)
    assert trust.model_items == DEFAULT_MODEL_ITEMS
    assert "no validity card" in trust.basis


def test_eval_run_away_from_a_project_keeps_its_report_and_says_where_the_card_could_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    few = _few_cases(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TRAINER_EVALS_DIR", raising=False)
    result = CliRunner().invoke(main, ["eval", "run", "--cases", str(few), "--out", "out"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "eval-offline-offline-rules-1.md").is_file()
    assert "validity card not written" in result.stderr and "--cards DIR" in result.stderr
