"""Drawing pieces several pages use: a grade with its evidence, the partner's line."""

from __future__ import annotations

import streamlit as st

from trainer.coaching.records import AttemptRecord, coach_notes
from trainer.grading.combine import sources_sentence
from trainer.grading.learner_words import flag_title, grader_name
from trainer.grading.llm_feedback import feedback_caption
from trainer.grading.report import chip, escape_markdown, grade_evidence, highlight_spans
from trainer.grading.schema import FeedbackText, Grade


def grader_note(grade: Grade) -> str:
    """Markdown: which grader, why it fell back, and under `auto` which source answered which
    item (the model's name and the provider's error are made literal)."""
    meta = grade.metadata
    who = grader_name(meta.grader)
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
    show_feedback_texts(grade)
    for flag in grade.flags:
        st.warning(f"**{escape_markdown(flag_title(flag.code))}:** {escape_markdown(flag.message)}")


def show_attempt(record: AttemptRecord) -> None:
    """A stored attempt as its learner sees it: what was said, the released feedback (as the
    coach corrected it) with the coach's reasons first, or that the coach has not released it."""
    st.caption(f"Partner: {escape_markdown(record.statement)}")
    if record.awaiting_review or (record.status == "graded" and record.grade is None):
        st.info("Waiting for your coach's review: the feedback shows once they release it.")
        return
    if record.grade is None:
        st.caption(escape_markdown(f"Not graded: {record.error or record.status}"))
        return
    for note in coach_notes(record):
        st.info(escape_markdown(note))
    show_grade(record.response, record.grade)


def show_feedback_texts(grade: Grade) -> None:
    """The minimal edit (or why there is none) and one way to say it; both passed the grader
    before they got here, and an absent one is told, never faked. When a model was asked to
    write them, a caption under each says whose words they are."""
    if grade.minimal_edit:
        st.markdown(f"**A minimal edit of your words:** {escape_markdown(grade.minimal_edit)}")
    elif grade.no_edit_reason:
        st.markdown(
            f"**A minimal edit of your words:** none. {escape_markdown(grade.no_edit_reason)}"
        )
    _whose_words(grade, "minimal_edit")
    if grade.model_reflection:
        st.markdown(f"**One way to say it:** {escape_markdown(grade.model_reflection)}")
    _whose_words(grade, "model_reflection")


def _whose_words(grade: Grade, text: FeedbackText) -> None:
    said = feedback_caption(grade, text)
    if said:
        st.caption(escape_markdown(said))  # the model's name is typed text


def partner_says(text: str) -> None:
    with st.chat_message("partner", avatar=":material/record_voice_over:"):
        st.markdown(escape_markdown(text))


def learner_says(text: str) -> None:
    with st.chat_message("you", avatar=":material/person:"):
        st.markdown(escape_markdown(text))
