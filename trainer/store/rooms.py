"""Practise-together rooms in the database: load a Room, save a move (only on top of the
version it was made from), poll the version, list, delete. Whether a move is allowed is
decided in trainer.together.room; who may see what in trainer.together.view."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trainer.errors import TrainerError
from trainer.grading.schema import Grade
from trainer.store.repo import NotFound, Store
from trainer.store.tables import RoomAttemptRow, RoomRow, RoomTurnRow
from trainer.together.room import (
    MISSED,
    SEATS,
    Attempt,
    Consent,
    Missed,
    Pause,
    PrivateNote,
    RatedAttempt,
    Room,
    Seat,
    Turn,
)


class StaleRoom(TrainerError):
    """Someone moved first: the move was made on an old version of the room. Reload."""

    code = "stale_room"


class CodeTaken(TrainerError):
    code = "code_taken"


def _aware(when: dt.datetime) -> dt.datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)  # SQLite drops it


def _room_values(room: Room) -> dict[str, object]:
    c = {s: room.consent.get(s, Consent()) for s in SEATS}
    return dict(
        code=room.code, version=room.version, handover=room.handover, phase=room.phase,
        speaker=room.speaker, name_a=room.names["a"], name_b=room.names.get("b"),
        profile_a=room.profiles.get("a"), profile_b=room.profiles.get("b"),
        token_a=room.token_hashes["a"], token_b=room.token_hashes.get("b"),
        share_a=c["a"].share_coaching, share_b=c["b"].share_coaching,
        export_a=c["a"].export_cases, export_b=c["b"].export_cases,
        llm_a=c["a"].use_llm, llm_b=c["b"].use_llm,
        pause_by=room.pause.by if room.pause else None,
        pause_reason=room.pause.reason if room.pause else None,
        pause_category=room.pause.category if room.pause else None,
        created_at=room.created_at, updated_at=room.updated_at,
    )  # fmt: skip


def _missed(text: str) -> tuple[Missed, ...]:
    return tuple(m for m in MISSED if m in text.split(","))


def _attempt(row: RoomAttemptRow) -> Attempt:
    return Attempt(attempt_id=row.id, number=row.number, reflection=row.reflection,
                   grade=Grade.model_validate_json(row.grade_json) if row.grade_json else None,
                   created_at=_aware(row.created_at), felt_understood=row.felt_understood,
                   missed=_missed(row.missed), correction=row.correction,
                   rated_at=_aware(row.rated_at) if row.rated_at else None)  # fmt: skip


def _room(session: Session, row: RoomRow) -> Room:
    turns = session.scalars(
        select(RoomTurnRow).where(RoomTurnRow.room_id == row.id).order_by(RoomTurnRow.number)
    ).all()
    attempts = session.scalars(
        select(RoomAttemptRow).where(RoomAttemptRow.room_id == row.id)
        .order_by(RoomAttemptRow.number)
    ).all()  # fmt: skip
    by_turn: dict[str, list[Attempt]] = {}
    for a in attempts:
        by_turn.setdefault(a.turn_id, []).append(_attempt(a))
    names: dict[Seat, str] = {"a": row.name_a}
    hashes: dict[Seat, str] = {"a": row.token_a}
    if row.name_b is not None and row.token_b is not None:
        names["b"], hashes["b"] = row.name_b, row.token_b
    consent = {
        s: Consent(share_coaching=getattr(row, f"share_{s}"),
                   export_cases=getattr(row, f"export_{s}"), use_llm=getattr(row, f"llm_{s}"))
        for s in SEATS
    }  # fmt: skip
    pause = None
    if row.pause_by in SEATS and row.pause_reason in ("pause", "safety"):
        pause = Pause.model_validate({"by": row.pause_by, "reason": row.pause_reason,
                                      "category": row.pause_category})  # fmt: skip
    return Room.model_validate({
        "room_id": row.id, "code": row.code, "version": row.version, "handover": row.handover,
        "names": names, "profiles": {"a": row.profile_a, "b": row.profile_b},
        "token_hashes": hashes, "consent": consent, "phase": row.phase, "speaker": row.speaker,
        "turns": [
            Turn(turn_id=t.id, number=t.number, speaker=t.speaker,
                 statement=t.statement, prompt_kind=t.prompt_kind, ended=t.ended,
                 note=PrivateNote(feeling=t.note_feeling, point=t.note_point, need=t.note_need),
                 attempts=tuple(by_turn.get(t.id, [])), created_at=_aware(t.created_at))
            for t in turns
        ],
        "pause": pause, "created_at": _aware(row.created_at),
        "updated_at": _aware(row.updated_at),
    })  # fmt: skip


def create_room(store: Store, room: Room) -> Room:
    """Store a new room; CodeTaken if its code is in use (the caller picks another)."""
    try:
        with store.writing() as session:
            session.add(RoomRow(id=room.room_id, **_room_values(room)))
    except IntegrityError as exc:
        raise CodeTaken(f"room code {room.code} is taken") from exc
    return room


def load_room(store: Store, *, room_id: str | None = None, code: str | None = None) -> Room:
    where = RoomRow.id == room_id if room_id is not None else RoomRow.code == code
    with store.reading() as session:
        row = session.scalars(select(RoomRow).where(where)).one_or_none()
        if row is None:
            raise NotFound(
                f"no room with code {code!r}: check the code with your partner, or open a room."
                if code is not None else "This room no longer exists: it was deleted."
            )  # fmt: skip
        return _room(session, row)


def room_version(store: Store, room_id: str) -> int | None:
    """The one integer a page polls: a move anywhere changes it; None: the room was deleted."""
    with store.reading() as session:
        return session.scalar(select(RoomRow.version).where(RoomRow.id == room_id))


def save_move(store: Store, before: Room, after: Room) -> Room:
    """Write `after` if the stored room is still at before.version (else StaleRoom): two
    partners pressing at once never overwrite each other's move."""
    listener_profiles = {s: after.profiles.get(s) for s in SEATS}
    with store.writing() as session:
        done = session.execute(
            update(RoomRow).where(RoomRow.id == after.room_id, RoomRow.version == before.version)
            .values(**_room_values(after))
        )  # fmt: skip
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise StaleRoom("Your partner moved first; the page now shows the room as it is.")
        old_turns = {t.turn_id: t for t in before.turns}
        for turn in after.turns:
            if turn.turn_id not in old_turns:
                session.add(RoomTurnRow(
                    id=turn.turn_id, room_id=after.room_id, number=turn.number,
                    speaker=turn.speaker, statement=turn.statement,
                    note_feeling=turn.note.feeling, note_point=turn.note.point,
                    note_need=turn.note.need, prompt_kind=turn.prompt_kind, ended=turn.ended,
                    created_at=turn.created_at))  # fmt: skip
            elif old_turns[turn.turn_id].ended != turn.ended:
                session.execute(update(RoomTurnRow).where(RoomTurnRow.id == turn.turn_id)
                                .values(ended=turn.ended))  # fmt: skip
            old_attempts = {a.attempt_id: a for a in old_turns[turn.turn_id].attempts} \
                if turn.turn_id in old_turns else {}  # fmt: skip
            for a in turn.attempts:
                values = dict(felt_understood=a.felt_understood, missed=",".join(a.missed),
                              correction=a.correction, rated_at=a.rated_at)  # fmt: skip
                if a.attempt_id not in old_attempts:
                    session.flush()  # the turn row first (foreign key)
                    session.add(RoomAttemptRow(
                        id=a.attempt_id, turn_id=turn.turn_id, room_id=after.room_id,
                        number=a.number, listener_profile=listener_profiles[turn.listener],
                        reflection=a.reflection,
                        grade_json=a.grade.model_dump_json() if a.grade else None,
                        score=a.grade.score if a.grade else None,
                        passed=a.grade.passed if a.grade else None,
                        created_at=a.created_at, **values))  # fmt: skip
                elif old_attempts[a.attempt_id] != a:
                    session.execute(update(RoomAttemptRow)
                                    .where(RoomAttemptRow.id == a.attempt_id).values(**values))  # fmt: skip
    return after


