"""The use cases behind the enrolment page's document actions and the reports page, without Qt.

``ui/document_actions.py`` and ``ui/pages/reports.py`` only present what these return: issuing
into the documents folder, copies, the documents that can be copied or voided, a class's
certificates in a fresh folder, the suggested export names, the file-unchanged check of an
import and the numbering preview. Then the counter flow end to end: lookup, check, enrol,
letter, verify the letter, export.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.numbering import NumberTemplateError, preview_numbers
from vokasi_desktop.services import counter, documents, enrolment, outputs, reports
from vokasi_desktop.services.changes import DOCUMENT, changes_of
from vokasi_desktop.services.imports import FileStamp
from vokasi_desktop.services.members import get_member
from vokasi_desktop.services.progress import Cancelled, CancelToken
from vokasi_desktop.services.reports import ExportRequest
from vokasi_desktop.services.verify import check_document


@pytest.fixture
def documents_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "dokumen"
    monkeypatch.setenv("VOKASI_DOCUMENTS_DIR", str(folder))
    return folder


def _completed(db: Database, class_id: int, request: str) -> int:
    clerk = as_user(db, "petugas")
    view = enrolment.enrol(db, add_member(db), class_id, request, clerk, on_date=TODAY)
    enrolment.change_status(db, view.id, "in_training", clerk)
    enrolment.change_status(db, view.id, "completed", clerk, result="Kompeten")
    return view.id


@both_backends
def test_certificate_copy_and_void_through_the_documents_folder(
        database: Database, documents_dir: Path) -> None:
    setup_branch(database)
    clerk, supervisor = as_user(database, "petugas"), as_user(database, "supervisor")
    class_id = add_class(database, add_institution(database))
    enrollment_id = enrolment.enrol(database, add_member(database), class_id, "c1", clerk,
                                    on_date=TODAY).id
    letter = outputs.issue_letter(database, enrollment_id, clerk, TODAY)
    enrolment.change_status(database, enrollment_id, "in_training", clerk)
    enrolment.change_status(database, enrollment_id, "completed", clerk, result="Kompeten")

    certificate = outputs.issue_certificate(database, enrollment_id, clerk, TODAY)
    assert certificate.path is not None and certificate.path.parent == documents_dir / "Sertifikat"
    assert certificate.path.name == f"{outputs.safe_name(certificate.number)}.pdf"
    assert [d.number for d in outputs.valid_documents(database, enrollment_id, "letter")] == [
        letter.number]
    assert {d.id for d in outputs.valid_documents(database, enrollment_id)} == {
        certificate.id, letter.id}

    copy = outputs.reprint_copy(database, certificate, clerk, "Sertifikat asli hilang")
    assert copy.path is not None and copy.path.parent == certificate.path.parent
    assert copy.path.name == f"{outputs.safe_name(certificate.number)} SALINAN.pdf"
    assert copy.reprint_count == 1 and certificate.path.exists()

    documents.void_document(database, letter.id, supervisor, "Salah cetak nama lembaga")
    assert [d.id for d in outputs.valid_documents(database, enrollment_id)] == [certificate.id]


def test_issuing_writes_declare_what_they_change() -> None:
    for write in (outputs.issue_letter, outputs.issue_slip, outputs.issue_certificate,
                  outputs.reprint_copy, outputs.issue_class_certificates):
        assert changes_of(write) == {DOCUMENT}
    assert changes_of(outputs.valid_documents) == frozenset()
    # The counter issues through the same functions.
    assert counter.issue_letter is outputs.issue_letter
    assert counter.issue_slip is outputs.issue_slip


@both_backends
def test_class_certificates_go_to_a_fresh_folder_and_a_cancel_leaves_none(
        database: Database, documents_dir: Path) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database), "KLS-9")
    for n in range(2):
        _completed(database, class_id, f"k{n}")
    clerk = as_user(database, "petugas")
    stopped = CancelToken()
    stopped.cancel()
    with pytest.raises(Cancelled):
        outputs.issue_class_certificates(database, class_id, "KLS-9", clerk, TODAY,
                                         cancel=stopped)
    certificates = documents_dir / "Sertifikat"
    assert not certificates.exists() or not any(certificates.iterdir())

    run = outputs.issue_class_certificates(database, class_id, "KLS-9", clerk, TODAY)
    assert run.folder == certificates / f"KLS-9-{TODAY:%Y%m%d}"
    assert len(run.issued) == 2
    assert sorted(p.name for p in run.folder.iterdir()) == sorted(
        d.path.name for d in run.issued if d.path is not None)
    again = outputs.issue_class_certificates(database, class_id, "KLS-9", clerk, TODAY)
    assert again.issued == [] and again.folder != run.folder
    assert not again.folder.exists() or not any(again.folder.iterdir())


def test_export_names_and_parameters(documents_dir: Path) -> None:
    principal = object()
    assert set(reports.EXPORT_PARAMS) == set(reports.EXPORT_KINDS)

    def request(**fields: object) -> ExportRequest:
        return ExportRequest(principal=principal, **fields)  # type: ignore[arg-type]

    assert reports.export_title(request(kind="participants", class_code="KLS-1")) == (
        "peserta-KLS-1")
    assert reports.export_title(request(kind="recap", year=2026, month=3)) == "rekap-2026-03"
    assert reports.export_title(request(kind="quota", year=2026)) == "kuota-2026"
    assert reports.export_title(request(kind="institutions")) == "lembaga"
    path = reports.suggested_export_path(request(kind="enrolments"), date(2026, 11, 28))
    assert path == documents_dir / "Laporan" / "pendaftaran-20261128.xlsx"
    assert outputs.template_path("members") == documents_dir / "Templat" / "templat-members.xlsx"


def test_an_import_runs_only_on_the_file_its_check_read(tmp_path: Path) -> None:
    path = tmp_path / "peserta.xlsx"
    assert FileStamp.of(path) is None
    path.write_bytes(b"first")
    checked = FileStamp.of(path)
    assert checked is not None and FileStamp.of(path) == checked
    path.write_bytes(b"second, longer")
    assert FileStamp.of(path) != checked


def test_numbering_preview() -> None:
    pattern = "B/{seq:04d}/KC-{branch}/{month_roman}/{year}"
    today = date(2026, 11, 28)
    assert preview_numbers(pattern, "letter", "KRJ", today, 2026, 41) == (
        "B/0007/KC-KRJ/XI/2026", "B/0042/KC-KRJ/XI/2026")
    # Another year's seed: its first number is dated early in that year.
    assert preview_numbers(pattern, "letter", "KRJ", today, 2027, 0)[1] == (
        "B/0001/KC-KRJ/I/2027")
    with pytest.raises(NumberTemplateError):
        preview_numbers("{branch}", "letter", "KRJ", today, 2026, 0)


@both_backends
def test_the_counter_flow_end_to_end(database: Database, documents_dir: Path,
                                    tmp_path: Path) -> None:
    """Lookup -> check -> enrol -> letter -> verify the letter -> export, as the GUI and the
    CLI call them (issue 10's done-means), on SQLite and PostgreSQL."""
    setup_branch(database)
    class_id = add_class(database, add_institution(database), "KLS-E2E")
    member_id = add_member(database)
    clerk = as_user(database, "petugas")
    state = counter.lookup(database, get_member(database, member_id).nik, TODAY)
    assert state is not None and state.member.id == member_id
    offered = next(o for o in state.offer if o.id == class_id)
    assert offered.verdict in ("eligible", "eligible_with_warnings")

    view = counter.enrol(database, member_id, class_id, "e2e-1", clerk, on_date=TODAY)
    assert view.class_code == "KLS-E2E" and view.status == "enrolled"
    letter = counter.issue_letter(database, view.id, clerk, TODAY)
    assert letter.path is not None and letter.path.exists()

    answer = check_document(database, str(letter.path))
    assert answer.verification.status == "valid"
    assert answer.verification.document is not None
    assert answer.verification.document.number == letter.number

    request = ExportRequest(kind="participants", principal=clerk, class_code="KLS-E2E")
    out = tmp_path / "peserta.xlsx"
    result = reports.export(database, request, out)
    assert result.total_rows == 1
    cells = [c for row in openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert state.member.name in cells
    assert state.member.nik_masked in cells and get_member(database, member_id).nik not in cells
