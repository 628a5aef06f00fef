"""Where attempts, profiles and (for coaches) drills are kept: SQLAlchemy 2 with Alembic
migrations; SQLite in a per-user data directory by default, any SQLAlchemy URL through
DATABASE_URL. The rest of the trainer sees plain records (trainer/coaching/records.py), never rows."""

from trainer.store.db import database_url, describe_database, make_engine, upgrade
from trainer.store.repo import AccessDenied, Actor, NotFound, Store, open_store

__all__ = [
    "AccessDenied",
    "Actor",
    "NotFound",
    "Store",
    "database_url",
    "describe_database",
    "make_engine",
    "open_store",
    "upgrade",
]
