"""A circuit breaker for one run (a batch, an eval, a practice session): once calling the
provider is futile, stop calling it and say so once, instead of paying for every case."""

from __future__ import annotations

import threading
from collections.abc import Callable

from trainer.errors import (
    LLMAuthError,
    LLMBadResponse,
    LLMCircuitOpen,
    LLMConnectionError,
    LLMError,
    LLMQuotaError,
    LLMTimeoutError,
)

# A refused key or an empty account fails every later call the same way: open at once.
FATAL: tuple[type[LLMError], ...] = (LLMAuthError, LLMQuotaError)
# No answer, or no chat server answering: open after this many in a row.
UNREACHABLE: tuple[type[LLMError], ...] = (LLMTimeoutError, LLMConnectionError, LLMBadResponse)
FAILURES_TO_OPEN = 3


class CircuitBreaker:
    """Counts how calls to one provider end; once open, `check` fails fast for the rest of the
    run. `on_open` is told once, with a sentence for a person. Thread-safe: the workers of a
    concurrent run share one breaker, and it opens (and says so) once."""

    def __init__(
        self,
        failures_to_open: int = FAILURES_TO_OPEN,
        on_open: Callable[[str], None] | None = None,
    ) -> None:
        self.failures_to_open = failures_to_open
        self.on_open = on_open
        self.reason: str | None = None
        self._in_a_row = 0
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        return self.reason is not None

    def check(self, endpoint: str) -> None:
        """Raise LLMCircuitOpen instead of calling a provider already known to be futile."""
        if self.reason is not None:
            raise LLMCircuitOpen(
                f"Not calling {endpoint} again in this run: {self.reason}. Fix that and run "
                "again, or grade offline (--grader offline)."
            )

    def succeeded(self) -> None:
        with self._lock:
            self._in_a_row = 0

    def failed(self, exc: LLMError, endpoint: str) -> None:
        """Count one call that ended in `exc` (after its retries); open when it is time."""
        with self._lock:
            if self.reason is not None or isinstance(exc, LLMCircuitOpen):
                return
            if isinstance(exc, FATAL):
                reason = f"it failed with {exc.code} ({_first_sentence(exc.message)})"
            elif isinstance(exc, UNREACHABLE):
                self._in_a_row += 1
                if self._in_a_row < self.failures_to_open:
                    return
                reason = (
                    f"{self._in_a_row} calls in a row failed (last: {exc.code}, "
                    f"{_first_sentence(exc.message)})"
                )
            else:  # the provider answered (a rejected request, bad output): it is reachable
                self._in_a_row = 0
                return
            self.reason = reason  # set under the lock: only this call opens it
        if self.on_open is not None:  # outside the lock: the note may print, slowly
            self.on_open(
                f"note: stopped calling the LLM at {endpoint} for the rest of this run: {reason}. "
                "Later calls fail at once (--grader auto grades them offline)."
            )


def _first_sentence(message: str) -> str:
    head = message.split(". ", 1)[0].rstrip(".")
    return head if len(head) <= 200 else head[:197] + "..."
