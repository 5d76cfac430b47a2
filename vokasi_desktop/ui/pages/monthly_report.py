"""Monthly report panel (a tab of the Reports page): month, then a workbook or a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.services.dashboard import write_monthly_report
from vokasi_desktop.ui import errors, prompts
from vokasi_desktop.ui.context import UiContext


class MonthlyReportPanel(QWidget):
    """Laporan bulanan: summary, detail sheets and charts (xlsx) or one signed page (PDF).

    Attributes:
        last_path: the file written last (None before the first).
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_path: Path | None = None
        intro = QLabel(self.tr(
            "The monthly report to the regional office: quota and budget, enrolments, "
            "status of participants, institutions and licences. The workbook has a summary "
            "sheet with charts and detail sheets; the PDF is one page for signing."), self)
        intro.setWordWrap(True)
        self.month_combo = QComboBox(self)
        locale = QLocale()
        for month in range(1, 13):
            self.month_combo.addItem(locale.monthName(month), month)
        today = ctx.today()
        self.month_combo.setCurrentIndex(today.month - 1)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month_combo)
        month_row.addWidget(self.year_spin)
        month_row.addStretch(1)
        form = QFormLayout()
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_combo)
        form.addRow(month_label, month_row)
        self.xlsx_button = QPushButton(self.tr("Save &workbook (xlsx)…"), self)
        self.pdf_button = QPushButton(self.tr("Save &PDF for signing…"), self)
        self.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    @property
    def year_month(self) -> tuple[int, int]:
        return self.year_spin.value(), int(self.month_combo.currentData())

    def save(self, suffix: str) -> None:
        year, month = self.year_month
        suggested = Path.home() / f"laporan-bulanan-{year:04d}-{month:02d}{suffix}"
        name_filter = (self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx"
                       else self.tr("PDF document (*.pdf)"))
        path = prompts.ask_save_path(self, self.tr("Save monthly report"), suggested,
                                     name_filter)
        if path is None:
            return
        self.write(path)

    def write(self, path: Path) -> None:
        """Write the report for the chosen month to ``path`` in the background."""
        year, month = self.year_month
        self.xlsx_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing the report…"))
        self.ctx.runner.read(write_monthly_report, self.ctx.db, year, month, path,
                             today=self.ctx.today(), on_done=self._written,
                             on_error=self._failed, name="monthly-report")

    def _written(self, path: Path) -> None:
        self.last_path = path
        self._enable()
        self.status_label.setText(self.tr("Saved: %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.status_label.setText(errors.explain(exc, "monthly report"))

    def _enable(self) -> None:
        self.xlsx_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
