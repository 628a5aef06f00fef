"""Profiles and attempts.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=True),
        sa.Column("oidc_subject", sa.String(255), nullable=True, unique=True),
        sa.Column("email", sa.String(255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "learner_id",
            sa.String(32),
            sa.ForeignKey("profiles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("context", sa.Text(), nullable=True),
        sa.Column("scenario_id", sa.String(64), nullable=True),
        sa.Column("hidden_truth_json", sa.Text(), nullable=True),
        sa.Column("theme", sa.String(40), nullable=True),
        sa.Column("difficulty", sa.String(10), nullable=True),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("retry_of", sa.String(32), nullable=True),
        sa.Column("drill_id", sa.String(32), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("grade_json", sa.Text(), nullable=True),
        sa.Column("grader", sa.String(10), nullable=True),
        sa.Column("prompt_hash", sa.String(64), nullable=True),
        sa.Column("graded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("released", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("accuracy", sa.Integer(), nullable=True),
        sa.Column("validation", sa.Integer(), nullable=True),
        sa.Column("not_fixing", sa.Integer(), nullable=True),
        sa.Column("not_hijacking", sa.Integer(), nullable=True),
    )
    op.create_index("ix_attempts_learner_created", "attempts", ["learner_id", "created_at"])
    op.create_index("ix_attempts_drill", "attempts", ["drill_id"])


def downgrade() -> None:
    op.drop_index("ix_attempts_drill", "attempts")
    op.drop_index("ix_attempts_learner_created", "attempts")
    op.drop_table("attempts")
    op.drop_table("profiles")
