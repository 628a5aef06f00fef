"""Practise together in a real browser: two Playwright contexts (two people, two devices)
through a whole exchange on one `streamlit run` server, then on two servers sharing one
PostgreSQL (the deployment the README describes). Coaching shows only on the listener's page."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from browser_app import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    app_env,
    free_port,
    stop,
    streamlit_command,
    wait_healthy,
)
from together_exchange import FIRST_LOAD_MS, run_exchange

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the browser test: apt-get install chromium (.ci/run)")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)",
                allow_module_level=True)  # fmt: skip


UNBATCHED = Path(__file__).with_name("streamlit_unbatched.py")


@contextmanager
def served(database_url: str, folder: Path, name: str, *, unbatched: bool = False
           ) -> Iterator[str]:  # fmt: skip
    """`streamlit run app.py` on a free loopback port against `database_url`; `unbatched`:
    with every delta sent on its own, as a busy server sends some (streamlit_unbatched.py)."""
    port = free_port()
    log = (folder / f"{name}.log").open("wb")
    command = streamlit_command(port)
    if unbatched:  # [python, -m, streamlit, run, ...] -> [python, streamlit_unbatched.py, run, ...]
        command[1:3] = [str(UNBATCHED)]
    proc = subprocess.Popen(command, cwd=folder,
                            env=app_env(DATABASE_URL=database_url), stdout=log,
                            stderr=subprocess.STDOUT)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        stop(proc)
        log.close()


def _exchange(url_a: str, url_b: str, prefix: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)  # a 2-core CI machine can take a while per rerun
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                     headless=True)  # fmt: skip
        pages = []
        for _ in range(2):  # two contexts: two people, no shared cookies or session
            context = browser.new_context(viewport={"width": 1100, "height": 1300})
            page = context.new_page()
            page.set_default_timeout(FIRST_LOAD_MS)
            pages.append(page)
        run_exchange(pages[0], pages[1], url_a, url_b, ARTIFACTS, prefix)
        browser.close()


def test_two_partners_whole_exchange_on_one_server(tmp_path: Path) -> None:
    """Unbatched: a page redraw that mounted the boxes anew dropped typed words by chance."""
    db = f"sqlite:///{tmp_path / 'together.db'}"
    with served(db, tmp_path, "app", unbatched=True) as url:
        _exchange(url, url, "together-")
    assert (ARTIFACTS / "together-3-ana-rated-no-coaching.png").stat().st_size > 10_000


def test_two_partners_on_two_processes_sharing_postgresql(tmp_path: Path) -> None:
    """Ana on one app process, Ben on another; the room lives only in PostgreSQL."""
    url = os.environ.get("TRAINER_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("TRAINER_TEST_POSTGRES_URL is not set in CI; .ci/run must start it")
        pytest.skip("no PostgreSQL: set TRAINER_TEST_POSTGRES_URL")
    from conftest import _fresh_postgres

    _fresh_postgres(url)
    with ExitStack() as stack:
        url_a = stack.enter_context(served(url, tmp_path, "app-a"))
        url_b = stack.enter_context(served(url, tmp_path, "app-b"))
        assert url_a != url_b
        _exchange(url_a, url_b, "together-pg-")


def take(page: object) -> None:
    """Tap "I'm NAME: show my turn" and wait until the turn's page is drawn to its end (its
    last buttons: the cover has none), so the next click lands on a finished page."""
    import re

    from playwright.sync_api import expect

    page.get_by_role("button", name=re.compile("show my turn")).click()  # type: ignore[attr-defined]
    expect(page.get_by_role("button", name="Delete room")).to_be_visible()  # type: ignore[attr-defined]


def test_hand_over_mode_covers_the_screen_between_turns(tmp_path: Path) -> None:
    """One shared device: the speaker's private note and the listener's coaching are never on
    screen while the device changes hands, nor on the other partner's turn."""
    from playwright.sync_api import expect, sync_playwright
    from together_exchange import COACHING, FEELING, NEED, STATEMENT

    expect.set_options(timeout=60_000)
    with (
        served(f"sqlite:///{tmp_path / 'together.db'}", tmp_path, "app", unbatched=True) as url,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                     headless=True)  # fmt: skip
        page = browser.new_page(viewport={"width": 1100, "height": 1300})
        page.set_default_timeout(FIRST_LOAD_MS)
        page.goto(f"{url}/together")
        expect(page.get_by_role("heading", name="Practise together")).to_be_visible(
            timeout=FIRST_LOAD_MS
        )
        page.get_by_label("Your name in the room").fill("Ana")
        page.get_by_text("One shared device (hand-over mode)").click()
        page.get_by_label("Your partner's name").fill("Ben")
        page.get_by_role("button", name="Open a room").click()
        # Filled straight after one another: leaving a box reruns the page while the next
        # is filled, which once dropped a value (the boxes were mounted anew on every run).
        page.get_by_label("What you want to say").fill(STATEMENT)
        page.get_by_label("The feeling").fill(FEELING)
        page.get_by_label("The need").fill(NEED)
        page.get_by_role("button", name="Share with Ben").click()

        expect(page.get_by_role("heading", name="Pass the device to Ben")).to_be_visible()
        expect(page.get_by_label("The feeling")).to_have_count(0)  # no faded form behind it
        body = page.inner_text("body")
        assert FEELING not in body and NEED not in body and "Lisbon" not in body
        page.screenshot(path=str(ARTIFACTS / "together-handover-1-cover.png"), full_page=True)
        take(page)
        expect(page.get_by_label("Your reflection")).to_be_visible()
        assert FEELING not in page.inner_text("body")  # Ben's screen: no private note
        page.get_by_label("Your reflection").fill("You're sad your sister may move so far.")
        page.get_by_role("button", name="Send reflection").click()

        # Ana's turn to rate: the cover first, and Ben's coaching is gone with it.
        expect(page.get_by_role("heading", name="Pass the device to Ana")).to_be_visible()
        expect(page.locator(COACHING)).to_have_count(0)
        take(page)
        expect(page.get_by_text("Did you feel understood by Ben?")).to_be_visible()
        expect(page.locator(COACHING)).to_have_count(0)
        expect(page.get_by_text(FEELING)).to_have_count(1)  # her own note, on her own turn
        page.screenshot(path=str(ARTIFACTS / "together-handover-2-ana-rates.png"), full_page=True)
        page.get_by_role("button", name="Send rating").click()
        expect(page.get_by_role("heading", name="Pass the device to Ben")).to_be_visible()
        take(page)
        expect(page.locator(COACHING)).to_have_count(1)
        page.screenshot(path=str(ARTIFACTS / "together-handover-3-ben-coached.png"),
                        full_page=True)  # fmt: skip
        browser.close()
