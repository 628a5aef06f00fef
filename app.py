"""The trainer's web app: routes to the page scripts in trainer/ui/pages by who is signed in.
Pages draw; the trainer package decides (and checks every permission). Start it with
./scripts/app: no key is needed, grading is offline unless an LLM is configured."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from trainer.grading.report import escape_markdown
from trainer.ui import state

PAGES = Path(__file__).parent / "trainer" / "ui" / "pages"


def page(name: str, title: str, icon: str, default: bool = False) -> st.Page:
    return st.Page(PAGES / f"{name}.py", title=title, icon=f":material/{icon}:",
                   url_path=name, default=default)  # fmt: skip


st.set_page_config(page_title="Reflective listening trainer", page_icon=":material/hearing:")
# No raw CSV download or copy from tables: the one CSV the app writes is Progress's export,
# whose cells are neutralised against spreadsheet formulas (trainer.typed_text.write_csv).
st.set_option("client.disableDataExport", True)

who = state.signed_in()
settings = page("settings", "Settings & about", "settings")
switch = "Sign out" if state.auth_configured() else "Switch profile"
signin = page("signin", "Sign in" if who is None else switch, "login", who is None)
if who is None:
    pages = [signin, settings]
elif who.role == "coach":
    pages = [
        page("coach", "Coach dashboard", "groups", default=True),
        page("drills", "Drills", "assignment"),
        settings,
        signin,
    ]
else:
    pages = [
        page("practice", "Practice", "forum", default=True),
        page("together", "Practise together", "diversity_3"),
        page("assigned", "Assigned to me", "assignment_turned_in"),
        page("progress", "Progress", "trending_up"),
        page("start", "Start here", "explore"),
        settings,
        signin,
    ]
if who is not None:
    st.sidebar.caption(f"Signed in as {escape_markdown(who.name)} ({who.role})")
navigation = st.navigation(pages)
if state.pop("go_home", False) and who is not None:
    st.switch_page(pages[0])  # just signed in: open the role's first page
navigation.run()
