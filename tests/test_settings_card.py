"""The configured model's validity card on the Settings page and in `trainer settings`, or
"not measured yet" with the one command that measures it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_view import shown
from streamlit.testing.v1 import AppTest

import trainer.ui.state as ui_state
from trainer.cli import main
from trainer.evals.card_files import load_card

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"


@pytest.fixture(autouse=True)
def _project_evals(no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run away from the project, its evals/ folder (and the committed cards) named."""
    monkeypatch.setenv("TRAINER_EVALS_DIR", str(ROOT / "evals"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    ui_state._model.clear()


def _local(monkeypatch: pytest.MonkeyPatch, model: str = "local") -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8765/v1")
    monkeypatch.setenv("TRAINER_MODEL", model)


def _settings_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.switch_page("trainer/ui/pages/settings.py").run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> str:
    """What a reader sees: Markdown as rendered, code blocks as they are."""
    parts = [shown(m.value) for m in [*at.markdown, *at.caption, *at.warning]]
    return "\n".join([*parts, *(c.value for c in at.code)])


def test_settings_cli_shows_the_local_models_card_in_words_and_numbers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _local(monkeypatch)
    card = load_card("local", ROOT / "evals" / "cards")
    assert card is not None
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 0, result.output
    ba = card.rubrics["validation"]["report"].balanced_accuracy
    assert f"validation     BA {ba:.2f}" in result.output
    assert "agrees with careful human labels on the report part" in result.output
    assert card.trust is not None
    if card.trust.model_items:  # what auto does follows the card, said in words
        assert "Under --grader auto the model answers whether it" in result.output
    else:
        assert "Under --grader auto the offline rules answer every item" in result.output
    assert "not measured yet" not in result.output


def test_settings_cli_says_not_measured_with_the_one_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _local(monkeypatch, "qwen2.5-7b-instruct")
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 0, result.output
    assert (
        "qwen2.5-7b-instruct: not measured yet — run: "
        "trainer eval run --grader llm --model qwen2.5-7b-instruct"
    ) in result.output


def test_settings_cli_without_a_model_shows_the_offline_rules_card() -> None:
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 0, result.output
    assert "Validity card for offline-rules-1" in result.output
    assert "The offline rules agree with careful human labels" in result.output


def test_settings_page_shows_the_configured_models_card(monkeypatch: pytest.MonkeyPatch) -> None:
    _local(monkeypatch)
    at = _settings_page()
    seen = _texts(at)
    assert "The model local agrees with careful human labels" in seen
    card = load_card("local", ROOT / "evals" / "cards")
    assert card is not None
    (table,) = at.table
    row = table.value.set_index("rubric").loc["validation"]
    assert (
        row["report: balanced acc."]
        == f"{card.rubrics['validation']['report'].balanced_accuracy:.2f}"
    )
    assert "auto mix, report BA" in table.value.columns
    assert "Validity card for local" in seen
    assert "not measured yet" not in seen


def test_settings_page_says_not_measured_yet_with_the_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _local(monkeypatch, "my-model")
    at = _settings_page()
    seen = _texts(at)
    assert "not measured yet" in seen
    assert "my-model: not measured yet — run: trainer eval run --grader llm" in seen
    assert "trainer eval run --grader llm --model my-model" in [c.value for c in at.code]


def test_settings_page_without_a_model_shows_the_offline_card() -> None:
    seen = _texts(_settings_page())
    assert "The offline rules agree with careful human labels" in seen


def test_no_form_on_the_settings_page_reuses_a_page_state_key() -> None:
    """A form keyed like a page-state entry made the page raise in a real browser
    (StreamlitValueAssignmentNotAllowedError: st.session_state['llm_choice'] is read-only)."""
    import ast

    from trainer.ui import page_state

    keys = {v for k, v in vars(page_state).items() if k.endswith("_KEY") and isinstance(v, str)}
    page = ROOT / "trainer" / "ui" / "pages" / "settings.py"
    forms = [
        node.args[0].value
        for node in ast.walk(ast.parse(page.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "form"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert "llm_choice" in keys and forms
    assert not set(forms) & keys, set(forms) & keys
