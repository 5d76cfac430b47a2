"""Every bad file of the import corpus, through the real import into a database: refused with
the same reason at the same row/column, and the database left exactly as it was."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.db.factories import add_class, add_institution, add_member, as_user, setup_branch
from tests.unit.test_xlsx_import import CORPUS, TODAY
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    AuditEntry,
    ContributionPeriod,
    Institution,
    Member,
    TrainingClass,
)
from vokasi_desktop.documents.xlsx_import import ImportFileError
from vokasi_desktop.services.imports import import_file

TABLES = (Member, ContributionPeriod, Institution, TrainingClass, AuditEntry)


def _counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {m.__tablename__: s.execute(select(func.count()).select_from(m)).scalar_one()
                for m in TABLES}


def test_bad_corpus_changes_nothing(database: Database, tmp_path: Path) -> None:
    setup_branch(database)
    add_class(database, add_institution(database))
    add_member(database)
    before = _counts(database)
    assert len(CORPUS) >= 25
    problems: list[str] = []
    for name, case in CORPUS.items():
        path = case.build(tmp_path / f"{name}.xlsx")
        try:
            result = import_file(database, case.kind, path, as_user(database, "supervisor"), today=TODAY,
                                 **dict(case.limits))
        except ImportFileError as err:
            if err.code != case.file_code:
                problems.append(f"{name}: refused as {err.code}, expected {case.file_code}")
            continue
        if case.file_code is not None:
            problems.append(f"{name}: accepted, expected file refusal {case.file_code}")
            continue
        assert case.cell is not None
        row, column, code = case.cell
        if result.committed:
            problems.append(f"{name}: committed")
        if not [e for e in result.errors if (e.row, e.column_letter, e.code) == (row, column, code)]:
            problems.append(f"{name}: no {code} at {column}{row}: {result.errors[:3]}")
        if result.error_report is None or not result.error_report.exists():
            problems.append(f"{name}: no error report")
        if _counts(database) != before:
            problems.append(f"{name}: database changed")
    assert not problems, "\n".join(problems)
    assert _counts(database) == before
