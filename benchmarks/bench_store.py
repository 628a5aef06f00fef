"""Benchmark the store at coaching scale: the coach dashboard and a learner's Progress page over
100,000 attempts, on SQLite and on PostgreSQL (target: every page's data under 200 ms).

Not a test: timings are noisy on shared 2-core machines, so this reports medians for a person
to read. Run:  .venv/bin/python benchmarks/bench_store.py [--attempts 100000] [--repeat 7]
                   [--postgres postgresql://trainer:trainer@127.0.0.1:5432/trainer_bench]
                   [--no-postgres]

The PostgreSQL database is WIPED (DROP SCHEMA public CASCADE) before seeding: point --postgres
at a scratch database, never at one the test-suite or a person is using. Create the default one
with:  runuser -u postgres -- createdb -O trainer trainer_bench

- seed: 20 coaches with one or two groups each, 500 learners (each in one coach's group), ~3
  drills per coach assigned to their groups (some overdue), and 100,000 attempts over 120 days
  with a long tail of heavy learners. Six canned replies to one bank scenario are graded once
  with the offline grader; every row reuses one of those grades (JSON and score columns).
  Inserts are SQLAlchemy Core executemany in chunks of 5,000. SQLite is a temp file opened with
  open_store (migrations, WAL); PostgreSQL is ANALYZEd after the load, as autovacuum would.
- dashboard: trainer.coaching.dashboard.coach_dashboard for several coaches.
- progress: what the Progress page loads: the learner's attempts as scores only
  (store.attempts(with_grades=False)), the newest 200 with full grades for the mistakes, and
  trainer.coaching.progress.summary; for learners from the heaviest to a light one.
- history: scores-only attempts + history.filter_history + history.history_table (the
  History table with no filter set).
- progress_page_all: everything the Progress page computes on each load (the above, plus the
  trend chart's rubric_trend). The export files are built only when clicked, so they are
  timed separately as export_csv_json (full grades, CSV and JSON).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

from trainer.coaching import progress
from trainer.coaching.dashboard import coach_dashboard
from trainer.coaching.drills import DrillSpec
from trainer.coaching.pack_files import builtin_packs
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest
from trainer.partner.scenarios.bank import load_bank
from trainer.store import open_store
from trainer.store.db import database_url
from trainer.store.repo import Actor, Store
from trainer.store.rows import grade_columns
from trainer.store.tables import (
    AssignmentRow,
    AttemptRow,
    DrillRow,
    GroupRow,
    MembershipRow,
    ProfileRow,
    name_key,
)

DEFAULT_PG = "postgresql://trainer:trainer@127.0.0.1:5432/trainer_bench"
RECENT_FOR_MISTAKES = 200  # as trainer/ui/pages/progress.py
TARGET_MS = 200
CHUNK = 5_000
DAYS = 120
MAX_PER_DAY = 20  # the heaviest learner's ceiling, averaged over DAYS
SUBJECTS = 5  # coaches / learners timed per query
SCENARIO_ID = "work_stress-001"
# (reply, chosen by a strong learner?) Two pass; the rest fail on different checklist items
# (advice, silver lining, a me-too story), so common_mistakes has something to count.
REPLIES: list[tuple[str, bool]] = [
    ("You sound completely overwhelmed, with the Henderson rollout piled on top of everything "
     "and no time left even to sleep. Is that it?", True),
    ("So it's all landed on you at once and you can't see when you'll rest. No wonder you feel "
     "swamped; that makes sense.", True),
    ("It sounds like you're exhausted. Is that right?", False),
    ("You should tell your manager you can't take it on.", False),
    ("At least they trust you with the big projects.", False),
    ("That happened to me last year too, I was so angry I nearly quit.", False),
]  # fmt: skip
GRADE_KEYS = ("grade_json", "grader", "prompt_hash", "score", "passed",
              "accuracy", "validation", "not_fixing", "not_hijacking")  # fmt: skip


def _id(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def _chunks(rows: list[dict[str, Any]], size: int = CHUNK) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _graded_replies() -> tuple[dict[str, Any], list[tuple[str, bool, dict[str, object]]]]:
    """The scenario's columns, and each canned reply with its real offline grade's columns."""
    scenario = next(s for s in load_bank().scenarios if s.scenario_id == SCENARIO_ID)
    base = {
        "statement": scenario.statement, "context": scenario.context,
        "scenario_id": scenario.scenario_id, "theme": scenario.theme,
        "difficulty": scenario.difficulty,
        "hidden_truth_json": scenario.hidden_truth.model_dump_json(),
    }  # fmt: skip
    graded = []
    for reply, strong in REPLIES:
        grade = grade_offline(GradeRequest(statement=scenario.statement, response=reply,
                                           context=scenario.context,
                                           hidden_truth=scenario.hidden_truth))  # fmt: skip
        graded.append((reply, strong, grade_columns(grade)))
    return base, graded


def seed(store: Store, n_learners: int, n_coaches: int, n_attempts: int, now: dt.datetime,
         rng_seed: int = 7) -> dict[str, Any]:  # fmt: skip
    """Fill an empty store; returns the actors, per-learner attempt counts and row counts."""
    rng = random.Random(rng_seed)
    today = now.date()
    start = now - dt.timedelta(days=DAYS)
    base, replies = _graded_replies()
    specs: list[DrillSpec] = [s for pack in builtin_packs().values() for s in pack.drills]

    def at(days_ago: float) -> dt.datetime:
        return now - dt.timedelta(days=days_ago)

    coaches = [Actor(_id(rng), "coach", f"Coach {i:02d}") for i in range(n_coaches)]
    learners = [Actor(_id(rng), "learner", f"Learner {i:03d}") for i in range(n_learners)]
    profiles = [
        {"id": a.profile_id, "name": a.name, "name_key": name_key(a.name), "role": a.role,
         "pin_hash": None, "oidc_subject": None, "email": None, "created_at": at(DAYS + 10)}
        for a in [*coaches, *learners]
    ]  # fmt: skip

    groups: list[dict[str, Any]] = []
    groups_of: dict[str, list[str]] = {}
    for ci, coach in enumerate(coaches):
        for gi in range(1 + ci % 2):  # every other coach runs two groups
            gid = _id(rng)
            groups.append({"id": gid, "coach_id": coach.profile_id, "name": f"Cohort {ci}-{gi}",
                           "invite_code": f"B{len(groups):07d}", "created_at": at(DAYS + 5)})  # fmt: skip
            groups_of.setdefault(coach.profile_id, []).append(gid)

    memberships: list[dict[str, Any]] = []
    coach_of: dict[str, Actor] = {}
    for li, learner in enumerate(learners):
        coach = coaches[li % n_coaches]
        gids = groups_of[coach.profile_id]
        memberships.append({"group_id": gids[(li // n_coaches) % len(gids)],
                            "learner_id": learner.profile_id, "joined_at": at(DAYS + 1)})  # fmt: skip
        coach_of[learner.profile_id] = coach

    drills: list[dict[str, Any]] = []
    assignments: list[dict[str, Any]] = []
    drills_of: dict[str, list[tuple[str, DrillSpec]]] = {}
    # Per coach: one long overdue, one just overdue, one due in the future (and every 4th coach
    # a fourth with no due date); every 5th coach holds feedback for review on their first.
    dues = [today - dt.timedelta(days=21), today - dt.timedelta(days=2),
            today + dt.timedelta(days=10), None]  # fmt: skip
    for ci, coach in enumerate(coaches):
        for di in range(3 + (ci % 4 == 0)):
            spec = specs[(ci * 3 + di) % len(specs)]
            if ci % 5 == 0 and di == 0:
                spec = spec.model_copy(update={"review_before_release": True})
            did = _id(rng)
            drills.append({"id": did, "coach_id": coach.profile_id, "title": spec.title,
                           "spec_json": spec.model_dump_json(), "due": dues[di],
                           "review_before_release": spec.review_before_release,
                           "created_at": at(DAYS - 7 * di)})  # fmt: skip
            drills_of.setdefault(coach.profile_id, []).append((did, spec))
            for gid in groups_of[coach.profile_id]:
                assignments.append({"id": _id(rng), "drill_id": did, "learner_id": None,
                                    "group_id": gid, "assigned_at": at(DAYS - 7 * di)})  # fmt: skip
    for li in range(0, n_learners, 7):  # and a few drills given to one learner directly
        learner = learners[li]
        did, _spec = drills_of[coach_of[learner.profile_id].profile_id][-1]
        assignments.append({"id": _id(rng), "drill_id": did, "learner_id": learner.profile_id,
                            "group_id": None, "assigned_at": at(30)})  # fmt: skip

    # A long tail: most learners practise a little, a few many times a day (lognormal weights,
    # capped at MAX_PER_DAY); the rounding remainder goes one each to the first learners.
    weights = [rng.lognormvariate(0, 1.0) for _ in learners]
    scale = n_attempts / sum(weights)
    cap = max(MAX_PER_DAY * DAYS, -(-n_attempts // n_learners))
    counts = [min(cap, max(1, int(w * scale))) for w in weights]
    while (short := n_attempts - sum(counts)) != 0:
        for i in range(n_learners):
            if short > 0 and counts[i] < cap:
                counts[i], short = counts[i] + 1, short - 1
            elif short < 0 and counts[i] > 1:
                counts[i], short = counts[i] - 1, short + 1

    strong = [r for r in replies if r[1]]
    weak = [r for r in replies if not r[1]]
    pending = dict.fromkeys(GRADE_KEYS)
    attempts: list[dict[str, Any]] = []
    for learner, n in zip(learners, counts, strict=True):
        skill, slope = rng.uniform(0.1, 0.55), rng.uniform(0.0, 0.4)
        first = rng.uniform(0, DAYS * 0.8)  # days after `start` the learner began
        my_drills = drills_of[coach_of[learner.profile_id].profile_id]
        for _ in range(n):
            created = start + dt.timedelta(days=rng.uniform(first, DAYS))
            progress_frac = (created - start) / dt.timedelta(days=DAYS)
            reply, _good, cols = rng.choice(
                strong if rng.random() < skill + slope * progress_frac else weak
            )
            drill_id, mode, released = None, "reflect", True
            if rng.random() < 0.15:  # practising an assigned drill
                drill_id, spec = rng.choice(my_drills)
                mode = spec.mode
                released = not (spec.review_before_release and rng.random() < 0.3)
            roll = rng.random()
            status = "graded" if roll < 0.98 else "pending" if roll < 0.99 else "failed"
            attempts.append({
                "id": _id(rng), "learner_id": learner.profile_id, "created_at": created,
                "response": reply, **base, "mode": mode, "retry_of": None, "drill_id": drill_id,
                "status": status, **(cols if status == "graded" else pending),
                "graded_at": created + dt.timedelta(seconds=1) if status == "graded" else None,
                "error": "grader timed out" if status == "failed" else None,
                "released": released,
            })  # fmt: skip

    with store.engine.begin() as conn:
        conn.execute(insert(ProfileRow), profiles)
        conn.execute(insert(GroupRow), groups)
        conn.execute(insert(MembershipRow), memberships)
        conn.execute(insert(DrillRow), drills)
        conn.execute(insert(AssignmentRow), assignments)
    for chunk in _chunks(attempts):
        with store.engine.begin() as conn:
            conn.execute(insert(AttemptRow), chunk)
    return {
        "coaches": coaches,
        "learners": learners,
        "counts": dict(zip([a.profile_id for a in learners], counts, strict=True)),
        "rows": {"profiles": len(profiles), "groups": len(groups),
                 "memberships": len(memberships), "drills": len(drills),
                 "assignments": len(assignments), "attempts": len(attempts),
                 "attempts_with_drill": sum(1 for a in attempts if a["drill_id"])},
    }  # fmt: skip


def _pct(xs: list[float], p: int) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[p - 1] if len(xs) > 1 else xs[0]


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up: first-use imports, rubric and bank files, the connection pool
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _measure(subjects: list[tuple[str, int, Callable[[], object]]], repeat: int) -> dict[str, Any]:
    samples: list[float] = []
    per = []
    for name, attempts, fn in subjects:
        runs = _time(fn, repeat)
        samples += runs
        per.append({"subject": name, "attempts": attempts,
                    "median_ms": round(statistics.median(runs), 1)})  # fmt: skip
    median = statistics.median(samples)
    return {
        "median_ms": round(median, 1), "p95_ms": round(_pct(samples, 95), 1),
        "max_ms": round(max(samples), 1), "target_ms": TARGET_MS,
        "p95_over_target": _pct(samples, 95) > TARGET_MS, "n": len(samples), "per_subject": per,
    }  # fmt: skip


def run_backend(url: str, args: argparse.Namespace) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    today = now.date()
    store = open_store(url)
    t0 = time.perf_counter()
    seeded = seed(store, args.learners, args.coaches, args.attempts, now)
    seed_s = time.perf_counter() - t0
    backend = store.engine.dialect.name
    if backend == "postgresql":
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    with store.engine.connect() as conn:
        version = (
            conn.execute(text("SHOW server_version")).scalar()
            if backend == "postgresql"
            else sqlite3.sqlite_version
        )
        assert conn.execute(select(func.count()).select_from(AttemptRow)).scalar() == args.attempts

    counts: dict[str, int] = seeded["counts"]
    by_count = sorted(seeded["learners"], key=lambda a: -counts[a.profile_id])
    # The heaviest learner, then the 90th, 75th, 50th and 25th percentile ones.
    picks = [by_count[min(len(by_count) - 1, int(q * len(by_count)))]
             for q in (0.0, 0.1, 0.25, 0.5, 0.75)][:SUBJECTS]  # fmt: skip
    coaches: list[Actor] = seeded["coaches"][:SUBJECTS]
    coach_load = {c.profile_id: 0 for c in coaches}
    for i, learner in enumerate(seeded["learners"]):
        cid = seeded["coaches"][i % len(seeded["coaches"])].profile_id
        if cid in coach_load:
            coach_load[cid] += counts[learner.profile_id]

    def dashboard(coach: Actor) -> Callable[[], object]:
        return lambda: coach_dashboard(store, coach, today)

    def learner_progress(me: Actor) -> Callable[[], object]:
        return lambda: progress.summary(
            store.attempts(me, with_grades=False), today,
            detailed=store.attempts(me, limit=RECENT_FOR_MISTAKES),
        )  # fmt: skip

    def history(me: Actor) -> Callable[[], object]:
        return lambda: history.history_table(
            history.filter_history(store.attempts(me, with_grades=False))
        )

    def page_all(me: Actor) -> Callable[[], object]:
        def run() -> None:
            records = store.attempts(me, with_grades=False)
            recent = store.attempts(me, limit=RECENT_FOR_MISTAKES)
            progress.summary(records, today, detailed=recent)
            progress.rubric_trend(records, "day")
            history.history_table(history.filter_history(records))

        return run

    def export(me: Actor) -> Callable[[], object]:
        def run() -> None:
            full = store.attempts(me)
            history.to_csv(full)
            json.dumps(history.to_json_rows(full), indent=2)

        return run

    def on_learners(make: Callable[[Actor], Callable[[], object]]) -> list[Any]:
        return [(a.name, counts[a.profile_id], make(a)) for a in picks]

    queries = {
        "dashboard": _measure(
            [(c.name, coach_load[c.profile_id], dashboard(c)) for c in coaches], args.repeat
        ),
        "progress": _measure(on_learners(learner_progress), args.repeat),
        "history": _measure(on_learners(history), args.repeat),
        "progress_page_all": _measure(on_learners(page_all), max(3, args.repeat // 2)),
        "export_csv_json": _measure(on_learners(export), 3),
    }
    store.engine.dispose()
    return {
        "backend": f"{backend} {version}",
        "seed_s": round(seed_s, 1),
        "rows": seeded["rows"],
        "attempts_per_learner": {
            "max": counts[by_count[0].profile_id],
            "median": int(statistics.median(counts.values())),
            "min": min(counts.values()),
        },
        "queries": queries,
    }


def _postgres_ready(url: str) -> str | None:
    """Wipe the scratch database; None when ready, else why PostgreSQL is skipped."""
    engine = create_engine(database_url(url), connect_args={"connect_timeout": 5})
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:
        return f"skipped: {url} unreachable or not writable ({type(exc).__name__}: {exc})"
    finally:
        engine.dispose()
    return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--coaches", type=int, default=20)
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per subject")
    parser.add_argument("--postgres", default=DEFAULT_PG,
                        help="a scratch database; it is wiped (default: %(default)s)")  # fmt: skip
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    if args.learners < args.coaches or args.attempts < args.learners:
        parser.error("need at least as many learners as coaches, and attempts as learners")

    report: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "scale": {"learners": args.learners, "coaches": args.coaches,
                  "attempts": args.attempts, "days": DAYS, "repeat": args.repeat},
        "backends": {},
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        print("sqlite: seeding and timing...", file=sys.stderr)
        report["backends"]["sqlite"] = run_backend(f"sqlite:///{Path(tmp) / 'bench.db'}", args)
    if args.no_postgres:
        report["backends"]["postgresql"] = "skipped: --no-postgres"
    else:
        shown = make_url(database_url(args.postgres)).render_as_string(hide_password=True)
        why = _postgres_ready(args.postgres)
        if why:
            report["backends"]["postgresql"] = why.replace(args.postgres, shown)
        else:
            print(f"postgresql ({shown}): seeding and timing...", file=sys.stderr)
            report["backends"]["postgresql"] = run_backend(args.postgres, args)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
