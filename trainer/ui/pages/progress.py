"""Progress page: per-rubric trend, streak, the learner's most common mistakes in their own
words, a filterable history with any attempt's released feedback and the coach's reasons, and
export or delete of their data. trainer.coaching.progress does the
maths; this page draws it."""

from __future__ import annotations

import datetime as dt
import json

import altair as alt
import streamlit as st

from trainer.coaching import history, progress
from trainer.grading.report import escape_markdown, rubric_title
from trainer.grading.schema import RUBRIC_KEYS
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES
from trainer.store import forget
from trainer.ui import state
from trainer.ui.together_parts import felt_understood_section
from trainer.ui.widgets import show_attempt

ANY = "any"
RECENT_FOR_MISTAKES = 200
DIRECTION = {"improving": "improving", "slipping": "slipping", "steady": "steady",
             "too_early": "too early to tell a trend"}  # fmt: skip

st.title("Progress")
me = state.actor()
# Scores only for the maths and the history (fast on a long history); full grades for the
# newest attempts, which the mistakes and their examples need.
records = state.store().attempts(me, with_grades=False)
recent = state.store().attempts(me, limit=RECENT_FOR_MISTAKES)
today = dt.datetime.now(dt.UTC).date()
summary = progress.summary(records, today, detailed=recent)

if not summary.graded_attempts:
    st.info("No graded attempts yet. Practise once and your progress shows here.")
else:
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Attempts", summary.graded_attempts)
    c2.metric("Mean score", f"{summary.mean_score:.0f}" if summary.mean_score is not None else "–")
    c3.metric("Streak (days)", summary.streak.current, help=f"Longest: {summary.streak.longest}")
    c4.metric("Best score", summary.best_score if summary.best_score is not None else "–")

    st.subheader("Rubric trend")
    bucket = st.radio("Group by", ["day", "week"], horizontal=True, key="bucket")
    trend = progress.rubric_trend(records, bucket)  # type: ignore[arg-type]
    points = [
        {"date": p.start.isoformat(), "rubric": rubric_title(key),
         "mean score (0-4)": p.rubrics[key].mean_score, "attempts": p.attempts}
        for p in trend
        for key in RUBRIC_KEYS
    ]  # fmt: skip
    chart = (
        alt.Chart(alt.Data(values=points))  # type: ignore[no-untyped-call]
        .mark_line(point=True)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("mean score (0-4):Q", scale=alt.Scale(domain=[0, 4])),
            color=alt.Color("rubric:N", title=None),
            tooltip=["date:T", "rubric:N", "mean score (0-4):Q", "attempts:Q"],
        )
    )
    st.altair_chart(chart, width="stretch")
    cols = st.columns(4)
    for col, key in zip(cols, RUBRIC_KEYS, strict=True):
        rp = summary.rubrics[key]
        rate = f"{rp.pass_rate:.0%}" if rp.pass_rate is not None else "–"
        col.metric(rubric_title(key), rate, help="pass rate over all your graded attempts")
        col.caption(f"Last 10 vs the 10 before: {DIRECTION[rp.direction]}")
    weakest = summary.weakest_rubric
    if weakest and (summary.rubrics[weakest].pass_rate or 0) < 1:
        st.caption(f"Weakest skill right now: {rubric_title(weakest)}.")

    st.subheader("Your most common mistakes")
    if len(records) > RECENT_FOR_MISTAKES:
        st.caption(f"From your last {RECENT_FOR_MISTAKES} attempts.")
    if not summary.common_mistakes:
        st.success("No mistake has come up yet. Keep going.")
    for mistake in summary.common_mistakes:
        with st.expander(f"{mistake.label} — {mistake.count}× ({mistake.share:.0%} of attempts)"):
            st.markdown(f"**Try:** {escape_markdown(mistake.tip)}")
            for ex in mistake.examples:
                st.markdown(
                    f"- “{escape_markdown(ex.text)}” "
                    f"({ex.created_at:%Y-%m-%d}, to: “{escape_markdown(ex.statement[:90])}”)"
                )

felt_understood_section(state.store(), me)  # Practise together, as partners judged it
st.subheader("History")
f1, f2, f3, f4 = st.columns(4)
theme = f1.selectbox("Theme", [ANY, *THEMES], key="h_theme")
difficulty = f2.selectbox("Difficulty", [ANY, *DIFFICULTIES], key="h_difficulty")
rubric = f3.selectbox("Rubric", [ANY, *RUBRIC_KEYS], format_func=lambda k: k if k == ANY
                      else rubric_title(k), key="h_rubric")  # fmt: skip
result = f4.selectbox("Result", [ANY, "passed", "not passed"], key="h_result")
text = st.text_input("Contains", key="h_text")
shown = history.filter_history(
    records,
    theme=None if theme == ANY else theme,
    difficulty=None if difficulty == ANY else difficulty,
    rubric=None if rubric == ANY else rubric,  # type: ignore[arg-type]
    passed=None if result == ANY else result == "passed",
    text=text or None,
)
st.caption(f"{len(shown)} of {len(records)} attempts")
if shown:
    st.dataframe(
        history.history_table(shown),
        hide_index=True,
    )
    st.subheader("An attempt's feedback")
    commented = {r.attempt_id for r in recent if r.overrides}
    picked = st.selectbox(
        "Attempt", shown[:RECENT_FOR_MISTAKES], key="h_attempt",
        format_func=lambda r: history.attempt_label(r, r.attempt_id in commented),
    )  # fmt: skip
    if picked is not None:
        show_attempt(state.store().attempt(me, picked.attempt_id))

st.subheader("Your data")
d1, d2 = st.columns(2)
# Callables: the files are built only when clicked, not on every load of the page.
d1.download_button(
    "Export CSV", lambda: history.to_csv(state.store().attempts(me)),
    file_name="listening-practice.csv",
    mime="text/csv",
)  # fmt: skip
d2.download_button(
    "Export JSON",
    lambda: json.dumps(history.to_json_rows(state.store().attempts(me)), indent=2),
    file_name="listening-practice.json",
    mime="application/json",
)
with st.expander("Delete my data"):
    rooms = forget.rooms_to_delete(state.store(), me)
    together = (
        f" and the {rooms} practise-together room(s) you sit in (for your partner too)"
        if rooms
        else ""
    )
    st.warning(
        f"This deletes all {len(records)} of your attempts{together} from this device. "
        "It cannot be undone."
    )
    sure = st.checkbox("Yes, delete all my attempts", key="confirm_delete")
    if st.button("Delete my data", disabled=not sure, type="primary"):
        deleted = forget.delete_my_data(state.store(), me)
        st.session_state.pop("confirm_delete", None)
        st.session_state["deleted_notice"] = deleted.sentence()
        st.rerun()
if "deleted_notice" in st.session_state:
    st.success(state.pop("deleted_notice"))
