"""labels: the Vietnamese name of each subject, category and level key, for people and facets

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "labels",
        sa.Column("key", sa.String(length=120), primary_key=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("label_vi", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("labels")
