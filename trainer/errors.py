"""Typed errors, each with a message a person can act on."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.values import Usage


class TrainerError(Exception):
    """Base for every error this package raises on purpose."""

    code = "trainer_error"

    def __reduce__(self) -> tuple[object, ...]:
        # a worker process hands errors back pickled, and the subclasses' __init__ take other
        # arguments than Exception.args holds: rebuild from args and attributes, not __init__
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(
    cls: type[TrainerError], args: tuple[object, ...], state: dict[str, object]
) -> TrainerError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class DataFileError(TrainerError):
    """A data file (YAML under trainer/data, prompts/ or evals/) cannot be read, is not YAML, or
    does not match its format; trainer.datafiles writes the message."""

    code = "data_file"


class PromptFileError(DataFileError):
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


class BadArgument(TrainerError):
    """An argument or option of a command cannot be used as given (an unwritable --output)."""

    code = "bad_argument"
