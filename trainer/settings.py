"""Where the LLM grader's key, endpoint and model come from: one resolver, one stated order."""

from __future__ import annotations

import math
import os
import re
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
SECRETS_KEYS = ("api_key", "base_url", "model", "timeout_s")
# One time budget per grade, every request, retry and wait included: long enough for a small
# local model to answer, short enough that a hanging server does not hold a learner for minutes.
DEFAULT_TIMEOUT_S = 30.0
RECORD_TIMEOUT_S = 180.0  # `trainer eval record` waits for a slow local server on purpose
MAX_TIMEOUT_S = 3600.0
TIMEOUT_ENV = "TRAINER_LLM_TIMEOUT"
TIMEOUT_KNOBS = f"--timeout, {TIMEOUT_ENV} or [llm].timeout_s in .streamlit/secrets.toml"
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s]*@")


def mask_userinfo(text: str) -> str:
    """`text` with the user:password@ of every URL in it replaced by ***@: for anything shown,
    logged or stored (a base URL may carry credentials; the client still gets the real one)."""
    return _USERINFO.sub(r"\1***@", text)


class LLMSettings(BaseModel):
    """Everything needed to reach a chat model; the key never shows in repr or logs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    api_key: SecretStr | None
    base_url: str | None = Field(description="None means the SDK default, api.openai.com")
    model: str
    timeout_s: float = Field(
        default=DEFAULT_TIMEOUT_S, gt=0, description="time budget for one grade, retries included"
    )
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
        if key == "timeout_s" and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ConfigError(f"{path}: [llm].{key} must be a string, got {value!r}.")
        out[key] = value
    return out


def _seconds(value: str, where: str) -> float:
    """A time budget as written in a flag, the environment or the secrets file."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (0 < seconds <= MAX_TIMEOUT_S):
        raise ConfigError(
            f"{where} is {value!r}; it must be a number of seconds between 0 and "
            f"{MAX_TIMEOUT_S:g} (the time budget for one grade, retries included), e.g. 30."
        )
    return seconds


def is_openai_url(base_url: str | None) -> bool:
    """None means the SDK default, which is OpenAI itself."""
    return base_url is None or urlsplit(base_url).hostname == OPENAI_HOST


def resolve_llm_settings(
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    env: Mapping[str, str] = os.environ,
    secrets_path: Path = Path(".streamlit/secrets.toml"),
    *,
    timeout_s: float | None = None,
    default_timeout_s: float = DEFAULT_TIMEOUT_S,
) -> LLMSettings | None:
    """Decide the LLM settings, or None (grade offline) when no key and no base URL are set.

    Each of api_key, base_url, model and timeout_s is taken from the first place that sets it:
      1. the explicit argument (CLI flag, test);
      2. the environment: OPENAI_API_KEY, OPENAI_BASE_URL, TRAINER_MODEL, TRAINER_LLM_TIMEOUT;
      3. the [llm] table of .streamlit/secrets.toml (api_key, base_url, model, timeout_s);
      4. defaults: model gpt-4o-mini on api.openai.com; with a base URL but no key, the
         placeholder key "not-needed" (local servers ignore it); a time budget of
         `default_timeout_s` per grade (30 s; `eval record` passes a longer one).
    A non-OpenAI base URL with no model configured is an error, not a guess.
    """
    secrets = _read_secrets(secrets_path)
    key = _first(api_key, env.get("OPENAI_API_KEY"), secrets.get("api_key"))
    url = _first(base_url, env.get("OPENAI_BASE_URL"), secrets.get("base_url"))
    name = _first(model, env.get("TRAINER_MODEL"), secrets.get("model"))
    if key is None and url is None:
        return None
    budget = _budget(timeout_s, env, secrets, secrets_path, default_timeout_s)
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(
                f"base URL {mask_userinfo(url)!r} is not an http(s) URL; set OPENAI_BASE_URL to "
                "e.g. http://127.0.0.1:8765/v1, or unset it to use api.openai.com."
            )
        url = url.rstrip("/")
    shown = mask_userinfo(url) if url is not None else None
    if name is None:
        if not is_openai_url(url):
            raise ConfigError(
                f"base URL {shown!r} is set but no model is: set TRAINER_MODEL (or [llm].model "
                f"in {secrets_path}) to a model that server serves, e.g. 'local'."
            )
        name = DEFAULT_MODEL
    if key is None:
        if is_openai_url(url):
            raise ConfigError(
                f"base URL {shown!r} is api.openai.com but no API key is set: set "
                f"OPENAI_API_KEY (or [llm].api_key in {secrets_path}), or use --grader offline."
            )
        key = PLACEHOLDER_KEY
    return LLMSettings(api_key=SecretStr(key), base_url=url, model=name, timeout_s=budget)


def _budget(
    flag: float | None,
    env: Mapping[str, str],
    secrets: Mapping[str, str],
    secrets_path: Path,
    default: float,
) -> float:
    """The time budget per grade: the flag, then TRAINER_LLM_TIMEOUT, then the secrets file."""
    if flag is not None:
        return _seconds(str(flag), "--timeout")
    from_env = _first(env.get(TIMEOUT_ENV))
    if from_env is not None:
        return _seconds(from_env, TIMEOUT_ENV)
    from_secrets = _first(secrets.get("timeout_s"))
    if from_secrets is not None:
        return _seconds(from_secrets, f"[llm].timeout_s in {secrets_path}")
    return default
