"""member name search: FTS5 on SQLite, pg_trgm (or a pattern btree) on PostgreSQL;
filter + name-order indexes on member

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2026-11-28 04:00:00

SQLite: an external-content FTS5 table ``member_fts`` over ``member.name_norm`` (rowid =
member.id), kept in sync by three triggers, back-filled with the FTS5 'rebuild' command (the
demo data and any rows inserted before this revision).

PostgreSQL: a GIN trigram index ``ix_member_name_norm_trgm`` when the pg_trgm extension can be
created; otherwise a ``text_pattern_ops`` btree ``ix_member_name_norm_trgm_fallback`` that
serves ``name_norm LIKE 'PREFIX%'``. ``vokasi_desktop.db.search`` picks the matching query.

Object names contain "member_fts" or "trgm": the schema-vs-models test ignores them.
Keep the DDL here (frozen history); query-time SQL lives in ``vokasi_desktop/db/search.py``.
A future batch migration that recreates ``member`` on SQLite drops these triggers with the
old table: it must re-create them and run the 'rebuild' again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    """CREATE VIRTUAL TABLE member_fts USING fts5(
        name_norm, content='member', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER member_fts_ai AFTER INSERT ON member BEGIN
        INSERT INTO member_fts(rowid, name_norm) VALUES (new.id, new.name_norm);
    END""",
    """CREATE TRIGGER member_fts_ad AFTER DELETE ON member BEGIN
        INSERT INTO member_fts(member_fts, rowid, name_norm)
        VALUES ('delete', old.id, old.name_norm);
    END""",
    """CREATE TRIGGER member_fts_au AFTER UPDATE OF name_norm ON member BEGIN
        INSERT INTO member_fts(member_fts, rowid, name_norm)
        VALUES ('delete', old.id, old.name_norm);
        INSERT INTO member_fts(rowid, name_norm) VALUES (new.id, new.name_norm);
    END""",
    # Back-fill rows that already exist (external content: rebuild reads member).
    "INSERT INTO member_fts(member_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS member_fts_au",
    "DROP TRIGGER IF EXISTS member_fts_ad",
    "DROP TRIGGER IF EXISTS member_fts_ai",
    "DROP TABLE IF EXISTS member_fts",
)


def _pg_trgm_ready(conn: sa.Connection) -> bool:
    """Create pg_trgm if allowed; a refusal must not abort the migration's transaction."""
    installed = conn.execute(
        sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    ).first()
    if installed:
        return True
    available = conn.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if not available:
        return False
    savepoint = conn.begin_nested()
    try:
        conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


# Filter + name order of the members table: a range scan instead of a sort (both dialects).
MEMBER_INDEXES = (
    ("ix_member_segment_name", ["segment", "name_norm", "id"]),
    ("ix_member_status_name", ["employment_status", "name_norm", "id"]),
    ("ix_member_membership_name", ["membership_status", "name_norm", "id"]),
)


def upgrade() -> None:
    for name, columns in MEMBER_INDEXES:
        op.create_index(name, "member", columns)
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        if _pg_trgm_ready(conn):
            conn.exec_driver_sql(
                "CREATE INDEX ix_member_name_norm_trgm ON member "
                "USING gin (name_norm gin_trgm_ops)"
            )
        else:
            conn.exec_driver_sql(
                "CREATE INDEX ix_member_name_norm_trgm_fallback ON member "
                "(name_norm text_pattern_ops)"
            )


def downgrade() -> None:
    for name, _columns in MEMBER_INDEXES:
        op.drop_index(name, table_name="member")
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_member_name_norm_trgm")
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_member_name_norm_trgm_fallback")
