"""Pengaturan, "Data pribadi" (UU 27/2022): the "data held on this person" report for a NIK
and the retention purge (preview, confirm, purge). Shown only to roles that may do one of
them; the services check the role again and write the audit entries."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vokasi_desktop.domain.access import Action
from vokasi_desktop.domain.identifiers import clean_identifier
from vokasi_desktop.services import privacy
from vokasi_desktop.ui import errors, messages, prompts
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.outputs import documents_dir
from vokasi_desktop.ui.signals import MEMBER
from vokasi_desktop.ui.widgets import show_message


class PersonalDataSection(QGroupBox):
    """Person report and retention purge."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("personalDataGroup")
        self.setTitle(self.tr("Personal data"))
        self.report_path: Path | None = None
        self.purged: int | None = None
        self.nik_edit = QLineEdit()
        self.nik_edit.setObjectName("personNikEdit")
        self.nik_edit.setMaxLength(24)
        self.nik_edit.setPlaceholderText(self.tr("16-digit NIK"))
        self.report_button = QPushButton(self.tr("Data held on this &person…"))
        self.report_button.setObjectName("personReportButton")
        self.report_button.clicked.connect(self.person_report)
        self.purge_button = QPushButton(self.tr("Remove data past &retention…"))
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.clicked.connect(self.purge_preview)
        self.message = QLabel()
        self.message.setObjectName("personalDataMessage")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        nik_label = QLabel(self.tr("&NIK"))
        nik_label.setBuddy(self.nik_edit)
        row = QHBoxLayout()
        row.addWidget(self.nik_edit, 1)
        row.addWidget(self.report_button)
        form.addRow(nik_label, row)
        form.addRow("", self.purge_button)
        form.addRow("", self.message)
        show_message(self.message, "")
        can_report = ctx.user.can(Action.PERSON_REPORT)
        for widget in (nik_label, self.nik_edit, self.report_button):
            widget.setVisible(can_report)
        self.purge_button.setVisible(ctx.user.can(Action.PERSON_PURGE))
        self.setVisible(can_report or ctx.user.can(Action.PERSON_PURGE))

    # -- person report -------------------------------------------------------------------------

    def person_report(self) -> None:
        nik = clean_identifier(self.nik_edit.text())
        if len(nik) != 16 or not nik.isdigit():
            show_message(self.message, self.tr("Type the member's 16-digit NIK."))
            self.nik_edit.setFocus()
            return
        path = prompts.ask_save_path(
            self, self.tr("Save the personal data report"),
            documents_dir() / f"data-pribadi-{nik[-4:]}.pdf",
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"))
        if path is None:
            return
        show_message(self.message, self.tr("Writing the report…"), "info")
        self.ctx.runner.write(privacy.person_report, self.ctx.db, self.ctx.user, nik, path,
                              now=datetime.now(UTC), on_done=self._report_done,
                              on_error=self._failed, name="person-report")

    def _report_done(self, result: Any) -> None:
        self.report_path = result.path
        self.nik_edit.clear()
        show_message(self.message, self.tr(
            "Saved to %1. It holds the full NIK: hand it only to the person concerned.")
            .replace("%1", str(result.path)), "ok")

    # -- retention purge -----------------------------------------------------------------------

    def purge_preview(self) -> None:
        self.purge_button.setEnabled(False)
        self.ctx.runner.read(privacy.purge_preview, self.ctx.db, self.ctx.user,
                             today=self.ctx.today(), on_done=self._previewed,
                             on_error=self._failed, name="purge-preview")

    def _previewed(self, preview: privacy.PurgePreview) -> None:
        self.purge_button.setEnabled(True)
        if preview.count == 0:
            show_message(self.message, self.tr(
                "No member is past the retention period (%1 years).")
                .replace("%1", str(preview.retention_years)), "info")
            return
        text = (self.tr("%1 members have had no activity since before %2 (retention %3 "
                        "years). Remove their personal data now? This cannot be undone; an "
                        "audit entry records the count.")
                .replace("%1", str(preview.count))
                .replace("%2", preview.cutoff.strftime("%d/%m/%Y"))
                .replace("%3", str(preview.retention_years)))
        if not messages.ask_yes_no(self, self.tr("Remove personal data"), text):
            return
        self.purge_button.setEnabled(False)
        self.ctx.runner.write(privacy.purge, self.ctx.db, self.ctx.user, today=self.ctx.today(),
                              expected_count=preview.count, on_done=self._purged,
                              on_error=self._failed, name="purge",
                              changes=frozenset({MEMBER}))

    def _purged(self, count: int) -> None:
        self.purge_button.setEnabled(True)
        self.purged = count
        show_message(self.message, self.tr("Personal data of %1 members removed.")
                     .replace("%1", str(count)), "ok")

    def _failed(self, exc: BaseException) -> None:
        self.purge_button.setEnabled(True)
        show_message(self.message, errors.error_text(exc))
