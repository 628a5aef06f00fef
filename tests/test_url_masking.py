"""A base URL with credentials (http://user:secret@host/v1) is never shown or stored whole:
not by `trainer settings`, the Settings page, error messages, fallback_reason, stored grades,
stored attempt errors or the eval manifest. HAND-WRITTEN HTTP responses where a server is needed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx2
import pytest
from click.testing import CliRunner
from handwritten_http import Clock, Server, handwritten_error, make_model, wire_cli

from trainer.cli import main
from trainer.errors import ConfigError, LLMConnectionError
from trainer.evals import cassettes
from trainer.evals.cases import load_cases
from trainer.evals.runner import CaseResult
from trainer.grading import grader as grading
from trainer.grading.schema import GradeRequest
from trainer.settings import LLMSettings, mask_userinfo, resolve_llm_settings
from trainer.store import open_store

SECRET_URL = "http://alice:s3cr3t-pw@llm.internal:8080/v1"
MASKED = "http://***@llm.internal:8080/v1"
REQUEST = GradeRequest(statement="I failed my driving test again.", response="That sounds hard.")


def _clean(text: str) -> None:
    assert "s3cr3t-pw" not in text and "alice" not in text, text


@pytest.fixture
def secret_endpoint(monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", SECRET_URL)
    monkeypatch.setenv("TRAINER_MODEL", "m-1")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (SECRET_URL, MASKED),
        ("https://tok3n@h/v1?x=1", "https://***@h/v1?x=1"),
        ("http://u:p@ss@h/v1", "http://***@h/v1"),  # an unescaped @ in the password
        (f"Could not connect to {SECRET_URL}: refused", f"Could not connect to {MASKED}: refused"),
        ("http://127.0.0.1:8765/v1", "http://127.0.0.1:8765/v1"),
        ("write to me@example.com", "write to me@example.com"),
    ],
)
def test_mask_userinfo(text: str, shown: str) -> None:
    assert mask_userinfo(text) == shown


def test_trainer_settings_masks_the_base_url(
    secret_endpoint: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 's.db'}")
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 0, result.output
    assert MASKED in result.output
    _clean(result.output)


def test_configuration_errors_mask_the_base_url(tmp_path: Path) -> None:
    env = {"OPENAI_BASE_URL": "ftp://alice:s3cr3t-pw@host/v1"}
    with pytest.raises(ConfigError) as caught:
        resolve_llm_settings(env=env, secrets_path=tmp_path / "none.toml")
    _clean(str(caught.value))
    env = {"OPENAI_BASE_URL": SECRET_URL}
    with pytest.raises(ConfigError) as caught:
        resolve_llm_settings(env=env, secrets_path=tmp_path / "none.toml")
    _clean(str(caught.value))


def test_error_messages_and_fallback_reason_mask_the_base_url() -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError(f"handwritten: cannot reach {request.url}", request=request)

    model = make_model(Server(refuse, repeat=True), base_url=SECRET_URL)
    assert model.endpoint == MASKED
    with pytest.raises(LLMConnectionError) as caught:
        grading.grade(REQUEST, "llm", model)
    assert MASKED in str(caught.value)
    _clean(str(caught.value))
    fallback = grading.grade(REQUEST, "auto", model)
    assert MASKED in (fallback.metadata.fallback_reason or "")
    _clean(fallback.model_dump_json())


def test_batch_output_and_stored_attempt_errors_mask_the_base_url(
    secret_endpoint: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Server(handwritten_error(401, "Incorrect API key provided"), repeat=True)
    wire_cli(monkeypatch, server, Clock())
    line = json.dumps({"id": 1, "statement": REQUEST.statement, "response": REQUEST.response})
    result = CliRunner().invoke(main, ["grade", "--input", "-"], input=line + "\n")
    assert result.exit_code == 0 and MASKED in result.stdout
    _clean(result.output)

    db = f"sqlite:///{tmp_path / 'p.db'}"
    monkeypatch.setenv("DATABASE_URL", db)
    result = CliRunner().invoke(
        main,
        ["practice", "--scenario", "work_stress-001", "--grader", "llm"],
        input="You sound swamped.\n\n",
    )
    assert result.exit_code == 0 and MASKED in result.stderr
    _clean(result.output)
    store = open_store(db)
    (attempt,) = store.attempts(store.default_learner())
    assert attempt.status == "failed" and MASKED in (attempt.error or "")
    _clean(attempt.model_dump_json())


def test_the_eval_manifest_masks_the_base_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run_case(case: object, *args: object, **kwargs: object) -> CaseResult:
        return CaseResult(case=case, error_code="llm_auth", error_message="refused")  # type: ignore[arg-type]

    monkeypatch.setattr(cassettes, "run_case", run_case)
    settings = LLMSettings(api_key=None, base_url=SECRET_URL, model="m-1")
    manifest, _ = cassettes.record_cases(load_cases()[:2], settings, root=tmp_path)
    written = (tmp_path / "m-1" / cassettes.MANIFEST).read_text(encoding="utf-8")
    assert manifest.base_url == MASKED
    _clean(written)


def test_the_settings_page_masks_the_base_url(
    secret_endpoint: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    import trainer.ui.state as ui_state

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    ui_state._model.clear()
    app = Path(__file__).resolve().parent.parent / "app.py"
    at = AppTest.from_file(str(app), default_timeout=60)
    at.run()
    at.switch_page("trainer/ui/pages/settings.py").run()
    assert not at.exception, at.exception
    shown = "\n".join(m.value for m in at.markdown)
    # what a reader sees: markdown escapes and invisible word joiners undone
    shown = re.sub(r"\\(.)", r"\1", shown).replace("\u2060", "")
    assert MASKED in shown
    _clean(shown)
    ui_state._model.clear()


def test_secret_query_values_are_masked_too() -> None:
    """A key passed as ?api_key=... is a credential like user:password@; other values stay."""
    from trainer.settings import mask_userinfo

    shown = mask_userinfo(
        "at http://user:s3cr3t-pw@h:9/v1?api_key=s3cr3t-pw&x=1&token=s3cr3t-pw now"
    )
    _clean(shown)
    assert shown == "at http://***@h:9/v1?api_key=***&x=1&token=*** now"
    assert mask_userinfo("http://127.0.0.1:8765/v1") == "http://127.0.0.1:8765/v1"


@pytest.mark.parametrize("url", ["http://alice:s3cr3t-pw@[::1", "http://127.0.0.1:abc/v1"])
def test_an_unreadable_base_url_is_a_config_error_not_a_traceback(url: str) -> None:
    from trainer.errors import ConfigError
    from trainer.settings import resolve_llm_settings

    with pytest.raises(ConfigError, match="cannot be read") as caught:
        resolve_llm_settings(base_url=url, model="m-1", env={}, secrets_path=Path("/nonexistent"))
    _clean(str(caught.value))
    result = CliRunner().invoke(main, ["grade", "S", "R", "--base-url", url, "--model", "m"])
    assert result.exit_code == 2 and "cannot be read" in result.output
    assert not isinstance(result.exception, ValueError)
