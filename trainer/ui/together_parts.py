"""What the Practise-together page keeps between reruns, and the pieces it draws: the room's
link as a QR code, a turn, a rating, the live watcher. trainer.together decides everything."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

if TYPE_CHECKING:
    import altair as alt

from trainer.grading.report import escape_markdown
from trainer.store import Actor, Store
from trainer.together import service
from trainer.together.progress import FELT_HEARD, FeltSummary, felt_summary
from trainer.together.room import Seat
from trainer.together.service import Seated
from trainer.together.view import AttemptView, RoomView, TurnView
from trainer.ui.widgets import learner_says, partner_says, show_grade

KEY = "together"
POLL_S = 1.0  # the watcher's period: a partner's move shows within about this (measured)
MISSED_LABELS = {"point": "the point", "feeling": "the feeling", "need": "the need"}


@dataclass
class TogetherState:
    """The seats this browser session holds (both in hand-over mode), who has the device,
    and the message waiting to be shown."""

    seats: dict[Seat, Seated] = field(default_factory=dict)
    holder: Seat = "a"
    error: str | None = None
    notice: str | None = None  # shown once, e.g. after this seat deleted the room
    confirm_delete: bool = False
    # Words typed but not sent when a pause took the boxes away: Streamlit forgets a widget's
    # value once it is not drawn, so they are kept here, by seat (one shared device holds
    # both), and put back when that seat's boxes return.
    drafts: dict[Seat, dict[str, str]] = field(default_factory=dict)
    screen: tuple[object, ...] | None = None  # what the room's body showed last (see body)

    def seated(self) -> Seated:
        return self.seats.get(self.holder) or next(iter(self.seats.values()))

    def reset(self) -> None:
        self.seats, self.holder, self.error, self.confirm_delete = {}, "a", None, False
        self.drafts, self.screen = {}, None


DRAFT_KEYS = ("t_statement", "t_feeling", "t_point", "t_need", "t_reflection")


def keep_drafts(ts: TogetherState) -> list[str]:
    """Save what is typed in the boxes about to disappear; returns the kept words."""
    mine = ts.drafts.setdefault(ts.holder, {})
    for key in DRAFT_KEYS:
        if text := str(st.session_state.get(key) or "").strip():
            mine[key] = text
    return list(mine.values())


def restore_draft(ts: TogetherState, key: str) -> None:
    """Before a box is drawn again: put back the words a pause kept for the seat holding the
    device (never into the other partner's box). Set from here even when the browser still
    reports the same words: only a value set in session state is sent with the box, and a box
    mounted anew showed empty while the app held the words. They stay kept until the box is
    drawn (drafts_drawn): a run cut short before it would otherwise lose them."""
    mine = ts.drafts.get(ts.holder, {})
    if key in mine:
        st.session_state[key] = mine[key]


def drafts_drawn(ts: TogetherState, *keys: str) -> None:
    """After the boxes are drawn with the kept words: the words live in the boxes now."""
    mine = ts.drafts.get(ts.holder, {})
    for key in keys:
        mine.pop(key, None)


def body(ts: TogetherState, screen: tuple[object, ...]) -> DeltaGenerator:
    """The container the room's body is drawn in. A new screen (another phase, the hand-over
    cover) replaces the last one at once: Streamlit would otherwise leave it on show, faded,
    until the run ends (the speaker's note behind the cover). The same screen drawn again (the
    partner ticked a box, the watcher reran) goes into a plain container, which keeps its boxes
    mounted: drawn anew, a box shows its last handed-over value, and the words still being
    typed in it (handed over only when it loses focus) were lost."""
    if ts.screen == screen:
        return st.container()
    ts.screen = screen
    slot = st.empty()
    # Streamlit folds a queued st.empty() into the block drawn over it unless its queue went
    # out in between, and a block over a block of its own type keeps the old children on show;
    # a block of another type first (never folded) makes the old screen go every time.
    slot.columns(1)
    return slot.container()


def kept() -> TogetherState:
    found = st.session_state.get(KEY)
    if not isinstance(found, TogetherState):
        found = TogetherState()
        st.session_state[KEY] = found
    return found


def room_link(code: str) -> str:
    """This page's address with the room code, as the partner's device should open it."""
    base = str(st.context.url or "").split("?")[0]
    return f"{base}?room={code}"


def qr_png(text: str) -> bytes:
    """A QR code (segno: pure Python, no image library needed) as PNG bytes."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=2)
    return buffer.getvalue()


def rating_line(view: RoomView, turn: TurnView, attempt: AttemptView) -> str:
    """Markdown: how the speaker rated one reflection, with what was missed (made literal)."""
    if attempt.felt_understood is None:
        return ""
    who = "You" if turn.you_speak else escape_markdown(turn.speaker_name)
    line = f"{who} felt understood: **{attempt.felt_understood} of 5**"
    if attempt.missed:
        line += " · missed " + ", ".join(MISSED_LABELS[m] for m in attempt.missed)
    if attempt.correction:
        line += f" · “{escape_markdown(attempt.correction)}”"
    return line


