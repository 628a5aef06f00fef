"""A practice room for two real people: who speaks, who reflects, and what may happen next.

Pure: a Room is a value, every move returns a new Room (version + 1) or raises NotYourMove
saying what is expected instead. The store persists rooms; the service adds the grade and the
safety screen; the page and the CLI only choose moves.

    waiting ─join─> speaking ─speak─> reflecting ─reflect─> rating ─rate─> rated
                       ^                   ^                                  │
                       │                   └────────────── retry ─────────────┤
                       └──────────────── swap (roles change) ─────────────────┘
    any phase but waiting ─pause─> paused ─resume─> speaking (a new turn)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Literal

from pydantic import Field

from trainer.errors import TrainerError
from trainer.grading.schema import Frozen, Grade, HiddenTruth

Seat = Literal["a", "b"]
SEATS: tuple[Seat, Seat] = ("a", "b")
Phase = Literal["waiting", "speaking", "reflecting", "rating", "rated", "paused"]
Missed = Literal["point", "feeling", "need"]
MISSED: tuple[Missed, ...] = ("point", "feeling", "need")
PauseReason = Literal["pause", "safety"]

# Codes people read aloud or type from another screen: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
TTL = dt.timedelta(hours=12)  # after this long without a move the room closes (read-only)
NAME_MAX = 40
FELT_MIN, FELT_MAX = 1, 5


class NotYourMove(TrainerError):
    """This move is not open to this seat now; the message says what the room waits for."""

    code = "not_your_move"


class RoomClosed(TrainerError):
    """The room expired: it can be read, exported or deleted, not continued."""

    code = "room_closed"


def other(seat: Seat) -> Seat:
    return "b" if seat == "a" else "a"


def make_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(typed: str) -> str:
    """What people type for a code: any case, spaces or dashes, O for 0 and I/L for 1."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    return cleaned.replace("0", "O").replace("1", "I")


def make_token() -> str:
    """A seat's secret, kept in the browser session; the room stores only its hash."""
    return secrets.token_urlsafe(18)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class PrivateNote(Frozen):
    """What the speaker most wants understood; never shown to the listener."""

    feeling: str
    point: str = ""
    need: str = ""

    def hidden_truth(self) -> HiddenTruth:
        """The note as the grader's hidden truth (feelings split on commas and 'and')."""
        words = self.feeling.replace(" and ", ",").split(",")
        return HiddenTruth(
            primary_feelings=[w.strip() for w in words if w.strip()],
            key_facts=[self.point.strip()] if self.point.strip() else [],
            need=self.need.strip(),
        )


class Attempt(Frozen):
    """One reflection on a turn, its grade (the listener's coaching) and the speaker's rating."""

    attempt_id: str
    number: int
    reflection: str
    grade: Grade | None = None
    created_at: dt.datetime
    felt_understood: int | None = Field(default=None, ge=FELT_MIN, le=FELT_MAX)
    missed: tuple[Missed, ...] = ()
    correction: str = ""
    rated_at: dt.datetime | None = None


class Turn(Frozen):
    turn_id: str
    number: int
    speaker: Seat
    statement: str
    note: PrivateNote
    prompt_kind: str | None = None
    attempts: tuple[Attempt, ...] = ()
    ended: bool = False  # paused before it finished
    created_at: dt.datetime

    @property
    def listener(self) -> Seat:
        return other(self.speaker)


class Consent(Frozen):
    """What one partner agreed to; every flag needs both partners to take effect."""

    share_coaching: bool = False  # the speaker may see the grader's feedback too
    export_cases: bool = False  # rated turns may become eval cases
    use_llm: bool = False  # with an LLM configured, reflections may be sent to it


class RatedAttempt(Frozen):
    """One rated reflection, as progress and eval cases read it (no seat, no token)."""

    attempt_id: str
    room_code: str
    statement: str
    note: PrivateNote
    reflection: str
    grade: Grade | None
    felt_understood: int = Field(ge=FELT_MIN, le=FELT_MAX)
    missed: tuple[Missed, ...] = ()
    correction: str = ""
    created_at: dt.datetime


