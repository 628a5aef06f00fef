"""OIDC sign-out: when a profile last signed out, so an identity cookie issued before then no
longer signs anyone in (Streamlit's cookie is self-contained and cannot be revoked itself).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("profiles", sa.Column("signed_out_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("signed_out_at")
