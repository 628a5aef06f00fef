"""Agreement arithmetic and the eval runner, checked against hand-computed values."""

from __future__ import annotations

import pytest

from trainer.errors import InvalidInput
from trainer.evals.cases import EvalCase, Gold, load_cases
from trainer.evals.metrics import agreement
from trainer.evals.report import to_json, to_markdown
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest


def test_kappa_and_balanced_accuracy_by_hand() -> None:
    a = agreement([(True, True)] * 40 + [(True, False)] * 10 + [(False, True)] * 5
                  + [(False, False)] * 45)  # fmt: skip
    assert a.n == 100
    assert a.accuracy == pytest.approx(0.85)
    assert a.pass_recall == pytest.approx(0.8)
    assert a.fail_recall == pytest.approx(0.9)
    assert a.balanced_accuracy == pytest.approx(0.85)
    # po 0.85, pe 0.5*0.45 + 0.5*0.55 = 0.5
    assert a.kappa == pytest.approx(0.7)
    assert a.majority_accuracy == pytest.approx(0.5)


def test_constant_grader_has_zero_kappa() -> None:
    a = agreement([(True, True)] * 30 + [(False, True)] * 70)
    assert a.kappa == pytest.approx(0.0)
    assert a.balanced_accuracy == pytest.approx(0.5)
    assert a.majority_accuracy == pytest.approx(0.7)


def _case(case_id: str, gold: str, response: str = "You sound exhausted.") -> EvalCase:
    g = {k: gold for k in ("accuracy", "validation", "not_fixing", "not_hijacking")}
    return EvalCase(
        case_id=case_id,
        category="good_plain",
        theme="work",
        statement="I had a long day.",
        response=response,
        gold=Gold.model_validate(g),
        note="test",
    )


def test_runner_keeps_refusals_and_skips_either() -> None:
    def grade(req: GradeRequest) -> Grade:
        if "hola" in req.response:
            raise InvalidInput("unsupported_language", "English only")
        return grade_offline(req)

    cases = [_case("work-001", "pass"), _case("work-002", "either"),
             _case("work-003", "fail", "hola que tal")]  # fmt: skip
    report = build_report(grade_cases(cases, grade))
    assert report.cases == 3
    assert report.graded == 2
    assert report.refused == {"unsupported_language": 1}
    assert report.rubric("accuracy").confusion.n == 1  # the either case is left out
    assert "work-003" not in to_json(report)


def test_report_names_the_worst_disagreements() -> None:
    cases = [_case("work-001", "fail", "You sound exhausted after that long day, no wonder.")]
    report = build_report(grade_cases(cases, grade_offline))
    assert report.worst()[0].case.case_id == "work-001"
    md = to_markdown(report)
    assert "work-001" in md and "| accuracy |" in md


def test_shipped_cases_load() -> None:
    cases = load_cases()
    assert len(cases) >= 200
    assert len({c.case_id for c in cases}) == len(cases)
