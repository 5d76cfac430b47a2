"""The CHECK constraints built from the vocabulary say exactly what the migrations created.

Alembic's autogenerate does not compare CHECK constraints, so this test reads the SQL of a
freshly migrated SQLite database: every ``x IN (...)`` of the models must be in it verbatim
(a vocabulary change then needs a migration, never a silent difference).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import CheckConstraint, text

from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.db.models import Base


def test_model_checks_match_the_migrated_schema(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'v.sqlite'}")
    try:
        upgrade_database(db.engine)
        with db.engine.connect() as conn:
            schema = dict(conn.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'")).all())
    finally:
        db.dispose()
    checked = 0
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            if isinstance(constraint, CheckConstraint) and " IN (" in str(constraint.sqltext):
                assert str(constraint.sqltext) in schema[table.name], (table.name, constraint)
                checked += 1
    assert checked >= 12
