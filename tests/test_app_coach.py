"""The shared-laptop workshop in the app (AppTest, offline grader): sign-in with a coach PIN,
the coach's dashboard, drills, review and overrides, and a learner's assigned drills."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_view import shown
from streamlit.testing.v1 import AppTest

from trainer.coaching import service as c
from trainer.coaching.auth import hash_pin
from trainer.coaching.drills import DrillSpec, PassRule
from trainer.store import Actor, Store, open_store

APP = Path(__file__).resolve().parent.parent / "app.py"
ADVICE = "You should tell your boss you can't take on the Henderson rollout."


@pytest.fixture
def workshop(no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store = open_store(url)
    ana = store.create_profile("Ana", "coach", pin_hash=hash_pin("4821"))
    lee = store.create_profile("Lee")
    group = c.create_group(store, ana, "Tuesday")
    c.join_group(store, lee, group.invite_code)
    return store, ana, lee, group


def _app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _sign_in(at: AppTest, label: str, pin: str = "") -> AppTest:
    at.selectbox(key="signin_profile").select(label)
    at.text_input(key="signin_pin").input(pin)
    at.button[0].click().run()  # the form's Continue
    assert not at.exception, at.exception
    return at


def test_shared_laptop_asks_who_and_checks_the_coach_pin(workshop) -> None:  # type: ignore[no-untyped-def]
    at = _app()
    assert at.title[0].value == "Who's practising?"
    at = _sign_in(at, "Ana (coach)", "0000")
    assert "wrong or missing PIN" in at.error[0].value
    assert "actor" not in at.session_state
    at = _sign_in(at, "Ana (coach)", "4821")
    assert at.title[0].value == "Coach dashboard"
    assert at.dataframe[0].value["learner"].tolist() == ["Lee"]


def _drill(store: Store, ana: Actor, group_id: str, review: bool = False):  # type: ignore[no-untyped-def]
    spec = DrillSpec(title="Henderson", instructions="Reflect the overwhelm.",
                     focus=["not_fixing"], scenarios=["work_stress-001"], repetitions=2,
                     pass_rule=PassRule(passes_needed=1), review_before_release=review)  # fmt: skip
    d = c.create_drill(store, ana, spec)
    c.assign(store, ana, d.drill_id, group_id=group_id)
    return d


def test_learner_practises_an_assigned_drill_under_review(workshop) -> None:  # type: ignore[no-untyped-def]
    store, ana, _lee, group = workshop
    _drill(store, ana, group.group_id, review=True)
    at = _sign_in(_app(), "Lee (learner)")
    assert at.title[0].value == "Practice"
    at.switch_page("trainer/ui/pages/assigned.py").run()
    assert any("Henderson" in m.value for m in at.markdown)
    next(b for b in at.button if b.label == "Practise this drill").click().run()
    assert not at.exception, at.exception
    assert any(m.value == "**Drill: Henderson**" for m in at.markdown)
    # st.switch_page moved the script to Practice; AppTest reruns the page it was told, so
    # tell it too.
    at.switch_page("trainer/ui/pages/practice.py").run()
    at.text_area(key="reply").input(ADVICE)
    next(b for b in at.button if b.label == "Send").click().run()
    assert not at.exception, at.exception
    assert any("Sent to your coach" in i.value for i in at.info)
    assert not at.subheader  # no score shown while the review holds it
    (held,) = c.awaiting_review(store, ana)
    assert held.drill_id is not None and held.response == ADVICE


def test_coach_reviews_overrides_and_releases(workshop) -> None:  # type: ignore[no-untyped-def]
    from trainer.partner.conversation import start
    from trainer.partner.practice import practice_turn
    from trainer.partner.scenarios.bank import load_bank

    store, ana, lee, group = workshop
    drill = _drill(store, ana, group.group_id, review=True)
    out = practice_turn(store, lee, start(load_bank().get("work_stress-001")), ADVICE, drill=drill)
    assert out.attempt is not None
    at = _sign_in(_app(), "Ana (coach)", "4821")
    # Override not_fixing on Lee's attempt, with a reason.
    at.selectbox(key="coach_learner").select("Lee").run()
    aid = out.attempt.attempt_id
    at.selectbox(key=f"ov_r_{aid}").select("not_fixing")
    at.select_slider(key=f"ov_s_{aid}").set_value(3)
    at.text_input(key=f"ov_why_{aid}").input("she asked what to do")
    next(b for b in at.button if b.label == "Save override").click().run()
    assert not at.exception, at.exception
    assert any("Not fixing:" in s.value for s in at.success)
    # Release the held feedback.
    next(b for b in at.button if b.label == "Approve and release to the learner").click().run()
    assert not at.exception, at.exception
    seen = store.attempt(lee, aid)
    assert seen.released and seen.grade is not None and seen.grade.rubrics.not_fixing.passed


def test_coach_creates_and_assigns_a_drill_and_imports_a_pack(workshop) -> None:  # type: ignore[no-untyped-def]
    store, ana, lee, _group = workshop
    at = _sign_in(_app(), "Ana (coach)", "4821")
    at.switch_page("trainer/ui/pages/drills.py").run()
    at.text_input(key="d_title").input("Ask first")
    at.text_area(key="d_instructions").input("Ask whether they want ideas before any.")
    at.selectbox(key="d_theme").select("money")
    next(b for b in at.button if b.label == "Create drill").click().run()
    assert not at.exception, at.exception
    assert any("Created Ask first" in s.value for s in at.success)
    (drill,) = c.drills(store, ana)
    at.selectbox(key=f"to_{drill.drill_id}").select("group: Tuesday")
    next(b for b in at.button if b.label == "Assign").click().run()
    assert [d.spec.title for d in c.assigned_to(store, lee)] == ["Ask first"]
    at.selectbox(key="pack_choice").select("mirroring")
    next(b for b in at.button if b.label == "Import this pack").click().run()
    assert len(c.drills(store, ana)) > 1


def test_bad_drill_form_names_the_field(workshop) -> None:  # type: ignore[no-untyped-def]
    at = _sign_in(_app(), "Ana (coach)", "4821")
    at.switch_page("trainer/ui/pages/drills.py").run()
    at.text_input(key="d_title").input("Too strict")
    at.text_area(key="d_instructions").input("x")
    at.number_input(key="d_reps").set_value(2)
    at.number_input(key="d_passes").set_value(5)
    next(b for b in at.button if b.label == "Create drill").click().run()
    assert any("passes_needed" in shown(e.value) for e in at.error)


def test_a_learner_has_no_coach_pages(workshop) -> None:  # type: ignore[no-untyped-def]
    at = _sign_in(_app(), "Lee (learner)")
    assert at.title[0].value == "Practice"
    with pytest.raises(ValueError):  # not registered for a learner
        at.switch_page("trainer/ui/pages/coach.py")


def test_a_learner_with_a_pin_must_give_it_to_sign_in(workshop) -> None:  # type: ignore[no-untyped-def]
    from trainer.store import pins

    store, _ana, lee, _group = workshop
    pins.change_own_pin(store, lee, None, "2468")
    at = _sign_in(_app(), "Lee (learner)")
    assert "has a PIN" in at.error[0].value and "actor" not in at.session_state
    at = _sign_in(at, "Lee (learner)", "1111")
    assert "wrong or missing PIN" in at.error[0].value and "actor" not in at.session_state
    at = _sign_in(at, "Lee (learner)", "2468")
    assert at.title[0].value == "Practice"


def test_a_one_person_install_with_a_pin_asks_for_it(
    no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'solo.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    open_store(url).create_profile("Mia", pin_hash=hash_pin("2468"))
    at = _app()
    assert at.title[0].value == "Who's practising?"  # not straight into Mia's practice
    assert "actor" not in at.session_state


def test_joining_says_what_the_coach_will_see_and_leaving_ends_it(workshop) -> None:  # type: ignore[no-untyped-def]
    store, ana, _lee, _group = workshop
    mia = store.create_profile("Mia")
    other = c.create_group(store, ana, "Thursday")
    at = _sign_in(_app(), "Mia (learner)")
    at.switch_page("trainer/ui/pages/assigned.py").run()
    assert any("from the moment you join" in x.value for x in at.caption)
    at.text_input(key="invite_code").input(other.invite_code)
    next(b for b in at.button if b.label == "Join group").click().run()
    assert not at.exception, at.exception
    assert "Ana sees your attempts from now on" in at.success[0].value
    assert [g.name for g in c.groups(store, mia)] == ["Thursday"]
    next(b for b in at.button if b.label == "Leave").click().run()
    assert c.groups(store, mia) == []


def test_coach_makes_a_learner_on_the_laptop_and_resets_a_locked_pin(workshop) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from trainer.coaching.auth import BadPin, sign_in
    from trainer.store import pins

    store, _ana, _lee, group = workshop
    store.create_profile("Ben", "coach", pin_hash=hash_pin("1357"))
    for day in range(pins.LOCK_AFTER):  # Ben locks himself out
        with pytest.raises(BadPin):
            sign_in(store, "Ben", "0000", dt.datetime(2026, 11, 1 + day, tzinfo=dt.UTC))
    at = _sign_in(_app(), "Ana (coach)", "4821")
    at.text_input(key=f"nl_{group.group_id}").input("Kai")
    next(b for b in at.button if b.label == "Create and add").click().run()
    assert not at.exception, at.exception
    assert "Kai" in [a.name for a in c.learners(store, _ana, group.group_id)]
    at.selectbox(key="reset_who").select("Ben (coach)")
    at.text_input(key="reset_pin").input("2468")
    next(b for b in at.button if b.label == "Reset PIN").click().run()
    assert not at.exception, at.exception
    assert any("lock is lifted" in s.value for s in at.success)
    assert sign_in(store, "Ben", "2468").name == "Ben"
