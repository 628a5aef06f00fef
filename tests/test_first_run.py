"""Many `trainer` processes started at once (a workshop where everyone begins at the same
moment, or a script): on a fresh home every process runs, the schema is made once, there is
exactly one "Me" profile, and no attempt is lost. Real processes, because the races were
between processes: the first migration, and creating the default learner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.store import open_store

TRAINER = Path(sys.executable).parent / "trainer"
PROCESSES = 8
HANG_GUARD_S = 600  # only so a deadlock cannot stall CI; not a timing check

pytestmark = pytest.mark.processes


def _env(home: Path, database: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "TRAINER_", "DATABASE_URL"))}  # fmt: skip
    env |= {"HOME": str(home), "TRAINER_DATA_DIR": str(home / "data")}
    if database:
        env["DATABASE_URL"] = database
    return env


def _run(*args: str, env: dict[str, str], cwd: Path, stdin: str = "") -> None:
    done = subprocess.run([str(TRAINER), *args], input=stdin, env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=HANG_GUARD_S)  # fmt: skip
    assert done.returncode == 0, done.stderr


def _practise_at_once(env: dict[str, str], cwd: Path) -> list[tuple[int, str]]:
    """PROCESSES `trainer practice` runs started together, each sending one reply."""
    procs = [
        subprocess.Popen(
            [str(TRAINER), "practice", "--scenario", "work_stress-001", "--grader", "offline"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env, cwd=cwd,
        )
        for _ in range(PROCESSES)
    ]  # fmt: skip
    results = []
    for i, p in enumerate(procs):
        _out, err = p.communicate(f"You sound swamped, reply {i}.\n\n", timeout=HANG_GUARD_S)
        results.append((p.returncode, err))
    return results


def _check(database: str, results: list[tuple[int, str]]) -> None:
    assert [(code, err) for code, err in results if code != 0] == []
    store = open_store(database, migrate=False)
    profiles = store.profiles()
    assert [(p.name, p.role) for p in profiles] == [("Me", "learner")]
    responses = sorted(a.response for a in store.attempts(profiles[0]))
    assert responses == sorted(f"You sound swamped, reply {i}." for i in range(PROCESSES))
    store.engine.dispose()


def test_parallel_first_runs_on_a_fresh_home(tmp_path: Path, db_url: str) -> None:
    """SQLite: nothing exists yet, not even the data folder. PostgreSQL: an empty schema."""
    sqlite = db_url.startswith("sqlite")
    env = _env(tmp_path, None if sqlite else db_url)
    results = _practise_at_once(env, tmp_path)
    _check(f"sqlite:///{tmp_path / 'data' / 'trainer.db'}" if sqlite else db_url, results)


def test_parallel_runs_after_db_upgrade_make_one_default_learner(tmp_path: Path) -> None:
    """The schema exists, no profile does: every process wants to create "Me" at once."""
    env = _env(tmp_path, None)
    _run("db", "upgrade", env=env, cwd=tmp_path)
    results = _practise_at_once(env, tmp_path)
    _check(f"sqlite:///{tmp_path / 'data' / 'trainer.db'}", results)
