"""Typed errors, each with a message a person can act on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from trainer.llm.model import Usage


class TrainerError(Exception):
    """Base for every error this package raises on purpose."""

    code = "trainer_error"


class PromptFileError(TrainerError):
    code = "prompt_file"


class InvalidInput(TrainerError):
    """The statement or response cannot be graded as given."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class ConfigError(TrainerError):
    code = "config"


class LLMError(TrainerError):
    """The model endpoint failed; subclasses say how, the message says what to do."""

    code = "llm_error"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retry_after_s: float | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after_s = retry_after_s
        self.attempts = attempts

    def __str__(self) -> str:
        if self.attempts > 1:
            return f"{self.message} (gave up after {self.attempts} attempts)"
        return self.message


class LLMAuthError(LLMError):
    code = "llm_auth"


class LLMQuotaError(LLMError):
    code = "llm_quota"


class LLMRateLimitError(LLMError):
    code = "llm_rate_limit"


class LLMTimeoutError(LLMError):
    code = "llm_timeout"


class LLMConnectionError(LLMError):
    code = "llm_connection"


class LLMServerError(LLMError):
    code = "llm_server"


class LLMRequestError(LLMError):
    """The endpoint rejected the request itself (400, 404, 422): retrying the same one is futile."""

    code = "llm_request"


class LLMBadOutput(LLMError):
    """The model's answer was not valid, nor (when it was re-asked) was its second one."""

    code = "llm_bad_output"

    def __init__(self, message: str, *, outputs: Sequence[str], usage: Usage) -> None:
        super().__init__(message, attempts=len(outputs))
        self.outputs = list(outputs)
        self.usage = usage


class LLMRefusal(LLMError):
    code = "llm_refusal"


class LLMBadResponse(LLMError):
    """The endpoint answered HTTP 200 with something that is not a chat completion (an HTML
    login page from a captive portal or proxy, an empty or cut-off body, the wrong JSON)."""

    code = "llm_bad_response"


class LLMCircuitOpen(LLMError):
    """Not calling the endpoint again in this run: an earlier call showed it is futile."""

    code = "llm_circuit_open"


def describe_validation(
    where: str, what: str, data: Any, exc: ValidationError, items: str, name: str, noun: str
) -> str:
    """A data file's validation errors, one line each: the file, the dotted field path and,
    for an entry of the list `items`, the entry's `name` field (e.g. the scenario id), so a
    hand-edited file can be fixed from the message alone."""
    lines = [f"{where} does not match the {what} format:"]
    for error in exc.errors():
        loc = list(error["loc"])
        label = ".".join(str(part) for part in loc) or "(top level)"
        if len(loc) >= 2 and loc[0] == items and isinstance(loc[1], int):
            try:
                value = data[items][loc[1]][name]
            except (KeyError, IndexError, TypeError):
                value = None
            if isinstance(value, str):
                shown = value if value.split() == [value] else repr(value)  # quote titles
                label += f" ({noun} {shown})"
        lines.append(f"  {label}: {error['msg']}")
    return "\n".join(lines)
