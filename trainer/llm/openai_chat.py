"""ChatModel over the openai SDK: strict JSON output, typed errors, one tenacity retry layer,
one time budget per grade."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

import httpx2
import openai
from openai.types.chat import ChatCompletionMessageParam
from openai.types.chat.completion_create_params import ResponseFormat
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError
from tenacity import Retrying

from trainer.errors import (
    LLMAuthError,
    LLMBadResponse,
    LLMConnectionError,
    LLMError,
    LLMQuotaError,
    LLMRateLimitError,
    LLMRefusal,
    LLMRequestError,
    LLMServerError,
    LLMTimeoutError,
)
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.endpoints import JSON_SCHEMA, EndpointMemory
from trainer.llm.model import ChatMessage, ModelReply, Usage
from trainer.llm.retry import DEADLINE, RETRYABLE, default_retrying, parse_retry_after
from trainer.settings import OPENAI_HOST, TIMEOUT_KNOBS, LLMSettings, is_openai_url, mask_userinfo

log = logging.getLogger(__name__)

OFFLINE_HINT = "or grade offline (--grader offline)"


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
        return mask_userinfo(str(body["message"])[:300])
    return mask_userinfo(exc.message[:300])


class _Answer(BaseModel):
    """The parts of a chat completion we use, with their types checked: a body of another
    shape is a typed error, never an AttributeError deep inside the SDK's lazy objects."""

    model_config = ConfigDict(extra="ignore")


class _Message(_Answer):
    content: StrictStr | None = None
    refusal: StrictStr | None = None


class _Choice(_Answer):
    message: _Message


class _Usage(_Answer):
    prompt_tokens: StrictInt | None = None
    completion_tokens: StrictInt | None = None
    total_tokens: StrictInt | None = None


class _Completion(_Answer):
    model: StrictStr | None = None
    choices: list[_Choice] = Field(min_length=1)
    usage: _Usage | None = None


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _body_problem(response: httpx2.Response) -> tuple[str, _Completion | None]:
    """What is wrong with an HTTP 200 body, or ("", the completion) when nothing is."""
    text = response.text
    start = " ".join(text[:80].split())
    if not text.strip():
        return "an empty body", None
    try:
        data = json.loads(text)
    except ValueError as exc:
        kind = response.headers.get("content-type", "")
        if "html" in kind.lower() or text.lstrip().startswith("<"):
            title = _TITLE.search(text)
            shown = " ".join(title.group(1).split())[:80] if title else start
            return (
                f"an HTML page ({shown!r}), as a Wi-Fi login page (captive portal) or a proxy "
                "sends",
                None,
            )
        return f"a body that is not JSON ({exc}; it starts {start!r})", None
    if not isinstance(data, dict):
        return f"a JSON {type(data).__name__} where an object belongs", None
    try:
        return "", _Completion.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"JSON of another shape ({where}: {first['msg'].lower()})", None


