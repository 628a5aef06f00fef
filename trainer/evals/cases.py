"""Labelled eval cases: the typed, schema-checked file format under evals/cases/."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from trainer.datafiles import DataFormat
from trainer.evals.paths import default_cases
from trainer.grading.schema import Frozen, GradeRequest, HiddenTruth, RubricKey

Label = Literal["pass", "fail", "either"]
Category = Literal[
    "good_complex", "good_plain", "parroting", "explicit_fixing", "subtle_fixing",
    "permission_asking", "me_too_hijack", "defending_self", "topic_change", "minimizing_judging",
    "inaccurate", "mixed", "sarcastic_hostile", "manipulation", "degenerate", "long_rambling",
    "non_english", "good_news", "coach_review", "together_review",
]  # fmt: skip
FORMAT = DataFormat("eval cases", entries={"cases": ("case_id", "case")}, hint="pass --cases PATH")


class Gold(Frozen):
    accuracy: Label
    validation: Label
    not_fixing: Label
    not_hijacking: Label

    def get(self, key: RubricKey) -> Label:
        label: Label = getattr(self, key)
        return label


class EvalCase(Frozen):
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


class CasesFile(Frozen):
    format: Literal["listening-eval-cases"]
    version: Literal[1]
    cases: list[EvalCase]


def load_cases(path: Path | None = None) -> list[EvalCase]:
    """Read and validate a cases file (default: evals/cases/cases_v1.yaml); errors name the
    file and the bad field."""
    path = path if path is not None else default_cases()
    data = FORMAT.parse(FORMAT.read_text(path), str(path))
    parsed = FORMAT.validate(data, str(path), CasesFile)
    ids = [c.case_id for c in parsed.cases]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise FORMAT.problem(str(path), data, ("cases",), f"case_id used more than once: {dupes}")
    return parsed.cases
