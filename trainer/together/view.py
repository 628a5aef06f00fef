"""What each partner may see of a room: the one privacy rule, as one pure function.

The speaker's private note is the grader's hidden truth and stays with the speaker. The
grader's coaching goes to the listener of that turn; the speaker sees it only when both
partners agreed to share. Ratings and corrections are the speaker's message to the listener,
so both see them. Pages, the CLI's export and hand-over mode draw from a RoomView only."""

from __future__ import annotations

import datetime as dt

from trainer.grading.schema import Frozen, Grade
from trainer.together.room import (
    Attempt,
    Consent,
    Missed,
    Pause,
    Phase,
    PrivateNote,
    Room,
    Seat,
    other,
)


class AttemptView(Frozen):
    number: int
    reflection: str
    grade: Grade | None  # None: not this seat's to see (or not graded)
    felt_understood: int | None
    missed: tuple[Missed, ...]
    correction: str


class TurnView(Frozen):
    number: int
    you_speak: bool
    speaker_name: str
    statement: str
    note: PrivateNote | None  # only the speaker's own
    attempts: tuple[AttemptView, ...]
    ended: bool


class RoomView(Frozen):
    code: str
    version: int
    you: Seat
    your_name: str
    partner_name: str | None
    handover: bool
    phase: Phase
    your_move: bool  # the room waits for this seat (False: for the partner, or for either)
    next_seat: Seat | None  # whose move it is (hand-over mode covers the screen between)
    you_speak: bool  # this seat is the current speaker
    turns: tuple[TurnView, ...]  # oldest first
    your_consent: Consent
    partner_consent: Consent
    coaching_shared: bool
    pause: Pause | None
    expires_at: dt.datetime

    @property
    def current(self) -> TurnView | None:
        return self.turns[-1] if self.turns else None


def view_for(room: Room, seat: Seat) -> RoomView:
    """The room as `seat` may see it."""
    shared = room.agreed("share_coaching")

    def attempt(turn_speaker: Seat, a: Attempt) -> AttemptView:
        coaching_visible = seat != turn_speaker or shared
        return AttemptView(number=a.number, reflection=a.reflection,
                           grade=a.grade if coaching_visible else None,
                           felt_understood=a.felt_understood, missed=a.missed,
                           correction=a.correction)  # fmt: skip

    turns = tuple(
        TurnView(number=t.number, you_speak=t.speaker == seat,
                 speaker_name=room.names.get(t.speaker, ""), statement=t.statement,
                 note=t.note if t.speaker == seat else None,
                 attempts=tuple(attempt(t.speaker, a) for a in t.attempts), ended=t.ended)
        for t in room.turns
    )  # fmt: skip
    return RoomView(code=room.code, version=room.version, you=seat,
                    your_name=room.names.get(seat, ""), partner_name=room.names.get(other(seat)),
                    handover=room.handover, phase=room.phase,
                    your_move=room.next_seat() == seat, next_seat=room.next_seat(),
                    you_speak=room.speaker == seat,
                    turns=turns, your_consent=room.consent.get(seat, Consent()),
                    partner_consent=room.consent.get(other(seat), Consent()),
                    coaching_shared=shared, pause=room.pause,
                    expires_at=room.expires_at)  # fmt: skip
