"""Grade -> text for people: the CLI report and the app's highlighted markdown. Pure functions."""

from __future__ import annotations

import json
import string
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

import click

from trainer.schema import Evidence, Grade, RubricKey, RubricResult

ChipColor = Literal["green", "orange", "red"]
Effect = Literal["earned", "cost"]

# Background colour per highlight; a span both earned and cost (overlap) shows as orange.
_HIGHLIGHT: dict[frozenset[str], ChipColor] = {
    frozenset({"earned"}): "green",
    frozenset({"cost"}): "red",
    frozenset({"earned", "cost"}): "orange",
}
_TERMINAL: dict[ChipColor, str] = {"green": "green", "orange": "yellow", "red": "red"}
_MARKDOWN_SPECIAL = frozenset(string.punctuation)


@dataclass(frozen=True)
class Chip:
    """A rubric's score as a short coloured label, shared by the CLI and the app."""

    label: str
    color: ChipColor


def rubric_title(key: RubricKey) -> str:
    """'not_fixing' -> 'Not fixing' (the same titles prompts/rubrics.yaml uses)."""
    return key.replace("_", " ").capitalize()


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
    """Show the learner's text literally in markdown: no headings, links, LaTeX or code blocks."""
    return _escape(text, 0, _leading_blanks(text))


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
    leading = _leading_blanks(text)
    pieces: list[tuple[int, int, ChipColor | None]] = []
    for a, b in pairwise(cuts):
        effects = frozenset(eff for s, e, eff in spans if s <= a and b <= e)
        color = _HIGHLIGHT.get(effects)
        if pieces and pieces[-1][2] == color and pieces[-1][1] == a:
            pieces[-1] = (pieces[-1][0], b, color)
        else:
            pieces.append((a, b, color))
    return "".join(_render_piece(text, a, b, color, leading) for a, b, color in pieces)


def _render_piece(text: str, a: int, b: int, color: ChipColor | None, leading: set[int]) -> str:
    if color is None:
        return _escape(text[a:b], a, leading)
    # A directive cannot span a line break, so each line of the span is wrapped on its own.
    out: list[str] = []
    pos = a
    for line in text[a:b].split("\n"):
        shown = _escape(line, pos, leading)
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


def _escape(piece: str, offset: int, leading: set[int]) -> str:
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
        else:
            out.append(ch)
    return "".join(out)


def _quote(ev: Evidence) -> str:
    sign = "+" if ev.effect == "earned" else "-"
    text = json.dumps(ev.text, ensure_ascii=False)
    return f"{sign} {text} [{ev.start}:{ev.end}] {ev.item}"


def render_report(grade: Grade, *, color: bool = False) -> str:
    """The readable report `trainer grade` prints; `color` adds ANSI styles to the chips."""

    def style(text: str, chip_color: ChipColor | None = None, bold: bool = False) -> str:
        if not color:
            return text
        fg = _TERMINAL[chip_color] if chip_color else None
        return click.style(text, fg=fg, bold=bold)

    overall: ChipColor = "green" if grade.passed else "red"
    verdict = "passed" if grade.passed else "not passed"
    lines = [style(f"Score {grade.score}/100 · {verdict}", overall, bold=True), ""]
    for key, result in grade.rubrics.items():
        c = chip(key, result)
        lines.append(style(c.label, c.color, bold=True))
        lines.append(f"  {result.rationale}")
        lines.extend(f"    {_quote(ev)}" for ev in result.evidence)
    lines.append("")
    lines.append(f"Tip: {grade.tip}")
    if grade.minimal_edit:
        lines.append(f"Minimal edit: {grade.minimal_edit}")
    lines.append(f"Model reflection: {grade.model_reflection}")
    if grade.flags:
        lines.append("Flags:")
        for flag in grade.flags:
            lines.append(f"  ! {flag.code}: {flag.message}")
            lines.extend(f"    {_quote(ev)}" for ev in flag.evidence)
    lines.append("")
    lines.append(style(footer(grade)))
    return "\n".join(lines)


def footer(grade: Grade) -> str:
    """Which grader, model and prompt files produced this grade, and what it cost."""
    meta = grade.metadata
    parts = [
        f"grader {meta.grader}",
        f"model {meta.model}",
        f"prompt {meta.prompt_hash[:12]}",
        f"{meta.latency_ms:.0f} ms",
    ]
    if meta.usage.total_tokens:
        parts.append(f"{meta.usage.total_tokens} tokens")
    if meta.fallback_reason:
        parts.append(f"fell back: {meta.fallback_reason}")
    return " · ".join(parts)
