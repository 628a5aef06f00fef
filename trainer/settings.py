"""Where the LLM grader's key, endpoint and model come from: one resolver, one stated order."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from trainer.errors import ConfigError

DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_HOST = "api.openai.com"
# Local OpenAI-compatible servers (llama.cpp, Ollama, vLLM) ignore the key but the SDK wants one.
PLACEHOLDER_KEY = "not-needed"
SECRETS_KEYS = ("api_key", "base_url", "model")


class LLMSettings(BaseModel):
    """Everything needed to reach a chat model; the key never shows in repr or logs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    api_key: SecretStr | None
    base_url: str | None = Field(description="None means the SDK default, api.openai.com")
    model: str
    timeout_s: float = Field(default=60.0, gt=0)
    max_attempts: int = Field(default=4, ge=1, le=10)


def _first(*values: str | None) -> str | None:
    """The first value that is set and not blank (an empty env var counts as unset)."""
    for value in values:
        if value is not None and value.strip():
            return value.strip()
    return None


def _read_secrets(path: Path) -> dict[str, str]:
    """The [llm] table of a Streamlit secrets file; a missing file is simply no secrets."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}. Fix its permissions or remove it.") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}. Fix the file or remove it.") from exc
    table = data.get("llm", {})
    if not isinstance(table, dict):
        raise ConfigError(
            f"{path}: 'llm' must be a table ([llm] with api_key, base_url, model), "
            f"got {type(table).__name__}."
        )
    unknown = sorted(set(table) - set(SECRETS_KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown keys in [llm]: {unknown}; the known keys are {list(SECRETS_KEYS)}."
        )
    out: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(value, str):
            raise ConfigError(f"{path}: [llm].{key} must be a string, got {value!r}.")
        out[key] = value
    return out


def is_openai_url(base_url: str | None) -> bool:
    """None means the SDK default, which is OpenAI itself."""
    return base_url is None or urlsplit(base_url).hostname == OPENAI_HOST


def resolve_llm_settings(
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    env: Mapping[str, str] = os.environ,
    secrets_path: Path = Path(".streamlit/secrets.toml"),
) -> LLMSettings | None:
    """Decide the LLM settings, or None (grade offline) when no key and no base URL are set.

    Each of api_key, base_url and model is taken from the first place that sets it:
      1. the explicit argument (CLI flag, test);
      2. the environment: OPENAI_API_KEY, OPENAI_BASE_URL, TRAINER_MODEL;
      3. the [llm] table of .streamlit/secrets.toml (api_key, base_url, model);
      4. defaults: model gpt-4o-mini on api.openai.com; with a base URL but no key, the
         placeholder key "not-needed" (local servers ignore it).
    A non-OpenAI base URL with no model configured is an error, not a guess.
    """
    secrets = _read_secrets(secrets_path)
    key = _first(api_key, env.get("OPENAI_API_KEY"), secrets.get("api_key"))
    url = _first(base_url, env.get("OPENAI_BASE_URL"), secrets.get("base_url"))
    name = _first(model, env.get("TRAINER_MODEL"), secrets.get("model"))
    if key is None and url is None:
        return None
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(
                f"base URL {url!r} is not an http(s) URL; set OPENAI_BASE_URL to e.g. "
                "http://127.0.0.1:8765/v1, or unset it to use api.openai.com."
            )
        url = url.rstrip("/")
    if name is None:
        if not is_openai_url(url):
            raise ConfigError(
                f"base URL {url!r} is set but no model is: set TRAINER_MODEL (or [llm].model in "
                f"{secrets_path}) to a model that server serves, e.g. 'local'."
            )
        name = DEFAULT_MODEL
    if key is None:
        if is_openai_url(url):
            raise ConfigError(
                f"base URL {url!r} is api.openai.com but no API key is set: set OPENAI_API_KEY "
                f"(or [llm].api_key in {secrets_path}), or use --grader offline."
            )
        key = PLACEHOLDER_KEY
    return LLMSettings(api_key=SecretStr(key), base_url=url, model=name)
