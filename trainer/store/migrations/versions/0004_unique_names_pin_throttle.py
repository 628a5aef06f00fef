"""Hardening: unique profile names (ignoring case), who created a learner's profile, and the
PIN throttle.

A database made before this may hold several profiles with one name (in any case): the oldest
keeps it and the others become "Name (2)", "Name (3)"..., each rename logged as a warning, so
the upgrade never fails on them and `--as NAME` finds exactly one profile afterwards.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from trainer.store.tables import name_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

log = logging.getLogger("trainer.migrations")
NAME_MAX = 80


def upgrade() -> None:
    op.add_column("profiles", sa.Column("name_key", sa.String(255), nullable=True))
    op.add_column("profiles", sa.Column("pin_failures", sa.Integer(), nullable=False,
                                        server_default="0"))  # fmt: skip
    op.add_column("profiles", sa.Column("pin_locked_until", sa.DateTime(timezone=True),
                                        nullable=True))  # fmt: skip
    for profile_id, old, new in _fill_name_keys(op.get_bind()):
        log.warning("profile names are now unique: renamed %r to %r (profile %s)", old, new,
                    profile_id)  # fmt: skip
    # On SQLite this rebuilds the table; trainer.store.db.upgrade turns foreign keys off for
    # it, so dropping the old copy does not cascade into attempts and memberships.
    with op.batch_alter_table("profiles") as batch:
        batch.alter_column("name_key", existing_type=sa.String(255), nullable=False)
        batch.add_column(sa.Column("created_by", sa.String(32), nullable=True))
        batch.create_foreign_key("fk_profiles_created_by", "profiles", ["created_by"], ["id"],
                                 ondelete="SET NULL")  # fmt: skip
    op.create_index("uq_profiles_name_key", "profiles", ["name_key"], unique=True)


def _fill_name_keys(bind: sa.Connection) -> list[tuple[str, str, str]]:
    """Write every profile's name_key; rename all but the oldest of each clashing name.
    Returns (id, old name, new name) for each rename."""
    profiles = sa.table("profiles", sa.column("id", sa.String), sa.column("name", sa.String),
                        sa.column("name_key", sa.String), sa.column("created_at", sa.DateTime))  # fmt: skip
    rows = bind.execute(
        sa.select(profiles.c.id, profiles.c.name).order_by(profiles.c.created_at, profiles.c.id)
    ).all()
    keepers: dict[str, str] = {}
    for profile_id, name in rows:
        keepers.setdefault(name_key(name), profile_id)
    taken = set(keepers)
    renamed: list[tuple[str, str, str]] = []
    for profile_id, name in rows:
        key, new = name_key(name), name
        if keepers[key] != profile_id:
            n = 2
            while key in taken:
                suffix = f" ({n})"
                new = name.strip()[: NAME_MAX - len(suffix)] + suffix
                key, n = name_key(new), n + 1
            taken.add(key)
            renamed.append((profile_id, name, new))
        bind.execute(
            sa.update(profiles).where(profiles.c.id == profile_id).values(name=new, name_key=key)
        )
    return renamed


def downgrade() -> None:
    op.drop_index("uq_profiles_name_key", "profiles")
    with op.batch_alter_table("profiles") as batch:
        batch.drop_constraint("fk_profiles_created_by", type_="foreignkey")
        batch.drop_column("created_by")
        batch.drop_column("pin_locked_until")
        batch.drop_column("pin_failures")
        batch.drop_column("name_key")
