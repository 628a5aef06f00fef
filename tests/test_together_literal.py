"""Everything people typed in a room (both names, the statement, the private note, the
reflection, the correction) renders as plain text on the Together page, for both seats
(AppTest; every markdown string read back by an independent parser, as for the other pages);
and the listener's page never carries the speaker's private note."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_view import view
from streamlit.testing.v1 import AppTest
from test_literal_text_pages import OWN, PAYLOADS, _markdown_strings, _run, tagged

from trainer.store import open_store
from trainer.together import service
from trainer.together.room import PrivateNote
from trainer.ui.together_parts import TogetherState

APP = Path(__file__).resolve().parent.parent / "app.py"
TYPED = {"na": "Ana's name", "nb": "Ben's name", "ss": "statement", "nf": "note: feeling",
         "np": "note: point", "nn": "note: need", "rf": "reflection", "co": "correction"}  # fmt: skip
PRIVATE = {"nf", "np", "nn"}


def _page(seats: TogetherState) -> list[str]:
    at = _run(AppTest.from_file(str(APP), default_timeout=60))
    at.session_state["together"] = seats
    at.switch_page("trainer/ui/pages/together.py")
    return _markdown_strings(_run(at))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_typed_text_in_a_room_renders_literally_for_both_seats(
    payload: str, no_secrets_file: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'literal.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store = open_store(url)
    name = payload[:30]  # names are one line of at most 40 characters
    room, ana = service.open_room(store, store.default_learner(), tagged(name, "na"))
    _, ben = service.join_room(store, room.code, None, tagged(name, "nb"))
    note = PrivateNote(feeling=tagged(payload, "nf"), point=tagged(payload, "np"),
                       need=tagged(payload, "nn"))  # fmt: skip
    service.speak(store, ana, tagged(payload, "ss") + " I sat in the car for ages after.", note)
    service.reflect(store, ben, tagged(payload, "rf") + " You're sad she may move so far away.")
    service.rate(store, ana, 3, ("need",), tagged(payload, "co"))

    found: dict[str, set[str]] = {}
    for seat, seated in (("a", ana), ("b", ben)):
        shown: set[str] = set()
        for md in _page(TogetherState(seats={seat: seated}, holder=seat)):  # type: ignore[dict-item]
            v = view(md)
            assert not v.rewrites, f"seat {seat}: Streamlit would rewrite {v.rewrites} in {md!r}"
            odd = [t.type for t in v.formatting if t.type not in OWN]
            assert not odd, f"seat {seat}: {md!r} renders {odd}"
            shown |= {tag for tag in TYPED if v.shows(tagged(name if tag in ("na", "nb")
                                                               else payload, tag))}  # fmt: skip
            assert not (seat == "b" and any(f"¦{tag}" in md for tag in PRIVATE)), md
        found[seat] = shown
    assert set(TYPED) - found["a"] == set(), "the speaker's page hides some of what was typed"
    assert set(TYPED) - PRIVATE - found["b"] == {"nb"} - found["b"]
