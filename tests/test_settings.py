"""resolve_llm_settings: argument > environment > secrets.toml > defaults, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.errors import ConfigError
from trainer.settings import (
    DEFAULT_MODEL,
    PLACEHOLDER_KEY,
    LLMSettings,
    describe_sources,
    resolve_llm_settings,
    where_from,
)


def _secrets(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "secrets.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _key(settings: LLMSettings | None) -> str | None:
    assert settings is not None
    return settings.api_key.get_secret_value() if settings.api_key else None


def test_nothing_configured_means_offline(tmp_path: Path) -> None:
    assert resolve_llm_settings(env={}, secrets_path=tmp_path / "missing.toml") is None


def test_blank_environment_values_count_as_unset(tmp_path: Path) -> None:
    env = {"OPENAI_API_KEY": "  ", "OPENAI_BASE_URL": ""}
    assert resolve_llm_settings(env=env, secrets_path=tmp_path / "missing.toml") is None


def test_key_only_uses_openai_and_the_default_model(tmp_path: Path) -> None:
    settings = resolve_llm_settings(
        env={"OPENAI_API_KEY": "sk-env"}, secrets_path=tmp_path / "missing.toml"
    )
    assert settings is not None
    assert (settings.base_url, settings.model, _key(settings)) == (None, DEFAULT_MODEL, "sk-env")


def test_argument_beats_environment_beats_secrets(tmp_path: Path) -> None:
    secrets = _secrets(
        tmp_path,
        '[llm]\napi_key = "sk-file"\nbase_url = "http://file:1/v1"\nmodel = "file-model"\n',
    )
    env = {"OPENAI_API_KEY": "sk-env", "TRAINER_MODEL": "env-model"}
    settings = resolve_llm_settings(api_key="sk-arg", env=env, secrets_path=secrets)
    assert settings is not None
    assert _key(settings) == "sk-arg"  # argument
    assert settings.model == "env-model"  # environment
    assert settings.base_url == "http://file:1/v1"  # secrets file


def test_secrets_file_alone_is_enough(tmp_path: Path) -> None:
    secrets = _secrets(tmp_path, '[llm]\napi_key = "sk-file"\n')
    assert _key(resolve_llm_settings(env={}, secrets_path=secrets)) == "sk-file"


def test_local_base_url_without_key_gets_a_placeholder_key(tmp_path: Path) -> None:
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:8765/v1/", "TRAINER_MODEL": "local"}
    settings = resolve_llm_settings(env=env, secrets_path=tmp_path / "missing.toml")
    assert settings is not None
    assert settings.base_url == "http://127.0.0.1:8765/v1"
    assert _key(settings) == PLACEHOLDER_KEY


def test_key_is_hidden_in_repr(tmp_path: Path) -> None:
    settings = resolve_llm_settings(api_key="sk-secret-123", env={}, secrets_path=tmp_path / "x")
    assert "sk-secret-123" not in repr(settings)
    assert "sk-secret-123" not in str(settings)


def test_local_base_url_without_model_is_an_error_naming_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TRAINER_MODEL"):
        resolve_llm_settings(
            base_url="http://127.0.0.1:8765/v1", env={}, secrets_path=tmp_path / "x"
        )


def test_openai_base_url_without_key_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        resolve_llm_settings(
            base_url="https://api.openai.com/v1", env={}, secrets_path=tmp_path / "x"
        )


def test_base_url_must_be_http(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'localhost:8765'"):
        resolve_llm_settings(
            base_url="localhost:8765", model="m", env={}, secrets_path=tmp_path / "x"
        )


def test_unreadable_secrets_path_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        resolve_llm_settings(env={}, secrets_path=tmp_path)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[llm\n", "not valid TOML"),
        ('llm = "sk-x"\n', "must be a table"),
        ('[llm]\napi_kye = "sk-x"\n', "unknown keys in \\[llm\\]: \\['api_kye'\\]"),
        ("[llm]\nmodel = 4\n", "must be a string"),
    ],
)
def test_bad_secrets_file_says_what_is_wrong(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        resolve_llm_settings(env={}, secrets_path=_secrets(tmp_path, body))


def test_each_setting_says_which_source_decided_it(tmp_path: Path) -> None:
    secrets = _secrets(tmp_path, '[llm]\nmodel = "file-model"\ntimeout_s = 12\n')
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:8765/v1"}
    settings = resolve_llm_settings(env=env, secrets_path=secrets)
    assert settings is not None and settings.sources is not None
    sources = settings.sources
    assert (sources.api_key, sources.base_url, sources.model, sources.timeout_s) == (
        "default", "env", "secrets", "secrets",
    )  # fmt: skip
    words = describe_sources(settings)
    assert words[0].startswith("API key: not needed")
    assert words[1] == "Base URL: from the environment (OPENAI_BASE_URL)"
    assert words[2] == f"Model: from [llm].model in {secrets}"
    flagged = resolve_llm_settings(
        api_key="sk-arg", model="m", timeout_s=5, env={}, secrets_path=tmp_path / "none.toml"
    )
    assert flagged is not None
    assert where_from(flagged, "api_key", flag="the --key flag") == "from the --key flag"
    assert where_from(flagged, "base_url") == "the default (api.openai.com)"
    assert "sk-arg" not in " ".join(describe_sources(flagged))
