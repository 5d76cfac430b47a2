"""File choosers, short text questions and "open the folder", in one place tests can replace.

Like ``ui.messages``: a modal ``exec()`` (QFileDialog, QInputDialog) would hang an offscreen
test run (NOTES.md), so code calls these as ``prompts.ask_save_path(...)`` and tests
monkeypatch the module attributes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget


def ask_save_path(parent: QWidget | None, title: str, suggested: Path,
                  name_filter: str) -> Path | None:
    """A Save-as dialog starting at ``suggested``; None when cancelled.

    The suffix of ``suggested`` is added when the user typed a name without one.
    """
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix and suggested.suffix:
        path = path.with_suffix(suggested.suffix)
    return path


def ask_open_path(parent: QWidget | None, title: str, start: Path,
                  name_filter: str) -> Path | None:
    """An Open-file dialog; None when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(start), name_filter)
    return Path(chosen) if chosen else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text (a reason, a result); None when cancelled. Not stripped."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def choose_item(parent: QWidget | None, title: str, label: str,
                items: list[str], current: int = 0) -> int | None:
    """Pick one of ``items``; returns its index, None when cancelled."""
    if not items:
        return None
    value, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    if not ok:
        return None
    return items.index(value) if value in items else None


def open_folder(path: Path) -> bool:
    """Show ``path`` (a folder, or the folder of a file) in the file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
