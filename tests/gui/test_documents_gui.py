"""Documents in the GUI: PDF preview and printing, the Verify dialog, the enrolment list's
document and status actions, bulk certificates (complete and cancelled), and the Reports page
(exports, import dry run with an error preview, clean import).

Real SQLite databases in ``tmp_path`` built with ``tests.db.factories``; issued PDFs go to a
temporary documents folder (``VOKASI_DOCUMENTS_DIR``); file choosers, text prompts and the
print dialog are replaced (a modal ``exec()`` would hang offscreen, NOTES.md).
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from tests.gui.conftest import Answers, wait_loaded
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.db.models import DocumentRecord, Member
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services import documents
from vokasi_desktop.services.enrolment import change_status, enrol
from vokasi_desktop.services.imports import write_import_template
from vokasi_desktop.ui import prompts
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs import pdf_preview
from vokasi_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog, open_pdf_preview
from vokasi_desktop.ui.dialogs.verify import VerifyDialog, open_verify_dialog
from vokasi_desktop.ui.outputs import ENV_DOCUMENTS_DIR
from vokasi_desktop.ui.pages.enrollments import EnrollmentsPage
from vokasi_desktop.ui.pages.reports import ReportsPage

# -- fixtures ---------------------------------------------------------------------------------


@dataclass
class Prompts:
    """Replaces ``ui.prompts`` and the print dialog; tests queue answers per kind."""

    save: list[Path | None] = field(default_factory=list)
    open: list[Path | None] = field(default_factory=list)
    text: list[str | None] = field(default_factory=list)
    item: list[int | None] = field(default_factory=list)
    printer: list[Path | None] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)


@pytest.fixture(autouse=True)
def fake_prompts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Prompts:
    state = Prompts()
    monkeypatch.setenv(ENV_DOCUMENTS_DIR, str(tmp_path / "dokumen"))

    def take(queue: list[Any], kind: str, title: str) -> Any:
        state.asked.append((kind, title))
        return queue.pop(0) if queue else None

    monkeypatch.setattr(prompts, "ask_save_path",
                        lambda _p, title, _s, _f: take(state.save, "save", title))
    monkeypatch.setattr(prompts, "ask_open_path",
                        lambda _p, title, _s, _f: take(state.open, "open", title))
    monkeypatch.setattr(prompts, "ask_text",
                        lambda _p, title, _l, text="": take(state.text, "text", title))
    monkeypatch.setattr(prompts, "choose_item",
                        lambda _p, title, _l, _i, current=0: take(state.item, "item", title))
    monkeypatch.setattr(prompts, "open_folder",
                        lambda path: state.folders.append(path) or True)

    def ask_printer(_parent: Any, printer: QPrinter, _pages: int) -> bool:
        target = take(state.printer, "printer", "print")
        if target is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(pdf_preview, "ask_printer", ask_printer)
    return state


@dataclass
class World:
    """A branch with one class and enrolments in several states."""

    db: Database
    class_id: int
    enrolled: int  # status "enrolled"
    in_training: int
    completed: list[int]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db = open_database(f"sqlite:///{tmp_path / 'dokumen.sqlite3'}")
    upgrade_database(db.engine)
    try:
        setup_branch(db)
        class_id = add_class(db, add_institution(db))
        ids = []
        for n, name in enumerate(["Siti Nurhaliza", "Bagus Prasetyo", "Dewi Lestari",
                                  "Rudi Hartono", "Wulan Sari"]):
            member_id = add_member(db, name=name)
            ids.append(enrol(db, member_id, class_id, f"req-{n}", as_user(db, "petugas"), on_date=TODAY).id)
        for enrollment_id in ids[1:]:
            change_status(db, enrollment_id, "in_training", as_user(db, "petugas"))
        for enrollment_id in ids[2:]:
            change_status(db, enrollment_id, "completed", as_user(db, "petugas"), result="Kompeten")
        yield World(db, class_id, ids[0], ids[1], ids[2:])
    finally:
        db.dispose()


@pytest.fixture
def wctx(world: World, make_ctx: Callable[..., UiContext]) -> UiContext:
    return make_ctx(world.db, "petugas")


def count_documents(db: Database, doc_type: str | None = None) -> int:
    with db.read() as session:
        query = select(func.count(DocumentRecord.id))
        if doc_type is not None:
            query = query.where(DocumentRecord.doc_type == doc_type)
        return int(session.execute(query).scalar_one())


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def parent_widget(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def close_previews(owner: QWidget) -> None:
    for dialog in owner.findChildren(PdfPreviewDialog):
        dialog.close()
    QCoreApplication.processEvents()


# -- PDF preview --------------------------------------------------------------------------------


def test_preview_shows_prints_and_saves_a_letter(qtbot: Any, world: World, tmp_path: Path,
                                                 fake_prompts: Prompts) -> None:
    letter = documents.issue_letter(world.db, world.enrolled, as_user(world.db, "petugas"), tmp_path / "surat.pdf")
    owner = parent_widget(qtbot)
    dialog = open_pdf_preview(owner, tmp_path / "surat.pdf", f"Surat pengantar {letter.number}")
    assert dialog.loaded and dialog.page_count >= 1
    assert not dialog.isModal() and dialog.isVisible()
    assert dialog.ui.pageCountLabel.text() == f"dari {dialog.page_count}"
    assert dialog.ui.printButton.text().replace("&", "") == "Cetak…"
    # Zoom: a fixed factor, a step in, back to fit width.
    dialog.set_zoom(1.0)
    dialog.step_zoom(+1)
    assert dialog.zoom_factor() == pytest.approx(1.25)
    dialog.ui.zoomCombo.setCurrentIndex(dialog.ui.zoomCombo.findData(pdf_preview.FIT_WIDTH))
    dialog.next_page()  # one page: stays on the first
    assert dialog.current_page == 0 and not dialog.ui.nextButton.isEnabled()

    # Print… renders every page at printer resolution (here into a PDF "printer").
    fake_prompts.printer.append(tmp_path / "dicetak.pdf")
    dialog.print_document()
    assert pdf_pages(tmp_path / "dicetak.pdf") == dialog.page_count
    assert "dikirim" in dialog.ui.infoLabel.text()
    # Save as copies the file; Open folder shows its folder.
    fake_prompts.save.append(tmp_path / "salinan" / "surat-kopi.pdf")
    saved = dialog.save_as()
    assert saved is not None and saved.read_bytes() == (tmp_path / "surat.pdf").read_bytes()
    dialog.ui.folderButton.click()
    assert fake_prompts.folders == [tmp_path / "surat.pdf"]
    dialog.close()


def test_preview_of_a_missing_file_says_so(qtbot: Any, tmp_path: Path) -> None:
    owner = parent_widget(qtbot)
    dialog = open_pdf_preview(owner, tmp_path / "tidak-ada.pdf", "Tidak ada")
    assert not dialog.loaded and dialog.page_count == 0
    assert not dialog.ui.printButton.isEnabled()
    assert "tidak dapat dibuka" in dialog.ui.infoLabel.text()
    dialog.close()


# -- Verify dialog --------------------------------------------------------------------------------


def _tampered(qr_text: str) -> str:
    tag, payload, kid, signature = qr_text.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["n"] = "Orang Lain"
    forged = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":"), sort_keys=True)
                                      .encode()).decode().rstrip("=")
    return ".".join([tag, forged, kid, signature])


def _scan(qtbot: Any, dialog: VerifyDialog, text: str) -> None:
    """What a scanner does: type the code and press Enter (the default button)."""
    dialog.ui.codeEdit.setText(text)
    before = dialog._request
    qtbot.keyClick(dialog.ui.codeEdit, "\r")
    assert dialog._request == before + 1
    qtbot.waitUntil(lambda: dialog.ui.checkButton.isEnabled() and dialog.status not in ("",),
                    timeout=10_000)


def test_verify_dialog_valid_altered_not_a_code_and_voided(qtbot: Any, world: World,
                                                           wctx: UiContext, tmp_path: Path,
                                                           fake_prompts: Prompts) -> None:
    letter = documents.issue_letter(world.db, world.enrolled, as_user(world.db, "petugas"), tmp_path / "surat.pdf")
    owner = parent_widget(qtbot)
    dialog = open_verify_dialog(owner, wctx)
    assert open_verify_dialog(owner, wctx) is dialog  # one per window
    assert not dialog.isModal()

    _scan(qtbot, dialog, letter.qr_text)
    assert dialog.status == "valid"
    assert dialog.ui.statusLabel.text() == "SAH"
    assert dialog.ui.numberValue.text() == letter.number
    assert dialog.ui.typeValue.text() == "Surat pengantar"
    assert dialog.ui.nameValue.text() == "Siti Nurhaliza"
    assert dialog.ui.branchValue.text().startswith("KRJ · Kantor Cabang Surabaya")
    with world.db.read() as session:
        nik = session.execute(select(Member.nik).where(Member.name == "Siti Nurhaliza")
                              ).scalar_one()
    assert dialog.ui.nikValue.text().endswith(nik[-4:]) and nik not in dialog.ui.nikValue.text()
    assert dialog.ui.codeEdit.hasSelectedText()  # the next scan replaces the code

    _scan(qtbot, dialog, _tampered(letter.qr_text))
    assert dialog.status == "tampered" and dialog.ui.statusLabel.text() == "DIUBAH"
    assert "TIDAK" in dialog.ui.detailsGroup.title().upper()  # claimed data, not confirmed

    _scan(qtbot, dialog, "bukan kode apa pun")
    assert dialog.status == "malformed" and dialog.ui.statusLabel.text() == "BUKAN KODE"

    # A PDF chosen from disk verifies too (the QR text is in its metadata).
    fake_prompts.open.append(tmp_path / "surat.pdf")
    dialog.ui.pdfButton.click()
    qtbot.waitUntil(lambda: dialog.ui.checkButton.isEnabled(), timeout=10_000)
    assert dialog.status == "valid"

    documents.void_document(world.db, letter.id, as_user(world.db, "supervisor"), "Salah alamat lembaga")
    _scan(qtbot, dialog, letter.qr_text)
    assert dialog.status == "voided" and dialog.ui.statusLabel.text() == "DIBATALKAN"
    assert "Salah alamat lembaga" in dialog.ui.registryValue.text()
    dialog.close()


def test_verify_dialog_explains_in_english(qtbot: Any, world: World, wctx: UiContext,
                                           tmp_path: Path, english_ui: None) -> None:
    """In the English GUI the explanation under the big word is English too (it was the
    service's Indonesian sentence), for each kind of answer."""
    letter = documents.issue_letter(world.db, world.enrolled, as_user(world.db, "petugas"),
                                    tmp_path / "surat.pdf")
    owner = parent_widget(qtbot)  # kept: the dialog is the owner's child
    dialog = open_verify_dialog(owner, wctx)
    indonesian = ("tanda tangan", "register kantor", "dokumen", "nomor", "dibatalkan", "bukan")

    def explanation() -> str:
        return dialog.ui.messageLabel.text()

    _scan(qtbot, dialog, letter.qr_text)
    assert dialog.status == "valid" and dialog.ui.statusLabel.text() == "VALID"
    text = explanation()
    assert letter.number in text and "Siti Nurhaliza" in text and "in the register" in text
    assert "Enrolment status:" in text
    _scan(qtbot, dialog, _tampered(letter.qr_text))
    assert dialog.status == "tampered" and "altered" in explanation()
    _scan(qtbot, dialog, "bukan kode apa pun")
    assert dialog.status == "malformed" and "not a Vokasi" in explanation()
    documents.void_document(world.db, letter.id, as_user(world.db, "supervisor"),
                            "Salah alamat lembaga")
    _scan(qtbot, dialog, letter.qr_text)
    assert dialog.status == "voided" and "was VOIDED: Salah alamat lembaga" in explanation()
    for status_text in (explanation().replace("Salah alamat lembaga", ""),):
        assert not any(word in status_text.lower() for word in indonesian), status_text
    dialog.close()


# -- enrolment list -------------------------------------------------------------------------------


def show_enrolments(qtbot: Any, ctx: UiContext) -> EnrollmentsPage:
    page = EnrollmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    wait_loaded(qtbot, page.model)
    return page


def select_enrolment(page: EnrollmentsPage, enrollment_id: int) -> None:
    assert page.select_id(enrollment_id)
    assert page.current_row() is not None and page.current_row().id == enrollment_id


def test_print_letter_from_the_enrolment_list(qtbot: Any, world: World, wctx: UiContext,
                                              answers: Answers, fake_prompts: Prompts,
                                              tmp_path: Path) -> None:
    page = show_enrolments(qtbot, wctx)
    select_enrolment(page, world.enrolled)
    assert page.ui.letterButton.isEnabled()
    assert not page.ui.certificateButton.isEnabled()  # not completed
    assert not page.void_action.isEnabled()  # a clerk may not void
    with qtbot.waitSignal(page.documents.issued, timeout=15_000) as issued:
        page.ui.letterButton.click()
    letter = issued.args[0]
    assert count_documents(world.db, "letter") == 1
    assert letter.path == tmp_path / "dokumen" / "Surat Pengantar" / (
        letter.number.replace("/", "-") + ".pdf")
    assert letter.path.exists() and not list(letter.path.parent.glob(".issuing-*"))
    preview = page.documents.last_preview
    assert preview is not None and preview.isVisible() and preview.page_count >= 1
    assert letter.number in preview.windowTitle()

    # A second letter is refused by the service; the page offers a copy (SALINAN) instead.
    answers.queue.append(True)
    fake_prompts.text.append("Surat asli hilang")
    with qtbot.waitSignal(page.documents.issued, timeout=15_000) as copied:
        page.ui.letterButton.click()
    copy = copied.args[0]
    assert copy.number == letter.number and copy.reprint_count == 1
    assert copy.path.name.endswith("SALINAN.pdf")
    assert count_documents(world.db, "letter") == 1
    assert answers.asked[0][0] == "yes_no" and "sudah terbit" in answers.asked[0][2]
    close_previews(page)


def test_slip_status_change_and_certificate(qtbot: Any, world: World, wctx: UiContext,
                                            answers: Answers, fake_prompts: Prompts) -> None:
    page = show_enrolments(qtbot, wctx)
    select_enrolment(page, world.in_training)
    assert not page.status_actions["in_training"].isEnabled()
    assert page.status_actions["completed"].isEnabled()
    with qtbot.waitSignal(page.documents.issued, timeout=15_000) as slip:
        page.ui.slipButton.click()
    assert slip.args[0].doc_type == "slip"
    fake_prompts.text.append("Kompeten")
    with qtbot.waitSignal(page.documents.status_changed, timeout=10_000) as changed:
        page.status_actions["completed"].trigger()
    assert changed.args[0].status == "completed"
    # The page refreshes itself (data_changed) and the certificate becomes possible.
    qtbot.waitUntil(lambda: not page.model.loading and page.current_row() is not None
                    and page.current_row().status == "completed", timeout=10_000)
    assert page.ui.certificateButton.isEnabled()
    assert not page.ui.statusButton.isEnabled()  # completed is final
    with qtbot.waitSignal(page.documents.issued, timeout=15_000) as certificate:
        page.ui.certificateButton.click()
    assert certificate.args[0].doc_type == "certificate"
    assert count_documents(world.db) == 2

    # Cancelling asks for a reason; an empty one asks again (nothing aborts, no warning).
    select_enrolment(page, world.enrolled)
    fake_prompts.text.extend(["  ", "Mengundurkan diri"])
    asked_before = len(fake_prompts.asked)
    warnings_before = [a for a in answers.asked if a[0] == "warn"]
    with qtbot.waitSignal(page.documents.status_changed, timeout=10_000) as cancelled:
        page.status_actions["cancelled"].trigger()
    assert cancelled.args[0].status == "cancelled"
    assert [kind for kind, _title in fake_prompts.asked[asked_before:]] == ["text", "text"]
    assert [a for a in answers.asked if a[0] == "warn"] == warnings_before
    close_previews(page)


def test_supervisor_voids_a_document_with_a_reason(qtbot: Any, world: World,
                                                   make_ctx: Callable[..., UiContext],
                                                   answers: Answers,
                                                   fake_prompts: Prompts) -> None:
    # The letter goes out while the participant trains (none for a finished enrolment).
    letter = documents.issue_letter(world.db, world.in_training, as_user(world.db, "petugas"), None)
    change_status(world.db, world.in_training, "completed", as_user(world.db, "petugas"), result="Kompeten")
    certificate = documents.issue_certificate(world.db, world.in_training, as_user(world.db, "petugas"), None)
    page = show_enrolments(qtbot, make_ctx(world.db, "supervisor"))
    select_enrolment(page, world.in_training)
    assert page.void_action.isEnabled()
    fake_prompts.item.append(1)  # the list is newest first: the letter is second
    fake_prompts.text.append("Nama lembaga salah")
    answers.queue.append(True)  # confirm
    with qtbot.waitSignal(page.documents.voided, timeout=10_000) as voided:
        page.void_action.trigger()
    assert voided.args[0].id == letter.id and voided.args[0].voided
    assert documents.verify(world.db, letter.qr_text).status == "voided"
    assert documents.verify(world.db, certificate.qr_text).status == "valid"


def test_class_certificates_run_to_completion(qtbot: Any, world: World, wctx: UiContext,
                                              answers: Answers, fake_prompts: Prompts,
                                              tmp_path: Path) -> None:
    page = show_enrolments(qtbot, wctx)
    select_enrolment(page, world.completed[0])
    answers.queue.extend([True, True])  # issue them; print them all
    fake_prompts.printer.append(tmp_path / "semua.pdf")
    with qtbot.waitSignal(page.documents.class_certificates_done, timeout=60_000) as done:
        page.ui.classCertificatesButton.click()
    issued = done.args[0]
    assert len(issued) == len(world.completed) == count_documents(world.db, "certificate")
    assert all(d.path is not None and d.path.exists() for d in issued)
    assert pdf_pages(tmp_path / "semua.pdf") == len(issued)  # one print job for all
    assert page.documents.last_preview is not None
    assert page.ui.classCertificatesButton.isEnabled()  # no longer busy
    # A second run finds nothing left to issue.
    answers.queue.append(True)
    with qtbot.waitSignal(page.documents.class_certificates_done, timeout=60_000) as again:
        page.ui.classCertificatesButton.click()
    assert again.args[0] == []
    close_previews(page)


def test_cancelled_class_certificates_leave_nothing(qtbot: Any, world: World, wctx: UiContext,
                                                    answers: Answers,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    render = documents._render_job

    def slow_render(job: Any, logo: bytes | None = None) -> bytes:
        time.sleep(0.5)  # leaves time to press Cancel before the last certificate
        return render(job, logo)

    monkeypatch.setattr(documents, "_render_job", slow_render)
    page = show_enrolments(qtbot, wctx)
    select_enrolment(page, world.completed[0])
    answers.queue.append(True)
    with qtbot.waitSignal(page.documents.failed, timeout=30_000) as failed:
        page.ui.classCertificatesButton.click()
        progress = page.documents.progress
        assert progress is not None
        qtbot.waitUntil(lambda: progress.dialog.value() >= 1, timeout=10_000)
        progress.dialog.canceled.emit()  # what the Cancel button does
    assert failed.args[0] == "cancelled"
    assert count_documents(world.db) == 0
    folder = tmp_path / "dokumen" / "Sertifikat"
    assert not folder.exists() or not any(folder.rglob("*.pdf"))
    assert answers.asked[-1][0] == "inform" and "Dibatalkan" in answers.asked[-1][2]
    assert page.ui.classCertificatesButton.isEnabled()


# -- Reports page ---------------------------------------------------------------------------------


TEXT_HEADERS = {"NIK", "KPJ", "No KK", "Kode", "Kode Lembaga", "Kode Wilayah", "Telepon"}


def fill_template(folder: Path, kind: str, rows: list[dict[str, Any]], name: str) -> Path:
    """An import file made the way a clerk makes it: the app's template, filled in."""
    template = write_import_template(kind, folder / f"templat-{kind}.xlsx")
    workbook = openpyxl.load_workbook(template)
    sheet = workbook["Data"]
    headers = [c.value for c in sheet[1]]
    for values in rows:
        sheet.append([values.get(h) for h in headers])
        for column, header in enumerate(headers, start=1):
            cell = sheet.cell(sheet.max_row, column)
            if header in TEXT_HEADERS and isinstance(cell.value, str):
                cell.data_type = "s"
    out = folder / name
    workbook.save(out)
    return out


def member_row(n: int, **changes: Any) -> dict[str, Any]:
    birth = date(1986, 4, 1 + n % 27)
    row = {"NIK": encode_nik("357801", birth, "P", 300 + n), "Nama": f"Rina Impor {n}",
           "Tanggal Lahir": birth, "Jenis Kelamin": "P", "KPJ": f"{41_000_000_000 + n}",
           "Segmen": "BPU", "Status Pekerjaan": "informal", "Status Kepesertaan": "aktif",
           "Terdaftar Sejak": date(2016, 1, 1)}
    row.update(changes)
    return row


def count_rows(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def show_reports(qtbot: Any, ctx: UiContext) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.ui.classCombo.count() > 0, timeout=10_000)
    return page


def test_reports_page_exports_a_participant_list(qtbot: Any, world: World, wctx: UiContext,
                                                 fake_prompts: Prompts,
                                                 tmp_path: Path) -> None:
    page = show_reports(qtbot, wctx)
    ui = page.ui
    page.select_export_kind("participants")
    assert ui.parametersGroup.title() == "Daftar peserta per kelas"
    assert ui.classCombo.isVisibleTo(page) and not ui.yearSpin.isVisibleTo(page)
    ui.classCombo.setCurrentIndex(0)
    assert page.selected_class_code() == "KLS-1"
    # Full NIKs need a reason: refused before any file is chosen.
    ui.fullNikCheck.setChecked(True)
    ui.exportButton.click()
    assert "alasan" in ui.exportErrorLabel.text().lower() and fake_prompts.asked == []
    ui.fullNikCheck.setChecked(False)

    target = tmp_path / "laporan" / "peserta.xlsx"
    fake_prompts.save.append(target)
    ui.exportButton.click()
    qtbot.waitUntil(lambda: page.export_result is not None, timeout=20_000)
    assert page.export_result.path == target and target.exists()
    assert page.export_result.total_rows == 5
    assert ui.openExportButton.isVisibleTo(page)
    assert "5" in ui.exportStatusLabel.text()
    sheet = openpyxl.load_workbook(target, read_only=True).worksheets[0]
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Siti Nurhaliza" in cells
    assert not any(c.isdigit() and len(c) == 16 for c in cells)  # NIKs masked
    ui.openExportButton.click()
    assert fake_prompts.folders == [target]

    # The monthly recap needs only a year and a month.
    page.select_export_kind("recap")
    assert ui.yearSpin.isVisibleTo(page) and not ui.classCombo.isVisibleTo(page)
    fake_prompts.save.append(tmp_path / "laporan" / "rekap.xlsx")
    previous = page.export_result
    ui.exportButton.click()
    qtbot.waitUntil(lambda: page.export_result is not previous, timeout=20_000)
    assert (tmp_path / "laporan" / "rekap.xlsx").exists()


def test_import_dry_run_shows_errors_and_saves_nothing(qtbot: Any, world: World,
                                                       make_ctx: Callable[..., UiContext],
                                                       fake_prompts: Prompts,
                                                       tmp_path: Path) -> None:
    # Imports are a supervisor action (Action.IMPORT_MEMBERS); the clerk may not import.
    wctx = make_ctx(world.db, "supervisor")
    page = show_reports(qtbot, wctx)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.importTab)
    ui.importKindCombo.setCurrentIndex(ui.importKindCombo.findData("members"))
    members = count_rows(world.db, Member)
    rows = [member_row(1), member_row(2, NIK="35780141048600"),  # 14 digits
            member_row(3, **{"Tanggal Lahir": "31/02/1990"})]
    bad = fill_template(tmp_path, "members", rows, "peserta-salah.xlsx")
    fake_prompts.open.append(bad)
    ui.checkFileButton.click()
    qtbot.waitUntil(lambda: page.import_result is not None, timeout=20_000)
    result = page.import_result
    assert result.dry_run and not result.ok
    assert page.issues.rowCount() >= 2
    shown = {(page.issues.index(r, 0).data(), page.issues.index(r, 2).data())
             for r in range(page.issues.rowCount())}
    assert (3, "NIK") in shown and (4, "Tanggal Lahir") in shown
    nik_row = next(r for r in range(page.issues.rowCount())
                   if page.issues.index(r, 2).data() == "NIK")
    assert page.issues.index(nik_row, 1).data() == "A"
    assert page.issues.index(nik_row, 3).data() == "35780141048600"
    assert "DITOLAK" in ui.importSummaryLabel.text()
    assert not ui.importButton.isEnabled()
    assert ui.errorReportButton.isVisibleTo(page) and result.error_report.exists()
    assert count_rows(world.db, Member) == members
    ui.importButton.click()  # disabled: nothing happens
    assert count_rows(world.db, Member) == members

    # A file refused as a whole (not a spreadsheet) is explained, not imported.
    junk = tmp_path / "bukan.xlsx"
    junk.write_text("NIK;Nama\n")
    page.check_file(junk)
    qtbot.waitUntil(lambda: ui.checkFileButton.isEnabled(), timeout=10_000)
    assert page.import_result is None and ui.importSummaryLabel.text()
    assert count_rows(world.db, Member) == members


def test_clean_file_is_checked_then_imported(qtbot: Any, world: World,
                                             make_ctx: Callable[..., UiContext],
                                             answers: Answers, fake_prompts: Prompts,
                                             tmp_path: Path) -> None:
    # Imports are a supervisor action (Action.IMPORT_MEMBERS); the clerk may not import.
    wctx = make_ctx(world.db, "supervisor")
    page = show_reports(qtbot, wctx)
    ui = page.ui
    members = count_rows(world.db, Member)
    good = fill_template(tmp_path, "members", [member_row(n) for n in range(10, 16)],
                         "peserta.xlsx")
    page.check_file(good)
    qtbot.waitUntil(lambda: page.import_result is not None, timeout=20_000)
    assert page.import_result.ok and page.import_result.dry_run
    assert page.import_result.created == 6 and page.issues.rowCount() == 0
    assert ui.importButton.isEnabled()
    assert count_rows(world.db, Member) == members  # a check saves nothing
    answers.queue.append(True)
    checked = page.import_result
    assert wctx.signals is not None
    with qtbot.waitSignal(wctx.signals.data_changed, timeout=20_000) as changed:
        ui.importButton.click()
    assert changed.args[0] == frozenset({"member"})
    assert page.import_result is not checked and page.import_result.committed
    assert count_rows(world.db, Member) == members + 6
    assert not ui.importButton.isEnabled()
    assert answers.asked[-1][0] == "inform" and "6 dibuat" in answers.asked[-1][2]


def test_numbering_and_verify_from_the_reports_page(qtbot: Any, world: World,
                                                    make_ctx: Callable[..., UiContext],
                                                    answers: Answers) -> None:
    clerk_page = show_reports(qtbot, make_ctx(world.db, "petugas"))
    assert not clerk_page.ui.saveTemplateButton.isEnabled()
    # Number templates and seeds (Action.DOCUMENT_SETTINGS) are for the head and the admin.
    supervisor_page = show_reports(qtbot, make_ctx(world.db, "supervisor"))
    assert not supervisor_page.ui.saveTemplateButton.isEnabled()
    as_user(world.db, "kepala", "head")  # the world has no head of office yet
    page = show_reports(qtbot, make_ctx(world.db, "kepala"))
    ui = page.ui
    qtbot.waitUntil(lambda: ui.templateEdit.text() != "", timeout=5_000)
    ui.templateEdit.setText("{seq:03d}/VOK")
    assert not ui.saveTemplateButton.isEnabled()  # {year} and {branch} missing
    ui.templateEdit.setText("{seq:03d}/VOK/{branch}/{year}")
    assert ui.saveTemplateButton.isEnabled()
    assert ui.templatePreviewLabel.text().endswith(f"007/VOK/KRJ/{date.today().year}")
    ui.saveTemplateButton.click()
    qtbot.waitUntil(lambda: ui.numberingMessageLabel.text() != "", timeout=5_000)
    assert documents.get_template(world.db, "letter") == "{seq:03d}/VOK/{branch}/{year}"
    ui.seedValueSpin.setValue(41)
    answers.queue.append(True)
    ui.saveSeedButton.click()
    qtbot.waitUntil(lambda: "awal" in ui.numberingMessageLabel.text(), timeout=5_000)
    year = date.today().year
    assert documents.last_sequence_number(world.db, "letter", year) == 41
    qtbot.waitUntil(lambda: ui.seedValueSpin.minimum() == 41, timeout=5_000)  # only forward
    assert ui.seedPreviewLabel.text().endswith(f"042/VOK/KRJ/{year}")
    letter = documents.issue_letter(world.db, world.enrolled, as_user(world.db, "petugas"), None)
    assert letter.number == f"042/VOK/KRJ/{year}"

    ui.verifyButton.click()
    dialog = page.window().findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_full_nik_export_needs_another_approvers_password(
        qtbot: Any, world: World, make_ctx: Callable[..., UiContext], fake_prompts: Prompts,
        tmp_path: Path) -> None:
    from tests.db.factories import TEST_PASSWORD
    from vokasi_desktop.db.models import AuditEntry

    ctx = make_ctx(world.db, "supervisor")
    as_user(world.db, "kepala")  # head of branch, password TEST_PASSWORD
    page = show_reports(qtbot, ctx)
    ui = page.ui
    page.select_export_kind("participants")
    ui.classCombo.setCurrentIndex(0)
    ui.fullNikCheck.setChecked(True)
    assert page.approver_edit.isVisibleTo(page) and page.approver_edit.isEnabled()
    ui.reasonEdit.setText("Pendaftaran uji kompetensi LSP")
    ui.exportButton.click()  # no approver: refused before any file is chosen
    assert "supervisor" in ui.exportErrorLabel.text() and fake_prompts.asked == []
    # the exporter approving their own export: refused by the service, no file
    page.approver_edit.setText("supervisor")
    page.approver_password_edit.setText("vokasi-supervisor")
    own = tmp_path / "own.xlsx"
    fake_prompts.save.append(own)
    ui.exportButton.click()
    qtbot.waitUntil(lambda: ui.exportErrorLabel.isVisible(), timeout=20_000)
    assert not own.exists() and page.approver_password_edit.text() == ""
    page.approver_edit.setText("kepala")
    page.approver_password_edit.setText(TEST_PASSWORD)
    page.approval_reason_combo.setCurrentIndex(
        page.approval_reason_combo.findData("lsp_certification"))
    target = tmp_path / "full.xlsx"
    fake_prompts.save.append(target)
    ui.exportButton.click()
    qtbot.waitUntil(lambda: page.export_result is not None, timeout=20_000)
    assert target.exists()
    with world.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "export.participants")
                          .order_by(AuditEntry.seq.desc())).scalars().first()
    assert entry is not None and entry.actor == "supervisor"
    assert entry.detail["approved_by"] == "kepala"
