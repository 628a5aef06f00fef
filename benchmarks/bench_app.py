"""Benchmark the practice app: seconds from `streamlit run` to a healthy page, and server-side
milliseconds from submit to offline feedback (targets: under 3 s and under 100 ms).

Not a test: timings are noisy on shared 2-core machines, so this reports medians for a person
to read. Run:  .venv/bin/python benchmarks/bench_app.py [--starts 5] [--submits 50]

- startup: `streamlit run app.py` until /_stcore/health answers ok; and, with Debian's
  chromium, until the Practice page shows the partner's first line (a browser already open).
- submit, library: trainer.partner.practice.practice_turn (attempt written, offline grade, partner
  reaction, grade attached) on a SQLite file in WAL mode.
- submit, page: the whole Practice script rerun after clicking Send, in AppTest (what the
  server does between the click and the feedback being sent to the browser).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPLIES = [
    "It sounds like you're exhausted and it all landed on you at once. Is that right?",
    "You should talk to your boss about it tomorrow.",
    "That happened to me last year too, I was so angry I nearly quit.",
    "At least you still have a job. It's not that bad.",
    "So you're hurt that I didn't notice how much you were carrying. That makes sense.",
]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def time_startup(db: str, browser: object | None = None) -> tuple[float, float | None]:
    """Seconds to /_stcore/health ok, and (with a browser) to the partner's first line drawn."""
    port = _port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["DATABASE_URL"] = db
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
           "true", "--server.address", "127.0.0.1", "--server.port", str(port),
           "--browser.gatherUsageStats", "false"]  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        healthy = None
        while healthy is None:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/_stcore/health", timeout=1
                ) as r:
                    if r.read().strip() == b"ok":
                        healthy = time.perf_counter() - t0
            except OSError:
                time.sleep(0.02)
            if time.perf_counter() - t0 > 120:
                raise RuntimeError("streamlit did not become healthy in 120 s")
        drawn = None
        if browser is not None:
            page = browser.new_page()  # type: ignore[attr-defined]
            page.goto(f"http://127.0.0.1:{port}/")
            page.get_by_test_id("stChatMessage").first.wait_for(timeout=60_000)
            drawn = time.perf_counter() - t0
            page.close()
        return healthy, drawn
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def time_library_submits(db: str, n: int) -> list[float]:
    from trainer.partner.conversation import start
    from trainer.partner.practice import practice_turn
    from trainer.partner.scenarios.bank import load_bank
    from trainer.store import open_store

    store = open_store(db)
    me = store.default_learner()
    bank = load_bank()
    rng = random.Random(7)
    out: list[float] = []
    for i in range(n + 3):
        session = start(rng.choice(bank.scenarios))
        t0 = time.perf_counter()
        practice_turn(store, me, session, REPLIES[i % len(REPLIES)])
        if i >= 3:  # the first turns load the bank, lexicon and rubric files
            out.append((time.perf_counter() - t0) * 1000)
    return out


def time_page_submits(db: str, n: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    os.environ["DATABASE_URL"] = db
    out: list[float] = []
    for i in range(n + 1):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.text_area(key="reply").input(REPLIES[i % len(REPLIES)])
        send = next(b for b in at.button if b.label == "Send")
        send.click()
        t0 = time.perf_counter()
        at.run()
        if i:
            out.append((time.perf_counter() - t0) * 1000)
        assert at.subheader, "no feedback drawn"
    return out


@contextlib.contextmanager
def _browser() -> Iterator[object | None]:
    if not Path("/usr/bin/chromium").exists():
        yield None
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-gpu"],
        )  # fmt: skip
        try:
            yield browser
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--submits", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        starts, drawn = [], []
        with _browser() as browser:
            for _ in range(args.starts):
                healthy, seen = time_startup(db, browser)
                starts.append(healthy)
                if seen is not None:
                    drawn.append(seen)
        lib = time_library_submits(db, args.submits)
        page = time_page_submits(db, max(5, args.submits // 5))

    def q(xs: list[float], p: float) -> float:
        return statistics.quantiles(xs, n=100)[int(p) - 1] if len(xs) > 1 else xs[0]

    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "startup_to_health_s": {
            "median": round(statistics.median(starts), 2),
            "runs": [round(s, 2) for s in starts],
        },
        "startup_to_first_page_in_chromium_s": (
            {"median": round(statistics.median(drawn), 2), "runs": [round(s, 2) for s in drawn]}
            if drawn
            else "chromium not installed"
        ),
        "submit_library_ms": {
            "median": round(statistics.median(lib), 1),
            "p95": round(q(lib, 95), 1),
            "n": len(lib),
        },
        "submit_page_rerun_ms": {
            "median": round(statistics.median(page), 1),
            "p95": round(q(page, 95), 1),
            "n": len(page),
        },
        "targets": {"startup_s": 3, "submit_ms": 100},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
