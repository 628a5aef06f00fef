"""Practice page: a partner says something, the learner reflects, feedback and the partner's
reply follow. Drawing only: trainer.partner.flow decides (scenario, turn, retry, summary), as
it does for `trainer practice`; trainer.ui.page_state keeps the run between reruns."""

from __future__ import annotations

import random

import streamlit as st

from trainer.errors import InvalidInput, TrainerError
from trainer.grading.report import escape_markdown
from trainer.partner.conversation import MODES, Conversation, Mode, mood_caption, partner_lines
from trainer.partner.flow import (
    ANY,
    ScenarioRequest,
    begin,
    choose_scenario,
    parse_empathy_map,
    submit,
    upgrade,
    write_scenario,
)
from trainer.partner.practice import TurnOutcome
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES
from trainer.ui import page_state, state
from trainer.ui.page_state import DIFFICULTY, MAP_FEELINGS, MAP_NEED, MODE, REPLY, THEME
from trainer.ui.widgets import learner_says, partner_says, show_grade

MODE_LABELS: dict[Mode, str] = {
    "reflect": "Reflect",
    "mirroring": "Mirroring (reflect, then check)",
    "empathy_mapping": "Empathy mapping (name feelings and need first)",
    "check_in": "Post-conflict check-in",
}
MODE_HELP: dict[Mode, str] = {
    "reflect": "Say back what you heard: the main point and the feeling.",
    "mirroring": "Say it back in your own words, then check it: “Did I get that right?”",
    "empathy_mapping": "Before you reply, name what they feel and what they need.",
    "check_in": "You argued earlier. Hear how it was for them before any of your side.",
}


def chosen() -> ScenarioRequest:
    """The selects' current values, read when a button's callback runs (not when the button
    was drawn: a click right after changing a select would otherwise use the old values)."""
    ss = st.session_state
    return ScenarioRequest.from_form(
        ss.get(THEME, ANY), ss.get(DIFFICULTY, ANY), ss.get(MODE, "reflect"),
        page_state.practice().drill,
    )  # fmt: skip


def new_conversation(request: ScenarioRequest | None = None) -> None:
    """Callback: the next scenario for the selects (or the drill), an unseen one first."""
    request = request or chosen()
    history = state.store().attempts(state.actor())
    scenario = choose_scenario(request, load_bank(), history, random.Random())
    page_state.practice().begin(begin(request, scenario))


def fresh_from_llm() -> None:
    """Callback: a new scenario written by the configured model (validated like the bank,
    checked for near-duplicates and safety); on failure the page says why and keeps the bank."""
    ps = page_state.practice()
    chat_model, why_not = state.model()
    if chat_model is None:
        ps.scenario_error = f"No LLM to write a scenario: {why_not}"
        return
    request = chosen()
    try:
        scenario = write_scenario(request, chat_model, load_bank(), random.Random())
    except TrainerError as exc:
        ps.scenario_error = f"The model's scenario was not used: {exc}"
        return
    ps.begin(begin(request, scenario))


def surprise_me() -> None:
    """Any theme, any difficulty: the whole bank (an unseen scenario first)."""
    new_conversation(chosen().surprise())


def send() -> None:
    """Callback: run the offline turn before the page redraws, so the feedback is immediate."""
    ps, ss = page_state.practice(), st.session_state
    assert ps.run is not None
    mode = ps.run.answering.mode
    empathy_map = parse_empathy_map(mode, ss.get(MAP_FEELINGS, ""), ss.get(MAP_NEED, ""))
    try:
        ps.run = submit(state.store(), state.actor(), ps.run, ss.get(REPLY, ""),
                        empathy_map=empathy_map)  # fmt: skip
    except InvalidInput as exc:
        ps.reply_error = str(exc)
        return
    except TrainerError as exc:
        ps.reply_error = f"Could not save or grade this attempt: {exc}"
        return
    ps.reply_error = None
    ss[REPLY] = ""
    for key in (MAP_FEELINGS, MAP_NEED):
        ss.pop(key, None)


def leave_drill() -> None:
    page_state.practice().reset()


def try_again() -> None:
    ps = page_state.practice()
    assert ps.run is not None and ps.run.last is not None
    ps.run = ps.run.retry()
    st.session_state[REPLY] = ps.run.last.response if ps.run.last else ""


def draw_feedback(outcome: TurnOutcome) -> None:
    grade = outcome.grade
    if grade is None:
        return
    turn = outcome.conversation.turns[-1]
    if turn.map_check:
        st.markdown(f"**Your empathy map:** {escape_markdown(turn.map_check.feedback)}")
    show_grade(outcome.response, grade, change=outcome.score_change)
    if outcome.notice:
        st.warning(escape_markdown(outcome.notice))
    st.markdown("**Your partner replies:**")
    for line in partner_lines(turn):
        partner_says(line)
    st.caption(mood_caption(turn))


def draw_transcript(conversation: Conversation, shown_until: int) -> None:
    """The conversation so far, up to (not including) the turn whose feedback is shown."""
    for turn in conversation.turns[:shown_until]:
        partner_says(turn.partner_said)
        learner_says(turn.response)
    if shown_until < len(conversation.turns):
        partner_says(conversation.turns[shown_until].partner_said)
        learner_says(conversation.turns[shown_until].response)


