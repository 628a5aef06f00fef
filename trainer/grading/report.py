"""Grade -> text for people: the CLI report and the app's highlighted markdown. Pure functions."""

from __future__ import annotations

import json
import string
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from trainer.grading.combine import sources_sentence
from trainer.grading.learner_words import flag_title, grader_name, learner_words
from trainer.grading.llm_feedback import feedback_caption
from trainer.grading.schema import Evidence, Grade, RubricKey, RubricResult
from trainer.prompts import load_rubrics
from trainer.typed_text import BIDI_CONTROLS, escaped_char, for_terminal

ChipColor = Literal["green", "orange", "red"]
Effect = Literal["earned", "cost"]

# Background colour per highlight; a span both earned and cost (overlap) shows as orange.
_HIGHLIGHT: dict[frozenset[str], ChipColor] = {
    frozenset({"earned"}): "green",
    frozenset({"cost"}): "red",
    frozenset({"earned", "cost"}): "orange",
}
# ANSI colour codes for the chips (the same sequences click.style writes; no CLI import here).
_TERMINAL: dict[ChipColor, int] = {"green": 32, "orange": 33, "red": 31}
_RESET = "\x1b[0m"
_MARKDOWN_SPECIAL = frozenset(string.punctuation)
WORD_JOINER = "\u2060"  # invisible, and no line break at it


@dataclass(frozen=True)
class Chip:
    """A rubric's score as a short coloured label, shared by the CLI and the app."""

    label: str
    color: ChipColor


def rubric_title(key: RubricKey) -> str:
    """The rubric's title as prompts/rubrics.yaml gives it (read through the one loader), so
    renaming a rubric there renames it on every page and in the CLI."""
    return load_rubrics().rubrics[key].title


def chip(key: RubricKey, result: RubricResult) -> Chip:
    """Green when passed, orange when close (2/4), red otherwise."""
    verdict = "pass" if result.passed else "fail"
    if result.passed:
        color: ChipColor = "green"
    elif result.score >= 2:
        color = "orange"
    else:
        color = "red"
    return Chip(f"{rubric_title(key)} {result.score}/4 · {verdict}", color)


def grade_evidence(grade: Grade) -> list[Evidence]:
    """Every span the grade points at (rubrics, then flags), each distinct span once."""
    seen: set[tuple[int, int, str]] = set()
    out: list[Evidence] = []
    spans = [e for _, r in grade.rubrics.items() for e in r.evidence]
    spans += [e for flag in grade.flags for e in flag.evidence]
    for ev in spans:
        key = (ev.start, ev.end, ev.effect)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def escape_markdown(text: str) -> str:
    """Any text a person or a model wrote, made literal for every Streamlit argument that
    renders markdown (body, caption, alert, label, badge, help): no bold, links, headings,
    HTML, $LaTeX$, code, ~~strike~~, :colour[directives], :material/icons: or emoji.

    Every ASCII punctuation mark is backslash-escaped. Streamlit also rewrites text *after*
    parsing, where a backslash no longer counts: ':name:' shortcodes, bare URLs and e-mail
    addresses (autolinks) and '->', '<=', '--' (typography). An invisible WORD JOINER after
    ':', '@', 'www' and inside those arrows breaks those patterns; what shows is unchanged."""
    return _escape(text, 0, _leading_blanks(text), _joins(text))


