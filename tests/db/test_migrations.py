"""Migrations: empty -> head equals the models; newer databases refuse; upgrades back up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from tests.conftest import both_backends
from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.migrate import (
    DatabaseTooNewError,
    current_revision,
    head_revision,
    is_up_to_date,
    stamped_revision,
    upgrade_database,
)
from vokasi_desktop.db.models import Base


@both_backends
def test_upgrade_empty_database_matches_models(new_db_url: str) -> None:
    db = open_database(new_db_url)
    try:
        result = upgrade_database(db.engine)
        assert result.from_revision is None
        assert result.to_revision == head_revision()
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
        # Filter dialect-specific objects kept outside the ORM metadata (search indexes).
        diff = [d for d in diff if not _is_search_object(d)]
        assert diff == []
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        # Upgrading again is a no-op.
        again = upgrade_database(db.engine)
        assert not again.changed
    finally:
        db.dispose()


def test_head_read_from_the_files_is_alembics_head() -> None:
    """The start-up shortcut reads the chain without Alembic: it must agree with Alembic."""
    from vokasi_desktop.db.migrate import _head_from_files

    assert _head_from_files() == head_revision()


@both_backends
def test_is_up_to_date_only_for_a_database_at_head(new_db_url: str) -> None:
    """The start-up shortcut skips the upgrade only when the stamp is exactly the head; an
    empty, older or newer database goes through ``upgrade_database`` (which refuses a newer)."""
    db = open_database(new_db_url)
    try:
        assert not is_up_to_date(db.engine)  # empty: no alembic_version table
        upgrade_database(db.engine)
        assert is_up_to_date(db.engine)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0005_dashboard'"))
        assert not is_up_to_date(db.engine)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        assert not is_up_to_date(db.engine)
    finally:
        db.dispose()


def test_stamped_revision_reads_what_alembic_reads(new_db_url: str) -> None:
    """The settings page shows the schema revision without importing Alembic."""
    db = open_database(new_db_url)
    try:
        assert stamped_revision(db.engine) is None  # empty: no alembic_version table
        upgrade_database(db.engine)
        assert stamped_revision(db.engine) == current_revision(db.engine) == head_revision()
    finally:
        db.dispose()


def _is_search_object(diff: object) -> bool:
    text_repr = repr(diff)
    return "member_fts" in text_repr or "trgm" in text_repr


@both_backends
def test_database_newer_than_app_refuses_to_open(new_db_url: str) -> None:
    db = open_database(new_db_url)
    try:
        upgrade_database(db.engine)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(DatabaseTooNewError) as info:
            upgrade_database(db.engine)
        assert "versi aplikasi yang lebih baru" in str(info.value)
        assert current_revision(db.engine) == "9999_future"
    finally:
        db.dispose()


def test_sqlite_upgrade_copies_the_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "branch.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        upgrade_database(db.engine)
        # Pretend the database is one revision behind, with data in it.
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO setting(key, value) VALUES ('x', '1')"))
        from alembic.script import ScriptDirectory

        from vokasi_desktop.db.migrate import _config

        script = ScriptDirectory.from_config(_config())
        revisions = list(script.walk_revisions())
        if len(revisions) < 2:
            pytest.skip("only one revision exists: nothing to upgrade from")
        previous = revisions[1].revision
        from alembic import command

        cfg = _config()
        with db.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            with conn.begin():
                command.downgrade(cfg, previous)
        result = upgrade_database(db.engine)
        assert result.backup_path is not None and result.backup_path.exists()
        assert os.name != "posix" or result.backup_path.stat().st_mode & 0o777 == 0o600
        backup = open_database(f"sqlite:///{result.backup_path}")
        try:
            assert current_revision(backup.engine) == previous
            with backup.engine.connect() as conn:
                assert conn.execute(text("SELECT value FROM setting")).scalar() is not None
        finally:
            backup.dispose()
    finally:
        db.dispose()


def test_sqlite_pragmas_are_applied(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        db.dispose()
