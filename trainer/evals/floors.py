"""Agreement floors the CI gate holds each grader to, kept in evals/floors.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from trainer.datafiles import DataFormat
from trainer.errors import TrainerError
from trainer.evals.paths import floors_file
from trainer.evals.runner import EvalReport
from trainer.grading.schema import Frozen, RubricKey

FORMAT = DataFormat("eval floors")


class Floor(Frozen):
    balanced_accuracy: float = Field(ge=0, le=1)
    kappa: float = Field(ge=-1, le=1)


class Floors(Frozen):
    """grader -> model -> rubric -> floor; and, per recorded model, the cases its replay
    cannot measure yet (case id -> why), reported as not replayed instead of graded."""

    offline: dict[str, dict[RubricKey, Floor]]
    llm: dict[str, dict[RubricKey, Floor]]
    not_replayed: dict[str, dict[str, str]] = Field(default_factory=dict)
    # The offline grader's floors on each case file under evals/cases (file name -> rubric ->
    # floor): one table instead of a floor test per file, so a new file gets its floor here.
    case_files: dict[str, dict[RubricKey, Floor]] = Field(default_factory=dict)

    def for_model(self, grader: Literal["offline", "llm"], model: str) -> dict[RubricKey, Floor]:
        table = self.offline if grader == "offline" else self.llm
        if model not in table:
            raise TrainerError(
                f"evals/floors.yaml has no {grader} floors for model {model!r}; add them "
                f"(known: {sorted(table)})"
            )
        return table[model]


def load_floors(path: Path | None = None) -> Floors:
    return FORMAT.load(path if path is not None else floors_file(), Floors)


def shortfalls(
    report: EvalReport, floors: dict[RubricKey, Floor], *, only_listed: bool = False
) -> list[str]:
    """Every rubric metric below its floor, as a sentence; empty when the grader holds up.
    only_listed: a case file aimed at some rubrics has floors only for those."""
    out = []
    for r in report.rubrics:
        floor = floors.get(r.rubric)
        if floor is None:
            if not only_listed:
                out.append(f"{r.rubric}: no floor set")
            continue
        if r.balanced_accuracy < floor.balanced_accuracy:
            out.append(
                f"{r.rubric}: balanced accuracy {r.balanced_accuracy:.3f} < floor "
                f"{floor.balanced_accuracy:.3f}"
            )
        if r.kappa < floor.kappa:
            out.append(f"{r.rubric}: kappa {r.kappa:.3f} < floor {floor.kappa:.3f}")
    return out
