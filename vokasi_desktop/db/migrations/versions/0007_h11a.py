"""access: five roles (clerk, supervisor, head, admin, auditor) and login sessions

Revision ID: 0007_h11a
Revises: 0006_branch_npp
Create Date: 2026-11-28 12:00:00

``app_user.role`` admits the roles of ``domain.access.ROLE_CODES``; ``login_session`` holds one
row per login (GUI or CLI). A Principal is only honoured while its session row is open, belongs
to that user and was opened with the user's current role.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0007_h11a"
down_revision: str | None = "0006_branch_npp"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = "role IN ('clerk', 'supervisor', 'head', 'admin', 'auditor')"
_OLD = "role IN ('admin', 'supervisor', 'clerk')"


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_constraint("role", type_="check")
        batch_op.create_check_constraint("role", _NEW)
        batch_op.add_column(sa.Column("override_failed_attempts", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("override_locked_until", sa.DateTime(timezone=True),
                                      nullable=True))
    op.create_table(
        "login_session",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"],
                                name=op.f("fk_login_session_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_session")),
    )
    op.create_index(op.f("ix_login_session_user_id"), "login_session", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_login_session_user_id"), table_name="login_session")
    op.drop_table("login_session")
    # The old CHECK knows three roles: a head of branch becomes a supervisor; an auditor keeps
    # read access nowhere in the old app, so the account is disabled (lossy, like any downgrade).
    op.execute("UPDATE app_user SET role = 'supervisor' WHERE role = 'head'")
    op.execute("UPDATE app_user SET role = 'clerk', active = false WHERE role = 'auditor'")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("override_locked_until")
        batch_op.drop_column("override_failed_attempts")
        batch_op.drop_constraint("role", type_="check")
        batch_op.create_check_constraint("role", _OLD)
