"""Where the database is, answered without importing SQLAlchemy.

The GUI asks "is this a local SQLite file, and which one?" before its login window paints
(``ui.wizard.first_start_needed``); importing SQLAlchemy for that would cost a third of a
second on a branch PC. :func:`sqlite_file` answers the common spellings (nothing, a bare
path, ``sqlite:///path``) here and says when only the full parser
(:func:`vokasi_desktop.db.engine.resolve_url`) can tell.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "vokasi-desktop"
ENV_DB_URL = "VOKASI_DB_URL"

#: :func:`sqlite_file` could not tell without the full URL parser.
UNKNOWN = "unknown"
#: :func:`sqlite_file`: the URL names another kind of database (a server).
NOT_SQLITE = "not-sqlite"

_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


def default_sqlite_path() -> Path:
    """The embedded database file in the user's data directory."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "vokasi.sqlite3"


def raw_url(explicit: str | None = None) -> str:
    """The URL as given: ``--db`` first, then ``VOKASI_DB_URL``; "" means the default file."""
    return explicit or os.environ.get(ENV_DB_URL) or ""


def sqlite_file(explicit: str | None = None) -> Path | str:
    """The SQLite file :func:`~vokasi_desktop.db.engine.resolve_url` would pick, or
    :data:`NOT_SQLITE`, or :data:`UNKNOWN` for a spelling only SQLAlchemy's parser reads
    (a query string, a relative ``sqlite://`` URL, an in-memory database)."""
    raw = raw_url(explicit)
    if not raw:
        return default_sqlite_path()
    if "://" not in raw:
        return Path(raw).expanduser().resolve()
    for prefix in _SQLITE_PREFIXES:
        if raw.startswith(prefix):
            rest = raw[len(prefix):]
            if not rest or "?" in rest or "%" in rest or not rest.startswith("/"):
                return UNKNOWN
            return Path(rest)
    scheme = raw.split("://", 1)[0].lower()
    if scheme.startswith(("postgresql", "postgres")):
        return NOT_SQLITE
    return UNKNOWN
