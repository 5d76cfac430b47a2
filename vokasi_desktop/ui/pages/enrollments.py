"""Pendaftaran: enrolments (made at the counter); opens the participant on Enter."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from vokasi_desktop.services import browse
from vokasi_desktop.services.browse import EnrollmentFilter, EnrollmentRow
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.member import MemberDialog
from vokasi_desktop.ui.format import fmt_datetime, fmt_money
from vokasi_desktop.ui.generated.ui_enrollments_page import Ui_EnrollmentsPage
from vokasi_desktop.ui.pages.records import RecordsPage, fill_combo
from vokasi_desktop.ui.signals import CLASS, ENROLLMENT, MEMBER
from vokasi_desktop.ui.style import MUTED, OK, WARNING
from vokasi_desktop.ui.table_model import ALIGN_RIGHT, Column, Query, RecordSource

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
