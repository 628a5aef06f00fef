"""The attempts store on SQLite and PostgreSQL: migrations match the tables, the attempt is
kept before grading, access is enforced in the library, and parallel writers lose nothing."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest, HiddenTruth
from trainer.store import AccessDenied, NotFound, Store, make_engine, open_store
from trainer.store.db import database_url, downgrade, upgrade
from trainer.store.tables import Base

STATEMENT = "My boss dumped another project on me and you didn't even ask how my day was."
GOOD = "You're swamped, and it hurt that I didn't even ask about your day. Is that it?"


def _grade(response: str = GOOD):  # type: ignore[no-untyped-def]
    return grade_offline(GradeRequest(statement=STATEMENT, response=response))


def test_migrations_build_exactly_the_mapped_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_downgrade_to_nothing_and_back(store: Store) -> None:
    downgrade(store.engine, "base")
    assert "attempts" not in inspect(store.engine).get_table_names()
    upgrade(store.engine)
    assert {"attempts", "profiles"} <= set(inspect(store.engine).get_table_names())


def test_attempt_is_written_pending_then_graded(store: Store) -> None:
    me = store.default_learner()
    truth = HiddenTruth(primary_feelings=["overwhelmed"], need="to be asked")
    pending = store.start_attempt(
        me, statement=STATEMENT, response=GOOD, scenario_id="work_stress-001",
        hidden_truth=truth, theme="work_stress", difficulty="easy",
    )  # fmt: skip
    # A crash here (before grading) still leaves the learner's words in the store.
    kept = store.attempts(me)
    assert [(a.status, a.response) for a in kept] == [("pending", GOOD)]

    grade = _grade()
    graded = store.attach_grade(me, pending.attempt_id, grade)
    assert graded.status == "graded" and graded.grade == grade
    assert graded.prompt_hash == grade.metadata.prompt_hash and graded.grader == "offline"
    assert graded.created_at.tzinfo is not None
    with store.engine.connect() as conn:
        row = conn.execute(
            text("select score, accuracy, not_fixing, hidden_truth_json from attempts")
        ).one()
    assert row[0] == grade.score and row[1] == grade.rubrics.accuracy.score
    assert row[2] == grade.rubrics.not_fixing.score and "overwhelmed" in row[3]


def test_failed_grading_keeps_the_attempt_with_the_reason(store: Store) -> None:
    me = store.default_learner()
    a = store.start_attempt(me, statement=STATEMENT, response=GOOD)
    store.mark_failed(me, a.attempt_id, "rate limited")
    again = store.attempt(me, a.attempt_id)
    assert (again.status, again.error, again.response) == ("failed", "rate limited", GOOD)


def test_a_learner_cannot_read_or_grade_anothers_attempts(store: Store) -> None:
    alice = store.create_profile("Alice")
    bob = store.create_profile("Bob")
    a = store.start_attempt(alice, statement=STATEMENT, response=GOOD)
    with pytest.raises(AccessDenied):
        store.attempts(bob, alice.profile_id)
    with pytest.raises(AccessDenied):
        store.attempt(bob, a.attempt_id)
    with pytest.raises(AccessDenied):
        store.attach_grade(bob, a.attempt_id, _grade())
    assert store.attempt(alice, a.attempt_id).status == "pending"  # bob's write did nothing
    store.mark_failed(bob, a.attempt_id, "sabotage")
    assert store.attempt(alice, a.attempt_id).error is None
    with pytest.raises(NotFound):
        store.attempt(alice, "nope")


def test_coaches_do_not_make_attempts(store: Store) -> None:
    coach = store.create_profile("Coach", "coach")
    with pytest.raises(AccessDenied):
        store.start_attempt(coach, statement=STATEMENT, response=GOOD)


def test_delete_my_data_removes_only_mine(store: Store) -> None:
    alice, bob = store.create_profile("Alice"), store.create_profile("Bob")
    for who in (alice, alice, bob):
        store.start_attempt(who, statement=STATEMENT, response=GOOD)
    assert store.delete_my_data(alice) == 2
    assert store.attempts(alice) == []
    assert len(store.attempts(bob)) == 1


def test_newest_first(store: Store) -> None:
    me = store.default_learner()
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for days in (0, 2, 1):
        store.start_attempt(
            me, statement=STATEMENT, response=f"day {days}", now=t0 + dt.timedelta(days=days)
        )
    assert [a.response for a in store.attempts(me)] == ["day 2", "day 1", "day 0"]
    assert [a.response for a in store.attempts(me, limit=1)] == ["day 2"]


def test_parallel_writers_lose_nothing(db_url: str) -> None:
    """Eight learners submit and grade at once; every attempt lands, none hits 'locked'."""
    store = open_store(db_url)
    learners = [store.create_profile(f"L{i}") for i in range(8)]
    grade = _grade()
    errors: list[BaseException] = []
    per_learner = 15
    start = threading.Barrier(len(learners))

    def work(i: int) -> None:
        try:
            start.wait()
            for n in range(per_learner):
                a = store.start_attempt(learners[i], statement=STATEMENT, response=f"{i}-{n}")
                store.attach_grade(learners[i], a.attempt_id, grade)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(learners))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count_attempts() == len(learners) * per_learner
    for i, who in enumerate(learners):
        got = store.attempts(who)
        assert sorted(a.response for a in got) == sorted(f"{i}-{n}" for n in range(per_learner))
        assert all(a.status == "graded" for a in got)
    store.engine.dispose()


def test_sqlite_is_in_wal_mode_with_a_busy_timeout(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_database_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    assert database_url() == f"sqlite:///{tmp_path / 'data' / 'trainer.db'}"
    assert (tmp_path / "data").is_dir()
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@127.0.0.1/db")
    assert database_url() == "postgresql+psycopg://u:p@127.0.0.1/db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_head_revision_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    from trainer.store.db import HEAD_REVISION, MIGRATIONS

    assert ScriptDirectory(str(MIGRATIONS)).get_current_head() == HEAD_REVISION


def test_open_store_migrates_an_old_schema(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from trainer.store.db import HEAD_REVISION, current_revision

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    assert current_revision(engine) is None
    store = open_store(f"sqlite:///{tmp_path / 'old.db'}")
    assert current_revision(store.engine) == HEAD_REVISION


def test_role_status_and_rubric_columns_carry_their_literal_types() -> None:
    """Mapped with the domain's Literal types, so reading a row needs no `type: ignore`."""
    from typing import get_type_hints

    from sqlalchemy.orm import Mapped

    from trainer.coaching.records import AttemptStatus, Role
    from trainer.grading.schema import RubricKey
    from trainer.store.tables import AttemptRow, OverrideRow, ProfileRow

    assert get_type_hints(ProfileRow)["role"] == Mapped[Role]
    assert get_type_hints(AttemptRow)["status"] == Mapped[AttemptStatus]
    assert get_type_hints(OverrideRow)["rubric"] == Mapped[RubricKey]