def rooms_of(store: Store, profile_id: str) -> list[Room]:
    """Every room this profile holds a seat in, newest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(RoomRow).where(or_(RoomRow.profile_a == profile_id,
                                      RoomRow.profile_b == profile_id))
            .order_by(RoomRow.updated_at.desc())
        ).all()  # fmt: skip
        return [_room(session, r) for r in rows]


def delete_room(store: Store, room_id: str) -> None:
    """The room and everything in it: turns, private notes, reflections, grades, ratings."""
    with store.writing() as session:
        for table in (RoomAttemptRow, RoomTurnRow):  # SQLite without cascade still cleans up
            session.execute(delete(table).where(table.room_id == room_id))
        session.execute(delete(RoomRow).where(RoomRow.id == room_id))


def rated_attempts(store: Store, profile_id: str, *, consented: bool = False) -> list[RatedAttempt]:
    """Rated reflections, oldest first: those this profile made as a listener; or, with
    `consented`, every one in a room this profile sits in where both partners agreed to
    turn rated turns into eval cases."""
    stmt = (
        select(RoomAttemptRow, RoomTurnRow, RoomRow.code)
        .join(RoomTurnRow, RoomTurnRow.id == RoomAttemptRow.turn_id)
        .join(RoomRow, RoomRow.id == RoomAttemptRow.room_id)
        .where(RoomAttemptRow.felt_understood.is_not(None))
        .order_by(RoomAttemptRow.created_at)
    )
    if consented:
        stmt = stmt.where(
            or_(RoomRow.profile_a == profile_id, RoomRow.profile_b == profile_id),
            RoomRow.export_a.is_(True),
            RoomRow.export_b.is_(True),
        )
    else:
        stmt = stmt.where(RoomAttemptRow.listener_profile == profile_id)
    with store.reading() as session:
        return [_rated(a, t, code) for a, t, code in session.execute(stmt).all()]


def _rated(a: RoomAttemptRow, t: RoomTurnRow, code: str) -> RatedAttempt:
    attempt = _attempt(a)
    assert attempt.felt_understood is not None
    return RatedAttempt(room_code=code, statement=t.statement,
                        note=PrivateNote(feeling=t.note_feeling, point=t.note_point,
                                         need=t.note_need),
                        reflection=attempt.reflection, grade=attempt.grade,
                        felt_understood=attempt.felt_understood, missed=attempt.missed,
                        correction=attempt.correction, created_at=attempt.created_at,
                        attempt_id=attempt.attempt_id)  # fmt: skip