class Pause(Frozen):
    by: Seat
    reason: PauseReason
    category: str | None = None  # the safety screen's category when reason is "safety"


class Room(Frozen):
    room_id: str
    code: str
    version: int = 1
    handover: bool = False  # one shared device: both seats in one browser session
    names: dict[Seat, str]
    profiles: dict[Seat, str | None] = Field(default_factory=dict)
    token_hashes: dict[Seat, str] = Field(default_factory=dict)
    consent: dict[Seat, Consent] = Field(default_factory=dict)
    phase: Phase = "waiting"
    speaker: Seat = "a"
    turns: tuple[Turn, ...] = ()
    pause: Pause | None = None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def expires_at(self) -> dt.datetime:
        return self.updated_at + TTL

    def expired(self, now: dt.datetime) -> bool:
        return now >= self.expires_at

    @property
    def listener(self) -> Seat:
        return other(self.speaker)

    @property
    def current(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def agreed(self, flag: Literal["share_coaching", "export_cases", "use_llm"]) -> bool:
        """Both partners said yes (one partner alone never decides for the other)."""
        return all(getattr(self.consent.get(s, Consent()), flag) for s in SEATS)

    def seat_of(self, token: str) -> Seat | None:
        digest = token_hash(token)
        return next((s for s in SEATS if self.token_hashes.get(s) == digest), None)

    def next_seat(self) -> Seat | None:
        """Whose move the room waits for (None: either partner's, or nobody's)."""
        if self.phase in ("speaking", "rating"):
            return self.speaker
        if self.phase in ("reflecting", "rated"):
            return self.listener
        return "b" if self.phase == "waiting" else None


def _check_name(name: str) -> str:
    from trainer.typed_text import check_one_line

    check_one_line("name", name)
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > NAME_MAX:
        raise NotYourMove(f"A name is 1 to {NAME_MAX} characters; got {len(cleaned)}.")
    return cleaned


def open_room(room_id: str, code: str, name: str, profile_id: str | None, token: str,
              now: dt.datetime, *, partner_name: str | None = None) -> Room:  # fmt: skip
    """A room for seat a. With partner_name it is a hand-over room: one device holds both
    seats (the same token), and the first turn starts at once."""
    names: dict[Seat, str] = {"a": _check_name(name)}
    hashes: dict[Seat, str] = {"a": token_hash(token)}
    profiles: dict[Seat, str | None] = {"a": profile_id, "b": None}
    if partner_name is not None:
        names["b"], hashes["b"], profiles["b"] = _check_name(partner_name), hashes["a"], profile_id
    return Room(room_id=room_id, code=code, names=names, profiles=profiles, token_hashes=hashes,
                handover=partner_name is not None,
                phase="speaking" if partner_name is not None else "waiting",
                created_at=now, updated_at=now)  # fmt: skip


def _moved(room: Room, now: dt.datetime, **changes: object) -> Room:
    return room.model_copy(update={**changes, "version": room.version + 1, "updated_at": now})


def _expect(room: Room, seat: Seat, phase: Phase, who: Seat | None, now: dt.datetime) -> None:
    if room.expired(now):
        raise RoomClosed(f"Room {room.code} has expired; open a new room to practise again.")
    if room.phase != phase:
        raise NotYourMove(f"The room is {room.phase}, not {phase}; the page shows what is next.")
    if who is not None and seat != who:
        name = room.names.get(who, "your partner")
        raise NotYourMove(f"This move is {name}'s, not yours.")


def join(room: Room, name: str, profile_id: str | None, token: str, now: dt.datetime) -> Room:
    _expect(room, "b", "waiting", "b", now)
    return _moved(room, now, phase="speaking",
                  names={**room.names, "b": _check_name(name)},
                  profiles={**room.profiles, "b": profile_id},
                  token_hashes={**room.token_hashes, "b": token_hash(token)})  # fmt: skip


def _replace_current(room: Room, turn: Turn) -> tuple[Turn, ...]:
    return (*room.turns[:-1], turn)


def speak(room: Room, seat: Seat, turn_id: str, statement: str, note: PrivateNote,
          now: dt.datetime, prompt_kind: str | None = None) -> Room:  # fmt: skip
    _expect(room, seat, "speaking", room.speaker, now)
    if not statement.strip():
        raise NotYourMove("Write what you want to say first: one to four sentences.")
    if not note.feeling.strip():
        raise NotYourMove("Say privately what you feel: that is what the listener should hear.")
    turn = Turn(turn_id=turn_id, number=len(room.turns) + 1, speaker=seat,
                statement=statement.strip(), note=note, prompt_kind=prompt_kind,
                created_at=now)  # fmt: skip
    return _moved(room, now, phase="reflecting", turns=(*room.turns, turn), pause=None)


def reflect(room: Room, seat: Seat, attempt_id: str, reflection: str, grade: Grade | None,
            now: dt.datetime) -> Room:  # fmt: skip
    _expect(room, seat, "reflecting", room.listener, now)
    turn = room.current
    assert turn is not None
    attempt = Attempt(attempt_id=attempt_id, number=len(turn.attempts) + 1,
                      reflection=reflection.strip(), grade=grade, created_at=now)  # fmt: skip
    turn = turn.model_copy(update={"attempts": (*turn.attempts, attempt)})
    return _moved(room, now, phase="rating", turns=_replace_current(room, turn))


def rate(room: Room, seat: Seat, felt_understood: int, missed: tuple[Missed, ...],
         correction: str, now: dt.datetime) -> Room:  # fmt: skip
    _expect(room, seat, "rating", room.speaker, now)
    if not FELT_MIN <= felt_understood <= FELT_MAX:
        raise NotYourMove(f"Rate from {FELT_MIN} to {FELT_MAX}; got {felt_understood}.")
    turn = room.current
    assert turn is not None and turn.attempts
    last = turn.attempts[-1].model_copy(update={
        "felt_understood": felt_understood, "missed": tuple(m for m in MISSED if m in missed),
        "correction": correction.strip(), "rated_at": now})  # fmt: skip
    turn = turn.model_copy(update={"attempts": (*turn.attempts[:-1], last)})
    return _moved(room, now, phase="rated", turns=_replace_current(room, turn))


def retry(room: Room, seat: Seat, now: dt.datetime) -> Room:
    """The listener tries the same turn again (the rating and correction stay visible)."""
    _expect(room, seat, "rated", room.listener, now)
    return _moved(room, now, phase="reflecting")


def swap(room: Room, seat: Seat, now: dt.datetime) -> Room:
    """Either partner ends the turn: the listener becomes the speaker."""
    _expect(room, seat, "rated", None, now)
    return _moved(room, now, phase="speaking", speaker=room.listener)


def pause(room: Room, seat: Seat, now: dt.datetime, reason: PauseReason = "pause",
          category: str | None = None) -> Room:  # fmt: skip
    """Either partner (or the safety screen) ends the turn for both."""
    if room.phase in ("waiting", "paused"):
        raise NotYourMove(f"The room is {room.phase}; there is no turn to pause.")
    if room.expired(now):
        raise RoomClosed(f"Room {room.code} has expired.")
    turns = room.turns
    if room.phase != "speaking" and room.current is not None:
        turns = _replace_current(room, room.current.model_copy(update={"ended": True}))
    return _moved(room, now, phase="paused", turns=turns,
                  pause=Pause(by=seat, reason=reason, category=category))  # fmt: skip


def resume(room: Room, seat: Seat, now: dt.datetime) -> Room:
    """Either partner, when both are calm: a new turn with the same speaker."""
    _expect(room, seat, "paused", None, now)
    return _moved(room, now, phase="speaking", pause=None)


def set_consent(room: Room, seat: Seat, consent: Consent, now: dt.datetime) -> Room:
    if seat not in room.names:
        raise NotYourMove("Only the partners in this room can agree for themselves.")
    return _moved(room, now, consent={**room.consent, seat: consent})
