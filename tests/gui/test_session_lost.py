"""A login session refused by the services (expired after the idle limit, ended elsewhere)
takes the app back to the login dialog with one message, instead of refusing every action."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import update

from tests.gui.conftest import user_named
from vokasi_desktop import app as app_module
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import LoginSession
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain.access import Action, PermissionDenied
from vokasi_desktop.services.access import authorize
from vokasi_desktop.ui import messages
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.login import LoginDialog
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.signals import AppSignals


def test_a_refused_session_goes_to_the_signal_not_to_the_page(qtbot: Any) -> None:
    signals = AppSignals()
    runner = JobRunner(signals)
    seen: list[object] = []
    signals.session_lost.connect(lambda: seen.append("lost"))

    def refused() -> None:
        raise PermissionDenied(Action.ENROL, "clerk", session_problem="session_expired")

    def forbidden() -> None:
        raise PermissionDenied(Action.ENROL, "clerk")

    try:
        runner.submit(refused, on_error=lambda exc: seen.append(("page", exc.code)))
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen == ["lost"]
        seen.clear()
        # a role that may not do one action keeps its login: the page shows the refusal
        runner.submit(forbidden, on_error=lambda exc: seen.append(("page", exc.code)))
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen == [("page", "forbidden")]
    finally:
        runner.shutdown()


def test_an_expired_login_returns_to_the_login_dialog(
        qapp: QApplication, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    clerk = user_named(demo_db, "petugas")
    logins: list[str] = []
    told: list[str] = []
    seen: dict[str, Any] = {}

    def fake_login(self: LoginDialog) -> int:
        logins.append("shown")
        if len(logins) == 1:
            self.user = clerk
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # the second time the clerk closes it

    def fake_exec() -> int:
        [window] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible()]
        # a window left open overnight: the session is past the idle limit
        with demo_db.write() as s:
            s.execute(update(LoginSession).where(LoginSession.id == clerk.session_id)
                      .values(last_seen_at=utcnow() - timedelta(hours=13)))
        page_errors: list[str] = []
        window.ctx.runner.submit(authorize, window.ctx.db, clerk, Action.ENROL,
                                 on_error=lambda exc: page_errors.append(exc.code))
        deadline = utcnow() + timedelta(seconds=10)
        while window.isVisible() and utcnow() < deadline:
            QApplication.processEvents()
        seen["closed"] = not window.isVisible()
        seen["page_errors"] = page_errors
        return 0

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setattr(messages, "inform",
                        lambda _parent, title, text: told.append(f"{title}: {text}"))
    url = demo_db.url.render_as_string(hide_password=False)
    assert app_module.run_gui(url, "id", prefs=Preferences(tmp_path / "p.ini")) == 0
    assert seen == {"closed": True, "page_errors": []}
    assert logins == ["shown", "shown"]  # back at the login dialog
    assert len(told) == 1 and "login" in told[0].lower() and "12 jam" in told[0]
