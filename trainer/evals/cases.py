"""Labelled eval cases: the typed, schema-checked file format under evals/cases/."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from trainer.errors import TrainerError
from trainer.schema import GradeRequest, HiddenTruth, RubricKey

Label = Literal["pass", "fail", "either"]
Category = Literal[
    "good_complex", "good_plain", "parroting", "explicit_fixing", "subtle_fixing",
    "permission_asking", "me_too_hijack", "defending_self", "topic_change", "minimizing_judging",
    "inaccurate", "mixed", "sarcastic_hostile", "manipulation", "degenerate", "long_rambling",
    "non_english", "good_news", "coach_review",
]  # fmt: skip
DEFAULT_CASES = Path(__file__).resolve().parents[2] / "evals" / "cases" / "cases_v1.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Gold(_Strict):
    accuracy: Label
    validation: Label
    not_fixing: Label
    not_hijacking: Label

    def get(self, key: RubricKey) -> Label:
        label: Label = getattr(self, key)
        return label


class EvalCase(_Strict):
    case_id: str = Field(pattern=r"^[a-z][a-z_]*-[0-9]{3}$")
    category: Category
    theme: str
    statement: str = Field(min_length=1)
    context: str | None = None
    hidden_truth: HiddenTruth | None = None
    response: str = Field(min_length=1)
    gold: Gold
    note: str

    def request(self) -> GradeRequest:
        return GradeRequest(
            statement=self.statement,
            response=self.response,
            context=self.context,
            hidden_truth=self.hidden_truth,
        )


class CasesFile(_Strict):
    format: Literal["listening-eval-cases"]
    version: Literal[1]
    cases: list[EvalCase]


def load_cases(path: Path = DEFAULT_CASES) -> list[EvalCase]:
    """Read and validate a cases file; errors name the file and the bad field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise TrainerError(f"no cases file at {path}; pass --cases PATH") from exc
    except yaml.YAMLError as exc:
        raise TrainerError(f"{path} is not valid YAML: {exc}") from exc
    try:
        parsed = CasesFile.model_validate(data)
    except ValidationError as exc:
        raise TrainerError(f"{path} does not match the eval case format:\n{exc}") from exc
    ids = [c.case_id for c in parsed.cases]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise TrainerError(f"{path}: case_id used more than once: {dupes}")
    return parsed.cases
