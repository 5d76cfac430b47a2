"""Audit trail: no fork under concurrent writers; every kind of tampering detected; failed logins.

Tamper tests play an attacker who can write the database but not the private folder: edit,
delete, reorder, truncate the tail, recompute the whole chain (SHA-256 is public; the
checkpoint key is not).
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.conftest import both_backends
from tests.db.factories import setup_branch
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.models import AuditEntry
from vokasi_desktop.services import audit
from vokasi_desktop.services.auth import AuthError, authenticate, create_user

WORKERS = 4
PER_WORKER = 15


def _append_worker(url: str, data_dir: str, worker: int, start_at: float) -> None:
    import os

    os.environ["VOKASI_DATA_DIR"] = data_dir
    db = open_database(url)
    try:
        while time.time() < start_at:
            time.sleep(0.005)
        for i in range(PER_WORKER):
            with db.write() as session:
                audit.record(session, f"loket{worker}", "test.append", "test", None, i=i)
    finally:
        db.dispose()


@both_backends
def test_concurrent_appends_from_several_processes_never_fork(database: Database) -> None:
    import os

    url = database.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    start_at = time.time() + 3.0
    procs = [ctx.Process(target=_append_worker,
                         args=(url, os.environ["VOKASI_DATA_DIR"], w, start_at))
             for w in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * WORKERS
    with database.read() as s:
        rows = s.execute(select(AuditEntry.seq, AuditEntry.prev_hash)
                         .order_by(AuditEntry.id)).all()
    assert len(rows) == WORKERS * PER_WORKER
    assert len({r.prev_hash for r in rows}) == len(rows), "two entries share a parent (fork)"
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    report = audit.verify(database)
    assert report.ok, report.message
    assert report.count == len(rows) and report.checkpoint_seq == len(rows)


@both_backends
def test_prev_hash_is_unique_in_the_schema(database: Database) -> None:
    with database.write() as s:
        audit.record(s, "a", "x", "t")
    with database.engine.connect() as conn:
        row = conn.execute(text("SELECT seq, prev_hash, hash FROM audit_entry")).one()
        with pytest.raises(Exception, match=r"(?i)unique"):
            conn.execute(text(
                "INSERT INTO audit_entry (seq, at, actor, action, entity, detail, prev_hash, "
                "hash) VALUES (99, CURRENT_TIMESTAMP, 'b', 'x', 't', '{}', :p, :h)"),
                {"p": row.prev_hash, "h": "f" * 64})


def _world(db: Database, extra: int = 8) -> list[int]:
    setup_branch(db)
    for i in range(extra):
        with db.write() as s:
            audit.record(s, "petugas", "test.entry", "test", None, i=i)
    with db.read() as s:
        return list(s.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars())


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


@both_backends
def test_intact_chain_verifies(database: Database) -> None:
    ids = _world(database)
    report = audit.verify(database)
    assert report.ok and report.problem is None
    assert report.count == len(ids) and report.checkpoint_seq == len(ids)
    assert (database.private_dir / audit.CHECKPOINT_FILE).is_file()
    assert (database.private_dir / audit.AUDIT_KEY_FILE).stat().st_mode & 0o077 == 0


@both_backends
def test_edited_entry_is_detected(database: Database) -> None:
    ids = _world(database)
    _sql(database, "UPDATE audit_entry SET actor = 'orang-lain' WHERE id = :i", i=ids[4])
    report = audit.verify(database)
    assert not report.ok and report.problem == "edited" and report.broken_at == ids[4]
    assert f"#{ids[4]}" in report.message and "diubah" in report.message


@both_backends
def test_deleted_entry_is_detected(database: Database) -> None:
    ids = _world(database)
    _sql(database, "DELETE FROM audit_entry WHERE id = :i", i=ids[4])
    report = audit.verify(database)
    assert report.problem == "deleted" and report.broken_at == ids[5]
    assert "dihapus" in report.message


@both_backends
def test_reordered_entries_are_detected(database: Database) -> None:
    ids = _world(database)
    a, b = ids[4], ids[5]
    _sql(database, "UPDATE audit_entry SET id = -1 WHERE id = :a", a=a)
    _sql(database, "UPDATE audit_entry SET id = :a WHERE id = :b", a=a, b=b)
    _sql(database, "UPDATE audit_entry SET id = :b WHERE id = -1", b=b)
    report = audit.verify(database)
    assert report.problem == "reordered" and report.broken_at == a
    assert "Urutan" in report.message


@both_backends
def test_truncated_tail_is_detected(database: Database) -> None:
    ids = _world(database)
    _sql(database, "DELETE FROM audit_entry WHERE id >= :i", i=ids[-3])
    report = audit.verify(database)
    assert report.problem == "truncated"
    assert report.count == len(ids) - 3 and report.checkpoint_seq == len(ids)
    assert "terpotong" in report.message and str(len(ids)) in report.message


def _rehash_everything(db: Database) -> None:
    """The attacker's rewrite: change an entry, recompute every hash from the genesis."""
    with db.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, at, actor, action, entity, entity_uuid, detail "
                                 "FROM audit_entry ORDER BY id")).all()
    with db.write() as s:
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars().all()
        prev = audit.GENESIS
        for entry in entries:
            if entry.action == "test.entry" and entry.detail.get("i") == 2:
                entry.detail = {"i": 2, "diam-diam": True}
            entry.prev_hash = "x" * 60 + f"{entry.id:04d}"  # free the UNIQUE values first
            entry.hash = "y" * 60 + f"{entry.id:04d}"
        s.flush()
        for entry in entries:
            entry.prev_hash = prev
            entry.hash = audit._entry_hash(prev, entry.at.isoformat(timespec="microseconds"),
                                           entry.actor, entry.action, entry.entity,
                                           entry.entity_uuid, entry.detail)
            prev = entry.hash
            s.flush()
    assert rows  # the table was not empty


