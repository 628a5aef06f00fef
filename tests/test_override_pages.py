"""On the pages (AppTest): a learner reads released feedback with the coach's reason on
Progress (an attempt's detail) and on Assigned to me; the coach's review list names the
learner and shows what the partner said."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_view import shown
from streamlit.testing.v1 import AppTest

from trainer.coaching import service as c
from trainer.coaching.auth import hash_pin
from trainer.coaching.drills import DrillSpec, PassRule
from trainer.partner.conversation import start
from trainer.partner.practice import practice_turn
from trainer.partner.scenarios.bank import load_bank
from trainer.store import open_store

APP = Path(__file__).resolve().parent.parent / "app.py"
WORK = load_bank().get("work_stress-001")
REPLY = (
    "You are overwhelmed, with the Henderson rollout piled on top of a full week and no time "
    "to sleep. No wonder. Maybe ask your manager to push a deadline back?"
)
REASON = "she had asked me for ideas"
NOTE = f"Your coach changed Not fixing from 1/4 to 4/4: {REASON}"


@pytest.fixture
def reviewed(no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Lee practised Ana's review drill; the attempt waits for Ana."""
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store = open_store(url)
    ana = store.create_profile("Ana", "coach", pin_hash=hash_pin("4821"))
    lee = store.create_profile("Lee")
    group = c.create_group(store, ana, "Tuesday")
    c.join_group(store, lee, group.invite_code)
    spec = DrillSpec(title="Henderson", instructions="Reflect the overwhelm.",
                     focus=["not_fixing"], scenarios=["work_stress-001"], repetitions=2,
                     pass_rule=PassRule(passes_needed=1), review_before_release=True)  # fmt: skip
    drill = c.create_drill(store, ana, spec)
    c.assign(store, ana, drill.drill_id, group_id=group.group_id)
    out = practice_turn(store, lee, start(WORK), REPLY, drill=drill)
    assert out.attempt is not None
    return store, ana, lee, out.attempt.attempt_id


def _as(name: str, pin: str = "") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.selectbox(key="signin_profile").select(name)
    at.text_input(key="signin_pin").input(pin)
    at.button[0].click().run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> list[str]:
    out: list[str] = []
    for kind in ("markdown", "caption", "info", "success", "subheader"):
        out += [shown(str(getattr(e, "value", ""))) for e in at.get(kind)]
    return out


def test_the_review_list_names_the_learner_and_shows_the_statement(reviewed) -> None:  # type: ignore[no-untyped-def]
    store, ana, _lee, aid = reviewed
    at = _as("Ana (coach)", "4821")
    assert at.title[0].value == "Coach dashboard"
    texts = _texts(at)
    chat = [shown(m.markdown[0].value) for m in at.chat_message if m.markdown]
    assert any(t.startswith("Lee · Henderson") for t in texts), texts
    assert WORK.statement in chat and REPLY in chat
    # The coach corrects it from the review list itself, then releases it.
    at.selectbox(key=f"rv_r_{aid}").select("not_fixing")
    at.select_slider(key=f"rv_s_{aid}").set_value(4)
    at.text_input(key=f"rv_why_{aid}").input(REASON)
    next(b for b in at.button if b.key == f"FormSubmitter:rv_override_{aid}-Save override").click()
    at.run()
    assert not at.exception, at.exception
    assert any("Not fixing: 1 → 4" in s.value for s in at.success)
    corrected = store.attempt(ana, aid).grade
    assert corrected is not None and corrected.passed
    assert f"Score {corrected.score}/100 · passed" in _texts(at)  # redrawn as corrected


def test_the_learner_reads_the_coachs_reason_on_assigned_and_progress(reviewed) -> None:  # type: ignore[no-untyped-def]
    store, ana, lee, aid = reviewed
    at = _as("Lee (learner)")
    at.switch_page("trainer/ui/pages/assigned.py").run()
    assert not at.exception, at.exception
    assert any("Waiting for your coach" in t for t in _texts(at))  # held: no grade yet
    c.override(store, ana, aid, "not_fixing", 4, REASON)
    c.release(store, ana, aid)
    at.run()
    texts = _texts(at)
    assert NOTE in texts
    assert any(t.startswith("Score ") and "passed" in t for t in texts), texts

    at.switch_page("trainer/ui/pages/progress.py").run()
    assert not at.exception, at.exception
    texts = _texts(at)
    assert NOTE in texts
    corrected = store.attempt(lee, aid).grade
    assert corrected is not None and corrected.passed
    assert f"Score {corrected.score}/100 · passed" in texts
