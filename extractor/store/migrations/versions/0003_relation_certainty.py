"""how certain a relation's structure is (exhaustive partition, partial list, subset …)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("relations") as batch:
        batch.add_column(sa.Column("certainty", sa.String(length=20), nullable=False, server_default="explicit"))


def downgrade() -> None:
    with op.batch_alter_table("relations") as batch:
        batch.drop_column("certainty")