def draw_turn(view: RoomView, turn: TurnView, *, coaching: bool = True) -> None:
    """The statement, the speaker's own private note (only ever in their own view), each
    reflection with its rating, and the coaching where this seat may see it."""
    if turn.you_speak:
        learner_says(turn.statement)
    else:
        partner_says(turn.statement)
    if turn.note is not None:
        note = f"Your private note (only you see it): feeling: {escape_markdown(turn.note.feeling)}"
        if turn.note.point:
            note += f" · point: {escape_markdown(turn.note.point)}"
        if turn.note.need:
            note += f" · need: {escape_markdown(turn.note.need)}"
        st.caption(note)
    for attempt in turn.attempts:
        if turn.you_speak:
            partner_says(attempt.reflection)
        else:
            learner_says(attempt.reflection)
        if line := rating_line(view, turn, attempt):
            st.markdown(line)
        if coaching and attempt.grade is not None:
            with st.container(border=True, key=f"coaching_{turn.number}_{attempt.number}"):
                st.markdown("**Coaching**" + ("" if view.coaching_shared else
                            " (for the listener only)"))  # fmt: skip
                show_grade(attempt.reflection, attempt.grade)


def watch(store: Store, seated: Seated, seen: int) -> None:
    """Re-read the room's version every POLL_S; rerun the page when a partner moved."""

    @st.fragment(run_every=POLL_S)
    def _tick() -> None:
        if service.version(store, seated) != seen:
            st.rerun()

    _tick()


def felt_understood_section(store: Store, actor: Actor) -> None:
    """For the Progress page: how understood partners felt, next to the grader's scores."""
    summary = felt_summary(service.rated_attempts(store, actor))
    if not summary.rated:
        return
    st.subheader("Felt understood (practising together)")
    c1, c2, c3 = st.columns(3)
    c1.metric("Rated reflections", summary.rated)
    c2.metric("Felt understood", f"{summary.mean_felt or 0:.1f} of 5",
              help="The mean of your partners' answers to “Did you feel understood?”")  # fmt: skip
    agree = f"{summary.agreement:.0%}" if summary.agreement is not None else "–"
    c3.metric("Grader agrees with your partner", agree,
              help=f"Your partner felt understood ({FELT_HEARD}+ of 5) exactly when the "
              f"grader's score passed, in {summary.agreed} of {summary.compared}.")  # fmt: skip
    if summary.latest:
        st.caption(f"Latest: {summary.latest}.")
    st.altair_chart(felt_chart(summary), width="stretch")


FELT_LINE, SCORE_LINE = "Felt understood (1–5)", "Grader's score (0–100)"


def felt_chart(summary: FeltSummary) -> alt.LayerChart:
    """Two lines on their own scales, with a legend that tells them apart: the partners'
    felt understood (pink, solid) and the grader's score (blue, dashed)."""
    import altair as alt

    points = [{"date": d.day.isoformat(), "felt": d.mean_felt, "score": d.mean_score}
              for d in summary.days]  # fmt: skip
    day = alt.X("date:T", title=None, axis=alt.Axis(format="%b %d", tickCount="day"))
    base = alt.Chart(alt.Data(values=points)).encode(x=day)  # type: ignore[no-untyped-call]
    # Colour and dash share one field and one title, so Vega-Lite draws ONE legend whose
    # symbols carry both; the points take the line's colour from the same encoding.
    names = [FELT_LINE, SCORE_LINE]
    legend = alt.Legend(title=None, orient="bottom", symbolType="stroke", symbolStrokeWidth=2)
    color = alt.Color("line:N", legend=legend,
                      scale=alt.Scale(domain=names, range=["#d6336c", "#1c7ed6"]))  # fmt: skip
    dash = alt.StrokeDash("line:N", legend=legend,
                          scale=alt.Scale(domain=names, range=[[1, 0], [4, 3]]))  # fmt: skip

    def line(field: str, name: str, domain: list[int]) -> alt.Chart:
        chart: alt.Chart = (base.transform_calculate(line=json.dumps(name)).mark_line(point=True)
                .encode(y=alt.Y(f"{field}:Q", title=name, scale=alt.Scale(domain=domain)),
                        color=color, strokeDash=dash))  # fmt: skip
        return chart

    layers = alt.LayerChart(layer=[line("felt", FELT_LINE, [1, 5]),
                                   line("score", SCORE_LINE, [0, 100])])  # fmt: skip
    return cast("alt.LayerChart", layers.resolve_scale(y="independent"))
