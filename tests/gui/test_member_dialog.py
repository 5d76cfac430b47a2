"""Member dialog: NIK decoding, inline validation, duplicates, unsaved changes, saving."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from tests.db.factories import as_user
from tests.gui.conftest import Answers
from vokasi_desktop.db.models import Member
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services import members as member_service
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.member import MemberDialog

NEW_NIK = encode_nik("3578", date(1990, 8, 17), "P", 9001)  # 3578015708900001 style


def open_dialog(qtbot: Any, ctx: UiContext, member_id: int | None = None,
                nik: str = "") -> MemberDialog:
    dialog = MemberDialog(ctx, member_id, nik=nik)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.clear()
    QTest.keyClicks(widget, text)
    widget.editingFinished.emit()


def test_nik_is_decoded_while_typing(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    spaced = f"{NEW_NIK[:6]} {NEW_NIK[6:12]}.{NEW_NIK[12:]}"
    QTest.keyClicks(ui.nikEdit, spaced)
    assert ui.birthDateEdit.text() == "17/08/1990"
    assert ui.sexCombo.currentData() == "P"
    assert ui.regionEdit.text().startswith("3578")
    info = ui.nikInfoLabel.text()
    assert info.startswith("NIK: lahir 17/08/1990 · Perempuan · terbit di KOTA SURABAYA")
    assert ui.nikInfoLabel.property("role") == "info"


def test_invalid_nik_and_missing_fields_are_refused_inline(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    QTest.keyClicks(ui.nikEdit, "3578019908900001")  # day 99: impossible
    assert ui.nikInfoLabel.property("role") == "error"
    assert "Tanggal lahir pada NIK" in ui.nikInfoLabel.text()
    dialog.save()
    assert dialog.isVisible()
    assert ui.nameError.text() == "Isi nama sesuai KTP."
    assert "perlu diperbaiki" in ui.messageLabel.text()
    assert ctx.runner.pending == 0  # nothing was sent to the database


def register(qtbot: Any, dialog: MemberDialog, name: str) -> None:
    ui = dialog.ui
    type_into(ui.nameEdit, name)
    type_into(ui.birthPlaceEdit, "Surabaya")
    ui.segmentCombo.setCurrentIndex(ui.segmentCombo.findData("BPU"))
    ui.employmentCombo.setCurrentIndex(ui.employmentCombo.findData("informal"))
    type_into(ui.phoneEdit, "081234567890")
    if dialog.consent_check is not None:  # the worker agreed to the consent text
        dialog.consent_check.setChecked(True)


def test_register_a_new_member(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx, nik=NEW_NIK)
    register(qtbot, dialog, "Ratna   Sari Dewi")
    with qtbot.waitSignal(ctx.signals.data_changed, timeout=10_000) as changed:
        dialog.save()
    assert changed.args == [frozenset({"member"})]
    assert not dialog.isVisible()
    assert dialog.view is not None and dialog.view.name == "Ratna Sari Dewi"
    with ctx.db.read() as session:
        member = session.execute(select(Member).where(Member.nik == NEW_NIK)).scalar_one()
        assert member.sex == "P" and member.region_code == "3578"
        assert member.segment == "BPU" and member.consent_at is not None


def test_registration_needs_the_consent_box(qtbot: Any, ctx: UiContext) -> None:
    from vokasi_desktop.db.models import MemberConsent
    from vokasi_desktop.domain.privacy import CONSENT_TEXT

    dialog = open_dialog(qtbot, ctx, nik=NEW_NIK)
    register(qtbot, dialog, "Ratna Sari Dewi")
    assert dialog.consent_check is not None
    assert CONSENT_TEXT in dialog.findChild(QLabel, "consentTextLabel").text()
    dialog.consent_check.setChecked(False)
    dialog.save()
    assert dialog.isVisible() and ctx.runner.pending == 0
    assert "persetujuan" in dialog.ui.messageLabel.text()
    dialog.consent_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    with ctx.db.read() as session:
        member = session.execute(select(Member).where(Member.nik == NEW_NIK)).scalar_one()
        consent = session.execute(select(MemberConsent).where(
            MemberConsent.member_id == member.id)).scalar_one()
        assert consent.recorded_by == ctx.user.username and consent.method == "counter"


def test_existing_nik_is_flagged_while_typing(qtbot: Any, ctx: UiContext) -> None:
    with ctx.db.read() as session:
        nik, name = session.execute(select(Member.nik, Member.name).order_by(Member.id)).first()
    dialog = open_dialog(qtbot, ctx)
    type_into(dialog.ui.nikEdit, nik)
    qtbot.waitUntil(lambda: dialog.ui.duplicatesLabel.isVisible(), timeout=5000)
    assert dialog.ui.duplicatesLabel.text().startswith(f"NIK ini sudah terdaftar atas nama {name}")
    # Saving anyway is refused by the service and shown next to the NIK.
    register(qtbot, dialog, "Orang Lain")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog._saving, timeout=10_000)
    assert dialog.isVisible()
    assert "sudah terdaftar" in dialog.ui.nikInfoLabel.text()


def test_similar_member_needs_confirmation(qtbot: Any, ctx: UiContext, answers: Answers) -> None:
    with ctx.db.read() as session:
        name, birth, sex = session.execute(
            select(Member.name, Member.birth_date, Member.sex).where(Member.name.like("% %"))
            .order_by(Member.id)).first()
    nik = encode_nik("3578", birth, sex, 9876)
    dialog = open_dialog(qtbot, ctx, nik=nik)
    register(qtbot, dialog, name)
    answers.queue.append(True)  # "Is this a different person?" -> Yes
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    kind, title, text = answers.asked[0]
    assert kind == "yes_no" and title == "Kemungkinan data ganda"
    assert name in text
    with ctx.db.read() as session:
        assert session.execute(select(func.count()).where(Member.nik == nik)).scalar() == 1


def test_edit_member_and_version_check(qtbot: Any, ctx: UiContext) -> None:
    with ctx.db.read() as session:
        member_id = session.execute(select(Member.id).where(Member.kpj.is_not(None))
                                    .order_by(Member.id)).scalars().first()
    dialog = open_dialog(qtbot, ctx, member_id)
    assert not dialog.dirty
    version = dialog.view.version
    type_into(dialog.ui.phoneEdit, "085700001111")
    assert dialog.dirty
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert saved.args[0].phone == "085700001111"
    assert saved.args[0].version == version + 1


def test_stale_edit_is_refused(qtbot: Any, ctx: UiContext, answers: Answers) -> None:
    with ctx.db.read() as session:
        member_id = session.execute(select(Member.id).where(Member.kpj.is_not(None))
                                    .order_by(Member.id.desc())).scalars().first()
    dialog = open_dialog(qtbot, ctx, member_id)
    # Another counter saves the same member first.
    view = member_service.get_member(ctx.db, member_id)
    data = member_service.MemberInput(**{
        f: getattr(view, f) for f in member_service.MemberInput.__dataclass_fields__
        if hasattr(view, f)} | {"address": "Jl. Baru No. 1, Surabaya"})
    member_service.update_member(ctx.db, member_id, data, as_user(ctx.db, "petugas"),
                                 expected_version=view.version)
    type_into(dialog.ui.phoneEdit, "085700002222")
    dialog.save()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=10_000)
    assert answers.asked[0][:2] == ("warn", "Diubah di tempat lain")
    assert dialog.isVisible()


def test_unsaved_changes_ask_before_closing(qtbot: Any, ctx: UiContext, answers: Answers) -> None:
    dialog = open_dialog(qtbot, ctx)
    QTest.keyClicks(dialog.ui.nameEdit, "Setengah Diisi")
    answers.queue.append("cancel")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert answers.asked[-1][:2] == ("save", "Perubahan belum disimpan")
    answers.queue.append("discard")
    dialog.close()
    assert not dialog.isVisible()


def test_nik_mismatch_needs_a_reason(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx, nik=NEW_NIK)
    ui = dialog.ui
    assert not ui.nikReasonEdit.isEnabled()
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findData("L"))
    ui.sexCombo.activated.emit(ui.sexCombo.currentIndex())
    assert ui.nikInfoLabel.property("role") == "warning"
    assert "berbeda dengan yang tercatat pada NIK" in ui.nikInfoLabel.text()
    assert ui.nikReasonEdit.isEnabled()
    register(qtbot, dialog, "Andi Pratama")
    dialog.save()
    assert dialog.isVisible() and "Alasan peringatan NIK" in ui.messageLabel.text()
    type_into(ui.nikReasonEdit, "KTP lama salah cetak; dicek dengan KK")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()


def test_nik_warning_is_not_clipped_and_placeholders_fit(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx, nik=NEW_NIK)
    ui = dialog.ui
    dialog.resize(dialog.minimumSizeHint())  # as small as the dialog lets itself be
    QTest.qWait(20)
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findData("L"))
    ui.sexCombo.activated.emit(ui.sexCombo.currentIndex())
    QTest.qWait(50)
    label = ui.nikInfoLabel
    assert "berbeda dengan yang tercatat pada NIK" in label.text()
    assert label.height() >= label.heightForWidth(label.width())  # every line shown
    assert label.geometry().bottom() < ui.nameEdit.geometry().top()  # not over Nama
    for edit in (ui.nikReasonEdit, ui.kkEdit, ui.kpjEdit, ui.consentPurposeEdit):
        hint = edit.placeholderText()
        if hint:
            assert edit.fontMetrics().horizontalAdvance(hint) < edit.width(), hint


def test_member_dialog_shows_the_contribution_history(qtbot: Any, ctx: UiContext) -> None:
    member_id = member_service.register_member(ctx.db, member_service.MemberInput(
        nik=encode_nik("3578", date(1988, 2, 3), "L", 77), name="Rudi Hartono",
        birth_date=date(1988, 2, 3), sex="L", segment="PU", employment_status="employed",
        kpj="12345678901", membership_status="active", membership_since=date(2015, 1, 1)),
        as_user(ctx.db, "petugas"), accept_similar=True).id
    member_service.add_contribution_period(ctx.db, member_id, date(2024, 1, 1),
                                           date(2024, 12, 1), as_user(ctx.db, "supervisor"), "head_office")
    member_service.add_contribution_period(ctx.db, member_id, date(2025, 3, 1),
                                           date(2025, 8, 1), as_user(ctx.db, "supervisor"), "card")
    dialog = open_dialog(qtbot, ctx, member_id)
    label = dialog.contributions_label
    assert label is not None and label.isVisible()
    lines = label.text().splitlines()
    assert lines == ["Mar 2025 – Agu 2025: 6 bulan (kartu peserta)",
                     "Jan 2024 – Des 2024: 12 bulan (data kantor pusat)"]
