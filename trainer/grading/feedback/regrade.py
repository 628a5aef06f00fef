"""Grade candidate texts before they are shown; keep the first that passes, or none.

This is the one place a text offered as better words is checked. Candidates may come from the
trainer's own writers (edit.py, reflection.py), a scenario's hand-written exemplars, or later an
LLM; each is regraded against the same statement, context and hidden truth as the learner's reply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from trainer.errors import InvalidInput
from trainer.grading.schema import Evidence, GradeRequest

Check = Callable[[GradeRequest], bool]
"""Does this request's response pass? A check may call any grader; the default is offline."""

Shape = Callable[[str], list[str]]
"""What is wrong with a text's form (empty when it may be shown)."""


def offline_check(request: GradeRequest) -> bool:
    """Every rubric passes and no cost item fires: advice that the score happens to absorb is
    still advice, and an offered text must not teach it."""
    # Imported here: the offline grader assembles grades with this package (an import cycle).
    from trainer.grading.offline.grader import read_response
    from trainer.grading.scoring import build_rubrics
    from trainer.prompts import load_rubrics

    rubric_set = load_rubrics()
    try:
        reading = read_response(request, rubric_set)
    except InvalidInput:
        return False
    result = build_rubrics(rubric_set, reading.analysis.answers, reading.evidence)
    costs = cost_items()
    fired = any(
        on and item in costs
        for answers in reading.analysis.answers.values()
        for item, on in answers.items()
    )
    return (
        all(r.passed for _, r in result.items())
        and not fired
        and not reading.manipulation
        and not _feeling_stands_for_point(request, reading.evidence.get("accuracy", []))
    )


def _feeling_stands_for_point(request: GradeRequest, accuracy: list[Evidence]) -> bool:
    """The grader lets a feeling that fits stand for the point (it needs that for paraphrases it
    cannot see), but text we offer must say what happened too: "That sounds so frustrating.
    That's rough." for a turn about a boss and a project would teach generic sympathy. Only for
    turns that tell an event (6+ content words besides feelings), not ones mostly of feeling."""
    from trainer.grading.offline.feelings import feelings_in
    from trainer.grading.offline.text import content_stems, normalize

    def facts(text: str) -> set[str]:
        """Content words of a text beyond its feeling words."""
        norm = normalize(text).text
        for f in feelings_in(norm):
            norm = norm[: f.start] + " " * (f.end - f.start) + norm[f.end :]
        return set(content_stems(norm))

    points = [e.text for e in accuracy if e.item == "reflects_main_point"]
    told = len(facts(request.statement)) >= 6
    return told and bool(points) and not any(facts(t) for t in points)


def cost_items() -> frozenset[str]:
    """The checklist items that cost points: an offered text may fire none of them."""
    from trainer.prompts import load_rubrics

    return frozenset(
        item.id
        for rdef in load_rubrics().rubrics.values()
        for item in rdef.items
        if item.effect == "cost"
    )


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def same_text(a: str, b: str) -> bool:
    """The same words, whatever the spacing and case: an offered text must differ from the reply."""
    return _key(a) == _key(b)


def first_passing(
    candidates: Iterable[str],
    request: GradeRequest,
    *,
    check: Check = offline_check,
    shape: Shape | None = None,
    not_equal_to: str | None = None,
) -> str | None:
    """The first candidate, in the order given, that has a clean shape, differs from
    `not_equal_to` (the learner's reply) and passes `check` as a reply to `request`'s
    statement; None when none does. Duplicates are graded once."""
    seen: set[str] = set()
    if not_equal_to is not None:
        seen.add(_key(not_equal_to))
    for text in candidates:
        text = text.strip()
        key = _key(text)
        if not text or key in seen:
            continue
        seen.add(key)
        if shape is not None and shape(text):
            continue
        if check(request.model_copy(update={"response": text})):
            return text
    return None
