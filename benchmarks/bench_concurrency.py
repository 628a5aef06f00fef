"""Benchmark LLM batch throughput at concurrency 8 versus 1, against a HAND-WRITTEN fake
OpenAI-compatible server on a loopback port that answers every request after 200 ms
(tests/loopback_llm.py, run in its own process). Times the whole command
`trainer grade --input FILE --grader llm --concurrency N` on the same cases.

With --requests-only it times only the requests (the pool, the shared rate limit and the
retry policy around ChatModel.complete_json, in this process), without the grader's own CPU
work per case: on a machine whose cores are busy with other work, that CPU work, not the
waiting, limits the whole command, and this mode shows what the pool itself achieves.

Not a test (timings are noisy; the machine is shared): it reports each run, the median per
concurrency, the ratio, and the load average, so a reader can judge.
Run:  nice -n 10 .venv/bin/python benchmarks/bench_concurrency.py --cases 200 --repeat 3
      nice -n 10 .venv/bin/python benchmarks/bench_concurrency.py --requests-only
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trainer.evals.cases import load_cases

FAKE = Path(__file__).resolve().parent.parent / "tests" / "loopback_llm.py"


def write_input(path: Path, n: int) -> None:
    cases = load_cases()
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            case = cases[i % len(cases)]
            row = {"id": i, "statement": case.statement, "response": case.response}
            out.write(json.dumps(row) + "\n")


def run(path: Path, url: str, concurrency: int) -> float:
    trainer = Path(sys.executable).with_name("trainer")
    env = {**os.environ, "OPENAI_BASE_URL": url, "TRAINER_MODEL": "loopback"}
    started = time.perf_counter()
    done = subprocess.run(
        [str(trainer), "grade", "--grader", "llm", "--input", str(path), "--concurrency",
         str(concurrency), "--output", os.devnull],
        env=env, check=True, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if "errors 0" not in done.stderr:
        raise SystemExit(f"the run had errors: {done.stderr[-500:]}")
    return elapsed


def run_requests(url: str, n: int, concurrency: int) -> float:
    from pydantic import SecretStr

    from trainer.llm.model import ChatMessage
    from trainer.llm.openai_chat import OpenAIChatModel
    from trainer.llm.pool import map_ordered
    from trainer.settings import LLMSettings

    settings = LLMSettings(api_key=SecretStr("none"), base_url=url, model="loopback")
    model = OpenAIChatModel(settings)
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
    messages: list[ChatMessage] = [{"role": "user", "content": "Answer ok."}]

    def ask(i: int) -> str:
        return model.complete_json(messages, schema, "bench").content

    started = time.perf_counter()
    answers = list(map_ordered(ask, range(n), concurrency))
    elapsed = time.perf_counter() - started
    assert len(answers) == n
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--requests-only", action="store_true")
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, str(FAKE), "--latency", str(args.latency)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "cases.jsonl"
            write_input(path, args.cases)
            load_before = os.getloadavg()
            seconds: dict[int, list[float]] = {1: [], 8: []}
            for _ in range(args.repeat):
                for concurrency in seconds:
                    if args.requests_only:
                        seconds[concurrency].append(run_requests(url, args.cases, concurrency))
                    else:
                        seconds[concurrency].append(run(path, url, concurrency))
            load_after = os.getloadavg()
    finally:
        server.terminate()
        server.wait()
    median = {c: statistics.median(s) for c, s in seconds.items()}
    print(
        json.dumps(
            {
                "cases": args.cases,
                "timed": "requests only" if args.requests_only else "trainer grade --input",
                "server_latency_s": args.latency,
                "repeat": args.repeat,
                "seconds": {str(c): [round(x, 1) for x in s] for c, s in seconds.items()},
                "median_seconds": {str(c): round(m, 1) for c, m in median.items()},
                "cases_per_second_median": {
                    str(c): round(args.cases / m, 2) for c, m in median.items()
                },
                "speedup_8_vs_1": round(median[1] / median[8], 2),
                "load_average_before_after": [round(x, 2) for x in (*load_before, *load_after)],
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                f"Python {platform.python_version()}",
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
