"""Settings and about: which grader, where text goes, where attempts are kept. The API key is
never typed here: it comes from the environment or .streamlit/secrets.toml."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from trainer.coaching import service
from trainer.errors import TrainerError
from trainer.evals.card_files import load_card, measure_command
from trainer.evals.card_words import card_lines, card_table, not_measured
from trainer.grading.offline.grader import MODEL_NAME
from trainer.grading.report import escape_markdown
from trainer.settings import (
    SETTING_NAMES,
    TIMEOUT_KNOBS,
    is_openai_url,
    mask_userinfo,
    resolve_llm_settings,
    where_from,
)
from trainer.store import describe_database
from trainer.ui import page_state, state

SECRETS = Path(".streamlit/secrets.toml")
OVERRIDE = "the override on this page (this browser session only)"


def show_card(model: str, base_url: str | None, intro: str) -> None:
    """The model's validity card in words and numbers, or the one command that measures it."""
    try:
        card = load_card(model)
    except TrainerError as exc:
        st.error(escape_markdown(str(exc)))
        return
    if card is None:
        st.warning(escape_markdown(not_measured(model)))
        st.code(measure_command(model), language="bash")
        st.caption(
            "Until it is measured, auto takes only the meaning items from the model (feeling "
            "named, distortion, imputed motive, legitimizing, defending); the offline rules "
            "answer the rest."
        )
        return
    st.caption(intro)
    head, verdict, _table_intro, *rows = card_lines(card, base_url=base_url)
    st.markdown(escape_markdown(verdict))
    st.caption(
        "Per rubric: balanced accuracy (0.5 is guessing, 1 is perfect), Cohen's kappa and the "
        "share of verdicts that match, on the report part (never tuned on) and the tune part."
    )
    st.table(card_table(card))
    for line in [head, *rows[4:]]:
        st.caption(escape_markdown(line))


st.title("Settings & about")

st.subheader("Grader")
base_url, model_name = state.llm_choice()
try:
    settings = resolve_llm_settings(base_url=base_url, model=model_name)
    problem = None
except TrainerError as exc:
    settings, problem = None, str(exc)

if problem:
    st.error(f"The LLM settings are not usable, so grading is offline: {escape_markdown(problem)}")
elif settings is None:
    st.info(
        "No LLM is configured, so the offline grader grades everything (instantly, on this "
        "machine). To add an LLM, set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL and "
        "TRAINER_MODEL (any OpenAI-compatible server) in the environment, or an [llm] table "
        f"in {SECRETS}; then restart the app."
    )
else:
    provider = "OpenAI" if is_openai_url(settings.base_url) else "OpenAI-compatible server"
    shown_url = mask_userinfo(settings.base_url or "https://api.openai.com/v1")
    source = {s: escape_markdown(where_from(settings, s, flag=OVERRIDE)) for s in SETTING_NAMES}

    st.markdown(
        f"- Provider: **{provider}**\n"
        f"- Base URL: {escape_markdown(shown_url)} ({source['base_url']})\n"
        f"- Model: {escape_markdown(settings.model)} ({source['model']})\n"
        f"- Time budget: {settings.timeout_s:g} s per grade, retries included "
        f"({source['timeout_s']}; {TIMEOUT_KNOBS})\n"
        f"- API key: {source['api_key']}; never shown, never stored by this app"
    )

st.subheader("How well it agrees with careful human labels")
if settings is None:
    show_card(MODEL_NAME, None, "The offline rules grade every item. Their validity card:")
else:
    show_card(
        settings.model,
        mask_userinfo(settings.base_url or "https://api.openai.com/v1"),
        "Under auto, each checklist item comes from the source this card says agrees best "
        "with careful human labels; the offline rules answer the rest.",
    )

with st.form("llm_override"):  # not "llm_choice": that key holds the typed page state
    st.caption("Override for this browser session only (nothing is saved):")
    url_in = st.text_input("Base URL", value=base_url or "", placeholder="http://127.0.0.1:8765/v1")
    model_in = st.text_input("Model", value=model_name or "", placeholder="local")
    offline = st.checkbox("Grade offline only", value=page_state.llm_choice().offline)
    if st.form_submit_button("Apply"):
        choice = page_state.llm_choice()
        choice.base_url, choice.model = url_in.strip() or None, model_in.strip() or None
        choice.offline = offline
        st.rerun()

who = state.signed_in()
if who is not None and not state.auth_configured():
    st.subheader("Your PIN")
    has = service.has_pin(state.store(), who.profile_id)
    st.caption("A PIN keeps others on this machine out of your profile: it is asked when "
               "you sign in here and by the CLI for your history, export and delete. "
               + ("" if who.role == "coach" else "It is optional for learners."))  # fmt: skip
    with st.form("own_pin"):
        current = st.text_input("Current PIN", type="password", key="pin_current") if has else None
        new = st.text_input("New PIN (4-8 digits)" + ("" if who.role == "coach" else
                            "; leave empty to remove it"), type="password", key="pin_new")  # fmt: skip
        if st.form_submit_button("Save PIN"):
            try:
                service.change_own_pin(state.store(), who, current, new or None)
            except TrainerError as exc:
                st.error(escape_markdown(str(exc)))
            else:
                st.success("PIN saved." if new else "PIN removed.")

st.subheader("What is sent where")
st.markdown(
    "- **Offline grader** (always on): your reflection is graded on this machine; nothing "
    "leaves it.\n"
    "- **LLM grader** (only when configured above): the partner's statement, the scenario's "
    "hidden truth and your reflection are sent to the base URL shown to grade it; the "
    "statement and your reflection once more for the model to write better words (shown "
    "only when they pass the grader). The simulated partner's reply is also worded there.\n"
    "- **Your attempts** are stored in the database below, with the grade, which grader made "
    "it and the hash of the prompt files. Progress lets you export or delete them."
)
backend, where = describe_database()
st.markdown(f"- Database: {escape_markdown(backend)} at {escape_markdown(where)}")

st.subheader("About")
st.info(state.PRACTICE_NOT_THERAPY)
st.markdown(
    "The trainer scores four things in each reply: **accuracy** (their main point and "
    "feeling, undistorted), **validation** (the feeling treated as understandable), "
    "**not fixing** (no unasked-for advice or rushing reassurance) and **not hijacking** (the "
    "focus stays on them). It is a practice room for one skill, not a judgement of you or "
    "your relationship."
)
