"""Engine, connection settings and migrations: the only place that knows which database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

from trainer.errors import ConfigError

APP_NAME = "listening-trainer"
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration's revision id; a test checks it against migrations/versions. Knowing it
# lets a page start without importing Alembic (~0.3 s) when the schema is already current.
HEAD_REVISION = "0005"
SQLITE_BUSY_MS = 30_000
MIGRATION_LOCK = 0x7472_6E72  # PostgreSQL advisory lock key held while migrating ("trnr")


def data_dir() -> Path:
    """TRAINER_DATA_DIR, else the per-user data directory (~/.local/share/listening-trainer)."""
    configured = os.environ.get("TRAINER_DATA_DIR")
    return Path(configured).expanduser() if configured else Path(user_data_dir(APP_NAME))


def database_url(explicit: str | None = None) -> str:
    """Flag > DATABASE_URL > SQLite file in the data directory."""
    url = explicit or os.environ.get("DATABASE_URL")
    if url:
        if url.startswith("postgres://"):  # Heroku-style scheme SQLAlchemy does not know
            url = "postgresql://" + url.removeprefix("postgres://")
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"cannot create the data directory {folder} ({exc.strerror}); set TRAINER_DATA_DIR "
            "to a writable folder or DATABASE_URL to a database."
        ) from exc
    return f"sqlite:///{folder / 'trainer.db'}"


def describe_database(url: str | None = None) -> tuple[str, str]:
    """(backend, where) for people: the SQLite file path, or the URL with its password hidden.
    The one place the Settings page and `trainer settings` learn where attempts are kept."""
    parsed = make_url(database_url(url))
    backend = parsed.get_backend_name()
    where = parsed.database if backend == "sqlite" else parsed.render_as_string(hide_password=True)
    return backend, where or ""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers work while one learner's attempt is written; the busy timeout makes
    # writers wait their turn instead of failing with "database is locked".
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # Writes take the write lock up front (BEGIN IMMEDIATE), so a transaction never has to
    # upgrade a read lock, which SQLite refuses at once with SQLITE_BUSY whatever the timeout.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for `url` (see database_url), with SQLite set up for several writers."""
    resolved = database_url(url)
    try:
        parsed = make_url(resolved)
    except Exception as exc:
        raise ConfigError(
            f"DATABASE_URL {resolved!r} is not a database URL ({exc}); use e.g. "
            "sqlite:////path/trainer.db or postgresql://user:pass@127.0.0.1/trainer."
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        connect_args = {"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False}
        engine = create_engine(resolved, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(resolved, pool_pre_ping=True, **kwargs)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None  # no alembic_version table yet: an empty database


def upgrade_if_needed(engine: Engine) -> None:
    if current_revision(engine) != HEAD_REVISION:
        upgrade(engine)


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the migration lock, so parallel first runs wait their turn
    and then find the schema done, instead of dying with "database is locked" or "table
    already exists". SQLite: BEGIN EXCLUSIVE, with foreign keys off while Alembic rebuilds a
    table (dropping the old copy would otherwise cascade into every row pointing at it) and
    checked before commit. PostgreSQL: a transaction-scoped advisory lock."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        if sqlite:  # only outside a transaction does this pragma take effect
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.execution_options(sqlite_begin="EXCLUSIVE").begin():
                if engine.dialect.name == "postgresql":
                    conn.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                    )
                yield conn
                if sqlite and (broken := conn.exec_driver_sql("PRAGMA foreign_key_check").all()):
                    raise RuntimeError(
                        f"migration left rows with broken foreign keys: {broken[:5]}"
                    )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` with Alembic (creates it on an empty database)."""
    from alembic import command

    cfg = alembic_config(engine)
    with migrating(engine) as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with migrating(engine) as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)
