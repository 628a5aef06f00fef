"""Benchmark the offline text machinery on 1 MB adversarial inputs, against a time budget.

A grade's response is capped at 2000 characters, but the finder of text aimed at the grader
and the detectors' patterns must stay linear whatever they are given: a pattern that
backtracks turns a long input into minutes (`'<!--' * 20000` took 23 s before the finder was
made linear). Each input here is built to provoke that: repeated openers, long runs of one
character, nested brackets, spaced letters, one huge base64 token.

Per input it reports: find_manipulation on 1 MB and its ratio to a quarter of that size (about
4 when linear, 16 when quadratic); every other compiled pattern in trainer/offline alone on
1 MB (the slowest, and the total); the whole offline analysis at the product's limits (response
2000, statement and context 4000 characters) and its ratio between 100 KB and 25 KB. An input
is over budget when the finder or the slowest pattern takes longer than --budget seconds on
1 MB, a ratio passes 10 (judged only above 0.5 s; finder and analysis timings are each the
faster of two runs), or the analysis at the limits takes longer than --limits-budget. Exit code
1 when any input is over.

Not a test: timings are noisy on shared 2-core machines (a loaded machine can double them); the
ratios are the robust part. Takes 10 to 25 minutes at 1 MB.
Run:  .venv/bin/python benchmarks/bench_adversarial.py [--mb 1] [--budget 20]
      .venv/bin/python benchmarks/bench_adversarial.py --mb 0.1                  (quick look)
      .venv/bin/python benchmarks/bench_adversarial.py --only comment_openers,leet
"""

from __future__ import annotations

import argparse
import base64
import importlib
import json
import pkgutil
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from functools import partial

import trainer.grading.offline
from trainer.grading.offline.detectors import analyze
from trainer.grading.offline.manipulation import find_manipulation
from trainer.grading.offline.text import normalize
from trainer.grading.schema import MAX_CONTEXT_CHARS, MAX_RESPONSE_CHARS, MAX_STATEMENT_CHARS

MAX_RATIO = 10  # 4x the input: about 4x the time when linear, 16x when quadratic
MIN_TIMED_S = 0.5  # below this a ratio is noise (start-up, caches), not growth
STATEMENT = "My boss criticised my report in front of everyone and I'd worked all weekend on it."


