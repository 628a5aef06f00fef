"""The trainer's web app: routes to the page scripts in trainer/ui/pages. Pages draw; the
trainer package decides. Start it with ./scripts/app (no key needed: grading is offline unless
an LLM is configured)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

PAGES = Path(__file__).parent / "trainer" / "ui" / "pages"

st.set_page_config(page_title="Reflective listening trainer", page_icon=":material/hearing:", layout="centered")

navigation = st.navigation(
    [
        st.Page(PAGES / "practice.py", title="Practice", icon=":material/forum:", url_path="practice",
                default=True),
        st.Page(PAGES / "progress.py", title="Progress", icon=":material/trending_up:", url_path="progress"),
        st.Page(PAGES / "start.py", title="Start here", icon=":material/explore:", url_path="start"),
        st.Page(PAGES / "settings.py", title="Settings & about", icon=":material/settings:", url_path="settings"),
    ]
)  # fmt: skip
navigation.run()
