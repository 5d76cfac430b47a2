"""The injected clock: services take "today" and "now" from the database's clock, never the system."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl

from tests.conftest import both_backends
from tests.db.factories import add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.domain.clock import SYSTEM_CLOCK, FixedClock
from vokasi_desktop.services.enrolment import check_eligibility
from vokasi_desktop.services.reports import ExportRequest, export

AS_OF = date(2027, 3, 15)


def _texts(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def test_open_database_takes_the_composition_roots_clock(tmp_path: Path) -> None:
    clock = FixedClock.on(AS_OF)
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}", clock=clock)
    try:
        assert db.clock is clock and db.clock.today() == AS_OF
    finally:
        db.dispose()
    plain = open_database(f"sqlite:///{tmp_path / 'y.sqlite3'}")
    try:
        assert plain.clock is SYSTEM_CLOCK
    finally:
        plain.dispose()


@both_backends
def test_reports_are_dated_by_the_clock(database: Database, tmp_path: Path) -> None:
    db = replace(database, clock=FixedClock.on(AS_OF))
    setup_branch(db)
    add_institution(db)
    out = tmp_path / "lembaga.xlsx"
    export(db, ExportRequest(kind="institutions", principal=as_user(db, "petugas")), out)
    texts = _texts(out)
    assert "Per 15/03/2027" in texts
    assert any(t.startswith("Dibuat: 15/03/2027 ") for t in texts), texts[:6]
    # The register with no dates runs from 1 January of the clock's year to its today.
    reg = tmp_path / "agenda.xlsx"
    export(db, ExportRequest(kind="register", principal=as_user(db, "petugas")), reg)
    assert "Periode 01/01/2027 s.d. 15/03/2027" in _texts(reg)


@both_backends
def test_eligibility_is_evaluated_as_of_the_clock(database: Database) -> None:
    setup_branch(database, year=2027)
    member_id = add_member(database)
    for day in (date(2026, 11, 28), AS_OF):
        db = replace(database, clock=FixedClock.on(day))
        assert check_eligibility(db, member_id).result.checked_on == day
