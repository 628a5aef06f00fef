"""Model-written feedback, checked: the model writes the model reflection and the minimal edit;
each is regraded before it is shown, and the offline text stands when it does not pass.

`first_passing` is the one seam where a candidate is regraded and chosen; it takes the regrade
function, so another regrader (e.g. a shared "regrade and pick" helper) can replace it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from trainer.errors import InvalidInput, LLMError
from trainer.grading.schema import Grade, GradeRequest
from trainer.llm.model import ChatModel, Usage
from trainer.llm.prompting import render_prompt

TEMPLATE = "feedback.yaml"
MAX_TOKENS = 160
MAX_CHARS = 600
_LINE = re.compile(r"^\s*[-*]?\s*(reflection|edit)\s*:\s*(.*)$", re.IGNORECASE)

Regrade = Callable[[GradeRequest], Grade]
Source = Literal["model", "offline"]


@dataclass(frozen=True)
class Checked:
    """One piece of feedback: what is shown, where it came from, and why a model text was not."""

    text: str | None
    source: Source
    model_text: str | None
    rejected_because: str | None = None


@dataclass(frozen=True)
class Feedback:
    reflection: Checked
    edit: Checked
    usage: Usage
    prompt_hash: str


def parse_feedback(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = _LINE.match(line)
        if m:
            out[m.group(1).lower()] = m.group(2).strip().strip('"\u201c\u201d')
    return out


def passes(candidate: str, request: GradeRequest, regrade: Regrade) -> str | None:
    """Why the candidate cannot be shown (None: it passes every rubric when regraded)."""
    if not candidate.strip():
        return "empty"
    if len(candidate) > MAX_CHARS:
        return f"too long ({len(candidate)} characters)"
    try:
        grade = regrade(request.model_copy(update={"response": candidate}))
    except InvalidInput as exc:  # e.g. written in another language: the grader cannot vouch
        return f"the grader refused it ({exc})"
    failed = [key for key, result in grade.rubrics.items() if not result.passed]
    return f"fails {', '.join(failed)} when regraded" if failed else None


def first_passing(
    candidates: Sequence[str], request: GradeRequest, regrade: Regrade
) -> tuple[str | None, list[str]]:
    """The first candidate that passes its regrade, and why each earlier one did not."""
    reasons: list[str] = []
    for text in candidates:
        why = passes(text, request, regrade)
        if why is None:
            return text, reasons
        reasons.append(why)
    return None, reasons


def _checked(
    model_text: str | None, offline: str | None, request: GradeRequest, regrade: Regrade
) -> Checked:
    if model_text is None:
        return Checked(offline, "offline", None, "the model wrote none")
    chosen, reasons = first_passing([model_text], request, regrade)
    if chosen is not None:
        return Checked(chosen, "model", model_text)
    return Checked(offline, "offline", model_text, reasons[0])


def write_feedback(
    request: GradeRequest, grade: Grade, model: ChatModel, regrade: Regrade
) -> tuple[Grade, Feedback | None]:
    """The grade with the model's reflection and minimal edit where they pass their regrade
    (the offline texts otherwise); None for the record when the model could not be asked. A
    grade that passes has no minimal edit, and gets none."""
    rendered = render_prompt(
        TEMPLATE, {"statement": request.statement, "response": request.response}
    )
    try:
        with model.budget():
            reply = model.complete_text(rendered.messages, MAX_TOKENS)
    except LLMError:
        return grade, None
    lines = parse_feedback(reply.content)
    reflection = _checked(lines.get("reflection"), grade.model_reflection, request, regrade)
    if grade.minimal_edit is None:
        edit = Checked(None, "offline", lines.get("edit"), "the reply already passes")
    else:
        edit = _checked(lines.get("edit"), grade.minimal_edit, request, regrade)
    feedback = Feedback(reflection, edit, reply.usage, rendered.content_hash[:16])
    updated = grade.model_copy(
        update={
            "model_reflection": reflection.text or grade.model_reflection,
            "minimal_edit": edit.text if grade.minimal_edit is not None else None,
        }
    )
    return updated, feedback
