"""Model requests of a run, several at once: a bounded pool of worker threads (the work waits
on the network, not the CPU), results in input order, one shared rate limit for all workers.

How many at once is a setting: --concurrency, else TRAINER_LLM_CONCURRENCY, else 4 for
api.openai.com and 1 for any other endpoint (a local server usually answers one request at a
time, and a queued request would spend its grade's time budget waiting in the queue).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextvars import Context, copy_context
from typing import TypeVar

from trainer.errors import ConfigError
from trainer.llm.model import ChatModel
from trainer.llm.ratelimit import RATE_LIMIT, SharedRateLimit
from trainer.settings import is_openai_url

T = TypeVar("T")
R = TypeVar("R")

CONCURRENCY_ENV = "TRAINER_LLM_CONCURRENCY"
MAX_CONCURRENCY = 64
HOSTED_DEFAULT = 4
LOCAL_DEFAULT = 1


def resolve_concurrency(
    flag: int | None, base_url_is_openai: bool, env: Mapping[str, str] = os.environ
) -> int:
    """Requests at once: the flag, then TRAINER_LLM_CONCURRENCY, then the default for the
    kind of endpoint (4 hosted, 1 local)."""
    if flag is not None:
        return flag
    raw = env.get(CONCURRENCY_ENV, "").strip()
    if raw:
        try:
            value = int(raw)
        except ValueError:
            value = 0
        if not 1 <= value <= MAX_CONCURRENCY:
            raise ConfigError(
                f"{CONCURRENCY_ENV} is {raw!r}; it must be a whole number of requests at once "
                f"from 1 to {MAX_CONCURRENCY}, e.g. 4."
            )
        return value
    return HOSTED_DEFAULT if base_url_is_openai else LOCAL_DEFAULT


def concurrency_for(model: ChatModel, flag: int | None) -> int:
    """Requests at once for this model's endpoint (see resolve_concurrency)."""
    from trainer.llm.openai_chat import OpenAIChatModel  # only on the model path: loads openai

    hosted = isinstance(model, OpenAIChatModel) and is_openai_url(model.settings.base_url)
    return resolve_concurrency(flag, hosted)


def map_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    concurrency: int,
    rate_limit: SharedRateLimit | None = None,
) -> Iterator[R]:
    """`fn` over `items`, at most `concurrency` calls running at once, results yielded in the
    order of `items` as soon as each is next. Every call sees the run's one shared rate limit.
    Stopping early (an exception, Ctrl-C) cancels what has not started and waits for what has.
    """
    limit = rate_limit if rate_limit is not None else SharedRateLimit()
    if concurrency <= 1:
        serial = _task_context(limit)
        for item in items:
            yield serial.run(fn, item)
        return
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="trainer-llm")
    window: deque[Future[R]] = deque()
    try:
        for item in items:
            window.append(pool.submit(_task_context(limit).run, fn, item))
            if len(window) >= 2 * concurrency:  # read ahead a little, not the whole input
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _task_context(limit: SharedRateLimit) -> Context:
    """A copy of the caller's context with the run's rate limit set: each task its own copy
    (a context cannot be entered by two threads at once), nothing leaks back to the caller."""
    context = copy_context()
    context.run(RATE_LIMIT.set, limit)
    return context
