"""One rate limit shared by every worker of a run: when the server says "wait" to one request
(HTTP 429, or a Retry-After on any retried failure), every worker waits, not only the one that
was told, so eight workers do not keep hammering a server that asked for a pause.

The run's limit is a context variable, like the grade's DEADLINE: the pool sets it in each task's
context (trainer/llm/pool.py) and the one retry policy (retry.py) reads it, so no model client needs to
know whether it runs alone or beside seven others.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextvars import ContextVar

from trainer.errors import LLMError, LLMRateLimitError


class SharedRateLimit:
    """A pause every worker honours: `hold` moves the time before which no request starts
    (never earlier), `wait_turn` blocks until then. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._resume_at = float("-inf")  # a monotonic clock reading
        self._reason: LLMError | None = None

    def hold(self, seconds: float, reason: LLMError, now: float) -> None:
        """The server asked to wait `seconds` from `now`: no worker starts a request before."""
        with self._lock:
            until = now + max(0.0, seconds)
            if until > self._resume_at:
                self._resume_at = until
                self._reason = reason

    def resume_at(self) -> float:
        with self._lock:
            return self._resume_at

    def wait_turn(
        self,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        deadline: float | None = None,
    ) -> None:
        """Block until the shared pause is over (it may grow while waiting). When it ends at or
        past this grade's `deadline`, fail now with the server's own rate-limit error."""
        while True:
            with self._lock:
                until, reason = self._resume_at, self._reason
            now = clock()
            if until <= now:
                return
            if deadline is not None and until >= deadline:
                message = reason.message if reason is not None else "The server asked to wait."
                raise LLMRateLimitError(
                    f"{message} Every worker of this run is pausing for the server (lower "
                    "--concurrency if this keeps happening).",
                    status=reason.status if reason is not None else None,
                    retry_after_s=until - now,
                )
            sleep(until - now)


# The limit shared by the workers of the current run; None outside a run (a single grade).
RATE_LIMIT: ContextVar[SharedRateLimit | None] = ContextVar("trainer_rate_limit", default=None)
