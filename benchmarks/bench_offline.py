"""Benchmark the offline grader: latency p50/p95 over many grades, and peak memory.

Not a test: timings are noisy on shared 2-core machines, so this reports medians and
percentiles for a person to read. Run:  .venv/bin/python benchmarks/bench_offline.py [--n 2000]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import platform
import resource
import statistics
import time
import tracemalloc
from pathlib import Path

import yaml

from trainer.errors import InvalidInput
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest

CASES = Path(__file__).resolve().parent.parent / "evals" / "cases" / "cases_v1.yaml"


def load_requests() -> list[GradeRequest]:
    data = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    return [
        GradeRequest(statement=c["statement"], response=c["response"], context=c.get("context"))
        for c in data["cases"]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="grades to time (default 2000)")
    args = parser.parse_args()
    requests = load_requests()
    t0 = time.perf_counter()
    with contextlib.suppress(InvalidInput):
        grade_offline(requests[0])
    cold_ms = (time.perf_counter() - t0) * 1000  # includes loading rubric and lexicon

    samples: list[float] = []
    refused = 0
    gc.collect()
    for i in range(args.n):
        # vary the text so no per-text cache can answer: the response gets a unique suffix
        base = requests[i % len(requests)]
        req = base.model_copy(update={"response": f"{base.response} ({i})"})
        start = time.perf_counter()
        try:
            grade_offline(req)
        except InvalidInput:
            refused += 1
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p50 = statistics.median(samples)
    p95 = samples[int(0.95 * len(samples)) - 1]
    p99 = samples[int(0.99 * len(samples)) - 1]

    tracemalloc.start()
    for req in requests:
        with contextlib.suppress(InvalidInput):
            grade_offline(req)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        json.dumps(
            {
                "grades": args.n,
                "distinct_cases": len(requests),
                "refused_non_english": refused,
                "cold_first_grade_ms": round(cold_ms, 1),
                "p50_ms": round(p50, 3),
                "p95_ms": round(p95, 3),
                "p99_ms": round(p99, 3),
                "max_ms": round(samples[-1], 3),
                "peak_traced_alloc_mb_during_grading": round(traced_peak / 2**20, 2),
                "peak_rss_mb_process": round(rss_mb, 1),
                "python": platform.python_version(),
                "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
