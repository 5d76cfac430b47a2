"""audit chain position + UNIQUE links; branch key revocation; private keys leave the table

Revision ID: 0004_keys_audit
Revises: 0003_documents
Create Date: 2026-11-28 09:20:00

- ``audit_entry.seq``: the entry's position in the chain (1, 2, ...), back-filled in id order.
  A signed checkpoint outside the database names (seq, hash), so a truncated tail or a chain
  recomputed without the key is detected. ``seq`` and ``prev_hash`` are UNIQUE: two writers can
  never chain onto the same parent (a fork), even if the service's lock were bypassed.
- ``branch_key.revoked_at`` / ``revoked_reason``: a revoked key still verifies signatures, but
  the outcome is "kunci dicabut".
- ``branch_key.private_key`` stays (nullable) so that the app can move an old key out of the
  database into an encrypted key file at start (``services.keys.migrate_legacy_keys``), then
  clear it; the column is never written again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_keys_audit"
down_revision: str | None = "0003_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    # Window function + UPDATE ... FROM: SQLite >= 3.33 and PostgreSQL.
    op.execute(
        "UPDATE audit_entry SET seq = r.rn FROM "
        "(SELECT id, row_number() OVER (ORDER BY id) AS rn FROM audit_entry) AS r "
        "WHERE audit_entry.id = r.id"
    )
    with op.batch_alter_table("audit_entry") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.create_index("ix_audit_entry_seq", ["seq"], unique=True)
        batch.create_index("ix_audit_entry_prev_hash", ["prev_hash"], unique=True)
    with op.batch_alter_table("branch_key") as batch:
        batch.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("revoked_reason", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("branch_key") as batch:
        batch.drop_column("revoked_reason")
        batch.drop_column("revoked_at")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_index("ix_audit_entry_prev_hash")
        batch.drop_index("ix_audit_entry_seq")
        batch.drop_column("seq")
