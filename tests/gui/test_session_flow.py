"""The app's session flow: the idle lock is on in the real main window, "Keluar" on the lock
screen ends the session and returns to the login, and a reset password must be changed first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import update

from vokasi_desktop import app as app_module
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import User
from vokasi_desktop.domain.access import Action, PermissionDenied
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.auth import authenticate
from vokasi_desktop.services.errors import AuthError
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.lock import IdleLock
from vokasi_desktop.ui.login import LoginDialog
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.password_change import ChangePasswordDialog, ensure_password_current


def test_lock_screen_logout_ends_the_session_and_returns_to_login(
        qapp: QApplication, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = authenticate(demo_db, "petugas", "vokasi-petugas")
    logins: list[str] = []
    seen: dict[str, object] = {}

    def fake_login(self: LoginDialog) -> int:
        logins.append("asked")
        if len(logins) == 1:
            self.user = first
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # the second time nobody logs in: the app ends

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        idle = window.findChild(IdleLock)
        assert idle is not None, "the main window runs without an idle lock"
        idle.lock()
        seen["locked_title"] = window.windowTitle()
        seen["central_visible"] = window.centralWidget().isVisible()
        assert idle.screen is not None
        idle.screen.logout_requested.emit()  # "Keluar"
        return 0

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    url = demo_db.url.render_as_string(hide_password=False)
    assert app_module.run_gui(url, "id", prefs=Preferences(tmp_path / "p.ini")) == 0
    assert logins == ["asked", "asked"]
    assert seen["central_visible"] is False
    assert "Karimunjawa" not in str(seen["locked_title"])
    with pytest.raises(PermissionDenied):  # the first session was ended by "Keluar"
        authorize(demo_db, first, Action.MEMBER_VIEW)


def _must_change(db: Database, username: str) -> None:
    with db.write() as session:
        session.execute(update(User).where(User.username == username)
                        .values(must_change_password=True))


def test_reset_password_must_be_changed_before_the_window(qapp: QApplication,
                                                           demo_db: Database) -> None:
    _must_change(demo_db, "petugas")
    who = authenticate(demo_db, "petugas", "vokasi-petugas")
    dialog = ChangePasswordDialog(demo_db, who)
    dialog.old.setText("vokasi-petugas")
    dialog.new.setText("sandi-baru-123")
    dialog.repeat.setText("sandi-baru-124")
    dialog._submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    dialog.repeat.setText("sandi-baru-123")
    dialog.old.setText("salah-sekali")
    dialog._submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.old.setText("vokasi-petugas")
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ensure_password_current(demo_db, who)  # the flag is gone: no dialog any more
    with pytest.raises(AuthError):
        authenticate(demo_db, "petugas", "vokasi-petugas")
    assert authenticate(demo_db, "petugas", "sandi-baru-123").username == "petugas"


def test_cancelling_the_forced_change_logs_out(qapp: QApplication, demo_db: Database,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _must_change(demo_db, "petugas")
    who = authenticate(demo_db, "petugas", "vokasi-petugas")
    logins: list[int] = []

    def fake_login(self: LoginDialog) -> int:
        logins.append(1)
        if len(logins) == 1:
            self.user = who
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    def no_window() -> int:
        raise AssertionError("the main window opened before the password was changed")

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(ChangePasswordDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QApplication, "exec", staticmethod(no_window))
    url = demo_db.url.render_as_string(hide_password=False)
    assert app_module.run_gui(url, "id", prefs=Preferences(tmp_path / "p.ini")) == 0
    assert len(logins) == 2
    with pytest.raises(PermissionDenied):
        authorize(demo_db, who, Action.MEMBER_VIEW)
