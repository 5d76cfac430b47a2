"""Conflicts page: fields changed on both sides of an exchange, and duplicate-NIK cases.

A supervisor picks this office's value or the sending office's value for each conflict, and
keeps one member of each duplicate case (the other's enrolments and contributions move to it).
Both lists are small (open items only) and are read again after every decision and on F5.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.domain.access import Action, can
from vokasi_desktop.services import conflicts
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.ui import messages
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.signals import ENROLLMENT, MEMBER


def conflicts_visible(ctx: UiContext) -> bool:
    return can(ctx.user.role, Action.CONFLICT_RESOLVE)


def list_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A read-only, single-row-selection table with these headers (small lists)."""
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    t.setAlternatingRowColors(True)
    return t


class ConflictsPage(QWidget):
    """Konflik: open conflicts and duplicate-NIK cases, each resolved by one button.

    Attributes:
        conflict_rows: the open conflicts shown (service views).
        duplicate_rows: the open duplicate cases shown.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflict_rows: list[conflicts.ConflictView] = []
        self.duplicate_rows: list[conflicts.DuplicateView] = []
        title = QLabel(self.tr("Conflicts from exchange packages"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        intro = QLabel(self.tr(
            "A field changed both here and at the sending office since the last exchange. "
            "Choose which value is right; the choice is recorded and travels with the next "
            "package."), self)
        intro.setWordWrap(True)
        self.conflict_table = list_table(self, [
            self.tr("Data"), self.tr("Record"), self.tr("Field"), self.tr("Value here"),
            self.tr("Value from sender"), self.tr("This office"), self.tr("Sender"),
            self.tr("Package")])
        self.local_button = QPushButton(self.tr("Keep the value &here"), self)
        self.remote_button = QPushButton(self.tr("Use the &sender's value"), self)
        self.local_button.clicked.connect(lambda: self.resolve("local"))
        self.remote_button.clicked.connect(lambda: self.resolve("remote"))
        row1 = QHBoxLayout()
        row1.addWidget(self.local_button)
        row1.addWidget(self.remote_button)
        row1.addStretch(1)
        dup_title = QLabel(self.tr("Same NIK registered at two offices"), self)
        dup_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.duplicate_table = list_table(self, [
            self.tr("NIK"), self.tr("Member A"), self.tr("Office A"), self.tr("Member B"),
            self.tr("Office B")])
        self.keep_a_button = QPushButton(self.tr("Keep member &A"), self)
        self.keep_b_button = QPushButton(self.tr("Keep member &B"), self)
        self.keep_a_button.clicked.connect(lambda: self.merge("a"))
        self.keep_b_button.clicked.connect(lambda: self.merge("b"))
        row2 = QHBoxLayout()
        row2.addWidget(self.keep_a_button)
        row2.addWidget(self.keep_b_button)
        row2.addStretch(1)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.conflict_table, 3)
        layout.addLayout(row1)
        layout.addWidget(dup_title)
        layout.addWidget(self.duplicate_table, 2)
        layout.addLayout(row2)
        layout.addWidget(self.status_label)
        self.conflict_table.itemSelectionChanged.connect(self._update_buttons)
        self.duplicate_table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the open conflicts and duplicate cases again."""
        try:
            who = self.ctx.user
            self.conflict_rows = conflicts.list_conflicts(self.ctx.db, who)
            self.duplicate_rows = conflicts.list_duplicates(self.ctx.db, who)
        except ServiceError as exc:
            self.conflict_rows, self.duplicate_rows = [], []
            self.status_label.setText(str(exc))
        t = self.conflict_table
        t.setRowCount(len(self.conflict_rows))
        for r, c in enumerate(self.conflict_rows):
            for col, text in enumerate([c.entity_label, c.record, c.field_label, c.local_value,
                                        c.remote_value, c.local_office, c.remote_office,
                                        c.package]):
                t.setItem(r, col, QTableWidgetItem(text))
        d = self.duplicate_table
        d.setRowCount(len(self.duplicate_rows))
        for r, case in enumerate(self.duplicate_rows):
            a, b = case.member_a, case.member_b
            cells = [case.nik_masked,
                     self.tr("%1 (%2 enrolments)").replace("%1", a.name).replace(
                         "%2", str(a.enrolments)), a.office,
                     self.tr("%1 (%2 enrolments)").replace("%1", b.name).replace(
                         "%2", str(b.enrolments)), b.office]
            for col, text in enumerate(cells):
                d.setItem(r, col, QTableWidgetItem(text))
        for table, widths in ((t, (110, 260, 110, 160, 160, 80, 80)), (d, (150, 260, 80, 260))):
            for col, w in enumerate(widths):
                table.setColumnWidth(col, w)
        if self.conflict_rows:
            t.selectRow(0)
        if self.duplicate_rows:
            d.selectRow(0)
        self._update_buttons()

    def _selected(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        has_conflict = self._selected(self.conflict_table) is not None
        has_case = self._selected(self.duplicate_table) is not None
        self.local_button.setEnabled(has_conflict)
        self.remote_button.setEnabled(has_conflict)
        self.keep_a_button.setEnabled(has_case)
        self.keep_b_button.setEnabled(has_case)

    def resolve(self, choice: str) -> None:
        """Apply this office's (``local``) or the sender's (``remote``) value."""
        row = self._selected(self.conflict_table)
        if row is None:
            return
        c = self.conflict_rows[row]
        try:
            done = conflicts.resolve_conflict(self.ctx.db, self.ctx.user, c.id, choice)
        except ServiceError as exc:
            messages.error(self, self.tr("Conflict not resolved"), str(exc))
            return
        self.status_label.setText(self.tr("%1: %2 is now “%3”.").replace(
            "%1", c.record).replace("%2", c.field_label).replace("%3", done.after))
        self.ctx.signals.announce(frozenset({MEMBER, ENROLLMENT}), self)
        self.refresh()

    def merge(self, keep: str) -> None:
        """Keep member ``a`` or ``b`` of the selected duplicate case."""
        row = self._selected(self.duplicate_table)
        if row is None:
            return
        case = self.duplicate_rows[row]
        kept = case.member_a if keep == "a" else case.member_b
        if not messages.ask_yes_no(self, self.tr("Merge members"), self.tr(
                "Keep %1 (%2) and move the other member's enrolments and contributions to "
                "them? The other member record is removed.").replace("%1", kept.name)
                .replace("%2", kept.office)):
            return
        try:
            conflicts.merge_duplicate(self.ctx.db, self.ctx.user, case.id, keep)
        except ServiceError as exc:
            messages.error(self, self.tr("Members not merged"), str(exc))
            return
        self.status_label.setText(self.tr("Merged: %1 kept.").replace("%1", kept.name))
        self.ctx.signals.announce(frozenset({MEMBER, ENROLLMENT}), self)
        self.refresh()
