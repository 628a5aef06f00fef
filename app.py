"""Streamlit page: type a reflection, see it graded. The page draws; the trainer package decides."""

from __future__ import annotations

import streamlit as st

from trainer.errors import TrainerError
from trainer.grading import grade
from trainer.model import ChatModel
from trainer.model_choice import choose_model
from trainer.report import chip, escape_markdown, footer, grade_evidence, highlight_spans
from trainer.schema import Grade, GradeRequest

EXAMPLE_STATEMENT = "My boss dumped another project on me and you didn't even ask how my day was."


@st.cache_resource(show_spinner=False)
def chat_model() -> ChatModel | None:
    """Resolve LLM settings and build the client once per server, not on every rerun."""
    return choose_model("auto")


def show_grade(response: str, result: Grade) -> None:
    """Draw one grade; `response` is the text it was given, so the evidence offsets fit."""
    verdict = "passed" if result.passed else "not passed yet"
    st.subheader(f"Score {result.score}/100 · {verdict}")
    for column, (key, rubric) in zip(st.columns(4), result.rubrics.items(), strict=True):
        c = chip(key, rubric)
        with column:
            st.badge(c.label, color=c.color)
    st.markdown("**Your words** (green earned points, red cost them)")
    st.markdown(highlight_spans(response, grade_evidence(result)))
    for key, rubric in result.rubrics.items():
        with st.expander(chip(key, rubric).label):
            st.markdown(escape_markdown(rubric.rationale))
    st.info(f"Tip: {escape_markdown(result.tip)}")
    if result.minimal_edit:
        st.markdown(f"**A minimal edit of your words:** {escape_markdown(result.minimal_edit)}")
    st.markdown(f"**One way to say it:** {escape_markdown(result.model_reflection)}")
    for flag in result.flags:
        st.warning(f"{flag.code}: {escape_markdown(flag.message)}")
    st.caption(footer(result))


st.set_page_config(page_title="Reflective listening trainer")
st.title("Reflective listening trainer")
st.caption(
    "Practice, not therapy: this trains one listening skill on made-up moments. "
    "If you or your partner are in crisis, reach out to a professional or a local helpline."
)

model: ChatModel | None = None
try:
    model = chat_model()
except TrainerError as exc:
    st.warning(f"The LLM grader is not available, so grading is offline: {exc}")
st.caption(f"Grader: LLM ({model.name})" if model is not None else "Grader: offline")

statement = st.text_area("What your partner said", value=EXAMPLE_STATEMENT, key="statement")
response = st.text_area(
    "Your reflection",
    key="response",
    placeholder="Say back what you heard, in your own words.",
)
if st.button("Grade", type="primary"):
    request = GradeRequest(statement=statement, response=response)
    try:
        with st.spinner("Grading…"):
            st.session_state["graded"] = (response, grade(request, "auto", model))
        st.session_state.pop("grade_error", None)
    except TrainerError as exc:
        st.session_state["grade_error"] = str(exc)
        st.session_state.pop("graded", None)

if "grade_error" in st.session_state:
    st.error(st.session_state["grade_error"])
if "graded" in st.session_state:
    graded_response, graded = st.session_state["graded"]
    show_grade(graded_response, graded)
