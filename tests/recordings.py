"""Shared by the tests that replay real model recordings (tests/cassettes/): open one
cassette with a real client, check it was recorded from the current prompt, and fail with the
re-record command when it no longer matches. Recording happens only with TRAINER_RECORD=1."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import LLM_ENV_AT_START
from pydantic import SecretStr
from vcr.cassette import Cassette
from vcr.errors import CannotOverwriteExistingCassetteException

from trainer.errors import LLMError
from trainer.evals.cassettes import recorder, vcr_miss
from trainer.llm.openai_chat import OpenAIChatModel
from trainer.settings import LLMSettings

CASSETTES = Path(__file__).parent / "cassettes"
RECORD = os.environ.get("TRAINER_RECORD") == "1"
LOCAL_URL = "http://127.0.0.1:8765/v1"


def rerecord(test_file: str) -> str:
    return (
        "OPENAI_BASE_URL=http://127.0.0.1:8765/v1 TRAINER_MODEL=local TRAINER_RECORD=1 "
        f".venv/bin/python -m pytest {test_file} (server: scripts/local_llm_server.sh)"
    )


def body(response: dict[str, Any]) -> dict[str, Any]:
    raw = response["body"]["string"]
    data: dict[str, Any] = json.loads(raw.decode() if isinstance(raw, bytes) else raw)
    return data


@contextmanager
def recording(
    name: str, prompt_hash: str, what_changed: str, test_file: str
) -> Iterator[tuple[Cassette, OpenAIChatModel]]:
    """A real client inside cassette `name`. Fails (never silently falls back) when the
    cassette is missing, was recorded from another prompt, lacks a request the code now makes,
    or holds one it no longer makes."""
    path = CASSETTES / name
    again = rerecord(test_file)
    if RECORD:
        path.unlink(missing_ok=True)  # "all" would keep stale interactions beside new ones
    elif not path.exists():
        pytest.fail(f"{name} was never recorded: record it with {again}")
    try:
        with recorder(CASSETTES, RECORD).use_cassette(path.name) as cassette:
            recorded = cassette.get_metadata("prompt_hash", prompt_hash)
            if recorded != prompt_hash:
                pytest.fail(
                    f"{what_changed} changed since {name} was recorded (hash {recorded!r}, "
                    f"now {prompt_hash!r}): re-record with {again}"
                )
            settings = LLMSettings(
                api_key=SecretStr("not-needed"),
                base_url=cassette.get_metadata(
                    "base_url", LLM_ENV_AT_START.get("OPENAI_BASE_URL", LOCAL_URL)
                ),
                model=cassette.get_metadata(
                    "model", LLM_ENV_AT_START.get("TRAINER_MODEL", "local")
                ),
                timeout_s=600,
                max_attempts=1,
            )
            yield cassette, OpenAIChatModel(settings)
    except (LLMError, CannotOverwriteExistingCassetteException) as exc:
        if not vcr_miss(exc):
            raise
        pytest.fail(f"{name} has no recording for this request: re-record with {again}\n{exc}")
    if not RECORD:
        assert cassette.all_played, f"{name} has interactions the code no longer makes"
