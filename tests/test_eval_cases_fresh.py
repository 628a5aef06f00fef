"""The blind, untuned held-out case set (evals/cases/cases_fresh_v1.yaml): it loads through the
eval loader and every rubric has enough failing cases to measure agreement on (unique ids and
no copy of the external data are checked for every cases file in test_eval_cases_file.py).

It is smaller than the schema's minItems (a held-out estimate, not the broad suite), so the
schema is checked here with that one bound relaxed. The grader must not be tuned on this file.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from trainer.evals.cases import load_cases

ROOT = Path(__file__).resolve().parents[1]
CASES_DIR = ROOT / "evals" / "cases"
FRESH = CASES_DIR / "cases_fresh_v1.yaml"
RUBRICS = ("accuracy", "validation", "not_fixing", "not_hijacking")
MIN_FAILING = 40


def test_fresh_cases_load_through_the_eval_loader() -> None:
    cases = load_cases(FRESH)
    assert len(cases) >= 150
    assert all(c.case_id.startswith("fresh_") for c in cases)


@pytest.mark.parametrize("rubric", RUBRICS)
def test_every_rubric_has_enough_passing_and_failing_cases(rubric: str) -> None:
    labels = Counter(c.gold.get(rubric) for c in load_cases(FRESH))  # type: ignore[arg-type]
    assert labels["fail"] >= MIN_FAILING, labels
    assert labels["pass"] >= MIN_FAILING, labels


def test_fresh_cases_match_the_schema_file_apart_from_its_size() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((CASES_DIR / "cases.schema.json").read_text(encoding="utf-8"))
    schema["properties"]["cases"].pop("minItems")
    data = yaml.safe_load(FRESH.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert not errors, [e.message[:120] for e in errors[:5]]
