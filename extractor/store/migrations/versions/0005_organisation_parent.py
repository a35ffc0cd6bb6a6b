"""organisations.parent_id: the unit a reporting unit belongs to, where its header says so

Revision ID: 0005
Revises: 0004

A plain nullable ADD COLUMN, with no foreign-key constraint: SQLite adds a constraint to an
existing table only by rebuilding it, which it cannot do while documents and figures refer
to ``organisations``.  The loader sets it only to ids it has just resolved.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("organisations", sa.Column("parent_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("parent_id")
