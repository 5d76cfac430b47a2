"""Pengguna page: list, create, disable/enable, unlock, reset, role; shown only to roles allowed;
every user changes their own password from the Application menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from tests.gui.conftest import Answers
from tests.gui.shots import save_doc_shot
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, User
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain.access import PERMISSIONS, Action, Role
from vokasi_desktop.services import users
from vokasi_desktop.services.auth import authenticate
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.help import PAGE_SECTIONS, section_file
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.pages.users import UsersPage
from vokasi_desktop.ui.password_change import ChangePasswordDialog


def _user(db: Database, name: str) -> User:
    with db.read() as s:
        return s.execute(select(User).where(User.username == name)).scalar_one()


def _audited(db: Database, action: str) -> list[tuple[str, Any]]:
    with db.read() as s:
        return [(e.actor, e.detail) for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == action)).scalars()]


def test_users_page_manages_users(qtbot: Any, demo_db: Database,
                                  make_ctx: Callable[..., UiContext], answers: Answers) -> None:
    ctx = make_ctx(demo_db, "admin")
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    listed = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert listed == [u.username for u in users.list_users(demo_db, ctx.user)]
    assert page.table.horizontalHeaderItem(5).text() == "Login terakhir"
    # Bad input: an Indonesian message, nothing created.
    assert not page.create_user("loket2", "Dewi Lestari", "clerk", "pendek")
    kind, _title, text = answers.asked[-1]
    assert kind == "error" and "8 karakter" in text
    assert "loket2" not in [r.username for r in page.rows]
    assert page.create_user("loket2", "Dewi Lestari", "clerk", "Rahasia-Loket-2027")
    assert page.selected() is not None and page.selected().username == "loket2"  # type: ignore[union-attr]
    assert page.table.item(page.table.currentRow(), 2).text() == "Petugas Loket"
    assert _user(demo_db, "loket2").must_change_password
    assert ("admin", {"username": "loket2", "role": "clerk"}) in _audited(demo_db, "user.create")
    # Disable, enable.
    assert page.active_button.text().replace("&", "") == "Nonaktifkan"
    page.active_button.click()
    assert not _user(demo_db, "loket2").active
    assert page.table.item(page.table.currentRow(), 3).text() == "Tidak"
    page.active_button.click()
    assert _user(demo_db, "loket2").active
    # Unlock: the button is enabled only for a locked account.
    assert not page.unlock_button.isEnabled()
    with demo_db.write() as s:
        s.execute(update(User).where(User.username == "loket2")
                  .values(locked_until=utcnow() + timedelta(minutes=10), failed_attempts=0))
    page.refresh()
    assert page.unlock_button.isEnabled()
    page.unlock_button.click()
    assert _user(demo_db, "loket2").locked_until is None
    # Reset and role change.
    assert page.reset_password("Sementara-2027")
    authenticate(demo_db, "loket2", "Sementara-2027")
    assert page.set_role(Role.SUPERVISOR.value)
    assert _user(demo_db, "loket2").role == "supervisor"
    assert [d["new_role"] for a, d in _audited(demo_db, "user.role_change") if a == "admin"] == [
        "supervisor"]
    # The administrator cannot disable their own account from here.
    page.select_user("admin")
    assert not page.active_button.isEnabled()
    page.select_user("loket2")
    save_doc_shot(page, "users.png")
    page.resize(1024, 768)  # a small laptop: every button still fits on one row
    assert page.role_button.geometry().right() < page.width()


def test_users_page_follows_the_permission_table(qtbot: Any, demo_db: Database,
                                                 make_ctx: Callable[..., UiContext]) -> None:
    for username, role in (("admin", "admin"), ("petugas", "clerk"), ("supervisor", "supervisor")):
        window = MainWindow(make_ctx(demo_db, username), language="id")
        qtbot.addWidget(window)
        assert ("users" in window.pages) == (Role(role) in PERMISSIONS[Action.USER_MANAGE])
        # Every role changes its own password from the Application menu.
        assert window.password_action in window.ui.menuApplication.actions()
    assert PAGE_SECTIONS["users"] == PAGE_SECTIONS["audit"] == "audit-pengguna"
    for language in ("id", "en"):
        assert section_file("audit-pengguna", language).name == "audit-pengguna.md"


def test_change_own_password_dialog(qtbot: Any, demo_db: Database,
                                    make_ctx: Callable[..., UiContext]) -> None:
    ctx = make_ctx(demo_db, "petugas")
    dialog = ChangePasswordDialog(ctx.db, ctx.user, forced=False)
    qtbot.addWidget(dialog)
    dialog.old.setText("bukan-sandi-lama")
    dialog.new.setText("Loket-Baru-Rahasia-2027")
    dialog.repeat.setText("Loket-Baru-Rahasia-2027")
    dialog._submit()
    assert dialog.result() == 0 and "salah" in dialog.error.text().lower()
    dialog.old.setText("vokasi-petugas")  # the demo clerk's password
    dialog._submit()
    assert dialog.result() == 1, dialog.error.text()
    authenticate(demo_db, "petugas", "Loket-Baru-Rahasia-2027")


def test_users_page_errors_in_english(qtbot: Any, demo_db: Database, english_ui: None,
                                      make_ctx: Callable[..., UiContext],
                                      answers: Answers) -> None:
    page = UsersPage(make_ctx(demo_db, "admin"))
    qtbot.addWidget(page)
    assert page.table.horizontalHeaderItem(5).text() == "Last login"
    assert not page.create_user("loket3", "Dewi", "clerk", "pendek")
    assert answers.asked[-1][2] == "The password must have at least 8 characters."
    assert not page.create_user("loket3", "Dewi", "clerk", "loket3-Rahasia")
    assert answers.asked[-1][2] == "The password must not be or contain the user name."
    page.select_user("admin")
    page.set_role("clerk")
    assert "last active administrator" in answers.asked[-1][2]


def test_password_hashing_keeps_the_window_painting(qtbot: Any, demo_db: Database,
                                                    make_ctx: Callable[..., UiContext],
                                                    monkeypatch: Any) -> None:
    """Creating a user or resetting a password hashes it (argon2, 0.1-0.3 s of CPU): the call
    runs off the GUI thread, the page is disabled meanwhile and the timers keep firing."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    ctx = make_ctx(demo_db, "admin")
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    real_create, real_reset = users.create_user, users.reset_password
    seen: dict[str, Any] = {}

    def slow(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            seen["thread"] = threading.current_thread() is threading.main_thread()
            seen["enabled"] = page.isEnabled()
            time.sleep(0.4)  # what a slow PC's argon2 costs
            return real(*args)
        return call

    monkeypatch.setattr(users, "create_user", slow(real_create))
    monkeypatch.setattr(users, "reset_password", slow(real_reset))
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    try:
        assert page.create_user("loket9", "Dewi Lestari", "clerk", "Rahasia-Loket-2027")
        assert seen == {"thread": False, "enabled": False}
        created_ticks = len(ticks)
        assert page.reset_password("Sementara-2027")
    finally:
        timer.stop()
    assert page.isEnabled()
    assert created_ticks >= 10 and len(ticks) - created_ticks >= 10, (created_ticks, len(ticks))
    authenticate(demo_db, "loket9", "Sementara-2027")
