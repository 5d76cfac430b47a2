"""Laporan: Excel exports, spreadsheet imports with a preview of errors, document numbering,
and the way into the Verify dialog.

Exports and imports are long: they run in the background behind a progress dialog with a
working Cancel (``ui.jobs.ProgressRunner``). An import is always checked first (a dry run that
reads every row and checks it against the database, then rolls back); its errors and warnings
fill the preview table, and "Import" is possible only after a check without errors, for the
same file unchanged since. The real import validates again and saves all rows or none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from vokasi_desktop.db.engine import Database
from vokasi_desktop.documents.xlsx_export import ReportResult
from vokasi_desktop.documents.xlsx_import import ImportFileError
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.numbering import (
    DEFAULT_TEMPLATES,
    NumberTemplateError,
    preview_numbers,
)
from vokasi_desktop.domain.privacy import REVEAL_REASONS
from vokasi_desktop.services import browse, documents, imports, reports
from vokasi_desktop.services.branch import BranchProfile
from vokasi_desktop.services.browse import ClassRow
from vokasi_desktop.services.imports import FileStamp, ImportResult
from vokasi_desktop.services.outputs import documents_dir, template_path
from vokasi_desktop.services.privacy import ExportApproval
from vokasi_desktop.services.progress import CancelToken, Progress, Report
from vokasi_desktop.services.reports import ExportRequest
from vokasi_desktop.ui import errors, import_text, labels, messages, prompts
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.verify import open_verify_dialog
from vokasi_desktop.ui.format import fmt_date
from vokasi_desktop.ui.generated.ui_reports_page import Ui_ReportsPage
from vokasi_desktop.ui.jobs import ProgressRunner
from vokasi_desktop.ui.pages.import_issues import ImportIssuesModel
from vokasi_desktop.ui.pages.monthly_report import MonthlyReportPanel
from vokasi_desktop.ui.signals import CLASS, INSTITUTION, MEMBER, SETTING
from vokasi_desktop.ui.widgets import DateField, mark_invalid, show_message

AnyIndex = QModelIndex | QPersistentModelIndex
CLASS_LIMIT = 500  # newest classes offered in the picker; any other code can be typed
XLSX_FILTER = QT_TRANSLATE_NOOP("ReportsPage", "Excel workbooks (*.xlsx)")

EXPORT_KINDS = {
    "participants": QT_TRANSLATE_NOOP("ReportsPage", "Participant list of a class"),
    "enrolments": QT_TRANSLATE_NOOP("ReportsPage", "Enrolments in a period"),
    "recap": QT_TRANSLATE_NOOP("ReportsPage", "Monthly branch recap"),
    "quota": QT_TRANSLATE_NOOP("ReportsPage", "Quota and budget use"),
    "institutions": QT_TRANSLATE_NOOP("ReportsPage", "Training institutions and licences"),
}
EXPORT_HINTS = {
    "participants": QT_TRANSLATE_NOOP(
        "ReportsPage", "For the institution: every participant of the class (not cancelled)."),
    "enrolments": QT_TRANSLATE_NOOP(
        "ReportsPage", "Every enrolment made between the two dates, with class and cost."),
    "recap": QT_TRANSLATE_NOOP(
        "ReportsPage", "Enrolments of one month by segment, status, institution and mode."),
    "quota": QT_TRANSLATE_NOOP(
        "ReportsPage", "Seats and budget of the programme year: given, used and left."),
    "institutions": QT_TRANSLATE_NOOP(
        "ReportsPage", "Every institution with its licence, accreditation and PKS status."),
}
IMPORT_KINDS = {
    "members": QT_TRANSLATE_NOOP("ReportsPage", "Members (participants)"),
    "contributions": QT_TRANSLATE_NOOP("ReportsPage", "Contribution periods (iuran)"),
    "institutions": QT_TRANSLATE_NOOP("ReportsPage", "Training institutions"),
    "classes": QT_TRANSLATE_NOOP("ReportsPage", "Training classes"),
}
IMPORT_CHANGES = {"members": frozenset({MEMBER}), "contributions": frozenset({MEMBER}),
                  "institutions": frozenset({INSTITUTION}), "classes": frozenset({CLASS})}


def _tr(source: object) -> str:
    """The translation of a ``QT_TRANSLATE_NOOP`` constant of this page."""
    return QCoreApplication.translate("ReportsPage", str(source))


# -- background jobs (worker threads: plain Python) ---------------------------------------------


def export_job(db: Database, request: ExportRequest, path: Path, rows_text: str, *,
               report: Report, cancel: CancelToken) -> ReportResult:
    """Run one export; the progress text is the page's own (translated) wording."""
    locale = QLocale()

    def progress(p: Progress) -> None:
        report(Progress(p.done, p.total, rows_text.replace("%1", locale.toString(p.done))))

    return reports.export(db, request, path, report=progress, cancel=cancel)


