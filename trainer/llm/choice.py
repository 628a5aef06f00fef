"""Which chat model, if any, a command or page grades with: resolved once, shared by CLI and app."""

from __future__ import annotations

from typing import Literal

from trainer.errors import ConfigError
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.model import ChatModel

# offline: never a model; llm: a model or an error; auto: a model when one is configured.
GraderChoice = Literal["offline", "llm", "auto"]
ENDPOINTS_FILE = "llm-endpoints.json"


def choose_model(
    grader: GraderChoice,
    *,
    model: str | None = None,
    base_url: str | None = None,
    timeout_s: float | None = None,
    breaker: CircuitBreaker | None = None,
) -> ChatModel | None:
    """A client for `llm`/`auto` when an LLM is configured; None means grade offline.

    `llm` without configuration is an error here, before any case is read, rather than once per
    case. The OpenAI modules are imported only on this path so offline grading never loads them.
    A run (a batch, an eval, a practice session) passes its one `breaker`.
    """
    if grader == "offline":
        return None
    from trainer.llm.endpoints import shared_memory
    from trainer.llm.openai_chat import OpenAIChatModel
    from trainer.settings import resolve_llm_settings
    from trainer.store.db import data_dir

    settings = resolve_llm_settings(model=model, base_url=base_url, timeout_s=timeout_s)
    if settings is None:
        if grader == "llm":
            raise ConfigError(
                "--grader llm needs a model endpoint, and none is configured: set "
                "OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (a compatible server), or an [llm] "
                "table in .streamlit/secrets.toml; or use --grader offline."
            )
        return None
    # what the endpoint rejected before (json_schema on llama.cpp) is not asked again
    memory = shared_memory(data_dir() / ENDPOINTS_FILE)
    return OpenAIChatModel(settings, breaker=breaker, memory=memory)
