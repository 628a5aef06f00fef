"""Benchmark Practise together: seconds from one partner's submit to the other partner's
screen showing it (the goal: within 2 s), in two chromium contexts.

Not a test: timings are noisy on shared 2-core machines, so this reports the median, the
90th percentile and the maximum for a person to read (and the machine's load average).
Run:  .venv/bin/python benchmarks/bench_together.py [--rounds 10]
      .venv/bin/python benchmarks/bench_together.py --database postgresql://u:p@127.0.0.1/db
          (with --two: Ana and Ben on two app processes sharing that database)

Each round: Ben sends a reflection and the clock runs until Ana's page shows it; Ana sends a
rating and the clock runs until Ben's page shows it; then Ben tries again. The time includes
the click, the submitting server's rerun (grading included), the watcher's poll of the room's
version on the other session (every POLL_S), and the other page's rerun and drawing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser_app import (  # noqa: E402  (the tests' launcher: same flags, same wait)
    CHROMIUM,
    CHROMIUM_ARGS,
    app_env,
    free_port,
    stop,
    streamlit_command,
    wait_healthy,
)

from trainer.ui.together_parts import POLL_S  # noqa: E402

STATEMENT = "I got the results back and it's fine, but I spent all week bracing for bad news."


@contextlib.contextmanager
def served(database: str) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(streamlit_command(port), env=app_env(DATABASE_URL=database),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        stop(proc)


def _until(page: object, text: str) -> float:
    from playwright.sync_api import expect

    expect(page.get_by_text(text)).to_be_visible(timeout=60_000)  # type: ignore[attr-defined]
    return time.perf_counter()


def measure(url_a: str, url_b: str, rounds: int) -> list[float]:
    from playwright.sync_api import expect, sync_playwright

    samples: list[float] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                     headless=True)  # fmt: skip
        ana, ben = (browser.new_context().new_page() for _ in range(2))
        for page in (ana, ben):
            page.set_default_timeout(90_000)
        ana.goto(f"{url_a}/together")
        ana.get_by_label("Your name in the room").fill("Ana")
        ana.get_by_role("button", name="Open a room").click()
        expect(ana.get_by_text("Room code:")).to_be_visible(timeout=90_000)
        code = ana.inner_text("body").split("Room code: ")[1][:6]
        ben.goto(f"{url_b}/together?room={code}")
        expect(ben.get_by_label("Room code")).to_have_value(code, timeout=90_000)
        ben.get_by_label("Your name in the room").fill("Ben")
        ben.get_by_role("button", name="Join").click()
        ana.get_by_label("What you want to say").fill(STATEMENT)
        ana.get_by_label("The feeling").fill("relieved, drained")
        ana.get_by_role("button", name="Share with Ben").click()
        expect(ben.get_by_label("Your reflection")).to_be_visible(timeout=90_000)
        for n in range(1, rounds + 1):
            words = f"Try {n}, you're relieved, and drained from a whole week of bracing."
            ben.get_by_label("Your reflection").fill(words)
            t0 = time.perf_counter()
            ben.get_by_role("button", name="Send reflection").click()
            samples.append(_until(ana, words) - t0)
            expect(ana.get_by_role("button", name="Send rating")).to_be_visible()
            ana.get_by_test_id("stRadio").get_by_text(str(1 + n % 5), exact=True).click()
            t0 = time.perf_counter()
            ana.get_by_role("button", name="Send rating").click()
            samples.append(_until(ben, f"Ana felt understood: {1 + n % 5} of 5") - t0)
            expect(ben.get_by_role("button", name="Try again")).to_be_visible()
            ben.get_by_role("button", name="Try again").click()
            print(f"round {n}: {samples[-2]:.2f} s, {samples[-1]:.2f} s", flush=True)
        browser.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--database", help="Default: a fresh SQLite file.")
    parser.add_argument("--two", action="store_true", help="Two app processes, one database.")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"needs Debian's chromium at {CHROMIUM}")
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        database = args.database or f"sqlite:///{Path(tmp) / 'together.db'}"
        url_a = stack.enter_context(served(database))
        url_b = stack.enter_context(served(database)) if args.two else url_a
        samples = measure(url_a, url_b, args.rounds)
    samples.sort()
    p90 = samples[min(len(samples) - 1, int(0.9 * len(samples)))]
    setup = "two processes" if args.two else "one process"
    print(f"submit → partner's screen, {len(samples)} samples ({setup}, watcher every "
          f"{POLL_S:.1f} s): median {statistics.median(samples):.2f} s, "
          f"p90 {p90:.2f} s, max {samples[-1]:.2f} s; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")  # fmt: skip


if __name__ == "__main__":
    main()
