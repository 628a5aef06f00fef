"""The app in a real browser: `streamlit run app.py` on a loopback port, Debian's chromium
driven by Playwright. Complete a practice attempt, see the feedback and the partner's reply,
open Progress and see the attempt. Screenshots go to artifacts/browser/ for a person to look
at. Skips only where chromium is absent outside CI; in CI (CI set) it must run."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
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

HEARD = (
    "It sounds like you're completely overwhelmed, with the Henderson rollout piled on top "
    "and no idea when you'll even sleep. Is that right?"
)

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the browser test: apt-get install chromium (.ci/run)")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)",
                allow_module_level=True)  # fmt: skip


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = app_env(DATABASE_URL=f"sqlite:///{tmp_path / 'browser.db'}")
    log = (tmp_path / "streamlit.log").open("wb")
    proc = subprocess.Popen(streamlit_command(port), cwd=tmp_path, env=env, stdout=log,
                            stderr=subprocess.STDOUT)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        stop(proc)
        log.close()


def test_practice_feedback_partner_reply_and_progress_in_chromium(app_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    expect.set_options(timeout=30_000)  # a 2-core CI machine can take a while per rerun
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.set_default_timeout(60_000)
        page.goto(app_url)  # Practice is the default page, served at the root
        expect(page.get_by_role("heading", name="Practice")).to_be_visible()

        # Ask for an easy work-stress scenario, as a learner would with the selects.
        page.get_by_label("Theme").first.click()
        page.get_by_role("option", name="work_stress").click()
        expect(page.get_by_label("Theme").first).to_have_value("work_stress")
        page.get_by_label("Difficulty").first.click()
        page.get_by_role("option", name="easy", exact=True).click()
        expect(page.get_by_label("Difficulty").first).to_have_value("easy")
        page.wait_for_load_state("networkidle")
        page.get_by_role("button", name="New scenario").click()
        expect(page.get_by_text("work stress · easy")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "1-practice.png"), full_page=True)

        page.get_by_label("Your reflection").fill(HEARD)
        page.get_by_role("button", name="Send").click()
        expect(page.get_by_text("Your partner replies:")).to_be_visible()
        expect(page.get_by_role("heading", name="Score ")).to_be_visible()
        expect(page.get_by_text("Graded by the offline grader")).to_be_visible()
        expect(page.get_by_text("One way to say it:")).to_be_visible()
        # a turn to rework, or (heard at once) the summary's way on: never both
        again = page.get_by_role("button", name="Try again")
        expect(again.or_(page.get_by_text("Conversation over"))).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "2-feedback.png"), full_page=True)

        page.get_by_role("link", name="Progress").click()
        expect(page.get_by_role("heading", name="Progress")).to_be_visible()
        attempts = page.get_by_test_id("stMetric").filter(has_text="Attempts")
        expect(attempts).to_contain_text("1")
        expect(page.get_by_text("1 of 1 attempts")).to_be_visible()
        expect(page.get_by_role("button", name="Export CSV")).to_be_visible()
        expect(page.get_by_test_id("stVegaLiteChart").locator("canvas, svg").first).to_be_visible()
        expect(page.get_by_test_id("stDataFrame")).to_be_visible()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(ARTIFACTS / "3-progress.png"), full_page=True)
        browser.close()
    for name in ("1-practice.png", "2-feedback.png", "3-progress.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000


NAME = "**Ana** [site](https://example.org) $x^2$"
REPLY = "**bold** [link](javascript:alert(1)) $x^2$"


def test_typed_markdown_shows_literally_in_chromium(app_url: str, tmp_path: Path) -> None:
    """A coach named with markdown, and a learner's reply full of it, as Streamlit's real
    renderer draws them: the characters show, and no link, bold or KaTeX element exists."""
    from playwright.sync_api import expect, sync_playwright

    from trainer.coaching import service as coaching
    from trainer.coaching.auth import hash_pin
    from trainer.partner.conversation import start
    from trainer.partner.practice import practice_turn
    from trainer.partner.scenarios.bank import load_bank
    from trainer.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'browser.db'}")
    coach = store.create_profile(NAME, "coach", pin_hash=hash_pin("4821"))
    lee = store.create_profile("Lee")
    coaching.join_group(store, lee, coaching.create_group(store, coach, "Tuesday").invite_code)
    practice_turn(store, lee, start(load_bank().get("work_stress-001")), f"{REPLY} {HEARD}")
    store.engine.dispose()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    expect.set_options(timeout=30_000)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1400})
        page.set_default_timeout(60_000)
        page.goto(app_url)
        expect(page.get_by_role("heading", name="Who's practising?")).to_be_visible()
        page.get_by_label("Profile").click()
        page.get_by_role("option", name=f"{NAME} (coach)").click()
        page.get_by_label("PIN (coaches, and learners who set one)").fill("4821")
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_role("heading", name="Coach dashboard")).to_be_visible()

        signed_in = page.get_by_test_id("stSidebar").get_by_test_id("stCaptionContainer")
        label = page.get_by_test_id("stExpander").first.locator("summary").first
        expect(signed_in).to_contain_text("Signed in as")
        expect(label).to_contain_text("score")
        expect(page.get_by_test_id("stStatusWidgetRunningIcon")).to_have_count(0)  # run done
        expect(page.get_by_test_id("stDataFrame")).to_be_visible()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(ARTIFACTS / "4-literal-markdown.png"), full_page=True)
        for where, literal in ((signed_in, NAME), (label, REPLY)):
            assert literal in where.inner_text().replace("\u2060", ""), where.inner_text()
            assert where.locator("a, strong, em, .katex, del, code").count() == 0
        browser.close()
