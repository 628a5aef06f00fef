"""Model-written feedback, checked: the model writes the model reflection and the minimal edit;
each is regraded before it is shown, and the offline text stands when it does not pass.

`grade()` (trainer/grading/grader.py) calls `add_model_feedback` for the grades a person reads
(practice, a conversation turn, `trainer grade`), never for eval runs or batches, whose figures
measure the grader. What happened to each text is kept in the grade
(`metadata.feedback`, a ModelFeedback) and said in words by `feedback_caption`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from trainer.errors import InvalidInput, LLMError
from trainer.grading.feedback.fluency import fluency_problems, punctuation_problems
from trainer.grading.feedback.regrade import cost_items, same_text
from trainer.grading.learner_words import learner_words
from trainer.grading.offline.text import STOPWORDS
from trainer.grading.schema import (
    FEEDBACK_TEXTS,
    FeedbackOutcome,
    FeedbackText,
    Grade,
    GradeRequest,
    ModelFeedback,
)
from trainer.llm.model import ChatModel, Usage
from trainer.settings import mask_userinfo
from trainer.typed_text import check_typed

TEMPLATE = "feedback.yaml"
MAX_TOKENS = 160
MAX_CHARS = 600
_LINE = re.compile(r"^\s*[-*]?\s*(reflection|edit)\s*:\s*(.*)$", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9']+")
# A reflection with this many content words found only in the learner's reply mixes them up
# (a feeling word or a check-in the learner got right may be reused: that is one or two).
BORROWED_WORDS = 3
# This many of the partner's words in a row, one of them "I", "my" or "me", speak as them.
COPIED_RUN = 4
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
# A minimal edit keeps at least this share of its words from the learner's reply.
KEPT_SHARE = 0.4
_LABEL: dict[str, FeedbackText] = {"reflection": "model_reflection", "edit": "minimal_edit"}

Regrade = Callable[[GradeRequest], Grade]
Clock = Callable[[], float]


@dataclass(frozen=True)
class Checked:
    """One text: the one to show (None: none), whether it is the model's, and why not."""

    text: str | None
    outcome: FeedbackOutcome
    rejected_because: str | None = None


def parse_feedback(text: str) -> dict[FeedbackText, str]:
    """The labelled lines of the model's answer ("reflection: ...", "edit: ..."); anything
    else in it (chatter, a third line) is ignored."""
    out: dict[FeedbackText, str] = {}
    for line in text.splitlines():
        m = _LINE.match(line)
        if m:
            out[_LABEL[m.group(1).lower()]] = m.group(2).strip().strip('"\u201c\u201d').strip()
    return out


def passes(
    candidate: str, request: GradeRequest, regrade: Regrade, text: FeedbackText
) -> str | None:
    """Why the candidate cannot be shown (None: it may be). The bar the trainer's own texts
    meet (trainer/grading/feedback/regrade.py): read as clean English, every rubric passes
    when regraded as the reply, nothing in it costs points, nothing speaks to the grader."""
    if not candidate.strip():
        return "empty"
    if len(candidate) > MAX_CHARS:
        return f"too long ({len(candidate)} characters)"
    if same_text(candidate, request.response):
        return "the same as the learner's reply"
    shape = (
        fluency_problems(candidate, request.statement) + _borrows_from_reply(candidate, request)
        if text == "model_reflection"
        else punctuation_problems(candidate) + _not_their_words(candidate, request)
    ) + _speaks_as_partner(candidate, request.statement)
    if shape:
        return f"does not read cleanly: {'; '.join(shape)}"
    try:
        check_typed(text, candidate)
        grade = regrade(request.model_copy(update={"response": candidate}))
    except InvalidInput as exc:  # e.g. another language, a control character: cannot vouch
        return f"the grader refused it ({exc})"
    failed = [key for key, result in grade.rubrics.items() if not result.passed]
    if failed:
        return f"fails {', '.join(failed)} when regraded"
    costs = cost_items()
    fired = sorted(
        item
        for _, result in grade.rubrics.items()
        for item, on in result.checklist.items()
        if on and item in costs
    )
    if fired:
        return f"costs points when regraded ({', '.join(fired)})"
    if any(flag.code == "grader_manipulation" for flag in grade.flags):
        return "speaks to the grader"
    return None


def _content(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if len(w) > 3 and w not in STOPWORDS]


def _borrows_from_reply(candidate: str, request: GradeRequest) -> list[str]:
    """A reflection says back what the partner said: words that only the learner's reply has
    ("you asked me to help move your sister" for a missed appointment) mix the two up."""
    said = set(_content(request.statement))
    borrowed = sorted({w for w in _content(candidate) if w in set(_content(request.response))}
                      - said)  # fmt: skip
    if len(borrowed) >= BORROWED_WORDS:
        return [f"it takes words from the reply, not the partner ({', '.join(borrowed)})"]
    return []


def _speaks_as_partner(candidate: str, statement: str) -> list[str]:
    """The partner's own first-person words copied as they are ("... to my dad's funeral"):
    the text speaks as the partner, not to them."""
    said = _WORD.findall(statement.lower())
    runs = {tuple(said[i : i + COPIED_RUN]) for i in range(len(said) - COPIED_RUN + 1)}
    words = _WORD.findall(candidate.lower())
    for i in range(len(words) - COPIED_RUN + 1):
        run = tuple(words[i : i + COPIED_RUN])
        if run in runs and _FIRST_PERSON.intersection(run):
            return [f"it speaks as the partner ({' '.join(run)!r})"]
    return []


