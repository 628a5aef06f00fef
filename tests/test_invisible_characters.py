"""Invisible and reordering characters in typed text: a soft hyphen or a zero-width character
inside a word cannot hide the word from the grader, and a bidi override cannot make a reply
look one way to a person and read another way to the grader (pages, terminal and CSV show it
as an escape, in the typed order the grader reads)."""

from __future__ import annotations

import csv
import io

import pytest

from trainer.grading.offline.grader import grade_offline
from trainer.grading.report import escape_markdown, highlight_spans
from trainer.grading.schema import GradeRequest
from trainer.typed_text import for_terminal, write_csv

STATEMENT = "My boss yelled at me in front of everyone today and I just froze."
ADVICE = "You should quit that job."
INVISIBLE = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left override": "\u202e",
}
REVERSED = "ok \u202eevael dluohs uoy\u202c."  # shows as "ok you should leave." in a browser


def _not_fixing(response: str) -> tuple[bool, list[str]]:
    result = grade_offline(GradeRequest(statement=STATEMENT, response=response))
    rubric = result.rubrics.get("not_fixing")
    for ev in rubric.evidence:  # evidence still points at what was typed
        assert response[ev.start : ev.end] == ev.text
    return rubric.passed, [ev.text for ev in rubric.evidence if ev.effect == "cost"]


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_an_invisible_character_inside_a_word_does_not_hide_it(char: str) -> None:
    assert _not_fixing(ADVICE)[0] is False
    for hidden in (f"You sh{char}ould quit that job.", f"You should{char} quit that job."):
        passed, cost = _not_fixing(hidden)
        assert passed is False, hidden
        assert any("should" in t.replace(char, "") for t in cost), cost


def test_a_bidi_override_shows_as_an_escape_on_a_page_and_a_terminal() -> None:
    for shown in (escape_markdown(REVERSED), highlight_spans(REVERSED, []), for_terminal(REVERSED)):
        assert "\u202e" not in shown and "\u202c" not in shown
        assert "u202e" in shown and "evael dluohs uoy" in shown  # the typed order


def test_a_csv_cell_shows_bidi_controls_and_a_hidden_formula_start_as_text() -> None:
    out = write_csv(["reply", "note"], [[REVERSED, '\u00ad=HYPERLINK("http://x")']])
    row = list(csv.reader(io.StringIO(out)))[1]
    assert "\u202e" not in row[0] and row[0] == "ok \\u202eevael dluohs uoy\\u202c."
    assert row[1].startswith("'")  # an invisible soft hyphen cannot hide the '='
