"""Layanan Loket: the walk-in flow driven by keys and clicks on a real temporary database.

The database is built with the factories (one branch, quota, an institution, two classes in
January/February 2027, members made per test); "today" is fixed at 28/11/2026. The PDF preview
is replaced (it would open a window) and issued documents go to ``tmp_path``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from tests.gui.conftest import user_named
from vokasi_desktop.db import timeutil
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import DocumentRecord, Enrollment
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services import catalog, enrolment
from vokasi_desktop.services import members as member_service
from vokasi_desktop.services.errors import QuotaExhaustedError
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.pages import counter
from vokasi_desktop.ui.pages.counter import CounterPage

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class World:
    db: Database
    ctx: UiContext
    window: MainWindow
    page: CounterPage
    class_ids: tuple[int, int]
    previews: list[tuple[Path, str]]
    documents: Path


@pytest.fixture(autouse=True)
def verification_note(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ctrl+R asks what was checked (a modal prompt): answered here with a note, so no test
    hangs in the dialog; returns the titles asked (a test may check it was asked)."""
    asked: list[str] = []

    def note(_parent: Any, title: str, _label: str, _text: str = "") -> str:
        asked.append(title)
        return "Layar JMO: kepesertaan aktif"

    monkeypatch.setattr(counter, "ask_text", note)
    return asked


@pytest.fixture
def world(qtbot: Any, database: Database, runner: JobRunner, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    setup_branch(database)  # quota for 2027, users petugas (clerk) and supervisor
    catalog.set_program_year(database, 2026, as_user(database, "kepala"), budget_total=10**10)
    catalog.set_branch_quota(database, 2026, "KRJ", 100, 10**10, as_user(database, "kepala"))
    institution = add_institution(database)
    first = add_class(database, institution, "KLS-1")
    second = add_class(database, institution, "KLS-2", title="Barista dan Tata Boga",
                       mode="daring", start_date=date(2027, 3, 1), end_date=date(2027, 3, 26),
                       cost_per_participant=1_500_000)
    documents = tmp_path / "dokumen"
    monkeypatch.setenv("VOKASI_DOCUMENTS_DIR", str(documents))
    previews: list[tuple[Path, str]] = []
    monkeypatch.setattr(counter, "preview_pdf",
                        lambda _parent, path, title: previews.append((path, title)))
    assert runner.signals is not None
    ctx = UiContext(db=database, runner=runner, signals=runner.signals,
                    user=user_named(database, "petugas"),
                    prefs=Preferences(tmp_path / "prefs.ini"), today=lambda: TODAY)
    window = MainWindow(ctx, language="id", counter_factory=CounterPage)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.page("counter")
    assert isinstance(page, CounterPage)
    yield World(database, ctx, window, page, (first, second), previews, documents)
    runner.wait_idle()


def spaced(nik: str) -> str:
    """A NIK as a clerk might type it from the card."""
    return f"{nik[:6]} {nik[6:12]}.{nik[12:]}"


def idle(qtbot: Any, page: CounterPage) -> None:
    qtbot.waitUntil(lambda: not page.busy and page.ctx.runner.pending == 0, timeout=10_000)


def search(qtbot: Any, page: CounterPage, text: str) -> None:
    edit = page.ui.searchEdit
    edit.clear()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    idle(qtbot, page)


def enrollment_count(db: Database, member_id: int) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).where(
            Enrollment.member_id == member_id)).scalar_one())


def test_search_field_has_focus_on_start(world: World) -> None:
    page = world.page
    assert world.window.current_key == "counter"
    assert page.ui.searchEdit.hasFocus()
    assert page.ui.titleLabel.text() == "Layanan Loket"
    assert not page.ui.enrolButton.isEnabled() and not page.ui.letterButton.isEnabled()


