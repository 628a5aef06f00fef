"""Drawing pieces several pages use: a grade with its evidence, the partner's line."""

from __future__ import annotations

import streamlit as st

from trainer.grading.combine import sources_sentence
from trainer.grading.report import chip, escape_markdown, footer, grade_evidence, highlight_spans
from trainer.grading.schema import Grade

GRADER_NAMES = {"offline": "the offline grader", "llm": "the LLM grader"}


def grader_note(grade: Grade) -> str:
    """Markdown: which grader, why it fell back, and under `auto` which source answered which
    item (the model's name and the provider's error are made literal)."""
    meta = grade.metadata
    who = GRADER_NAMES.get(meta.grader, meta.grader)
    note = f"Graded by {who}" + (
        f" ({escape_markdown(meta.model)})" if meta.grader == "llm" else ""
    )
    if meta.fallback_reason:
        note += f", because {escape_markdown(meta.fallback_reason)}"
    said = sources_sentence(meta)
    return f"{note}. {escape_markdown(said)}" if said else note


def score_chips(grade: Grade) -> None:
    for column, (key, rubric) in zip(st.columns(4), grade.rubrics.items(), strict=True):
        c = chip(key, rubric)
        with column:
            st.badge(c.label, color=c.color)


def show_grade(response: str, grade: Grade, *, change: int | None = None) -> None:
    """One grade; `response` is the text it was given, so the evidence offsets fit."""
    verdict = "passed" if grade.passed else "not passed yet"
    delta = f" ({change:+d} from your last try)" if change is not None else ""
    st.subheader(f"Score {grade.score}/100 · {verdict}{delta}")
    st.caption(grader_note(grade))
    score_chips(grade)
    st.markdown("**Your words** (green earned points, red cost them)")
    st.markdown(highlight_spans(response, grade_evidence(grade)))
    for key, rubric in grade.rubrics.items():
        with st.expander(chip(key, rubric).label):
            st.markdown(escape_markdown(rubric.rationale))
    st.info(f"Next step: {escape_markdown(grade.tip)}")
    if grade.minimal_edit:
        st.markdown(f"**A minimal edit of your words:** {escape_markdown(grade.minimal_edit)}")
    st.markdown(f"**One way to say it:** {escape_markdown(grade.model_reflection)}")
    for flag in grade.flags:
        st.warning(f"{flag.code}: {escape_markdown(flag.message)}")
    st.caption(escape_markdown(footer(grade)))


def partner_says(text: str) -> None:
    with st.chat_message("partner", avatar=":material/record_voice_over:"):
        st.markdown(escape_markdown(text))


def learner_says(text: str) -> None:
    with st.chat_message("you", avatar=":material/person:"):
        st.markdown(escape_markdown(text))