def _not_their_words(candidate: str, request: GradeRequest) -> list[str]:
    """A minimal edit keeps the learner's own words: one made mostly of other words (often the
    partner's statement, spoken as the partner) is a new reply, not an edit."""
    words = _WORD.findall(candidate.lower())
    theirs = set(_WORD.findall(request.response.lower()))
    kept = sum(1 for w in words if w in theirs)
    if words and kept / len(words) < KEPT_SHARE:
        return [f"it keeps too few of the learner's words ({kept} of {len(words)})"]
    return []


def _checked(
    model_text: str | None, request: GradeRequest, regrade: Regrade, text: FeedbackText
) -> Checked:
    if model_text is None:
        return Checked(None, "wrote_none", "the model wrote none")
    why = passes(model_text, request, regrade, text)
    if why is None:
        return Checked(model_text, "passed")
    return Checked(None, "did_not_pass", why)


def wants_feedback(grade: Grade, request: GradeRequest) -> bool:
    """Is there something the model's words would be shown in? A failed reply shows an edit
    and a reflection; a passed one shows a reflection when the trainer had one to show and it
    is not a scenario's hand-written exemplar (those are curated and tested, and win)."""
    return not grade.passed or (
        grade.model_reflection is not None and not _hand_written(grade, request)
    )


def _hand_written(grade: Grade, request: GradeRequest) -> bool:
    return grade.model_reflection is not None and grade.model_reflection in request.exemplars


def add_model_feedback(
    request: GradeRequest,
    grade: Grade,
    model: ChatModel,
    regrade: Regrade,
    clock: Clock = time.monotonic,
) -> Grade:
    """The grade with the model's reflection and minimal edit where they pass their regrade,
    the trainer's own texts otherwise, and a ModelFeedback record of which is which. One
    request; a fault (timeout, HTTP error, an answer with no labelled lines) keeps the
    trainer's texts and records why. A grade that passes has no minimal edit, and gets none."""
    from trainer.llm.prompting import render_prompt

    rendered = render_prompt(
        TEMPLATE, {"statement": request.statement, "response": request.response}
    )
    asked: tuple[FeedbackText, ...] = FEEDBACK_TEXTS if not grade.passed else ("model_reflection",)
    if _hand_written(grade, request):  # a bank scenario's exemplar stands; only the edit is asked
        asked = tuple(t for t in asked if t != "model_reflection")
    if not asked:
        return grade
    record = ModelFeedback(model=model.name, prompt_hash=rendered.content_hash[:16])
    started = clock()
    try:
        with model.budget():
            reply = model.complete_text(rendered.messages, MAX_TOKENS)
    except LLMError as exc:
        why = mask_userinfo(f"the request failed ({exc.code}): {exc}")
        failed = dict.fromkeys(asked, "failed")
        record = record.model_copy(
            update={
                "sources": dict.fromkeys(FEEDBACK_TEXTS, "offline"),
                "outcomes": {**_not_asked(asked), **failed},
                "rejected": dict.fromkeys(asked, why),
                "latency_ms": (clock() - started) * 1000,
            }
        )
        return _with(grade, record)
    lines = parse_feedback(reply.content)
    checked = {text: _checked(lines.get(text), request, regrade, text) for text in asked}
    record = record.model_copy(
        update={
            "sources": {
                text: "model"
                if text in checked and checked[text].outcome == "passed"
                else "offline"
                for text in FEEDBACK_TEXTS
            },
            "outcomes": {**_not_asked(asked), **{t: c.outcome for t, c in checked.items()}},
            "written": {t: lines[t] for t in FEEDBACK_TEXTS if t in lines},
            "rejected": {t: c.rejected_because for t, c in checked.items() if c.rejected_because},
            "usage": reply.usage if isinstance(reply.usage, Usage) else Usage(),
            "latency_ms": (clock() - started) * 1000,
        }
    )
    shown = {t: c.text for t, c in checked.items() if c.text is not None}
    return _with(grade, record, shown)


def _not_asked(asked: Sequence[FeedbackText]) -> dict[FeedbackText, FeedbackOutcome]:
    """The reflection is left out of a request only when a hand-written exemplar stands."""
    return {
        t: "hand_written" if t == "model_reflection" else "not_asked"
        for t in FEEDBACK_TEXTS
        if t not in asked
    }


def _with(
    grade: Grade, record: ModelFeedback, shown: dict[FeedbackText, str] | None = None
) -> Grade:
    update: dict[str, object] = {"metadata": grade.metadata.model_copy(update={"feedback": record})}
    for text, value in (shown or {}).items():
        update[text] = value
        if text == "minimal_edit":
            update["no_edit_reason"] = None
    return grade.model_copy(update=update)


def feedback_caption(grade: Grade, text: FeedbackText) -> str | None:
    """In words, who wrote the text shown beside it (or why the model's is not there); None
    when no model was asked for it, or when the grade shows no such text."""
    record = grade.metadata.feedback
    shown: str | None = getattr(grade, text)
    if record is None or (shown is None and (text == "model_reflection" or grade.passed)):
        return None
    words = learner_words().feedback
    if record.source(text, shown) == "model":
        return words.model.format(model=record.model)
    outcome = record.outcomes.get(text, "not_asked")
    if outcome == "hand_written" and shown:
        return words.hand_written
    if outcome in (
        "not_asked",
        "passed",
        "hand_written",
    ):  # "passed": since replaced, e.g. by a coach
        return None
    lead = {"failed": words.failed, "did_not_pass": words.did_not_pass}.get(
        outcome, words.wrote_none
    )
    return f"{lead.format(model=record.model)} {words.ours if shown else words.none}"
