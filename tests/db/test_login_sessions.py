"""Login sessions: last_seen_at kept current (cheaply), idle sessions expire, stale ones end."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.event import listen, remove

from tests.conftest import both_backends
from tests.db.factories import as_role, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, LoginSession
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain.access import PermissionDenied, Principal
from vokasi_desktop.services import setup
from vokasi_desktop.services.auth import (
    LAST_SEEN_RESOLUTION,
    SESSION_IDLE_LIMIT,
    end_stale_sessions,
)


def _seen(db: Database, p: Principal) -> LoginSession:
    with db.read() as s:
        row = s.get(LoginSession, p.session_id)
        assert row is not None
        return row


def _age(db: Database, p: Principal, by: timedelta) -> None:
    """Move the session's last use ``by`` into the past (as if that much time went by)."""
    with db.write() as s:
        s.execute(update(LoginSession).where(LoginSession.id == p.session_id)
                  .values(last_seen_at=utcnow() - by))


def _act(db: Database, p: Principal, value: int = 1) -> None:
    setup.set_setting(db, "x", value, principal=p)


@both_backends
def test_last_seen_is_updated_at_most_once_a_minute(database: Database) -> None:
    setup_branch(database)
    admin = as_role(database, "admin")
    _age(database, admin, timedelta(minutes=5))
    before = _seen(database, admin).last_seen_at
    _act(database, admin)
    after = _seen(database, admin).last_seen_at
    assert after > before + timedelta(minutes=4)
    # Within the minute: no write of the session row at all.
    updates: list[str] = []

    def count(conn: Connection, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("UPDATE LOGIN_SESSION"):
            updates.append(statement)

    listen(database.engine, "before_cursor_execute", count)
    try:
        for i in range(5):
            _act(database, admin, i)
    finally:
        remove(database.engine, "before_cursor_execute", count)
    assert updates == []
    assert _seen(database, admin).last_seen_at == after
    assert timedelta(minutes=1) >= LAST_SEEN_RESOLUTION


@both_backends
def test_an_idle_session_expires_and_is_refused(database: Database) -> None:
    setup_branch(database)
    admin = as_role(database, "admin")
    _age(database, admin, SESSION_IDLE_LIMIT - timedelta(minutes=5))
    _act(database, admin)  # still live: used, and seen again
    assert utcnow() - _seen(database, admin).last_seen_at < timedelta(minutes=1)
    _age(database, admin, SESSION_IDLE_LIMIT + timedelta(minutes=1))
    with pytest.raises(PermissionDenied) as info:
        _act(database, admin, 2)
    assert info.value.session_problem == "session_expired"
    assert info.value.code == "session_invalid"
    with database.read() as s:
        assert s.get(LoginSession, admin.session_id).ended_at is not None  # type: ignore[union-attr]
        denied = s.execute(select(AuditEntry).where(AuditEntry.action == "access.denied")
                           ).scalar_one()
        assert denied.detail["session_problem"] == "session_expired"
        assert setup.get_setting(database, "x") == 1  # type: ignore[arg-type]


@both_backends
def test_stale_sessions_end_at_the_next_start(database: Database) -> None:
    setup_branch(database)
    stale, live = as_role(database, "admin"), as_role(database, "supervisor")
    _age(database, stale, SESSION_IDLE_LIMIT + timedelta(hours=1))
    _age(database, live, SESSION_IDLE_LIMIT - timedelta(hours=1))
    assert end_stale_sessions(database) == 1
    assert end_stale_sessions(database) == 0  # idempotent
    assert _seen(database, stale).ended_at is not None
    assert _seen(database, live).ended_at is None
    with database.read() as s:
        entries = s.execute(select(AuditEntry).where(
            AuditEntry.action == "user.session_expired")).scalars().all()
        assert [e.actor for e in entries] == [stale.username]
        assert s.execute(select(func.count(LoginSession.id)).where(
            LoginSession.ended_at.is_(None))).scalar_one() >= 1
    with pytest.raises(PermissionDenied):
        _act(database, stale)


def test_touch_gives_up_quickly_while_another_writer_holds_the_lock(database: Database) -> None:
    """SQLite: a long write elsewhere must not stall a check for the 30 s busy timeout."""
    import time

    from vokasi_desktop.services.auth import TOUCH_BUSY_MS, touch_session

    setup_branch(database)
    admin = as_role(database, "admin")
    _age(database, admin, timedelta(minutes=5))
    with database.write() as s:  # holds the write lock (BEGIN IMMEDIATE) meanwhile
        s.execute(update(LoginSession).where(LoginSession.id == "-").values(role="x"))
        started = time.monotonic()
        assert touch_session(database, admin) is False
        assert time.monotonic() - started < 10 * TOUCH_BUSY_MS / 1000
    assert touch_session(database, admin) is True  # lock free again: written
    _act(database, admin)  # and the pool's connection has its normal busy timeout back
    with database.engine.connect() as conn:
        for _ in range(3):
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
