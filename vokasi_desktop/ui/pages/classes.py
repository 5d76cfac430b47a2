"""Kelas: training classes with seats left and cost."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from vokasi_desktop.services import browse, catalog
from vokasi_desktop.services.browse import ClassFilter, ClassRow
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.klass import ClassDialog
from vokasi_desktop.ui.format import fmt_date, fmt_money
from vokasi_desktop.ui.generated.ui_classes_page import Ui_ClassesPage
from vokasi_desktop.ui.pages.records import RecordsPage, fill_combo
from vokasi_desktop.ui.signals import CLASS, ENROLLMENT, INSTITUTION
from vokasi_desktop.ui.style import ERROR, MUTED
from vokasi_desktop.ui.table_model import ALIGN_CENTER, ALIGN_RIGHT, Column, Query, RecordSource


def _seats_fg(row: ClassRow) -> QColor | None:
    return ERROR if row.seats_left <= 0 else None


def _status_fg(row: ClassRow) -> QColor | None:
    return MUTED if row.status in ("finished", "cancelled", "closed") else None


class ClassesPage(RecordsPage):
    """Classes by start date; filter by mode, status, institution, seats left."""

    entities = frozenset({CLASS, ENROLLMENT, INSTITUTION})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ClassesPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.search_edit, self.table, self.count_label = ui.searchEdit, ui.tableView, ui.countLabel
        self.open_button, self.new_button = ui.openButton, ui.newButton
        fill_combo(ui.modeCombo, self.tr("All modes"), labels.choices(labels.CLASS_MODES))
        fill_combo(ui.statusCombo, self.tr("All statuses"), labels.choices(labels.CLASS_STATUSES))
        self._fill_institutions()
        self.setup_records(filters=[ui.modeCombo, ui.statusCombo, ui.institutionCombo],
                           checks=[ui.seatsLeftCheck])
        ctx.signals.data_changed.connect(self._institutions_changed)

    def _fill_institutions(self) -> None:
        combo = self.ui.institutionCombo
        current = combo.currentData()
        fill_combo(combo, self.tr("All institutions"),
                   [(i.id, i.name) for i in catalog.list_institutions(self.ctx.db)])
        index = combo.findData(current)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _institutions_changed(self, entities: frozenset[str]) -> None:
        if INSTITUTION in entities:
            self._fill_institutions()

    def columns(self) -> list[Column[ClassRow]]:
        return [
            Column("code", self.tr("Code"), lambda r: r.code, "code", width=120),
            Column("title", self.tr("Title"), lambda r: r.title, "title", width=240,
                   tooltip=lambda r: r.field or None),
            Column("institution", self.tr("Institution"), lambda r: r.institution_name,
                   "institution", width=210),
            Column("mode", self.tr("Mode"), lambda r: labels.label(labels.CLASS_MODES, r.mode),
                   "mode", value=lambda r: r.mode, width=140),
            Column("region", self.tr("Region"), lambda r: r.region_name, "region",
                   value=lambda r: r.region_code, width=150),
            Column("start_date", self.tr("Start"), lambda r: fmt_date(r.start_date),
                   "start_date", value=lambda r: r.start_date, width=95, align=ALIGN_CENTER),
            Column("end_date", self.tr("End"), lambda r: fmt_date(r.end_date),
                   value=lambda r: r.end_date, width=95, align=ALIGN_CENTER),
            Column("seats", self.tr("Seats left"),
                   lambda r: f"{r.seats_left} / {r.capacity}", "seats_left",
                   value=lambda r: r.seats_left, width=90, align=ALIGN_RIGHT,
                   foreground=_seats_fg),
            Column("cost", self.tr("Cost per participant"),
                   lambda r: fmt_money(r.cost_per_participant), "cost",
                   value=lambda r: r.cost_per_participant, width=150, align=ALIGN_RIGHT),
            Column("status", self.tr("Status"),
                   lambda r: labels.label(labels.CLASS_STATUSES, r.status), "status",
                   value=lambda r: r.status, width=100, foreground=_status_fg),
        ]

    def source(self) -> RecordSource[ClassFilter, ClassRow]:
        db = self.ctx.db
        return RecordSource(
            count=lambda flt: browse.class_count(db, flt),
            ids=lambda flt, sort, desc, **kw: browse.class_ids(db, flt, sort, desc, **kw),
            rows=lambda ids: browse.class_rows(db, ids),
        )

    def initial_query(self) -> Query[ClassFilter]:
        return Query(ClassFilter(), "start_date", descending=True)

    def current_filter(self) -> ClassFilter:
        ui = self.ui
        return ClassFilter(
            text=ui.searchEdit.text(), mode=ui.modeCombo.currentData(),
            status=ui.statusCombo.currentData(), institution_id=ui.institutionCombo.currentData(),
            seats_left_only=ui.seatsLeftCheck.isChecked(),
        )

    def noun_count(self, count: str) -> str:
        return self.tr("%1 classes").replace("%1", count)

    def open_record(self, row_id: int) -> None:
        self._open(ClassDialog(self.ctx, row_id, parent=self))

    def new_record(self) -> None:
        self._open(ClassDialog(self.ctx, None, parent=self))

    def _open(self, dialog: ClassDialog) -> None:
        dialog.saved.connect(self._remember_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _remember_saved(self, view: Any) -> None:
        self._restore_id = view.id
