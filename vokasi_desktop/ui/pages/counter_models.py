"""The counter's two small tables: the classes offered to the member and today's list.

Plain lists behind ``QAbstractTableModel`` (at most a few hundred rows each); the rows are the
service's own dataclasses (``services.counter.OfferedClass`` and ``TodayEntry``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from vokasi_desktop.domain.eligibility.rules import rule_by_id
from vokasi_desktop.services.counter import OfferedClass, TodayEntry
from vokasi_desktop.ui import domain_text, labels
from vokasi_desktop.ui.format import fmt_date, fmt_money
from vokasi_desktop.ui.style import ERROR, OK, OK_BG, WARNING, WARNING_BG

# ------------------------------------------------------------------------------- class table

COL_CLASS, COL_INSTITUTION, COL_MODE, COL_DATES, COL_SEATS, COL_COST, COL_CHECK = range(7)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
VERDICT_BACKGROUNDS = {"eligible": OK_BG, "eligible_with_warnings": WARNING_BG,
                       "needs_override": WARNING_BG}
VERDICT_FOREGROUNDS = {"eligible": OK, "eligible_with_warnings": WARNING,
                       "needs_override": WARNING}


class _ListModel(QAbstractTableModel):
    """A small table over a plain list of rows with fixed headers (the counter's two lists)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class ClassOfferModel(_ListModel):
    """The offered classes (at most a couple of hundred rows: a plain list)."""

    WIDTHS = (260, 175, 130, 165, 75, 105, 160)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OfferedClass] = []
        self.headers = [self.tr("Class"), self.tr("Institution"), self.tr("Mode"),
                        self.tr("Dates"), self.tr("Seats left"), self.tr("Cost"),
                        self.tr("Check")]
        self._short_verdicts = {"eligible": "✔ " + labels.label(labels.VERDICTS, "eligible"),
                                "eligible_with_warnings": "✔ " + self.tr("With notes"),
                                "needs_override": "! " + self.tr("Needs supervisor")}

    def row_of(self, class_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == class_id), -1)


    def _text(self, row: OfferedClass, column: int) -> str:
        c = row.klass
        if column == COL_CLASS:
            return f"{c.code} · {c.title}"
        if column == COL_INSTITUTION:
            return c.institution_name
        if column == COL_MODE:
            return labels.label(labels.CLASS_MODES, c.mode)
        if column == COL_DATES:
            return f"{fmt_date(c.start_date)} – {fmt_date(c.end_date)}"
        if column == COL_SEATS:
            return QLocale().toString(c.seats_left)
        if column == COL_COST:
            return fmt_money(c.cost_per_participant)
        return self._short_verdicts.get(row.verdict, row.verdict)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (COL_SEATS, COL_COST) else _LEFT
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_CHECK:
            colour = VERDICT_BACKGROUNDS.get(row.verdict)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CHECK:
            colour = VERDICT_FOREGROUNDS.get(row.verdict)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_CHECK:
                return row.result.summary_id()
            c = row.klass
            return " · ".join(p for p in (c.title, c.location, c.field) if p)
        if role == ROW_ROLE:
            return row
        return None


# ------------------------------------------------------------------------------- today's list

TODAY_TIME, TODAY_NAME, TODAY_NIK, TODAY_RESULT, TODAY_DONE = range(5)


class TodayModel(_ListModel):
    """The workers this clerk served today (at most a few hundred rows: a plain list)."""

    WIDTHS = (60, 220, 150, 330, 300)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TodayEntry] = []
        self.headers = [self.tr("Time"), self.tr("Name"), self.tr("NIK"), self.tr("Result"),
                        self.tr("Done")]


    def result_text(self, entry: TodayEntry) -> str:
        if entry.enrolled:
            return self.tr("Enrolled in %1").replace("%1", entry.class_code or "?")
        if entry.verdict is None:
            return self.tr("Registered") if entry.registered else "–"
        text = labels.label(labels.VERDICTS, entry.verdict)
        if entry.reasons and entry.verdict in ("not_eligible", "needs_override"):
            text += ": " + ", ".join(_rule_title(r) for r in entry.reasons)
        return text

    def done_text(self, entry: TodayEntry) -> str:
        parts = []
        if entry.registered:
            parts.append(self.tr("registered"))
        if entry.verified:
            parts.append(self.tr("verified"))
        parts += [self.tr("slip %1").replace("%1", n) for n in entry.slip_numbers]
        parts += [self.tr("letter %1").replace("%1", n) for n in entry.letter_numbers]
        return " · ".join(parts)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TODAY_TIME:
                return QLocale().toString(entry.last_at.astimezone().time(), "HH:mm")
            if column == TODAY_NAME:
                return entry.name
            if column == TODAY_NIK:
                return entry.nik_masked
            if column == TODAY_RESULT:
                return self.result_text(entry)
            return self.done_text(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column == TODAY_RESULT:
            if entry.enrolled or entry.verdict in ("eligible", "eligible_with_warnings"):
                return QBrush(OK)
            if entry.verdict == "not_eligible":
                return QBrush(ERROR)
            if entry.verdict == "needs_override":
                return QBrush(WARNING)
        return None


def _rule_title(rule_id: str) -> str:
    """The rule's title for a rule id stored in the audit log (the id when unknown)."""
    try:
        fallback = rule_by_id(rule_id).title
    except KeyError:
        fallback = rule_id
    return domain_text.rule_title(rule_id, fallback)


__all__ = ["COL_CHECK", "COL_CLASS", "COL_COST", "COL_DATES", "COL_INSTITUTION", "COL_MODE",
           "COL_SEATS", "ROW_ROLE", "TODAY_DONE", "TODAY_NAME", "TODAY_NIK", "TODAY_RESULT",
           "TODAY_TIME", "ClassOfferModel", "TodayModel"]
