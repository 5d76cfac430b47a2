"""duplicate_case: the same NIK registered at two offices, waiting for a person to merge

Revision ID: 0007_h13b
Revises: 0006_branch_npp
Create Date: 2026-11-28 12:00:00

An exchange import that meets a NIK already registered under another member uuid (another
office registered the same worker) records a case here instead of refusing the package or
overwriting either member. ``services.conflicts.merge_duplicate`` resolves it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h13b"
down_revision: str | None = "0006_branch_npp"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duplicate_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("member_a_uuid", sa.Uuid(), nullable=False),
        sa.Column("member_b_uuid", sa.Uuid(), nullable=False),
        sa.Column("office_a", sa.String(length=16), nullable=False),
        sa.Column("office_b", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.CheckConstraint("status IN ('open', 'resolved')", name=op.f("ck_duplicate_case_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_case")),
        sa.UniqueConstraint("uuid", name=op.f("uq_duplicate_case_uuid")),
    )
    op.create_index("ix_duplicate_case_status_id", "duplicate_case", ["status", "id"])
    op.create_index("ix_conflict_status_id", "conflict", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_conflict_status_id", table_name="conflict")
    op.drop_index("ix_duplicate_case_status_id", table_name="duplicate_case")
    op.drop_table("duplicate_case")
