"""The import preview's problems table: errors, then warnings, one cell each.

A full NIK never shows here: the value a row holds and a message that quotes it are masked
(``domain.identifiers.mask_nik``), as everywhere on screen; the error report workbook the
importer writes next to the user's own file keeps the file's values.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from vokasi_desktop.documents.xlsx_import import CellError
from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.ui import import_text
from vokasi_desktop.ui.style import ERROR, ERROR_BG, WARNING, WARNING_BG

AnyIndex = QModelIndex | QPersistentModelIndex


class ImportIssuesModel(QAbstractTableModel):
    """Errors then warnings of an import check: row, column, header, value, problem.

    A small-table model (STYLE.md, Vorta style): ``COL_*`` constants, ``set_issues`` inside a
    model reset. Even 100,000 issues are only a Python list of frozen dataclasses.
    """

    COL_ROW, COL_COLUMN, COL_HEADER, COL_VALUE, COL_MESSAGE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportIssuesModel", "Row"),
        QT_TRANSLATE_NOOP("ImportIssuesModel", "Column"),
        QT_TRANSLATE_NOOP("ImportIssuesModel", "Header"),
        QT_TRANSLATE_NOOP("ImportIssuesModel", "Value"),
        QT_TRANSLATE_NOOP("ImportIssuesModel", "Problem"),
    )
    ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issues: list[CellError] = []
        self._warning_text = self.tr("Warning: %1")
        self._brushes = {"error": (QBrush(ERROR_BG), QBrush(ERROR)),
                         "warning": (QBrush(WARNING_BG), QBrush(WARNING))}

    def set_issues(self, errors: list[CellError], warnings: list[CellError]) -> None:
        self.beginResetModel()
        self.issues = [*errors, *warnings]
        self.endResetModel()

    @staticmethod
    def problem_text(issue: CellError) -> str:
        """The problem in the GUI's language, any NIK it quotes masked."""
        return mask_nik(import_text.cell_error_text(issue))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportIssuesModel", str(self.HEADERS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.issues):
            return None
        issue = self.issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_ROW:
                return issue.row
            if column == self.COL_COLUMN:
                return issue.column_letter
            if column == self.COL_HEADER:
                return issue.header
            if column == self.COL_VALUE:
                return mask_nik(issue.value)
            if column == self.COL_MESSAGE:
                if issue.severity == "warning":
                    return self._warning_text.replace("%1", self.problem_text(issue))
                return self.problem_text(issue)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_VALUE, self.COL_MESSAGE):
            return self.problem_text(issue) if column == self.COL_MESSAGE \
                else mask_nik(issue.value)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_ROW:
            return self._brushes.get(issue.severity, self._brushes["error"])[0]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_MESSAGE:
            return self._brushes.get(issue.severity, self._brushes["error"])[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_ROW,
                                                                    self.COL_COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.ISSUE_ROLE:
            return issue
        return None


__all__ = ["ImportIssuesModel"]