st.title("Practice")
st.caption(state.PRACTICE_NOT_THERAPY)
state.actor()
ps = page_state.practice()
drill = ps.drill

if drill is not None:
    with st.container(border=True):
        st.markdown(f"**Drill: {escape_markdown(drill.spec.title)}**")
        st.markdown(escape_markdown(drill.spec.instructions))
        d1, d2 = st.columns(2)
        d1.button("Next scenario in this drill", on_click=new_conversation, width="stretch")
        d2.button("Leave the drill", on_click=leave_drill, width="stretch")
    theme, difficulty, mode = ANY, ANY, drill.spec.mode
else:
    with st.container(border=True):
        cols = st.columns(3)
        theme = cols[0].selectbox("Theme", [ANY, *THEMES], key=THEME)
        difficulty = cols[1].selectbox("Difficulty", [ANY, *DIFFICULTIES], key=DIFFICULTY)
        mode = cols[2].selectbox("Exercise", MODES, format_func=lambda m: MODE_LABELS[m],
                                 key=MODE)  # fmt: skip
        b1, b2, b3 = st.columns(3)
        b1.button("New scenario", on_click=new_conversation, width="stretch")
        b2.button("Surprise me", on_click=surprise_me, width="stretch")
        b3.button("Fresh one from the LLM", on_click=fresh_from_llm, width="stretch",
                  disabled=state.model()[0] is None,
                  help="Needs an LLM (Settings); without one, scenarios come from the bank.")  # fmt: skip
    if ps.scenario_error:
        st.warning(escape_markdown(ps.scenario_error))
        ps.scenario_error = None

if ps.run is None:
    try:
        new_conversation(ScenarioRequest.from_form(theme, difficulty, mode, drill))
    except TrainerError as exc:
        st.error(escape_markdown(str(exc)))
        st.stop()

run = ps.run
assert run is not None
outcome: TurnOutcome | None = run.last
retrying = run.retrying
scenario = run.conversation.scenario
st.markdown(
    f"**{escape_markdown(scenario.title)}** · {scenario.theme.replace('_', ' ')} · "
    f"{scenario.difficulty} · {MODE_LABELS[run.conversation.mode]}"
)
if scenario.context:
    st.caption(escape_markdown(scenario.context))
st.caption(MODE_HELP[run.conversation.mode])

if outcome is not None and outcome.held_for_review and not retrying:
    draw_transcript(outcome.before, len(outcome.before.turns))
    partner_says(outcome.before.partner_line())
    learner_says(outcome.response)
    st.info("Sent to your coach. This drill's feedback shows once they approve it "
            "(Progress and Assigned to me will show it too).")  # fmt: skip
    st.button("Next scenario in this drill", on_click=new_conversation, type="primary",
              key="next_held")  # fmt: skip
    st.stop()
elif outcome is not None and outcome.attempt is not None and not retrying:
    draw_transcript(outcome.before, len(outcome.before.turns))
    partner_says(outcome.before.partner_line())
    learner_says(outcome.response)
    slot = st.empty()
    with slot.container():
        draw_feedback(outcome)
    if run.upgrade_pending:
        chat_model, _why_not = state.model()
        if chat_model is None:
            ps.run = run = upgrade(state.store(), state.actor(), run, None)
        else:
            with st.spinner(f"The LLM grader ({chat_model.name}) is reading your reply…"):
                ps.run = run = upgrade(state.store(), state.actor(), run, chat_model)
            slot.empty()
            with slot.container():
                draw_feedback(run.last or outcome)
    if not run.conversation.done:  # once heard or ended, the summary offers what is next
        st.button("Try again", on_click=try_again, help="Rework your reply to the same words.")
elif outcome is not None and outcome.conversation.safety is not None:
    # The words stay on the page: a misread figure of speech must not cost the learner them.
    draw_transcript(outcome.before, len(outcome.before.turns))
    partner_says(outcome.before.partner_line())
    learner_says(outcome.response)
    st.caption("Your reply above was not graded and is kept here.")
    st.error(outcome.conversation.safety.notice or "")
    st.button("Start a new scenario", on_click=new_conversation)
    st.stop()
else:
    draw_transcript(run.answering, len(run.answering.turns))
    partner_says(run.answering.partner_line())

summary = run.summary() if run.conversation.done and not retrying else None
if summary is not None:
    st.success(
        f"Conversation over after {summary.turns} turn(s): "
        + ("they felt heard." if summary.felt_heard else "they did not feel heard yet.")
    )
    if summary.went_well:
        st.markdown(f"**Went well:** {escape_markdown(summary.went_well)}")
    if summary.habit_to_work_on:
        st.markdown(f"**One habit to work on:** {escape_markdown(summary.habit_to_work_on)}")
    st.button("Next scenario", on_click=new_conversation, type="primary")
else:
    if retrying:
        st.caption("Rework your reply to the same words; the change in score will show.")
    if run.answering.mode == "empathy_mapping":
        st.text_input("Feelings you hear (comma-separated)", key=MAP_FEELINGS)
        st.text_input("What they need underneath", key=MAP_NEED)
    st.text_area(
        "Your reflection", key=REPLY, placeholder="Say back what you heard, in your own words."
    )
    if ps.reply_error:
        st.error(escape_markdown(ps.reply_error))
    st.button("Send", type="primary", on_click=send)
