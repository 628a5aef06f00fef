"""Sign-in: an OIDC login button when [auth] is configured; otherwise local profiles on this
machine (a workshop laptop), with a PIN for coaches and for learners who set one.
trainer.coaching.auth checks the PIN, through the throttle."""

from __future__ import annotations

import streamlit as st

from trainer.coaching.auth import BadPin, hash_pin, sign_in
from trainer.coaching.records import ROLES
from trainer.errors import TrainerError
from trainer.grading.report import escape_markdown
from trainer.ui import page_state, state

st.title("Who's practising?")
st.caption(state.PRACTICE_NOT_THERAPY)
current = state.signed_in()

if state.auth_configured():
    if current is not None:
        name = escape_markdown(current.name)  # the provider's name claim is typed text
        st.write(f"Signed in as **{name}** ({current.role}) with your account.")
        if st.button("Log out"):
            state.sign_out()
            st.logout()
    else:
        if st.user.is_logged_in:  # a cookie from before a sign-out: it no longer counts
            st.info("That sign-in has ended (you signed out). Log in again to continue.")
        st.write("Sign in with your account to practise or to coach.")
        if st.button("Log in", type="primary"):
            st.login()
    st.stop()

if current is not None:
    st.write(f"Signed in as **{escape_markdown(current.name)}** ({current.role}).")
    if st.button("Sign out"):
        state.sign_out()
        st.rerun()

people = state.store().profiles()
if people:
    names = {f"{p.name} ({p.role})": p for p in people}
    with st.form("choose"):
        label = st.selectbox("Profile", list(names), key="signin_profile")
        pin = st.text_input("PIN (coaches, and learners who set one)", type="password",
                            key="signin_pin")  # fmt: skip
        if st.form_submit_button("Continue", type="primary"):
            chosen = names[label]
            try:
                st.session_state["actor"] = sign_in(state.store(), chosen.profile_id, pin or None)
            except BadPin as exc:
                st.error(escape_markdown(str(exc)))
            else:
                page_state.practice().reset()
                st.session_state["go_home"] = True
                st.rerun()

with st.expander("Add a profile"), st.form("new_profile"):
    name = st.text_input("Name", key="new_name")
    role = st.radio("Role", ROLES, horizontal=True, key="new_role") or "learner"
    new_pin = st.text_input("PIN, 4-8 digits (coaches must; learners may, to guard their "
                            "history, export and delete)", type="password", key="new_pin")  # fmt: skip
    if st.form_submit_button("Create"):
        try:
            pin_hash = hash_pin(new_pin) if role == "coach" or new_pin else None
            made = state.store().create_profile(name, role, pin_hash=pin_hash)
        except TrainerError as exc:
            st.error(escape_markdown(str(exc)))
        else:
            st.session_state["actor"] = made
            st.session_state["go_home"] = True
            st.rerun()
