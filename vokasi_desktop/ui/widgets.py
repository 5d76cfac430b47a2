"""Small field helpers used by the edit dialogs: dates, regions, combos, inline messages."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from vokasi_desktop.domain.formatting import FormatError, parse_date_id
from vokasi_desktop.domain.regions import all_regencies, get_regency, region_label
from vokasi_desktop.ui.format import fmt_date


def set_role(widget: QWidget, role: str) -> None:
    """Change a label's ``role`` (error / warning / info / ok / hint) and restyle it."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def show_message(label: QLabel, text: str, role: str = "error") -> None:
    """Show ``text`` in an inline message label (hidden when empty)."""
    set_role(label, role)
    label.setText(text)
    label.setVisible(bool(text))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border on a field with an error (style sheet ``[invalid="true"]``)."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def fill_choices(combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
    """``(data, label)`` pairs into a combo (signals blocked)."""
    combo.blockSignals(True)
    combo.clear()
    for data, text in choices:
        combo.addItem(text, data)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> None:
    """Select the item carrying ``data`` (no change when absent)."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


class DateField:
    """A ``dd/mm/yyyy`` line edit that may be left empty.

    A line edit rather than ``QDateEdit``: dates are often unknown (empty), typing is faster
    than spinning sections, and ``parse_date_id`` refuses two-digit years.
    """

    def __init__(self, edit: QLineEdit) -> None:
        self.edit = edit

    def set_value(self, value: date | None) -> None:
        self.edit.setText(fmt_date(value))

    def value(self) -> date | None:
        """The date, None when empty; raises FormatError (Indonesian message) when invalid."""
        text = self.edit.text().strip()
        if not text:
            return None
        return parse_date_id(text)

    def check(self) -> tuple[date | None, str]:
        """``(date or None, error message or "")``."""
        try:
            return self.value(), ""
        except FormatError as exc:
            return None, exc.message


@cache
def _region_entries() -> tuple[str, ...]:
    return tuple(f"{r.code} · {r.name.title()}" for r in all_regencies())


_CODE = re.compile(r"^\s*(\d{4})\b")


class RegionField:
    """A regency/city field: type the 4-digit code or part of the name (completion)."""

    def __init__(self, edit: QLineEdit, info: QLabel) -> None:
        self.edit = edit
        self.info = info
        completer = QCompleter(QStringListModel(list(_region_entries()), edit), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        edit.setCompleter(completer)
        edit.editingFinished.connect(self.update_info)
        completer.activated.connect(lambda _text: self.update_info())

    def code(self) -> str | None:
        """The 4-digit code typed or chosen, or None."""
        match = _CODE.match(self.edit.text())
        return match.group(1) if match else None

    def set_code(self, code: str | None) -> None:
        if code and get_regency(code) is not None:
            regency = get_regency(code)
            assert regency is not None
            self.edit.setText(f"{regency.code} · {regency.name.title()}")
        else:
            self.edit.setText(code or "")
        self.update_info()

    def error(self) -> str:
        """Why the field is not acceptable ("" when it is; empty is left to the caller)."""
        text = self.edit.text().strip()
        if not text:
            return ""
        code = self.code()
        if code is None:
            return QCoreApplication.translate(
                "RegionField", "Type the 4-digit regency/city code or pick a name from the list.")
        if get_regency(code) is None:
            return QCoreApplication.translate(
                "RegionField", "Regency/city code %1 is not in the Kemendagri list.").replace(
                    "%1", code)
        return ""

    def update_info(self) -> None:
        error = self.error()
        if error:
            show_message(self.info, error, "error")
            return
        code = self.code()
        show_message(self.info, region_label(code) if code else "", "info")
