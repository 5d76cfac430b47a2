"""Idle lock: locks after the (injected, short) idle time, hides the pages, needs the password."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.db.test_users import make_user
from tests.gui.shots import save_doc_shot
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry
from vokasi_desktop.ui.lock import IdleLock


def test_idle_lock_hides_everything_and_needs_own_password(qtbot: QtBot,
                                                           database: Database) -> None:
    principal = make_user(database, "petugas", "clerk", "Sandi-Petugas-1")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("Vokasi — Peserta Siti Aminah")
    page = QLabel("Siti Aminah 3578**********0001")
    window.setCentralWidget(page)
    window.resize(1366, 768)
    window.show()
    lock = IdleLock(window, database, principal, timeout_ms=150)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert not page.isVisible() and lock.screen is not None and lock.screen.isVisible()
    assert "Siti" not in window.windowTitle()
    save_doc_shot(window, "lock_screen.png")

    lock.screen.password.setText("salah-sandi")
    lock.screen.unlock_button.click()
    assert lock.is_locked and lock.screen.message.text()
    assert not lock.screen.unlock_button.isEnabled()  # back-off
    qtbot.waitUntil(lambda: lock.screen.unlock_button.isEnabled(), timeout=3000)
    lock.screen.password.setText("Sandi-Petugas-1")
    lock.screen.unlock_button.click()
    assert not lock.is_locked and page.isVisible()
    assert "Siti" in window.windowTitle()
    with database.read() as session:
        actions = session.execute(select(AuditEntry.action)).scalars().all()
    assert "session.unlock_failed" in actions and "session.unlock" in actions
    # idle again -> locked again; Keluar asks for a logout
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    with qtbot.waitSignal(lock.logout_requested, timeout=1000):
        lock.screen.logout_button.click()  # type: ignore[union-attr]
    lock.stop()
