"""SQLite connections are pooled (no new connection per service call), yet a database file
replaced on disk (restore, copy) is never served by a connection to the old file."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, text

from vokasi_desktop.db.engine import open_database


def _count_connects(db: object) -> list[int]:
    opened: list[int] = []
    event.listen(db.engine, "connect", lambda *_: opened.append(1))  # type: ignore[attr-defined]
    return opened


def test_sqlite_reuses_connections_between_sessions(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "pool.sqlite3"))
    try:
        opened = _count_connects(db)
        for _ in range(20):
            with db.read() as session:
                session.execute(text("SELECT 1")).scalar_one()
        with db.write() as session:
            session.execute(text("CREATE TABLE t (x INTEGER)"))
        with db.read() as session:
            session.execute(text("SELECT count(*) FROM t")).scalar_one()
        assert len(opened) == 1
        # The PRAGMAs of the connect event hold on the reused connection.
        with db.read() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert session.execute(text("PRAGMA secure_delete")).scalar_one() == 1
    finally:
        db.dispose()


def test_pooled_connection_is_usable_from_another_thread(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "pool.sqlite3"))
    try:
        with db.write() as session:
            session.execute(text("CREATE TABLE t (x INTEGER)"))
        seen: list[int] = []

        def worker() -> None:
            with db.write() as session:
                session.execute(text("INSERT INTO t VALUES (1)"))
            with db.read() as session:
                seen.append(session.execute(text("SELECT count(*) FROM t")).scalar_one())

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert seen == [1]
    finally:
        db.dispose()


def _make_file(path: Path, value: str) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.execute("INSERT INTO t VALUES (?)", (value,))
    con.commit()
    con.close()


def test_replaced_database_file_is_not_served_by_a_stale_connection(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    _make_file(path, "old")
    db = open_database(str(path))
    try:
        with db.read() as session:
            assert session.execute(text("SELECT x FROM t")).scalar_one() == "old"
        replacement = tmp_path / "new.sqlite3"
        _make_file(replacement, "new")
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(replacement, path)
        with db.read() as session:
            assert session.execute(text("SELECT x FROM t")).scalar_one() == "new"
    finally:
        db.dispose()


def test_connection_returns_to_the_pool_with_foreign_keys_on(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "pool.sqlite3"))
    try:
        with db.engine.connect() as conn:  # what the SQLite migration does on its connection
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
        opened = _count_connects(db)
        with db.read() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert opened == []  # the same, reused connection
    finally:
        db.dispose()


@pytest.mark.parametrize("new_db_url", ["postgresql"], indirect=True)
def test_postgresql_replaces_a_connection_killed_while_idle(new_db_url: str,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             ) -> None:
    """No ping before every checkout (a round trip per read), but a pooled connection idle
    for ``PG_PING_AFTER_IDLE_S`` is pinged and, when the server dropped it, replaced."""
    from vokasi_desktop.db import engine as engine_module

    db = open_database(new_db_url)
    try:
        pings: list[int] = []
        original = db.engine.dialect.do_ping

        def counting_ping(dbapi_connection: object) -> bool:
            pings.append(1)
            return original(dbapi_connection)

        monkeypatch.setattr(db.engine.dialect, "do_ping", counting_ping)
        with db.read() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        for _ in range(5):  # used moments ago: no ping
            with db.read() as session:
                assert session.execute(text("SELECT pg_backend_pid()")).scalar_one() == pid
        assert pings == []
        admin = open_database(new_db_url)
        try:
            with admin.read() as session:
                assert session.execute(text("SELECT pg_terminate_backend(:p)"),
                                       {"p": pid}).scalar_one()
        finally:
            admin.dispose()
        monkeypatch.setattr(engine_module, "PG_PING_AFTER_IDLE_S", 0.0)
        with db.read() as session:  # the dead connection is noticed and replaced
            assert session.execute(text("SELECT pg_backend_pid()")).scalar_one() != pid
        assert pings
    finally:
        db.dispose()
