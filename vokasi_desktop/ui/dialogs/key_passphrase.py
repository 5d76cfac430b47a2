"""Unlock the branch signing key: a small passphrase dialog, asked when a document must be
signed and the key file is encrypted. The unlocked key stays in memory until the app exits
(``services.keys.unlock``); the passphrase itself is not kept.

Tests replace :func:`ask_key_passphrase` (a modal ``exec()`` would hang an offscreen run).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import keys
from vokasi_desktop.services.errors import ServiceError

MAX_TRIES = 3


class KeyPassphraseDialog(QDialog):
    """Ask for the signing key's passphrase (shown as dots)."""

    def __init__(self, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock signing key"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The branch signing key is protected with a passphrase. Enter it once; the key "
            "stays unlocked until the application is closed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Key passphrase"))
        layout.addWidget(self.edit)
        self.error = QLabel(error)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def passphrase(self) -> str:
        return self.edit.text()


def ask_key_passphrase(parent: QWidget | None, error: str = "") -> str | None:
    """The passphrase typed, or None when cancelled."""
    dialog = KeyPassphraseDialog(parent, error)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    finally:
        dialog.edit.clear()
        dialog.deleteLater()


def unlock_key(parent: QWidget | None, db: Database) -> bool:
    """Ask until the key unlocks (at most three tries); False when the user gives up."""
    error = ""
    for _ in range(MAX_TRIES):
        passphrase = ask_key_passphrase(parent, error)
        if not passphrase:
            return False
        try:
            keys.unlock(db, passphrase)
            return True
        except ServiceError as exc:
            error = str(exc)
    return False
