"""Shared behaviour of the simpler edit dialogs (institution, class).

Unsaved-changes prompt on close, saving through a catalog service on the writer thread,
service errors shown next to the field they name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from vokasi_desktop.services.errors import ConflictError, ValidationError
from vokasi_desktop.ui import errors, messages
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.widgets import mark_invalid, show_message


class EditDialog(QDialog):
    """Base of a dialog editing one record.

    Attributes:
        saved: emitted with the service's view after a successful save.
    """

    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._saving = False
        self._snapshot: dict[str, object] = {}

    # -- to implement ---------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """What the user can change (compared to detect unsaved changes)."""
        raise NotImplementedError

    def field_targets(self) -> dict[str, tuple[QWidget, QLabel | None]]:
        """Service field name -> (widget, inline message label or None)."""
        return {}

    def message_label(self) -> QLabel:
        raise NotImplementedError

    def button_box(self) -> QDialogButtonBox:
        raise NotImplementedError

    def unsaved_text(self) -> str:
        return self.tr("The data has been changed. Save the changes?")

    # -- state ----------------------------------------------------------------------------------

    def take_snapshot(self) -> None:
        self._snapshot = self.values()

    @property
    def dirty(self) -> bool:
        return self.values() != self._snapshot

    def wire_buttons(self) -> None:
        box = self.button_box()
        save = box.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, fn: Callable[..., Any], *args: Any, changes: frozenset[str],
               **kwargs: Any) -> None:
        """Run a service write on the writer thread; close on success."""
        if self._saving:
            return
        self._saving = True
        self.button_box().setEnabled(False)
        self.ctx.runner.write(fn, *args, on_done=self._saved, on_error=self._failed,
                              changes=changes, **kwargs)

    def _saved(self, view: Any) -> None:
        self._saving = False
        self.button_box().setEnabled(True)
        self.take_snapshot()
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button_box().setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_field_error(exc.field, str(exc))
        elif isinstance(exc, ConflictError) and exc.code == "code_exists":
            self.show_field_error("code", str(exc))
        else:
            show_message(self.message_label(), errors.explain(exc, "dialog save"))
            if isinstance(exc, ConflictError) and exc.code == "stale":
                messages.warn(self, self.tr("Changed elsewhere"), errors.error_text(exc))

    def show_field_error(self, field: str | None, message: str) -> None:
        target = self.field_targets().get(field or "")
        if target is None:
            show_message(self.message_label(), message)
            return
        widget, label = target
        if label is not None:
            show_message(label, message)
            show_message(self.message_label(), "")
        else:
            show_message(self.message_label(), message)
        mark_invalid(widget, True)
        widget.setFocus()

    # -- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._saving:
            return
        if self.dirty:
            answer = messages.ask_save_discard_cancel(self, self.tr("Unsaved changes"),
                                                      self.unsaved_text())
            if answer == "cancel":
                return
            if answer == "save":
                self.save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
