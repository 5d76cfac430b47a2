"""Pengguna page (administrator): list users, create, disable/enable, unlock, reset, role.

Everything goes through ``services.users`` (the CLI ``user`` commands use the same functions),
so the permission check (``Action.USER_MANAGE``), the password policy, the last-administrator
guard and the audit entries are the same everywhere. The list is small (one branch's staff):
it is read again after every change and on F5.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.domain.access import Action, can
from vokasi_desktop.domain.errors import ServiceError
from vokasi_desktop.services import users
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.labels import ROLES, choices, label
from vokasi_desktop.ui.pages.conflicts import list_table


def users_visible(ctx: UiContext) -> bool:
    """The page shows for the roles the permission table allows to manage users."""
    return can(ctx.user.role, Action.USER_MANAGE)


class NewUserDialog(QDialog):
    """User name, full name, role and a temporary password typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for code, text in choices(ROLES):
            self.role.addItem(text, code)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Temporary password"), self.password)
        form.addRow(self.tr("Re&peat the password"), self.repeat)
        note = QLabel(self.tr("The user must choose a new password at the first login."), self)
        note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords are not the same."))
            self.error.show()
            return
        self.accept()


class UsersPage(QWidget):
    """Pengguna: the user list with one button per administrator action.

    Attributes:
        rows: the users shown (``services.users.UserRow``), in table order.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[users.UserRow] = []
        title = QLabel(self.tr("Users"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        intro = QLabel(self.tr(
            "Staff accounts of this office. Every change is recorded in the audit log. A reset "
            "password must be changed by the user at the next login."), self)
        intro.setWordWrap(True)
        self.table = list_table(self, [
            self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Active"),
            self.tr("Locked"), self.tr("Last login")])
        for col, width in enumerate((140, 230, 140, 70, 70)):
            self.table.setColumnWidth(col, width)
        self.new_button = QPushButton(self.tr("&New user…"), self)
        self.active_button = QPushButton(self.tr("&Disable"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.role_button = QPushButton(self.tr("Change r&ole…"), self)
        self.new_button.clicked.connect(self._new_user)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self._reset_password)
        self.role_button.clicked.connect(self._change_role)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.active_button, self.unlock_button,
                       self.reset_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- list ---------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the users again; keep (or move to) the selection ``select``."""
        if select is None and self.selected() is not None:
            select = self.selected().username  # type: ignore[union-attr]
        try:
            self.rows = users.list_users(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            self.rows = []
            self.status_label.setText(errors.error_text(exc))
        yes, no = self.tr("Yes"), self.tr("No")
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            last = (row.last_login_at.astimezone().strftime("%d/%m/%Y %H:%M")
                    if row.last_login_at else "-")
            cells = [row.username, row.full_name, label(ROLES, row.role),
                     yes if row.active else no, yes if row.locked else no, last]
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))
        index = next((i for i, row in enumerate(self.rows) if row.username == select), 0)
        if self.rows:
            self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> users.UserRow | None:
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.rows):
            return None
        return self.rows[picked[0].row()]

    def select_user(self, username: str) -> None:
        for i, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.active_button, self.unlock_button, self.reset_button,
                       self.role_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.active_button.setText(self.tr("&Disable") if row.active else self.tr("&Enable"))
            self.unlock_button.setEnabled(row.locked)
            self.active_button.setEnabled(row.username != self.ctx.user.username or not row.active)

    # -- actions (the dialogs call these; tests call them directly) ---------------------------

    def _change(self, call: Callable[[], object], message: str, username: str) -> bool:
        """Run one service call; show its error, or the message and the fresh list.

        The call runs on the job runner's writer thread (creating a user or resetting a
        password hashes it with argon2: 0.1-0.3 s of CPU) while a local event loop keeps the
        window painting; the page is disabled meanwhile so nothing else starts. The caller
        still gets the outcome as a return value (the dialogs re-open on an error).
        """
        outcome: list[BaseException | None] = []
        loop = QEventLoop(self)

        def finished(exc: BaseException | None) -> None:
            outcome.append(exc)
            loop.quit()

        self.setEnabled(False)
        # A refused login session goes to the app (back to the login), not to on_error.
        self.ctx.signals.session_lost.connect(loop.quit)
        try:
            self.ctx.runner.submit(call, write=True, name="user change",
                                   on_done=lambda _result: finished(None), on_error=finished)
            if not outcome:
                loop.exec()
        finally:
            self.ctx.signals.session_lost.disconnect(loop.quit)
            self.setEnabled(True)
        if not outcome:
            return False
        exc = outcome[0]
        if exc is not None:
            if not errors.is_expected(exc):
                raise exc
            errors.present(self, exc, self.tr("User not changed"))
            return False
        self.status_label.setText(message.replace("%1", username))
        self.refresh(select=username)
        return True

    def create_user(self, username: str, full_name: str, role: str, password: str) -> bool:
        db, who = self.ctx.db, self.ctx.user
        name = username.strip().lower()
        return self._change(
            lambda: users.create_user(db, who, username, full_name, role, password),
            self.tr("User %1 created; the password must be changed at the first login."), name)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        db, who = self.ctx.db, self.ctx.user
        if row.active:
            self._change(lambda: users.disable_user(db, who, row.username),
                         self.tr("User %1 disabled."), row.username)
        else:
            self._change(lambda: users.enable_user(db, who, row.username),
                         self.tr("User %1 enabled."), row.username)

    def unlock(self) -> None:
        row = self.selected()
        if row is not None:
            self._change(lambda: users.unlock_user(self.ctx.db, self.ctx.user, row.username),
                         self.tr("User %1 unlocked."), row.username)

    def reset_password(self, password: str) -> bool:
        row = self.selected()
        return row is not None and self._change(
            lambda: users.reset_password(self.ctx.db, self.ctx.user, row.username, password),
            self.tr("Password of %1 reset; it must be changed at the next login."),
            row.username)

    def set_role(self, role: str) -> bool:
        row = self.selected()
        return row is not None and self._change(
            lambda: users.set_role(self.ctx.db, self.ctx.user, row.username, role),
            self.tr("%1 is now %2.").replace("%2", label(ROLES, role)), row.username)

    # -- dialogs ------------------------------------------------------------------------------

    def _new_user(self) -> None:
        dialog = NewUserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.create_user(dialog.username.text(), dialog.full_name.text(),
                                str(dialog.role.currentData()), dialog.password.text()):
                return

    def _reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("Temporary password for %1 (at least 8 characters):")
            .replace("%1", row.username), QLineEdit.EchoMode.Password)
        if ok:
            self.reset_password(password)

    def _change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        options = choices(ROLES)
        texts = [text for _code, text in options]
        current = next((i for i, (code, _t) in enumerate(options) if code == row.role), 0)
        text, ok = QInputDialog.getItem(
            self, self.tr("Change role"), self.tr("New role of %1:").replace("%1", row.username),
            texts, current, False)
        if ok:
            self.set_role(options[texts.index(text)][0])
