"""Integrity of issued documents: QR vs registry, publish after commit, signed registry rows,
cancelled enrolments, and the first-number race across processes."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.models import DocumentRecord, DocumentSequence
from vokasi_desktop.documents.signing import make_payload, sign_payload
from vokasi_desktop.services import documents
from vokasi_desktop.services.enrolment import change_status, enrol
from vokasi_desktop.services.errors import ServiceError


def _world(db: Database) -> tuple[int, int, int]:
    setup_branch(db)
    class_id = add_class(db, add_institution(db))
    member_id = add_member(db, name="Siti Nurhaliza")
    e = enrol(db, member_id, class_id, "int-1", as_user(db, "petugas"), on_date=TODAY)
    return member_id, class_id, e.id


@both_backends
def test_branch_signed_qr_for_another_name_does_not_match_register(database: Database) -> None:
    _m, _c, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    with database.read() as s:
        rec = s.get(DocumentRecord, doc.id)
        assert rec is not None
        real = dict(rec.payload["qr"])
        key = documents._private_key(s, real["b"])
    forged = make_payload(number=real["no"], doc_type=real["t"], branch_code=real["b"],
                          issue_date=real["d"], name="Orang Lain", nik_last4="9999",
                          class_code=real.get("c"))
    answer = documents.verify(database, sign_payload(forged, key))
    assert answer.status == "mismatch"
    assert "tidak cocok dengan register" in answer.message
    assert "Orang Lain" not in answer.message
    assert documents.verify(database, doc.qr_text).status == "valid"


def _no_file_before_commit(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> list[bool]:
    seen: list[bool] = []
    original = Session.commit

    def commit(self: Session) -> None:
        seen.append(any(p.exists() for p in paths))
        original(self)

    monkeypatch.setattr(Session, "commit", commit)
    return seen


@both_backends
def test_signed_pdf_is_published_only_after_commit(database: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _m, _c, enrollment_id = _world(database)
    out = tmp_path / "letter.pdf"
    seen = _no_file_before_commit(monkeypatch, [out])
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), out, on=TODAY)
    assert seen and not any(seen), "the signed PDF existed before the commit"
    assert out.is_file() and doc.path == out


@both_backends
def test_class_certificates_published_only_after_commit(database: Database, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    for i in range(2):
        e = enrol(database, add_member(database), class_id, f"cc{i}", as_user(database, "petugas"), on_date=TODAY)
        change_status(database, e.id, "in_training", as_user(database, "petugas"))
        change_status(database, e.id, "completed", as_user(database, "petugas"))
    out = tmp_path / "certs"
    original = Session.commit
    seen: list[int] = []

    def commit(self: Session) -> None:
        seen.append(len(list(out.glob("*.pdf"))) if out.exists() else 0)
        original(self)

    monkeypatch.setattr(Session, "commit", commit)
    issued = documents.issue_class_certificates(database, class_id, as_user(database, "petugas"), out, on=TODAY,
                                                workers=1)
    assert len(issued) == 2 and seen and max(seen) == 0
    names = sorted(p.name for p in out.glob("*.pdf"))
    assert len(names) == 2
    # Named by participant and number.
    assert all("SRT-0001" in n or "SRT-0002" in n for n in names)


def test_class_certificates_published_in_parallel_all_attempted_first_failure_raised(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed files are written on several threads (fsync each): a file that cannot
    be written does not stop the others, and the error names the first failed document."""
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    for i in range(4):
        e = enrol(database, add_member(database), class_id, f"cp{i}", as_user(database, "petugas"), on_date=TODAY)
        change_status(database, e.id, "in_training", as_user(database, "petugas"))
        change_status(database, e.id, "completed", as_user(database, "petugas"))
    real = documents.write_atomic

    def flaky(path: Path, data: bytes) -> Path:
        if "SRT-0002" in path.name or "SRT-0004" in path.name:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(documents, "write_atomic", flaky)
    out = tmp_path / "certs"
    with pytest.raises(ServiceError) as info:
        documents.issue_class_certificates(database, class_id, as_user(database, "petugas"), out, on=TODAY,
                                           workers=1)
    assert info.value.code == "publish_failed"
    assert "SRT/0002/" in info.value.message
    names = sorted(p.name for p in out.glob("*.pdf"))
    assert len(names) == 2 and "SRT-0001" in names[0] and "SRT-0003" in names[1]
    with database.read() as s:  # committed: the registry holds all four (reprint recovers)
        assert len(s.execute(select(DocumentRecord.id)).all()) == 4


