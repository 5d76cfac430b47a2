"""The start-up check after a clean shutdown reads the header only; anything else that could
have changed the file since (a crash, a write, a replacement) still gets the full check."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.db.test_backup import _corrupt_a_page, _fill
from vokasi_desktop.db.engine import Database, mark_clean_shutdown
from vokasi_desktop.services import backup as bk


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every full ``quick_check`` the start-up check runs (the real one still runs)."""
    calls: list[Path] = []
    real = bk.sqlite_health

    def spy(path: Path) -> str | None:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(bk, "sqlite_health", spy)
    return calls


def _closed_cleanly(database: Database) -> Path:
    _fill(database)
    database.dispose()
    db_file = Path(database.url.database or "")
    mark_clean_shutdown(db_file, database.private_dir)
    return db_file


def test_clean_shutdown_skips_the_full_check_once(
        database: Database, tmp_path: Path, full_checks: list[Path]) -> None:
    _closed_cleanly(database)
    assert bk.check_at_startup(database.url, tmp_path / "b").ok
    assert full_checks == []
    # The marker is consumed: a start without a new clean shutdown checks fully.
    assert bk.check_at_startup(database.url, tmp_path / "b").ok
    assert len(full_checks) == 1


def test_file_written_after_clean_shutdown_is_fully_checked(
        database: Database, tmp_path: Path, full_checks: list[Path]) -> None:
    db_file = _closed_cleanly(database)
    _corrupt_a_page(db_file)
    check = bk.check_at_startup(database.url, tmp_path / "b")
    assert not check.ok and check.problem
    assert full_checks


def test_pending_wal_after_clean_shutdown_is_fully_checked(
        database: Database, tmp_path: Path, full_checks: list[Path]) -> None:
    db_file = _closed_cleanly(database)
    stat = db_file.stat()
    Path(f"{db_file}-wal").write_bytes(b"\0" * 32)  # a session that died left its log
    os.utime(db_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    bk.check_at_startup(database.url, tmp_path / "b")
    assert full_checks


def test_damaged_header_with_unchanged_time_is_caught(
        database: Database, tmp_path: Path, full_checks: list[Path]) -> None:
    db_file = _closed_cleanly(database)
    stat = db_file.stat()
    with db_file.open("r+b") as fh:
        fh.write(b"\xff" * 16)
    os.utime(db_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # bit rot keeps the time
    check = bk.check_at_startup(database.url, tmp_path / "b")
    assert not check.ok


def test_damaged_page_with_unchanged_time_is_caught_by_the_backup(
        database: Database, tmp_path: Path) -> None:
    """What the start skips after a clean shutdown, the day's backup's integrity check finds."""
    db_file = _closed_cleanly(database)
    stat = db_file.stat()
    _corrupt_a_page(db_file)
    os.utime(db_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    with pytest.raises(bk.BackupError):
        bk.create_backup(database, tmp_path / "b")


def test_no_marker_while_a_wal_is_left(database: Database) -> None:
    _fill(database)
    db_file = Path(database.url.database or "")
    holder = sqlite3.connect(db_file)  # another connection keeps the -wal alive
    holder.execute("CREATE TABLE IF NOT EXISTS t (x)")
    holder.execute("INSERT INTO t VALUES (1)")
    holder.commit()
    try:
        mark_clean_shutdown(db_file, database.private_dir)
        assert not (database.private_dir / "clean-shutdown").exists()
    finally:
        holder.close()
        database.dispose()
