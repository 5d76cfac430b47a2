"""The counter's lookups on PostgreSQL: no transaction round trips, prepared statements, and a
lookup session that refuses to write (issue 12: PostgreSQL within 2x of SQLite).

Round trips are counted from libpq's protocol trace of the pooled connection: every message
that makes the client wait for the server (a simple ``Query`` or the ``Sync`` closing an
extended-protocol statement) is one round trip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import StatementError

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, setup_branch
from vokasi_desktop.db.engine import Database, LookupWriteError
from vokasi_desktop.db.models import Member
from vokasi_desktop.services.enrolment import check_eligibility, eligible_classes
from vokasi_desktop.services.members import find_member

pg_only = pytest.mark.parametrize("new_db_url", ["postgresql"], indirect=True)


class Trace:
    """libpq's trace of every connection the engine opens, read back per call."""

    def __init__(self, db: Database, path: Path) -> None:
        import psycopg

        self.path = path
        self.fh = path.open("w")
        self._psycopg = psycopg
        self.traced: list[object] = []
        event.listen(db.engine, "connect", self._on_connect)
        db.engine.dispose()  # every connection from now on is traced

    def _on_connect(self, dbapi_connection: object, _record: object) -> None:
        pgconn = dbapi_connection.pgconn  # type: ignore[attr-defined]
        pgconn.trace(self.fh.fileno())
        pgconn.set_trace_flags(self._psycopg.pq.Trace.SUPPRESS_TIMESTAMPS
                               | self._psycopg.pq.Trace.REGRESS_MODE)
        self.traced.append(pgconn)

    def messages(self, fn: object) -> list[str]:
        """The frontend messages ``fn()`` sent."""
        self.fh.flush()
        start = self.path.stat().st_size
        fn()  # type: ignore[operator]
        self.fh.flush()
        with self.path.open() as fh:
            fh.seek(start)
            lines = fh.read().splitlines()
        return [line.split("\t", 2)[2] for line in lines if line.startswith("F\t")]

    @staticmethod
    def round_trips(messages: list[str]) -> int:
        return sum(1 for m in messages if m.startswith(("Query", "Sync")))

    def close(self) -> None:
        for pgconn in self.traced:
            pgconn.untrace()  # type: ignore[attr-defined]
        self.fh.close()


@pytest.fixture
def traced(database: Database, tmp_path: Path) -> Iterator[Trace]:
    trace = Trace(database, tmp_path / "libpq.trace")
    try:
        yield trace
    finally:
        database.dispose()
        trace.close()


def _member_and_class(db: Database) -> tuple[Member, int]:
    setup_branch(db)
    class_id = add_class(db, add_institution(db))
    member_id = add_member(db)
    with db.read() as session:
        member = session.get(Member, member_id)
        assert member is not None
    return member, class_id


@pg_only
def test_find_member_is_one_round_trip_without_begin_or_rollback(database: Database,
                                                                  traced: Trace) -> None:
    member, _ = _member_and_class(database)
    assert find_member(database, member.nik) is not None  # warm: mappers, compiled cache
    sent = traced.messages(lambda: find_member(database, member.nik))
    assert traced.round_trips(sent) == 1, sent
    assert not [m for m in sent if m.startswith("Query")], sent  # no BEGIN, no ROLLBACK
    sent = traced.messages(lambda: find_member(database, member.kpj or ""))
    assert traced.round_trips(sent) == 1, sent


@pg_only
def test_repeated_lookups_use_a_server_prepared_statement(database: Database,
                                                          traced: Trace) -> None:
    """psycopg prepares a statement after a few executions on one connection, unless a
    ROLLBACK in between clears its cache (what every read transaction used to end with)."""
    member, _ = _member_and_class(database)
    for _ in range(8):
        find_member(database, member.nik)
    sent = traced.messages(lambda: find_member(database, member.nik))
    assert not [m for m in sent if m.startswith("Parse")], sent  # no parsing or planning
    assert [m for m in sent if m.startswith("Bind") and '"_pg3_' in m], sent


@pg_only
def test_eligibility_check_sends_no_transaction_commands(database: Database,
                                                         traced: Trace) -> None:
    member, class_id = _member_and_class(database)
    on = TODAY
    check_eligibility(database, member.id, class_id, on)
    sent = traced.messages(lambda: check_eligibility(database, member.id, class_id, on))
    assert not [m for m in sent if m.split()[0] == "Query"
                and m.split()[1].strip('"') in ("BEGIN", "ROLLBACK", "COMMIT")], sent
    assert traced.round_trips(sent) <= CHECK_ROUND_TRIPS, sent
    sent = traced.messages(lambda: eligible_classes(database, member.id, on))
    assert not [m for m in sent if '"BEGIN"' in m or '"ROLLBACK"' in m], sent


#: Statements of one member + class eligibility check on PostgreSQL (was 8 + BEGIN + ROLLBACK: 10 round trips).
CHECK_ROUND_TRIPS = 3


