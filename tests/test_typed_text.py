"""Typed text is data outside the pages too: control characters are refused where text comes
in (trainer.typed_text.check_typed), escaped where it goes out to a terminal, and CSV cells
that a spreadsheet would run as a formula are neutralised (OWASP), while JSON keeps the text."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from trainer.cli import main
from trainer.coaching import service as c
from trainer.coaching.drills import DrillSpec, PassRule, parse_pack
from trainer.errors import InvalidInput, TrainerError
from trainer.grading.grader import validate_request
from trainer.grading.offline.grader import grade_offline
from trainer.grading.report import render_report
from trainer.grading.schema import GradeRequest
from trainer.store import Store, open_store
from trainer.typed_text import control_problem, for_terminal, spreadsheet_cell

STATEMENT = "My boss dumped another project on me and you didn't even ask how my day was."
HEARD = "You sound swamped, and it stung that I didn't ask about your day."
APP = Path(__file__).resolve().parent.parent / "app.py"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None) -> str:
    url = f"sqlite:///{tmp_path / 'typed.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def _run(*args: str, input: str | None = None, code: int = 0) -> str:
    result = CliRunner().invoke(main, list(args), input=input)
    assert result.exit_code == code, result.output
    return result.output


def _stored(store: Store, response: str, statement: str = STATEMENT) -> None:
    """An attempt as older versions stored it (no input check), graded."""
    me = store.default_learner()
    a = store.start_attempt(me, statement=statement, response=response)
    store.attach_grade(me, a.attempt_id, grade_offline(GradeRequest(statement=STATEMENT,
                                                                    response=HEARD)))  # fmt: skip


# ---- CSV: spreadsheet formulas (item 7) -----------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "＝1+1",
]


def test_csv_export_neutralises_formulas_and_json_keeps_the_exact_text(db: str) -> None:
    store = open_store(db)
    for text in [*FORMULAS, 'It sounds = hard; a, b "quoted" -1']:
        _stored(store, text, statement=text)
    rows = list(csv.DictReader(io.StringIO(_run("export", "--format", "csv"), newline="")))
    shown = {r["response"] for r in rows} | {r["statement"] for r in rows}
    assert shown == {"'" + f for f in FORMULAS} | {'It sounds = hard; a, b "quoted" -1'}
    assert all(r["score"].isdigit() for r in rows)  # numbers stay numbers
    exported = json.loads(_run("export", "--format", "json"))
    assert {r["response"] for r in exported} == {*FORMULAS, 'It sounds = hard; a, b "quoted" -1'}


def test_every_text_cell_is_quoted_so_no_delimiter_splits_it() -> None:
    from trainer.typed_text import write_csv

    out = write_csv(["a", "b"], [["x;=1+1", 3]])
    assert out.splitlines() == ['"a","b"', '"x;=1+1",3']
    assert spreadsheet_cell("fine =1") == "fine =1"


# ---- control characters at input (item 8) ---------------------------------------------------


@pytest.mark.parametrize(
    ("field", "bad", "where", "name"),
    [
        ("response", "You sound\x1b[2J tired", 9, "U+001B ESC"),
        ("response", "You sound\x00 tired", 9, "U+0000 NUL"),
        ("statement", "I'm\x07 tired", 3, "U+0007 BEL"),
        ("context", "after\r dinner", 5, "U+000D carriage return"),
        ("response", "You sound \x9b31m tired", 10, "U+009B CSI"),
        ("response", "You sound \x7f tired", 10, "U+007F DEL"),
    ],
)
def test_control_characters_are_refused_with_what_and_where(
    field: str, bad: str, where: int, name: str
) -> None:
    fields = {"statement": STATEMENT, "response": HEARD, "context": None} | {field: bad}
    with pytest.raises(InvalidInput) as exc:
        validate_request(GradeRequest(**fields))
    assert exc.value.code == "control_characters"
    assert f"The {field} has a control character ({name}) at position {where}" in str(exc.value)
    assert "only newline and tab are allowed" in str(exc.value)


def test_newline_tab_and_crlf_are_text() -> None:
    text = "You sound\r\nswamped,\tand hurt."
    assert control_problem("response", text) is None
    validate_request(GradeRequest(statement=STATEMENT, response=text))  # raises if refused
    assert control_problem("response", "You sound\rswamped.") is not None  # a lone CR is not


def test_the_cli_and_a_batch_refuse_them_and_say_why(db: str) -> None:
    out = _run("grade", STATEMENT, "You sound\x1b]0;pwned\x07 swamped.", code=2)
    assert "control character (U+001B ESC) at position 9" in out
    line = json.dumps({"id": "c1", "statement": STATEMENT, "response": "swamped\x00"})
    out = _run("grade", "--input", "-", input=line)  # stdout and stderr together
    (result,) = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    assert result["error"]["code"] == "control_characters"


def test_names_titles_and_reasons_are_refused_and_nothing_is_stored(db: str) -> None:
    store = open_store(db)
    with pytest.raises(InvalidInput, match="profile name has a control character"):
        store.create_profile("Bob\x1b[31m")
    assert store.profiles() == []
    coach = store.create_profile("Ana", "coach")
    with pytest.raises(InvalidInput, match="group name"):
        c.create_group(store, coach, "Tue\x00sday")
    spec = DrillSpec(title="Ask\x1b first", instructions="x", focus=["not_fixing"],
                     scenarios=["work_stress-001"], repetitions=1,
                     pass_rule=PassRule(passes_needed=1))  # fmt: skip
    with pytest.raises(InvalidInput, match="drill title"):
        c.create_drill(store, coach, spec)
    assert c.groups(store, coach) == [] and c.drills(store, coach) == []
    pack = 'format: drill-pack\nversion: 1\nname: "Bad\\e pack"\ndrills: []\n'
    with pytest.raises(TrainerError, match="control character"):
        parse_pack(pack.replace("drills: []", "drills:\n- " + spec.model_dump_json()), "p.yaml")


@pytest.mark.parametrize("name", ["Fo\no", "x\n0123abcd  coach  Admin (PIN)", "Ev\te"])
def test_names_and_titles_are_one_line_so_a_list_cannot_be_faked(db: str, name: str) -> None:
    """A newline or tab in a name would print as extra rows of `trainer profile list`."""
    store = open_store(db)
    with pytest.raises(InvalidInput, match="is one line"):
        store.create_profile(name)
    coach = store.create_profile("Ana", "coach")
    with pytest.raises(InvalidInput, match="group name has"):
        c.create_group(store, coach, name)
    spec = DrillSpec(title=name, instructions="two\nlines are fine here", focus=["not_fixing"],
                     scenarios=["work_stress-001"], repetitions=1,
                     pass_rule=PassRule(passes_needed=1))  # fmt: skip
    with pytest.raises(InvalidInput, match="drill title has"):
        c.create_drill(store, coach, spec)
    assert [p.name for p in store.profiles()] == ["Ana"] and c.groups(store, coach) == []
    result = CliRunner().invoke(main, ["profile", "create", name, "--database", db])
    assert result.exit_code == 2 and "one line" in result.output
    assert [p.name for p in store.profiles()] == ["Ana"]


def test_an_empty_or_overlong_name_is_invalid_input_exit_2(db: str) -> None:
    for name in ["   ", "n" * 81]:
        result = CliRunner().invoke(main, ["profile", "create", name, "--database", db])
        assert result.exit_code == 2 and "1 to 80 characters" in result.output


def test_the_practice_page_says_why_and_keeps_nothing(db: str) -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.text_area(key="reply").input("You sound swamped\x1b[8m and hurt.")
    next(b for b in at.button if b.label == "Send").click()
    at.run()
    assert not at.exception, at.exception
    assert any("control character" in e.value for e in at.error)
    store = open_store(db)
    assert store.attempts(store.default_learner()) == []


# ---- what a terminal is given (item 8) ------------------------------------------------------

HOSTILE = "ok \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x1b[2J\x9b31m\u202eevil"


def test_history_progress_and_json_print_escapes_not_controls(db: str) -> None:
    store = open_store(db)
    _stored(store, HOSTILE)
    for out in (_run("history"), _run("progress"), _run("export", "--format", "json")):
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e"), out
    assert "\\u001b]8;;http://evil.example\\u0007link" in _run("history")


def test_the_report_escapes_model_text_and_keeps_its_own_colours() -> None:
    grade = grade_offline(GradeRequest(statement=STATEMENT, response="You should just quit."))
    grade = grade.model_copy(update={"minimal_edit": HOSTILE, "tip": "\x1b[2J clear"})
    plain = render_report(grade)
    assert "\x1b" not in plain and "Minimal edit: ok \\u001b]8;;" in plain
    coloured = render_report(grade, color=True)
    assert "\x1b[2J" not in coloured and "\x1b]" not in coloured and "\x1b[31m" in coloured


def test_for_terminal_leaves_text_alone() -> None:
    text = "Ça va? 😊 — line one\n\tline two"
    assert for_terminal(text) == text
    assert for_terminal("a\r\nb\rc") == "a\nb\\u000dc"


def test_tables_offer_no_raw_csv_download(db: str) -> None:
    """Streamlit's own table download writes cells raw; the app's one CSV is the export."""
    import streamlit as st

    AppTest.from_file(str(APP), default_timeout=60).run()
    assert st.get_option("client.disableDataExport") is True
