"""Start page: a short self-assessment that suggests where to begin. The questions and the
suggestion come from trainer.coaching.self_assessment; this page only asks and shows."""

from __future__ import annotations

import streamlit as st

from trainer.coaching.self_assessment import InvalidAnswers, load_assessment, suggest
from trainer.grading.report import escape_markdown, rubric_title
from trainer.ui import page_state, state

assessment = load_assessment()
st.title("Start here")
st.markdown(
    "A few honest answers about how you listen now. " + escape_markdown(assessment.reminder)
)
st.caption(state.PRACTICE_NOT_THERAPY)

with st.form("self_assessment"):
    answers: dict[str, int] = {}
    for q in assessment.questions:
        label = st.select_slider(
            q.text, options=assessment.scale, value=assessment.scale[2], key=f"q_{q.question_id}"
        )
        answers[q.question_id] = assessment.scale.index(label)
    submitted = st.form_submit_button("Suggest where to begin", type="primary")

if submitted:
    try:
        st.session_state["suggestion"] = suggest(answers, assessment)
    except InvalidAnswers as exc:
        st.error(escape_markdown(str(exc)))

suggestion = st.session_state.get("suggestion")
if suggestion is not None:
    st.subheader("Where to begin")
    for p in suggestion.patterns:
        st.markdown(f"**{escape_markdown(p.pattern)}** — {escape_markdown(p.why)}")
        st.caption(f"Try this: {p.try_this}")
    st.info(
        f"Focus on **{rubric_title(suggestion.focus_rubric)}**: start with "
        f"{suggestion.theme.replace('_', ' ')} scenarios at {suggestion.difficulty} difficulty, "
        f"in the {suggestion.mode.replace('_', ' ')} exercise."
    )
    if st.button("Start practising", type="primary"):
        page_state.preset_practice(suggestion.theme, suggestion.difficulty, suggestion.mode,
                                   drill=page_state.practice().drill)  # fmt: skip
        st.switch_page("trainer/ui/pages/practice.py")
    st.caption(escape_markdown(suggestion.reminder))
