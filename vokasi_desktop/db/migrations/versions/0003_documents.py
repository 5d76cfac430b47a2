"""document integrity: registry signature column; one live letter/certificate per enrolment

Revision ID: 0003_documents
Revises: 0002_search
Create Date: 2026-11-28 10:00:00

``document_record.registry_sig`` holds the branch-key signature over the registry record
(payload, QR text, number, type, member/enrolment ids, PDF hash, void state). Rows issued
before this revision have none: ``vokasi-desktop check-documents`` lists them as unsigned.

``uq_document_live_per_enrollment`` is a partial unique index: at most one live (not voided)
letter and one live certificate per enrolment. Duplicates that races left behind are voided
first (the first-issued copy of each group stays live; the voided ones keep their numbers).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_documents"
down_revision: str | None = "0002_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "voided = false AND enrollment_id IS NOT NULL AND doc_type IN ('letter', 'certificate')"


def upgrade() -> None:
    with op.batch_alter_table("document_record") as batch:
        batch.add_column(sa.Column("registry_sig", sa.Text(), nullable=True))
    # Void race duplicates so the unique index can be built (keep the oldest number live).
    op.execute(sa.text(
        "UPDATE document_record SET voided = true, void_reason = "
        "'Duplikat otomatis dibatalkan (migrasi 0003)' "
        f"WHERE {LIVE} AND id NOT IN (SELECT min(id) FROM document_record "
        f"WHERE {LIVE} GROUP BY doc_type, enrollment_id)"))
    op.create_index("uq_document_live_per_enrollment", "document_record",
                    ["doc_type", "enrollment_id"], unique=True,
                    sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))


def downgrade() -> None:
    op.drop_index("uq_document_live_per_enrollment", table_name="document_record")
    with op.batch_alter_table("document_record") as batch:
        batch.drop_column("registry_sig")