class OpenAIChatModel:
    """An OpenAI-compatible endpoint (OpenAI, llama.cpp, Ollama, vLLM) as a ChatModel."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        http_client: httpx2.Client | None = None,
        retrying: Retrying | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        breaker: CircuitBreaker | None = None,
        max_tokens: int = 1500,
        memory: EndpointMemory | None = None,
    ) -> None:
        self.settings = settings
        self.max_tokens = max_tokens
        self.clock = clock
        self.breaker = breaker
        self.retrying = retrying or default_retrying(settings.max_attempts, sleep, clock)
        # what this endpoint rejected before (shared across clients when `memory` is given)
        self.memory = memory or EndpointMemory()
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
        """The base URL as shown in messages and logs: user:password@ masked."""
        return mask_userinfo(self.settings.base_url or f"https://{OPENAI_HOST}/v1")

    @property
    def json_schema_supported(self) -> bool:
        return self.memory.supports(self._memory_key, JSON_SCHEMA)

    @property
    def _memory_key(self) -> str:
        return f"{self.endpoint} {self.settings.model}"

    @contextmanager
    def budget(self) -> Iterator[None]:
        """One deadline for everything inside (a grade: its requests, retries, waits and
        re-ask). Nested budgets keep the outer deadline."""
        if DEADLINE.get() is not None:
            yield
            return
        token = DEADLINE.set(self.clock() + self.settings.timeout_s)
        try:
            yield
        finally:
            DEADLINE.reset(token)

    def complete_json(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply:
        """One chat completion at temperature 0, retried only on transient failures, within
        the current budget (its own when none is open); fails fast once the breaker is open."""
        return self._complete(
            lambda deadline: self._request(messages, schema, schema_name, deadline)
        )

    def complete_text(self, messages: Sequence[ChatMessage], max_tokens: int) -> ModelReply:
        """Plain text, no response_format: what a small model answers fastest and best."""
        return self._complete(lambda deadline: self._send(messages, None, deadline, max_tokens))

    def _complete(self, request: Callable[[float], ModelReply]) -> ModelReply:
        if self.breaker is not None:
            self.breaker.check(self.endpoint)
        attempts = 0
        with self.budget():
            deadline = DEADLINE.get()
            assert deadline is not None

            def attempt() -> ModelReply:
                nonlocal attempts
                attempts += 1
                return request(deadline)

            try:
                reply = self.retrying(attempt)
            except LLMError as exc:
                exc.attempts = attempts
                self._explain_stop(exc, deadline - self.clock())
                if self.breaker is not None:
                    self.breaker.failed(exc, self.endpoint)
                raise
        if self.breaker is not None:
            self.breaker.succeeded()
        return reply

    def _explain_stop(self, exc: LLMError, left_s: float) -> None:
        """Say so when the time budget, not the attempt limit, ended the retries."""
        if not isinstance(exc, RETRYABLE) or isinstance(exc, LLMTimeoutError):
            return
        if exc.attempts >= self.settings.max_attempts:
            return
        budget = self.settings.timeout_s
        if exc.retry_after_s is not None and exc.retry_after_s >= left_s:
            exc.message += (
                f" The server asked to wait {exc.retry_after_s:g} s before retrying, more than "
                f"the {max(left_s, 0):.0f} s left of the {budget:g} s time budget, so it was not "
                f"retried: try again later, or raise the budget ({TIMEOUT_KNOBS})."
            )
        else:
            exc.message += (
                f" The {budget:g} s time budget left no time for another attempt ({TIMEOUT_KNOBS})."
            )

    def _request(
        self,
        messages: Sequence[ChatMessage],
        schema: dict[str, Any],
        schema_name: str,
        deadline: float,
    ) -> ModelReply:
        if self.json_schema_supported:
            strict: ResponseFormat = {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "strict": True, "schema": schema},
            }
            try:
                return self._send(messages, strict, deadline)
            except _JsonSchemaRejected as rejected:
                self.memory.rejected(self._memory_key, JSON_SCHEMA)
                log.info(
                    "%s rejected response_format json_schema (HTTP %s); using json_object "
                    "for this endpoint from now on",
                    self.endpoint,
                    rejected.status,
                )
        return self._send(messages, self._fallback_format(schema), deadline)

    def _fallback_format(self, schema: dict[str, Any]) -> ResponseFormat:
        """json_object; off OpenAI add "schema", which llama-cpp-python turns into a grammar."""
        if is_openai_url(self.settings.base_url):
            return {"type": "json_object"}
        # "schema" is a llama-cpp-python extension the SDK's types do not know; sent as-is.
        return cast(ResponseFormat, {"type": "json_object", "schema": schema})

    def _send(
        self,
        messages: Sequence[ChatMessage],
        fmt: ResponseFormat | None,
        deadline: float,
        max_tokens: int | None = None,
    ) -> ModelReply:
        left_s = deadline - self.clock()
        if left_s <= 0:
            raise self._out_of_time()
        extra: dict[str, Any] = {} if fmt is None else {"response_format": fmt}
        try:
            raw = self._client.chat.completions.with_raw_response.create(
                model=self.settings.model,
                messages=[cast(ChatCompletionMessageParam, dict(m)) for m in messages],
                temperature=0,
                max_tokens=max_tokens or self.max_tokens,
                timeout=min(self.settings.timeout_s, left_s),
                **extra,
            )
        except openai.APIStatusError as exc:
            if fmt is not None and fmt.get("type") == "json_schema" and _rejects_json_schema(exc):
                raise _JsonSchemaRejected(exc.status_code) from exc
            raise self._map_status(exc) from exc
        except openai.APITimeoutError as exc:
            raise self._out_of_time() from exc
        except openai.APIConnectionError as exc:
            cause = mask_userinfo(str(exc.__cause__ or exc))
            raise LLMConnectionError(
                f"Could not connect to {self.endpoint}: {cause}. Check that the server is "
                f"running and OPENAI_BASE_URL is right, {OFFLINE_HINT}."
            ) from exc
        except openai.OpenAIError as exc:
            raise LLMError(
                f"The OpenAI client failed: {mask_userinfo(str(exc))}. Retry, {OFFLINE_HINT}."
            ) from exc
        return self._reply(raw.http_response)

    def _out_of_time(self) -> LLMTimeoutError:
        return LLMTimeoutError(
            f"No answer from {self.endpoint} within the {self.settings.timeout_s:g} s time "
            "budget for one grade (retries included). A local server may still be loading or "
            f"too slow: raise the budget ({TIMEOUT_KNOBS}), check the server, {OFFLINE_HINT}."
        )

    def _reply(self, response: httpx2.Response) -> ModelReply:
        """The HTTP 200 body as a ModelReply, or LLMBadResponse saying what came instead."""
        problem, completion = _body_problem(response)
        if completion is None:
            raise LLMBadResponse(
                f"{self.endpoint} answered HTTP {response.status_code} with {problem}, not a "
                "chat completion. Check that OPENAI_BASE_URL points at an OpenAI-compatible "
                f"server and that the network reaches it, {OFFLINE_HINT}.",
                status=response.status_code,
            )
        message = completion.choices[0].message
        if message.refusal:
            raise LLMRefusal(
                f"The model refused to grade: {message.refusal!r}. Reword the response if it "
                f"contains something a model will not handle, {OFFLINE_HINT}."
            )
        usage = completion.usage or _Usage()
        return ModelReply(
            content=message.content or "",
            model=completion.model or self.settings.model,
            usage=Usage(
                prompt_tokens=usage.prompt_tokens or 0,
                completion_tokens=usage.completion_tokens or 0,
                total_tokens=usage.total_tokens or 0,
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
