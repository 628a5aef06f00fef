"""What pages share across reruns: the store, the model, who is signed in, the LLM settings a
person chose for this browser session. Cached here so every page gets the same objects."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from trainer.coaching.auth import coach_emails, end_oidc_sessions, oidc_actor
from trainer.errors import TrainerError
from trainer.llm.choice import choose_model
from trainer.llm.model import ChatModel
from trainer.store import Actor, Store, database_url, open_store
from trainer.ui import page_state

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
    chosen = page_state.llm_choice()
    return chosen.base_url or None, chosen.model or None


def model() -> tuple[ChatModel | None, str | None]:
    """The configured chat model, or None and why not (offline grading is then the grade)."""
    if page_state.llm_choice().offline:
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
        try:
            found = oidc_actor(s, st.user.to_dict(), coach_emails(secrets_table("trainer")))
        except TrainerError as exc:
            st.error(str(exc))
            st.stop()
        if found is not None:  # None: this browser's sign-in was signed out since
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
    """Forget who is signed in here; with [auth], also end the identity cookies issued so far
    (the page then calls st.logout to drop this browser's cookie and the provider's session)."""
    who = st.session_state.get("actor")
    if auth_configured() and isinstance(who, Actor):
        end_oidc_sessions(store(), who, dt.datetime.now(dt.UTC))
    for key in list(st.session_state.keys()):
        del st.session_state[key]


def pop(key: str, default: Any = None) -> Any:
    return st.session_state.pop(key, default)
