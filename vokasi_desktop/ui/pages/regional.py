"""Regional office page: the consolidated recap per branch and quota allocation.

Shown only on a regional installation (``services.regional.office_kind``). The recap counts the
rows every branch's packages brought (grouped by ``origin_branch``); the allocation form gives a
branch seats and budget for the year, never beyond the year's national target and budget.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.domain.access import Action, can
from vokasi_desktop.services import regional
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.ui import messages
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.format import fmt_money
from vokasi_desktop.ui.signals import QUOTA


def regional_visible(ctx: UiContext) -> bool:
    """The page is for a regional installation and users who may see reports."""
    try:
        kind = regional.office_kind(ctx.db)
    except Exception:  # a database without the profile yet: a branch
        return False
    return kind == "regional" and can(ctx.user.role, Action.REPORT_VIEW)


class RegionalPage(QWidget):
    """Kantor Wilayah: recap per branch for one programme year, national target, allocation.

    Attributes:
        recap: the recap shown (None before the first read or when refused).
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recap: regional.RegionalRecap | None = None
        title = QLabel(self.tr("Regional recap"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2019, 2100)
        self.year_spin.setValue(ctx.today().year + 1 if ctx.today().month >= 10
                                else ctx.today().year)
        self.year_spin.valueChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        year_label = QLabel(self.tr("Programme &year:"), self)
        year_label.setBuddy(self.year_spin)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        self.summary_label = QLabel("", self)
        self.summary_label.setWordWrap(True)
        self.target_bar = QProgressBar(self)
        self.target_bar.setFormat("%p%")
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Office"), self.tr("Enrolled"), self.tr("In training"),
            self.tr("Completed"), self.tr("Cancelled"), self.tr("Seats used / quota"),
            self.tr("Budget used / allocation"), self.tr("Letters"), self.tr("Certificates")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        # Allocation form (head of office only).
        self.branch_edit = QLineEdit(self)
        self.branch_edit.setMaxLength(16)
        self.branch_edit.setPlaceholderText("KRJ")
        self.seats_spin = QSpinBox(self)
        self.seats_spin.setRange(0, 10_000_000)
        self.budget_spin = QDoubleSpinBox(self)  # QSpinBox stops at 2^31: budgets are larger
        self.budget_spin.setDecimals(0)
        self.budget_spin.setRange(0, 1e15)
        self.budget_spin.setSingleStep(1_000_000)
        self.budget_spin.setGroupSeparatorShown(True)
        self.budget_spin.setSuffix(" (Rp)")
        self.allocate_button = QPushButton(self.tr("&Allocate"), self)
        self.allocate_button.clicked.connect(self.allocate)
        form = QFormLayout()
        form.addRow(self.tr("Office code:"), self.branch_edit)
        form.addRow(self.tr("Seats:"), self.seats_spin)
        form.addRow(self.tr("Budget:"), self.budget_spin)
        alloc_row = QHBoxLayout()
        alloc_row.addLayout(form)
        alloc_row.addWidget(self.allocate_button)
        alloc_row.addStretch(1)
        may_allocate = can(ctx.user.role, Action.QUOTA_ALLOCATE)
        for w in (self.branch_edit, self.seats_spin, self.budget_spin, self.allocate_button):
            w.setEnabled(may_allocate)
        self.allocate_title = QLabel(self.tr("Allocate a branch quota") if may_allocate else
                                     self.tr("Allocate a branch quota (head of office only)"),
                                     self)
        self.allocate_title.setStyleSheet("font-weight: 600;")
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.target_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.allocate_title)
        layout.addLayout(alloc_row)
        layout.addWidget(self.status_label)
        self.refresh()

    def refresh(self) -> None:
        """Read the recap of the chosen year again."""
        try:
            self.recap = regional.recap(self.ctx.db, self.ctx.user,
                                        self.year_spin.value())
        except ServiceError as exc:
            self.recap = None
            self.summary_label.setText(str(exc))
            self.table.setRowCount(0)
            return
        r = self.recap
        self.summary_label.setText(self.tr(
            "%1 enrolments of the national target %2, %3 completed. Seats allocated: %4. "
            "Budget used %5 of %6 (allocated %7).")
            .replace("%1", f"{r.enrolments:n}").replace("%2", f"{r.national_target:n}")
            .replace("%3", f"{r.completed:n}").replace("%4", f"{r.seats_allocated:n}")
            .replace("%5", fmt_money(r.budget_used)).replace("%6", fmt_money(r.budget_total))
            .replace("%7", fmt_money(r.budget_allocated)))
        self.target_bar.setRange(0, max(1, r.national_target))
        self.target_bar.setValue(min(r.enrolments, max(1, r.national_target)))
        self.table.setRowCount(len(r.branches))
        for row, b in enumerate(r.branches):
            s = b.by_status
            cells = [f"{b.code} — {b.name}" if b.name != b.code else b.code,
                     str(s.get("enrolled", 0)), str(s.get("in_training", 0)),
                     str(s.get("completed", 0)), str(s.get("cancelled", 0)),
                     f"{b.seats_used} / {b.seats}",
                     f"{fmt_money(b.budget_used)} / {fmt_money(b.budget)}",
                     str(b.letters), str(b.certificates)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        for col, w in enumerate((250, 80, 110, 70, 90, 140, 240, 60)):
            self.table.setColumnWidth(col, w)

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.recap is None:
            return
        b = self.recap.branches[rows[0].row()]
        self.branch_edit.setText(b.code)
        self.seats_spin.setValue(b.seats)
        self.budget_spin.setValue(float(b.budget))

    def allocate(self) -> None:
        try:
            a = regional.allocate_quota(self.ctx.db, self.ctx.user,
                                        self.year_spin.value(), self.branch_edit.text(),
                                        self.seats_spin.value(), int(self.budget_spin.value()))
        except ServiceError as exc:
            messages.error(self, self.tr("Quota not allocated"), str(exc))
            return
        self.status_label.setText(self.tr(
            "%1: %2 seats, %3. Not yet allocated: %4 seats.").replace("%1", a.branch_code)
            .replace("%2", str(a.seats)).replace("%3", fmt_money(a.budget))
            .replace("%4", str(a.seats_unallocated)))
        self.ctx.signals.announce(frozenset({QUOTA}), self)
        self.refresh()
