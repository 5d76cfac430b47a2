"""Pendaftaran: enrolments (made at the counter); opens the participant on Enter.

For the selected enrolment: print the letter, the eligibility slip (its stored check) or the
certificate, print a copy or void a document, change the status; and issue the certificates of
the whole class in the background. The same actions are in the table's context menu.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from vokasi_desktop.services import browse
from vokasi_desktop.services.browse import EnrollmentFilter, EnrollmentRow
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.member import MemberDialog
from vokasi_desktop.ui.document_actions import DocumentActions
from vokasi_desktop.ui.format import fmt_datetime, fmt_money
from vokasi_desktop.ui.generated.ui_enrollments_page import Ui_EnrollmentsPage
from vokasi_desktop.ui.pages.records import RecordsPage, fill_combo
from vokasi_desktop.ui.signals import CLASS, ENROLLMENT, MEMBER
from vokasi_desktop.ui.style import MUTED, OK, WARNING
from vokasi_desktop.ui.table_model import ALIGN_RIGHT, Column, Query, RecordSource

RowHandler = Callable[[EnrollmentRow], None]
PERIODS = ("this_month", "last_30_days", "this_year", "last_year")


def period_bounds(period: str | None, today: date) -> tuple[date | None, date | None]:
    """Inclusive date bounds of a period choice."""
    if period == "this_month":
        return today.replace(day=1), today
    if period == "last_30_days":
        return today - timedelta(days=29), today
    if period == "this_year":
        return date(today.year, 1, 1), today
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


def _status_fg(row: EnrollmentRow) -> QColor | None:
    return {"completed": OK, "not_passed": WARNING, "cancelled": MUTED}.get(row.status)


class EnrollmentsPage(RecordsPage):
    """Enrolments, newest first; filter by status and period."""

    entities = frozenset({ENROLLMENT, MEMBER, CLASS})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_EnrollmentsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.search_edit, self.table, self.count_label = ui.searchEdit, ui.tableView, ui.countLabel
        self.open_button = ui.openButton
        fill_combo(ui.statusCombo, self.tr("All statuses"),
                   labels.choices(labels.ENROLLMENT_STATUSES))
        fill_combo(ui.periodCombo, self.tr("Any date"), [
            ("this_month", self.tr("This month")), ("last_30_days", self.tr("Last 30 days")),
            ("this_year", self.tr("This year")), ("last_year", self.tr("Last year"))])
        self.setup_records(filters=[ui.statusCombo, ui.periodCombo])
        self._setup_actions()

    def columns(self) -> list[Column[EnrollmentRow]]:
        override = self.tr(" (override)")  # translated once: lambdas must not capture the page
        return [
            Column("enrolled_at", self.tr("Enrolled"), lambda r: fmt_datetime(r.enrolled_at),
                   "enrolled_at", value=lambda r: r.enrolled_at, width=125),
            Column("member", self.tr("Participant"), lambda r: r.member_name, "member",
                   width=210),
            Column("nik", self.tr("NIK"), lambda r: r.nik_masked, width=145),
            Column("class", self.tr("Class"), lambda r: f"{r.class_code} {r.class_title}",
                   "class", value=lambda r: r.class_code, width=290),
            Column("institution", self.tr("Institution"), lambda r: r.institution_name,
                   width=200),
            Column("status", self.tr("Status"),
                   lambda r: labels.label(labels.ENROLLMENT_STATUSES, r.status), "status",
                   value=lambda r: r.status, width=120, foreground=_status_fg),
            Column("cost", self.tr("Cost"), lambda r: fmt_money(r.cost), "cost",
                   value=lambda r: r.cost, width=120, align=ALIGN_RIGHT),
            Column("verdict", self.tr("Eligibility"),
                   lambda r: labels.label(labels.VERDICTS, r.verdict)
                   + (override if r.overridden else ""),
                   value=lambda r: r.verdict, width=170),
            Column("enrolled_by", self.tr("By"), lambda r: r.enrolled_by, width=90),
        ]

    def source(self) -> RecordSource[EnrollmentFilter, EnrollmentRow]:
        db = self.ctx.db
        return RecordSource(
            count=lambda flt: browse.enrollment_count(db, flt),
            ids=lambda flt, sort, desc, **kw: browse.enrollment_ids(db, flt, sort, desc, **kw),
            rows=lambda ids: browse.enrollment_rows(db, ids),
        )

    def initial_query(self) -> Query[EnrollmentFilter]:
        return Query(EnrollmentFilter(), "enrolled_at", descending=True)

    def current_filter(self) -> EnrollmentFilter:
        ui = self.ui
        start, end = period_bounds(ui.periodCombo.currentData(), self.ctx.today())
        return EnrollmentFilter(text=ui.searchEdit.text(), status=ui.statusCombo.currentData(),
                                enrolled_from=start, enrolled_to=end)

    def noun_count(self, count: str) -> str:
        return self.tr("%1 enrolments").replace("%1", count)

    def open_record(self, row_id: int) -> None:
        row = self.model.row_at(self.model.row_of_id(row_id))
        if row is None:
            return
        dialog = MemberDialog(self.ctx, row.member_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- document and status actions ------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        self.documents = DocumentActions(self.ctx, self)
        act = self.documents
        self.reprint_action = QAction(self.tr("Print a &copy (SALINAN)…"), self)
        self.void_action = QAction(self.tr("&Void a document…"), self)
        if not act.can_void:
            self.void_action.setToolTip(self.tr("Supervisor or administrator only"))
        documents_menu = QMenu(self)
        documents_menu.setToolTipsVisible(True)
        documents_menu.addActions([self.reprint_action, self.void_action])
        ui.documentsButton.setMenu(documents_menu)
        self.status_actions: dict[str, QAction] = {
            "in_training": QAction(self.tr("&In training"), self),
            "completed": QAction(self.tr("&Completed…"), self),
            "not_passed": QAction(self.tr("&Not passed…"), self),
            "cancelled": QAction(self.tr("C&ancel the enrolment…"), self),
        }
        status_menu = QMenu(self)
        status_menu.addActions(list(self.status_actions.values()))
        ui.statusButton.setMenu(status_menu)

        self._on_row(ui.letterButton.clicked, act.print_letter)
        self._on_row(ui.slipButton.clicked, act.print_slip)
        self._on_row(ui.certificateButton.clicked, act.print_certificate)
        self._on_row(self.reprint_action.triggered, act.reprint)
        self._on_row(self.void_action.triggered, act.void)
        for status, action in self.status_actions.items():
            self._on_row(action.triggered, partial(act.change_status, new_status=status))
        ui.classCertificatesButton.clicked.connect(self.class_certificates)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L), self,
                  lambda: self._run_on_row(act.print_letter),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        act.busy_changed.connect(self._update_actions)
        self.model.query_finished.connect(self._update_actions)
        self._update_actions()

    def _on_row(self, signal: SignalInstance, handler: RowHandler) -> None:
        signal.connect(lambda *_args: self._run_on_row(handler))

    def _run_on_row(self, handler: RowHandler) -> None:
        row = self.current_row()
        if row is not None:
            handler(row)

    def current_row(self) -> EnrollmentRow | None:
        """The selected enrolment (None when nothing is selected)."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def class_certificates(self) -> None:
        """Certificates for every completed participant of the selected enrolment's class."""
        row = self.current_row()
        if row is not None:
            self.documents.class_certificates(row.class_id, row.class_code, row.class_title)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        super()._current_changed(current, previous)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        ui = self.ui
        row = self.current_row()
        ready = row is not None and not self.documents.busy
        live = ready and row is not None and row.status != "cancelled"
        ui.letterButton.setEnabled(live)
        ui.slipButton.setEnabled(ready)
        ui.certificateButton.setEnabled(ready and row is not None and row.status == "completed")
        ui.documentsButton.setEnabled(ready)
        self.reprint_action.setEnabled(ready)
        self.void_action.setEnabled(ready and self.documents.can_void)
        allowed = DocumentActions.next_statuses(row)
        for status, action in self.status_actions.items():
            action.setEnabled(ready and status in allowed)
        ui.statusButton.setEnabled(ready and bool(allowed))
        ui.classCertificatesButton.setEnabled(ready)

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_row() is None:
            return
        ui = self.ui
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        for button in (ui.letterButton, ui.slipButton, ui.certificateButton):
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        menu.addSeparator()
        menu.addActions([self.reprint_action, self.void_action])
        menu.addSeparator()
        status_menu = menu.addMenu(ui.statusButton.text())
        status_menu.addActions(list(self.status_actions.values()))
        status_menu.setEnabled(ui.statusButton.isEnabled())
        menu.addSeparator()
        whole = menu.addAction(ui.classCertificatesButton.text(),
                               ui.classCertificatesButton.click)
        whole.setEnabled(ui.classCertificatesButton.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(pos))