@both_backends
def test_cancelling_an_enrolment_voids_its_letter(database: Database) -> None:
    _m, _c, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    change_status(database, enrollment_id, "cancelled", as_user(database, "petugas"), reason="Mengundurkan diri")
    answer = documents.verify(database, doc.qr_text)
    assert answer.status == "voided"
    assert "Dibatalkan" in answer.message or "dibatalkan" in answer.message
    assert answer.document is not None and answer.document.voided


@both_backends
def test_verify_reports_enrolment_state(database: Database) -> None:
    _m, _c, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    change_status(database, enrollment_id, "in_training", as_user(database, "petugas"))
    answer = documents.verify(database, doc.qr_text)
    assert answer.status == "valid" and "Sedang pelatihan" in answer.message


def _tamper(db: Database, doc_id: int, **values: object) -> None:
    with db.write() as s:
        s.execute(update(DocumentRecord).where(DocumentRecord.id == doc_id).values(**values))


@both_backends
@pytest.mark.parametrize("field", ["payload", "number", "qr_text", "pdf_sha256"])
def test_edited_registry_row_is_detected(database: Database, tmp_path: Path, field: str) -> None:
    _m, _c, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    other = documents.issue_slip(database, _m, as_user(database, "petugas"), None, on=TODAY)
    assert documents.check_registry(database).failed == []
    with database.read() as s:
        rec = s.get(DocumentRecord, doc.id)
        assert rec is not None
        payload = {**rec.payload}
        payload["render"] = {**payload["render"],
                             "member": {**payload["render"]["member"], "name": "Palsu"}}
        other_qr = s.get(DocumentRecord, other.id).qr_text  # type: ignore[union-attr]
    values: dict[str, object] = {
        "payload": {"payload": payload}, "number": {"number": "B/9999/KC-KRJ/XI/2026"},
        "qr_text": {"qr_text": other_qr}, "pdf_sha256": {"pdf_sha256": "0" * 64}}[field]
    _tamper(database, doc.id, **values)
    report = documents.check_registry(database)
    assert [f.document_id for f in report.failed] == [doc.id]
    assert report.failed[0].message
    with pytest.raises(ServiceError) as info:
        documents.reprint(database, doc.id, as_user(database, "petugas"), "Hilang", tmp_path / "c.pdf")
    assert info.value.code == "registry_tampered"
    assert not (tmp_path / "c.pdf").exists()
    with pytest.raises(ServiceError):
        documents.document_bytes(database, doc.id)
    if field != "qr_text":
        assert documents.verify(database, doc.qr_text).status in ("registry_tampered", "mismatch")


def _issue_slip_in_new_year(url: str, member_id: int, out: multiprocessing.Queue) -> None:
    db = open_database(url)
    try:
        doc = documents.issue_slip(db, member_id, as_user(db, "petugas"), None, on=date(2031, 1, 2))
        out.put(("ok", doc.number))
    except Exception as exc:
        out.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()


@both_backends
def test_first_number_of_a_year_from_eight_processes(database: Database, new_db_url: str) -> None:
    member_id, _c, _e = _world(database)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_issue_slip_in_new_year, args=(new_db_url, member_id, queue))
             for _ in range(8)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    errors = [r for kind, r in results if kind == "error"]
    assert errors == []
    numbers = sorted(r for _kind, r in results)
    assert numbers == [f"KLY/{i:04d}/KC-KRJ/I/2031" for i in range(1, 9)]
    with database.read() as s:
        seq = s.execute(select(DocumentSequence.last_value).where(
            DocumentSequence.year == 2031)).scalar_one()
        assert seq == 8


def _print_letter(url: str, enrollment_id: int, out: multiprocessing.Queue,
                  kind: str = "letter", principal: Any = None) -> None:
    db = open_database(url)
    try:
        issue = documents.issue_letter if kind == "letter" else documents.issue_certificate
        doc = issue(db, enrollment_id, principal, None)
        out.put(("ok", doc.number))
    except ServiceError as exc:
        out.put(("refused", exc.code))
    except Exception as exc:
        out.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()


