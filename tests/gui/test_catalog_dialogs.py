"""Institution and class dialogs: licence/experience warnings, saving through the catalog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtTest import QTest
from sqlalchemy import select

from tests.gui.conftest import Answers
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Institution, TrainingClass
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.institution import InstitutionDialog
from vokasi_desktop.ui.dialogs.klass import ClassDialog
from vokasi_desktop.ui.format import fmt_date


def type_into(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.clear()
    QTest.keyClicks(widget, text)
    widget.editingFinished.emit()


def test_institution_licence_and_experience_status(qtbot: Any, ctx: UiContext) -> None:
    today = ctx.today()
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.licenceStateLabel.property("role") == "error"  # nothing recorded yet
    type_into(ui.licenceNumberEdit, "563/123/436.7.1/2025")
    # A number without an expiry date: valid without time limit, as in the engine.
    assert ui.licenceStateLabel.property("role") == "ok"
    assert "tanpa batas waktu" in ui.licenceStateLabel.text()
    type_into(ui.licenceIssuedEdit, fmt_date(today + timedelta(days=3)))
    assert ui.licenceStateLabel.property("role") == "warning"
    assert "belum berlaku" in ui.licenceStateLabel.text()
    type_into(ui.licenceIssuedEdit, fmt_date(today - timedelta(days=300)))
    type_into(ui.licenceExpiresEdit, fmt_date(today + timedelta(days=20)))
    assert ui.licenceStateLabel.property("role") == "warning"
    assert "berakhir dalam 20 hari" in ui.licenceStateLabel.text()
    type_into(ui.licenceExpiresEdit, fmt_date(today - timedelta(days=1)))
    assert ui.licenceStateLabel.text().startswith("Izin kedaluwarsa sejak")
    type_into(ui.licenceExpiresEdit, fmt_date(today + timedelta(days=800)))
    assert ui.licenceStateLabel.property("role") == "ok"
    type_into(ui.foundedEdit, fmt_date(today - timedelta(days=100)))
    assert ui.experienceLabel.property("role") == "warning"
    assert "kurang dari 1 tahun" in ui.experienceLabel.text()
    type_into(ui.foundedEdit, "31/02/2020")
    assert ui.experienceLabel.property("role") == "error"
    type_into(ui.foundedEdit, fmt_date(today.replace(year=today.year - 3)))
    assert ui.experienceLabel.text() == "Pengalaman 3 tahun 0 bulan."


def test_create_institution_then_class(qtbot: Any, demo_db: Database,
                                       make_ctx: Callable[..., UiContext],
                                       answers: Answers) -> None:
    ctx = make_ctx(demo_db, "supervisor")  # catalog.edit is a supervisor action
    today = ctx.today()
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    type_into(ui.codeEdit, "LPK-900")
    type_into(ui.nameEdit, "LPK Uji Terampil")
    type_into(ui.regionEdit, "3578")
    assert ui.regionInfoLabel.text() == "KOTA SURABAYA, JAWA TIMUR"
    type_into(ui.licenceNumberEdit, "563/900/436.7.1/2024")
    type_into(ui.licenceExpiresEdit, fmt_date(today + timedelta(days=30)))
    type_into(ui.foundedEdit, fmt_date(today - timedelta(days=60)))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    institution = saved.args[0]
    assert institution.code == "LPK-900" and institution.region_code == "3578"

    klass = ClassDialog(ctx)
    qtbot.addWidget(klass)
    klass.show()
    kui = klass.ui
    type_into(kui.codeEdit, "KLS-UJI-1")
    kui.institutionCombo.setCurrentIndex(kui.institutionCombo.findData(institution.id))
    warning = kui.institutionInfoLabel.text()
    assert "kurang dari satu tahun" in warning
    type_into(kui.titleEdit, "Las Listrik SMAW")
    type_into(kui.startDateEdit, fmt_date(today + timedelta(days=60)))
    type_into(kui.endDateEdit, fmt_date(today + timedelta(days=40)))
    assert kui.datesError.text() == "Tanggal selesai kelas sebelum tanggal mulai."
    type_into(kui.endDateEdit, fmt_date(today + timedelta(days=90)))
    assert "berakhir" in kui.institutionInfoLabel.text()  # licence ends before the start
    type_into(kui.costEdit, "Rp2.400.000")
    kui.capacitySpin.setValue(25)
    with qtbot.waitSignal(klass.saved, timeout=10_000) as saved_class:
        klass.save()
    assert saved_class.args[0].cost_per_participant == 2_400_000
    with ctx.db.read() as session:
        row = session.execute(select(TrainingClass).where(TrainingClass.code == "KLS-UJI-1")
                              ).scalar_one()
        assert row.institution_id == institution.id and row.capacity == 25


def test_duplicate_institution_code_is_shown(qtbot: Any, demo_db: Database,
                                             make_ctx: Callable[..., UiContext]) -> None:
    ctx = make_ctx(demo_db, "supervisor")  # catalog.edit is a supervisor action
    with ctx.db.read() as session:
        existing = session.execute(select(Institution).order_by(Institution.id)).scalars().first()
        other = session.execute(select(Institution.id).where(Institution.id != existing.id)
                                ).scalars().first()
    dialog = InstitutionDialog(ctx, other)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.ui.codeEdit, existing.code)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.isVisible(), timeout=10_000)
    assert "sudah dipakai" in dialog.ui.messageLabel.text()
    assert dialog.ui.codeEdit.property("invalid") is True
