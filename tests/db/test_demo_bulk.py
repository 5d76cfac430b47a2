"""The demo's bulk load: indexes, FTS triggers and constraints are whole again after it, and a
row that breaks a CHECK constraint fails the fill without leaving anything half-built."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from tests.conftest import both_backends
from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import browse, demo
from vokasi_desktop.services.browse import MemberFilter
from vokasi_desktop.services.errors import ServiceError


def _schema_objects(db: Database) -> set[tuple[str, str]]:
    """Indexes (and on SQLite triggers) of the tables the bulk load writes."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.execute(text(
                "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                "AND tbl_name IN ('member', 'contribution_period')")).all()
        else:
            rows = conn.execute(text(
                "SELECT 'index', indexname FROM pg_indexes "
                "WHERE tablename IN ('member', 'contribution_period')")).all()
    return {(r[0], r[1]) for r in rows}


@both_backends
def test_bulk_load_leaves_indexes_search_and_journal_as_they_were(database: Database) -> None:
    before = _schema_objects(database)
    assert ("index", "ix_member_name_norm_id") in before
    summary = demo.fill_demo(database, members=1200, seed=11)
    assert summary.members == 1200
    assert _schema_objects(database) == before
    with database.engine.connect() as conn:
        name = conn.execute(text("SELECT name FROM member WHERE id = 777")).scalar_one()
        kpjs = conn.execute(text(
            "SELECT kpj FROM member WHERE kpj IS NOT NULL ORDER BY id")).scalars().all()
        if database.is_sqlite:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("SELECT count(*) FROM member_fts").scalar() == 1200
    assert len(set(kpjs)) == len(kpjs)
    word = name.split()[-1]
    found = browse.member_ids(database, MemberFilter(text=word))
    assert 777 in found, "the name search finds members of the bulk load"


def test_a_row_breaking_a_check_fails_the_fill_and_nothing_stays(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _schema_objects(database)
    original = demo._MemberFactory.rows

    def bad_rows(self: Any, first_id: int, stop_id: int) -> Any:
        members, contributions = original(self, first_id, stop_id)
        row = list(members[5])
        row[demo.MEMBER_COLUMNS.index("sex")] = "X"
        members[5] = tuple(row)
        return members, contributions

    monkeypatch.setattr(demo._MemberFactory, "rows", bad_rows)
    with pytest.raises(ServiceError) as info:
        demo.fill_demo(database, members=300, seed=5)
    assert info.value.code == "demo_check"
    assert demo.demo_state(database) == "empty"
    assert _schema_objects(database) == before
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    monkeypatch.undo()
    assert demo.fill_demo(database, members=300, seed=5).members == 300


@both_backends
def test_postgresql_demo_is_vacuumed_so_index_only_scans_skip_the_heap(
        database: Database) -> None:
    """COPY leaves no visibility map: the name search's walk along the name index fetched
    every heap row until autovacuum came by. The demo load ends with VACUUM (ANALYZE)."""
    if database.is_sqlite:
        pytest.skip("PostgreSQL only (SQLite has no visibility map)")
    demo.fill_demo(database, members=1200, seed=3)
    with database.engine.connect() as conn:
        visible, pages = conn.execute(text(
            "SELECT relallvisible, relpages FROM pg_class WHERE oid = 'member'::regclass")).one()
    assert pages > 0 and visible == pages, (visible, pages)
