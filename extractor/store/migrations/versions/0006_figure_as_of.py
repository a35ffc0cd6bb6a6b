"""figures.as_of: the day a count stands at ("tính đến 31/12/2022", "đầu năm 2023")

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("figures", sa.Column("as_of", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("as_of")
