"""ChatModel over the openai SDK: strict JSON output, typed errors, one tenacity retry layer."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, cast

import httpx2
import openai
from openai.types.chat import ChatCompletionMessageParam
from openai.types.chat.completion_create_params import ResponseFormat
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from tenacity.wait import wait_base, wait_exponential_jitter

from trainer.errors import (
    LLMAuthError,
    LLMConnectionError,
    LLMError,
    LLMQuotaError,
    LLMRateLimitError,
    LLMRefusal,
    LLMRequestError,
    LLMServerError,
    LLMTimeoutError,
)
from trainer.llm.model import ChatMessage, ModelReply, Usage
from trainer.settings import OPENAI_HOST, LLMSettings, is_openai_url

log = logging.getLogger(__name__)

RETRYABLE: tuple[type[LLMError], ...] = (
    LLMRateLimitError,
    LLMTimeoutError,
    LLMConnectionError,
    LLMServerError,
)
MAX_RETRY_AFTER_S = 60.0
OFFLINE_HINT = "or grade offline (--grader offline)"


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
    """Wait what the server's Retry-After says (capped), else fall back to jittered backoff."""

    def __init__(self, fallback: wait_base, cap_s: float = MAX_RETRY_AFTER_S) -> None:
        self.fallback = fallback
        self.cap_s = cap_s

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        exc = outcome.exception() if outcome is not None else None
        if isinstance(exc, LLMError) and exc.retry_after_s is not None:
            return min(exc.retry_after_s, self.cap_s)
        return float(self.fallback(retry_state))


def default_retrying(
    max_attempts: int = 4, sleep: Callable[[float], None] = time.sleep
) -> Retrying:
    """The one retry policy: transient failures only, Retry-After honoured, jittered backoff."""
    return Retrying(
        stop=stop_after_attempt(max_attempts),
        wait=WaitRetryAfter(wait_exponential_jitter(initial=1, max=20, jitter=1)),
        retry=retry_if_exception_type(RETRYABLE),
        sleep=sleep,
        reraise=True,
    )


def _rejects_json_schema(exc: openai.APIStatusError) -> bool:
    """True when the server does not know response_format json_schema (not: our schema is bad).

    llama-cpp-python answers HTTP 500 "Input should be 'text' or 'json_object'"; others 400/422.
    """
    if exc.status_code not in (400, 422, 500, 501):
        return False
    text = f"{exc.message} {exc.body}".lower()
    return "json_schema" in text or ("response_format" in text and "json_object" in text)


def _error_detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, Mapping) and isinstance(body.get("message"), str):
        return str(body["message"])[:300]
    return exc.message[:300]


