"""Practice page: a partner says something, the learner reflects, feedback and the partner's
reply follow. Drawing only; trainer.partner.practice runs the turn and the store keeps it."""

from __future__ import annotations

import random

import streamlit as st

from trainer.coaching.drills import Drill, check_scenarios
from trainer.errors import InvalidInput, TrainerError
from trainer.grading.report import escape_markdown
from trainer.partner.conversation import MODES, EmpathyMap, Mode, Session, start, summarize
from trainer.partner.practice import TurnOutcome, practice_turn, upgrade_with_llm
from trainer.partner.scenarios.bank import choose, load_bank
from trainer.partner.scenarios.generate import choose_kind, generate_scenario
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES
from trainer.ui import state
from trainer.ui.widgets import learner_says, partner_says, show_grade

ANY = "any"
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


def chosen() -> tuple[str, str, Mode]:
    """The selects' current values, read when a button's callback runs (not when the button
    was drawn: a click right after changing a select would otherwise use the old values)."""
    ss = st.session_state
    return ss.get("theme", ANY), ss.get("difficulty", ANY), ss.get("mode", "reflect")


def pick_scenario() -> None:
    new_conversation(*chosen())


def new_conversation(theme: str, difficulty: str, mode: Mode) -> None:
    bank = load_bank()
    drill: Drill | None = st.session_state.get("drill")
    mine = state.store().attempts(state.actor())
    if drill is not None:
        seen = {a.scenario_id for a in mine if a.scenario_id and a.drill_id == drill.drill_id}
        scenario = choose(check_scenarios(drill.spec, bank), seen=seen, rng=random.Random())
        mode = drill.spec.mode
    else:
        scenario = choose(
            bank,
            theme=None if theme == ANY else theme,  # type: ignore[arg-type]
            difficulty=None if difficulty == ANY else difficulty,  # type: ignore[arg-type]
            seen={a.scenario_id for a in mine if a.scenario_id},
            rng=random.Random(),
        )
    st.session_state["session"] = start(scenario, mode)
    for key in ("outcome", "retry", "reply_error", "llm_pending"):
        st.session_state.pop(key, None)


def fresh_from_llm() -> None:
    """Callback: a new scenario written by the configured model (validated like the bank,
    checked for near-duplicates and safety); on failure the page says why and keeps the bank."""
    theme, difficulty, mode = chosen()
    chat_model, why_not = state.model()
    if chat_model is None:
        st.session_state["scenario_error"] = f"No LLM to write a scenario: {why_not}"
        return
    kind = choose_kind(
        None if theme == ANY else theme,  # type: ignore[arg-type]
        None if difficulty == ANY else difficulty,  # type: ignore[arg-type]
        random.Random(),
    )
    try:
        scenario = generate_scenario(*kind, chat_model, load_bank().scenarios)
    except TrainerError as exc:
        st.session_state["scenario_error"] = f"The model's scenario was not used: {exc}"
        return
    st.session_state["session"] = start(scenario, mode)
    for key in ("outcome", "retry", "reply_error", "llm_pending", "scenario_error"):
        st.session_state.pop(key, None)


def surprise_me() -> None:
    """Any theme, any difficulty: the whole bank (an unseen scenario first)."""
    new_conversation(ANY, ANY, chosen()[2])


def submit() -> None:
    """Callback: run the offline turn before the page redraws, so the feedback is immediate."""
    session: Session = st.session_state["session"]
    outcome: TurnOutcome | None = st.session_state.get("outcome")
    retry = bool(st.session_state.get("retry")) and outcome is not None
    before = outcome.before if retry and outcome else session
    empathy_map = None
    if before.mode == "empathy_mapping":
        feelings = st.session_state.get("map_feelings", "")
        empathy_map = EmpathyMap(
            feelings=[f.strip() for f in feelings.split(",") if f.strip()],
            need=st.session_state.get("map_need", ""),
        )
    try:
        result = practice_turn(
            state.store(),
            state.actor(),
            before,
            st.session_state.get("reply", ""),
            empathy_map=empathy_map,
            retry_of=outcome.attempt if retry and outcome else None,
            drill=st.session_state.get("drill"),
        )
    except InvalidInput as exc:
        st.session_state["reply_error"] = str(exc)
        return
    except TrainerError as exc:
        st.session_state["reply_error"] = f"Could not save or grade this attempt: {exc}"
        return
    st.session_state["outcome"] = result
    st.session_state["session"] = result.session
    st.session_state["llm_pending"] = result.attempt is not None
    st.session_state["reply"] = ""
    for key in ("retry", "reply_error", "map_feelings", "map_need"):
        st.session_state.pop(key, None)


def leave_drill() -> None:
    for key in ("drill", "session", "outcome", "retry"):
        st.session_state.pop(key, None)


def try_again() -> None:
    st.session_state["retry"] = True
    outcome: TurnOutcome = st.session_state["outcome"]
    st.session_state["reply"] = outcome.response


def draw_feedback(outcome: TurnOutcome) -> None:
    grade = outcome.grade
    if grade is None:
        return
    turn = outcome.session.turns[-1]
    if turn.map_check:
        st.markdown(f"**Your empathy map:** {escape_markdown(turn.map_check.feedback)}")
    show_grade(outcome.response, grade, change=outcome.score_change)
    if outcome.notice:
        st.warning(escape_markdown(outcome.notice))
    st.markdown("**Your partner replies:**")
    partner_says(turn.reply.text)
    st.caption(f"They feel {turn.reply.mood} now.")


