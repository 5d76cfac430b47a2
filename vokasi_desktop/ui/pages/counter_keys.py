"""The counter's keyboard: scanner bursts, Enter rules, the F1/"?" key list, and the two
resize rules (the search field's hint, the class list's columns), all in one event filter.

A barcode scanner types like a keyboard and ends with Enter, so digits typed on any widget of
the page go to the search field: a scan always means "look up", never "enrol". Enter in the class
list only moves to the enrol button, which names the worker and the class.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QSizePolicy, QWidget

from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.help import open_guide
from vokasi_desktop.ui.pages.counter_models import COL_CLASS, ClassOfferModel
from vokasi_desktop.ui.widgets import mark_invalid, show_message


def is_identifier_char(text: str) -> bool:
    """A character that can start a NIK or a KPJ (an ASCII letter or digit)."""
    return len(text) == 1 and text.isascii() and text.isalnum()


class CounterKeys(QObject):
    """Keyboard and resize handling of the counter page.

    Attributes:
        keys_dialog: the non-modal key list while it is open.
        guide_button: its "Guide" button (opens the user guide beside it).
    """

    def __init__(self, ui: Ui_CounterPage, offers: ClassOfferModel, page: QWidget) -> None:
        super().__init__(page)
        self.ui = ui
        self.offers = offers
        self.page = page
        self.keys_dialog: QMessageBox | None = None
        self.guide_button: QPushButton | None = None
        edit = ui.searchEdit
        edit.ensurePolished()  # the page's style sheet sets its (larger) font
        # The full hint where it fits; on a narrow screen (1024x768) a short one, so the field
        # never cuts its hint off and the page never scrolls sideways.
        metrics = edit.fontMetrics()
        self._long_hint = edit.placeholderText()
        self._short_hint = self.tr("NIK or KPJ, then Enter")
        self._long_hint_width = metrics.horizontalAdvance(self._long_hint) + 40
        edit.setMinimumWidth(max(metrics.horizontalAdvance(self._short_hint),
                                 metrics.horizontalAdvance("0" * 20)) + 40)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.setMaximumWidth(max(self._long_hint_width, 560))
        ui.searchLayout.setStretchFactor(edit, 1)  # room goes to the field first

    def watch(self, widgets: Iterable[QObject]) -> None:
        """Filter the events of ``widgets`` (the search field, the class list's viewport and
        every widget that can take the keyboard)."""
        for widget in widgets:
            widget.installEventFilter(self)

    # -- the key list -----------------------------------------------------------------------

    def keys_help(self) -> list[tuple[str, str]]:
        """The counter's keys and what they do (F1 or "?" shows them)."""
        return [
            (self.tr("Type or scan a NIK/KPJ, Enter"), self.tr(
                "Look the worker up (digits typed anywhere on this page go to the NIK field)")),
            (self.tr("Up / Down"), self.tr("Choose a class")),
            ("Ctrl+Enter", self.tr("Enrol in the chosen class (or Enter on the enrol button)")),
            ("Ctrl+L", self.tr("Print the enrolment letter")),
            ("Ctrl+P", self.tr("Print the eligibility slip")),
            ("Ctrl+R", self.tr("Record the membership verification")),
            ("Ctrl+N", self.tr("Register a new member")),
            ("Ctrl+T", self.tr("Today: the workers served today; Enter continues with one")),
            ("Ctrl+F", self.tr("Back to the NIK field")),
            ("Esc", self.tr("Next customer: clear everything")),
            ("F1 / ?", self.tr("This help")),
        ]

    def show_keys(self) -> None:
        """F1 or "?": the counter's shortcuts, in a window that does not block the counter."""
        if self.keys_dialog is not None:
            self.keys_dialog.raise_()
            return
        rows = "".join(f"<tr><td style='padding-right:14px'><b>{html.escape(k)}</b></td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in self.keys_help())
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Counter keys"),
                          f"<table cellspacing='0' cellpadding='2'>{rows}</table>",
                          QMessageBox.StandardButton.Close, self.page)
        box.setTextFormat(Qt.TextFormat.RichText)
        guide = box.addButton(self.tr("&Guide"), QMessageBox.ButtonRole.HelpRole)
        guide.clicked.disconnect()  # a button role would close the box: open the guide beside it
        guide.clicked.connect(lambda: open_guide(self.page, "loket"))
        self.guide_button = guide
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(self._keys_closed)
        self.keys_dialog = box
        box.show()

    def _keys_closed(self, _result: int) -> None:
        box, self.keys_dialog = self.keys_dialog, None
        if box is not None:
            box.deleteLater()
        self.page.activateWindow()

    # -- resizing -----------------------------------------------------------------------------

    def fit_class_columns(self) -> None:
        """Spread the class list's columns over its width: extra room goes to the class name;
        when narrower than the designed widths, every column shrinks in proportion."""
        table = self.ui.classTable
        header = table.horizontalHeader()
        widths = list(ClassOfferModel.WIDTHS)
        available = table.viewport().width()
        if available <= 0:
            return
        total = sum(widths)
        if available >= total:
            widths[COL_CLASS] += available - total
        else:
            widths = [max(header.minimumSectionSize(), w * available // total) for w in widths]
            widths[COL_CLASS] -= max(0, sum(widths) - available)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    # -- the filter ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ui = self.ui
        if event.type() == QEvent.Type.Resize and watched is ui.searchEdit:
            wide = ui.searchEdit.width() >= self._long_hint_width
            ui.searchEdit.setPlaceholderText(self._long_hint if wide else self._short_hint)
        if event.type() == QEvent.Type.Resize and watched is ui.classTable.viewport():
            self.fit_class_columns()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            modifiers = event.modifiers()
            plain = modifiers in (Qt.KeyboardModifier.NoModifier,
                                  Qt.KeyboardModifier.KeypadModifier)
            if event.text() == "?" and not (
                    modifiers & (Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.AltModifier)):
                self.show_keys()  # "?" is never part of a NIK or KPJ
                return True
            if watched is ui.searchEdit or not isinstance(watched, QWidget):
                pass
            elif (plain or modifiers == Qt.KeyboardModifier.ShiftModifier) and \
                    is_identifier_char(event.text()):
                # A digit typed on the list or a button starts the next search: the field
                # is emptied first (it still holds the previous worker's NIK).
                ui.searchEdit.clear()
                mark_invalid(ui.searchEdit, False)
                ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                ui.searchEdit.insert(event.text())
                return True
            elif (watched is ui.classTable and plain
                    and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
                # Never enrols: enrolling is Ctrl+Enter or Enter on the focused button that
                # names the worker and the class.
                if ui.enrolButton.isEnabled():
                    ui.enrolButton.setFocus(Qt.FocusReason.OtherFocusReason)
                    show_message(ui.actionMessage, self.tr(
                        "Press Enter again on \"%1\" to enrol, or Ctrl+Enter.").replace(
                        "%1", ui.enrolButton.text().replace("&&", "\x00").replace(
                            "&", "").replace("\x00", "&")), "info")
                return True
            if (watched is ui.searchEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                    and self.offers.rows):
                ui.classTable.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


__all__ = ["CounterKeys", "is_identifier_char"]
