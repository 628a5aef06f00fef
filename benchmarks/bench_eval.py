"""Benchmark the full eval: offline grader on every case, and every recorded LLM replayed.

Not a test (timings are noisy); the target is under 10 s for both graders on a 2-core machine.
Run:  .venv/bin/python benchmarks/bench_eval.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time

from trainer.evals.cases import load_cases
from trainer.evals.cassettes import cassette_root, replay_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.grader import grade_offline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cases = load_cases()
    folders = sorted(p for p in cassette_root().glob("*") if (p / "manifest.json").is_file())
    runs: dict[str, list[float]] = {"offline": []}
    for folder in folders:
        runs[f"llm-replay:{folder.name}"] = []
    totals: list[float] = []
    for _ in range(args.repeat):
        start_all = time.perf_counter()
        t = time.perf_counter()
        build_report(grade_cases(cases, grade_offline))
        runs["offline"].append(time.perf_counter() - t)
        for folder in folders:
            t = time.perf_counter()
            build_report(replay_cases(cases, folder))
            runs[f"llm-replay:{folder.name}"].append(time.perf_counter() - t)
        totals.append(time.perf_counter() - start_all)
    print(
        json.dumps(
            {
                "cases": len(cases),
                "repeat": args.repeat,
                "median_seconds": {k: round(statistics.median(v), 2) for k, v in runs.items()},
                "median_total_seconds": round(statistics.median(totals), 2),
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                f"Python {platform.python_version()}",
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