class OpenAIChatModel:
    """An OpenAI-compatible endpoint (OpenAI, llama.cpp, Ollama, vLLM) as a ChatModel."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        http_client: httpx2.Client | None = None,
        retrying: Retrying | None = None,
        sleep: Callable[[float], None] = time.sleep,
        max_tokens: int = 1500,
    ) -> None:
        self.settings = settings
        self.max_tokens = max_tokens
        self.retrying = retrying or default_retrying(settings.max_attempts, sleep)
        self.json_schema_supported = True
        key = settings.api_key.get_secret_value() if settings.api_key else None
        self._client = openai.OpenAI(
            api_key=key,
            base_url=settings.base_url,
            max_retries=0,  # tenacity is the only retry layer
            timeout=settings.timeout_s,
            http_client=http_client,
        )

    @property
    def name(self) -> str:
        return self.settings.model

    @property
    def endpoint(self) -> str:
        return self.settings.base_url or f"https://{OPENAI_HOST}/v1"

    def complete_json(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply:
        """One chat completion at temperature 0, retried only on transient failures."""
        attempts = 0

        def attempt() -> ModelReply:
            nonlocal attempts
            attempts += 1
            return self._request(messages, schema, schema_name)

        try:
            return self.retrying(attempt)
        except LLMError as exc:
            exc.attempts = attempts
            raise

    def _request(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply:
        if self.json_schema_supported:
            strict: ResponseFormat = {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "strict": True, "schema": schema},
            }
            try:
                return self._send(messages, strict)
            except _JsonSchemaRejected as rejected:
                self.json_schema_supported = False
                log.info(
                    "%s rejected response_format json_schema (HTTP %s); using json_object "
                    "for this client from now on",
                    self.endpoint,
                    rejected.status,
                )
        return self._send(messages, self._fallback_format(schema))

    def _fallback_format(self, schema: dict[str, Any]) -> ResponseFormat:
        """json_object; off OpenAI add "schema", which llama-cpp-python turns into a grammar."""
        if is_openai_url(self.settings.base_url):
            return {"type": "json_object"}
        # "schema" is a llama-cpp-python extension the SDK's types do not know; sent as-is.
        return cast(ResponseFormat, {"type": "json_object", "schema": schema})

    def _send(self, messages: Sequence[ChatMessage], fmt: ResponseFormat) -> ModelReply:
        try:
            completion = self._client.chat.completions.create(
                model=self.settings.model,
                messages=[cast(ChatCompletionMessageParam, dict(m)) for m in messages],
                temperature=0,
                max_tokens=self.max_tokens,
                response_format=fmt,
            )
        except openai.APIStatusError as exc:
            if fmt.get("type") == "json_schema" and _rejects_json_schema(exc):
                raise _JsonSchemaRejected(exc.status_code) from exc
            raise self._map_status(exc) from exc
        except openai.APITimeoutError as exc:
            raise LLMTimeoutError(
                f"No answer from {self.endpoint} within {self.settings.timeout_s:g} s. A local "
                "server may still be loading or too slow: raise timeout_s, check the server, "
                f"{OFFLINE_HINT}."
            ) from exc
        except openai.APIConnectionError as exc:
            cause = exc.__cause__ or exc
            raise LLMConnectionError(
                f"Could not connect to {self.endpoint}: {cause}. Check that the server is "
                f"running and OPENAI_BASE_URL is right, {OFFLINE_HINT}."
            ) from exc
        except openai.OpenAIError as exc:
            raise LLMError(f"The OpenAI client failed: {exc}. Retry, {OFFLINE_HINT}.") from exc
        if not completion.choices:
            raise LLMServerError(f"{self.endpoint} answered with no choices; retry later.")
        message = completion.choices[0].message
        if message.refusal:
            raise LLMRefusal(
                f"The model refused to grade: {message.refusal!r}. Reword the response if it "
                f"contains something a model will not handle, {OFFLINE_HINT}."
            )
        usage = completion.usage
        return ModelReply(
            content=message.content or "",
            model=completion.model,
            usage=Usage(
                prompt_tokens=usage.prompt_tokens if usage else 0,
                completion_tokens=usage.completion_tokens if usage else 0,
                total_tokens=usage.total_tokens if usage else 0,
            ),
        )

    def _map_status(self, exc: openai.APIStatusError) -> LLMError:
        """An HTTP error as the typed error that says what to do about it."""
        status = exc.status_code
        detail = _error_detail(exc)
        where = f"{self.endpoint} (HTTP {status})"
        retry_after = parse_retry_after(exc.response.headers)
        if status in (401, 403):
            return LLMAuthError(
                f"{where} refused the API key: {detail}. Check OPENAI_API_KEY or [llm].api_key "
                f"in .streamlit/secrets.toml, {OFFLINE_HINT}.",
                status=status,
            )
        if status == 429 and exc.code == "insufficient_quota":
            return LLMQuotaError(
                f"{where}: the account has no quota left ({detail}). Add credit or use another "
                f"key; retrying will not help, {OFFLINE_HINT}.",
                status=status,
            )
        if status == 429:
            return LLMRateLimitError(
                f"{where} is rate limiting requests: {detail}. Wait a minute and retry, or lower "
                "the request rate.",
                status=status,
                retry_after_s=retry_after,
            )
        if status >= 500:
            return LLMServerError(
                f"{where} failed: {detail}. This is the server's side; retry later, "
                f"{OFFLINE_HINT}.",
                status=status,
                retry_after_s=retry_after,
            )
        if status == 404:
            return LLMRequestError(
                f"{where}: not found ({detail}). Check the model name {self.settings.model!r} "
                "(TRAINER_MODEL) and that OPENAI_BASE_URL ends in /v1.",
                status=status,
            )
        return LLMRequestError(
            f"{where} rejected the request: {detail}. This is a bug or an unsupported model "
            f"setting; check TRAINER_MODEL={self.settings.model!r}, {OFFLINE_HINT}.",
            status=status,
        )


class _JsonSchemaRejected(Exception):
    """Internal: the server does not speak response_format json_schema; switch to json_object."""

    def __init__(self, status: int) -> None:
        super().__init__(f"json_schema rejected with HTTP {status}")
        self.status = status
