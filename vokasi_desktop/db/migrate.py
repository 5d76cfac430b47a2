"""Schema upgrades at start-up with Alembic, shipped inside the package.

- A database whose revision this app does not know (made by a newer app) refuses to open.
- Before upgrading an existing SQLite file, a consistent copy is taken with the driver's
  online backup API (copying the live file can give a corrupt copy, NOTES.md).
- On SQLite, foreign keys are switched off for the migration connection (batch migrations
  recreate tables) and ``PRAGMA foreign_key_check`` runs before commit.
"""

from __future__ import annotations

import ast
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (~0.3-0.5 s to import) is loaded only when the schema has to change: a start-up
# with an up-to-date database checks the stamped revision with one plain query
# (:func:`is_up_to_date`), so the login window paints without it.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(Exception):
    """The database was upgraded by a newer version of the app."""


class MigrationError(Exception):
    """A migration failed; the database was left as it was."""


@dataclass(frozen=True)
class MigrationResult:
    """What :func:`upgrade_database` did."""

    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest revision this app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stamped_revision(engine: Engine) -> str | None:
    """The revision stamped in the database for display (one plain query, no Alembic import:
    about 13 MB of memory and 0.1-0.6 s for the settings page); None without a stamp."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    except DBAPIError:
        return None  # no alembic_version table yet: an empty database
    return ", ".join(sorted(str(r[0]) for r in rows)) or None


def _backup_sqlite(engine: Engine, revision: str) -> Path:
    database = Path(engine.url.database or "")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.pre-{revision[:12]}-{stamp}.bak")
    # Created 0600 before SQLite opens it: the copy holds the same personal data.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    src = sqlite3.connect(str(database))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@lru_cache(maxsize=1)
def _head_from_files() -> str | None:
    """The head revision read from the migration files' ``revision``/``down_revision``
    assignments without importing Alembic; None if the chain is not one straight line."""
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target: ast.expr
            value: ast.expr | None
            if isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") \
                    and value is not None:
                try:
                    found[target.id] = ast.literal_eval(value)
                except ValueError:
                    return None
        revision = found.get("revision")
        if isinstance(revision, str):
            down = found.get("down_revision")
            if down is not None and not isinstance(down, str):
                return None  # a merge point: let Alembic decide
            revisions[revision] = down
    parents = set(revisions.values())
    heads = [rev for rev in revisions if rev not in parents]
    return heads[0] if len(heads) == 1 else None


def is_up_to_date(engine: Engine) -> bool:
    """True when the database is stamped with this app's head revision (one plain query,
    no Alembic import). False means "ask :func:`upgrade_database`", which also reports a
    database that is too new."""
    head = _head_from_files()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    except DBAPIError:
        return False  # no alembic_version table yet: an empty database
    return [r[0] for r in rows] == [head]


def _run_upgrade(conn: Connection) -> None:
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def upgrade_database(engine: Engine, *, backup: bool = True) -> MigrationResult:
    """Bring the schema to this app's head revision.

    Raises:
        DatabaseTooNewError: the database carries a revision this app does not know.
        MigrationError: a migration or the foreign-key check failed (nothing committed).
    """
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    head = head_revision()
    current = current_revision(engine)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DatabaseTooNewError(
                f"Basis data ini dibuat oleh versi aplikasi yang lebih baru (revisi {current}). "
                "Perbarui vokasi-desktop sebelum membukanya; data tidak diubah."
            ) from exc
    if current == head:
        return MigrationResult(current, head, None)
    backup_path = None
    is_sqlite = engine.dialect.name == "sqlite"
    if is_sqlite and backup and current is not None:
        backup_path = _backup_sqlite(engine, current)
    try:
        if is_sqlite:
            with engine.connect() as conn:
                # PRAGMA foreign_keys is a no-op inside a transaction: set it on the raw
                # driver connection (autocommit) before SQLAlchemy emits BEGIN.
                raw = conn.connection.dbapi_connection
                assert raw is not None
                raw.execute("PRAGMA foreign_keys=OFF")
                try:
                    with conn.begin():
                        _run_upgrade(conn)
                        bad = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                        if bad:
                            raise MigrationError(
                                f"Pemeriksaan kunci asing gagal setelah migrasi: {bad[:5]}"
                            )
                finally:
                    raw.execute("PRAGMA foreign_keys=ON")
        else:
            with engine.begin() as conn:
                _run_upgrade(conn)
    except (MigrationError, DatabaseTooNewError):
        raise
    except Exception as exc:
        raise MigrationError(f"Migrasi basis data gagal; tidak ada yang diubah. ({exc})") from exc
    return MigrationResult(current, head, backup_path)
