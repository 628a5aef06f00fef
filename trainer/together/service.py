"""What the Together page and `trainer together` call: open, join, each move, consent,
delete. Every move loads the room, checks the seat's token, applies the pure move
(trainer.together.room) and saves it on top of the version it was made from. Typed text is
checked, the safety screen runs on every side's words, and the grader runs here."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from trainer.errors import InvalidInput
from trainer.grading.feedback.regrade import offline_check
from trainer.grading.grader import grade
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import MAX_RESPONSE_CHARS, MAX_STATEMENT_CHARS, Grade, GradeRequest
from trainer.llm.model import ChatModel
from trainer.safety import screen
from trainer.store import AccessDenied, Actor, Store
from trainer.store import rooms as db
from trainer.together import room as r
from trainer.together.room import Consent, Missed, PrivateNote, RatedAttempt, Room, Seat
from trainer.together.view import RoomView, view_for
from trainer.typed_text import check_typed

NOTE_MAX = 300
CORRECTION_MAX = 500
CODE_TRIES = 5

Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Seated:
    """A browser session's (or a command's) hold on one seat: the room, the seat, the token."""

    room_id: str
    seat: Seat
    token: str


def _new_id() -> str:
    return uuid.uuid4().hex


def _check(field: str, text: str, limit: int) -> str:
    check_typed(field, text)
    if len(text) > limit:
        raise InvalidInput("too_long", f"The {field} is {len(text)} characters; the limit is "
                           f"{limit}. Shorten it and send again.")  # fmt: skip
    return text


def open_room(store: Store, actor: Actor | None, name: str, *, partner_name: str | None = None,
              clock: Clock = _now) -> tuple[Room, Seated]:  # fmt: skip
    """A new room with a fresh code; partner_name makes it a hand-over room (one device)."""
    token = r.make_token()
    profile = actor.profile_id if actor else None
    for _ in range(CODE_TRIES):
        room = r.open_room(_new_id(), r.make_code(), name, profile, token, clock(),
                           partner_name=partner_name)  # fmt: skip
        try:
            db.create_room(store, room)
        except db.CodeTaken:
            continue
        return room, Seated(room.room_id, "a", token)
    raise db.CodeTaken("could not find a free room code; try again.")


def join_room(store: Store, code: str, actor: Actor | None, name: str,
              clock: Clock = _now) -> tuple[Room, Seated]:  # fmt: skip
    before = db.load_room(store, code=r.normalise_code(code))
    token = r.make_token()
    after = r.join(before, name, actor.profile_id if actor else None, token, clock())
    return db.save_move(store, before, after), Seated(after.room_id, "b", token)


def load(store: Store, seated: Seated) -> Room:
    """The room, if this seat's token still opens it."""
    room = db.load_room(store, room_id=seated.room_id)
    if room.token_hashes.get(seated.seat) != r.token_hash(seated.token):
        raise AccessDenied("This browser no longer holds a seat in that room.")
    return room


def view(store: Store, seated: Seated) -> RoomView:
    return view_for(load(store, seated), seated.seat)


def version(store: Store, seated: Seated) -> int | None:
    return db.room_version(store, seated.room_id)


def _move(store: Store, seated: Seated, step: Callable[[Room], Room]) -> Room:
    before = load(store, seated)
    return db.save_move(store, before, step(before))


def _safety_pause(store: Store, seated: Seated, *texts: str, clock: Clock) -> Room | None:
    """When the words speak of self-harm, violence or abuse, the turn stops for both."""
    hit = screen(*texts)
    if not hit.flagged:
        return None
    return _move(store, seated, lambda room: r.pause(room, seated.seat, clock(), "safety",
                                                     hit.category))  # fmt: skip


def speak(store: Store, seated: Seated, statement: str, note: PrivateNote,
          prompt_kind: str | None = None, clock: Clock = _now) -> Room:  # fmt: skip
    _check("statement", statement, MAX_STATEMENT_CHARS)
    for field, text in (("feeling", note.feeling), ("point", note.point), ("need", note.need)):
        _check(field, text, NOTE_MAX)
    paused = _safety_pause(store, seated, statement, note.feeling, note.point, note.need,
                           clock=clock)  # fmt: skip
    if paused is not None:
        return paused
    return _move(store, seated, lambda room: r.speak(room, seated.seat, _new_id(), statement,
                                                     note, clock(), prompt_kind))  # fmt: skip


