"""Which model a command or page grades with, decided once from settings (no request is made)."""

from __future__ import annotations

import pytest

from trainer.errors import ConfigError
from trainer.llm.choice import choose_model
from trainer.llm.openai_chat import OpenAIChatModel

pytestmark = pytest.mark.usefixtures("no_secrets_file")


def test_offline_never_reads_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert choose_model("offline") is None


def test_auto_with_nothing_configured_is_offline() -> None:
    assert choose_model("auto") is None


def test_llm_with_nothing_configured_says_what_to_set() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        choose_model("llm")


def test_auto_with_a_local_server_builds_a_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8765/v1")
    monkeypatch.setenv("TRAINER_MODEL", "local")
    model = choose_model("auto")
    assert isinstance(model, OpenAIChatModel)
    assert model.name == "local"


def test_flags_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8765/v1")
    monkeypatch.setenv("TRAINER_MODEL", "local")
    model = choose_model("llm", model="other", base_url="http://127.0.0.1:9999/v1")
    assert model is not None and model.name == "other"
