"""Audit viewer: filters, person search by keyed hash (never the NIK), export, chain intact."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.conftest import both_backends
from tests.db.factories import add_member, setup_branch
from tests.db.test_users import make_user
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, Member
from vokasi_desktop.domain.access import PermissionDenied
from vokasi_desktop.services import audit, audit_view
from vokasi_desktop.services.audit_view import AuditFilter
from vokasi_desktop.services.errors import ValidationError


@both_backends
def test_person_search_filters_and_chain(database: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_branch(database)
    first = add_member(database)
    second = add_member(database)
    auditor = make_user(database, "auditor1", "auditor")
    with database.read() as session:
        nik1 = session.get(Member, first).nik  # type: ignore[union-attr]
        nik2 = session.get(Member, second).nik  # type: ignore[union-attr]
        rows = session.execute(select(AuditEntry)).scalars().all()
        refs = [e.person_ref for e in rows if e.person_ref]
        stored = " ".join(f"{e.detail} {e.person_ref}" for e in rows)
    # Entries about members carry the keyed hash automatically; the NIK is nowhere in the log.
    assert audit.person_ref(database, nik1) in refs
    assert nik1 not in stored and nik2 not in stored
    mine = audit_view.page(database, auditor, AuditFilter(nik=nik1))
    theirs = audit_view.page(database, auditor, AuditFilter(nik=nik2))
    assert mine and theirs and all(r.about_person for r in mine)
    assert {r.seq for r in mine}.isdisjoint({r.seq for r in theirs})
    assert {r.action for r in mine} >= {"member.register", "contribution.add", "member.verify"}
    assert audit_view.count(database, auditor, AuditFilter(nik=nik1)) == len(mine)

    assert {r.action for r in audit_view.page(database, auditor, AuditFilter(action="member."))} \
        == {"member.register", "member.verify"}
    assert audit_view.count(database, auditor, AuditFilter(actor="petugas")) == 2
    today = date.today()
    assert audit_view.count(database, auditor, AuditFilter(date_from=today, date_to=today)) > 0
    assert audit_view.count(database, auditor,
                            AuditFilter(date_to=today - timedelta(days=2))) == 0
    page1 = audit_view.page(database, auditor, AuditFilter(), 0, 3)
    page2 = audit_view.page(database, auditor, AuditFilter(), 3, 3)
    assert [r.seq for r in page1] == sorted((r.seq for r in page1), reverse=True)
    assert page1[-1].seq > page2[0].seq

    result = audit_view.export_xlsx(database, auditor, AuditFilter(nik=nik1),
                                    tmp_path / "audit.xlsx")
    assert result.total_rows == len(mine)
    ws = load_workbook(tmp_path / "audit.xlsx").active
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert nik1 not in text and "member.register" in text

    report = audit_view.chain_status(database, auditor)
    assert report.ok, report.message
    with database.read() as session:
        assert audit.verify_chain(session, database.private_dir).ok


def test_bad_filters_and_refusal(database: Database) -> None:
    auditor = make_user(database, "auditor1", "auditor")
    clerk = make_user(database, "petugas", "clerk")
    with pytest.raises(ValidationError) as err:
        audit_view.page(database, auditor, AuditFilter(nik="12345"))
    assert err.value.field == "nik"
    with pytest.raises(ValidationError):
        audit_view.count(database, auditor,
                         AuditFilter(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)))
    with pytest.raises(PermissionDenied):
        audit_view.page(database, clerk, AuditFilter())


def test_person_ref_tampering_is_detected(database: Database) -> None:
    setup_branch(database)
    add_member(database)
    with database.write() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.person_ref.is_not(None))
                                .limit(1)).scalar_one()
        entry.person_ref = "0" * 64
    with database.read() as session:
        assert not audit.verify_chain(session, database.private_dir).ok
