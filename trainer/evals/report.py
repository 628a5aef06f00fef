"""The validity report in Markdown and JSON: pure formatting of an EvalReport."""

from __future__ import annotations

import json
from typing import Any

from trainer.evals.runner import EvalReport
from trainer.grading.schema import RUBRIC_KEYS


def to_json(report: EvalReport, worst: int = 15) -> str:
    """Metrics, per-category rows and the worst disagreements (not every grade: keep it small)."""
    data: dict[str, Any] = {
        "grader": report.grader,
        "model": report.model,
        "prompt_hash": report.prompt_hash,
        "cases": report.cases,
        "graded": report.graded,
        "refused": report.refused,
        "rubrics": {
            r.rubric: {
                "confusion": r.confusion.model_dump(),
                "n": r.confusion.n,
                "accuracy": round(r.accuracy, 4),
                "balanced_accuracy": round(r.balanced_accuracy, 4),
                "kappa": round(r.kappa, 4),
                "majority_baseline_accuracy": round(r.majority_accuracy, 4),
                "pass_recall": round(r.pass_recall, 4),
                "fail_recall": round(r.fail_recall, 4),
            }
            for r in report.rubrics
        },
        "by_category": report.by_category,
        "worst_disagreements": [
            {
                "case_id": r.case.case_id,
                "category": r.case.category,
                "disagrees_on": r.disagreements(),
                "gold": r.case.gold.model_dump(),
                "grader": {k: v.passed for k, v in r.grade.rubrics.items()} if r.grade else None,
            }
            for r in report.worst(worst)
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def to_markdown(report: EvalReport, worst: int = 10) -> str:
    lines = [
        f"# Grader validity report: {report.grader} ({report.model})",
        "",
        f"Prompt and rubric hash `{report.prompt_hash}`. {report.graded} of {report.cases} "
        f"cases graded; refused: {report.refused or 'none'}. Gold `either` labels are left out "
        "of each rubric's figures.",
        "",
        "| rubric | n | accuracy | balanced acc. | Cohen's kappa | majority baseline acc. "
        "| pass recall | fail recall | confusion (gold→grader: pp / pf / fp / ff) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for rub in report.rubrics:
        c = rub.confusion
        lines.append(
            f"| {rub.rubric} | {c.n} | {rub.accuracy:.2f} | {rub.balanced_accuracy:.2f} | "
            f"{rub.kappa:.2f} | {rub.majority_accuracy:.2f} (κ 0, BA 0.50) | {rub.pass_recall:.2f} | "
            f"{rub.fail_recall:.2f} | {c.pass_pass} / {c.pass_fail} / {c.fail_pass} / {c.fail_fail} |"
        )
    lines += ["", "## By category (share of pass/fail verdicts that match gold)", ""]
    lines.append("| category | cases | " + " | ".join(RUBRIC_KEYS) + " |")
    lines.append("|---|---|" + "---|" * len(RUBRIC_KEYS))
    for category, row in report.by_category.items():
        cells = [f"{row[k]:.2f}" if k in row else "-" for k in RUBRIC_KEYS]
        lines.append(f"| {category} | {int(row['cases'])} | " + " | ".join(cells) + " |")
    lines += ["", f"## Worst disagreements (up to {worst})", ""]
    for bad in report.worst(worst):
        assert bad.grade is not None
        lines.append(f"### {bad.case.case_id} ({bad.case.category})")
        lines.append(f"- partner: {bad.case.statement}")
        lines.append(f"- learner: {bad.case.response}")
        lines.append(f"- gold note: {bad.case.note}")
        for key in bad.disagreements():
            res = bad.grade.rubrics.get(key)
            quotes = "; ".join(f"“{e.text}” ({e.item})" for e in res.evidence) or "no evidence"
            lines.append(
                f"- **{key}**: gold {bad.case.gold.get(key)}, grader "
                f"{'pass' if res.passed else 'fail'} ({res.score}/4): {res.rationale} "
                f"Evidence: {quotes}"
            )
        lines.append("")
    return "\n".join(lines)
