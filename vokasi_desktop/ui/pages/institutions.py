"""Lembaga: training institutions with their licence and experience status in colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from vokasi_desktop.services import browse
from vokasi_desktop.services.browse import InstitutionFilter, InstitutionRow
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.institution import InstitutionDialog
from vokasi_desktop.ui.format import fmt_date
from vokasi_desktop.ui.generated.ui_institutions_page import Ui_InstitutionsPage
from vokasi_desktop.ui.pages.records import RecordsPage, fill_combo
from vokasi_desktop.ui.signals import CLASS, INSTITUTION
from vokasi_desktop.ui.style import ERROR, ERROR_BG, OK, WARNING, WARNING_BG
from vokasi_desktop.ui.table_model import ALIGN_CENTER, Column, Query, RecordSource

LICENCE_FOREGROUND = {"valid": OK, "expiring": WARNING, "expired": ERROR, "not_yet": ERROR,
                      "missing": ERROR}
LICENCE_BACKGROUND = {"expiring": WARNING_BG, "expired": ERROR_BG, "not_yet": ERROR_BG,
                      "missing": ERROR_BG}


def _licence_fg(row: InstitutionRow) -> QColor | None:
    return LICENCE_FOREGROUND.get(row.licence_state)


def _licence_bg(row: InstitutionRow) -> QColor | None:
    return LICENCE_BACKGROUND.get(row.licence_state)


def _experience_fg(row: InstitutionRow) -> QColor | None:
    return WARNING if row.under_a_year else None


def _experience_bg(row: InstitutionRow) -> QColor | None:
    return WARNING_BG if row.under_a_year else None


class InstitutionsPage(RecordsPage):
    """Training institutions: licence valid / expiring soon / expired, experience < 1 year."""

    entities = frozenset({INSTITUTION, CLASS})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_InstitutionsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.search_edit, self.table, self.count_label = ui.searchEdit, ui.tableView, ui.countLabel
        self.open_button, self.new_button = ui.openButton, ui.newButton
        fill_combo(ui.typeCombo, self.tr("All types"), labels.choices(labels.INSTITUTION_TYPES))
        fill_combo(ui.statusCombo, self.tr("All statuses"),
                   labels.choices(labels.INSTITUTION_STATUSES))
        fill_combo(ui.licenceCombo, self.tr("Any licence state"),
                   labels.choices(labels.LICENCE_STATES))
        self.setup_records(filters=[ui.typeCombo, ui.statusCombo, ui.licenceCombo],
                           checks=[ui.underYearCheck])

    def columns(self) -> list[Column[InstitutionRow]]:
        def licence_text(r: InstitutionRow) -> str:
            state = labels.label(labels.LICENCE_STATES, r.licence_state)
            if r.licence_expires is not None and r.licence_state != "missing":
                return f"{state} ({fmt_date(r.licence_expires)})"
            return state

        # Translated once; the lambdas must not capture the page (see MembersPage.columns).
        unknown, under, over = self.tr("Unknown"), self.tr("< 1 year"), self.tr("≥ 1 year")
        founded = self.tr("Founded / first activity: %1")
        no_pks = self.tr("None")

        def experience_text(r: InstitutionRow) -> str:
            if r.under_a_year is None:
                return unknown
            return under if r.under_a_year else over

        return [
            Column("code", self.tr("Code"), lambda r: r.code, "code", width=90),
            Column("name", self.tr("Name"), lambda r: r.name, "name", width=230),
            Column("type", self.tr("Type"), lambda r: r.type, "type",
                   tooltip=lambda r: labels.label(labels.INSTITUTION_TYPES, r.type), width=60),
            Column("licence", self.tr("Licence"), licence_text, "licence_expires",
                   value=lambda r: r.licence_state, width=230, foreground=_licence_fg,
                   background=_licence_bg,
                   tooltip=lambda r: " · ".join(x for x in (r.licence_number,
                                                             r.licence_issuer) if x) or None),
            Column("experience", self.tr("Experience"), experience_text, "founded_on",
                   value=lambda r: r.founded_on, width=100, align=ALIGN_CENTER,
                   foreground=_experience_fg, background=_experience_bg,
                   tooltip=lambda r: founded.replace("%1", fmt_date(r.founded_on))
                   if r.founded_on else None),
            Column("accreditation", self.tr("Accreditation"),
                   lambda r: labels.label(labels.ACCREDITATIONS, r.accreditation),
                   value=lambda r: r.accreditation, width=145, align=ALIGN_CENTER),
            Column("pks", self.tr("PKS"), lambda r: r.pks_number or no_pks,
                   value=lambda r: r.pks_number or "", width=170),
            Column("region", self.tr("Region"), lambda r: r.region_name, "region",
                   value=lambda r: r.region_code, width=170),
            Column("status", self.tr("Status"),
                   lambda r: labels.label(labels.INSTITUTION_STATUSES, r.status), "status",
                   value=lambda r: r.status, width=100),
        ]

    def source(self) -> RecordSource[InstitutionFilter, InstitutionRow]:
        db, today = self.ctx.db, self.ctx.today
        return RecordSource(
            count=lambda flt: browse.institution_count(db, flt, today=today()),
            ids=lambda flt, sort, desc, **kw: browse.institution_ids(
                db, flt, sort, desc, today=today(), **kw),
            rows=lambda ids: browse.institution_rows(db, ids, today=today()),
        )

    def initial_query(self) -> Query[InstitutionFilter]:
        return Query(InstitutionFilter(), "name")

    def current_filter(self) -> InstitutionFilter:
        ui = self.ui
        return InstitutionFilter(
            text=ui.searchEdit.text(), type=ui.typeCombo.currentData(),
            status=ui.statusCombo.currentData(), licence_state=ui.licenceCombo.currentData(),
            under_a_year=ui.underYearCheck.isChecked(),
        )

    def noun_count(self, count: str) -> str:
        return self.tr("%1 institutions").replace("%1", count)

    def open_record(self, row_id: int) -> None:
        self._open(InstitutionDialog(self.ctx, row_id, parent=self))

    def new_record(self) -> None:
        self._open(InstitutionDialog(self.ctx, None, parent=self))

    def _open(self, dialog: InstitutionDialog) -> None:
        dialog.saved.connect(self._remember_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _remember_saved(self, view: Any) -> None:
        self._restore_id = view.id
