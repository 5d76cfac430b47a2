"""dashboard: covering index for the period aggregates over enrolments

Revision ID: 0005_dashboard
Revises: 0004_keys_audit
Create Date: 2026-11-28 10:10:00

``ix_enrollment_dashboard (enrolled_at, status, class_id, member_id, cost)``: the dashboard and
the monthly report read every enrolment of a period grouped by status, class and member; with
this index that is an index-only range scan instead of a table lookup per row.
A plain CREATE INDEX needs no batch mode on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_dashboard"
down_revision: str | None = "0004_keys_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_enrollment_dashboard", "enrollment",
                    ["enrolled_at", "status", "class_id", "member_id", "cost"])


def downgrade() -> None:
    op.drop_index("ix_enrollment_dashboard", table_name="enrollment")
