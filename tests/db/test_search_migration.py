"""Migration 0002_search: rows that existed before it are searchable after it (back-fill)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tests.conftest import both_backends
from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.migrate import _config, current_revision, head_revision, upgrade_database
from vokasi_desktop.services import browse
from vokasi_desktop.services.browse import MemberFilter
from vokasi_desktop.services.demo import fill_demo


@both_backends
def test_existing_members_are_back_filled_into_the_search_index(new_db_url: str) -> None:
    db = open_database(new_db_url)
    try:
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001_initial")
        assert current_revision(db.engine) == "0001_initial"
        fill_demo(db, members=150, seed=3)  # bulk inserts before the search objects exist
        with db.read() as session:
            name = session.execute(text("SELECT name FROM member ORDER BY id LIMIT 1")).scalar()
        upgrade_database(db.engine, backup=False)
        assert current_revision(db.engine) == head_revision()  # 0002_search and any later
        word = name.split()[0]
        found = browse.member_ids(db, MemberFilter(text=word))
        assert found, "members inserted before 0002 must be found"
        names = [r.name.upper().split() for r in browse.member_rows(db, list(found))]
        assert all(any(w.startswith(word.upper()) for w in ws) for ws in names)
        if db.is_sqlite:
            with db.engine.connect() as conn:
                indexed = conn.execute(text("SELECT count(*) FROM member_fts")).scalar()
                triggers = conn.execute(text(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE 'member_fts_%'")).scalar()
            assert indexed == 150 and triggers == 3
        else:
            indexes = {ix["name"] for ix in inspect(db.engine).get_indexes("member")}
            assert indexes & {"ix_member_name_norm_trgm", "ix_member_name_norm_trgm_fallback"}
        # And back down: the search objects go away cleanly.
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001_initial")
        if db.is_sqlite:
            with db.engine.connect() as conn:
                left = conn.execute(text(
                    "SELECT count(*) FROM sqlite_master WHERE name LIKE 'member_fts%'")).scalar()
            assert left == 0
    finally:
        db.dispose()
