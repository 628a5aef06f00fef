"""Practise together, below the page: the room's moves (pure), who sees what (one rule), the
store on SQLite and PostgreSQL (a move only on top of the version it saw; delete takes
everything), the safety screen on both sides, and no LLM call before both partners agree."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from trainer.llm.fake import FakeChatModel
from trainer.store import Store
from trainer.store import rooms as db
from trainer.together import room as r
from trainer.together import service
from trainer.together.room import Consent, NotYourMove, PrivateNote, RoomClosed
from trainer.together.view import view_for

T0 = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
SAID = "My sister might move abroad next spring and I sat in the car for ages after she called."
NOTE = PrivateNote(feeling="sad, scared", point="sister may move far away",
                   need="not to be alone with it")  # fmt: skip
HEARD = "You're sad and scared your sister might move so far away, and you don't want to be alone."


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def _rated_room() -> r.Room:
    room = r.open_room("room1", "ABCDEF", "Ana", "p-ana", "tok-a", at(0))
    room = r.join(room, "Ben", "p-ben", "tok-b", at(1))
    room = r.speak(room, "a", "turn1", SAID, NOTE, at(2))
    graded = service.grade_reflection(room, HEARD, None)
    room = r.reflect(room, "b", "att1", HEARD, graded, at(3))
    return r.rate(room, "a", 4, ("need",), "closer: alone", at(4))


def test_a_whole_exchange_moves_through_every_phase_and_counts_versions() -> None:
    room = r.open_room("room1", "ABCDEF", "Ana", None, "tok-a", at(0))
    assert (room.phase, room.next_seat()) == ("waiting", "b")
    room = r.join(room, "Ben", None, "tok-b", at(1))
    assert (room.phase, room.next_seat()) == ("speaking", "a")
    room = r.speak(room, "a", "t1", SAID, NOTE, at(2))
    assert (room.phase, room.next_seat()) == ("reflecting", "b")
    room = r.reflect(room, "b", "x1", "You're worried?", None, at(3))
    room = r.rate(room, "a", 2, ("feeling", "point"), "not worried: sad", at(4))
    assert room.current is not None and room.current.attempts[-1].missed == ("point", "feeling")
    room = r.retry(room, "b", at(5))
    room = r.reflect(room, "b", "x2", HEARD, None, at(6))
    room = r.rate(room, "a", 5, (), "", at(7))
    room = r.swap(room, "a", at(8))
    assert (room.phase, room.speaker, room.next_seat()) == ("speaking", "b", "b")
    assert room.version == 9 and [len(t.attempts) for t in room.turns] == [2]


def test_moves_out_of_turn_are_refused_with_what_the_room_waits_for() -> None:
    room = r.join(r.open_room("r", "ABCDEF", "Ana", None, "a", at(0)), "Ben", None, "b", at(1))
    with pytest.raises(NotYourMove, match="Ana's"):
        r.speak(room, "b", "t", SAID, NOTE, at(2))
    with pytest.raises(NotYourMove, match="not reflecting"):
        r.reflect(room, "b", "x", HEARD, None, at(2))
    with pytest.raises(NotYourMove, match="what you feel"):
        r.speak(room, "a", "t", SAID, PrivateNote(feeling=" "), at(2))
    with pytest.raises(NotYourMove, match="waiting"):
        r.join(room, "Cy", None, "c", at(2))  # the room is full


def test_the_listener_never_sees_the_note_and_the_speaker_sees_coaching_only_if_both_share() -> (
    None
):
    room = _rated_room()
    listener, speaker = view_for(room, "b"), view_for(room, "a")
    assert listener.current is not None and speaker.current is not None
    seen_by_listener = listener.model_dump_json()
    assert listener.current.note is None and NOTE.point not in seen_by_listener
    assert NOTE.need not in seen_by_listener  # nor in the coaching's better words
    assert speaker.current.note == NOTE
    assert listener.current.attempts[0].grade is not None
    assert speaker.current.attempts[0].grade is None
    assert speaker.current.attempts[0].felt_understood == 4  # the rating is for both
    one = r.set_consent(room, "a", Consent(share_coaching=True), at(5))
    one_view = view_for(one, "a").current
    assert one_view is not None and one_view.attempts[0].grade is None  # one partner is not both
    both = r.set_consent(one, "b", Consent(share_coaching=True), at(6))
    both_view = view_for(both, "a").current
    assert both_view is not None and both_view.attempts[0].grade is not None


def test_pause_ends_the_turn_for_both_and_an_expired_room_is_read_only() -> None:
    room = r.pause(_rated_room(), "b", at(5))
    assert room.phase == "paused" and room.pause is not None and room.pause.by == "b"
    assert room.current is not None and room.current.ended
    with pytest.raises(NotYourMove):
        r.swap(room, "a", at(6))
    room = r.resume(room, "a", at(7))
    assert (room.phase, room.speaker) == ("speaking", "a")
    with pytest.raises(RoomClosed):
        r.speak(room, "a", "t2", SAID, NOTE, room.updated_at + r.TTL)


def test_codes_are_forgiving_to_type() -> None:
    assert r.normalise_code(" abc-d0 1 ") == "ABCDOI"
    assert all(ch in r.CODE_ALPHABET for ch in r.make_code())


# ---- through the store ----------------------------------------------------------------------


def test_the_store_keeps_a_room_and_refuses_a_move_on_a_stale_version(store: Store) -> None:
    room, ana = service.open_room(store, None, "Ana")
    _, ben = service.join_room(store, room.code.lower(), None, "Ben")
    service.speak(store, ana, SAID, NOTE, "worry")
    after = service.reflect(store, ben, HEARD)
    assert db.load_room(store, room_id=room.room_id) == after
    assert db.room_version(store, room.room_id) == after.version
    stale = r.rate(after, "a", 3, (), "", dt.datetime.now(dt.UTC))
    service.rate(store, ana, 5, ())
    with pytest.raises(db.StaleRoom):
        db.save_move(store, after, stale)  # Ana's second press, on the version she saw
    assert db.load_room(store, room_id=room.room_id).turns[0].attempts[0].felt_understood == 5
    with pytest.raises(service.AccessDenied):
        service.load(store, service.Seated(room.room_id, "b", "guessed"))


def test_delete_takes_the_room_with_everything_in_it(store: Store) -> None:
    room, ana = service.open_room(store, None, "Ana")
    _, ben = service.join_room(store, room.code, None, "Ben")
    service.speak(store, ana, SAID, NOTE)
    service.reflect(store, ben, HEARD)
    service.delete(store, ben)
    with store.engine.connect() as conn:
        for table in ("rooms", "room_turns", "room_attempts"):
            assert conn.execute(text(f"select count(*) from {table}")).scalar() == 0
    assert service.version(store, ana) is None


def test_the_safety_screen_stops_the_turn_on_either_side(store: Store) -> None:
    room, ana = service.open_room(store, None, "Ana")
    _, ben = service.join_room(store, room.code, None, "Ben")
    paused = service.speak(store, ana, "Sometimes I think you'd be better off without me.", NOTE)
    assert paused.phase == "paused" and paused.pause is not None
    assert (paused.pause.reason, paused.pause.category) == ("safety", "self_harm")
    assert paused.turns == ()  # the words were not kept as a turn
    service.resume(store, ben)
    service.speak(store, ana, SAID, NOTE)
    paused = service.reflect(store, ben, "He pushed me down the stairs once, so I get it.")
    assert paused.pause is not None and paused.pause.category == "violence"
    assert paused.current is not None and paused.current.attempts == ()


def test_nothing_goes_to_the_llm_until_both_partners_agreed(store: Store) -> None:
    room, ana = service.open_room(store, None, "Ana")
    _, ben = service.join_room(store, room.code, None, "Ben")
    model = FakeChatModel(replies=["not json", "still not json"])
    service.speak(store, ana, SAID, NOTE)
    service.set_consent(store, ana, Consent(use_llm=True))
    graded = service.reflect(store, ben, HEARD, model)
    assert model.calls == []  # Ana agreed, Ben did not: offline
    grade = graded.turns[0].attempts[0].grade
    assert grade is not None and grade.metadata.grader == "offline"
    service.rate(store, ana, 4, ())
    service.retry(store, ben)
    service.set_consent(store, ben, Consent(use_llm=True))
    service.reflect(store, ben, HEARD, model)
    assert model.calls  # both agreed: the reflection went to the model


def _room_with(said: str, note: PrivateNote) -> r.Room:
    room = r.open_room("room1", "ABCDEF", "Ana", "p-ana", "tok-a", at(0))
    room = r.join(room, "Ben", "p-ben", "tok-b", at(1))
    return r.speak(room, "a", "turn1", said, note, at(2))


def test_better_words_that_miss_the_noted_feeling_are_not_shown() -> None:
    """The edit is written from the statement alone, but it is shown only if it passes against
    the note as the reply was scored: keeping the feeling Accuracy calls wrong would teach it."""
    room = _room_with(
        "I've been stuck inside with the twins all week and haven't talked to an adult in days.",
        PrivateNote(feeling="fed up", point="", need="to be heard"),
    )
    reply = (
        "A whole week of just the twins, no wonder you're lonely. Baby groups are great for this!"
    )
    graded = service.grade_reflection(room, reply, None)
    assert "wrong_feeling" in {e.item for e in graded.rubrics.accuracy.evidence}
    assert graded.minimal_edit is None
    assert graded.no_edit_reason and "Accuracy" in graded.no_edit_reason
    assert "fed up" not in graded.no_edit_reason  # the note stays private


def test_better_words_that_pass_against_the_note_are_shown_and_pass() -> None:
    from trainer.grading.feedback.regrade import offline_check
    from trainer.grading.schema import GradeRequest

    room = _room_with(SAID, NOTE)
    reply = (
        "You're sad and scared your sister might move so far away. Have you thought about visiting?"
    )
    graded = service.grade_reflection(room, reply, None)
    assert graded.minimal_edit and "visiting" not in graded.minimal_edit
    truth = NOTE.hidden_truth()
    for text_ in (graded.minimal_edit, graded.model_reflection):
        assert text_ and offline_check(
            GradeRequest(statement=SAID, response=text_, hidden_truth=truth)
        )
