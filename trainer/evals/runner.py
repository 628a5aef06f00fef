"""Run a grader over labelled cases and measure its agreement with the gold labels."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from trainer.errors import InvalidInput, TrainerError
from trainer.evals.cases import EvalCase
from trainer.evals.metrics import Agreement, agreement
from trainer.grading.schema import RUBRIC_KEYS, Grade, GradeRequest, RubricKey


class CaseResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    case: EvalCase
    grade: Grade | None = None
    error_code: str | None = None
    error_message: str | None = None

    def disagreements(self) -> list[RubricKey]:
        if self.grade is None:
            return []
        out: list[RubricKey] = []
        for key in RUBRIC_KEYS:
            gold = self.case.gold.get(key)
            if gold != "either" and (gold == "pass") != self.grade.rubrics.get(key).passed:
                out.append(key)
        return out


class RubricReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    rubric: RubricKey
    confusion: Agreement
    accuracy: float
    balanced_accuracy: float
    kappa: float
    majority_accuracy: float
    pass_recall: float
    fail_recall: float


class EvalReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    grader: str
    model: str
    prompt_hash: str
    cases: int
    graded: int
    refused: dict[str, int]
    rubrics: list[RubricReport]
    by_category: dict[str, dict[str, float]]
    results: list[CaseResult]

    def rubric(self, key: RubricKey) -> RubricReport:
        return next(r for r in self.rubrics if r.rubric == key)

    def worst(self, n: int = 10) -> list[CaseResult]:
        """Cases where the grader disagrees with the gold labels on the most rubrics."""
        bad = [r for r in self.results if r.disagreements()]
        return sorted(bad, key=lambda r: (-len(r.disagreements()), r.case.case_id))[:n]


def grade_case(case: EvalCase, grade: Callable[[GradeRequest], Grade]) -> CaseResult:
    """One case's grade; a case the grader refuses is kept with its error, never dropped."""
    try:
        return CaseResult(case=case, grade=grade(case.request()))
    except (InvalidInput, TrainerError) as exc:
        code = getattr(exc, "code", "error")
        return CaseResult(case=case, error_code=code, error_message=str(exc))


def _grade_chunk(
    grade: Callable[[GradeRequest], Grade], cases: Sequence[EvalCase]
) -> list[CaseResult]:
    return [grade_case(case, grade) for case in cases]


def grade_cases(
    cases: Sequence[EvalCase],
    grade: Callable[[GradeRequest], Grade],
    progress: Callable[[], None] | None = None,
    jobs: int = 1,
) -> list[CaseResult]:
    """Grade every case, in case order. `jobs` > 1 grades chunks of cases in that many worker
    processes (offline grading is CPU work); then `grade` must be a module-level function."""
    from trainer.grading.parallel import map_in_processes

    results = []
    for result in map_in_processes(functools.partial(_grade_chunk, grade), cases, jobs):
        results.append(result)
        if progress:
            progress()
    return results


def build_report(results: Sequence[CaseResult]) -> EvalReport:
    graded = [r for r in results if r.grade is not None]
    refused: dict[str, int] = {}
    for r in results:
        if r.error_code:
            refused[r.error_code] = refused.get(r.error_code, 0) + 1
    rubrics = []
    for key in RUBRIC_KEYS:
        pairs = [
            (r.case.gold.get(key) == "pass", r.grade.rubrics.get(key).passed)
            for r in graded
            if r.grade is not None and r.case.gold.get(key) != "either"
        ]
        conf = agreement(pairs)
        rubrics.append(
            RubricReport(
                rubric=key,
                confusion=conf,
                accuracy=conf.accuracy,
                balanced_accuracy=conf.balanced_accuracy,
                kappa=conf.kappa,
                majority_accuracy=conf.majority_accuracy,
                pass_recall=conf.pass_recall,
                fail_recall=conf.fail_recall,
            )
        )
    by_category: dict[str, dict[str, float]] = {}
    for category in sorted({r.case.category for r in results}):
        row: dict[str, float] = {"cases": sum(1 for r in results if r.case.category == category)}
        for key in RUBRIC_KEYS:
            pairs = [
                (r.case.gold.get(key) == "pass", r.grade.rubrics.get(key).passed)
                for r in graded
                if r.case.category == category
                and r.grade is not None
                and r.case.gold.get(key) != "either"
            ]
            if pairs:
                row[key] = agreement(pairs).accuracy
        by_category[category] = row
    first = graded[0].grade if graded and graded[0].grade else None
    return EvalReport(
        grader=first.metadata.grader if first else "none",
        model=first.metadata.model if first else "none",
        prompt_hash=first.metadata.prompt_hash if first else "",
        cases=len(results),
        graded=len(graded),
        refused=refused,
        rubrics=rubrics,
        by_category=by_category,
        results=list(results),
    )
