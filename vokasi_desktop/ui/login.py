"""Login dialog: user name and password checked by ``services.auth.authenticate``.

The check (argon2id, ~0.25 s, and a write for the failed-attempt counter) runs on the writer
thread so the dialog stays responsive; failures show inline in Indonesian (the service's own
message, which never says whether the user name exists, and the lockout message).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.services.auth import authenticate
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.generated.ui_login_dialog import Ui_LoginDialog
from vokasi_desktop.ui.icons import icon
from vokasi_desktop.ui.jobs import JobRunner

Authenticate = Callable[[Database, str, str], Principal]


class LoginDialog(QDialog):
    """Asks for a user name and password; ``user`` is set when accepted.

    Attributes:
        user: the authenticated user after ``accept()``.
    """

    def __init__(self, db: Database, runner: JobRunner, *, branch_name: str = "",
                 authenticate_fn: Authenticate = authenticate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self._db = db
        self._runner = runner
        self._authenticate = authenticate_fn
        self._busy = False
        self.user: Principal | None = None
        self.ui.branchLabel.setText(branch_name)
        self.ui.branchLabel.setVisible(bool(branch_name))
        self.ui.errorLabel.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.textEdited.connect(self._clear_error)
        self.ui.passwordEdit.textEdited.connect(self._clear_error)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.ui.errorLabel.hide()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)
        self.ui.usernameEdit.setEnabled(not busy)
        self.ui.passwordEdit.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _submit(self) -> None:
        if self._busy:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self.show_error(self.tr("Fill in your user name."))
            self.ui.usernameEdit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Fill in your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._set_busy(True)
        self._runner.write(self._authenticate, self._db, username, password,
                           on_done=self._succeeded, on_error=self._failed, name="login")

    def _succeeded(self, user: Principal) -> None:
        self._set_busy(False)
        self.user = user
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_error(errors.explain(exc, "sign-in"))
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
