"""Practise together in a real browser, the parts the main exchange does not reach: the
consent boxes, Pause and Resume, an expired room, Delete room and Progress's "Delete my data",
each watched from the other partner's screen (two contexts, one server, one SQLite file the
test can age). Screenshots go to artifacts/browser/together-more-*.png."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from browser_app import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
from test_together_browser import served
from together_exchange import COACHING, FEELING, FIRST_LOAD_MS, NEED, STATEMENT, _code_when_shown

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

SHARE = "The one who speaks also sees the coaching"
REFLECTION = "You're sad your sister may move, and you don't want to face it on your own."


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"together-more-{name}.png"), full_page=True)


def _open_and_join(host: Any, guest: Any, url: str, names: tuple[str, str]) -> str:
    from playwright.sync_api import expect

    host.get_by_label("Your name in the room").fill(names[0])
    host.get_by_role("button", name="Open a room").click()
    code = _code_when_shown(host)
    guest.goto(f"{url}/together?room={code}")
    expect(guest.get_by_label("Room code")).to_have_value(code, timeout=FIRST_LOAD_MS)
    guest.get_by_label("Your name in the room").fill(names[1])
    guest.get_by_role("button", name="Join").click()
    expect(host.get_by_text("Your turn to speak.")).to_be_visible()
    return code


def _age(db: Path, code: str) -> None:
    """Thirteen hours without a move (past the 12 h TTL); the version bump makes both
    watchers redraw, as any stored change would."""
    with sqlite3.connect(db) as con:
        con.execute("UPDATE rooms SET updated_at = datetime('now', '-13 hours'), "
                    "version = version + 1 WHERE code = ?", (code,))  # fmt: skip


def _agree_box(page: Any) -> Any:
    """The consent expander, opened once; it must stay open when the partner moves."""
    box = page.get_by_text(SHARE)
    if not box.is_visible():
        page.get_by_text("What we agree to").click()
    return box


def test_consent_pause_expiry_delete_and_forget_across_two_partners(tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    db = tmp_path / "together.db"
    with served(f"sqlite:///{db}", tmp_path, "app") as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                     headless=True)  # fmt: skip
        ana, ben = (browser.new_context(viewport={"width": 1100, "height": 1300}).new_page()
                    for _ in range(2))  # fmt: skip
        ana.goto(f"{url}/together")
        expect(ana.get_by_role("heading", name="Practise together")).to_be_visible(
            timeout=FIRST_LOAD_MS
        )
        code = _open_and_join(ana, ben, url, ("Ana", "Ben"))

        # Consent: one tick alone changes nothing; Ben's screen says what Ana agreed to.
        _agree_box(ana).click()
        _agree_box(ben)
        expect(ben.get_by_text("Ana agreed to: show the speaker the coaching")).to_be_visible()
        ana.get_by_label("What you want to say").fill(STATEMENT)
        ana.get_by_label("The feeling").fill(FEELING)
        ana.get_by_label("The need").fill(NEED)
        ana.get_by_role("button", name="Share with Ben").click()
        ben.get_by_label("Your reflection").fill(REFLECTION)
        ben.get_by_role("button", name="Send reflection").click()
        expect(ben.locator(COACHING)).to_have_count(1)
        expect(ana.get_by_text("Did you feel understood by Ben?")).to_be_visible()
        expect(ana.locator(COACHING)).to_have_count(0)  # only Ana agreed: still Ben's alone
        expect(ben.get_by_text(SHARE)).to_be_visible()  # the box stayed open through the moves
        ben.get_by_text(SHARE).click()
        expect(ana.locator(COACHING)).to_have_count(1)  # both agreed: the speaker sees it
        body = ben.inner_text("body")
        assert FEELING not in body and NEED not in body  # Ana's private note never reaches Ben
        _shot(ana, "1-ana-sees-shared-coaching")
        ana.get_by_role("button", name="Send rating").click()
        expect(ben.get_by_text("Ana felt understood: 3 of 5")).to_be_visible()

        # Pause from Ben's side ends the turn on Ana's screen; Ana starts a new turn.
        ben.get_by_role("button", name="Pause").click()
        expect(ana.get_by_text("Ben paused.")).to_be_visible()
        expect(ben.get_by_text("You paused.")).to_be_visible()
        expect(ana.get_by_role("button", name="Pause")).to_have_count(0)
        _shot(ana, "2-ana-sees-ben-paused")
        ana.get_by_role("button", name=re.compile("Start a new turn")).click()
        expect(ben.get_by_text("Ana is writing what they want to say…")).to_be_visible()
        expect(ana.get_by_text("Your turn to speak.")).to_be_visible()

        # Words Ana typed but had not sent survive Ben's pause: kept, and back in the box.
        draft = "I keep thinking about the call with my sister"
        ana.get_by_label("What you want to say").fill(draft)
        ana.get_by_label("The feeling").click()  # leaving the box hands its words to the app
        ana.wait_for_timeout(1500)
        ben.get_by_role("button", name="Pause").click()
        expect(ana.get_by_text("Your unsent words are kept")).to_be_visible()
        ana.get_by_role("button", name=re.compile("Start a new turn")).click()
        expect(ana.get_by_label("What you want to say")).to_have_value(draft)

        # Expired: both screens turn read-only, and no move is offered.
        _age(db, code)
        for page in (ana, ben):
            expect(page.get_by_text("This room closed after 12 hours")).to_be_visible()
            expect(page.get_by_role("button", name="Pause")).to_have_count(0)
        expect(ana.get_by_label("What you want to say")).to_have_count(0)
        expect(ana.get_by_text(STATEMENT.split("**")[2][:20])).to_be_visible()  # still readable
        _shot(ben, "3-ben-expired-read-only")

        # Delete my data on Progress takes the room along, and says so; Ben's page follows.
        ana.goto(f"{url}/progress")
        expect(ana.get_by_text("Felt understood (practising together)")).to_be_visible(
            timeout=FIRST_LOAD_MS
        )
        ana.get_by_text("Delete my data").first.click()
        expect(ana.get_by_text("1 practise-together room(s)")).to_be_visible()
        ana.get_by_text("Yes, delete all my attempts").click()
        ana.get_by_role("button", name="Delete my data").click()
        expect(ana.get_by_text("and 1 practise-together room.")).to_be_visible()
        expect(ana.get_by_text("Felt understood (practising together)")).to_have_count(0)
        expect(ben.get_by_text("This room was deleted")).to_be_visible()
        _shot(ana, "4-ana-deleted-my-data")

        # Delete room: Ben opens a second room, Ana joins, Ben deletes it for both.
        ana.goto(f"{url}/together")
        expect(ana.get_by_role("heading", name="Practise together")).to_be_visible(
            timeout=FIRST_LOAD_MS
        )
        _open_and_join(ben, ana, url, ("Ben", "Ana"))
        ben.get_by_role("button", name="Delete room").click()
        ben.get_by_role("button", name="Yes, delete everything").click()
        expect(ben.get_by_text("You deleted the room, with everything in it")).to_be_visible()
        expect(ana.get_by_text("This room was deleted")).to_be_visible()
        ana.wait_for_timeout(2500)  # two watcher periods: the message must stay
        expect(ana.get_by_text("This room was deleted")).to_be_visible()
        _shot(ana, "6-ana-room-gone")
        _shot(ben, "5-ben-deleted-room")
        browser.close()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM rooms").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM room_turns").fetchone() == (0,)
