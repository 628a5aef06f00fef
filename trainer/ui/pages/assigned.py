"""Assigned to me: the drills a coach gave this learner, with progress and each attempt's
released feedback and the coach's reasons, and joining a group by invite code. Progress
comes from trainer.coaching.drills; access is checked by the store."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from trainer.coaching import history
from trainer.coaching import service as coaching
from trainer.coaching.drills import drill_progress
from trainer.errors import TrainerError
from trainer.grading.report import escape_markdown, rubric_title
from trainer.ui import page_state, state
from trainer.ui.widgets import show_attempt

SHOWN_ATTEMPTS = 10

st.title("Assigned to me")
me = state.actor()
store = state.store()

with st.form("join"):
    code = st.text_input("Invite code from your coach", key="invite_code")
    st.caption(coaching.JOIN_NOTICE)
    if st.form_submit_button("Join group"):
        try:
            group = coaching.join_group(store, me, code)
        except TrainerError as exc:
            st.error(escape_markdown(str(exc)))
        else:
            coach = coaching.coach_name(store, group)
            st.success(escape_markdown(f"You joined {group.name}. {coach} sees your attempts "
                                       "from now on."))  # fmt: skip
for g in coaching.groups(store, me):
    c1, c2 = st.columns([4, 1])
    c1.caption(escape_markdown(f"In group {g.name} (coach {coaching.coach_name(store, g)})"))
    if c2.button("Leave", key=f"leave_{g.group_id}"):
        coaching.leave_group(store, me, g.group_id)
        st.rerun()

drills = coaching.assigned_to(store, me)
if not drills:
    st.info("No drills assigned yet. Your coach's drills show here once you join their group.")
records = store.attempts(me)
today = dt.datetime.now(dt.UTC).date()
for drill in drills:
    p = drill_progress(drill, records, today)
    spec = drill.spec
    with st.container(border=True):
        state_text = "done ✓" if p.complete else ("overdue" if p.overdue else
                     (f"due {p.due:%a %d %b}" if p.due else "no due date"))  # fmt: skip
        st.markdown(f"**{escape_markdown(spec.title)}** · {state_text}")
        st.progress(min(1.0, p.passed / p.passes_needed),
                    text=f"{p.passed} of {p.passes_needed} passing · {p.attempts} of "
                         f"{p.repetitions} repetitions done")  # fmt: skip
        st.markdown(escape_markdown(spec.instructions))
        focus = ", ".join(rubric_title(k) for k in spec.focus)
        st.caption(f"Focus: {focus} · exercise: {spec.mode.replace('_', ' ')}"
                   + (" · your coach reviews feedback first" if spec.review_before_release else "")
                   + (f" · {p.awaiting_review} awaiting review" if p.awaiting_review else ""))  # fmt: skip
        if st.button("Practise this drill", key=f"go_{drill.drill_id}", type="primary"):
            page_state.practice().reset(drill=drill)
            st.switch_page("trainer/ui/pages/practice.py")
        mine = [r for r in records if r.drill_id == drill.drill_id]
        if mine:
            st.markdown("**Your attempts on this drill**")
        for r in sorted(mine, key=lambda r: r.created_at, reverse=True)[:SHOWN_ATTEMPTS]:
            with st.expander(escape_markdown(history.attempt_label(r, bool(r.overrides)))):
                show_attempt(r)
