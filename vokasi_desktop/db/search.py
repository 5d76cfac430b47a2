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
from typing import Literal

from sqlalchemy import ColumnElement, Connection, and_, or_, text
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
