"""Text a person or a model typed is data: control characters are refused where text comes in,
escaped where it goes out to a terminal, and spreadsheet formulas are neutralised in CSV.
(Pages make it literal with trainer.grading.report.escape_markdown.) Pure functions.

Allowed in typed text: newline and tab, and a carriage return only as part of CRLF (a pasted
Windows line end); every other C0 control, DEL and every C1 control is refused. Bidi
embeddings, overrides and isolates are allowed in input (right-to-left text uses them) but
shown as visible escapes wherever text goes out (terminal, page, CSV): an override displays
letters in another order than they are read, so "you should leave" could look like something
else to a person than to the grader, which reads the typed order."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence

from trainer.errors import InvalidInput

# C0 controls except tab and newline, DEL, C1; a CR only when no LF follows it.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# The bidi embeddings, overrides and isolates: they reorder what follows them on screen.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# On a terminal, also every control character.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0D: "carriage return", 0x1B: "ESC",
          0x7F: "DEL", 0x9B: "CSI"}  # fmt: skip
# OWASP (CSV injection): a cell starting with one of these is read as a formula. The
# full-width forms are included because some spreadsheets fold them to ASCII.
_FORMULA_START = frozenset("=+-@\t\r＝＋－＠")


def control_problem(field: str, text: str) -> str | None:
    """Why `text` may not be stored (its first control character, and where), or None."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    code = ord(found.group())
    name = f"U+{code:04X}" + (f" {_NAMES[code]}" if code in _NAMES else "")
    return (
        f"The {field} has a control character ({name}) at position {found.start()}; only "
        "newline and tab are allowed. Remove it (pasted terminal output often carries such "
        "characters) and try again."
    )


def check_typed(field: str, text: str | None) -> None:
    """Raise InvalidInput `control_characters` when typed text holds a control character."""
    problem = control_problem(field, text or "")
    if problem:
        raise InvalidInput("control_characters", problem)


def check_one_line(field: str, text: str | None) -> None:
    """A name or title is one line: on top of check_typed, no newline or tab (either would
    let a name print as extra rows in a list, or look like another name)."""
    check_typed(field, text)
    found = re.search("[\n\t]", text or "")
    if found:
        what = "a newline" if found.group() == "\n" else "a tab"
        raise InvalidInput(
            "control_characters",
            f"The {field} has {what} at position {found.start()}; a {field} is one line. "
            "Write it on one line and try again.",
        )


def for_terminal(text: str) -> str:
    """`text` safe to print: control characters, ESC/OSC sequences and bidi overrides show as
    visible \\uXXXX escapes instead of acting on the terminal (CRLF prints as a newline)."""
    return _TERMINAL_UNSAFE.sub(lambda m: escaped_char(m.group()), text.replace("\r\n", "\n"))


def escaped_char(ch: str) -> str:
    """How a character that must not act shows instead: `\\u202e`."""
    return f"\\u{ord(ch):04x}"


def spreadsheet_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: one starting (or, after blanks and invisible
    characters, continuing) with = + - @ tab or CR gets a leading apostrophe, the OWASP rule;
    bidi controls show as escapes, so the cell reads in the order it was typed."""
    text = _BIDI.sub(lambda m: escaped_char(m.group()), text)
    if text[:1] in _FORMULA_START or _without_invisible(text).lstrip()[:1] in _FORMULA_START:
        return "'" + text
    return text


def _without_invisible(text: str) -> str:
    return text if text.isascii() else "".join(c for c in text if unicodedata.category(c) != "Cf")


def write_csv(header: Sequence[str], rows: Iterable[Sequence[str | int]]) -> str:
    """The one CSV writer: every text cell neutralised and quoted (so a delimiter or quote in
    it cannot start a new cell in any locale), numbers left as numbers."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_cell(c) if isinstance(c, str) else c for c in row])
    return buffer.getvalue()
