"""Audit log page ("Log Audit"): filters, pages of 200 entries, xlsx export, chain status.

For auditors, heads of branch and administrators (``Action.AUDIT_VIEW``). A person is searched
by NIK; the service turns it into the keyed hash the entries carry (the NIK is not stored).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.documents.xlsx_export import ReportError
from vokasi_desktop.services import audit_view
from vokasi_desktop.services.audit_view import AuditFilter
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.ui.context import UiContext


def _to_date(value: QDate) -> date:
    """A QDate as a ``datetime.date`` (``toPython`` is typed ``object`` by the stubs)."""
    return date(value.year(), value.month(), value.day())


class AuditPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offset = 0
        self.total = 0
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Audit log"), self)
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        grid = QGridLayout()
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("username"))
        self.action = QLineEdit(self)
        self.action.setPlaceholderText(self.tr("e.g. user. or member.register"))
        self.nik = QLineEdit(self)
        self.nik.setPlaceholderText(self.tr("NIK of the person (16 digits)"))
        self.nik.setMaxLength(16)
        self.use_dates = QCheckBox(self.tr("Date range"), self)
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for d in (self.date_from, self.date_to):
            d.setDisplayFormat("dd/MM/yyyy")
            d.setCalendarPopup(True)
        grid.addWidget(QLabel(self.tr("User"), self), 0, 0)
        grid.addWidget(self.actor, 0, 1)
        grid.addWidget(QLabel(self.tr("Action"), self), 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(QLabel(self.tr("Person"), self), 0, 4)
        grid.addWidget(self.nik, 0, 5)
        grid.addWidget(self.use_dates, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(QLabel("–", self), 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.export)
        grid.addWidget(self.search_button, 1, 4)
        grid.addWidget(self.export_button, 1, 5)
        lay.addLayout(grid)
        self.chain = QLabel("", self)
        self.message = QLabel("", self)
        self.message.setStyleSheet("color: #b00020;")
        lay.addWidget(self.chain)
        lay.addWidget(self.message)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
            self.tr("Object"), self.tr("Person"), self.tr("Detail")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        nav = QHBoxLayout()
        self.page_label = QLabel("", self)
        self.prev_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.prev_button.clicked.connect(lambda: self._go(-audit_view.PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._go(audit_view.PAGE_SIZE))
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        lay.addLayout(nav)
        self.search()
        self.show_chain_status()

    def current_filter(self) -> AuditFilter:
        dates: tuple[date | None, date | None] = (None, None)
        if self.use_dates.isChecked():
            dates = (_to_date(self.date_from.date()), _to_date(self.date_to.date()))
        return AuditFilter(actor=self.actor.text(), action=self.action.text(),
                           date_from=dates[0], date_to=dates[1], nik=self.nik.text())

    def show_chain_status(self) -> None:
        try:
            report = audit_view.chain_status(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            self.chain.setText(str(exc))
            return
        if report.ok:
            self.chain.setText(self.tr("Audit chain intact: %1 entries checked.")
                               .replace("%1", str(report.count)))
            self.chain.setStyleSheet("color: #1b5e20;")
        else:
            self.chain.setText(self.tr("AUDIT CHAIN BROKEN: ") + report.message)
            self.chain.setStyleSheet("color: #b00020; font-weight: bold;")

    def search(self) -> None:
        self.offset = 0
        self._load()

    def _go(self, delta: int) -> None:
        self.offset = max(0, min(self.offset + delta, max(0, self.total - 1)))
        self._load()

    def _load(self) -> None:
        principal = self.ctx.user
        try:
            flt = self.current_filter()
            self.total = audit_view.count(self.ctx.db, principal, flt)
            rows = audit_view.page(self.ctx.db, principal, flt, self.offset)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [str(r.seq), r.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"), r.actor,
                      r.action, r.entity, "✓" if r.about_person else "", r.detail]
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        first = self.offset + 1 if rows else 0
        self.page_label.setText(self.tr("%1–%2 of %3 entries").replace("%1", str(first))
                                .replace("%2", str(self.offset + len(rows)))
                                .replace("%3", str(self.total)))
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(rows) < self.total)

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"),
                                                  "log-audit.xlsx", "Excel (*.xlsx)")
            if not path:
                return
        try:
            result = audit_view.export_xlsx(self.ctx.db, self.ctx.user,
                                            self.current_filter(), path)
        except (ServiceError, ReportError, OSError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Saved %1 rows to %2.").replace("%1", str(result.total_rows))
                             .replace("%2", str(result.path)))