@both_backends
@pytest.mark.parametrize("kind", ["letter", "certificate"])
def test_one_live_letter_per_enrolment_from_eight_processes(database: Database,
                                                            new_db_url: str, kind: str) -> None:
    _m, _c, enrollment_id = _world(database)
    if kind == "certificate":
        change_status(database, enrollment_id, "in_training", as_user(database, "petugas"))
        change_status(database, enrollment_id, "completed", as_user(database, "petugas"))
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_print_letter, args=(new_db_url, enrollment_id, queue, kind,
                                                  as_user(database, "petugas")))
             for _ in range(8)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert [r for r in results if r[0] == "error"] == []
    assert len([r for r in results if r[0] == "ok"]) == 1
    assert {r[1] for r in results if r[0] == "refused"} <= {"already_issued"}
    with database.read() as s:
        live = s.execute(select(DocumentRecord.id).where(
            DocumentRecord.enrollment_id == enrollment_id, DocumentRecord.doc_type == kind,
            DocumentRecord.voided.is_(False))).all()
        assert len(live) == 1


@both_backends
def test_registry_signature_text_is_not_a_document_qr(database: Database) -> None:
    _m, _c, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    with database.read() as s:
        sig = s.get(DocumentRecord, doc.id).registry_sig  # type: ignore[union-attr]
    assert sig
    assert documents.verify(database, sig).status == "malformed"


def _with_metadata_qr(src: Path, dst: Path, qr_text: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.add_metadata({"/VokasiQR": qr_text, "/Keywords": qr_text, "/Subject": qr_text})
    with dst.open("wb") as fh:
        writer.write(fh)


@both_backends
def test_pdf_verifies_the_printed_qr_and_the_file_hash(database: Database,
                                                       tmp_path: Path) -> None:
    member_id, _c, enrollment_id = _world(database)
    letter = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "l.pdf",
                                    on=TODAY)
    other = add_member(database, name="Budi Lain")
    slip = documents.issue_slip(database, other, as_user(database, "petugas"), tmp_path / "s.pdf", on=TODAY)
    assert documents.verify(database, str(tmp_path / "l.pdf")).status == "valid"
    # A slip whose hidden properties carry the letter's code: never SAH for the letter's person.
    _with_metadata_qr(tmp_path / "s.pdf", tmp_path / "forged.pdf", letter.qr_text)
    forged = documents.verify(database, str(tmp_path / "forged.pdf"))
    assert forged.status == "not_original"
    assert forged.payload is not None and forged.payload["no"] == slip.number
    assert "Siti" not in forged.message
    # A reprint: its printed QR is the registered one, but it is not the original file.
    documents.reprint(database, letter.id, as_user(database, "petugas"), "Hilang", tmp_path / "copy.pdf")
    copy = documents.verify(database, str(tmp_path / "copy.pdf"))
    assert copy.status == "not_original" and copy.payload["no"] == letter.number  # type: ignore[index]
    # Not a PDF with a code on its page.
    (tmp_path / "blank.pdf").write_bytes(b"%PDF-1.4 not really")
    assert documents.verify(database, str(tmp_path / "blank.pdf")).status == "malformed"
    assert member_id


@both_backends
def test_partial_unique_index_refuses_a_second_live_letter(database: Database) -> None:
    """The database itself holds the line, whatever the service checks."""
    from sqlalchemy.exc import IntegrityError

    _m, _c, enrollment_id = _world(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    with pytest.raises(IntegrityError), database.write() as s:
        rec = s.get(DocumentRecord, doc.id)
        assert rec is not None
        s.add(DocumentRecord(origin_branch=rec.origin_branch, doc_type="letter", year=2026,
                             sequence=99, number="B/0099", subject="x", member_id=rec.member_id,
                             enrollment_id=enrollment_id, issued_by="x", payload={},
                             qr_text="x", pdf_sha256="0" * 64))
        s.flush()
    documents.void_document(database, doc.id, as_user(database, "supervisor"), "Salah cetak")
    again = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), None, on=TODAY)
    assert again.number != doc.number
