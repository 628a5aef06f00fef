"""The hand-written eval cases files: format, coverage, label balance and originality.

Two files share one format: cases_v1.yaml (the broad suite) and cases_meaning_v1.yaml (the
development set for the meaning errors of issue 12, one kind per case_id prefix). Both are checked
for format, schema and originality; case ids must be unique across the two.

The cases are validated with a pydantic model defined here (no new dependency); the JSON Schema
file next to the cases is checked separately to say the same thing. When `jsonschema` happens to
be installed, the cases are also validated against the schema file itself.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, Literal, get_args

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field

ROOT = Path(__file__).resolve().parents[1]
CASES_DIR = ROOT / "evals" / "cases"
CASES_FILE = CASES_DIR / "cases_v1.yaml"
MEANING_FILE = CASES_DIR / "cases_meaning_v1.yaml"
# Every cases file: ids unique across them, each loads as the model, none copies the external data.
ALL_CASE_FILES = tuple(sorted(CASES_DIR.glob("cases_*.yaml")))
# The broad suites the schema's size bounds are written for (the smaller kind files are not).
SCHEMA_SIZED_FILES = (CASES_FILE, MEANING_FILE)
SCHEMA_FILE = CASES_DIR / "cases.schema.json"
# Real-world data kept outside the project; the cases must not copy from it.
EXTERNAL_DEV_CSV = Path(
    os.environ.get("EXTERNAL_DEV_CSV", str(ROOT.parent / "shared" / "data" / "external_dev.csv"))
)

RUBRICS = ("accuracy", "validation", "not_fixing", "not_hijacking")
MIN_CASES = 220
MIN_PER_CATEGORY = 8
MIN_MANIPULATION = 20
MIN_SHARE = 0.30  # each rubric: at least this share of pass and of fail over all cases
MIN_COPY_LEN = 25  # shortest text treated as a copied passage
# The meaning set: the kinds named in its header, each with enough cases to say something.
MEANING_KINDS = frozenset(
    {
        "defend", "interj", "advice", "minimal", "counter", "para", "reassure", "silver",
        "tried", "curious", "permit", "metoo", "oneup", "motive", "good",
    }
)  # fmt: skip
MIN_PER_KIND = 8
MIN_MEANING_SHARE = 0.20  # each rubric in the meaning set: at least this share of pass and fail

Label = Literal["pass", "fail", "either"]
Category = Literal[
    "good_complex",
    "good_plain",
    "parroting",
    "explicit_fixing",
    "subtle_fixing",
    "permission_asking",
    "me_too_hijack",
    "defending_self",
    "topic_change",
    "minimizing_judging",
    "inaccurate",
    "mixed",
    "sarcastic_hostile",
    "manipulation",
    "degenerate",
    "long_rambling",
    "non_english",
    "good_news",
]
Theme = Literal[
    "work",
    "chores",
    "in_laws",
    "money",
    "intimacy",
    "health",
    "grief",
    "jealousy",
    "culture",
    "parenting",
    "phones",
    "job_loss",
    "betrayal_repair",
    "friendships",
    "long_distance",
    "good_news",
    "family",
    "other",
]
Trap = Literal["fixing", "defending", "me_too", "minimizing", "none"]
NonEmpty = Field(min_length=1, pattern=r"\S")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Gold(_Strict):
    accuracy: Label
    validation: Label
    not_fixing: Label
    not_hijacking: Label


class HiddenTruth(_Strict):
    primary_feelings: list[str] = Field(min_length=1)
    secondary_feelings: list[str]
    key_facts: list[str]
    need: str = NonEmpty
    trap: Trap
    asked_for_advice: bool


class Case(_Strict):
    case_id: str = Field(pattern=r"^[a-z][a-z_]*-[0-9]{3}$")
    category: Category
    theme: Theme
    statement: str = Field(min_length=1, max_length=4000, pattern=r"\S")
    context: str | None = Field(default=None, min_length=1, pattern=r"\S")
    hidden_truth: HiddenTruth | None = None
    response: str = Field(min_length=1, max_length=2000, pattern=r"\S")
    gold: Gold
    note: str = NonEmpty


class CasesFile(_Strict):
    format: Literal["listening-eval-cases"]
    version: Literal[1]
    cases: list[Case] = Field(min_length=MIN_CASES)


# ----------------------------------------------------------------------------- fixtures


def _read(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: top level must be a mapping"
    return data


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return _read(CASES_FILE)


@pytest.fixture(scope="module", params=SCHEMA_SIZED_FILES, ids=lambda p: p.name)
def sized_raw(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each broad cases file in turn, for the schema with its size bounds."""
    path: Path = request.param
    return _read(path)


