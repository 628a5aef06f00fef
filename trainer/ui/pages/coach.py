"""Coach dashboard: learners per rubric (attempts, pass rate, trend, weakest skill, overdue
drills), groups and invite codes, and attempt review (override a rubric with a reason, release
held feedback). trainer.store.dashboard and trainer.store.coaching decide; this page draws."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from trainer.errors import TrainerError
from trainer.grading.report import escape_markdown, rubric_title
from trainer.grading.schema import RUBRIC_KEYS
from trainer.store import coaching
from trainer.store.dashboard import coach_dashboard
from trainer.ui import state
from trainer.ui.widgets import show_grade

TREND = {"improving": "↑", "slipping": "↓", "steady": "→", "too_early": "·"}

st.title("Coach dashboard")
me = state.actor()
store = state.store()
today = dt.datetime.now(dt.UTC).date()
learners_tab, review_tab, groups_tab = st.tabs(["Learners", "Review", "Groups"])

with learners_tab:
    rows = coach_dashboard(store, me, today)
    if not rows:
        st.info("No learners yet. Create a group and share its invite code (Groups tab).")
    else:
        st.dataframe(
            [
                {"learner": r.name, "attempts": r.attempts,
                 **{rubric_title(k): (f"{r.rubrics[k].pass_rate:.0%} {TREND[r.rubrics[k].direction]}"
                    if r.rubrics[k].pass_rate is not None else "–") for k in RUBRIC_KEYS},
                 "weakest": rubric_title(r.weakest) if r.weakest else "–",
                 "drills done": f"{r.drills_complete}/{r.drills_assigned}",
                 "overdue": ", ".join(r.drills_overdue)}
                for r in rows
            ],
            hide_index=True,
        )  # fmt: skip
        st.caption("Pass rate over all graded attempts; ↑ ↓ → compare the last 10 attempts "
                   "with the 10 before (· too few to tell).")  # fmt: skip
        names = {r.name: r.learner_id for r in rows}
        chosen = st.selectbox("Look at a learner's attempts", list(names), key="coach_learner")
        attempts = store.attempts(me, names[chosen], limit=20) if chosen else []
        for a in attempts:
            if a.grade is None:
                continue
            label = f"{a.created_at:%Y-%m-%d %H:%M} · score {a.grade.score} · {escape_markdown(a.response[:60])}"
            with st.expander(label):
                st.caption(f"Partner: {escape_markdown(a.statement)}")
                show_grade(a.response, a.grade)
                with st.form(f"override_{a.attempt_id}"):
                    st.markdown("**Override a rubric** (your judgement becomes a gold label)")
                    c1, c2 = st.columns(2)
                    rubric = c1.selectbox("Rubric", RUBRIC_KEYS, format_func=rubric_title,
                                          key=f"ov_r_{a.attempt_id}")  # fmt: skip
                    score = c2.select_slider("Your score", options=[0, 1, 2, 3, 4], value=3,
                                             key=f"ov_s_{a.attempt_id}")  # fmt: skip
                    reason = st.text_input("Reason", key=f"ov_why_{a.attempt_id}")
                    if st.form_submit_button("Save override"):
                        try:
                            o = coaching.override(store, me, a.attempt_id, rubric, score, reason)
                        except TrainerError as exc:
                            st.error(escape_markdown(str(exc)))
                        else:
                            st.success(f"{rubric_title(o.rubric)}: {o.original_score} → {o.score}")

with review_tab:
    held = coaching.awaiting_review(store, me)
    if not held:
        st.info("Nothing is waiting for review.")
    for a in held:
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(a.response)}**")
            st.caption(f"{a.created_at:%Y-%m-%d %H:%M} · to: {escape_markdown(a.statement)}")
            if a.grade:
                show_grade(a.response, a.grade)
            if st.button("Approve and release to the learner", key=f"rel_{a.attempt_id}",
                         type="primary"):  # fmt: skip
                coaching.release(store, me, a.attempt_id)
                st.rerun()

with groups_tab:
    with st.form("new_group"):
        gname = st.text_input("New group name", key="group_name")
        if st.form_submit_button("Create group"):
            try:
                g = coaching.create_group(store, me, gname)
            except TrainerError as exc:
                st.error(escape_markdown(str(exc)))
            else:
                st.success(f"Created {escape_markdown(g.name)}: invite code {g.invite_code}")
    local_learners = store.profiles("learner")
    for g in coaching.groups(store, me):
        members = coaching.learners(store, me, g.group_id)
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(g.name)}** · invite code `{g.invite_code}`")
            st.caption(
                "Members: " + (escape_markdown(", ".join(m.name for m in members)) or "none yet")
            )
            others = {p.name: p.profile_id for p in local_learners if p not in members}
            if others and not state.auth_configured():  # with OIDC, learners join by code
                pick = st.selectbox("Add a learner on this machine", list(others),
                                    key=f"add_{g.group_id}")  # fmt: skip
                if st.button("Add", key=f"addbtn_{g.group_id}"):
                    try:
                        coaching.add_to_group(store, me, g.group_id, others[pick])
                    except TrainerError as exc:
                        st.error(escape_markdown(str(exc)))
                    else:
                        st.rerun()
