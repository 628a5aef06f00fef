"""Sign-in with a real OpenID Connect provider, in chromium: the `[auth]` branch end to end.

tests/oidc/provider.js runs panva/oidc-provider on 127.0.0.1 with two accounts ("coach",
"learner"); `streamlit run app.py` gets an `[auth]` table pointing at it from a secrets file in
its own working directory. A coach and a learner sign in through the provider's login form and
land on their own pages; the learner cannot open coach pages (nor do coach things through the
library); signing out ends the session, and the signed-out cookie no longer gives access.
Skips outside CI when node or tests/oidc/node_modules is missing; in CI (CI set) it must run."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from browser_app import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    app_env,
    free_port,
    stop,
    streamlit_command,
    wait_healthy,
)

OIDC = ROOT / "tests" / "oidc"
COACH_EMAIL = "casey.coach@example.org"  # provider.js's "coach" account

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

_missing = (
    "Debian's chromium is not installed (apt-get install chromium)" if not CHROMIUM.exists()
    else "node is not installed (apt-get install nodejs npm)" if shutil.which("node") is None
    else "the test OpenID provider is not installed (npm ci --prefix tests/oidc)"
    if not (OIDC / "node_modules" / "oidc-provider").is_dir()
    else None
)  # fmt: skip
if _missing:
    if os.environ.get("CI"):
        raise RuntimeError(f"CI must run the OIDC sign-in test (.ci/run installs it): {_missing}")
    pytest.skip(_missing, allow_module_level=True)


@dataclass(frozen=True)
class Site:
    url: str
    data_dir: Path


def _start_provider(port: int, client_id: str, client_secret: str, redirect: str,
                    log: Any) -> subprocess.Popen[bytes]:  # fmt: skip
    env = dict(os.environ, OIDC_PORT=str(port), OIDC_CLIENT_ID=client_id,
               OIDC_CLIENT_SECRET=client_secret, OIDC_REDIRECT_URI=redirect)  # fmt: skip
    proc = subprocess.Popen(["node", "provider.js"], cwd=OIDC, env=env, stdout=subprocess.PIPE,
                            stderr=log)  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline().decode()  # "ready <issuer>" once it listens, "" if it died
    if not line.startswith("ready "):
        stop(proc)
        raise RuntimeError(f"the OpenID provider did not start; see {log.name}")
    return proc


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """The provider, and the app with `[auth]` pointing at it (the secrets file lives in the
    app's working directory, a temp folder, never in the repository)."""
    idp_port, app_port = free_port(), free_port()
    url = f"http://127.0.0.1:{app_port}"
    client_id, client_secret = "trainer", secrets.token_urlsafe(24)
    work = tmp_path / "app"
    (work / ".streamlit").mkdir(parents=True)
    (work / ".streamlit" / "secrets.toml").write_text(f"""\
[auth]
redirect_uri = "{url}/oauth2callback"
cookie_secret = "{secrets.token_urlsafe(32)}"
client_id = "{client_id}"
client_secret = "{client_secret}"
server_metadata_url = "http://127.0.0.1:{idp_port}/.well-known/openid-configuration"

[trainer]
coaches = ["{COACH_EMAIL.title()}"]
""")
    data_dir = tmp_path / "data"
    idp_log = (tmp_path / "provider.log").open("wb")
    app_log = (tmp_path / "streamlit.log").open("wb")
    idp = _start_provider(idp_port, client_id, client_secret, f"{url}/oauth2callback", idp_log)
    app = subprocess.Popen(streamlit_command(app_port), cwd=work,
                           env=app_env(TRAINER_DATA_DIR=str(data_dir)),
                           stdout=app_log, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        wait_healthy(url, app)
        yield Site(url, data_dir)
    finally:
        stop(app)
        stop(idp)
        app_log.close()
        idp_log.close()


def _sign_in(page: Any, site: Site, login: str, screenshot: str | None = None) -> None:
    """Through the app's Log in button and the provider's own login and consent forms."""
    from playwright.sync_api import expect

    page.goto(site.url)
    expect(page.get_by_role("heading", name="Who's practising?")).to_be_visible()
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/interaction/**")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill("any password")
    if screenshot:
        page.screenshot(path=str(ARTIFACTS / screenshot), full_page=True)
    page.get_by_role("button", name="Sign-in").click()
    page.get_by_role("button", name="Continue").click()  # consent: share email and profile
    page.wait_for_url(f"{site.url}/**")


def _signed_in_as_nobody(page: Any) -> None:
    """The sign-in page with the Log in button, and no page of any role in the navigation."""
    from playwright.sync_api import expect

    expect(page.get_by_role("button", name="Log in")).to_be_visible()
    for name in ("Practice", "Coach dashboard", "Drills", "Progress"):
        expect(page.get_by_role("link", name=name)).to_have_count(0)


def test_coach_and_learner_sign_in_with_oidc_and_sign_out_ends_the_session(site: Site) -> None:
    from playwright.sync_api import expect, sync_playwright

    from trainer.coaching.service import create_group, drills, learners
    from trainer.store import AccessDenied, open_store

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    expect.set_options(timeout=30_000)  # a 2-core CI machine can take a while per rerun
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        # A coach: their email is in [trainer].coaches (written in another case).
        coach = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
        coach.set_default_timeout(60_000)
        _sign_in(coach, site, "coach", screenshot="oidc-0-provider-login.png")
        expect(coach.get_by_role("heading", name="Coach dashboard")).to_be_visible()
        expect(coach.get_by_text("Signed in as Casey Coach (coach)")).to_be_visible()
        coach.screenshot(path=str(ARTIFACTS / "oidc-1-coach.png"), full_page=True)

        # A learner, in another browser context (its own cookies).
        learner_context = browser.new_context(viewport={"width": 1200, "height": 900})
        learner = learner_context.new_page()
        learner.set_default_timeout(60_000)
        _sign_in(learner, site, "learner")
        expect(learner.get_by_role("heading", name="Practice")).to_be_visible()
        expect(learner.get_by_text("Signed in as Lee Learner (learner)")).to_be_visible()
        expect(learner.get_by_role("button", name="New scenario")).to_be_visible()
        learner.wait_for_load_state("networkidle")
        learner.screenshot(path=str(ARTIFACTS / "oidc-2-learner.png"), full_page=True)

        # The learner cannot open coach pages by URL...
        for path, title in (("coach", "Coach dashboard"), ("drills", "Drills")):
            learner.goto(f"{site.url}/{path}")
            expect(learner.get_by_text("Page not found")).to_be_visible()
            expect(learner.get_by_role("heading", name="Practice")).to_be_visible()
            expect(learner.get_by_role("heading", name=title)).to_have_count(0)
            expect(learner.get_by_role("link", name=title)).to_have_count(0)
        learner.screenshot(path=str(ARTIFACTS / "oidc-3-learner-opens-coach-url.png"),
                           full_page=True)  # fmt: skip

        # ...and the library refuses the signed-in learner what those pages would do.
        store = open_store(f"sqlite:///{site.data_dir / 'trainer.db'}")
        try:
            as_learner = store.profile_by_subject("sub-learner")
            as_coach = store.profile_by_subject("sub-coach")
            assert as_learner is not None and as_learner.role == "learner"
            assert as_coach is not None and as_coach.role == "coach"
            for denied in (lambda: learners(store, as_learner), lambda: drills(store, as_learner),
                           lambda: create_group(store, as_learner, "Mine now")):  # fmt: skip
                with pytest.raises(AccessDenied):
                    denied()
        finally:
            store.engine.dispose()

        # Sign-out: the app, then the provider (its own confirmation), back on the sign-in page.
        learner.goto(site.url)
        expect(learner.get_by_role("heading", name="Practice")).to_be_visible()
        cookie = [c for c in learner_context.cookies() if c["name"].startswith("_streamlit_user")]
        assert cookie, "the app set no identity cookie"
        learner.get_by_role("link", name="Sign out").click()
        expect(learner.get_by_text("Signed in as Lee Learner (learner) with your account")
               ).to_be_visible()  # fmt: skip
        learner.get_by_role("button", name="Log out").click()
        learner.get_by_role("button", name="Yes, sign me out").click()
        learner.wait_for_url(f"{site.url}/**")
        _signed_in_as_nobody(learner)
        learner.screenshot(path=str(ARTIFACTS / "oidc-4-signed-out.png"), full_page=True)
        learner.reload()
        _signed_in_as_nobody(learner)
        names = {c["name"] for c in learner_context.cookies()}
        assert not {"_streamlit_user", "_streamlit_user_tokens"} & names

        # The identity cookie from before the sign-out, replayed in a fresh browser, no longer
        # signs anyone in (Streamlit's cookie is self-contained; the store remembers the sign-out).
        replay_context = browser.new_context(viewport={"width": 1200, "height": 900})
        replay_context.add_cookies(cookie)  # type: ignore[arg-type]
        replay = replay_context.new_page()
        replay.set_default_timeout(60_000)
        replay.goto(site.url)
        expect(replay.get_by_text("That sign-in has ended")).to_be_visible()
        _signed_in_as_nobody(replay)
        replay.screenshot(path=str(ARTIFACTS / "oidc-5-old-cookie-replayed.png"), full_page=True)

        # The coach, signed in elsewhere, is still signed in.
        coach.reload()
        expect(coach.get_by_role("heading", name="Coach dashboard")).to_be_visible()
        browser.close()
    for name in ("oidc-0-provider-login", "oidc-1-coach", "oidc-2-learner", "oidc-3-learner-opens-coach-url",
                 "oidc-4-signed-out", "oidc-5-old-cookie-replayed"):  # fmt: skip
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000
