"""Coaching: groups with invite codes, drills, assignments, coach overrides.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _profile_fk(name: str, *, nullable: bool = False, primary_key: bool = False) -> sa.Column[str]:
    return sa.Column(
        name, sa.String(32), sa.ForeignKey("profiles.id", ondelete="CASCADE"),
        nullable=nullable, primary_key=primary_key,
    )  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "groups",
        sa.Column("id", sa.String(32), primary_key=True),
        _profile_fk("coach_id", nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("invite_code", sa.String(16), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_groups_coach_id", "groups", ["coach_id"])
    op.create_table(
        "memberships",
        sa.Column("group_id", sa.String(32), sa.ForeignKey("groups.id", ondelete="CASCADE"),
                  primary_key=True),
        _profile_fk("learner_id", primary_key=True),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
    )  # fmt: skip
    op.create_index("ix_memberships_learner_id", "memberships", ["learner_id"])
    op.create_table(
        "drills",
        sa.Column("id", sa.String(32), primary_key=True),
        _profile_fk("coach_id", nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("spec_json", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("review_before_release", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_drills_coach_id", "drills", ["coach_id"])
    op.create_table(
        "assignments",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("drill_id", sa.String(32), sa.ForeignKey("drills.id", ondelete="CASCADE"),
                  nullable=False),
        _profile_fk("learner_id", nullable=True),
        sa.Column("group_id", sa.String(32), sa.ForeignKey("groups.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
    )  # fmt: skip
    op.create_index("ix_assignments_drill_id", "assignments", ["drill_id"])
    op.create_index("ix_assignments_learner_id", "assignments", ["learner_id"])
    op.create_index("ix_assignments_group_id", "assignments", ["group_id"])
    op.create_table(
        "overrides",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("attempt_id", sa.String(32), sa.ForeignKey("attempts.id", ondelete="CASCADE"),
                  nullable=False),
        _profile_fk("coach_id", nullable=False),
        sa.Column("rubric", sa.String(16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )  # fmt: skip
    op.create_index("ix_overrides_attempt_id", "overrides", ["attempt_id"])


def downgrade() -> None:
    for table in ("overrides", "assignments", "drills", "memberships", "groups"):
        op.drop_table(table)