@both_backends
def test_rehashed_chain_is_detected(database: Database) -> None:
    _world(database)
    _rehash_everything(database)
    # Without the key the chain itself looks perfect ...
    with database.read() as s:
        assert audit.verify_chain(s, database.private_dir / "elsewhere").problem == "unanchored"
    # ... but the signed checkpoints outside the database disagree.
    report = audit.verify(database)
    assert report.problem == "rehashed"
    assert "checkpoint" in report.message and "dihitung ulang" in report.message


@both_backends
def test_forged_checkpoint_line_is_detected(database: Database) -> None:
    ids = _world(database)
    path = database.private_dir / audit.CHECKPOINT_FILE
    last = json.loads(path.read_text().splitlines()[-1])
    last["seq"] = len(ids) - 2
    with path.open("a") as fh:
        fh.write(json.dumps(last) + "\n")
    report = audit.verify(database)
    assert report.problem == "checkpoint_invalid" and "tanda" in report.message


@both_backends
def test_cli_audit_verify_exit_codes(database: Database,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    ids = _world(database)
    url = database.url.render_as_string(hide_password=False)
    assert main(["audit", "verify", "--db", url]) == 0
    assert "utuh" in capsys.readouterr().out
    _sql(database, "DELETE FROM audit_entry WHERE id = :i", i=ids[-1])
    assert main(["audit", "verify", "--db", url]) == 1
    out = capsys.readouterr().out
    assert "TIDAK UTUH" in out and "terpotong" in out
    assert main(["audit", "verify", "--json", "--db", url]) == 1
    assert json.loads(capsys.readouterr().out)["problem"] == "truncated"


def test_startup_check_anchors_an_old_chain_once(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'v.sqlite3'}")
    try:
        from vokasi_desktop.db.migrate import upgrade_database

        upgrade_database(db.engine)
        _world(db)
        # An old installation: the chain exists, the private folder does not.
        import shutil

        shutil.rmtree(db.private_dir)
        with db.read() as s:
            assert audit.verify_chain(s).problem == "unanchored"
        assert audit.startup_check(db).ok
        assert not audit.anchor(db)  # never re-anchored once the key exists
        _sql(db, "DELETE FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)")
        assert audit.startup_check(db).problem == "truncated"
    finally:
        db.dispose()


@both_backends
def test_failed_logins_are_audited_without_password_or_unknown_name(database: Database) -> None:
    with database.write() as s:
        create_user(s, "budi", "Budi Santoso", "clerk", "kata-sandi-benar")
    with pytest.raises(AuthError):
        authenticate(database, "budi", "salah-sekali-123")
    with pytest.raises(AuthError):
        authenticate(database, "rahasia-yang-salah-ketik", "apa-saja-456")
    with database.read() as s:
        rows = s.execute(select(AuditEntry).where(AuditEntry.action == "user.login_failed")
                         .order_by(AuditEntry.id)).scalars().all()
        dump = json.dumps([[r.actor, r.detail] for r in s.execute(select(AuditEntry)).scalars()])
    assert [(r.actor, r.detail["reason"]) for r in rows] == [("budi", "wrong_password"),
                                                             ("-", "unknown_user")]
    assert "salah-sekali" not in dump and "apa-saja" not in dump
    assert "rahasia-yang-salah-ketik" not in dump
    assert audit.verify(database).ok


def test_record_count_is_one_query_cheap(tmp_path: Path) -> None:
    """Appending does not scan the table (the head is read by its unique seq index)."""
    db = open_database(f"sqlite:///{tmp_path / 'v.sqlite3'}")
    try:
        from vokasi_desktop.db.migrate import upgrade_database

        upgrade_database(db.engine)
        started = time.perf_counter()
        for i in range(200):
            with db.write() as s:
                audit.record(s, "a", "bulk", "t", None, i=i)
        elapsed = time.perf_counter() - started
        with db.read() as s:
            assert s.execute(select(func.count(AuditEntry.id))).scalar_one() == 200
        assert audit.verify(db).ok
        print(f"200 audited commits in {elapsed:.2f} s", file=sys.stderr)
    finally:
        db.dispose()





@both_backends
def test_entry_rolled_back_in_a_savepoint_does_not_break_the_chain(database: Database) -> None:
    with database.write() as s:
        audit.record(s, "a", "first", "t")
        savepoint = s.begin_nested()
        audit.record(s, "a", "undone", "t")
        savepoint.rollback()
        audit.record(s, "a", "second", "t")
    with database.read() as s:
        actions = s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars().all()
    assert actions == ["first", "second"]
    assert audit.verify(database).ok


@both_backends
def test_migration_back_fills_the_chain_position_of_existing_entries(database: Database) -> None:
    from alembic import command

    from vokasi_desktop.db.migrate import _config, upgrade_database

    ids = _world(database, extra=5)
    cfg = _config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002_search")
    with database.engine.connect() as conn:
        columns = list(conn.execute(text("SELECT * FROM audit_entry")).keys())
    assert "seq" not in columns
    upgrade_database(database.engine, backup=False)
    with database.read() as s:
        rows = s.execute(select(AuditEntry.id, AuditEntry.seq).order_by(AuditEntry.id)).all()
    assert [r.id for r in rows] == ids and [r.seq for r in rows] == list(range(1, len(ids) + 1))
    assert audit.verify(database).ok
