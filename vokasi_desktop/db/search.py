"""Member name search: the one module with dialect-specific query SQL.

The objects it queries are created by migration ``0002_search``:

- SQLite: FTS5 table ``member_fts`` (external content over ``member.name_norm``). A search
  "agus sa" matches names with a word starting with AGUS and a word starting with SA, in any
  order ("word prefix"), 0.1-8 ms on a million names (NOTES.md).
- PostgreSQL with pg_trgm: the same word-prefix meaning through ``LIKE 'AGUS%' OR LIKE
  '% AGUS%'`` per word, served by the GIN trigram index ``ix_member_name_norm_trgm``.
- PostgreSQL without pg_trgm: the whole-name prefix ``name_norm LIKE 'AGUS SA%'`` served by the
  ``text_pattern_ops`` btree ``ix_member_name_norm_trgm_fallback`` (a weaker but indexed search).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, Literal, cast

from sqlalchemy import ColumnElement, Connection, Table, and_, or_, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from vokasi_desktop.db.models import Member

SearchMode = Literal["fts5", "trgm", "prefix"]

_modes: dict[str, SearchMode] = {}
_modes_lock = threading.Lock()


def normalize_name(text_: str) -> str:
    """Upper-case, whitespace-folded form of a name: the ``member.name_norm`` convention."""
    return " ".join(text_.split()).upper()


def name_tokens(text_: str) -> tuple[str, ...]:
    """Words of a search text, upper-cased, stripped of leading/trailing punctuation.

    Words without a letter or digit are dropped (an FTS5 query of only punctuation is a
    syntax error).
    """
    words = []
    for word in normalize_name(text_).split(" "):
        stripped = "".join(
            ch for ch in word if ch.isalnum() or ch in "'-."
        ).strip("'-.")
        if any(ch.isalnum() for ch in stripped):
            words.append(unicodedata.normalize("NFC", stripped))
    return tuple(words)


def search_mode(conn: Connection | Session) -> SearchMode:
    """Which search the database supports (cached per database URL)."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    dialect = bind.dialect.name
    if dialect == "sqlite":
        return "fts5"
    key = bind.engine.url.render_as_string(hide_password=True)
    with _modes_lock:
        cached = _modes.get(key)
    if cached is not None:
        return cached
    found = conn.execute(
        text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_member_name_norm_trgm'")
    ).first()
    mode: SearchMode = "trgm" if found else "prefix"
    with _modes_lock:
        _modes[key] = mode
    return mode


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts5_query(tokens: tuple[str, ...]) -> str:
    """FTS5 MATCH expression: every word as a quoted prefix, implicitly AND-ed."""
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


def member_name_clause(conn: Connection | Session, text_: str) -> ColumnElement[bool] | None:
    """A WHERE clause on ``member`` matching names by word prefix; None for no usable words."""
    tokens = name_tokens(text_)
    if not tokens:
        return None
    mode = search_mode(conn)
    if mode == "fts5":
        return text(
            "member.id IN (SELECT rowid FROM member_fts WHERE member_fts MATCH :fts_query)"
        ).bindparams(fts_query=fts5_query(tokens))  # type: ignore[return-value]
    if mode == "trgm":
        parts = []
        for token in tokens:
            escaped = _like_escape(token)
            parts.append(
                or_(
                    Member.name_norm.like(f"{escaped}%", escape="\\"),
                    Member.name_norm.like(f"% {escaped}%", escape="\\"),
                )
            )
        return and_(*parts)
    prefix = _like_escape(" ".join(tokens))
    return Member.name_norm.like(f"{prefix}%", escape="\\")


# --------------------------------------------------------------------------- bulk inserts

_FTS_INSERT_TRIGGER = "member_fts_ai"
# Page cache of the importing connection while it inserts (KiB, negative as SQLite wants):
# ten member indexes with random keys (NIK, KPJ, uuid) thrash the 2 MB default on a big file.
_BULK_CACHE_KIB = 64 * 1024


_MEMBER_TABLE = cast(Table, Member.__table__)


class MemberBulkInsert:
    """Member rows inserted by :func:`bulk_member_insert` (Core executemany, many at a time)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.count = 0

    def insert(self, rows: Sequence[dict[str, Any]]) -> None:
        """INSERT ``rows`` (dicts of member columns) with one executemany."""
        if rows:
            # Core on the session's connection: the ORM bulk path (session.execute with the
            # entity) cost 5.2 s CPU per 100,000 rows against 4.2 s for this (measured).
            self.session.connection().execute(_MEMBER_TABLE.insert(), list(rows))
            self.count += len(rows)


@contextmanager
def bulk_member_insert(session: Session) -> Iterator[MemberBulkInsert]:
    """Insert many members inside the caller's write transaction, the name index kept in bulk.

    SQLite: the per-row FTS5 trigger ``member_fts_ai`` costs about 50 us per member (5 of the
    10 s CPU a bare 100,000-member executemany took, measured). Inside the write transaction
    (``BEGIN IMMEDIATE``: no other writer until commit) the trigger is dropped, the rows are
    inserted, the new rows -- every id above the maximum before, since SQLite gives a new row
    ``max(rowid) + 1`` -- go into ``member_fts`` with one ``INSERT ... SELECT``, and the
    trigger is created again from its own stored SQL. DDL is transactional in SQLite: on an
    error, a rollback or a power cut the trigger is back and the rows are gone. On leaving
    with an exception nothing is done here (the caller's rollback undoes it all).

    PostgreSQL: the trigram index is maintained by the database; only the inserts.
    """
    bulk = MemberBulkInsert(session)
    if session.get_bind().dialect.name != "sqlite":
        yield bulk
        return
    trigger_sql = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": _FTS_INSERT_TRIGGER},
    ).scalar()
    before = session.execute(text("SELECT coalesce(max(id), 0) FROM member")).scalar_one()
    cache = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text(f"PRAGMA cache_size = {-_BULK_CACHE_KIB}"))
    try:
        if trigger_sql:
            session.execute(text(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}"))
        yield bulk
        if trigger_sql:
            new_rows = session.execute(
                text("SELECT count(*) FROM member WHERE id > :before"), {"before": before}
            ).scalar_one()
            if new_rows != bulk.count:  # new ids below the old maximum (rowid 2**63-1 reached)
                raise RuntimeError(f"new member ids not above the old maximum: {new_rows} of "
                                   f"{bulk.count}")
            session.execute(
                text("INSERT INTO member_fts(rowid, name_norm) "
                     "SELECT id, name_norm FROM member WHERE id > :before"),
                {"before": before},
            )
            session.execute(text(trigger_sql))
    finally:
        # The pooled connection goes back with its usual cache (a failed transaction may
        # refuse statements until rolled back: the pragma then stays, which is harmless).
        with suppress(SQLAlchemyError):
            session.execute(text(f"PRAGMA cache_size = {int(cache)}"))