def import_job(db: Database, kind: str, path: Path, actor: Principal, dry_run: bool,
               rows_text: str, today: date, *, report: Report,
               cancel: CancelToken) -> ImportResult:
    """Check (``dry_run``) or import a spreadsheet; the error report is in the GUI's language."""
    locale = QLocale()

    def progress(step: Progress) -> None:
        report(Progress(step.done, step.total,
                        rows_text.replace("%1", locale.toString(step.done))))

    return imports.import_file(db, kind, path, actor, dry_run=dry_run, report=progress,
                               cancel=cancel, today=today,
                               report_texts=import_text.report_texts(),
                               summary=import_text.summary)


# -- the page -------------------------------------------------------------------------------------


class ReportsPage(QWidget):
    """Laporan.

    Attributes:
        issues: the import preview model.
        import_result: the last import check or import (None before the first).
        export_result: the last finished export.
        progress: the progress runner of the last export or import.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReportsPage()
        # The generated form is untyped code (excluded from mypy).
        cast(Any, self.ui).setupUi(self)
        self.import_result: ImportResult | None = None
        self.export_result: ReportResult | None = None
        self.progress: ProgressRunner | None = None
        self.branch: BranchProfile | None = None
        self._checked: FileStamp | None = None
        self.last_used = 0
        self._import_kind: str | None = None
        self._loaded = False
        self.date_from = DateField(self.ui.fromEdit)
        self.date_to = DateField(self.ui.toEdit)
        self.ui.verifyButton.clicked.connect(lambda: open_verify_dialog(self.window(), ctx))
        self._setup_export()
        self._setup_import()
        self._setup_numbering()
        self.monthly = MonthlyReportPanel(ctx, self)
        self.ui.tabs.addTab(self.monthly, self.tr("Monthly report"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # nothing is read for a page nobody opens
            self._loaded = True
            self.load()

    def load(self) -> None:
        """Read the class list and the numbering settings in the background."""
        self.ctx.runner.read(browse.recent_classes, self.ctx.db, CLASS_LIMIT,
                             on_done=self._show_classes,
                             on_error=errors.logged("report-classes"), name="report-classes")
        self.ctx.runner.read(browse.local_branch, self.ctx.db, on_done=self._show_branch,
                             on_error=errors.logged("report-branch"), name="report-branch")
        self._load_template()

    def _new_progress(self, title: str, label: str) -> ProgressRunner:
        if self.progress is not None:
            self.progress.deleteLater()  # the previous job's runner (its dialog is gone)
        self.progress = ProgressRunner(self.ctx.runner, self, title, label)
        return self.progress

    def _busy(self) -> bool:
        return self.progress is not None and self.progress.job is not None \
            and not self.progress.job.finished

    # -- exports --------------------------------------------------------------------------------

    def _setup_export(self) -> None:
        ui = self.ui
        for kind, source in EXPORT_KINDS.items():
            item = QListWidgetItem(_tr(source))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(_tr(EXPORT_HINTS[kind]))
            ui.kindList.addItem(item)
        ui.kindList.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        locale = QLocale()
        for month in range(1, 13):
            ui.monthCombo.addItem(locale.monthName(month), month)
        today = self.ctx.today()
        ui.yearSpin.setValue(today.year)
        ui.monthCombo.setCurrentIndex(today.month - 1)
        self.date_from.set_value(today.replace(day=1))
        self.date_to.set_value(today)
        completer = QCompleter(ui.classCombo.model(), ui.classCombo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.classCombo.setCompleter(completer)
        # Show the start of a long entry (the class code), not its end.
        class_edit = ui.classCombo.lineEdit()
        assert class_edit is not None  # the combo is editable (forms/reports_page.ui)
        ui.classCombo.currentIndexChanged.connect(lambda _i: class_edit.setCursorPosition(0))
        class_edit.setPlaceholderText(self.tr("Class code, e.g. KLS-2026-0001"))
        show_message(ui.exportIntroLabel, self.tr(
            "Reports are written as Excel workbooks. NIKs are masked unless you ask for the "
            "full number with a reason, which is recorded in the audit log."), "hint")
        for label in (ui.exportErrorLabel, ui.exportStatusLabel):
            show_message(label, "")
        ui.openExportButton.setVisible(False)
        ui.kindList.currentRowChanged.connect(self._kind_changed)
        ui.fullNikCheck.toggled.connect(self._full_nik_toggled)
        ui.exportButton.clicked.connect(self.export)
        ui.openExportButton.clicked.connect(self._open_export_folder)
        self._add_approval_rows()
        ui.kindList.setCurrentRow(0)
        self._full_nik_toggled(False)

    def _add_approval_rows(self) -> None:
        """Full NIKs need a second person: a supervisor or head of branch other than the
        exporter types their user name and password (four eyes), with a reason code."""
        ui = self.ui
        self.approval_reason_combo = QComboBox()
        self.approval_reason_combo.setObjectName("approvalReasonCombo")
        texts = {
            "identity_check": self.tr("Identity check against the original document"),
            "correction": self.tr("Data correction at the worker's request"),
            "law_enforcement": self.tr("Law enforcement request"),
            "lsp_certification": self.tr("LSP certification"),
            "other": self.tr("Other"),
        }
        for code in REVEAL_REASONS:
            self.approval_reason_combo.addItem(texts.get(code, code), code)
        self.approver_edit = QLineEdit()
        self.approver_edit.setObjectName("approverEdit")
        self.approver_edit.setPlaceholderText(self.tr("another supervisor or head of branch"))
        self.approver_password_edit = QLineEdit()
        self.approver_password_edit.setObjectName("approverPasswordEdit")
        self.approver_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # PySide6 types the answer as ``object``; it is (row, role).
        row, _role = cast(tuple[int, QFormLayout.ItemRole],
                          ui.exportForm.getWidgetPosition(ui.reasonEdit))
        self._approval_rows: list[QWidget] = []
        for offset, (text, widget) in enumerate((
                (self.tr("Reason &code"), self.approval_reason_combo),
                (self.tr("&Approved by"), self.approver_edit),
                (self.tr("Approver's pass&word"), self.approver_password_edit))):
            label = QLabel(text)
            label.setBuddy(widget)
            ui.exportForm.insertRow(row + 1 + offset, label, widget)
            self._approval_rows.append(widget)

    @property
    def export_kind(self) -> str:
        """The export chosen in the list (``participants``, ``enrolments``…)."""
        item = self.ui.kindList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "participants"

    def select_export_kind(self, kind: str) -> None:
        """Choose an export by its code."""
        self.ui.kindList.setCurrentRow(list(EXPORT_KINDS).index(kind))

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = self.export_kind
        ui.parametersGroup.setTitle(_tr(EXPORT_KINDS[kind]))
        params = reports.EXPORT_PARAMS.get(kind, frozenset())
        form = ui.exportForm
        form.setRowVisible(ui.classCombo, "class" in params)
        form.setRowVisible(ui.fromEdit, "period" in params)
        form.setRowVisible(ui.toEdit, "period" in params)
        form.setRowVisible(ui.yearSpin, "year" in params)
        form.setRowVisible(ui.monthCombo, "month" in params)
        form.setRowVisible(ui.fullNikCheck, "nik" in params)
        form.setRowVisible(ui.reasonEdit, "nik" in params)
        for widget in self._approval_rows:
            form.setRowVisible(widget, "nik" in params)
        show_message(ui.kindInfoLabel, _tr(EXPORT_HINTS.get(kind, "")), "info")
        show_message(ui.exportErrorLabel, "")

    def _full_nik_toggled(self, checked: bool) -> None:
        self.ui.reasonEdit.setEnabled(checked)
        for widget in self._approval_rows:
            widget.setEnabled(checked)
        if not checked:
            self.approver_password_edit.clear()
        if checked:
            self.ui.reasonEdit.setFocus()
        else:
            mark_invalid(self.ui.reasonEdit, False)

    def _show_classes(self, rows: list[ClassRow]) -> None:
        combo = self.ui.classCombo
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        for row in rows:
            combo.addItem(f"{row.code} · {row.title} ({row.institution_name}, "
                          f"{fmt_date(row.start_date)})", row.code)
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)

    def selected_class_code(self) -> str:
        """The class code chosen or typed (the text before " · ")."""
        combo = self.ui.classCombo
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0 and combo.itemData(index):
            return str(combo.itemData(index))
        return text.split(" · ")[0].strip().upper()

    def export_request(self) -> ExportRequest | None:
        """The request built from the form; None (with the reason shown) when incomplete."""
        ui = self.ui
        kind = self.export_kind
        params = reports.EXPORT_PARAMS[kind]
        show_message(ui.exportErrorLabel, "")
        for widget in (ui.fromEdit, ui.toEdit, ui.reasonEdit, ui.classCombo):
            mark_invalid(widget, False)

        def refuse(widget: QWidget, text: str) -> None:
            show_message(ui.exportErrorLabel, text)
            mark_invalid(widget, True)
            widget.setFocus()

        values: dict[str, Any] = {"kind": kind, "principal": self.ctx.user}
        if "class" in params:
            code = self.selected_class_code()
            if not code:
                refuse(ui.classCombo, self.tr("Choose a class or type its code."))
                return None
            values["class_code"] = code
        if "period" in params:
            start, start_error = self.date_from.check()
            end, end_error = self.date_to.check()
            if start_error or start is None:
                refuse(ui.fromEdit, start_error or self.tr("Type the first day (dd/mm/yyyy)."))
                return None
            if end_error or end is None:
                refuse(ui.toEdit, end_error or self.tr("Type the last day (dd/mm/yyyy)."))
                return None
            if end < start:
                refuse(ui.toEdit, self.tr("The last day is before the first day."))
                return None
            values.update(date_from=start, date_to=end)
        if "year" in params:
            values["year"] = ui.yearSpin.value()
        if "month" in params:
            values["month"] = ui.monthCombo.currentData()
        if "nik" in params and ui.fullNikCheck.isChecked():
            reason = ui.reasonEdit.text().strip()
            if not reason:
                refuse(ui.reasonEdit, self.tr(
                    "Full NIKs need a reason (recorded in the audit log), or untick the box."))
                return None
            approver = self.approver_edit.text().strip()
            if not approver or not self.approver_password_edit.text():
                refuse(self.approver_edit if not approver else self.approver_password_edit,
                       self.tr("Full NIKs need the approval of another supervisor or head of "
                               "branch: their user name and password."))
                return None
            values.update(full_nik=True, full_nik_reason=reason, approval=ExportApproval(
                approver, self.approver_password_edit.text(),
                self.approval_reason_combo.currentData(), reason))
            self.approver_password_edit.clear()  # one approval, one export
        return ExportRequest(**values)

    def export(self) -> None:
        """Export…: ask where to save, then write the workbook in the background."""
        if self._busy():
            return
        request = self.export_request()
        if request is None:
            return
        suggested = reports.suggested_export_path(request, self.ctx.today())
        path = prompts.ask_save_path(self, self.tr("Save the report as"), suggested,
                                     _tr(XLSX_FILTER))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        path.parent.mkdir(parents=True, exist_ok=True)
        ui = self.ui
        show_message(ui.exportStatusLabel, "")
        ui.openExportButton.setVisible(False)
        title = _tr(EXPORT_KINDS[request.kind])
        progress = self._new_progress(title, self.tr("Exporting…"))
        # A write job: besides reading, export() records who exported what in the audit log
        # (one writer at a time, DESIGN.md).
        progress.start(export_job, self.ctx.db, request, path, self.tr("%1 rows written…"),
                       write=True, on_done=self._exported, on_error=self._export_failed)

    def _exported(self, result: ReportResult) -> None:
        self.export_result = result
        show_message(self.ui.exportStatusLabel, self.tr("Saved %1 rows to %2").replace(
            "%1", QLocale().toString(result.total_rows)).replace("%2", str(result.path)), "ok")
        self.ui.openExportButton.setVisible(True)

    def _export_failed(self, exc: BaseException) -> None:
        if errors.is_cancelled(exc):
            show_message(self.ui.exportStatusLabel, self.tr(
                "Export cancelled; no file was written."), "warning")
            return
        text = errors.explain(exc, "export")
        show_message(self.ui.exportErrorLabel, text)
        messages.warn(self, self.tr("Export"), text)

    def _open_export_folder(self) -> None:
        if self.export_result is not None:
            prompts.open_folder(self.export_result.path)

    # -- imports --------------------------------------------------------------------------------

    def _setup_import(self) -> None:
        ui = self.ui
        for kind, source in IMPORT_KINDS.items():
            ui.importKindCombo.addItem(_tr(source), kind)
        self.issues = ImportIssuesModel(self)
        view = ui.issuesTable
        view.setModel(self.issues)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        for column, width in ((ImportIssuesModel.COL_ROW, 70), (ImportIssuesModel.COL_COLUMN, 70),
                              (ImportIssuesModel.COL_HEADER, 190),
                              (ImportIssuesModel.COL_VALUE, 190)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        show_message(ui.importIntroLabel, self.tr(
            "Fill in the template in Excel, then choose the file: every row is checked first "
            "and nothing is saved until the check finds no error. All rows are imported "
            "together, or none."), "hint")
        for label in (ui.importFileLabel, ui.importSummaryLabel, ui.issuesCountLabel):
            show_message(label, "")
        ui.errorReportButton.setVisible(False)
        ui.importButton.setEnabled(False)
        ui.templateButton.clicked.connect(self.save_template)
        ui.checkFileButton.clicked.connect(self.choose_and_check)
        ui.importButton.clicked.connect(self.run_import)
        ui.errorReportButton.clicked.connect(self._open_error_report)
        ui.importKindCombo.currentIndexChanged.connect(self._import_kind_changed)

    def _import_kind_changed(self) -> None:
        self._reset_import()

    def _reset_import(self) -> None:
        ui = self.ui
        self._checked = None
        self.import_result = None
        self.issues.set_issues([], [])
        for label in (ui.importFileLabel, ui.importSummaryLabel, ui.issuesCountLabel):
            show_message(label, "")
        ui.errorReportButton.setVisible(False)
        ui.importButton.setEnabled(False)

    def save_template(self) -> None:
        """Save the empty template of the chosen kind (headers, notes, drop-downs)."""
        kind = self.ui.importKindCombo.currentData()
        suggested = template_path(kind)
        path = prompts.ask_save_path(self, self.tr("Save the import template as"), suggested,
                                     _tr(XLSX_FILTER))
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.ctx.runner.read(imports.write_import_template, kind, path,
                             on_done=self._template_saved, on_error=self._template_failed,
                             name="import-template")

    def _template_saved(self, path: Path) -> None:
        show_message(self.ui.importFileLabel, self.tr("Template saved: %1").replace(
            "%1", str(path)), "ok")

    def _template_failed(self, exc: BaseException) -> None:
        messages.warn(self, self.tr("Import template"), errors.explain(exc, "import template"))

    def choose_and_check(self) -> None:
        """Choose a file and check it (dry run) in the background."""
        if self._busy():
            return
        path = prompts.ask_open_path(self, self.tr("Choose the file to import"),
                                     documents_dir(), _tr(XLSX_FILTER))
        if path is None:
            return
        self.check_file(path)

    def check_file(self, path: Path) -> None:
        """Dry run of ``path``: every row validated against the database, nothing saved."""
        self._reset_import()
        kind = self.ui.importKindCombo.currentData()
        self._import_kind = kind
        show_message(self.ui.importFileLabel, str(path), "info")
        stamp = FileStamp.of(path)
        self._start_import(kind, path, dry_run=True, stamp=stamp)

    def run_import(self) -> None:
        """Import the checked file (after a confirmation)."""
        result, stamp = self.import_result, self._checked
        if self._busy() or result is None or stamp is None or not result.ok:
            return
        if FileStamp.of(stamp.path) != stamp:
            messages.warn(self, self.tr("Import"), self.tr(
                "The file has changed since it was checked; it is checked again now."))
            self.check_file(stamp.path)
            return
        if not messages.ask_yes_no(self, self.tr("Import"), self.tr(
                "Save %1 new rows from %2?").replace("%1", QLocale().toString(result.created))
                .replace("%2", stamp.path.name), default_yes=True):
            return
        self._start_import(result.kind, stamp.path, dry_run=False, stamp=stamp)

    def _start_import(self, kind: str, path: Path, *, dry_run: bool,
                      stamp: FileStamp | None) -> None:
        ui = self.ui
        ui.importButton.setEnabled(False)
        ui.checkFileButton.setEnabled(False)
        label = self.tr("Checking %1…") if dry_run else self.tr("Importing %1…")
        progress = self._new_progress(ui.importKindCombo.currentText(),
                                      label.replace("%1", path.name))
        progress.start(import_job, self.ctx.db, kind, path, self.ctx.user, dry_run,
                       self.tr("%1 rows read…"), self.ctx.today(), write=True,
                       changes=frozenset() if dry_run else IMPORT_CHANGES[kind],
                       on_done=lambda result: self._import_done(result, stamp),
                       on_error=self._import_failed)

    def _import_done(self, result: ImportResult, stamp: FileStamp | None) -> None:
        ui = self.ui
        ui.checkFileButton.setEnabled(True)
        self.import_result = result
        self.issues.set_issues(result.errors, result.warnings)
        locale = QLocale()
        errors_count, warnings_count = len(result.errors), len(result.warnings)
        counts = (self.tr("1 error") if errors_count == 1 else self.tr("%1 errors").replace(
            "%1", locale.toString(errors_count))) + " · " + (
            self.tr("1 warning") if warnings_count == 1 else self.tr("%1 warnings").replace(
                "%1", locale.toString(warnings_count)))
        show_message(ui.issuesCountLabel, counts if result.errors or result.warnings else "",
                     "count")
        ui.errorReportButton.setVisible(result.error_report is not None)
        if not result.ok:
            self._checked = None
            show_message(ui.importSummaryLabel, import_text.summary(result), "error")
            return
        if result.dry_run:
            self._checked = stamp
            ui.importButton.setEnabled(True)
            show_message(ui.importSummaryLabel, import_text.summary(result) + " " + self.tr(
                "No errors: press Import to save."), "ok")
            ui.importButton.setFocus()
        else:
            self._checked = None
            show_message(ui.importSummaryLabel, import_text.summary(result), "ok")
            messages.inform(self, self.tr("Import"), import_text.summary(result))

    def _import_failed(self, exc: BaseException) -> None:
        ui = self.ui
        ui.checkFileButton.setEnabled(True)
        self._checked = None
        if errors.is_cancelled(exc):
            show_message(ui.importSummaryLabel, self.tr(
                "Cancelled; nothing was saved."), "warning")
            return
        if isinstance(exc, ImportFileError):
            text = import_text.file_error_text(exc)
        else:
            text = errors.explain(exc, "import")
        show_message(ui.importSummaryLabel, text, "error")
        messages.warn(self, self.tr("Import"), text)

    def _open_error_report(self) -> None:
        if self.import_result is not None and self.import_result.error_report is not None:
            prompts.open_folder(self.import_result.error_report)

    # -- numbering ------------------------------------------------------------------------------

    @property
    def can_edit_numbering(self) -> bool:
        return self.ctx.user.can(Action.DOCUMENT_SETTINGS)

    def _setup_numbering(self) -> None:
        ui = self.ui
        for code, text in labels.choices(labels.DOCUMENT_TYPES):
            ui.docTypeCombo.addItem(text, code)
        ui.seedYearSpin.setValue(self.ctx.today().year)
        show_message(ui.numberingIntroLabel, self.tr(
            "Every letter, slip and certificate gets the next number of its type for the year; "
            "numbers are never reused, a voided document keeps its number."), "hint")
        show_message(ui.templateHelpLabel, self.tr(
            "Fields: {seq} number in the year (e.g. {seq:04d} = 0007), {branch}, {year}, "
            "{month}, {month_roman}, {day}, {type_code}. {seq}, {year} and {branch} are "
            "required."), "hint")
        for label in (ui.templatePreviewLabel, ui.seedPreviewLabel, ui.numberingMessageLabel):
            show_message(label, "")
        editable = self.can_edit_numbering
        for widget in (ui.templateEdit, ui.saveTemplateButton, ui.seedYearSpin,
                       ui.seedValueSpin, ui.saveSeedButton):
            widget.setEnabled(editable)
        if not editable:
            show_message(ui.numberingMessageLabel, self.tr(
                "Only a supervisor or an administrator may change the numbering."), "hint")
        ui.docTypeCombo.currentIndexChanged.connect(self._load_template)
        ui.templateEdit.textChanged.connect(self._preview_number)
        ui.seedValueSpin.valueChanged.connect(self._preview_number)
        ui.seedYearSpin.valueChanged.connect(self._load_seed)
        ui.saveTemplateButton.clicked.connect(self.save_template_setting)
        ui.saveSeedButton.clicked.connect(self.save_seed)

    def _show_branch(self, branch: BranchProfile | None) -> None:
        self.branch = branch
        self._preview_number()

    def _load_template(self) -> None:
        doc_type = self.ui.docTypeCombo.currentData()
        self.ctx.runner.read(documents.get_template, self.ctx.db, doc_type,
                             on_done=lambda pattern: self._show_template(doc_type, pattern),
                             on_error=errors.logged("number-template"), name="number-template")
        self._load_seed()

    def _load_seed(self) -> None:
        """Show the last number used for the type and year (a seed can only move forward)."""
        doc_type, year = self.ui.docTypeCombo.currentData(), self.ui.seedYearSpin.value()
        self.ctx.runner.read(documents.last_sequence_number, self.ctx.db, doc_type, year,
                             on_done=lambda last: self._show_seed(doc_type, year, last),
                             on_error=errors.logged("number-seed"), name="number-seed")

    def _show_seed(self, doc_type: str, year: int, last: int) -> None:
        ui = self.ui
        if (doc_type, year) != (ui.docTypeCombo.currentData(), ui.seedYearSpin.value()):
            return
        self.last_used = last
        ui.seedValueSpin.blockSignals(True)
        ui.seedValueSpin.setMinimum(last)
        ui.seedValueSpin.setValue(last)
        ui.seedValueSpin.blockSignals(False)
        ui.seedValueSpin.setToolTip(self.tr("Numbers used so far in %1: %2").replace(
            "%1", str(year)).replace("%2", str(last)))
        self._preview_number()

    def _show_template(self, doc_type: str, pattern: str) -> None:
        if doc_type != self.ui.docTypeCombo.currentData():
            return  # another type was chosen meanwhile
        self.ui.templateEdit.setText(pattern)
        self._preview_number()

    def _preview_number(self) -> None:
        ui = self.ui
        pattern = ui.templateEdit.text()
        doc_type = ui.docTypeCombo.currentData() or "letter"
        branch = self.branch.code if self.branch is not None else "KRJ"
        try:
            example, following = preview_numbers(pattern, doc_type, branch, self.ctx.today(),
                                                 ui.seedYearSpin.value(),
                                                 ui.seedValueSpin.value())
        except NumberTemplateError as exc:
            mark_invalid(ui.templateEdit, True)
            show_message(ui.templatePreviewLabel, str(exc), "error")
            show_message(ui.seedPreviewLabel, "")
            ui.saveTemplateButton.setEnabled(False)
            return
        mark_invalid(ui.templateEdit, False)
        ui.saveTemplateButton.setEnabled(self.can_edit_numbering)
        show_message(ui.templatePreviewLabel, self.tr("Example: %1").replace("%1", example),
                     "info")
        if ui.seedValueSpin.value() == self.last_used:
            text = self.tr("The next number will be %1")
        else:
            text = self.tr("After setting it, the next number will be %1")
        show_message(ui.seedPreviewLabel, text.replace("%1", following), "info")

    def save_template_setting(self) -> None:
        """Save the number template of the chosen document type."""
        ui = self.ui
        doc_type, pattern = ui.docTypeCombo.currentData(), ui.templateEdit.text().strip()
        if pattern == DEFAULT_TEMPLATES.get(doc_type) and not messages.ask_yes_no(
                self, self.tr("Number template"), self.tr(
                    "This is the default template. Save it anyway?")):
            return
        self._numbering_write(documents.set_template, self.ctx.db, doc_type, pattern,
                              self.ctx.user, done_text=self.tr("Template saved."))

    def save_seed(self) -> None:
        """Set the last number used for a type and year (numbers only move forward)."""
        ui = self.ui
        doc_type = ui.docTypeCombo.currentData()
        year, last = ui.seedYearSpin.value(), ui.seedValueSpin.value()
        if last == self.last_used:
            show_message(ui.numberingMessageLabel, self.tr(
                "%1 is already the last number used; raise it to skip numbers.").replace(
                "%1", str(last)), "hint")
            return
        if not messages.ask_yes_no(self, self.tr("Starting number"), self.tr(
                "Set the last %1 number used in %2 to %3? The next one will be %4; numbers "
                "can never go back.").replace("%1", ui.docTypeCombo.currentText())
                .replace("%2", str(year)).replace("%3", str(last)).replace("%4", str(last + 1))):
            return
        self._numbering_write(documents.set_sequence_seed, self.ctx.db, doc_type, year, last,
                              self.ctx.user,
                              done_text=self.tr("Starting number saved."), then=self._load_seed)

    def _numbering_write(self, fn: Any, *args: Any, done_text: str,
                         then: Callable[[], None] | None = None) -> None:
        ui = self.ui
        show_message(ui.numberingMessageLabel, "")

        def done(_result: object) -> None:
            show_message(ui.numberingMessageLabel, done_text, "ok")
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            show_message(ui.numberingMessageLabel, errors.explain(exc, "numbering"), "error")

        self.ctx.runner.write(fn, *args, on_done=done, on_error=failed,
                              changes=frozenset({SETTING}), name="numbering")