def grade_reflection(room: Room, reflection: str, model: ChatModel | None) -> Grade:
    """Scored against the speaker's private note; offline unless an LLM is configured AND
    both partners agreed to send words to it.

    The better words shown as coaching (the model reflection, the minimal edit) are written
    from the statement alone: made from the note, they would read the speaker's private
    feeling and need out to the listener ("What you needed was ...")."""
    turn = room.current
    assert turn is not None
    request = GradeRequest(statement=turn.statement, response=reflection,
                           hidden_truth=turn.note.hidden_truth())  # fmt: skip
    use_llm = model is not None and room.agreed("use_llm")
    scored = grade(request, "auto" if use_llm else "offline", model if use_llm else None)
    heard_only = grade_offline(request.model_copy(update={"hidden_truth": None}))
    # ...and each is shown only if it also passes against the note, as the reply was scored:
    # "no wonder you're lonely" kept in an edit would teach the feeling Accuracy just called wrong
    texts = {
        key: text if text and offline_check(request.model_copy(update={"response": text})) else None
        for key, text in (("model_reflection", heard_only.model_reflection),
                          ("minimal_edit", heard_only.minimal_edit))
    }  # fmt: skip
    reason = heard_only.no_edit_reason
    if heard_only.minimal_edit and texts["minimal_edit"] is None:
        reason = (
            "An edit of your words would still miss what your partner says they felt or "
            "needed: see Accuracy, then try it in your own words."
        )
    return scored.model_copy(update={**texts, "no_edit_reason": reason})


def reflect(store: Store, seated: Seated, reflection: str, model: ChatModel | None = None,
            clock: Clock = _now) -> Room:  # fmt: skip
    _check("reflection", reflection, MAX_RESPONSE_CHARS)
    before = load(store, seated)
    turn = before.current
    r.reflect(before, seated.seat, "check", "x", None, clock())  # is it this seat's move?
    assert turn is not None
    paused = _safety_pause(store, seated, turn.statement, reflection, clock=clock)
    if paused is not None:
        return paused
    graded = grade_reflection(before, reflection, model)
    after = r.reflect(before, seated.seat, _new_id(), reflection, graded, clock())
    return db.save_move(store, before, after)


def rate(store: Store, seated: Seated, felt_understood: int, missed: tuple[Missed, ...],
         correction: str = "", clock: Clock = _now) -> Room:  # fmt: skip
    _check("correction", correction, CORRECTION_MAX)
    if correction.strip():
        paused = _safety_pause(store, seated, correction, clock=clock)
        if paused is not None:
            return paused
    return _move(store, seated, lambda room: r.rate(room, seated.seat, felt_understood, missed,
                                                    correction, clock()))  # fmt: skip


def retry(store: Store, seated: Seated, clock: Clock = _now) -> Room:
    return _move(store, seated, lambda room: r.retry(room, seated.seat, clock()))


def swap(store: Store, seated: Seated, clock: Clock = _now) -> Room:
    return _move(store, seated, lambda room: r.swap(room, seated.seat, clock()))


def pause(store: Store, seated: Seated, clock: Clock = _now) -> Room:
    return _move(store, seated, lambda room: r.pause(room, seated.seat, clock()))


def resume(store: Store, seated: Seated, clock: Clock = _now) -> Room:
    return _move(store, seated, lambda room: r.resume(room, seated.seat, clock()))


def set_consent(store: Store, seated: Seated, consent: Consent, clock: Clock = _now) -> Room:
    return _move(store, seated, lambda room: r.set_consent(room, seated.seat, consent, clock()))


def delete(store: Store, seated: Seated) -> None:
    """Either partner deletes the room and everything in it."""
    db.delete_room(store, load(store, seated).room_id)


# ---- by profile (the CLI, and a partner who lost the browser session) ------------------


def rooms_of(store: Store, actor: Actor) -> list[Room]:
    return db.rooms_of(store, actor.profile_id)


def seats_of(room: Room, actor: Actor) -> list[Seat]:
    return [s for s in r.SEATS if room.profiles.get(s) == actor.profile_id]


def room_of(store: Store, actor: Actor, code: str) -> Room:
    """A room this profile holds a seat in, by code (AccessDenied otherwise)."""
    room = db.load_room(store, code=r.normalise_code(code))
    if not seats_of(room, actor):
        raise AccessDenied(f"{actor.name!r} holds no seat in room {room.code}.")
    return room


def delete_as(store: Store, actor: Actor, code: str) -> Room:
    room = room_of(store, actor, code)
    db.delete_room(store, room.room_id)
    return room


def export_as(store: Store, actor: Actor, code: str) -> list[RoomView]:
    """The room as this profile's seat(s) may see it: never the other seat's private note."""
    room = room_of(store, actor, code)
    return [view_for(room, s) for s in seats_of(room, actor)]


def rated_attempts(store: Store, actor: Actor) -> list[RatedAttempt]:
    """Every reflection this profile made as a listener that the speaker rated."""
    return db.rated_attempts(store, actor.profile_id)


def exportable_attempts(store: Store, actor: Actor) -> list[RatedAttempt]:
    """Rated reflections in this profile's rooms where both partners agreed to eval cases."""
    return db.rated_attempts(store, actor.profile_id, consented=True)


def set_consent_as(store: Store, actor: Actor, code: str, consent: Consent, *, seat: Seat,
                   clock: Clock = _now) -> Room:  # fmt: skip
    """The CLI's consent, for one seat this profile holds (a partner only speaks for one)."""
    before = room_of(store, actor, code)
    if seat not in seats_of(before, actor):
        raise AccessDenied(f"{actor.name!r} does not hold seat {seat} in room {before.code}.")
    return db.save_move(store, before, r.set_consent(before, seat, consent, clock()))