def test_found_member_is_enrolled_and_the_letter_printed(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member_id = add_member(world.db, months=24)
    member = member_service.get_member(world.db, member_id)
    search(qtbot, page, spaced(member.nik))

    # The member card.
    assert page.state is not None and page.state.member.id == member_id
    assert member.name in ui.nameLabel.text()
    assert ui.nikValue.text() == member.nik_masked and "*" in ui.nikValue.text()
    assert ui.kpjValue.text() == member.kpj
    assert ui.segmentValue.text() == "Penerima Upah (PU)"
    assert ui.contributionValue.text() == "24 bulan tercatat"
    assert "diverifikasi melalui kartu peserta" in ui.membershipValue.text()
    assert ui.enrollmentsValue.text() == "belum ada"
    assert not ui.verifyPanel.isVisible()

    # Both classes are offered; the first is chosen and its full check is shown in green.
    assert page.model.rowCount() == 2
    assert ui.classTable.hasFocus()
    assert page.verdict == "eligible"
    assert ui.verdictFrame.property("tone") == "ok"
    assert ui.verdictTitle.text().endswith("Memenuhi syarat")
    assert "Untuk kelas KLS-1" in ui.verdictDetail.text()
    rules = ui.rulesView.toPlainText()
    assert "Iuran tercatat 24 bulan; minimal 12 bulan." in rules
    assert "Kuota kursi cabang" in rules and "Izin lembaga" in rules
    assert "Tidak diterapkan pada aturan" not in rules  # not_applicable rules are hidden
    ui.showAllCheck.setChecked(True)
    assert "Tidak diterapkan pada aturan VOKASI-2020" in ui.rulesView.toPlainText()
    assert page.model.data(page.model.index(0, counter.COL_CHECK)) == "✔ Memenuhi syarat"
    assert page.model.data(page.model.index(1, counter.COL_COST)) == "Rp1.500.000"

    # Down picks the second class; its check replaces the first one's.
    QTest.keyClick(ui.classTable, Qt.Key.Key_Down)
    assert page.current_offer() is not None and page.current_offer().id == world.class_ids[1]
    assert "Untuk kelas KLS-2 · Barista dan Tata Boga" in ui.verdictDetail.text()

    # Ctrl+Enter enrols.
    with qtbot.waitSignal(world.ctx.signals.data_changed, timeout=10_000) as changed:
        QTest.keyClick(ui.classTable, Qt.Key.Key_Return, CTRL)
    assert {"enrollment", "quota"} <= changed.args[0]
    idle(qtbot, page)
    assert page.enrollment is not None and page.enrollment.class_id == world.class_ids[1]
    assert ui.actionMessage.text().startswith("Terdaftar di KLS-2 · Barista dan Tata Boga")
    assert "KLS-2 · Barista dan Tata Boga" in ui.enrollmentsValue.text()  # card reloaded
    assert not ui.enrolButton.isEnabled()
    assert ui.letterButton.isEnabled() and ui.letterButton.hasFocus()

    # Enter on the focused "Cetak surat pengantar" issues the letter and opens it.
    QTest.keyClick(ui.letterButton, Qt.Key.Key_Return)
    idle(qtbot, page)
    assert page.letter is not None
    assert page.letter.path is not None and page.letter.path.exists()
    assert page.letter.path.is_relative_to(world.documents)
    assert page.letter.path.read_bytes().startswith(b"%PDF")
    assert page.letter.number in ui.actionMessage.text()
    assert ui.actionMessage.text().startswith(f"Surat pengantar {page.letter.number} diterbitkan")
    assert world.previews == [(page.letter.path, f"Surat pengantar {page.letter.number}")]
    # Printing again shows the same letter: no second number.
    QTest.keyClick(page, Qt.Key.Key_L, CTRL)
    idle(qtbot, page)
    assert len(world.previews) == 2 and world.previews[1][0] == page.letter.path
    with world.db.read() as session:
        letters = session.execute(select(DocumentRecord.number).where(
            DocumentRecord.doc_type == "letter")).scalars().all()
    assert letters == [page.letter.number]


def test_not_found_nik_is_registered_and_shown_not_eligible(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    nik = encode_nik("3578", date(1990, 8, 17), "P", 9001)
    search(qtbot, page, spaced(nik))
    assert page.state is None
    assert ui.searchMessage.text().startswith(f"Belum ada peserta terdaftar dengan NIK {nik}")
    assert ui.searchMessage.property("role") == "warning"

    # Enter again opens the registration, prefilled with what the NIK encodes.
    QTest.keyClick(ui.searchEdit, Qt.Key.Key_Return)
    dialog = page.member_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.nikEdit.text() == nik
    assert dialog.ui.birthDateEdit.text() == "17/08/1990"
    assert dialog.ui.sexCombo.currentData() == "P"
    assert dialog.ui.regionEdit.text().startswith("3578")
    QTest.keyClicks(dialog.ui.nameEdit, "Ratna Sari Dewi")
    QTest.keyClicks(dialog.ui.birthPlaceEdit, "Surabaya")
    dialog.ui.segmentCombo.setCurrentIndex(dialog.ui.segmentCombo.findData("BPU"))
    dialog.ui.employmentCombo.setCurrentIndex(dialog.ui.employmentCombo.findData("informal"))
    assert dialog.consent_check is not None  # a new member is registered only with consent
    dialog.consent_check.setChecked(True)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    idle(qtbot, page)
    assert page.member_dialog is None
    # The clerk sees that the member was saved (the dialog is gone).
    assert world.window.statusBar().currentMessage().startswith(
        "Peserta Ratna Sari Dewi disimpan (NIK ")
    assert nik not in world.window.statusBar().currentMessage()  # masked

    # The card shows the new member; the check is red, with the reasons and what to do.
    assert page.state is not None and page.state.member.nik == nik
    assert "Ratna Sari Dewi" in ui.nameLabel.text()
    assert ui.searchMessage.text() == "Ratna Sari Dewi terdaftar sebagai peserta baru."
    assert ui.kpjValue.text() == "tidak ada (belum menjadi peserta)"
    assert page.verdict == "not_eligible"
    assert ui.verdictFrame.property("tone") == "bad"
    assert ui.verdictTitle.text().endswith("Tidak memenuhi syarat")
    assert ui.verdictDetail.text().startswith("Pemeriksaan kepesertaan saja (tanpa kelas).")
    rules = ui.rulesView.toPlainText()
    assert "Peserta belum memiliki kartu/nomor KPJ BPJS Ketenagakerjaan." in rules
    assert "Iuran tercatat 0 bulan; minimal 12 bulan." in rules
    assert "Daftar sebagai peserta BPJS Ketenagakerjaan" in ui.nextStepLabel.text()
    assert page.model.rowCount() == 0
    assert ui.classHint.text().startswith("Belum ada kelas yang dapat ditawarkan")
    assert not ui.enrolButton.isEnabled()

    assert QApplication.activeWindow() is world.window and ui.slipButton.hasFocus()
    # The slip is printed for a worker who is not eligible too.
    assert ui.slipButton.isEnabled()
    QTest.keyClick(page, Qt.Key.Key_P, CTRL)
    idle(qtbot, page)
    assert page.slip is not None and page.slip.path is not None and page.slip.path.exists()
    assert world.previews[-1] == (page.slip.path, f"Slip kelayakan {page.slip.number}")


def test_unverified_membership_needs_a_supervisor(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member_id = add_member(world.db, verified=False)
    member = member_service.get_member(world.db, member_id)
    search(qtbot, page, member.kpj or "")  # by KPJ this time
    assert page.state is not None and page.state.member.id == member_id
    assert page.verdict == "needs_override"
    assert ui.verdictFrame.property("tone") == "warn"
    assert ui.verdictTitle.text().endswith("Perlu persetujuan supervisor")
    assert page.model.data(page.model.index(0, counter.COL_CHECK)) == "! Perlu supervisor"
    assert ui.verifyPanel.isVisible()
    assert ui.enrolButton.text().startswith(f"Daftarkan {member.name} di KLS-1 dengan "
                                            "persetujuan supervisor")

    QTest.keyClick(ui.classTable, Qt.Key.Key_Enter)  # keypad Enter in the list never enrols
    assert page.override_dialog is None and ui.enrolButton.hasFocus()
    QTest.keyClick(ui.classTable, Qt.Key.Key_Enter, CTRL)  # Ctrl+Enter does
    dialog = page.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert [o.rule_id for o in dialog.rules] == ["membership.verified"]
    assert "Verifikasi kepesertaan" in dialog.ui.rulesLabel.text()
    assert world.ctx.runner.pending == 0  # nothing written before the approval

    def approve(username: str, password: str, reason: str) -> None:
        for edit, text in ((dialog.ui.usernameEdit, username),
                           (dialog.ui.passwordEdit, password), (dialog.ui.reasonEdit, reason)):
            edit.clear()
            QTest.keyClicks(edit, text)
        QTest.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
        idle(qtbot, page)

    approve("supervisor", "vokasi-supervisor", "singkat")
    assert dialog.ui.errorLabel.text() == "Tulis alasan persetujuan (minimal 10 karakter)."
    approve("supervisor", "salah-sandi", "Kartu peserta asli sudah diperiksa di loket")
    assert dialog.ui.errorLabel.text() == (
        "Nama pengguna atau kata sandi salah, atau akun sedang dikunci.")
    assert dialog.isVisible() and dialog.ui.passwordEdit.text() == ""
    approve("petugas", "vokasi-petugas", "Kartu peserta asli sudah diperiksa di loket")
    assert "bukan supervisor" in dialog.ui.errorLabel.text()
    assert enrollment_count(world.db, member_id) == 0

    approve("supervisor", "vokasi-supervisor", "Kartu peserta asli sudah diperiksa di loket")
    qtbot.waitUntil(lambda: page.override_dialog is None, timeout=10_000)
    idle(qtbot, page)
    assert page.enrollment is not None
    # The supervisor's name (not the user name), and the sentence ends with a full stop.
    assert ("Disetujui supervisor Siti Rahmawati: Kartu peserta asli sudah diperiksa di "
            "loket. ") in ui.actionMessage.text()
    with world.db.read() as session:
        row = session.execute(select(Enrollment).where(Enrollment.member_id == member_id)
                              ).scalar_one()
        assert row.override_by == "supervisor"
        assert row.override_reason == "Kartu peserta asli sudah diperiksa di loket"
        assert row.enrolled_by == "petugas"
        assert row.verdict == "eligible_with_warnings"
        verified = next(o for o in row.eligibility["outcomes"]
                        if o["rule_id"] == "membership.verified")
        assert verified["overridden"] is True


def test_recording_the_verification_makes_the_member_eligible(
        qtbot: Any, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    page, ui = world.page, world.page.ui
    from vokasi_desktop.ui.pages import counter as counter_module

    asked: list[str] = []

    def note(_parent: Any, title: str, _label: str, _text: str = "") -> str:
        asked.append(title)
        return "Layar JMO: kepesertaan aktif"

    monkeypatch.setattr(counter_module, "ask_text", note)
    member = member_service.get_member(world.db, add_member(world.db, verified=False))
    search(qtbot, page, member.nik)
    QTest.keyClick(ui.classTable, Qt.Key.Key_Down)  # the second class stays chosen
    ui.verifyCombo.setCurrentIndex(ui.verifyCombo.findData("jmo"))
    QTest.keyClick(page, Qt.Key.Key_R, CTRL)
    idle(qtbot, page)
    assert asked, "Ctrl+R recorded a verification without asking what was checked"
    assert ui.actionMessage.text() == "Verifikasi kepesertaan dicatat (aplikasi JMO)."
    assert page.state is not None and page.state.member.verified_method == "jmo"
    assert not ui.verifyPanel.isVisible()
    assert page.verdict == "eligible"
    assert page.current_offer() is not None and page.current_offer().id == world.class_ids[1]


def test_a_change_made_elsewhere_while_the_counter_is_shown_reloads_it(
        qtbot: Any, world: World) -> None:
    """Issue 10: the counter guessed with ``isVisible()`` that every change seen while it is
    shown was its own, so a write by anyone else (a dialog, another page's job) left the card
    stale. The runner now says who asked; only the counter's own writes are skipped."""
    page = world.page
    member = member_service.get_member(world.db, add_member(world.db, verified=False))
    search(qtbot, page, member.nik)
    assert page.state is not None and page.state.member.verified_at is None
    world.ctx.runner.write(member_service.record_verification, world.db, member.id, "card",
                           world.ctx.user, "Kartu kepesertaan diperiksa",
                           changes=frozenset({"member"}), initiator=object())
    idle(qtbot, page)
    assert page.state is not None and page.state.member.verified_method == "card"
    assert page.verdict == "eligible"


def test_the_counters_own_write_is_not_read_twice(qtbot: Any, world: World,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = world.page
    member = member_service.get_member(world.db, add_member(world.db, verified=False))
    search(qtbot, page, member.nik)
    loads: list[int] = []
    real_load = counter.load_state

    def counting_load(*args: Any, **kwargs: Any) -> Any:
        loads.append(1)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(counter, "load_state", counting_load)
    QTest.keyClick(page, Qt.Key.Key_R, CTRL)
    idle(qtbot, page)
    assert page.state is not None and page.state.member.verified_at is not None
    assert loads == [1]


def test_escape_clears_everything_and_focuses_the_search(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member = member_service.get_member(world.db, add_member(world.db))
    search(qtbot, page, member.nik)
    assert page.state is not None and ui.classTable.hasFocus()
    QTest.keyClick(ui.classTable, Qt.Key.Key_Escape)
    assert page.state is None and page.verdict is None and page.request_id is None
    assert ui.searchEdit.text() == "" and ui.searchEdit.hasFocus()
    assert page.model.rowCount() == 0
    assert ui.memberPlaceholder.isVisible() and not ui.nameLabel.isVisible()
    assert ui.verdictTitle.text() == "Pemeriksaan kelayakan"
    assert ui.rulesView.toPlainText() == ""
    assert not ui.enrolButton.isEnabled() and not ui.slipButton.isEnabled()
    # The "Pelanggan berikutnya" button does the same.
    search(qtbot, page, member.nik)
    ui.nextButton.click()
    assert page.state is None and ui.searchEdit.hasFocus()


def test_double_enter_on_enrol_enrols_once(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member_id = add_member(world.db)
    member = member_service.get_member(world.db, member_id)
    search(qtbot, page, member.nik)
    request_id = page.request_id
    assert request_id is not None
    ui.enrolButton.setFocus()
    QTest.keyClick(ui.enrolButton, Qt.Key.Key_Return)
    QTest.keyClick(ui.enrolButton, Qt.Key.Key_Return)
    idle(qtbot, page)
    assert page.enrollment is not None and page.enrollment.request_id == request_id
    assert enrollment_count(world.db, member_id) == 1
    # Ctrl+Enter again after success does not enrol again either.
    QTest.keyClick(page, Qt.Key.Key_Return, CTRL)
    idle(qtbot, page)
    assert enrollment_count(world.db, member_id) == 1
    assert ui.actionMessage.text().startswith("Peserta ini baru saja didaftarkan")
    # A retry of the same attempt (a lost answer) returns the first enrolment.
    again = enrolment.enrol(world.db, member_id, world.class_ids[0], request_id, as_user(world.db, "petugas"),
                            on_date=TODAY)
    assert again.id == page.enrollment.id


def test_invalid_nik_is_refused_inline(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    search(qtbot, page, "3578 0199 0890 0001")  # day 99 cannot be a birth date
    assert ui.searchMessage.property("role") == "error"
    assert ui.searchMessage.text().startswith("Tanggal lahir pada NIK (digit ke-7 dan ke-8)")
    assert ui.searchEdit.property("invalid") is True
    search(qtbot, page, "12345")
    assert ui.searchMessage.text().startswith("NIK harus 16 digit angka; yang dimasukkan 5 digit.")
    assert page.state is None and page.member_dialog is None


def test_enrolment_errors_are_shown_inline(qtbot: Any, world: World,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page, ui = world.page, world.page.ui
    member = member_service.get_member(world.db, add_member(world.db))
    search(qtbot, page, member.nik)

    def no_seats(*_args: object, **_kwargs: object) -> None:
        raise QuotaExhaustedError("quota_exhausted", "Kuota kursi atau anggaran kantor sudah habis.")

    monkeypatch.setattr(enrolment, "enrol", no_seats)
    QTest.keyClick(ui.classTable, Qt.Key.Key_Return, CTRL)
    idle(qtbot, page)
    assert ui.actionMessage.text() == "Kuota kursi atau anggaran kantor sudah habis."
    assert ui.actionMessage.property("role") == "error"
    assert page.enrollment is None and ui.enrolButton.isEnabled()


def test_counter_is_the_first_page_of_the_app(world: World) -> None:
    assert world.window.ui.pageStack.currentWidget() is world.page
    assert QApplication.focusWidget() is world.page.ui.searchEdit


# ------------------------------------------------------------------ the clerk's issue (round 2)

def type_at_focus(text: str, *, enter: bool = True) -> None:
    """Keys as a keyboard or a scanner sends them: each to whatever has the focus now."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        QTest.keyClick(target, char)
    if enter:
        target = QApplication.focusWidget()
        assert target is not None
        QTest.keyClick(target, Qt.Key.Key_Return)


def test_next_nik_typed_on_the_class_list_looks_up_and_never_enrols(qtbot: Any,
                                                                   world: World) -> None:
    page, ui = world.page, world.page.ui
    first = member_service.get_member(world.db, add_member(world.db))
    second = member_service.get_member(world.db, add_member(world.db))
    search(qtbot, page, first.nik)
    assert ui.classTable.hasFocus() and page.current_offer() is not None
    type_at_focus(second.nik)  # the next customer's card, scanned onto the class list
    idle(qtbot, page)
    assert enrollment_count(world.db, first.id) == 0
    assert page.enrollment is None
    assert page.state is not None and page.state.member.id == second.id
    # A plain Enter in the list does not enrol either; it goes to the named button.
    assert ui.classTable.hasFocus()
    QTest.keyClick(ui.classTable, Qt.Key.Key_Return)
    QTest.keyClick(ui.classTable, Qt.Key.Key_Enter)
    idle(qtbot, page)
    assert enrollment_count(world.db, second.id) == 0
    assert second.name in ui.enrolButton.text() and "KLS-1" in ui.enrolButton.text()
    assert ui.enrolButton.text().startswith("Daftarkan")
    # Enter on the focused, named button is the deliberate act.
    assert ui.enrolButton.hasFocus()
    QTest.keyClick(ui.enrolButton, Qt.Key.Key_Return)
    idle(qtbot, page)
    assert enrollment_count(world.db, second.id) == 1


def test_twenty_scans_in_a_row_are_twenty_lookups_and_no_enrolment(
        qtbot: Any, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    page = world.page
    ids = [add_member(world.db) for _ in range(20)]
    niks = [member_service.get_member(world.db, i).nik for i in ids]
    lookups: list[str] = []
    real_lookup = counter.lookup

    def counting_lookup(db: Database, key: str, on: date) -> Any:
        lookups.append(key)
        return real_lookup(db, key, on)

    monkeypatch.setattr(counter, "lookup", counting_lookup)
    enrols: list[object] = []
    real_enrol = enrolment.enrol
    monkeypatch.setattr(enrolment, "enrol",
                        lambda *a, **k: enrols.append(a) or real_enrol(*a, **k))
    for member_id, nik in zip(ids, niks, strict=True):
        type_at_focus(nik)  # no delay between keys, Enter at the end, no Esc
        idle(qtbot, page)
        assert page.state is not None and page.state.member.id == member_id
    assert lookups == niks
    assert enrols == []
    with world.db.read() as session:
        assert session.execute(select(func.count()).select_from(Enrollment)).scalar_one() == 0


def test_registration_dialog_starts_on_the_name_and_keeps_the_nik(qtbot: Any,
                                                                  world: World) -> None:
    page, ui = world.page, world.page.ui
    nik = encode_nik("3578", date(1991, 3, 5), "L", 4321)
    search(qtbot, page, nik)
    QTest.keyClick(ui.searchEdit, Qt.Key.Key_Return)  # not found: Enter again registers
    dialog = page.member_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog, timeout=5_000)
    assert dialog.ui.nameEdit.hasFocus()
    type_at_focus("Budi Santoso", enter=False)
    assert dialog.ui.nikEdit.text() == nik
    assert dialog.ui.nameEdit.text() == "Budi Santoso"
    dialog.reject()


def test_counter_refreshes_after_enrolling_and_focus_follows_the_work(
        qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member = member_service.get_member(world.db, add_member(world.db))
    other = member_service.get_member(world.db, add_member(world.db))
    search(qtbot, page, member.nik)
    seats_before = {o.id: o.klass.seats_left for o in page.model.rows}
    quota_before = world.window.quota_label.text()
    assert "Memenuhi syarat" in ui.verdictTitle.text()
    QTest.keyClick(ui.classTable, Qt.Key.Key_Return, CTRL)
    idle(qtbot, page)
    assert page.enrollment is not None
    taken = page.enrollment.class_id
    # The verdict no longer invites Ctrl+Enter; it says what was done and what comes next.
    assert "Memenuhi syarat" not in ui.verdictTitle.text()
    assert ui.verdictTitle.text().endswith("Terdaftar")
    assert "Ctrl+Enter" not in ui.nextStepLabel.text()
    assert "Ctrl+L" in ui.nextStepLabel.text()
    # The list and its seats are read again: the class just taken is not offered with its
    # old seat count.
    for offered in page.model.rows:
        assert not (offered.id == taken and offered.klass.seats_left == seats_before[taken])
    # The quota in the status bar counts the seat (the class starts in 2027: next year's).
    qtbot.waitUntil(lambda: world.window.quota_label.text() != quota_before, timeout=10_000)
    assert "2027: sisa" in world.window.quota_label.text()
    assert ui.letterButton.hasFocus()
    QTest.keyClick(ui.letterButton, Qt.Key.Key_Return)
    idle(qtbot, page)
    assert page.letter is not None and world.previews
    # After the letter the cursor waits for the next NIK, not on "Cetak slip".
    assert ui.searchEdit.hasFocus() and not ui.slipButton.hasFocus()
    type_at_focus(other.nik)
    idle(qtbot, page)
    assert page.state is not None and page.state.member.id == other.id
    assert page.enrollment is None


def test_print_to_pdf_without_printer_suggests_a_plain_file_name(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from vokasi_desktop.ui import outputs
    from vokasi_desktop.ui.dialogs import pdf_preview

    class NoPrinters:
        @staticmethod
        def availablePrinters() -> list[object]:
            return []

    monkeypatch.setattr(pdf_preview, "QPrinterInfo", NoPrinters, raising=False)
    printer = pdf_preview.new_printer("Slip kelayakan KLY/00004/KC-KRJ/XI/2026", False)
    target = Path(printer.outputFileName())
    assert printer.outputFileName()
    assert target.parent == outputs.documents_dir() == world.documents
    assert "/" not in target.name and "\\" not in target.name
    assert target.name == "Slip kelayakan KLY-00004-KC-KRJ-XI-2026.pdf"
    assert "/" not in printer.docName()
    assert target.parent.is_dir()  # writable where it is suggested


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_alt_keys_on_the_counter_are_unique(qtbot: Any, world: World) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    page = world.page
    member = member_service.get_member(world.db, add_member(world.db, verified=False))
    search(qtbot, page, member.nik)  # every button and the verification panel are shown
    texts = [a.text() for a in world.window.menuBar().actions()]
    texts += [b.text() for b in page.findChildren(QAbstractButton)]
    texts += [lbl.text() for lbl in page.findChildren(QLabel) if lbl.buddy() is not None]
    keys = [k for k in map(_mnemonic, texts) if k is not None]
    clashes = {k for k in keys if keys.count(k) > 1}
    assert not clashes, [t for t in texts if _mnemonic(t) in clashes]


def test_a_worker_without_kpj_gets_one_next_step_not_three(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member = member_service.get_member(world.db, add_member(world.db, kpj=False, months=0))
    search(qtbot, page, member.nik)
    assert page.verdict == "not_eligible"
    steps = ui.nextStepLabel.text()
    rules = ui.rulesView.toPlainText()
    assert steps.count("Daftar sebagai peserta BPJS Ketenagakerjaan") == 1, steps
    assert rules.count("Daftar sebagai peserta BPJS Ketenagakerjaan") == 1, rules
    assert "Iuran tercatat 0 bulan; minimal 12 bulan." in rules  # the reasons all stay


SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def save_screenshot(widget: Any, name: str, tmp: Path) -> Path:
    """A picture of ``widget`` in tmp (always) and in docs/screenshots when asked to
    (``VOKASI_SAVE_SCREENSHOTS=1``, how the README pictures are retaken)."""
    import os

    path = tmp / f"{name}.png"
    assert widget.grab().save(str(path))
    if os.environ.get("VOKASI_SAVE_SCREENSHOTS") == "1":
        widget.grab().save(str(SCREENSHOTS / f"{name}.png"))
    return path


class _TickingClock(datetime):
    """``datetime`` whose ``now()`` starts at 10:00 local time on TODAY and ticks 1 s a call."""

    ticks = 0

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _TickingClock:  # type: ignore[override]
        cls.ticks += 1
        local = datetime.combine(TODAY, time(10, 0)).astimezone() + timedelta(seconds=cls.ticks)
        moment = local.astimezone(tz) if tz is not None else local.replace(tzinfo=None)
        return cls.fromtimestamp(moment.timestamp(), moment.tzinfo)


def test_today_list_shows_the_workers_served_and_continues_with_one(
        qtbot: Any, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The database records times from its clock and the list covers the app's "today": both
    # are fixed on TODAY, so the test passes on any real date, also just after midnight.
    monkeypatch.setattr(timeutil, "datetime", _TickingClock)
    page, ui = world.page, world.page.ui
    world.window.resize(1366, 768)
    refused = member_service.get_member(world.db, add_member(world.db, kpj=False, months=0))
    enrolled = member_service.get_member(world.db, add_member(world.db, verified=False))
    found = member_service.get_member(world.db, add_member(world.db, name="Dewi Lestari"))

    # 1. Refused, slip printed.
    search(qtbot, page, refused.nik)
    QTest.keyClick(page, Qt.Key.Key_P, CTRL)
    idle(qtbot, page)
    slip_number = page.slip.number if page.slip else None
    # 2. Membership verified, enrolled, letter printed.
    search(qtbot, page, enrolled.nik)
    QTest.keyClick(page, Qt.Key.Key_R, CTRL)
    idle(qtbot, page)
    QTest.keyClick(page, Qt.Key.Key_Return, CTRL)
    idle(qtbot, page)
    QTest.keyClick(page, Qt.Key.Key_L, CTRL)
    idle(qtbot, page)
    assert page.letter is not None
    letter_number = page.letter.number
    save_screenshot(world.window, "counter_enrolled", tmp_path)
    # 3. Only looked up (eligible), then interrupted.
    search(qtbot, page, found.nik)
    assert page.state is not None and page.state.member.id == found.id

    QTest.keyClick(page, Qt.Key.Key_T, CTRL)
    idle(qtbot, page)
    model = page.today_model
    assert page.tabs.currentIndex() == 1 and page.today_table.hasFocus()
    assert [r.member_id for r in model.rows] == [found.id, enrolled.id, refused.id]
    texts = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert texts[0][1] == "Dewi Lestari" and texts[0][3] == "Memenuhi syarat"
    assert "*" in texts[0][2] and found.nik not in texts[0][2]
    assert texts[1][3] == "Terdaftar di KLS-1"
    assert "diverifikasi" in texts[1][4] and f"surat {letter_number}" in texts[1][4]
    assert texts[2][3].startswith("Tidak memenuhi syarat: Kartu peserta (KPJ)")
    assert f"slip {slip_number}" in texts[2][4]
    assert page.tabs.tabText(1).startswith("Hari ini (3)")
    save_screenshot(world.window, "counter_today", tmp_path)

    # Enter on the enrolled worker continues with them: the letter is there to reprint.
    page.today_table.setCurrentIndex(model.index(1, 0))
    QTest.keyClick(page.today_table, Qt.Key.Key_Return)
    idle(qtbot, page)
    assert page.state is not None and page.state.member.id == enrolled.id
    assert page.enrollment is not None and page.letter is not None
    assert page.letter.number == letter_number
    assert page.tabs.currentIndex() == 0 and ui.letterButton.hasFocus()
    assert ui.verdictTitle.text().endswith("Terdaftar")
    previews = len(world.previews)
    QTest.keyClick(page, Qt.Key.Key_L, CTRL)  # shows the same letter, no second number
    idle(qtbot, page)
    assert len(world.previews) == previews + 1 and world.previews[-1][0] == page.letter.path
    with world.db.read() as session:
        letters = session.execute(select(func.count()).select_from(DocumentRecord).where(
            DocumentRecord.doc_type == "letter")).scalar_one()
    assert letters == 1


def test_counter_fits_a_1366x768_laptop(qtbot: Any, world: World) -> None:
    page = world.page
    member = member_service.get_member(world.db, add_member(world.db))
    search(qtbot, page, member.nik)
    QTest.keyClick(page, Qt.Key.Key_Return, CTRL)
    idle(qtbot, page)
    hint = world.window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740, hint
    world.window.resize(1366, 740)
    QTest.qWait(20)
    assert world.window.width() <= 1366
    # The quota in the status bar is readable in full (the database path gives way).
    quota = world.window.quota_label
    qtbot.waitUntil(lambda: "2027" in quota.text(), timeout=10_000)
    QTest.qWait(20)
    assert quota.width() >= quota.sizeHint().width()
    assert quota.geometry().right() <= world.window.width()


def test_f1_and_question_mark_show_the_counter_keys(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    assert ui.searchEdit.hasFocus()
    QTest.keyClick(ui.searchEdit, Qt.Key.Key_F1)
    box = page.keys_dialog
    assert box is not None and box.isVisible()
    text = box.text()
    for key in ("Ctrl+Enter", "Ctrl+L", "Ctrl+P", "Ctrl+R", "Ctrl+N", "Ctrl+T", "Esc"):
        assert key in text
    assert "Pelanggan berikutnya" in text and "Cetak surat pengantar" in text
    box.done(0)
    qtbot.waitUntil(lambda: page.keys_dialog is None, timeout=5_000)
    QTest.keyClicks(ui.searchEdit, "?")
    assert page.keys_dialog is not None
    assert ui.searchEdit.text() == ""  # "?" is not typed into the NIK
    page.keys_dialog.done(0)


def test_a_supervisor_signed_in_here_cannot_approve_their_own_enrolment(
        qtbot: Any, world: World) -> None:
    """Four eyes: the name field is not pre-filled and the signed-in supervisor is refused."""
    page, ui = world.page, world.page.ui
    from dataclasses import replace

    page.ctx = replace(world.ctx, user=user_named(world.db, "supervisor"))  # signed in here
    member_id = add_member(world.db, verified=False)
    member = member_service.get_member(world.db, member_id)
    search(qtbot, page, member.nik)
    QTest.keyClick(ui.classTable, Qt.Key.Key_Return, CTRL)
    dialog = page.override_dialog
    assert dialog is not None
    assert dialog.ui.usernameEdit.text() == ""
    qtbot.waitUntil(lambda: dialog.ui.usernameEdit.hasFocus(), timeout=5_000)
    type_at_focus("supervisor", enter=False)
    QTest.keyClicks(dialog.ui.passwordEdit, "vokasi-supervisor")
    QTest.keyClicks(dialog.ui.reasonEdit, "Kartu peserta asli sudah diperiksa di loket")
    QTest.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    idle(qtbot, page)
    assert page.enrollment is None
    assert enrollment_count(world.db, member_id) == 0


def test_a_clerk_still_names_the_supervisor(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member = member_service.get_member(world.db, add_member(world.db, verified=False))
    search(qtbot, page, member.nik)
    QTest.keyClick(ui.classTable, Qt.Key.Key_Return, CTRL)
    dialog = page.override_dialog
    assert dialog is not None and dialog.ui.usernameEdit.text() == ""
    dialog.reject()


def test_domain_texts_are_translated_and_match_the_domain_in_indonesian() -> None:
    from vokasi_desktop.domain.eligibility.rules import all_rules
    from vokasi_desktop.domain.identifiers import IdentifierError, parse_kpj, parse_nik
    from vokasi_desktop.ui import domain_text

    # Indonesian GUI: the same words the domain writes.
    for rule in all_rules():
        assert domain_text.rule_title(rule.rule_id) == rule.title
    for typed in ("", "12345", "3578 01x9 0890 0001", "9978010509900001", "3500010509900001",
                  "3578000509900001", "3578019908900001", "3578011513900001",
                  "3578010509900000", "3578013002900001"):
        with pytest.raises(IdentifierError) as caught:
            parse_nik(typed, TODAY)
        assert domain_text.identifier_message(caught.value, typed) == caught.value.message
    for typed in ("", "123", "1234567890#"):
        with pytest.raises(IdentifierError) as caught:
            parse_kpj(typed)
        assert domain_text.identifier_message(caught.value, typed) == caught.value.message


@pytest.mark.usefixtures("english_ui")
def test_english_counter_shows_english_rule_titles_and_nik_errors(qtbot: Any,
                                                                  world: World) -> None:
    page, ui = world.page, world.page.ui
    search(qtbot, page, "12345")
    assert ui.searchMessage.text() == ("NIK must be 16 digits; 5 digits were typed. Type a "
                                       "16-digit NIK or an 11-character KPJ.")
    member = member_service.get_member(world.db, add_member(world.db, kpj=False, months=0))
    search(qtbot, page, member.nik)
    rules = ui.rulesView.toPlainText()
    assert "Membership card (KPJ)" in rules and "Contribution months" in rules
    assert "Kartu peserta (KPJ)" not in rules
    # The verdict, the rule messages and the next steps are English too.
    assert ui.verdictTitle.text().endswith("Not eligible")
    assert ("The worker has no BPJS Ketenagakerjaan membership card/number (KPJ) yet."
            in rules)
    assert "0 months of contributions recorded; at least" in rules
    steps = ui.nextStepLabel.text()
    assert "Register as a BPJS Ketenagakerjaan member first. Then pay" in steps
    for indonesian in ("Peserta belum memiliki", "Iuran tercatat", "Daftar sebagai peserta",
                       "terlebih dahulu"):
        assert indonesian not in rules and indonesian not in steps


def test_indonesian_counter_shows_the_same_in_indonesian(qtbot: Any, world: World) -> None:
    page, ui = world.page, world.page.ui
    member = member_service.get_member(world.db, add_member(world.db, kpj=False, months=0))
    search(qtbot, page, member.nik)
    rules = ui.rulesView.toPlainText()
    assert ui.verdictTitle.text().endswith("Tidak memenuhi syarat")
    assert "Peserta belum memiliki kartu/nomor KPJ BPJS Ketenagakerjaan." in rules
    assert "Iuran tercatat 0 bulan; minimal" in rules
    assert "Daftar sebagai peserta BPJS Ketenagakerjaan terlebih dahulu." in (
        ui.nextStepLabel.text())
    assert "membership" not in rules.lower() and "contributions" not in rules


def test_placeholders_fit_on_a_1366_screen(qtbot: Any, world: World) -> None:
    from PySide6.QtWidgets import QLineEdit

    from vokasi_desktop.ui.dialogs.override import OverrideDialog

    world.window.resize(1366, 740)
    QTest.qWait(20)
    dialog = OverrideDialog(world.db, world.ctx.runner, [], parent=world.page)
    dialog.show()
    QTest.qWait(20)
    cut = []
    for widget in (world.page, dialog):
        for edit in widget.findChildren(QLineEdit):
            hint = edit.placeholderText()
            if hint and edit.isVisible() and (
                    edit.fontMetrics().horizontalAdvance(hint) + 16 > edit.width()):
                cut.append((edit.objectName(), hint, edit.width()))
    dialog.reject()
    assert not cut
