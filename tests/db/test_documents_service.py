"""Issuing documents: numbers, registry, reprints, voids, offline verification."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import DocumentRecord, DocumentSequence, Member
from vokasi_desktop.services import documents
from vokasi_desktop.services.enrolment import change_status, enrol
from vokasi_desktop.services.errors import ValidationError
from vokasi_desktop.services.progress import Cancelled, CancelToken

FULL_NIK = re.compile(r"\b\d{16}\b")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _world(db: Database) -> tuple[int, int, int]:
    setup_branch(db)
    class_id = add_class(db, add_institution(db))
    member_id = add_member(db, name="Siti Nurhaliza")
    e = enrol(db, member_id, class_id, "doc-1", as_user(db, "petugas"), on_date=TODAY)
    return member_id, class_id, e.id


@both_backends
def test_letter_numbering_registry_and_reprint(database: Database, tmp_path: Path) -> None:
    member_id, _class_id, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "a.pdf",
                                 on=date(2026, 11, 28))
    assert doc.number == "B/0001/KC-KRJ/XI/2026"
    text = _text(tmp_path / "a.pdf")
    assert doc.number in text
    assert "SITI NURHALIZA" in text.upper()
    with database.read() as s:
        nik = s.execute(select(Member.nik).where(Member.id == member_id)).scalar_one()
    assert nik not in text and not FULL_NIK.search(text)
    assert "******" + nik[6:12] + "****" in text
    assert "SALINAN" not in text
    # One letter per enrolment; a second goes through reprint.
    with pytest.raises(ValidationError):
        documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "b.pdf")
    # Changing the member later does not change the issued letter.
    with database.write() as s:
        s.get(Member, member_id).name = "Nama Berubah"  # type: ignore[union-attr]
    copy = documents.reprint(database, doc.id, as_user(database, "petugas"), "Hilang", tmp_path / "copy.pdf")
    copy_text = _text(tmp_path / "copy.pdf")
    assert "SALINAN" in copy_text and doc.number in copy_text and "Berubah" not in copy_text
    assert copy.reprint_count == 1
    with pytest.raises(ValidationError):
        documents.reprint(database, doc.id, as_user(database, "petugas"), " ", tmp_path / "x.pdf")


@both_backends
def test_numbers_per_type_and_year_never_reused(database: Database, tmp_path: Path) -> None:
    member_id, class_id, enrollment_id = _world(database)
    documents.set_sequence_seed(database, "slip", 2026, 122, as_user(database, "admin"))
    slip = documents.issue_slip(database, member_id, as_user(database, "petugas"), tmp_path / "s.pdf",
                                class_id=class_id, on=date(2026, 11, 28))
    assert slip.number == "KLY/0123/KC-KRJ/XI/2026"
    with pytest.raises(ValidationError):
        documents.set_sequence_seed(database, "slip", 2026, 5, as_user(database, "admin"))  # backwards
    voided = documents.void_document(database, slip.id, as_user(database, "supervisor"), "Salah cetak")
    assert voided.voided
    slip2 = documents.issue_slip(database, member_id, as_user(database, "petugas"), None, class_id=class_id,
                                 on=date(2026, 11, 29))
    assert slip2.number == "KLY/0124/KC-KRJ/XI/2026"
    next_year = documents.issue_slip(database, member_id, as_user(database, "petugas"), None, on=date(2027, 1, 2))
    assert next_year.number == "KLY/0001/KC-KRJ/I/2027"
    documents.set_template(database, "letter", "{seq:03d}/VOK/{branch}/{year}", as_user(database, "admin"))
    letter = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    assert letter.number == "001/VOK/KRJ/2026"
    with pytest.raises(ValidationError):
        documents.set_template(database, "letter", "{seq}/{year}", as_user(database, "admin"))  # no branch
    with database.read() as s:
        numbers = s.execute(select(DocumentRecord.number)).scalars().all()
        assert len(numbers) == len(set(numbers)) == 4


@both_backends
def test_failed_issue_leaves_no_number_and_no_file(database: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _member_id, _class_id, enrollment_id = _world(database)

    def broken(*_a: object, **_k: object) -> bytes:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(documents, "render_from_payload", broken)
    with pytest.raises(RuntimeError):
        documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with database.read() as s:
        assert s.execute(select(func.count(DocumentRecord.id))).scalar_one() == 0
        assert s.execute(select(func.coalesce(func.max(DocumentSequence.last_value), 0))
                         ).scalar_one() == 0
    monkeypatch.undo()
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "x.pdf", on=TODAY)
    assert doc.number.startswith("B/0001/")


@both_backends
def test_verify_valid_tampered_voided_and_pdf(database: Database, tmp_path: Path) -> None:
    member_id, _class_id, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "l.pdf", on=TODAY)
    ok = documents.verify(database, doc.qr_text)
    assert ok.status == "valid" and doc.number in ok.message
    assert ok.payload is not None and ok.payload["no"] == doc.number
    with database.read() as s:
        nik = s.execute(select(Member.nik).where(Member.id == member_id)).scalar_one()
    assert ok.payload["k"] == nik[-4:] and nik not in doc.qr_text
    from_pdf = documents.verify(database, str(tmp_path / "l.pdf"))
    assert from_pdf.status == "valid"
    body = doc.qr_text.split(".")
    tampered = ".".join([body[0], body[1][:-2] + ("A" if body[1][-2] != "A" else "B")
                         + body[1][-1], *body[2:]])
    assert documents.verify(database, tampered).status in ("tampered", "malformed")
    assert documents.verify(database, "bukan kode").status == "malformed"
    documents.void_document(database, doc.id, as_user(database, "supervisor"), "Peserta batal")
    assert documents.verify(database, doc.qr_text).status == "voided"


@both_backends
def test_certificates_for_a_class_all_or_nothing(database: Database, tmp_path: Path) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    ids = []
    for i in range(3):
        member_id = add_member(database)
        e = enrol(database, member_id, class_id, f"c{i}", as_user(database, "petugas"), on_date=TODAY)
        change_status(database, e.id, "in_training", as_user(database, "petugas"))
        if i < 2:
            change_status(database, e.id, "completed", as_user(database, "petugas"), result="Kompeten")
        ids.append(e.id)
    with pytest.raises(ValidationError):
        documents.issue_certificate(database, ids[2], as_user(database, "petugas"), tmp_path / "no.pdf")
    cancelled = CancelToken()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        documents.issue_class_certificates(database, class_id, as_user(database, "petugas"), tmp_path / "c1",
                                           cancel=cancelled)
    assert not list((tmp_path / "c1").glob("*.pdf"))
    issued = documents.issue_class_certificates(database, class_id, as_user(database, "petugas"), tmp_path / "c2",
                                                on=TODAY, workers=1)
    assert len(issued) == 2
    assert [d.number for d in issued] == ["SRT/0001/VIP/KC-KRJ/2026", "SRT/0002/VIP/KC-KRJ/2026"]
    text = _text(issued[0].path)  # type: ignore[arg-type]
    assert "SERTIFIKAT" in text.upper() and not FULL_NIK.search(text)
    assert documents.issue_class_certificates(database, class_id, as_user(database, "petugas"), tmp_path / "c3") == []
