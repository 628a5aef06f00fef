"""The blind, untuned held-out case set (evals/cases/cases_fresh_v1.yaml): it loads through the
eval loader, its ids do not collide with the other case files, every rubric has enough failing
cases to measure agreement on, and it copies nothing from the external data.

It is smaller than the schema's minItems (a held-out estimate, not the broad suite), so the
schema is checked here with that one bound relaxed. The grader must not be tuned on this file.
"""

from __future__ import annotations

import csv
import json
import os
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
EXTERNAL_DEV_CSV = Path(
    os.environ.get("EXTERNAL_DEV_CSV", str(ROOT.parent / "shared" / "data" / "external_dev.csv"))
)


def test_fresh_cases_load_through_the_eval_loader() -> None:
    cases = load_cases(FRESH)
    assert len(cases) >= 150
    assert all(c.case_id.startswith("fresh_") for c in cases)


def test_fresh_case_ids_do_not_collide_with_other_case_files() -> None:
    ours = {c.case_id for c in load_cases(FRESH)}
    others = {
        c["case_id"]
        for path in CASES_DIR.glob("*.yaml")
        if path != FRESH
        for c in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases", [])
    }
    assert not ours & others


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


def test_fresh_cases_copy_nothing_from_the_external_data() -> None:
    if not EXTERNAL_DEV_CSV.exists():
        pytest.skip(f"{EXTERNAL_DEV_CSV} is absent")
    with EXTERNAL_DEV_CSV.open(encoding="utf-8", newline="") as fh:
        external = [
            (row.get(col) or "").strip()
            for row in csv.DictReader(fh)
            for col in ("response", "context", "prev_context")
        ]
    blob = "\n\x00\n".join(t for t in external if t)
    ours = [t for c in load_cases(FRESH) for t in (c.statement, c.response) if len(t) >= 25]
    assert not [t for t in ours if t in blob]
    ours_blob = "\n\x00\n".join(ours)
    assert not [t for t in external if len(t) >= 25 and t in ours_blob]
