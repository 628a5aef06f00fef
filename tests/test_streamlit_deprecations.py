"""The pages use Streamlit's current API: no deprecation warning in the log (e.g.
"`use_container_width` will be removed after 2025-12-31"; `width=` replaces it)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from trainer.partner.conversation import start
from trainer.partner.practice import practice_turn
from trainer.partner.scenarios.bank import load_bank
from trainer.store import open_store

ROOT = Path(__file__).resolve().parent.parent
HEARD = "You sound swamped, and it stung that I didn't ask about your day. Is that it?"


def test_no_page_uses_use_container_width() -> None:
    sources = [ROOT / "app.py", *sorted((ROOT / "trainer").rglob("*.py"))]
    assert [p.name for p in sources if "use_container_width" in p.read_text()] == []


def test_the_pages_log_no_deprecation_warning(
    no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'dep.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store = open_store(url)
    practice_turn(store, store.default_learner(), start(load_bank().get("work_stress-001")), HEARD)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("streamlit.deprecation_util")
    logger.addHandler(handler)
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        for page in ("progress", "assigned", "start", "settings", "signin", "practice"):
            at.switch_page(f"trainer/ui/pages/{page}.py").run()
            assert not at.exception, at.exception
    finally:
        logger.removeHandler(handler)
    assert [r.getMessage() for r in records] == []
