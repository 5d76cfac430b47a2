"""Backups, restore, start-up corruption check, single-instance lock and file modes."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import both_backends
from tests.db.factories import as_user, setup_branch
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import (
    Database,
    DatabaseInUseError,
    InstanceLock,
    open_database,
    write_private_file,
)
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.db.models import AuditEntry, Member
from vokasi_desktop.services import backup as bk
from vokasi_desktop.services.audit import record


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _fill(db: Database) -> None:
    setup_branch(db)
    with db.write() as session:
        record(session, "admin", "test", "member", None, note="one")
    write_private_file(db.private_dir / "sample-secret.bin", b"secret-audit-key")
    write_private_file(db.private_dir / "keys" / "KRJ.key", b"encrypted-signing-key")


def _audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_backup_restore_round_trip_sqlite(database: Database, tmp_path: Path) -> None:
    _fill(database)
    before = _audit_count(database)
    info = bk.create_backup(database, tmp_path / "backups")
    assert info.path.is_file() and info.path.suffix == ".vkbak"
    assert _mode(info.path) == 0o600 and _mode(info.path.parent) == 0o700
    with zipfile.ZipFile(info.path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    # everything in the private folder travels: the real audit key and signed checkpoints too
    assert {"manifest.json", "database.sqlite3", "private/sample-secret.bin",
            "private/keys/KRJ.key", "private/audit.key", "private/audit-checkpoints.log"} <= names
    assert manifest["branch"] == "KRJ" and manifest["format"] == "vokasi-backup/1"
    assert manifest["audit_entries"] == before

    # Change the live database and its private folder after the backup.
    with database.write() as session:
        record(session, "admin", "after", "member", None)
    write_private_file(database.private_dir / "sample-secret.bin", b"changed")
    database.dispose()

    result = bk.restore_backup(database.url, info.path)
    db2 = open_database(database.url)
    try:
        assert _audit_count(db2) == before
        assert (db2.private_dir / "sample-secret.bin").read_bytes() == b"secret-audit-key"
        assert (db2.private_dir / "keys" / "KRJ.key").read_bytes() == b"encrypted-signing-key"
        assert _mode(db2.private_dir) == 0o700
    finally:
        db2.dispose()
    # The replaced database and private folder were kept, with the change made after the backup.
    kept_db = next(p for p in result.replaced if not p.name.startswith(db2.private_dir.name))
    kept_private = next(p for p in result.replaced if p.name.startswith(db2.private_dir.name))
    conn = sqlite3.connect(kept_db)
    try:
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == before + 1
    finally:
        conn.close()
    assert (kept_private / "sample-secret.bin").read_bytes() == b"changed"


@pytest.mark.skipif(shutil.which("pg_dump") is None or shutil.which("psql") is None,
                    reason="pg_dump/psql not installed")
@pytest.mark.parametrize("new_db_url", ["postgresql"], indirect=True)
def test_backup_restore_round_trip_postgresql(database: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOKASI_DATA_DIR", str(tmp_path / "data"))
    _fill(database)
    before = _audit_count(database)
    info = bk.create_backup(database, tmp_path / "backups")
    assert info.backend == "postgresql" and "database.sql" in info.parts
    with database.write() as session:
        record(session, "admin", "after", "member", None)
    database.dispose()
    result = bk.restore_backup(database.url, info.path)
    db2 = open_database(database.url)
    try:
        assert _audit_count(db2) == before
        with db2.read() as session:
            from vokasi_desktop.services.audit import verify_chain

            assert verify_chain(session).ok
        assert (db2.private_dir / "sample-secret.bin").read_bytes() == b"secret-audit-key"
    finally:
        db2.dispose()
    assert result.replaced and result.replaced[0].suffix == ".vkbak"  # the replaced data, dumped


def _rewrite_zip(src: Path, dst: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, change.get(item.filename, zin.read(item.filename)))


def test_edited_or_corrupted_backup_is_refused(database: Database, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _fill(database)
    info = bk.create_backup(database, tmp_path / "backups")
    database.dispose()
    url = database.url.render_as_string()
    db_file = Path(database.url.database or "")
    original = db_file.read_bytes()

    edited = tmp_path / "edited.vkbak"
    _rewrite_zip(info.path, edited, {"private/sample-secret.bin": b"attacker-key-xyz"})  # same size
    truncated = tmp_path / "truncated.vkbak"
    truncated.write_bytes(info.path.read_bytes()[:-200])
    not_zip = tmp_path / "notzip.vkbak"
    not_zip.write_bytes(b"hello")
    # A manifest recomputed to match a database copy whose audit chain was rewritten.
    work = tmp_path / "work"
    work.mkdir()
    with zipfile.ZipFile(info.path) as zf:
        zf.extractall(work)
    conn = sqlite3.connect(work / "database.sqlite3")
    conn.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 1")
    conn.commit()
    conn.close()
    manifest = json.loads((work / "manifest.json").read_text())
    import hashlib

    data = (work / "database.sqlite3").read_bytes()
    manifest["parts"]["database.sqlite3"] = {"sha256": hashlib.sha256(data).hexdigest(),
                                             "size": len(data)}
    forged = tmp_path / "forged.vkbak"
    _rewrite_zip(info.path, forged, {"database.sqlite3": data,
                                     "manifest.json": json.dumps(manifest).encode()})

    longer = tmp_path / "longer.vkbak"
    _rewrite_zip(info.path, longer, {"private/sample-secret.bin": b"a much longer attacker key"})
    expected = {edited: "sha256", longer: "ukuran", truncated: "Berkas cadangan tidak dapat dipakai",
                not_zip: "bukan berkas cadangan", forged: "log audit"}
    for bad, words in expected.items():
        assert main(["restore", str(bad), "--db", url]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("Kesalahan: ") and words in err and "\n" not in err, err
        assert "Traceback" not in err
    assert db_file.read_bytes() == original  # nothing touched
    assert not list(db_file.parent.glob("*.replaced-*"))


@pytest.mark.parametrize("change", [
    {"parts": {"database.sqlite3": "not-an-object"}},  # a part's entry is not an object
    {"revision": 42},  # the schema revision is not text
    {"audit_entries": "many"},  # the audit count is not a number
])
def test_malformed_manifest_is_refused_not_crashed(database: Database, tmp_path: Path,
                                                   change: dict[str, object]) -> None:
    # A hand-edited manifest with a wrong type is refused like any other bad backup
    # (BackupError), not an AttributeError/TypeError escaping to the caller.
    _fill(database)
    info = bk.create_backup(database, tmp_path / "backups")
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    for key, value in change.items():
        if isinstance(value, dict):
            manifest[key].update(value)
        else:
            manifest[key] = value
    bad = tmp_path / "bad.vkbak"
    _rewrite_zip(info.path, bad, {"manifest.json": json.dumps(manifest).encode()})
    with pytest.raises(bk.BackupError, match="Berkas cadangan tidak dapat dipakai"):
        bk.verify_backup(bad)


def test_cli_backup_and_restore(database: Database, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    from tests.db.factories import TEST_PASSWORD, as_user, cli_login

    _fill(database)
    as_user(database, "admin")
    database.dispose()
    url = database.url.render_as_string()
    out = tmp_path / "manual.vkbak"
    assert main(["backup", "--out", str(out), "--db", url]) == 3  # no login
    login = cli_login(monkeypatch, "admin", TEST_PASSWORD)
    assert main(["backup", "--out", str(out), "--db", url, *login]) == 0
    assert "terverifikasi" in capsys.readouterr().out
    assert _mode(out) == 0o600
    assert main(["restore", str(out), "--check-only", "--db", url]) == 0
    assert "KRJ" in capsys.readouterr().out
    assert main(["restore", str(out), "--db", url, *login]) == 0
    assert "dipulihkan" in capsys.readouterr().out


def _corrupt_a_page(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db_file.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 64)


def test_corrupted_database_is_detected_read_only_and_backup_offered(
        database: Database, tmp_path: Path) -> None:
    _fill(database)
    folder = tmp_path / "backups"
    older = bk.create_backup(database, folder, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    newest = bk.create_backup(database, folder, clock=lambda: datetime(2026, 11, 2, tzinfo=UTC))
    # An even newer, damaged backup must be skipped in favour of the newest good one.
    damaged = folder / "vokasi-20261103-000000-exit.vkbak"
    damaged.write_bytes(b"garbage")
    assert bk.check_at_startup(database.url, folder).ok
    database.dispose()
    db_file = Path(database.url.database or "")
    _corrupt_a_page(db_file)
    snapshot = {p.name: p.read_bytes() for p in db_file.parent.iterdir() if p.is_file()}

    check = bk.check_at_startup(database.url, folder)
    assert not check.ok and check.problem
    assert check.newest_backup is not None and check.newest_backup.path == newest.path
    assert older.path != newest.path
    after = {p.name: p.read_bytes() for p in db_file.parent.iterdir() if p.is_file()}
    assert after == snapshot  # nothing written, no -wal/-shm created

    bk.restore_backup(database.url, check.newest_backup.path)
    assert bk.check_at_startup(database.url, folder).ok
    db2 = open_database(database.url)
    try:
        with db2.read() as session:
            session.execute(select(func.count()).select_from(Member)).scalar_one()
    finally:
        db2.dispose()


def test_startup_check_without_backup_offers_none(tmp_path: Path) -> None:
    db_file = tmp_path / "bad.sqlite3"
    db_file.write_bytes(b"this is not a database" * 100)
    from vokasi_desktop.db.engine import resolve_url

    check = bk.check_at_startup(resolve_url(str(db_file)), tmp_path / "none")
    assert not check.ok and check.newest_backup is None
    assert db_file.read_bytes() == b"this is not a database" * 100


def test_second_instance_is_refused(tmp_path: Path) -> None:
    db_file = tmp_path / "vokasi.sqlite3"
    with InstanceLock(db_file):
        with pytest.raises(DatabaseInUseError, match="sudah berjalan"):
            InstanceLock(db_file).acquire()
        # Another process is refused as well (the lock is the OS's, not this object's).
        code = ("import sys; from pathlib import Path; "
                "from vokasi_desktop.db.engine import InstanceLock, DatabaseInUseError\n"
                "try:\n    InstanceLock(Path(sys.argv[1])).acquire()\n"
                "except DatabaseInUseError:\n    sys.exit(3)\n")
        assert subprocess.run([sys.executable, "-c", code, str(db_file)]).returncode == 3
    with InstanceLock(db_file):  # released: free again
        pass
    assert _mode(db_file.with_name("vokasi.sqlite3.lock")) == 0o600


def test_restore_refused_while_the_app_runs(database: Database, tmp_path: Path) -> None:
    _fill(database)
    info = bk.create_backup(database, tmp_path / "b")
    with InstanceLock(Path(database.url.database or "")), pytest.raises(DatabaseInUseError):
        bk.restore_backup(database.url, info.path)


def test_database_files_and_folder_modes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "umask", os.umask)  # restore after test
    old = os.umask(0o022)
    try:
        db_file = tmp_path / "data" / "vokasi.sqlite3"
        db = open_database(str(db_file))
        try:
            upgrade_database(db.engine)
            with db.write() as session:
                record(session, "admin", "x", "member", None)
            with db.engine.connect():
                for path in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
                    assert path.exists() and _mode(path) == 0o600, path
            assert _mode(db_file.parent) == 0o700
        finally:
            db.dispose()
        # An existing world-readable database is tightened when opened.
        os.chmod(db_file, 0o644)
        db = open_database(str(db_file))
        try:
            with db.engine.connect():
                pass
        finally:
            db.dispose()
        assert _mode(db_file) == 0o600
    finally:
        os.umask(old)


def test_keep_last_n_and_once_a_day(database: Database, tmp_path: Path) -> None:
    _fill(database)
    folder = tmp_path / "auto"
    clock = Clock(datetime(2026, 11, 28, 1, 0, tzinfo=UTC))
    first = bk.auto_backup(database, folder, when="start", keep=3, clock=clock)
    assert first is not None
    clock.now += timedelta(hours=2)
    assert bk.auto_backup(database, folder, when="start", keep=3, clock=clock) is None
    assert len(bk.list_backups(folder)) == 1
    clock.now += timedelta(minutes=1)
    assert bk.auto_backup(database, folder, when="exit", keep=3, clock=clock) is not None
    clock.now += timedelta(days=1)
    assert bk.auto_backup(database, folder, when="start", keep=3, clock=clock) is not None
    names = []
    for _ in range(3):
        clock.now += timedelta(minutes=5)
        names.append(bk.auto_backup(database, folder, when="exit", keep=3, clock=clock))
    kept = bk.list_backups(folder)
    assert [p.name for p in kept] == [i.path.name for i in reversed(names) if i]
    assert not first.path.exists()


@both_backends
def test_check_consistency_on_both_backends(database: Database) -> None:
    _fill(database)
    with database.read() as session:
        count, head = bk._check_consistency(session, database.private_dir)
    assert count == _audit_count(database) and head


def test_backup_refuses_counter_below_issued_documents(database: Database, tmp_path: Path) -> None:
    from datetime import date

    from sqlalchemy import update

    from tests.db.factories import TODAY, add_class, add_institution, add_member
    from vokasi_desktop.db.models import DocumentSequence
    from vokasi_desktop.services import documents
    from vokasi_desktop.services.enrolment import enrol

    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    e = enrol(database, add_member(database), class_id, "bk-1", as_user(database, "petugas"), on_date=TODAY)
    documents.issue_letter(database, e.id, as_user(database, "petugas"), tmp_path / "a.pdf", on=date(2026, 11, 28))
    assert bk.create_backup(database, tmp_path / "ok").audit_entries > 0
    # A counter set back (an edited or half-restored database) would reissue a number.
    with database.write() as session:
        session.execute(update(DocumentSequence).values(last_value=0))
    with pytest.raises(bk.BackupError, match="Penghitung nomor dokumen"):
        bk.create_backup(database, tmp_path / "bad")
    assert bk.list_backups(tmp_path / "bad") == []
    assert not [p for p in (tmp_path / "bad").iterdir()]  # no half-written file left behind


def test_same_second_backups_do_not_overwrite_and_stale_temp_files_go(
        database: Database, tmp_path: Path) -> None:
    _fill(database)
    folder = tmp_path / "b"
    folder.mkdir()
    stale, fresh = folder / ".vokasi-abc.tmp", folder / ".vokasi-def.tmp"
    stale.write_bytes(b"half a backup from before a power cut")
    fresh.write_bytes(b"another process is writing this one")
    old = datetime(2026, 1, 1).timestamp()
    os.utime(stale, (old, old))
    at = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
    one = bk.create_backup(database, folder, clock=lambda: at)
    two = bk.create_backup(database, folder, clock=lambda: at)
    assert one.path != two.path and one.path.exists() and two.path.exists()
    assert not stale.exists() and fresh.exists()
    assert len(bk.list_backups(folder)) == 2


def test_backup_from_a_newer_app_is_not_restored(database: Database, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _fill(database)
    database.dispose()
    with database.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    info = bk.create_backup(database, tmp_path / "b")
    database.dispose()
    db_file = Path(database.url.database or "")
    before = db_file.read_bytes()
    assert main(["restore", str(info.path), "--db", str(db_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Kesalahan: Cadangan ini dibuat oleh versi aplikasi yang lebih baru")
    assert db_file.read_bytes() == before and not list(tmp_path.glob("*.replaced-*"))


def test_interrupted_restore_loses_nothing_and_can_be_repeated(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(database)
    info = bk.create_backup(database, tmp_path / "b")
    with database.write() as session:  # committed after the backup, still in the -wal
        record(session, "admin", "after", "member", None)
    newest = _audit_count(database)
    database.dispose()
    db_file = Path(database.url.database or "")
    real_replace = os.replace

    def power_cut(src: object, dst: object) -> None:
        if Path(str(dst)) == db_file:  # dies just before the new file takes the name
            raise KeyboardInterrupt("power cut")
        real_replace(src, dst)

    monkeypatch.setattr(bk.os, "replace", power_cut)
    with pytest.raises(KeyboardInterrupt):
        bk.restore_backup(database.url, info.path)
    monkeypatch.setattr(bk.os, "replace", real_replace)
    # The live name still holds the old database, complete (its -wal was checkpointed first).
    assert bk.check_at_startup(database.url, tmp_path / "b").ok
    db2 = open_database(database.url)
    try:
        assert _audit_count(db2) == newest
    finally:
        db2.dispose()
    assert not [p for p in db_file.parent.iterdir() if p.name.startswith(".vokasi-restore-")]
    # Running the restore again completes it.
    bk.restore_backup(database.url, info.path)
    db3 = open_database(database.url)
    try:
        assert _audit_count(db3) == newest - 1
    finally:
        db3.dispose()
