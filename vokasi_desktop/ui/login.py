"""Login dialog: user name and password checked by ``services.auth.authenticate``.

The check (argon2id, ~0.25 s, and a write for the failed-attempt counter) runs on the writer
thread so the dialog stays responsive; failures show inline in Indonesian (the service's own
message, which never says whether the user name exists, and the lockout message).

At start the dialog paints before the database is open (``app.run_gui``): it is made without
a database, the user can already type, and "Masuk" is enabled by :meth:`set_database` once
the start-up checks passed. Enter pressed before that waits (the fields lock as during a
check) and signs in as soon as the database is ready. This module imports neither
SQLAlchemy nor argon2 (``services.auth`` is imported at the first sign-in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vokasi_desktop.domain.access import Principal
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.generated.ui_login_dialog import Ui_LoginDialog
from vokasi_desktop.ui.icons import icon
from vokasi_desktop.ui.jobs import JobRunner

if TYPE_CHECKING:
    from vokasi_desktop.db.engine import Database

Authenticate = Callable[["Database", str, str], Principal]


class LoginDialog(QDialog):
    """Asks for a user name and password; ``user`` is set when accepted.

    Attributes:
        user: the authenticated user after ``accept()``.
        first_painted: emitted once, when the dialog first paints.
    """

    first_painted = Signal()

    def __init__(self, db: Database | None = None, runner: JobRunner | None = None, *,
                 branch_name: str = "", authenticate_fn: Authenticate | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self._db: Database | None = None
        self._runner: JobRunner | None = None
        self._authenticate = authenticate_fn
        self._busy = False
        self._pending = False  # Enter was pressed before the database was ready
        self._painted = False
        self.user: Principal | None = None
        self.ui.branchLabel.hide()
        self.ui.errorLabel.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setDefault(True)
        ok.setEnabled(False)  # until set_database
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.textEdited.connect(self._clear_error)
        self.ui.passwordEdit.textEdited.connect(self._clear_error)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        if db is not None and runner is not None:
            self.set_database(db, runner, branch_name=branch_name)

    @property
    def ready(self) -> bool:
        """Whether the database is open ("Masuk" enabled)."""
        return self._db is not None

    def set_database(self, db: Database, runner: JobRunner, *, branch_name: str = "") -> None:
        """The database is open and checked: enable "Masuk" (and sign in if Enter waited)."""
        self._db, self._runner = db, runner
        self.ui.branchLabel.setText(branch_name)
        self.ui.branchLabel.setVisible(bool(branch_name))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self._busy)
        if self._pending:
            self._pending = False
            self._start_check()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog swallows Enter while its default button is disabled: before the database
        # is ready Enter still submits (and waits for it).
        if not self.ready and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)

    def _clear_error(self) -> None:
        self.ui.errorLabel.hide()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not busy and self.ready)
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
        if not self.ready:
            self._pending = True  # set_database signs in with what was typed
            return
        self._start_check()

    def _start_check(self) -> None:
        assert self._db is not None and self._runner is not None
        if self._authenticate is None:
            from vokasi_desktop.services.auth import authenticate

            self._authenticate = authenticate
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
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
