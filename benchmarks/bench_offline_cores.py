"""Benchmark offline batch grading on one core and on every core: lines per second of
`trainer grade --input FILE --grader offline --jobs N`, the whole command timed.

Not a test (timings are noisy; the machine is shared): it reports the median of --repeat runs
per job count, the ratio, and the load average before and after, so a reader can judge.
The input is made from the project's own eval cases (statement and response), cycled, with
one bad line in a hundred (not JSON, a missing field, an empty response) so per-line errors
cost what they cost in real files.
Run:  nice -n 10 .venv/bin/python benchmarks/bench_offline_cores.py --lines 100000 --repeat 1
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trainer.evals.cases import load_cases
from trainer.grading.parallel import cores

BAD = [b"{not json\n", b'{"id": "x", "statement": "I am tired."}\n']


def write_input(path: Path, lines: int) -> None:
    cases = load_cases()
    with path.open("wb") as out:
        for i in range(lines):
            if i % 100 == 99:
                out.write(BAD[(i // 100) % 2])
                continue
            case = cases[i % len(cases)]
            row = {"id": i, "statement": case.statement, "response": case.response}
            if i % 100 == 49:
                row["response"] = ""
            out.write(json.dumps(row).encode("utf-8") + b"\n")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(path: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds of the whole command, and the CPU seconds it and its workers used (on a
    busy machine the CPU figure shows what parallel grading costs; the wall figure what
    other people's work left for it)."""
    trainer = Path(sys.executable).with_name("trainer")
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run(
        [str(trainer), "grade", "--grader", "offline", "--input", str(path), "--jobs",
         str(jobs), "--output", os.devnull],
        check=True, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started, _children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    every = cores()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.jsonl"
        write_input(path, args.lines)
        load_before = os.getloadavg()
        seconds: dict[int, list[float]] = {1: [], every: []}
        cpu: dict[int, list[float]] = {1: [], every: []}
        for _ in range(args.repeat):
            for jobs in seconds:
                wall, used = run(path, jobs)
                seconds[jobs].append(wall)
                cpu[jobs].append(used)
        load_after = os.getloadavg()
    rate = {jobs: args.lines / statistics.median(s) for jobs, s in seconds.items()}
    print(
        json.dumps(
            {
                "lines": args.lines,
                "repeat": args.repeat,
                "seconds": {str(j): [round(x, 1) for x in s] for j, s in seconds.items()},
                "lines_per_second_median": {str(j): round(r) for j, r in rate.items()},
                "cpu_seconds": {str(j): [round(x, 1) for x in c] for j, c in cpu.items()},
                "ratio_all_cores_vs_one": round(rate[every] / rate[1], 2),
                "load_average_before_after": [round(x, 2) for x in (*load_before, *load_after)],
                "machine": f"{platform.machine()}, {os.cpu_count()} cores ({every} usable), "
                f"Python {platform.python_version()}",
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
