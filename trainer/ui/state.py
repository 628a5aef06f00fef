"""What pages share across reruns: the store, the model, who is signed in, the LLM settings a
person chose for this browser session. Cached here so every page gets the same objects."""

from __future__ import annotations

from typing import Any

import streamlit as st

from trainer.errors import TrainerError
from trainer.model import ChatModel
from trainer.model_choice import choose_model
from trainer.records import Role
from trainer.store import Actor, Store, database_url, open_store

PRACTICE_NOT_THERAPY = (
    "Practice, not therapy: this trains one listening skill on made-up moments. If you or your "
    "partner are unsafe or in crisis, contact local emergency services or a helpline "
    "(findahelpline.com lists them by country)."
)


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    return open_store(url)


def store() -> Store:
    """The attempts store at DATABASE_URL (or the per-user SQLite file), migrated once."""
    return _store(database_url())


@st.cache_resource(show_spinner=False)
def _model(base_url: str | None, model: str | None) -> ChatModel | None:
    return choose_model("auto", base_url=base_url, model=model)


def llm_choice() -> tuple[str | None, str | None]:
    """Base URL and model chosen on the Settings page for this session (None: configured)."""
    return st.session_state.get("llm_base_url") or None, st.session_state.get("llm_model") or None


def model() -> tuple[ChatModel | None, str | None]:
    """The configured chat model, or None and why not (offline grading is then the grade)."""
    if st.session_state.get("grader") == "offline":
        return None, "offline chosen in Settings"
    base_url, name = llm_choice()
    try:
        return _model(base_url, name), None
    except TrainerError as exc:
        return None, str(exc)


def secrets_table(name: str) -> dict[str, Any]:
    """A table of .streamlit/secrets.toml, or {} when there is no such file or table."""
    try:
        table = st.secrets.get(name, {})
    except Exception:  # no secrets file at all: Streamlit raises its own not-found error
        return {}
    return dict(table) if table else {}


def auth_configured() -> bool:
    """Identity from OIDC (st.login) when [auth] is set in .streamlit/secrets.toml."""
    return bool(secrets_table("auth"))


def signed_in() -> Actor | None:
    """Who is using the page, or None when the sign-in screen must ask.

    With [auth] configured, the OIDC identity (st.user) maps to a profile (a learner, or a
    coach when its email is in [trainer].coaches). Without it, a one-person install (no coach,
    at most one learner, and no PIN on it) signs in as that learner at once, so practice works
    the moment the app starts; shared laptops choose a profile on the sign-in screen."""
    current = st.session_state.get("actor")
    if isinstance(current, Actor):
        return current
    s = store()
    if auth_configured():
        if not st.user.is_logged_in:
            return None
        from trainer.auth import coach_emails

        subject = str(st.user.get("sub") or st.user.get("email"))
        found = s.profile_by_subject(subject)
        if found is None:
            email = str(st.user.get("email") or "").lower()
            coach = bool(email) and email in coach_emails(secrets_table("trainer"))
            role: Role = "coach" if coach else "learner"
            name = str(st.user.get("name") or email or "Learner")[:80]
            found = s.create_profile(name, role, oidc_subject=subject, email=email or None)
        st.session_state["actor"] = found
        return found
    people = s.profiles()
    if any(p.role == "coach" for p in people) or len(people) > 1:
        return None
    me = s.default_learner()
    if s.pin_hash(me.profile_id):
        return None
    st.session_state["actor"] = me
    return me


def actor() -> Actor:
    """The signed-in profile; pages reachable without one stop here with a pointer."""
    who = signed_in()
    if who is None:
        st.info("Choose who is practising on the sign-in page first.")
        st.stop()
    assert who is not None
    return who


def sign_out() -> None:
    for key in list(st.session_state.keys()):
        del st.session_state[key]


def pop(key: str, default: Any = None) -> Any:
    return st.session_state.pop(key, default)
