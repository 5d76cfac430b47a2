"""Peserta: the members table (a million rows stay fast: ids plus a page cache)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from vokasi_desktop.domain.access import Action
from vokasi_desktop.domain.regions import all_provinces
from vokasi_desktop.services import browse
from vokasi_desktop.services.browse import MemberFilter, MemberRow
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.member import MemberDialog
from vokasi_desktop.ui.dialogs.reveal_nik import RevealNikDialog
from vokasi_desktop.ui.format import fmt_date
from vokasi_desktop.ui.generated.ui_members_page import Ui_MembersPage
from vokasi_desktop.ui.pages.records import RecordsPage, fill_combo
from vokasi_desktop.ui.signals import ENROLLMENT, MEMBER
from vokasi_desktop.ui.table_model import ALIGN_CENTER, Column, Query, RecordSource

SEGMENT_SHORT = {"PU": "PU", "BPU": "BPU", "PMI": "PMI", "JAKON": "Jakon"}  # codes, not words


class MembersPage(RecordsPage):
    """Search, filter and open members; NIKs are shown masked."""

    entities = frozenset({MEMBER, ENROLLMENT})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_MembersPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.search_edit, self.table, self.count_label = ui.searchEdit, ui.tableView, ui.countLabel
        self.open_button, self.new_button = ui.openButton, ui.newButton
        fill_combo(ui.segmentCombo, self.tr("All segments"), labels.choices(labels.SEGMENTS))
        fill_combo(ui.employmentCombo, self.tr("All employment statuses"),
                   labels.choices(labels.EMPLOYMENT_STATUSES))
        fill_combo(ui.membershipCombo, self.tr("All membership statuses"),
                   labels.choices(labels.MEMBERSHIP_STATUSES))
        fill_combo(ui.provinceCombo, self.tr("All provinces"),
                   [(p.code, f"{p.code} {p.name.title()}") for p in all_provinces()])
        ui.searchEdit.setToolTip(self.tr(
            "A name (beginnings of words, e.g. \"siti rah\"), a 16-digit NIK or an "
            "11-character KPJ. Spaces and dots in numbers are ignored."))
        # Members with a KPJ whose membership check is not recorded yet (a supervisor must
        # approve their enrolment until it is).
        self.unverified_check = QCheckBox(self.tr("Not verified"), self)
        self.unverified_check.setObjectName("unverifiedCheck")
        self.unverified_check.setToolTip(self.tr(
            "Only members with a KPJ whose membership verification is not recorded yet"))
        # In the header row: the filter row is already as wide as a 1366-pixel screen allows.
        ui.headerLayout.insertWidget(ui.headerLayout.indexOf(ui.newButton),
                                     self.unverified_check)
        self.setup_records(filters=[ui.segmentCombo, ui.employmentCombo, ui.membershipCombo,
                                    ui.provinceCombo], checks=[self.unverified_check])
        # Full NIK for a short time, with a reason (roles with NIK_REVEAL only; audited).
        self.reveal_button = QPushButton(self.tr("Show N&IK"), self)
        self.reveal_button.setObjectName("revealNikButton")
        self.reveal_button.setToolTip(self.tr(
            "Show the selected member's full NIK for a short time (reason recorded)"))
        self.reveal_button.setVisible(ctx.user.can(Action.NIK_REVEAL))
        self.reveal_button.clicked.connect(self.reveal_nik)
        ui.headerLayout.insertWidget(ui.headerLayout.indexOf(ui.newButton), self.reveal_button)

    def columns(self) -> list[Column[MemberRow]]:
        # Texts are translated here, once: the lambdas must not capture the page (the model
        # would keep its page alive through them).
        masked_tip = self.tr("The NIK is masked; open the member to see it.")
        return [
            Column("name", self.tr("Name"), lambda r: r.name, "name", width=210),
            Column("nik", self.tr("NIK"), lambda r: r.nik_masked, width=140,
                   tooltip=lambda _r: masked_tip),
            Column("kpj", self.tr("KPJ"), lambda r: r.kpj or "", "kpj", width=105),
            Column("birth_date", self.tr("Birth date"), lambda r: fmt_date(r.birth_date),
                   "birth_date", value=lambda r: r.birth_date, width=100, align=ALIGN_CENTER),
            Column("sex", self.tr("Sex"), lambda r: labels.label(labels.SEXES, r.sex),
                   value=lambda r: r.sex, width=85),
            Column("segment", self.tr("Segment"), lambda r: SEGMENT_SHORT.get(r.segment, r.segment),
                   "segment", value=lambda r: r.segment, width=75,
                   tooltip=lambda r: labels.label(labels.SEGMENTS, r.segment)),
            Column("employment_status", self.tr("Employment"),
                   lambda r: labels.label(labels.EMPLOYMENT_STATUSES, r.employment_status),
                   "employment_status", value=lambda r: r.employment_status, width=135),
            Column("membership_status", self.tr("Membership"),
                   lambda r: labels.label(labels.MEMBERSHIP_STATUSES, r.membership_status),
                   value=lambda r: r.membership_status, width=150),
            Column("region", self.tr("NIK region"),
                   lambda r: f"{r.region_code} {r.region_name}", "region",
                   value=lambda r: r.region_code, width=200),
        ]

    def source(self) -> RecordSource[MemberFilter, MemberRow]:
        db = self.ctx.db
        return RecordSource(
            count=lambda flt: browse.member_count(db, flt),
            ids=lambda flt, sort, desc, **kw: browse.member_ids(db, flt, sort, desc, **kw),
            rows=lambda ids: browse.member_rows(db, ids),
        )

    def initial_query(self) -> Query[MemberFilter]:
        return Query(MemberFilter(), "name")

    def current_filter(self) -> MemberFilter:
        ui = self.ui
        return MemberFilter(
            text=ui.searchEdit.text(), segment=ui.segmentCombo.currentData(),
            employment_status=ui.employmentCombo.currentData(),
            membership_status=ui.membershipCombo.currentData(),
            region_code=ui.provinceCombo.currentData(),
            unverified=self.unverified_check.isChecked(),
        )

    def noun_count(self, count: str) -> str:
        return self.tr("%1 members").replace("%1", count)

    def open_record(self, row_id: int) -> None:
        self.open_dialog(MemberDialog(self.ctx, row_id, parent=self))

    def new_record(self) -> None:
        text = self.ui.searchEdit.text()
        nik = text if browse.search_kind(text) == "nik" else ""
        self.open_dialog(MemberDialog(self.ctx, None, nik=nik, parent=self))

    def reveal_nik(self) -> RevealNikDialog | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        dialog = RevealNikDialog(self.ctx, row.id, row.nik_masked, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_dialog(self, dialog: MemberDialog) -> None:
        dialog.saved.connect(self._remember_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _remember_saved(self, view: Any) -> None:
        # After the refresh that data_changed triggers, keep the saved member selected.
        self._restore_id = view.id
