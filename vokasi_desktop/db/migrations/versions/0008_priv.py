"""personal data: consent records per member, tombstones of purged persons

Revision ID: 0008_priv
Revises: 0007_h11b
Create Date: 2026-11-28 15:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_priv"
down_revision: str | None = "0007_h11b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "member_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("purpose_code", sa.String(length=32), nullable=False),
        sa.Column("text_version", sa.String(length=16), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("method IN ('counter', 'import')", name="ck_member_consent_method"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"],
                                name="fk_member_consent_member_id_member"),
        sa.PrimaryKeyConstraint("id", name="pk_member_consent"),
    )
    op.create_index("ix_member_consent_member_id", "member_consent", ["member_id"])
    op.create_table(
        "purged_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_ref", sa.String(length=64), nullable=False),
        sa.Column("member_uuid", sa.Uuid(), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_purged_person"),
        sa.UniqueConstraint("person_ref", name="uq_purged_person_person_ref"),
        sa.UniqueConstraint("member_uuid", name="uq_purged_person_member_uuid"),
    )


def downgrade() -> None:
    op.drop_table("purged_person")
    op.drop_index("ix_member_consent_member_id", table_name="member_consent")
    op.drop_table("member_consent")