@pytest.fixture(scope="module", params=ALL_CASE_FILES, ids=lambda p: p.name)
def any_raw(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each cases file in turn, for the checks every file must pass."""
    path: Path = request.param
    return _read(path)


@pytest.fixture(scope="module")
def meaning() -> CasesFile:
    return CasesFile.model_validate(_read(MEANING_FILE))


@pytest.fixture(scope="module")
def parsed(raw: dict[str, Any]) -> CasesFile:
    return CasesFile.model_validate(raw)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# ----------------------------------------------------------------------------- format


def test_cases_match_the_model(sized_raw: dict[str, Any]) -> None:
    assert len(CasesFile.model_validate(sized_raw).cases) >= MIN_CASES


def test_every_case_in_every_file_matches_the_model(any_raw: dict[str, Any]) -> None:
    cases = [Case.model_validate(c) for c in any_raw["cases"]]
    assert cases, "a cases file with no cases"


def test_model_rejects_unknown_keys(raw: dict[str, Any]) -> None:
    case = dict(raw["cases"][0])
    case["score"] = 4
    with pytest.raises(ValueError):
        Case.model_validate(case)


def test_schema_file_is_draft_2020_12_and_mirrors_the_model(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"format", "version", "cases"}
    assert schema["properties"]["format"]["const"] == "listening-eval-cases"
    assert schema["properties"]["version"]["const"] == 1
    assert schema["properties"]["cases"]["minItems"] == MIN_CASES

    defs = schema["$defs"]
    case = defs["case"]
    assert case["additionalProperties"] is False
    required_in_model = {n for n, f in Case.model_fields.items() if f.is_required()}
    assert set(case["required"]) == required_in_model
    assert set(case["properties"]) == set(Case.model_fields)
    assert set(case["properties"]["category"]["enum"]) == set(get_args(Category))
    assert set(case["properties"]["theme"]["enum"]) == set(get_args(Theme))

    gold = defs["gold"]
    assert gold["additionalProperties"] is False
    assert set(gold["required"]) == set(RUBRICS) == set(Gold.model_fields)
    assert set(defs["label"]["enum"]) == set(get_args(Label))

    ht = defs["hiddenTruth"]
    assert ht["additionalProperties"] is False
    assert set(ht["required"]) == set(HiddenTruth.model_fields)
    assert set(ht["properties"]) == set(HiddenTruth.model_fields)
    assert set(ht["properties"]["trap"]["enum"]) == set(get_args(Trap))


def test_cases_validate_against_the_schema_file(
    sized_raw: dict[str, Any], schema: dict[str, Any]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(sized_raw), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:20])


# ----------------------------------------------------------------------------- coverage


def test_case_ids_are_unique_across_all_files() -> None:
    counts = Counter(c["case_id"] for path in ALL_CASE_FILES for c in _read(path)["cases"])
    dupes = sorted(k for k, n in counts.items() if n > 1)
    assert not dupes, f"duplicate case ids: {dupes}"


def test_every_category_has_its_minimum(parsed: CasesFile) -> None:
    counts = Counter(c.category for c in parsed.cases)
    short = {
        cat: counts.get(cat, 0)
        for cat in get_args(Category)
        if counts.get(cat, 0) < (MIN_MANIPULATION if cat == "manipulation" else MIN_PER_CATEGORY)
    }
    assert not short, f"categories below their minimum: {short}"
    assert counts["manipulation"] >= MIN_MANIPULATION


@pytest.mark.parametrize("rubric", RUBRICS)
@pytest.mark.parametrize(
    ("path", "min_share"),
    [(CASES_FILE, MIN_SHARE), (MEANING_FILE, MIN_MEANING_SHARE)],
    ids=lambda v: v.name if isinstance(v, Path) else str(v),
)
def test_each_rubric_is_balanced(path: Path, min_share: float, rubric: str) -> None:
    cases = CasesFile.model_validate(_read(path)).cases
    labels = Counter(getattr(c.gold, rubric) for c in cases)
    n = len(cases)
    assert labels["pass"] / n >= min_share, f"{path.name} {rubric}: only {labels['pass']}/{n} pass"
    assert labels["fail"] / n >= min_share, f"{path.name} {rubric}: only {labels['fail']}/{n} fail"


def test_non_english_cases_are_either_on_every_rubric(parsed: CasesFile) -> None:
    for case in parsed.cases:
        if case.category == "non_english":
            assert all(getattr(case.gold, r) == "either" for r in RUBRICS), case.case_id


def test_hidden_truth_is_given_for_a_good_share(parsed: CasesFile) -> None:
    share = sum(c.hidden_truth is not None for c in parsed.cases) / len(parsed.cases)
    assert 0.3 <= share <= 0.6


# ----------------------------------------------------------------------------- originality


def _external_texts(path: Path) -> list[str]:
    texts: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for column in ("response", "context", "prev_context"):
                value = (row.get(column) or "").strip()
                if value:
                    texts.append(value)
    return texts


def test_no_case_copies_the_external_dev_data(any_raw: dict[str, Any]) -> None:
    if not EXTERNAL_DEV_CSV.exists():
        pytest.skip(f"{EXTERNAL_DEV_CSV} is absent")
    external = _external_texts(EXTERNAL_DEV_CSV)
    external_blob = "\n\x00\n".join(external)
    ours = {
        c.case_id: [t.strip() for t in (c.response, c.statement, c.context or "") if t.strip()]
        for c in (Case.model_validate(raw) for raw in any_raw["cases"])
    }
    ours_blob = "\n\x00\n".join(t for texts in ours.values() for t in texts)

    # One of our texts (>= 25 chars) found verbatim inside the external data.
    copied = [
        case_id
        for case_id, texts in ours.items()
        for t in texts
        if len(t) >= MIN_COPY_LEN and t in external_blob
    ]
    # An external text (>= 25 chars) found verbatim inside one of our cases.
    borrowed = [t[:60] for t in external if len(t) >= MIN_COPY_LEN and t in ours_blob]
    assert not copied, f"cases whose text appears in the external data: {copied}"
    assert not borrowed, f"{len(borrowed)} external passages appear in the cases"


# ----------------------------------------------------------------------------- the meaning set


def _kind(case: Case) -> str:
    return case.case_id.split("-")[0].removeprefix("mean_")


def test_meaning_cases_load_through_the_eval_loader(meaning: CasesFile) -> None:
    """`trainer eval run --cases` reads the file through this loader."""
    from trainer.evals.cases import load_cases

    loaded = load_cases(MEANING_FILE)
    assert [c.case_id for c in loaded] == [c.case_id for c in meaning.cases]


def test_every_meaning_case_names_a_known_kind_and_each_kind_is_covered(
    meaning: CasesFile,
) -> None:
    unknown = sorted(c.case_id for c in meaning.cases if _kind(c) not in MEANING_KINDS)
    assert not unknown, f"case ids without a known mean_<kind> prefix: {unknown}"
    counts = Counter(_kind(c) for c in meaning.cases)
    short = {k: counts.get(k, 0) for k in MEANING_KINDS if counts.get(k, 0) < MIN_PER_KIND}
    assert not short, f"kinds below {MIN_PER_KIND} cases: {short}"


def test_replies_with_no_listening_are_labelled_as_failing(meaning: CasesFile) -> None:
    """'A reply with no listening in it never looks half good': gold fails what it lacks."""
    wrong = [
        c.case_id
        for c in meaning.cases
        if _kind(c) == "minimal" and (c.gold.accuracy, c.gold.validation) != ("fail", "fail")
    ]
    assert not wrong, f"minimal replies not labelled fail on accuracy and validation: {wrong}"


def test_accurate_paraphrases_are_labelled_accurate(meaning: CasesFile) -> None:
    wrong = [c.case_id for c in meaning.cases if _kind(c) == "para" and c.gold.accuracy != "pass"]
    assert not wrong, f"paraphrase cases not labelled accurate: {wrong}"


def test_most_meaning_cases_carry_a_hidden_truth(meaning: CasesFile) -> None:
    share = sum(c.hidden_truth is not None for c in meaning.cases) / len(meaning.cases)
    assert 0.5 <= share < 1.0, "most, not all: the grader's no-hidden-truth path is used too"
