"""What issued letters and certificates say: fields from the database, status checks, and
that the printed fields cannot rebuild the masked NIK (with the QR's last four digits)."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Branch, Member
from vokasi_desktop.domain.regions import region_label
from vokasi_desktop.services import documents
from vokasi_desktop.services.enrolment import change_status, enrol
from vokasi_desktop.services.errors import ValidationError


def _qr_last4(qr_text: str) -> str:
    """The NIK digits anyone scanning the printed QR reads (the payload is signed, not secret)."""
    body = qr_text.split(".")[1]
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return str(payload["k"])


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


def _world(db: Database) -> tuple[int, int]:
    setup_branch(db)
    with db.write() as s:
        s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one().region_code = "3578"
    class_id = add_class(db, add_institution(db))
    member_id = add_member(db, name="Siti Nurhaliza", birth=date(1990, 5, 17), sex="P")
    e = enrol(db, member_id, class_id, "content-1", as_user(db, "petugas"), on_date=TODAY)
    return member_id, e.id


def _unknown_digits(text: str, nik: str, qr_last4: str) -> int:
    """Digits of ``nik`` an attacker cannot fill in from the document's text and its QR."""
    masked = next(w for w in text.split() if len(w) == 16 and "*" in w)
    known = [ch != "*" for ch in masked]
    if "17 Mei 1990" in text:  # birth date printed: DDMMYY (sex doubles the day guesses)
        known[6:12] = [True] * 6
    if region_label(nik[:4]).upper() in text.upper():
        known[0:4] = [True] * 4  # the NIK's region printed as a field
    assert qr_last4 == nik[12:]
    known[12:16] = [True] * 4  # the signed QR carries the last four digits
    return known.count(False)


@both_backends
def test_letter_content_and_nik_not_rebuildable(database: Database, tmp_path: Path) -> None:
    member_id, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "l.pdf",
                                 on=date(2026, 11, 28))
    text = _text(tmp_path / "l.pdf")
    assert "Tembusan: Kepala Kantor Wilayah Jawa Timur" in text
    assert "Arsip" not in text
    assert "PKS/001/KC-KRJ/2026" in text and "Rp2.400.000" in text
    with database.read() as s:
        nik = s.execute(select(Member.nik).where(Member.id == member_id)).scalar_one()
    last4 = _qr_last4(doc.qr_text)
    assert _unknown_digits(text, nik, last4) >= 4


@both_backends
@pytest.mark.parametrize("status", ["completed", "not_passed"])
def test_no_letter_for_a_finished_enrolment(
    database: Database, tmp_path: Path, status: str
) -> None:
    _member_id, enrollment_id = _world(database)
    change_status(database, enrollment_id, "in_training", as_user(database, "petugas"))
    change_status(database, enrollment_id, status, as_user(database, "petugas"),
                  result="Kompeten" if status == "completed" else "Tidak lulus")
    with pytest.raises(ValidationError) as err:
        documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "l.pdf")
    assert "not_passed" not in str(err.value) and "completed" not in str(err.value)
    assert not (tmp_path / "l.pdf").exists()


@both_backends
def test_certificate_identifies_holder_without_rebuildable_nik(
    database: Database, tmp_path: Path
) -> None:
    member_id, enrollment_id = _world(database)
    change_status(database, enrollment_id, "in_training", as_user(database, "petugas"))
    change_status(database, enrollment_id, "completed", as_user(database, "petugas"), result="Kompeten")
    doc = documents.issue_certificate(database, enrollment_id, as_user(database, "petugas"), tmp_path / "c.pdf",
                                      on=date(2027, 3, 1))
    text = _text(tmp_path / "c.pdf")
    with database.read() as s:
        m = s.get(Member, member_id)
        assert m is not None
        nik, place = m.nik, m.birth_place
    assert f"Lahir di {place}, 17 Mei 1990" in text or "Lahir 17 Mei 1990" in text
    assert "KOMPETEN" not in text.replace(" ", "").upper()
    last4 = _qr_last4(doc.qr_text)
    assert _unknown_digits(text, nik, last4) >= 4


@both_backends
def test_letter_prints_the_head_of_branch_npp(database: Database, tmp_path: Path) -> None:
    """Documents issue, item 7: the NPP of the signer stands under the name."""
    from vokasi_desktop.services.setup import BranchProfile, set_branch_profile

    setup_branch(database)
    set_branch_profile(database, BranchProfile(
        code="KRJ", name="Kantor Cabang Surabaya Karimunjawa", city="Surabaya",
        head_name="Hadi Purnomo", head_npp="E 12345"), principal=as_user(database, "kepala"))
    class_id = add_class(database, add_institution(database))
    e = enrol(database, add_member(database), class_id, "npp-1", as_user(database, "petugas"), on_date=TODAY)
    out = tmp_path / "surat.pdf"
    documents.issue_letter(database, e.id, as_user(database, "petugas"), out)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    assert "Hadi Purnomo" in text and "NPP E 12345" in text
