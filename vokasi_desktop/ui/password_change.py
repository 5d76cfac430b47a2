"""The password change forced after an administrator's reset (``must_change_password``).

Shown right after a successful login when the account carries the flag: the user types the
password they just used and a new one twice; ``services.users.change_own_password`` checks the
old one, the policy (length, not the user name) and clears the flag. Cancelling logs out.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.domain.errors import ServiceError
from vokasi_desktop.services import users
from vokasi_desktop.ui import errors


class ChangePasswordDialog(QDialog):
    """Old password, new password twice; accepted only when the service took the change."""

    def __init__(self, db: Database, principal: Principal,
                 parent: QWidget | None = None, *, forced: bool = True) -> None:
        super().__init__(parent)
        self._db = db
        self._principal = principal
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("An administrator reset your password. Choose a new password "
                               "before you continue (at least 8 characters, not your user "
                               "name).") if forced else
                       self.tr("Choose a new password (at least 8 characters, not your user "
                               "name)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat the new password"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.old.setFocus()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self._show(self.tr("The two new passwords are not the same."))
            self.repeat.setFocus()
            return
        try:
            users.change_own_password(self._db, self._principal, self.old.text(),
                                      self.new.text())
        except ServiceError as exc:
            self._show(errors.error_text(exc))
            return
        self.accept()


def ensure_password_current(db: Database, principal: Principal,
                            parent: QWidget | None = None) -> bool:
    """True when the user may go on: no forced change pending, or the change was made."""
    if not users.must_change_password(db, principal.user_id):
        return True
    return ChangePasswordDialog(db, principal, parent).exec() == QDialog.DialogCode.Accepted
