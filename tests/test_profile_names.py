"""Profile names are unique ignoring case, enforced by the database on SQLite and PostgreSQL,
and the migration that brings the rule renames duplicates an older database already holds
(keeping every attempt and membership)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from trainer.cli import main
from trainer.coaching.auth import hash_pin, sign_in
from trainer.errors import TrainerError
from trainer.store import Store, make_engine
from trainer.store.db import downgrade, upgrade
from trainer.store.tables import ProfileRow


def test_a_taken_name_is_refused_in_any_case(store: Store) -> None:
    ana = store.create_profile("Ana", "coach", pin_hash=hash_pin("4821"))
    for clash in ("Ana", "ana", " ANA ", "ＡＮＡ"):  # the last in full-width letters
        with pytest.raises(TrainerError, match="'Ana' already exists"):
            store.create_profile(clash, "coach", pin_hash=hash_pin("0000"))
    assert [p.name for p in store.profiles()] == ["Ana"]
    assert sign_in(store, "ana", "4821") == ana  # --as finds the one Ana


def test_the_database_itself_refuses_a_duplicate(store: Store) -> None:
    """Even a writer that skips create_profile cannot add a second 'Ana'."""
    store.create_profile("Ana")
    row = {"id": "x" * 32, "name": "ANA", "name_key": "ana", "role": "coach",
           "created_at": dt.datetime.now(dt.UTC)}  # fmt: skip
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(insert(ProfileRow), [row])


def test_sign_in_identities_with_one_name_get_a_suffix(store: Store) -> None:
    """With [auth], names come from the provider and two people may share one."""
    first = store.create_profile("Sam Lee", oidc_subject="sub-1")
    second = store.create_profile("sam lee", oidc_subject="sub-2")
    assert (first.name, second.name) == ("Sam Lee", "sam lee (2)")


def test_parallel_first_use_makes_one_default_learner(store: Store) -> None:
    """Eight threads ask for the local learner of a fresh store at once: one 'Me'."""
    start, found, errors = threading.Barrier(8), [], []

    def work() -> None:
        try:
            start.wait()
            found.append(store.default_learner())
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [p.name for p in store.profiles()] == ["Me"]
    assert {a.profile_id for a in found} == {store.profiles()[0].profile_id}


def test_profile_create_twice_keeps_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_secrets_file: None
) -> None:
    """The issue's steps: a second `profile create Ana --coach` used to lock Ana out."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'names.db'}")
    runner = CliRunner()
    assert (
        runner.invoke(main, ["profile", "create", "Ana", "--coach", "--pin", "4821"]).exit_code == 0
    )
    again = runner.invoke(main, ["profile", "create", "Ana", "--coach", "--pin", "1111"])
    assert again.exit_code == 1 and "already exists" in again.output
    ok = runner.invoke(main, ["group", "create", "Tue", "--as", "Ana", "--pin", "4821"])
    assert ok.exit_code == 0, ok.output


def test_the_upgrade_renames_duplicates_and_keeps_everything(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A 0002 database with 'Ana', 'ana' and 'ANA ' (and their attempts and memberships)
    upgrades: the oldest keeps the name, the others get a suffix, each rename is logged, and
    no attempt or membership is lost (SQLite rebuilds the table for this)."""
    engine = make_engine(db_url)
    downgrade(engine, "base")
    upgrade(engine, "0002")
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    names = ["Ana", "ana", "ANA ", "Ana (2)", "Lee"]
    with engine.begin() as conn:
        for i, name in enumerate(names):
            conn.execute(text("INSERT INTO profiles (id, name, role, created_at) "
                              "VALUES (:id, :name, 'learner', :at)"),
                         {"id": f"p{i}", "name": name, "at": t0 + dt.timedelta(minutes=i)})  # fmt: skip
            conn.execute(text("INSERT INTO attempts (id, learner_id, created_at, statement, "
                              "response, mode, status, released) VALUES (:id, :learner, :at, "
                              "'s', 'r', 'reflect', 'pending', :yes)"),
                         {"id": f"a{i}", "learner": f"p{i}", "at": t0, "yes": True})  # fmt: skip
        conn.execute(text("INSERT INTO profiles (id, name, role, created_at) "
                          "VALUES ('coach', 'Coach', 'coach', :at)"), {"at": t0})  # fmt: skip
        conn.execute(text("INSERT INTO groups (id, coach_id, name, invite_code, created_at) "
                          "VALUES ('g', 'coach', 'G', 'ABCDEFGH', :at)"), {"at": t0})  # fmt: skip
        conn.execute(text("INSERT INTO memberships (group_id, learner_id, joined_at) "
                          "VALUES ('g', 'p1', :at)"), {"at": t0})  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="trainer.migrations"):
        upgrade(engine)
    store = Store(engine)
    assert {p.profile_id: p.name for p in store.profiles("learner")} == {
        "p0": "Ana", "p1": "ana (3)", "p2": "ANA (4)", "p3": "Ana (2)", "p4": "Lee"
    }  # fmt: skip
    assert "renamed 'ana' to 'ana (3)'" in caplog.text
    assert "renamed 'ANA ' to 'ANA (4)'" in caplog.text
    assert store.count_attempts() == len(names)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT learner_id FROM memberships")).scalars().all() == ["p1"]
        keys = conn.execute(select(ProfileRow.name_key)).scalars().all()
    assert len(keys) == len(set(keys))
    assert store.find_profile("ANA (4)").profile_id == "p2"
    engine.dispose()