def highlight_spans(text: str, evidence: Sequence[Evidence]) -> str:
    """Markdown of `text` with each evidence span on a green (earned) or red (cost) background.

    Spans whose offsets do not match `text` are skipped rather than drawn in the wrong place;
    overlapping spans are split at every boundary, and a stretch both earned and cost is orange.
    """
    spans = [
        (ev.start, ev.end, ev.effect)
        for ev in evidence
        if ev.start < ev.end <= len(text) and text[ev.start : ev.end] == ev.text
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    leading, joins = _leading_blanks(text), _joins(text)
    pieces: list[tuple[int, int, ChipColor | None]] = []
    for a, b in pairwise(cuts):
        effects = frozenset(eff for s, e, eff in spans if s <= a and b <= e)
        color = _HIGHLIGHT.get(effects)
        if pieces and pieces[-1][2] == color and pieces[-1][1] == a:
            pieces[-1] = (pieces[-1][0], b, color)
        else:
            pieces.append((a, b, color))
    return "".join(_render_piece(text, a, b, color, leading, joins) for a, b, color in pieces)


def _render_piece(
    text: str, a: int, b: int, color: ChipColor | None, leading: set[int], joins: set[int]
) -> str:
    if color is None:
        return _escape(text[a:b], a, leading, joins)
    # A directive cannot span a line break, so each line of the span is wrapped on its own.
    out: list[str] = []
    pos = a
    for line in text[a:b].split("\n"):
        shown = _escape(line, pos, leading, joins)
        out.append(f":{color}-background[{shown}]" if shown else "")
        pos += len(line) + 1
    return "  \n".join(out)


def _leading_blanks(text: str) -> set[int]:
    """Offsets of spaces and tabs that begin a line (markdown would read them as indentation)."""
    out: set[int] = set()
    at_line_start = True
    for i, ch in enumerate(text):
        if ch == "\n":
            at_line_start = True
        elif at_line_start and ch in " \t":
            out.add(i)
        else:
            at_line_start = False
    return out


def _joins(text: str) -> set[int]:
    """Offsets after which escape_markdown puts a WORD JOINER (see there)."""
    out: set[int] = set()
    for i, (ch, nxt) in enumerate(pairwise(text)):
        if (
            ch in ":@"
            or (ch in "<>~-" and nxt in ">=-")
            or (nxt == "." and text[max(0, i - 2) : i + 1].lower() == "www")
        ):
            out.add(i)
    return out


def _escape(piece: str, offset: int, leading: set[int], joins: set[int]) -> str:
    out: list[str] = []
    for i, ch in enumerate(piece, start=offset):
        if i in leading:
            out.append("&nbsp;")
        elif ch in _MARKDOWN_SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("  \n")
        elif ch == "\r":
            continue
        elif ch in BIDI_CONTROLS:  # shown, not obeyed: the page reads in the typed order
            out.append("\\" + escaped_char(ch))
        else:
            out.append(ch)
        if i in joins:
            out.append(WORD_JOINER)
    return "".join(out)


def item_words(item: str) -> str:
    """What a checklist item or flag means, in words: its label in prompts/rubrics.yaml or its
    heading in trainer/data/learner_words.yaml; never the code itself."""
    for rdef in load_rubrics().rubrics.values():
        for it in rdef.items:
            if it.id == item:
                return it.label
    return learner_words().flags.get(item) or item.replace("_", " ")


def _quote(ev: Evidence) -> str:
    sign = "+" if ev.effect == "earned" else "-"
    text = json.dumps(ev.text, ensure_ascii=False)
    return f"{sign} {text} ({item_words(ev.item)})"


def render_report(grade: Grade, *, color: bool = False) -> str:
    """The readable report `trainer grade` prints; `color` adds ANSI styles to the chips.
    Every piece of text is escaped for the terminal (trainer.typed_text.for_terminal) before
    any style is added: an ESC or OSC sequence in a reply, or in text a model wrote, prints
    as visible text and never acts on the terminal."""

    def style(text: str, chip_color: ChipColor | None = None, bold: bool = False) -> str:
        text = for_terminal(text)
        if not color or not (chip_color or bold):
            return text
        fg = f"\x1b[{_TERMINAL[chip_color]}m" if chip_color else ""
        return fg + ("\x1b[1m" if bold else "") + text + _RESET

    overall: ChipColor = "green" if grade.passed else "red"
    verdict = "passed" if grade.passed else "not passed"
    lines = [style(f"Score {grade.score}/100 · {verdict}", overall, bold=True), ""]
    for key, result in grade.rubrics.items():
        c = chip(key, result)
        lines.append(style(c.label, c.color, bold=True))
        lines.append(style(f"  {result.rationale}"))
        lines.extend(style(f"    {_quote(ev)}") for ev in result.evidence)
    lines.append("")
    lines.append(style(f"Tip: {grade.tip}"))
    if grade.minimal_edit:
        lines.append(style(f"Minimal edit: {grade.minimal_edit}"))
    elif grade.no_edit_reason:
        lines.append(style(f"Minimal edit: none. {grade.no_edit_reason}"))
    if said := feedback_caption(grade, "minimal_edit"):
        lines.append(style(f"  ({said})"))
    if grade.model_reflection:
        lines.append(style(f"Model reflection: {grade.model_reflection}"))
    if said := feedback_caption(grade, "model_reflection"):
        lines.append(style(f"  ({said})"))
    if grade.flags:
        lines.append("Flags:")
        for flag in grade.flags:
            lines.append(style(f"  ! {flag_title(flag.code)}: {flag.message}"))
            lines.extend(style(f"    {_quote(ev)}") for ev in flag.evidence)
    lines.append("")
    lines.append(for_terminal(footer(grade)) + (_RESET if color else ""))
    if said := sources_sentence(grade.metadata):
        lines.append(for_terminal(said))
    return "\n".join(lines)


def footer(grade: Grade) -> str:
    """Which grader produced this grade, and what it cost, in words a learner reads. The
    prompt hash stays in the grade's JSON (`--json`, exports) and in eval reports."""
    meta = grade.metadata
    who = grader_name(meta.grader) + (f" ({meta.model})" if meta.grader == "llm" else "")
    parts = [f"Graded by {who}", f"{meta.latency_ms:.0f} ms"]
    if meta.usage.total_tokens:
        parts.append(f"{meta.usage.total_tokens} tokens")
    if meta.feedback is not None and meta.feedback.usage.total_tokens:
        written = meta.feedback
        parts.append(
            f"{written.latency_ms:.0f} ms and {written.usage.total_tokens} tokens more for the "
            "model's better words"
        )
    if meta.fallback_reason:
        parts.append(f"because {meta.fallback_reason}")
    return " · ".join(parts)
