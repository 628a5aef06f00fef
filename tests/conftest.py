"""Shared test setup: no network, and no real LLM settings leaking in from the environment."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

import pytest

# Settings that would point a test at a real endpoint or move the prompts or the evals.
_LEAKY_PREFIXES = ("OPENAI_",)
_LEAKY_NAMES = ("TRAINER_MODEL", "TRAINER_PROMPTS_DIR", "TRAINER_EVALS_DIR", "TRAINER_LLM_TIMEOUT")


def _leaky(name: str) -> bool:
    return name.startswith(_LEAKY_PREFIXES) or name in _LEAKY_NAMES


# What the developer's shell had, for the one kind of test that needs it on purpose: recording
# cassettes against a local server (OPENAI_BASE_URL=... TRAINER_RECORD=1 pytest ...).
LLM_ENV_AT_START: Mapping[str, str] = MappingProxyType(
    {k: v for k, v in os.environ.items() if _leaky(k)}
)


@pytest.fixture(autouse=True)
def _clean_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop OPENAI_*, TRAINER_MODEL, TRAINER_PROMPTS_DIR and TRAINER_EVALS_DIR so a developer's
    key or folders never reach a test (sockets are off too, via --disable-socket); tests that need a value set it themselves."""
    for name in list(os.environ):
        if _leaky(name):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
def no_secrets_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty directory so a developer's .streamlit/secrets.toml is not read."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def app_db(no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """For a page run in AppTest: its own SQLite database, and no model unless the test installs
    one (the UI's cached model is cleared before and after). Yields the database URL."""
    import trainer.ui.state as ui_state

    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    ui_state._model.clear()
    yield url
    ui_state._model.clear()


# ---- the attempts store, on SQLite and (when a server is given) PostgreSQL -----------------
POSTGRES_URL = os.environ.get("TRAINER_TEST_POSTGRES_URL")
IN_CI = bool(os.environ.get("CI"))


def _fresh_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, or the test PostgreSQL server wiped clean. In CI the
    PostgreSQL run may not be skipped (.ci/run starts the server)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'trainer.db'}"
    if not POSTGRES_URL:
        if IN_CI:
            pytest.fail("TRAINER_TEST_POSTGRES_URL is not set in CI; .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL: set TRAINER_TEST_POSTGRES_URL (scripts/postgres_for_tests.sh)")
    _fresh_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def store(db_url: str):  # type: ignore[no-untyped-def]
    from trainer.store import open_store

    s = open_store(db_url)
    yield s
    s.engine.dispose()


@pytest.fixture
def prompts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of prompts/ that a test may edit; the loader reads it instead of the real one."""
    from trainer.prompts import prompts_dir

    copy = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), copy)
    monkeypatch.setenv("TRAINER_PROMPTS_DIR", str(copy))
    return copy
