"""Issue dates: today from the clock; a back-date only with a supervisor, a reason, a limit."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.db.factories import (
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_user,
    cli_login,
    setup_branch,
)
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, DocumentRecord
from vokasi_desktop.services import documents
from vokasi_desktop.services.auth import create_user
from vokasi_desktop.services.documents import BackDate
from vokasi_desktop.services.enrolment import enrol
from vokasi_desktop.services.errors import AuthError, ValidationError

PASSWORD = "Rahasia-Supervisor-2026"


def _world(db: Database) -> tuple[int, int]:
    setup_branch(db)
    with db.write() as s:
        create_user(s, "spv", "Supervisor Satu", "supervisor", PASSWORD)
        create_user(s, "loket", "Petugas Loket", "clerk", PASSWORD)
    class_id = add_class(db, add_institution(db))
    member_id = add_member(db, name="Siti")
    return member_id, enrol(db, member_id, class_id, "d-1", as_user(db, "petugas"), on_date=TODAY).id


def test_backdate_rules(database: Database) -> None:
    member_id, enrollment_id = _world(database)
    today = date.today()
    with pytest.raises(ValidationError) as info:
        documents.issue_slip(database, member_id, as_user(database, "petugas"), None, backdate=BackDate(
            today + timedelta(days=1), "Salah", "spv", PASSWORD))
    assert info.value.code == "date_future"
    with pytest.raises(ValidationError) as info:
        documents.issue_slip(database, member_id, as_user(database, "petugas"), None, backdate=BackDate(
            today - timedelta(days=31), "Lupa cetak", "spv", PASSWORD))
    assert info.value.code == "date_too_old"
    with pytest.raises(ValidationError):
        documents.issue_slip(database, member_id, as_user(database, "petugas"), None, backdate=BackDate(
            today - timedelta(days=2), " ", "spv", PASSWORD))
    with pytest.raises(AuthError):
        documents.issue_slip(database, member_id, as_user(database, "petugas"), None, backdate=BackDate(
            today - timedelta(days=2), "Lupa cetak", "spv", "salah-sandi"))
    with pytest.raises(AuthError):
        documents.issue_slip(database, member_id, as_user(database, "petugas"), None, backdate=BackDate(
            today - timedelta(days=2), "Lupa cetak", "loket", PASSWORD))
    # Before the enrolment: refused even with a supervisor.
    with pytest.raises(ValidationError) as info:
        documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, backdate=BackDate(
            today - timedelta(days=3), "Lupa cetak", "spv", PASSWORD))
    assert info.value.code == "date_before_enrolment"
    with database.read() as s:
        assert s.execute(select(DocumentRecord.id)).first() is None
    slip = documents.issue_slip(database, member_id, as_user(database, "petugas"), None, backdate=BackDate(
        today - timedelta(days=2), "Printer rusak", "spv", PASSWORD))
    with database.read() as s:
        rec = s.get(DocumentRecord, slip.id)
        assert rec is not None and rec.payload["qr"]["d"] == (today - timedelta(days=2)).isoformat()
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "document.backdate")
                          ).scalar_one()
        assert "spv" in str(entry.detail) and "Printer rusak" in str(entry.detail)
    # Without a back-date the document is dated today.
    plain = documents.issue_slip(database, member_id, as_user(database, "petugas"), None)
    assert documents.verify(database, plain.qr_text).payload["d"] == today.isoformat()  # type: ignore[index]


def test_cli_date_needs_supervisor(database: Database, new_db_url: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    _member_id, enrollment_id = _world(database)
    base = ["print", "letter", str(enrollment_id), "--out", str(tmp_path / "l.pdf"),
            "--db", new_db_url, *cli_login(monkeypatch, "petugas", "vokasi-petugas")]
    assert main([*base, "--date", "2025-03-15"]) == 2
    assert "--supervisor" in capsys.readouterr().err
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": PASSWORD)
    # far future: the CLI's sane date range refuses it before anything else
    assert main([*base, "--date", "2030-01-01", "--supervisor", "spv", "--reason", "x"]) == 2
    assert "di luar rentang" in capsys.readouterr().err
    # within the range but in the future: the service refuses the back-date
    soon = (date.today() + timedelta(days=30)).isoformat()
    assert main([*base, "--date", soon, "--supervisor", "spv", "--reason", "x"]) == 2
    assert "masa depan" in capsys.readouterr().err
    assert not (tmp_path / "l.pdf").exists()
    assert main(base) == 0
    with database.read() as s:
        d = s.execute(select(DocumentRecord.payload)).scalar_one()["qr"]["d"]
    assert d == date.today().isoformat()


def test_backdate_needs_another_supervisor(database: Database) -> None:
    """Four eyes: a supervisor issuing a back-dated document cannot approve it themself."""
    member_id, _ = _world(database)
    today = date.today()
    with database.write() as s:
        create_user(s, "spv2", "Supervisor Dua", "supervisor", PASSWORD)
    spv = as_user(database, "spv")  # logs in the real user "spv"
    with pytest.raises(AuthError) as info:
        documents.issue_slip(database, member_id, spv, None, backdate=BackDate(
            today - timedelta(days=2), "Printer rusak", "spv", PASSWORD))
    assert info.value.code == "self_approval"
    with database.read() as s:
        assert s.execute(select(DocumentRecord.id)).first() is None
        refused = s.execute(select(AuditEntry).where(AuditEntry.action == "override.refused")
                            ).scalar_one()
        assert refused.detail["reason"] == "self_approval"
        assert refused.detail["approval"] == "document.backdate"
    # Another supervisor's password: accepted and recorded as the approver.
    documents.issue_slip(database, member_id, spv, None, backdate=BackDate(
        today - timedelta(days=2), "Printer rusak", "spv2", PASSWORD))
    with database.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "document.backdate")
                          ).scalar_one()
        assert entry.actor == "spv" and entry.detail["supervisor"] == "spv2"
