"""The one retry policy for model calls: transient failures only, the server's Retry-After
honoured, jittered backoff, and never past the current grade's deadline."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from datetime import UTC, datetime

from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from tenacity.stop import stop_base
from tenacity.wait import wait_base, wait_exponential_jitter

from trainer.errors import (
    LLMConnectionError,
    LLMError,
    LLMRateLimitError,
    LLMServerError,
    LLMTimeoutError,
)
from trainer.llm.ratelimit import RATE_LIMIT

RETRYABLE: tuple[type[LLMError], ...] = (
    LLMRateLimitError,
    LLMTimeoutError,
    LLMConnectionError,
    LLMServerError,
)
# When the current grade must be done (a monotonic clock reading); set by OpenAIChatModel.budget.
DEADLINE: ContextVar[float | None] = ContextVar("trainer_llm_deadline", default=None)


def parse_retry_after(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds the server asked us to wait: retry-after-ms, or Retry-After as seconds or a date."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class WaitRetryAfter(wait_base):
    """Wait what the server's Retry-After says, else fall back to jittered backoff. (A wait
    that would end past the grade's deadline is not waited: StopAtDeadline stops first.)

    In a run of several workers the pause is shared (ratelimit.py): a Retry-After, or any
    rate limit (HTTP 429), makes every worker wait, not only this one."""

    def __init__(self, fallback: wait_base, clock: Callable[[], float] = time.monotonic) -> None:
        self.fallback = fallback
        self.clock = clock

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        exc = outcome.exception() if outcome is not None else None
        if isinstance(exc, LLMError) and exc.retry_after_s is not None:
            wait = exc.retry_after_s
        else:
            wait = float(self.fallback(retry_state))
        limit = RATE_LIMIT.get()
        shared = isinstance(exc, LLMRateLimitError) or (
            isinstance(exc, LLMError) and exc.retry_after_s is not None
        )
        if limit is not None and shared and isinstance(exc, LLMError):
            limit.hold(wait, exc, self.clock())
        return wait


class WaitForSharedPause:
    """Before every attempt (the first too): wait out a pause the server asked another worker
    of this run for; within the grade's deadline, else fail with the rate-limit error."""

    def __init__(self, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self.clock = clock
        self.sleep = sleep

    def __call__(self, retry_state: RetryCallState) -> None:
        limit = RATE_LIMIT.get()
        if limit is not None:
            limit.wait_turn(self.clock, self.sleep, DEADLINE.get())


class StopAtDeadline(stop_base):
    """Stop retrying when the next wait would end at or past the current grade's deadline."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock

    def __call__(self, retry_state: RetryCallState) -> bool:
        deadline = DEADLINE.get()
        return deadline is not None and self.clock() + retry_state.upcoming_sleep >= deadline


def default_retrying(
    max_attempts: int = 4,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Retrying:
    """The one retry policy: transient failures only, Retry-After honoured (by every worker
    of a run), jittered backoff, and never past the grade's time budget."""
    return Retrying(
        stop=stop_after_attempt(max_attempts) | StopAtDeadline(clock),
        wait=WaitRetryAfter(wait_exponential_jitter(initial=1, max=20, jitter=1), clock),
        before=WaitForSharedPause(clock, sleep),
        retry=retry_if_exception_type(RETRYABLE),
        sleep=sleep,
        reraise=True,
    )
