"""Delete my data: what one person put in this store. Their attempts, and every
practise-together room they hold a seat in (either partner may already delete a room alone, and a
room holds both partners' words, so it goes whole). The profile stays, so coaches' drills and
groups still resolve; the page and `trainer delete-my-data` both call this one function."""

from __future__ import annotations

from trainer.grading.schema import Frozen
from trainer.store.repo import Actor, Store
from trainer.store.rooms import delete_room, rooms_of


class Deleted(Frozen):
    attempts: int
    rooms: int

    def sentence(self) -> str:
        """What was deleted, in words, for the page and the CLI."""
        rooms = f" and {self.rooms} practise-together room{'s' * (self.rooms != 1)}"
        return f"Deleted {self.attempts} attempts{rooms if self.rooms else ''}."


def delete_my_data(store: Store, actor: Actor) -> Deleted:
    rooms = rooms_of(store, actor.profile_id)
    for room in rooms:
        delete_room(store, room.room_id)
    return Deleted(attempts=store.delete_my_data(actor), rooms=len(rooms))


def rooms_to_delete(store: Store, actor: Actor) -> int:
    """How many rooms delete_my_data would take with it (for the warning before it)."""
    return len(rooms_of(store, actor.profile_id))
