"""Shared test setup: no network, and no real LLM settings leaking in from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import pytest

# Settings that would point a test at a real endpoint or move the prompts.
_LEAKY_PREFIXES = ("OPENAI_",)
_LEAKY_NAMES = ("TRAINER_MODEL", "TRAINER_PROMPTS_DIR")


def _leaky(name: str) -> bool:
    return name.startswith(_LEAKY_PREFIXES) or name in _LEAKY_NAMES


# What the developer's shell had, for the one kind of test that needs it on purpose: recording
# cassettes against a local server (OPENAI_BASE_URL=... TRAINER_RECORD=1 pytest ...).
LLM_ENV_AT_START: Mapping[str, str] = MappingProxyType(
    {k: v for k, v in os.environ.items() if _leaky(k)}
)


@pytest.fixture(autouse=True)
def _clean_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop OPENAI_*, TRAINER_MODEL and TRAINER_PROMPTS_DIR so a developer's key never reaches a
    test (sockets are off too, via --disable-socket); tests that need a value set it themselves."""
    for name in list(os.environ):
        if _leaky(name):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
def no_secrets_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty directory so a developer's .streamlit/secrets.toml is not read."""
    monkeypatch.chdir(tmp_path)
