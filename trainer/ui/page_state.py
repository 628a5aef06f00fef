"""What the Practice and Settings pages keep between reruns, as typed objects each under one
st.session_state key, with one reset. Widget values (the selects, the reply box) stay under
their widget keys, named once here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import streamlit as st

from trainer.coaching.drills import Drill
from trainer.partner.flow import PracticeRun

# Widget keys on the Practice page; the Start page presets the first three.
THEME, DIFFICULTY, MODE = "theme", "difficulty", "mode"
REPLY, MAP_FEELINGS, MAP_NEED = "reply", "map_feelings", "map_need"

PRACTICE_KEY = "practice"
LLM_CHOICE_KEY = "llm_choice"


@dataclass
class PracticeState:
    """The practice run in progress (None: choose one on the next draw), the drill it
    belongs to, and the messages waiting to be shown beside the box or the buttons."""

    drill: Drill | None = None
    run: PracticeRun | None = None
    reply_error: str | None = None
    scenario_error: str | None = None

    def reset(self, drill: Drill | None = None) -> None:
        """Forget the conversation and its messages; practise `drill` next (None: free)."""
        self.drill, self.run, self.reply_error, self.scenario_error = drill, None, None, None

    def begin(self, run: PracticeRun) -> None:
        """A new conversation replaces the old one and its messages; its drill is the drill."""
        self.reset(drill=run.drill)
        self.run = run


@dataclass
class LLMChoice:
    """The Settings page's override for this browser session (None: as configured)."""

    base_url: str | None = None
    model: str | None = None
    offline: bool = False


_T = TypeVar("_T", PracticeState, LLMChoice)


def _kept(key: str, kind: type[_T]) -> _T:
    found = st.session_state.get(key)
    if not isinstance(found, kind):  # first visit (or a module reloaded in development)
        found = kind()
        st.session_state[key] = found
    return found


def practice() -> PracticeState:
    return _kept(PRACTICE_KEY, PracticeState)


def llm_choice() -> LLMChoice:
    return _kept(LLM_CHOICE_KEY, LLMChoice)


def preset_practice(theme: str, difficulty: str, mode: str, drill: Drill | None) -> None:
    """Open the Practice page on these selects with a fresh conversation (the Start page)."""
    st.session_state[THEME], st.session_state[DIFFICULTY] = theme, difficulty
    st.session_state[MODE] = mode
    practice().reset(drill=drill)
