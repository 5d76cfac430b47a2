"""users: all five roles, must_change_password; audit: person_ref (keyed hash of a NIK)

Revision ID: 0007_h11b
Revises: 0007_h13b
Create Date: 2026-11-28 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h11b"
down_revision: str | None = "0007_h13b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_ROLES = "role IN ('admin', 'supervisor', 'clerk')"
_NEW_ROLES = "role IN ('admin', 'supervisor', 'clerk', 'head', 'auditor')"


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("person_ref", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_audit_entry_person_ref", ["person_ref"], unique=False)
        batch_op.create_index("ix_audit_entry_actor", ["actor"], unique=False)
        batch_op.create_index("ix_audit_entry_action", ["action"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_action")
        batch_op.drop_index("ix_audit_entry_actor")
        batch_op.drop_index("ix_audit_entry_person_ref")
        batch_op.drop_column("person_ref")
    # A plain DROP COLUMN (SQLite >= 3.35 has it): a batch copy of app_user would drop the
    # table that login_session rows reference, which SQLite's foreign keys refuse.
    op.execute("ALTER TABLE app_user DROP COLUMN must_change_password")
