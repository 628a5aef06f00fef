"""Coach dashboard: learners per rubric (attempts, pass rate, trend, weakest skill, overdue
drills), groups and invite codes, and attempt review (override a rubric with a reason, release
held feedback, each held attempt with its learner and the partner's words).
trainer.coaching.dashboard and trainer.coaching.service decide; this page draws."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from trainer.coaching import service as coaching
from trainer.coaching.dashboard import coach_dashboard
from trainer.errors import TrainerError
from trainer.grading.report import escape_markdown, rubric_title
from trainer.grading.schema import RUBRIC_KEYS
from trainer.ui import state
from trainer.ui.widgets import learner_says, partner_says, show_grade

TREND = {"improving": "↑", "slipping": "↓", "steady": "→", "too_early": "·"}

st.title("Coach dashboard")
me = state.actor()
store = state.store()
today = dt.datetime.now(dt.UTC).date()
learners_tab, review_tab, groups_tab = st.tabs(["Learners", "Review", "Groups"])


def override_form(attempt_id: str, prefix: str) -> None:
    """Correct one rubric with a reason; the score, pass, tip and edit follow (the service)."""
    done = st.session_state.pop(f"{prefix}_done_{attempt_id}", None)
    if done:
        st.success(done)
    with st.form(f"{prefix}_override_{attempt_id}"):
        st.markdown("**Override a rubric** (your judgement becomes a gold label; the learner "
                    "sees your reason with the feedback)")  # fmt: skip
        c1, c2 = st.columns(2)
        rubric = c1.selectbox("Rubric", RUBRIC_KEYS, format_func=rubric_title,
                              key=f"{prefix}_r_{attempt_id}")  # fmt: skip
        score = c2.select_slider("Your score", options=[0, 1, 2, 3, 4], value=3,
                                 key=f"{prefix}_s_{attempt_id}")  # fmt: skip
        reason = st.text_input("Reason", key=f"{prefix}_why_{attempt_id}")
        if st.form_submit_button("Save override"):
            try:
                o = coaching.override(store, me, attempt_id, rubric, score, reason)
            except TrainerError as exc:
                st.error(escape_markdown(str(exc)))
            else:
                st.session_state[f"{prefix}_done_{attempt_id}"] = (
                    f"{rubric_title(o.rubric)}: {o.original_score} → {o.score}. The score, "
                    "pass, tip and edit above follow your correction."
                )
                st.rerun()  # redraw the grade as corrected


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
                override_form(a.attempt_id, "ov")

with review_tab:
    held = coaching.awaiting_review(store, me)
    if not held:
        st.info("Nothing is waiting for review.")
    names = {p.profile_id: p.name for p in coaching.learners(store, me)} if held else {}
    titles = {d.drill_id: d.spec.title for d in coaching.drills(store, me)} if held else {}
    for a in held:
        with st.container(border=True):
            who = names.get(a.learner_id, "a learner")
            drill_title = titles.get(a.drill_id or "", "")
            st.markdown(escape_markdown(f"{who} · {drill_title} · {a.created_at:%Y-%m-%d %H:%M}"))
            partner_says(a.statement)
            learner_says(a.response)
            if a.grade:
                show_grade(a.response, a.grade)
                override_form(a.attempt_id, "rv")
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
    local = not state.auth_configured()  # with OIDC, learners join by code and have no PIN
    addable = coaching.addable_learners(store, me) if local else []
    for g in coaching.groups(store, me):
        members = coaching.learners(store, me, g.group_id)
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(g.name)}** · invite code `{g.invite_code}`")
            st.caption(escape_markdown("Members: " + (", ".join(m.name for m in members)
                                                      or "none yet")))  # fmt: skip
            if not local:
                continue
            st.caption("Learners join with the invite code. On this laptop you can also make "
                       "a profile for someone and add it; you can add only profiles you made "
                       "that are in no other coach's group.")  # fmt: skip
            others = {p.name: p.profile_id for p in addable if p not in members}
            with st.form(f"newlearner_{g.group_id}"):
                new_name = st.text_input("New learner on this laptop", key=f"nl_{g.group_id}")
                if st.form_submit_button("Create and add"):
                    try:
                        coaching.create_learner(store, me, g.group_id, new_name)
                    except TrainerError as exc:
                        st.error(escape_markdown(str(exc)))
                    else:
                        st.rerun()
            if others:
                pick = st.selectbox("Add a learner profile you made", list(others),
                                    key=f"add_{g.group_id}")  # fmt: skip
                if st.button("Add", key=f"addbtn_{g.group_id}"):
                    try:
                        coaching.add_to_group(store, me, g.group_id, others[pick])
                    except TrainerError as exc:
                        st.error(escape_markdown(str(exc)))
                    else:
                        st.rerun()
    if local:
        targets = {f"{p.name} ({p.role})": p.profile_id for p in coaching.resettable(store, me)}
        with st.expander("Reset someone's PIN"), st.form("reset_pin"):
            st.caption("For a colleague or one of your learners who forgot their PIN or is "
                       "locked out after too many wrong PINs. Tell them the new PIN.")  # fmt: skip
            who = st.selectbox("Profile", list(targets), key="reset_who")
            new_pin = st.text_input("New PIN (4-8 digits)", type="password", key="reset_pin")
            if st.form_submit_button("Reset PIN") and who:
                try:
                    coaching.reset_pin_by_coach(store, me, targets[who], new_pin)
                except TrainerError as exc:
                    st.error(escape_markdown(str(exc)))
                else:
                    st.success(escape_markdown(f"New PIN set for {who}; any lock is lifted."))
