"""exchange: trusted office keys, duplicate-NIK cases, the last-received copy of travelling rows

Revision ID: 0007_h13a
Revises: 0007_h11a
Create Date: 2026-11-28 12:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vokasi_desktop.db.timeutil import UTCDateTime

revision: str = "0007_h13a"
down_revision: str | None = "0007_h11a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trusted_office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("data_kinds", sa.JSON(), nullable=False),
        sa.Column("valid_from", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_reason", sa.String(length=500), nullable=True),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('branch', 'regional')", name=op.f("ck_trusted_office_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_office")),
        sa.UniqueConstraint("key_id", name=op.f("uq_trusted_office_key_id")),
    )
    op.create_index(op.f("ix_trusted_office_office_code"), "trusted_office", ["office_code"])
    op.create_table(
        "duplicate_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("member_uuid_a", sa.Uuid(), nullable=False),
        sa.Column("office_a", sa.String(length=16), nullable=False),
        sa.Column("member_uuid_b", sa.Uuid(), nullable=False),
        sa.Column("office_b", sa.String(length=16), nullable=False),
        sa.Column("remote_data", sa.JSON(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["exchange_package.id"],
                                name=op.f("fk_duplicate_case_package_id_exchange_package")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_case")),
        sa.UniqueConstraint("uuid", name=op.f("uq_duplicate_case_uuid")),
        sa.UniqueConstraint("member_uuid_b", name=op.f("uq_duplicate_case_member_uuid_b")),
    )
    op.create_table(
        "exchange_shadow",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_key", sa.String(length=80), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_shadow")),
        sa.UniqueConstraint("entity", "entity_key", name="uq_exchange_shadow_key"),
    )


def downgrade() -> None:
    op.drop_table("exchange_shadow")
    op.drop_table("duplicate_case")
    op.drop_index(op.f("ix_trusted_office_office_code"), table_name="trusted_office")
    op.drop_table("trusted_office")
