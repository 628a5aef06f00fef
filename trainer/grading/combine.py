"""Trust per item, not per grader: under `auto`, each checklist item is answered by the source
that agrees best with careful human labels (the model's validity card says which), and the
grade records who answered what.

Pure: two grades of the same request and a trust map in, one grade out. Which card applies to
which model is decided at the edges (trainer/evals/card_files.py) and passed in as an ItemTrust.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field

from trainer.grading.assemble import assemble_grade
from trainer.grading.offline.grader import read_response
from trainer.grading.schema import (
    RUBRIC_KEYS,
    Evidence,
    Flag,
    Frozen,
    Grade,
    GradeMetadata,
    GradeRequest,
    ItemSource,
    RubricKey,
)
from trainer.llm.model import Usage
from trainer.prompts import RubricSet, load_rubrics

# With no card for the configured model, the model answers only the items that need reading
# for meaning (where fixed phrases miss most); the offline rules answer every item that a
# phrase marks (advice, "at least", "me too", ...). Measured, a card replaces this.
DEFAULT_MODEL_ITEMS: tuple[str, ...] = (
    "names_main_feeling",  # feeling named
    "distorts_facts",  # distortion
    "imputes_motive",  # imputed motive
    "legitimizes_feeling",  # legitimizing
    "defends_self",  # defending
)
DEFAULT_BASIS = (
    "no validity card measures this model yet, so by default it answers only the meaning items"
)


class ItemTrust(Frozen):
    """Which items the model answers under `auto` (every other item: the offline rules), and
    why, in words for the grade's caption."""

    model: str = Field(description="the model name this trust is for")
    model_items: tuple[str, ...] = Field(description="item ids answered by the model")
    basis: str = Field(description="why: the card it came from, or the default")

    def source(self, item_id: str) -> ItemSource:
        return "model" if item_id in self.model_items else "offline"


def default_trust(model: str) -> ItemTrust:
    """The documented default for a model without a validity card."""
    return ItemTrust(model=model, model_items=DEFAULT_MODEL_ITEMS, basis=DEFAULT_BASIS)


def offline_only(grade: Grade, trust: ItemTrust) -> Grade:
    """An offline grade under `auto` whose card trusts the model with no item: the model is not
    asked, and the grade says why."""
    meta = grade.metadata.model_copy(update={"trust_basis": trust.basis})
    return grade.model_copy(update={"metadata": meta})


def merged_answers(
    offline: Grade, model: Grade, trust: ItemTrust
) -> dict[RubricKey, dict[str, bool]]:
    """Each item's answer from its trusted source."""
    out: dict[RubricKey, dict[str, bool]] = {}
    for key in RUBRIC_KEYS:
        off, mod = offline.rubrics.get(key).checklist, model.rubrics.get(key).checklist
        out[key] = {
            i: (mod if trust.source(i) == "model" else off).get(i, False) for i in off.keys() | mod
        }
    return out


def combine_grades(
    request: GradeRequest,
    offline: Grade,
    model: Grade,
    trust: ItemTrust,
    rubrics: RubricSet | None = None,
) -> Grade:
    """One grade: each item from its trusted source, its evidence from that source, scored and
    worded like any other grade. Flags from both (text aimed at the grader is never dropped)."""
    rubric_set = rubrics or load_rubrics()
    answers = merged_answers(offline, model, trust)
    evidence: dict[RubricKey, list[Evidence]] = {}
    for key in RUBRIC_KEYS:
        evidence[key] = [
            ev
            for grade, source in ((offline, "offline"), (model, "model"))
            for ev in grade.rubrics.get(key).evidence
            if trust.source(ev.item) == source and answers[key].get(ev.item)
        ]
    sources = {i: trust.source(i) for key in RUBRIC_KEYS for i in rubric_set.item_ids(key)}
    used_model = any(s == "model" for s in sources.values())
    m_meta, o_meta = model.metadata, offline.metadata
    metadata = GradeMetadata(
        grader="llm" if used_model else "offline",
        model=m_meta.model if used_model else o_meta.model,
        prompt_hash=m_meta.prompt_hash if used_model else o_meta.prompt_hash,
        latency_ms=m_meta.latency_ms + o_meta.latency_ms,
        usage=m_meta.usage if used_model else Usage(),
        item_sources=sources,
        trust_basis=trust.basis,
    )
    reading = read_response(request, rubric_set, english_only=False)
    return assemble_grade(
        rubric_set, reading, answers, evidence, _flags(model.flags, offline.flags), metadata
    )


def _flags(first: Sequence[Flag], second: Sequence[Flag]) -> list[Flag]:
    seen = {f.code for f in first}
    return [*first, *(f for f in second if f.code not in seen)]


# ---- in words -------------------------------------------------------------------------------


def sources_sentence(metadata: GradeMetadata, rubrics: RubricSet | None = None) -> str:
    """Who answered which item under `auto`, for the grade's caption and the CLI report (plain
    text); empty for a grade one grader made on its own."""
    sources = metadata.item_sources
    if not sources or metadata.trust_basis is None:
        return ""  # one grader, as asked: the grader's name says it all
    rubric_set = rubrics or load_rubrics()
    labels = {it.id: it.label for r in rubric_set.rubrics.values() for it in r.items}
    from_model = [labels.get(i, i) for i, s in sources.items() if s == "model"]
    model = metadata.model
    if metadata.fallback_reason:
        return "Every item came from the offline rules, because the model did not answer."
    why = f" ({metadata.trust_basis})"
    if not from_model:
        return f"Every item came from the offline rules{why}."
    if len(from_model) == len(sources):
        return f"Every item came from the model ({model}){why}."
    return (
        f"Whether it {_join(from_model)} came from the model ({model}); "
        f"the rest from the offline rules{why}."
    )


def _join(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
