"""Practise together: rooms, their turns (with the speaker's private note) and the attempts
with the grade and the speaker's rating. Deleting a room deletes everything in it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _profile(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(32), sa.ForeignKey("profiles.id", ondelete="SET NULL"),
                     nullable=True)  # fmt: skip


def _flag(name: str) -> sa.Column[bool]:
    return sa.Column(name, sa.Boolean(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "rooms",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("code", sa.String(12), nullable=False, unique=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _flag("handover"),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("speaker", sa.String(1), nullable=False),
        sa.Column("name_a", sa.String(80), nullable=False),
        sa.Column("name_b", sa.String(80), nullable=True),
        _profile("profile_a"),
        _profile("profile_b"),
        sa.Column("token_a", sa.String(64), nullable=False),
        sa.Column("token_b", sa.String(64), nullable=True),
        *(_flag(f"{flag}_{seat}") for flag in ("share", "export", "llm") for seat in "ab"),
        sa.Column("pause_by", sa.String(1), nullable=True),
        sa.Column("pause_reason", sa.String(10), nullable=True),
        sa.Column("pause_category", sa.String(16), nullable=True),
        _when("created_at"),
        _when("updated_at"),
    )
    op.create_index("ix_rooms_profile_a", "rooms", ["profile_a"])
    op.create_index("ix_rooms_profile_b", "rooms", ["profile_b"])
    op.create_table(
        "room_turns",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "room_id", sa.String(32), sa.ForeignKey("rooms.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(1), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("note_feeling", sa.Text(), nullable=False),
        sa.Column("note_point", sa.Text(), nullable=False),
        sa.Column("note_need", sa.Text(), nullable=False),
        sa.Column("prompt_kind", sa.String(20), nullable=True),
        _flag("ended"),
        _when("created_at"),
    )
    op.create_index("ix_room_turns_room_id", "room_turns", ["room_id"])
    op.create_table(
        "room_attempts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "turn_id",
            sa.String(32),
            sa.ForeignKey("room_turns.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "room_id", sa.String(32), sa.ForeignKey("rooms.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        _profile("listener_profile"),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("grade_json", sa.Text(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("felt_understood", sa.Integer(), nullable=True),
        sa.Column("missed", sa.String(40), nullable=False),
        sa.Column("correction", sa.Text(), nullable=False),
        _when("created_at"),
        _when("rated_at", nullable=True),
    )
    for column in ("turn_id", "room_id", "listener_profile"):
        op.create_index(f"ix_room_attempts_{column}", "room_attempts", [column])


def downgrade() -> None:
    op.drop_table("room_attempts")
    op.drop_table("room_turns")
    op.drop_table("rooms")
