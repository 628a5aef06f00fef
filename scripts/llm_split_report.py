"""Agreement of a recorded LLM grader on the TUNE and REPORT halves of the eval cases.

    .venv/bin/python scripts/llm_split_report.py [evals/cassettes/local] [--json OUT]

TUNE = cases whose int(sha256(case_id)) is even, REPORT = the rest (fixed before any result
was seen; prompts were tuned on TUNE only). Replays the cassettes with the network shut; prints
per rubric balanced accuracy and kappa of the recorded model and of the offline grader on each
half, and per grade the requests and prompt/completion tokens the recording holds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from pathlib import Path

from trainer.errors import TrainerError
from trainer.evals.cases import EvalCase, load_cases
from trainer.evals.cassettes import replay_cases
from trainer.evals.metrics import agreement
from trainer.evals.paths import evals_dir
from trainer.evals.runner import CaseResult, grade_cases
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import RUBRIC_KEYS

CASE_FILES = ("cases_v1.yaml", "cases_meaning_v1.yaml")


def split(case_id: str) -> str:
    return "TUNE" if int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 2 == 0 else "REPORT"


def figures(results: list[CaseResult]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for key in RUBRIC_KEYS:
        pairs = [
            (r.case.gold.get(key) == "pass", r.grade.rubrics.get(key).passed)
            for r in results
            if r.grade is not None and r.case.gold.get(key) != "either"
        ]
        a = agreement(pairs)
        out[key] = {"ba": round(a.balanced_accuracy, 3), "kappa": round(a.kappa, 3), "n": a.n}
    return out


def requests_in(folder: Path, case_id: str) -> int:
    text = (folder / f"{case_id}.yaml").read_text(encoding="utf-8")
    return text.count("\n- request:") + text.startswith("- request:")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=evals_dir() / "cassettes/local")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    cases: list[EvalCase] = []
    for name in CASE_FILES:
        cases += load_cases(evals_dir() / "cases" / name)
    replayed = []
    for case in cases:  # a case without a usable recording is left out, and counted
        try:
            replayed += replay_cases([case], args.folder, not_replayed={})
        except TrainerError:
            replayed.append(CaseResult(case=case, error_code="not_recorded"))
    offline = grade_cases(cases, grade_offline)
    report: dict[str, object] = {}
    for half in ("TUNE", "REPORT"):
        llm = [r for r in replayed if split(r.case.case_id) == half]
        off = [r for r in offline if split(r.case.case_id) == half]
        report[half] = {
            "cases": len(llm),
            "llm_graded": sum(1 for r in llm if r.grade),
            "llm": figures(llm),
            "offline": figures(off),
        }
    graded = [r for r in replayed if r.grade is not None]
    report["not_recorded"] = sum(1 for r in replayed if r.error_code == "not_recorded")
    usage = [r.grade.metadata.usage for r in graded if r.grade]
    report["per_grade"] = {
        "requests_median": statistics.median(
            requests_in(args.folder, r.case.case_id) for r in graded
        ),
        "prompt_tokens_median": statistics.median(u.prompt_tokens for u in usage),
        "completion_tokens_median": statistics.median(u.completion_tokens for u in usage),
        "prompt_hash": graded[0].grade.metadata.prompt_hash if graded and graded[0].grade else "",
    }
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