@both_backends
def test_a_lookup_session_never_keeps_a_write(database: Database) -> None:
    """Lookups run without a transaction on PostgreSQL, so a write there would be committed
    at once: every write statement and row lock is refused before it reaches the server. On
    SQLite a lookup is a read transaction, rolled back at its end."""
    member, _ = _member_and_class(database)
    on_pg = not database.is_sqlite

    def attempt(fn: Callable[[], object]) -> None:
        if on_pg:
            with pytest.raises((LookupWriteError, StatementError)) as refused:
                fn()
            assert isinstance(refused.value, LookupWriteError) or isinstance(
                getattr(refused.value, "orig", None), LookupWriteError)
        else:
            fn()

    with database.lookup() as session:
        attempt(lambda: session.execute(text("UPDATE member SET name = 'X' WHERE id = :i"),
                                        {"i": member.id}))
    with database.lookup() as session:
        m = session.get(Member, member.id)
        assert m is not None
        m.name = "Changed In A Lookup"
        attempt(session.flush)
    with database.lookup_connection() as conn:
        attempt(lambda: conn.execute(text("UPDATE member SET name = 'Y' WHERE id = :i"),
                                     {"i": member.id}))
    if on_pg:
        with database.lookup_connection() as conn:
            attempt(lambda: conn.execute(
                text("SELECT id FROM member WHERE id = :i FOR UPDATE"), {"i": member.id}))
    with database.read() as session:
        assert session.get(Member, member.id).name == member.name  # type: ignore[union-attr]


def test_read_only_statement_recogniser() -> None:
    from vokasi_desktop.db.engine import is_read_only_sql

    assert is_read_only_sql("SELECT member.id FROM member WHERE member.nik = %(key)s")
    assert is_read_only_sql("  with t as (select 1) select * from t")
    assert is_read_only_sql("SELECT updated_at, deleted FROM x")  # words inside names are fine
    for sql in ("UPDATE member SET name = 'x'", "insert into t values (1)", "DELETE FROM t",
                "SELECT id FROM member FOR UPDATE", "SELECT 1 FOR SHARE",
                "SELECT 1 FOR NO KEY UPDATE", "WITH d AS (DELETE FROM t RETURNING *) SELECT 1",
                "SELECT * INTO t2 FROM t", "CREATE TABLE t (x int)", "TRUNCATE t",
                "LOCK TABLE t", "SET x = 1", "BEGIN"):
        assert not is_read_only_sql(sql), sql


@both_backends
def test_a_lookup_sees_what_another_session_just_committed(database: Database) -> None:
    member, _ = _member_and_class(database)
    with database.lookup_connection() as conn:
        assert conn.execute(text("SELECT name FROM member WHERE id = :i"),
                            {"i": member.id}).scalar_one() == member.name
    with database.write() as session:
        session.execute(text("UPDATE member SET name = 'Nama Baru' WHERE id = :i"),
                        {"i": member.id})
    with database.lookup_connection() as conn:
        assert conn.execute(text("SELECT name FROM member WHERE id = :i"),
                            {"i": member.id}).scalar_one() == "Nama Baru"
    assert find_member(database, member.nik).name == "Nama Baru"  # type: ignore[union-attr]


@pg_only
def test_writes_still_run_in_a_transaction(database: Database, traced: Trace) -> None:
    """The write path keeps BEGIN ... COMMIT (locking semantics unchanged)."""
    member, _ = _member_and_class(database)

    def write() -> None:
        with database.write() as session:
            session.execute(text("SELECT id FROM member WHERE id = :i FOR UPDATE"),
                            {"i": member.id})

    sent = traced.messages(write)
    assert sent[0].startswith("Query") and "BEGIN" in sent[0], sent
    assert "COMMIT" in sent[-1], sent


@both_backends
def test_the_one_statement_check_still_names_what_is_missing(database: Database) -> None:
    """Member, spans and branch code come from one statement now: a missing member, class or
    branch profile is still told apart, in that order."""
    from vokasi_desktop.services.errors import NotFoundError

    with pytest.raises(NotFoundError) as missing:
        check_eligibility(database, 987654, None, TODAY)
    assert missing.value.code == "member_missing"
    member, class_id = _member_and_class(database)
    with pytest.raises(NotFoundError) as missing:
        check_eligibility(database, member.id, 987654, TODAY)
    assert missing.value.code == "class_missing"
    with database.write() as session:
        session.execute(text("UPDATE branch SET is_local = :f"), {"f": False})
    with pytest.raises(NotFoundError) as missing:
        check_eligibility(database, member.id, class_id, TODAY)
    assert missing.value.code == "branch_missing"


@both_backends
def test_the_check_counts_every_contribution_span(database: Database) -> None:
    """The spans now arrive joined to the member row: with several spans the check gives the
    same outcomes as the path that reads them separately (the enrolment's)."""
    from tests.db.factories import as_user
    from vokasi_desktop.services import members as members_service
    from vokasi_desktop.services.enrolment import evaluate_with_session

    setup_branch(database)
    member_id = add_member(database, months=3)
    members_service.add_contribution_period(database, member_id, date(2026, 1, 1),
                                            date(2026, 6, 1), as_user(database, "supervisor"),
                                            "head_office")
    members_service.add_contribution_period(database, member_id, date(2025, 1, 1),
                                            date(2025, 9, 1), as_user(database, "supervisor"),
                                            "head_office")
    checked = check_eligibility(database, member_id, None, TODAY).result
    with database.read() as session:
        m = session.get(Member, member_id)
        assert m is not None
        separate, _ = evaluate_with_session(session, m, None, TODAY, frozenset())
    assert checked.outcomes == separate.outcomes
    paid = [o.figures["paid_months"] for o in checked.outcomes if "paid_months" in o.figures]
    assert paid and paid[0] > 3
