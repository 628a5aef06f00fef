"""Practise together: two real people in one room, each on their own device (or one shared
device in hand-over mode). Drawing only: trainer.together.service makes every move and
trainer.together.view decides what this seat may see; a watcher reruns the page when the
partner moves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from trainer.errors import TrainerError
from trainer.grading.report import escape_markdown
from trainer.store import NotFound
from trainer.together import service
from trainer.together.prompts import pause_note, prompt_kinds, safety_notice
from trainer.together.room import MISSED, Consent, PrivateNote, Room
from trainer.together.view import RoomView, view_for
from trainer.ui import state
from trainer.ui.together_parts import (
    MISSED_LABELS,
    TogetherState,
    body,
    drafts_drawn,
    draw_turn,
    keep_drafts,
    kept,
    qr_png,
    restore_draft,
    room_link,
    watch,
)

me = state.actor()
store = state.store()
ts: TogetherState = kept()
ss = st.session_state


T = TypeVar("T")


def act(move: Callable[[], object]) -> None:
    """Run a move in a callback; what goes wrong is shown above the room, never a traceback."""
    attempt(move)


def attempt(move: Callable[[], T]) -> T | None:
    """act, returning what the move returned (None when it failed)."""
    try:
        done = move()
        ts.error = ts.notice = None
        return done
    except TrainerError as exc:
        ts.error = str(exc)
        return None


def sent(room: Room | None) -> bool:
    """The move went through as asked: no error, and the safety screen did not pause the
    turn instead (then the words stay in their boxes, and the pause keeps them)."""
    return room is not None and room.phase != "paused"


def open_room() -> None:
    def move() -> None:
        partner = ss.get("t_partner_name", "") if ss.get("t_handover") else None
        room, seated = service.open_room(store, me, ss.get("t_name", ""), partner_name=partner)
        ts.seats = {"a": seated}
        if room.handover:
            ts.seats["b"] = service.Seated(room.room_id, "b", seated.token)
        ts.holder = "a"

    act(move)


def join_room() -> None:
    def move() -> None:
        _room, seated = service.join_room(store, ss.get("t_code", ""), me, ss.get("t_name", ""))
        ts.seats, ts.holder = {"b": seated}, "b"

    act(move)


def speak() -> None:
    note = PrivateNote(feeling=ss.get("t_feeling", ""), point=ss.get("t_point", ""),
                       need=ss.get("t_need", ""))  # fmt: skip
    room = attempt(lambda: service.speak(store, ts.seated(), ss.get("t_statement", ""), note,
                                         ss.get("t_kind")))  # fmt: skip
    if sent(room):
        for key in ("t_statement", "t_feeling", "t_point", "t_need"):
            ss[key] = ""


def reflect() -> None:
    chat_model, _why_not = state.model()
    room = attempt(lambda: service.reflect(store, ts.seated(), ss.get("t_reflection", ""),
                                           chat_model))  # fmt: skip
    if sent(room):
        ss["t_reflection"] = ""


def rate() -> None:
    missed = tuple(m for m in MISSED if ss.get(f"t_missed_{m}"))
    room = attempt(lambda: service.rate(store, ts.seated(), int(ss.get("t_felt", 3)), missed,
                                        ss.get("t_correction", "")))  # fmt: skip
    if sent(room):
        ss["t_correction"] = ""
        for m in MISSED:
            ss[f"t_missed_{m}"] = False


def consent() -> None:
    seat = ts.holder
    chosen = Consent(share_coaching=ss.get(f"t_share_{seat}", False),
                     export_cases=ss.get(f"t_export_{seat}", False),
                     use_llm=ss.get(f"t_llm_{seat}", False))  # fmt: skip
    act(lambda: service.set_consent(store, ts.seated(), chosen))


def delete_room() -> None:
    act(lambda: service.delete(store, ts.seated()))
    if ts.error is None:  # say it happened: the lobby alone looked as if nothing had
        ts.reset()
        ts.notice = "You deleted the room, with everything in it, for both of you."


def take_device() -> None:
    ts.holder = "b" if ts.holder == "a" else "a"


def draw_lobby() -> None:
    st.caption("Two people, one room: one says something real, the other reflects it, and the "
               "one who spoke says whether they felt understood. Then you swap.")  # fmt: skip
    st.text_input("Your name in the room", key="t_name", value=me.name, max_chars=40)
    opened, joined = st.columns(2)
    with opened.container(border=True):
        st.markdown("**Open a room**")
        handover = st.checkbox("One shared device (hand-over mode)", key="t_handover",
                               help="Pass the device between turns; a cover screen hides "
                               "what is private.")  # fmt: skip
        if handover:
            st.text_input("Your partner's name", key="t_partner_name", max_chars=40)
        st.button("Open a room", on_click=open_room, type="primary")
    with joined.container(border=True):
        st.markdown("**Join your partner's room**")
        code = st.query_params.get("room", "")
        st.text_input("Room code", key="t_code", value=code, max_chars=12)
        st.button("Join", on_click=join_room)


def draw_waiting(view: RoomView) -> None:
    link = room_link(view.code)
    st.markdown(f"Room code: **{view.code}**")
    st.markdown("Your partner opens this page on their device and types the code, or scans:")
    st.image(qr_png(link), width=220)
    st.caption(link)
    st.info("Waiting for your partner to join…")


def draw_cover(view: RoomView, room: Room) -> None:
    """Hand-over mode: nothing of the last turn shows while the device changes hands."""
    nxt = room.names.get(view.next_seat or "a", "")
    st.subheader(f"Pass the device to {escape_markdown(nxt)}")
    st.caption("Nothing private is on screen. Tap below once you hold the device.")
    st.button(f"I'm {escape_markdown(nxt)}: show my turn", on_click=take_device,
              type="primary")  # fmt: skip


def draw_speak(view: RoomView) -> None:
    kinds = {k.kind: k for k in prompt_kinds()}
    kind = st.radio("What to share", list(kinds), key="t_kind", horizontal=True,
                    format_func=lambda k: kinds[k].label)  # fmt: skip
    chosen = kinds[kind or "worry"]
    st.caption(f"{chosen.hint} Starters: " + " / ".join(chosen.starters))
    for key in ("t_statement", "t_feeling", "t_point", "t_need"):
        restore_draft(ts, key)
    st.text_area("What you want to say", key="t_statement",
                 placeholder="One to four sentences, as you would say it.")  # fmt: skip
    st.markdown("**Private: what you most want understood** (your partner never sees this)")
    c1, c2, c3 = st.columns(3)
    c1.text_input("The feeling", key="t_feeling", placeholder="e.g. worried, a bit alone")
    c2.text_input("The point", key="t_point", placeholder="what happened, in a few words")
    c3.text_input("The need", key="t_need", placeholder="what would help")
    partner = escape_markdown(view.partner_name or "your partner")
    drafts_drawn(ts, "t_statement", "t_feeling", "t_point", "t_need")
    st.button(f"Share with {partner}", on_click=speak, type="primary")


def draw_rate(view: RoomView) -> None:
    partner = escape_markdown(view.partner_name or "your partner")
    st.markdown(f"**Did you feel understood by {partner}?**")
    st.radio("1 = not at all, 5 = completely", [1, 2, 3, 4, 5], index=2, horizontal=True,
             key="t_felt")  # fmt: skip
    st.markdown("What was missed?")
    cols = st.columns(3)
    for column, m in zip(cols, MISSED, strict=True):
        column.checkbox(MISSED_LABELS[m], key=f"t_missed_{m}")
    st.text_input("A correction, if you like", key="t_correction",
                  placeholder="closer: I felt invisible, not angry")  # fmt: skip
    st.button("Send rating", on_click=rate, type="primary")


def draw_closed(view: RoomView) -> None:
    """An expired room is read-only: its turns, no move that would only raise an error."""
    st.info("This room closed after 12 hours without a move. You can still read it, or "
            "delete it; to practise again, open a new room.")  # fmt: skip
    for key in ("t_statement", "t_reflection"):  # words typed just before it closed
        if draft := str(ss.get(key) or "").strip():
            st.caption(f"Your unsent words (copy them if you want them): {escape_markdown(draft)}")
    for past in view.turns:
        st.markdown(f"**Turn {past.number}**" + (" (paused)" if past.ended else ""))
        draw_turn(view, past)


def draw_moves(view: RoomView, room: Room) -> None:
    """What this seat can do now; what it waits for otherwise."""
    partner = escape_markdown(view.partner_name or "your partner")
    turn = view.current
    if view.phase == "paused" and view.pause is not None:
        who = "You" if view.pause.by == view.you else partner
        notice = safety_notice(view.pause.category) if view.pause.reason == "safety" else None
        if notice is not None:
            st.error(notice)
        else:
            st.warning(f"{who} paused. {pause_note()}")
        if keep_drafts(ts):
            kept_words = "They are kept" if notice else "Your unsent words are kept"
            st.info((f"Your words were not sent to {partner}. " if notice else "") +
                    f"{kept_words}, and come back in the box on your next turn (on this "
                    "device).")  # fmt: skip
        st.button("Start a new turn (when you are both ready)",
                  on_click=lambda: act(lambda: service.resume(store, ts.seated())))  # fmt: skip
        return
    earlier = view.turns[:-1] if view.phase != "speaking" else view.turns
    if earlier:
        with st.expander(f"Earlier turns ({len(earlier)})"):
            for past in earlier:
                st.markdown(f"**Turn {past.number}**" + (" (paused)" if past.ended else ""))
                draw_turn(view, past, coaching=False)
    if turn is not None and view.phase != "speaking":
        st.markdown(f"**Turn {turn.number}**")
        draw_turn(view, turn)
    if view.phase == "speaking":
        if view.you_speak:
            st.markdown("**Your turn to speak.**")
            draw_speak(view)
        else:
            st.info(f"{partner} is writing what they want to say…")
    elif view.phase == "reflecting":
        if view.you_speak:
            st.info(f"{partner} is writing a reflection…")
        else:
            restore_draft(ts, "t_reflection")
            st.text_area("Your reflection", key="t_reflection",
                         placeholder="Say back what you heard: the point and the feeling.")  # fmt: skip
            drafts_drawn(ts, "t_reflection")
            st.button("Send reflection", on_click=reflect, type="primary")
    elif view.phase == "rating":
        if view.you_speak:
            draw_rate(view)
        else:
            st.info(f"Waiting for {partner} to say whether they felt understood…")
    elif view.phase == "rated":
        c1, c2 = st.columns(2)
        if not view.you_speak:
            c1.button("Try again", on_click=lambda: act(lambda: service.retry(store, ts.seated())),
                      type="primary")  # fmt: skip
        (c1 if view.you_speak else c2).button(
            "Swap roles", on_click=lambda: act(lambda: service.swap(store, ts.seated()))
        )


def draw_room_buttons(view: RoomView, *, closed: bool) -> None:
    c1, c2, c3 = st.columns(3)
    if view.phase not in ("waiting", "paused") and not closed:
        c1.button("Pause", on_click=lambda: act(lambda: service.pause(store, ts.seated())),
                  help="Ends this turn for both of you, with a note on calming down.")  # fmt: skip
    c2.button("Leave (keep the room)", on_click=ts.reset)
    if ts.confirm_delete:
        c3.button("Yes, delete everything", on_click=delete_room, type="primary")
        c3.button("No, keep the room", on_click=lambda: setattr(ts, "confirm_delete", False))
    else:
        c3.button("Delete room", on_click=lambda: setattr(ts, "confirm_delete", True),
                  help="Deletes both partners' words, notes and ratings, for both of you.")  # fmt: skip


def draw_settings(view: RoomView) -> None:
    partner = escape_markdown(view.partner_name or "your partner")
    # Keyed and stateful: the page above it changes with every move, and an unkeyed expander
    # would snap shut each time the partner moves, hiding the boxes mid-choice.
    with st.expander("What we agree to (each flag needs both of you)", key="t_agree",
                     on_change="rerun"):  # fmt: skip
        mine, theirs = view.your_consent, view.partner_consent
        # Plain words for a couple: what each box lets happen, and to whom.
        st.checkbox("The one who speaks also sees the coaching on the listener's reply",
                    value=mine.share_coaching, key=f"t_share_{view.you}", on_change=consent,
                    help="Otherwise only the listener sees it.")  # fmt: skip
        st.checkbox("Our rated turns may be kept as test examples for the app's grader",
                    value=mine.export_cases, key=f"t_export_{view.you}", on_change=consent,
                    help="Someone running this app can then copy them, private notes "
                    "included, to check the grader.")  # fmt: skip
        st.checkbox("Our words may be sent to the AI model this app is set up with, for "
                    "grading", value=mine.use_llm, key=f"t_llm_{view.you}",
                    on_change=consent)  # fmt: skip
        st.caption(f"{partner} agreed to: " + (", ".join(
            label for on, label in ((theirs.share_coaching, "show the speaker the coaching"),
                                    (theirs.export_cases, "keep turns as test examples"),
                                    (theirs.use_llm, "send words to the AI model"))
            if on) or "nothing yet") + ". A box counts only when you both tick it.")  # fmt: skip
        if state.model()[0] is None:
            st.caption("No AI model is set up here: replies are graded on this computer, and "
                       "nothing is sent anywhere.")  # fmt: skip


st.title("Practise together")
st.caption(state.PRACTICE_NOT_THERAPY)
if ts.error:
    st.error(escape_markdown(ts.error))
if ts.notice:  # kept until the next move: a watcher's late rerun must not wipe it
    st.info(ts.notice)
if not ts.seats:
    draw_lobby()
    st.stop()
try:
    current = service.load(store, ts.seated())
except NotFound:
    # In the lobby, not on a page of its own: the watcher's timer can rerun the page once
    # more, which showed the lobby and dropped this message within a second.
    ts.reset()
    ts.notice = "This room was deleted, with everything in it. Open or join another."
    st.rerun()
except TrainerError as exc:
    ts.reset()
    st.error(escape_markdown(str(exc)))
    st.stop()
shown = view_for(current, ts.holder)
names = f"You are {escape_markdown(shown.your_name)}"
if shown.partner_name:
    names += f", with {escape_markdown(shown.partner_name)}"
st.caption(f"Room {shown.code} · {names}" + (" · one shared device" if shown.handover else ""))
closed = current.expired(dt.datetime.now(dt.UTC))
cover = shown.handover and shown.next_seat not in (None, ts.holder)
turn_no = shown.current.number if shown.current else 0
# A new screen replaces the last at once; the same one redrawn keeps the words being typed.
with body(ts, (closed, cover, shown.phase, ts.holder, shown.you_speak, turn_no)):
    if closed:
        draw_closed(shown)
        draw_room_buttons(shown, closed=True)
    elif shown.phase == "waiting":
        draw_waiting(shown)
        draw_room_buttons(shown, closed=False)
    elif cover:
        draw_cover(shown, current)
    else:
        draw_moves(shown, current)
        draw_settings(shown)
        draw_room_buttons(shown, closed=False)
watch(store, ts.seated(), current.version)
