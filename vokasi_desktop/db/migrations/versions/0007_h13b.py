"""duplicate_case: the same NIK registered at two offices, waiting for a person to merge

Revision ID: 0007_h13b
Revises: 0007_h13a
Create Date: 2026-11-28 12:00:00

An exchange import that meets a NIK already registered under another member uuid (another
office registered the same worker) records a case here instead of refusing the package or
overwriting either member. ``services.conflicts.merge_duplicate`` resolves it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h13b"
down_revision: str | None = "0007_h13a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # duplicate_case itself is created by 0007_h13a (the exchange import fills it).
    with op.batch_alter_table("duplicate_case") as batch:
        batch.add_column(sa.Column("note", sa.String(length=400), nullable=False,
                                   server_default=""))
    op.create_index("ix_duplicate_case_status_id", "duplicate_case", ["status", "id"])
    op.create_index("ix_conflict_status_id", "conflict", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_conflict_status_id", table_name="conflict")
    op.drop_index("ix_duplicate_case_status_id", table_name="duplicate_case")
    with op.batch_alter_table("duplicate_case") as batch:
        batch.drop_column("note")
