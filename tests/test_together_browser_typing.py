"""Practise together in a real browser: words being typed survive the partner's move. A box
hands its words to the app only when it loses focus; until then they live in the browser, and
a redraw of the room that mounted the box anew (the page reruns within a second of any move)
wiped them, or left them on screen but unsent. Two contexts, one server: Ana types in the
speaker's boxes, and Ben in the listener's, while the other ticks a consent box."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from browser_app import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
from test_together_browser import served
from test_together_browser_more import _agree_box, _open_and_join
from together_exchange import FIRST_LOAD_MS

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

SAID = ("My brother hasn't called back in three weeks, ", "and I keep checking my phone.")
FELT = ("hurt, ", "a bit forgotten")
POINT, NEED = "he went quiet on me", "to hear from him"
HEARD = ("You're hurt that your brother has gone quiet, ", "and you keep waiting for him.")


def _type(page: Any, text: str) -> None:
    """Keys into the focused box, as a person types: nothing is handed over until it blurs."""
    page.keyboard.type(text, delay=20)


def _partner_ticks(partner: Any, typist: Any, agreed: str) -> None:
    """The partner ticks the sharing box (a move: the room's version changes), and the
    typist's page has redrawn for it: its caption names what the partner agreed to."""
    from playwright.sync_api import expect

    _agree_box(partner).click()
    expect(typist.get_by_text(agreed)).to_be_attached()


@contextmanager
def _ana_and_ben_in_a_room(tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    """One unbatched server, two browser contexts; Ana opens a room and Ben joins it."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)
    with (
        served(f"sqlite:///{tmp_path / 'together.db'}", tmp_path, "app", unbatched=True) as url,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                     headless=True)  # fmt: skip
        ana, ben = (browser.new_context(viewport={"width": 1100, "height": 1300}).new_page()
                    for _ in range(2))  # fmt: skip
        for page in (ana, ben):
            page.set_default_timeout(FIRST_LOAD_MS)
        ana.goto(f"{url}/together")
        expect(ana.get_by_role("heading", name="Practise together")).to_be_visible(
            timeout=FIRST_LOAD_MS
        )
        _open_and_join(ana, ben, url, ("Ana", "Ben"))
        try:
            yield ana, ben
        finally:
            browser.close()


def test_words_being_typed_survive_the_partner_moving(tmp_path: Path) -> None:
    from playwright.sync_api import expect

    with _ana_and_ben_in_a_room(tmp_path) as (ana, ben):
        expect(ben.get_by_text("Ana is writing what they want to say…")).to_be_visible()

        # Ana writes her statement and note box by box, as a person does: Tab hands each box's
        # words to the app (her own page reruns) while she types on in the next, and Ben
        # ticks a box and unticks it in the middle.
        said = ana.get_by_label("What you want to say")
        said.click()
        _type(ana, SAID[0])
        _partner_ticks(ben, ana, "Ben agreed to: show the speaker the coaching")
        _type(ana, SAID[1])
        ana.keyboard.press("Tab")  # on to the feeling: the statement is handed over
        _type(ana, FELT[0])
        _partner_ticks(ben, ana, "Ben agreed to: nothing yet")
        _type(ana, FELT[1])
        for text in (POINT, NEED):
            ana.keyboard.press("Tab")
            _type(ana, text)
        expect(said).to_have_value("".join(SAID))
        expect(ana.get_by_label("The feeling")).to_have_value("".join(FELT))
        expect(ana.get_by_label("The point")).to_have_value(POINT)
        expect(ana.get_by_label("The need")).to_have_value(NEED)
        ana.screenshot(path=str(ARTIFACTS / "together-typing-1-ana-kept.png"), full_page=True)
        ana.get_by_role("button", name="Share with Ben").click()
        # Her private note, on her own page, holds every word she typed.
        expect(ana.get_by_text(f"feeling: {''.join(FELT)} · point: {POINT} · need: {NEED}")
               ).to_be_visible()  # fmt: skip

        # What was typed is what was sent, whole.
        statement = ben.get_by_test_id("stChatMessage").filter(has_text="My brother")
        expect(statement).to_be_visible()
        assert "".join(SAID) in statement.inner_text().replace("\u2060", "")

        # Ben is halfway through his reflection when Ana ticks a box.
        heard = ben.get_by_label("Your reflection")
        heard.click()
        _type(ben, HEARD[0])
        _partner_ticks(ana, ben, "Ana agreed to: show the speaker the coaching")
        _type(ben, HEARD[1])
        expect(heard).to_have_value("".join(HEARD))
        ben.screenshot(path=str(ARTIFACTS / "together-typing-2-ben-kept.png"), full_page=True)
        ben.get_by_role("button", name="Send reflection").click()
        expect(ana.get_by_text("".join(HEARD))).to_be_visible()
        expect(ana.get_by_text("Did you feel understood by Ben?")).to_be_visible()


@pytest.mark.parametrize(
    ("stopped", "notice"),
    [
        (
            "Work has been grim, and some nights lately I keep thinking about ending my life.",
            "Let's stop here for a moment.",
        ),
        ("Honestly I feel like such a burden to everyone lately.", "Let's pause and check in."),
    ],
    ids=["crisis", "check-in"],
)
def test_words_the_safety_check_stopped_come_back_in_the_box(
    tmp_path: Path, stopped: str, notice: str
) -> None:
    """Ana's statement is stopped by the safety screen: Ben never sees it, she is told it was
    kept, and after "Start a new turn" it is back in her box (it once came back empty in about
    half the runs: the box was drawn anew while only the browser held the words)."""
    from playwright.sync_api import expect

    with _ana_and_ben_in_a_room(tmp_path) as (ana, ben):
        ana.get_by_label("What you want to say").fill(stopped)
        ana.get_by_label("The feeling").fill("low")
        ana.get_by_role("button", name="Share with Ben").click()
        expect(ana.get_by_text("Your words were not sent to Ben.")).to_be_visible()
        expect(ben.get_by_text(notice)).to_be_visible()
        assert stopped not in ben.inner_text("body")
        ana.screenshot(
            path=str(ARTIFACTS / f"together-typing-3-safety-kept-{notice.split()[1]}.png"),
            full_page=True,
        )
        ana.get_by_role("button", name="Start a new turn (when you are both ready)").click()
        expect(ana.get_by_label("What you want to say")).to_have_value(stopped)
        expect(ana.get_by_label("The feeling")).to_have_value("low")
