"""Batches on every core (offline grading is CPU work: chunks of lines to worker processes) or
several model requests at once (LLM grading waits on the network: threads, trainer/llm/pool.py).
Either way the results come back in input order, one per input line, exactly as a serial run
writes them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from trainer.grading.batch import GradeFn, LineResult, process_line
from trainer.llm.pool import map_ordered
from trainer.llm.ratelimit import SharedRateLimit

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 200  # lines per task: a few hundred ms of offline grading, small next to its pickling
MIN_LINES_PER_PROCESS = CHUNK  # below this many lines a worker process costs more than it saves


def cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than exist)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_in_processes(
    fn: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    jobs: int,
    chunk: int | None = None,
) -> Iterator[R]:
    """`fn` over chunks of `items` in `jobs` worker processes; results in the order of `items`.
    `fn` must be a module-level function, or a functools.partial of one (it is sent to the
    workers by name). Chunks default to a few per worker, at most CHUNK items."""
    if chunk is None:
        chunk = max(1, min(CHUNK, -(-len(items) // (4 * max(1, jobs)))))
    chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
    if jobs <= 1 or len(chunks) <= 1:
        for part in chunks:
            yield from fn(part)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        for results in pool.map(fn, chunks):
            yield from results


Numbered = tuple[int, str | bytes]


def _grade_chunk(args: tuple[GradeFn, Sequence[Numbered]]) -> list[LineResult | None]:
    grade_fn, lines = args
    out: list[LineResult | None] = []
    for number, raw in lines:
        result = process_line(raw, number, grade_fn)
        out.append(result.rendered() if result is not None else None)
    return out


def _grade_chunks(parts: Sequence[tuple[GradeFn, Sequence[Numbered]]]) -> list[LineResult | None]:
    return [result for part in parts for result in _grade_chunk(part)]


def grade_lines(
    lines: Sequence[str | bytes],
    grade_fn: GradeFn,
    *,
    jobs: int = 1,
    concurrency: int = 1,
    rate_limit: SharedRateLimit | None = None,
) -> Iterator[LineResult | None]:
    """One item per input line, in input order (None for a blank line; line numbers from 1).

    `jobs` > 1 grades in that many worker processes (then `grade_fn` must be a module-level
    function or a functools.partial of one); `concurrency` > 1 grades that many lines at once
    in threads, for a model grader, sharing `rate_limit`. Same output either way."""
    numbered: list[Numbered] = list(enumerate(lines, start=1))
    if jobs > 1 and len(numbered) >= 2 * MIN_LINES_PER_PROCESS:
        size = CHUNK
        tasks = [(grade_fn, numbered[i : i + size]) for i in range(0, len(numbered), size)]
        yield from map_in_processes(_grade_chunks, tasks, jobs, chunk=1)
        return

    def one(item: Numbered) -> LineResult | None:
        return process_line(item[1], item[0], grade_fn)

    yield from map_ordered(one, numbered, concurrency, rate_limit)