def draw_transcript(session: Session, shown_until: int) -> None:
    """The conversation so far, up to (not including) the turn whose feedback is shown."""
    for turn in session.turns[:shown_until]:
        partner_says(turn.partner_said)
        learner_says(turn.response)
    if shown_until < len(session.turns):
        partner_says(session.turns[shown_until].partner_said)
        learner_says(session.turns[shown_until].response)


st.title("Practice")
st.caption(state.PRACTICE_NOT_THERAPY)
state.actor()
drill: Drill | None = st.session_state.get("drill")

if drill is not None:
    with st.container(border=True):
        st.markdown(f"**Drill: {escape_markdown(drill.spec.title)}**")
        st.markdown(escape_markdown(drill.spec.instructions))
        d1, d2 = st.columns(2)
        d1.button("Next scenario in this drill", on_click=new_conversation,
                  args=(ANY, ANY, drill.spec.mode), width="stretch")  # fmt: skip
        d2.button("Leave the drill", on_click=leave_drill, width="stretch")
    theme, difficulty, mode = ANY, ANY, drill.spec.mode
else:
    with st.container(border=True):
        cols = st.columns(3)
        theme = cols[0].selectbox("Theme", [ANY, *THEMES], key="theme")
        difficulty = cols[1].selectbox("Difficulty", [ANY, *DIFFICULTIES], key="difficulty")
        mode = cols[2].selectbox("Exercise", MODES, format_func=lambda m: MODE_LABELS[m],
                                 key="mode")  # fmt: skip
        b1, b2, b3 = st.columns(3)
        b1.button("New scenario", on_click=pick_scenario, width="stretch")
        b2.button("Surprise me", on_click=surprise_me, width="stretch")
        b3.button("Fresh one from the LLM", on_click=fresh_from_llm, width="stretch",
                  disabled=state.model()[0] is None,
                  help="Needs an LLM (Settings); without one, scenarios come from the bank.")  # fmt: skip
    if "scenario_error" in st.session_state:
        st.warning(escape_markdown(state.pop("scenario_error")))

if "session" not in st.session_state:
    try:
        new_conversation(theme, difficulty, mode)
    except TrainerError as exc:
        st.error(escape_markdown(str(exc)))
        st.stop()

session: Session = st.session_state["session"]
outcome: TurnOutcome | None = st.session_state.get("outcome")
retrying = bool(st.session_state.get("retry")) and outcome is not None
scenario = session.scenario
st.markdown(
    f"**{escape_markdown(scenario.title)}** · {scenario.theme.replace('_', ' ')} · "
    f"{scenario.difficulty} · {MODE_LABELS[session.mode]}"
)
if scenario.context:
    st.caption(escape_markdown(scenario.context))
st.caption(MODE_HELP[session.mode])

if outcome is not None and outcome.held_for_review and not retrying:
    draw_transcript(outcome.before, len(outcome.before.turns))
    partner_says(outcome.before.partner_line())
    learner_says(outcome.response)
    st.info("Sent to your coach. This drill's feedback shows once they approve it "
            "(Progress and Assigned to me will show it too).")  # fmt: skip
    st.button("Next scenario in this drill", on_click=new_conversation,
              args=(ANY, ANY, session.mode), type="primary", key="next_held")  # fmt: skip
    st.stop()
elif outcome is not None and outcome.attempt is not None and not retrying:
    draw_transcript(outcome.before, len(outcome.before.turns))
    partner_says(outcome.before.partner_line())
    learner_says(outcome.response)
    slot = st.empty()
    with slot.container():
        draw_feedback(outcome)
    chat_model, why_not = state.model()
    if st.session_state.pop("llm_pending", False) and chat_model is not None:
        with st.spinner(f"The LLM grader ({chat_model.name}) is reading your reply…"):
            upgraded = upgrade_with_llm(state.store(), state.actor(), outcome, chat_model)
        st.session_state["outcome"] = outcome = upgraded
        st.session_state["session"] = session = upgraded.session
        slot.empty()
        with slot.container():
            draw_feedback(upgraded)
    st.button("Try again", on_click=try_again, help="Rework your reply to the same words.")
elif outcome is not None and outcome.session.safety is not None:
    safety = outcome.session.safety
    st.error(safety.notice or "")
    st.button("Start a new scenario", on_click=pick_scenario)
    st.stop()
else:
    answering = outcome.before if retrying and outcome else session
    draw_transcript(answering, len(answering.turns))
    partner_says(answering.partner_line())

if session.done and not retrying:
    summary = summarize(session)
    st.success(
        f"Conversation over after {summary.turns} turn(s): "
        + ("they felt heard." if summary.felt_heard else "they did not feel heard yet.")
    )
    if summary.went_well:
        st.markdown(f"**Went well:** {escape_markdown(summary.went_well)}")
        st.markdown(f"**One habit to work on:** {escape_markdown(summary.habit_to_work_on)}")
    st.button("Next scenario", on_click=pick_scenario, type="primary")
else:
    answering = outcome.before if retrying and outcome else session
    if retrying:
        st.caption("Rework your reply to the same words; the change in score will show.")
    if answering.mode == "empathy_mapping":
        st.text_input("Feelings you hear (comma-separated)", key="map_feelings")
        st.text_input("What they need underneath", key="map_need")
    st.text_area(
        "Your reflection", key="reply", placeholder="Say back what you heard, in your own words."
    )
    if "reply_error" in st.session_state:
        st.error(escape_markdown(st.session_state["reply_error"]))
    st.button("Send", type="primary", on_click=submit)
