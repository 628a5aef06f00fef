"""Text people typed, and text a model wrote, renders literally on every page (AppTest,
offline grader). Each payload goes into every field at once, tagged by field ("¦ln" the
learner's name, "¦rp" the reply, ...); then learner and coach walk every page, and every
markdown string the pages send is read back with an independent parser (tests/markdown_view):
each tagged text must show as plain text, and nothing may turn into a link, maths, HTML, a
heading, struck text, an icon or an emoji."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from markdown_view import View, view
from streamlit.testing.v1 import AppTest

from trainer.coaching import service as c
from trainer.coaching.auth import hash_pin
from trainer.coaching.drills import DrillSpec, PassRule
from trainer.grading.schema import Evidence, Flag, GradeMetadata
from trainer.partner.conversation import start
from trainer.partner.flow import PracticeRun
from trainer.partner.practice import practice_turn
from trainer.partner.scenarios.bank import load_bank
from trainer.store import open_store
from trainer.ui.page_state import LLMChoice, PracticeState

APP = Path(__file__).resolve().parent.parent / "app.py"
PAYLOADS = [
    "**bold** [link](javascript:alert(1)) $x^2$",
    "<b>x</b><script>alert(1)</script>",
    "$$\\frac{1}{2}$$ and $y$",
    ":material/home: :material_home: :streamlit: :smile:",
    "~~strike~~ :red[red] :blue-badge[b] `code`",
    "# heading",
    "> quote -> <= -- | a | b |",
    "https://example.org www.example.org bob@example.org",
]
TAIL = " It sounds like you're exhausted and it all landed on you at once."
STATEMENT_TAIL = " My boss dumped another project on me and you didn't even ask about my day."
# Fields a person types, and fields a model writes.
TYPED = {"ln": "learner name", "cn": "coach name", "gn": "group name", "dt": "drill title",
         "di": "drill instructions", "rp": "reply", "or": "override reason"}  # fmt: skip
MODEL = {"st": "scenario title", "ss": "statement", "sc": "context", "pl": "partner line",
         "tp": "tip", "mr": "model reflection", "me": "minimal edit", "ra": "rationale",
         "fl": "flag message", "fb": "fallback reason", "mo": "model name"}  # fmt: skip
# Formatting the pages' own templates use (bold labels, lists, an invite code, a file path).
OWN = {"strong_open", "strong_close", "em_open", "em_close", "bullet_list_open",
       "bullet_list_close", "list_item_open", "list_item_close", "code_inline"}  # fmt: skip


def tagged(payload: str, tag: str) -> str:
    return f"{payload} ¦{tag}"


def _markdown_strings(at: AppTest) -> list[str]:
    """Every string the page sent to an argument Streamlit renders as markdown."""
    out: list[str] = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning",
                 "error", "success", "toast"):  # fmt: skip
        out += [str(el.value) for el in getattr(at, kind)]
    out += [str(e.label) for e in at.expander] + [str(t.label) for t in at.tabs]
    for kind in ("button", "selectbox", "text_input", "text_area", "checkbox", "radio",
                 "select_slider", "multiselect", "number_input", "metric"):  # fmt: skip
        out += [str(el.label) for el in getattr(at, kind)]
    out += [str(o) for r in at.radio for o in r.options]
    out += [str(o) for s in at.select_slider for o in s.options]
    return out


def _plain_cells(at: AppTest) -> list[str]:
    """Strings shown as plain text (table cells, selectbox options): never escaped."""
    cells = [str(v) for df in at.dataframe for col in df.value.columns for v in df.value[col]]
    return cells + [str(o) for s in at.selectbox for o in s.options]


def _run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def _sign_in(label: str, pin: str = "") -> AppTest:
    at = _run(AppTest.from_file(str(APP), default_timeout=60))
    at.selectbox(key="signin_profile").select(label)
    at.text_input(key="signin_pin").input(pin)
    at.button[0].click()
    return _run(at)


def _visit(at: AppTest, page: str, seen: list[tuple[str, list[str], list[str]]]) -> AppTest:
    at.switch_page(f"trainer/ui/pages/{page}.py")
    _run(at)
    seen.append((page, _markdown_strings(at), _plain_cells(at)))
    return at


def _model_grade(payload: str, response: str, base: Any) -> Any:
    """A grade as a model might write it: every free-text field carries the payload, and the
    evidence points at the payload in the reply (so the highlighted path is drawn too)."""
    span = Evidence(text=response[: len(payload)], start=0, end=len(payload), item="x",
                    effect="cost")  # fmt: skip
    rubrics = base.rubrics.model_copy(update={
        k: r.model_copy(update={"rationale": tagged(payload, "ra"), "evidence": [span]})
        for k, r in base.rubrics.items()
    })  # fmt: skip
    meta = GradeMetadata(grader="llm", model=tagged(payload, "mo"), prompt_hash="0" * 16,
                         latency_ms=1.0, fallback_reason=tagged(payload, "fb"))  # fmt: skip
    return base.model_copy(update={
        "rubrics": rubrics, "tip": tagged(payload, "tp"), "model_reflection": tagged(payload, "mr"),
        "minimal_edit": tagged(payload, "me"), "metadata": meta,
        "flags": [Flag(code="sarcasm", message=tagged(payload, "fl"))],
    })  # fmt: skip


@pytest.mark.parametrize("payload", PAYLOADS)
def test_typed_and_model_text_renders_literally_on_every_page(
    payload: str, no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'literal.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store = open_store(url)
    coach = store.create_profile(tagged(payload, "cn"), "coach", pin_hash=hash_pin("4821"))
    learner = store.create_profile(tagged(payload, "ln"))
    group = c.create_group(store, coach, tagged(payload, "gn"))
    c.join_group(store, learner, group.invite_code)
    spec = DrillSpec(title=tagged(payload, "dt"), instructions=tagged(payload, "di") + TAIL,
                     focus=["not_fixing"], scenarios=["work_stress-001"], repetitions=2,
                     pass_rule=PassRule(passes_needed=1))  # fmt: skip
    c.assign(store, coach, c.create_drill(store, coach, spec).drill_id, group_id=group.group_id)
    # A scenario a model wrote: title, statement, context and the partner's lines (a model's
    # hijacked lines are never used: they are not told apart by kind).
    bank = load_bank().get("work_stress-001")
    line = tagged(payload, "pl") + STATEMENT_TAIL
    lines = bank.lines.model_copy(update={k: [line, line] for k in
                                          ("heard", "fixed", "dismissed", "missed")})  # fmt: skip
    scenario = bank.model_copy(update={
        "title": tagged(payload, "st"), "statement": tagged(payload, "ss") + STATEMENT_TAIL,
        "context": tagged(payload, "sc") + STATEMENT_TAIL, "lines": lines,
    })  # fmt: skip
    reply = tagged(payload, "rp") + TAIL
    graded = practice_turn(store, learner, start(scenario), reply)
    assert graded.attempt is not None and graded.grade is not None
    c.override(store, coach, graded.attempt.attempt_id, "accuracy", 2, tagged(payload, "or"))
    held = store.start_attempt(learner, statement=scenario.statement, response=reply,
                               released=False)  # fmt: skip
    store.attach_grade(learner, held.attempt_id, _model_grade(payload, reply, graded.grade))

    seen: list[tuple[str, list[str], list[str]]] = []
    at = _sign_in(f"{tagged(payload, 'ln')} (learner)")
    at.session_state["practice"] = PracticeState(run=PracticeRun(conversation=start(scenario)))
    at = _visit(at, "practice", seen)
    at.text_area(key="reply").input(reply)
    next(b for b in at.button if b.label == "Send").click()
    seen.append(("practice feedback", _markdown_strings(_run(at)), _plain_cells(at)))
    for page in ("assigned", "progress", "start", "signin"):
        at = _visit(at, page, seen)
    at.session_state["llm_choice"] = LLMChoice("http://127.0.0.1:9/v1", tagged(payload, "mo"))
    at = _visit(at, "settings", seen)
    at = _sign_in(f"{tagged(payload, 'cn')} (coach)", "4821")
    for page in ("coach", "drills", "signin"):
        at = _visit(at, page, seen)

    found: set[str] = set()
    for page, strings, cells in seen:
        for md in strings:
            v: View = view(md)
            assert not v.rewrites, f"{page}: Streamlit would rewrite {v.rewrites} in {md!r}"
            odd = [t.type for t in v.formatting if t.type not in OWN]
            assert not odd, f"{page}: {md!r} renders {odd}"
            codes = [t.content for t in v.formatting if t.type == "code_inline"]
            assert not [x for x in codes if "¦" in x or x in payload], f"{page}: code in {md!r}"
            found |= {tag for tag in TYPED | MODEL if v.shows(tagged(payload, tag))}
        # Plain widgets get the text as typed, not escaped.
        assert not [x for x in cells if "¦" in x and "\\" in x and "\\" not in payload], cells
    assert set(TYPED) | set(MODEL) <= found, (
        f"never shown literally: {set(TYPED) | set(MODEL) - found}"
    )
    coach_table = next(cells for page, _, cells in seen if page == "coach")
    assert tagged(payload, "ln") in coach_table  # the learners table shows the name as typed