def inputs(size: int) -> dict[str, str]:
    """Name -> adversarial text of about `size` characters."""

    def rep(chunk: str) -> str:
        return (chunk * (size // len(chunk) + 1))[:size]

    half = size // 2
    return {
        "comment_openers": rep("<!--"),
        "newlines": rep("\n"),
        "spaces": rep(" "),
        "one_letter": rep("a"),
        "dots": rep("."),
        "nested_brackets": "(" * half + ")" * half,
        "nested_braces": "{" * half + "}" * half,
        "json_key_no_close": rep('{"accuracy" '),
        "pretend_no_target": rep("pretend you are "),
        "ignore_no_object": rep("ignore the "),
        "grader_no_colon": rep("grader "),
        "as_the_grader_no_demand": rep("as the grader "),
        "hash_lines": rep("\n  #"),
        "quotes": rep('"'),
        "apostrophes": rep("'"),
        "you_should": rep("you should "),
        "zero_width": rep("\u200b"),
        "cyrillic_a": rep("\u0430"),
        "fullwidth": rep("\uff41\uff42 "),
        "spaced_letters": rep("i g n o r e "),
        "leet": rep("1gn0r3 "),
        "base64_token": rep(base64.b64encode(b"grader: full marks ").decode()),
        "snake_case": rep("names_main_feeling_"),
        "cjk_keyword": rep("\u8bc4"),
        "reflection": rep("You sound exhausted, and it makes sense that you're hurt. "),
    }


def offline_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern held at module level in trainer/offline (in tuples too), except
    the finder's own, which the finder stage times."""
    for info in pkgutil.iter_modules(trainer.grading.offline.__path__):
        if info.name == "manipulation":
            continue
        module = importlib.import_module(f"trainer.grading.offline.{info.name}")
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple | list) else (value,)
            for n, v in enumerate(values):
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                    suffix = f"[{n}]" if values is value else ""
                    yield f"{info.name}.{name}{suffix}", v


@dataclass
class Row:
    input: str
    finder_s: float
    finder_ratio: float
    slowest_pattern_s: float
    slowest_pattern: str
    patterns_total_s: float
    analysis_ratio: float
    at_limits_s: float
    over: bool = False


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """Seconds for one call; the fastest of `repeat` calls (small inputs are noisy)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def count_matches(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def analysis_time(response: str, statement: str, context: str | None) -> float:
    normalize.cache_clear()  # time the work, not the cache
    return timed(lambda: (find_manipulation(response), analyze(response, statement, context, None)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="input size in MB (default 1)")
    parser.add_argument(
        "--budget", type=float, default=20.0, help="seconds for the finder or one pattern on 1 MB"
    )
    parser.add_argument(
        "--limits-budget", type=float, default=1.0, help="seconds for one analysis at the limits"
    )
    parser.add_argument("--only", default="", help="comma-separated input names (default all)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    wanted = {n for n in args.only.split(",") if n}
    full, quarter = inputs(size), inputs(size // 4)
    tenth, fortieth = inputs(size // 10), inputs(size // 40)
    patterns = list(offline_patterns())
    rows: list[Row] = []
    for name, text in full.items():
        if wanted and name not in wanted:
            continue
        finder_quarter = timed(partial(find_manipulation, quarter[name]), repeat=2)
        finder = timed(partial(find_manipulation, text), repeat=2)
        low = text.lower()
        per_pattern = [(timed(partial(count_matches, p, low)), pname) for pname, p in patterns]
        small = min(analysis_time(fortieth[name], STATEMENT, None) for _ in range(2))
        big = min(analysis_time(tenth[name], STATEMENT, None) for _ in range(2))
        at_limits = analysis_time(
            text[:MAX_RESPONSE_CHARS], text[:MAX_STATEMENT_CHARS], text[:MAX_CONTEXT_CHARS]
        )
        row = Row(
            input=name,
            finder_s=round(finder, 3),
            finder_ratio=round(finder / max(finder_quarter, 1e-6), 2),
            slowest_pattern_s=round(max(per_pattern)[0], 3),
            slowest_pattern=max(per_pattern)[1],
            patterns_total_s=round(sum(t for t, _ in per_pattern), 3),
            analysis_ratio=round(big / max(small, 1e-6), 2),
            at_limits_s=round(at_limits, 4),
        )
        row.over = (
            max(row.finder_s, row.slowest_pattern_s) > args.budget
            or (row.finder_ratio > MAX_RATIO and finder > MIN_TIMED_S)
            or (row.analysis_ratio > MAX_RATIO and big > MIN_TIMED_S)
            or row.at_limits_s > args.limits_budget
        )
        rows.append(row)
        print(json.dumps(asdict(row)), flush=True)
    over = [r.input for r in rows if r.over]
    print(
        json.dumps(
            {
                "size_chars": size,
                "inputs": len(rows),
                "patterns_checked": len(patterns),
                "budget_s": args.budget,
                "limits_budget_s": args.limits_budget,
                "over_budget": over,
                "median_finder_s": round(statistics.median(r.finder_s for r in rows), 3),
                "max_finder_s": max(r.finder_s for r in rows),
                "max_pattern_s": max(r.slowest_pattern_s for r in rows),
                "max_finder_ratio": max(r.finder_ratio for r in rows),
                "max_analysis_ratio": max(r.analysis_ratio for r in rows),
                "max_at_limits_s": max(r.at_limits_s for r in rows),
                "machine": f"{platform.machine()} {platform.python_version()}",
            }
        )
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
