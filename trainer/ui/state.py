"""What pages share across reruns: the store, the model, who is signed in, the LLM settings a
person chose for this browser session. Cached here so every page gets the same objects."""

from __future__ import annotations

from typing import Any

import streamlit as st

from trainer.errors import TrainerError
from trainer.model import ChatModel
from trainer.model_choice import choose_model
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


def actor() -> Actor:
    """Who is practising. A single-person install has one local learner, made on first use."""
    current = st.session_state.get("actor")
    if isinstance(current, Actor):
        return current
    me = store().default_learner()
    st.session_state["actor"] = me
    return me


def pop(key: str, default: Any = None) -> Any:
    return st.session_state.pop(key, default)
