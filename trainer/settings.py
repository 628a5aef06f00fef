"""Where the LLM grader's key, endpoint and model come from: one resolver, one stated order."""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal
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
# A query value whose name says it is a secret (`?api_key=...`) is masked like user:password@.
_SECRET_QUERY = re.compile(
    r"(?i)([?&](?:[a-z_-]*(?:key|token|secret|password|passwd|pwd|auth|sig|signature|code)"
    r"[a-z_-]*)=)[^&#\s]*"
)


def mask_userinfo(text: str) -> str:
    """`text` with the user:password@ of every URL in it replaced by ***@, and secret-named query
    values (`?api_key=`, `&token=`) by ***: for anything shown, logged or stored (a base URL may
    carry credentials; the client still gets the real one)."""
    return _SECRET_QUERY.sub(r"\1***", _USERINFO.sub(r"\1***@", text))


# Where a setting came from, in the resolver's order: an explicit argument (a CLI flag, the
# Settings page's override), the environment, the secrets file, or the built-in default.
Source = Literal["flag", "env", "secrets", "default"]
SettingName = Literal["api_key", "base_url", "model", "timeout_s"]
SETTING_NAMES: tuple[SettingName, ...] = ("api_key", "base_url", "model", "timeout_s")
ENV_NAMES: dict[SettingName, str] = {
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "TRAINER_MODEL",
    "timeout_s": TIMEOUT_ENV,
}
LABELS: dict[SettingName, str] = {
    "api_key": "API key",
    "base_url": "Base URL",
    "model": "Model",
    "timeout_s": "Time budget",
}


class SettingSources(BaseModel):
    """Which place decided each LLM setting, so a summary can say it in words."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    api_key: Source
    base_url: Source
    model: Source
    timeout_s: Source
    secrets_path: str


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
    sources: SettingSources | None = Field(
        default=None, description="set by resolve_llm_settings; None when built directly"
    )


def _first(*values: str | None) -> str | None:
    """The first value that is set and not blank (an empty env var counts as unset)."""
    return _first_of(*(("flag", v) for v in values))[0]


def _first_of(*candidates: tuple[Source, str | None]) -> tuple[str | None, Source]:
    """The first set, non-blank value and the place it came from ("default" when none is)."""
    for source, value in candidates:
        if value is not None and value.strip():
            return value.strip(), source
    return None, "default"


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
    flags: dict[SettingName, str | None] = {
        "api_key": api_key,
        "base_url": base_url,
        "model": model,
    }
    found = {
        setting: _first_of(
            ("flag", flag), ("env", env.get(ENV_NAMES[setting])), ("secrets", secrets.get(setting))
        )
        for setting, flag in flags.items()
    }
    (key, _), (url, _), (name, _) = found["api_key"], found["base_url"], found["model"]
    if key is None and url is None:
        return None
    budget, budget_from = _budget(timeout_s, env, secrets, secrets_path, default_timeout_s)
    sources = SettingSources(
        api_key=found["api_key"][1],
        base_url=found["base_url"][1],
        model=found["model"][1],
        timeout_s=budget_from,
        secrets_path=str(secrets_path),
    )
    if url is not None:
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - parsing the port is what finds "host:abc"
        except ValueError as exc:
            raise ConfigError(
                f"base URL {mask_userinfo(url)!r} cannot be read ({exc}); set OPENAI_BASE_URL to "
                "e.g. http://127.0.0.1:8765/v1, or unset it to use api.openai.com."
            ) from exc
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
    return LLMSettings(
        api_key=SecretStr(key), base_url=url, model=name, timeout_s=budget, sources=sources
    )


def _budget(
    flag: float | None,
    env: Mapping[str, str],
    secrets: Mapping[str, str],
    secrets_path: Path,
    default: float,
) -> tuple[float, Source]:
    """The time budget per grade: the flag, then TRAINER_LLM_TIMEOUT, then the secrets file."""
    if flag is not None:
        return _seconds(str(flag), "--timeout"), "flag"
    from_env = _first(env.get(TIMEOUT_ENV))
    if from_env is not None:
        return _seconds(from_env, TIMEOUT_ENV), "env"
    from_secrets = _first(secrets.get("timeout_s"))
    if from_secrets is not None:
        return _seconds(from_secrets, f"[llm].timeout_s in {secrets_path}"), "secrets"
    return default, "default"


def where_from(settings: LLMSettings, setting: SettingName, flag: str = "a flag") -> str:
    """In words, the place that decided `setting`, e.g. "from the environment (TRAINER_MODEL)"
    (`flag` names the caller's own override: a command-line flag, the Settings page)."""
    if settings.sources is None:
        return "given directly"
    source = getattr(settings.sources, setting)
    if source == "flag":
        return f"from {flag}"
    if source == "env":
        return f"from the environment ({ENV_NAMES[setting]})"
    if source == "secrets":
        return f"from [llm].{setting} in {settings.sources.secrets_path}"
    return {
        "api_key": "not needed (a local server; a placeholder key is sent)",
        "base_url": "the default (api.openai.com)",
        "model": f"the default ({DEFAULT_MODEL})",
        "timeout_s": "the default",
    }[setting]


def describe_sources(settings: LLMSettings, flag: str = "a flag") -> list[str]:
    """One line per setting: which source decided it (the key's value is never included)."""
    return [f"{LABELS[s]}: {where_from(settings, s, flag)}" for s in SETTING_NAMES]
