"""Login dialog and main window: sign-in, lockout message, navigation, status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from vokasi_desktop.db.engine import Database
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.login import LoginDialog
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.pages.members import MembersPage


def login_dialog(qtbot: Any, db: Database, runner: JobRunner) -> LoginDialog:
    dialog = LoginDialog(db, runner, branch_name="Kantor Cabang Surabaya Karimunjawa")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(qtbot: Any, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.ui.usernameEdit.clear()
    QTest.keyClicks(dialog.ui.usernameEdit, username)
    QTest.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Return)  # moves to the password
    dialog.ui.passwordEdit.clear()
    QTest.keyClicks(dialog.ui.passwordEdit, password)
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)


def test_login_succeeds_with_the_demo_clerk(qtbot: Any, demo_db: Database,
                                             runner: JobRunner) -> None:
    dialog = login_dialog(qtbot, demo_db, runner)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Masuk"
    assert dialog.windowTitle() == "Masuk"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        sign_in(qtbot, dialog, "petugas", "vokasi-petugas")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.username == "petugas"
    assert dialog.user.role == "clerk"


def test_enter_before_the_database_is_ready_waits_then_signs_in(
        qtbot: Any, demo_db: Database, runner: JobRunner) -> None:
    """At start the dialog paints before the database is open: "Masuk" is disabled, the user
    can type, and Enter waits (fields locked) until the database is there, then signs in."""
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.ready and not ok.isEnabled()
    QTest.keyClicks(dialog.ui.usernameEdit, "petugas")
    QTest.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Return)  # moves to the password
    QTest.keyClicks(dialog.ui.passwordEdit, "vokasi-petugas")
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert not dialog.ui.passwordEdit.isEnabled()  # waiting, not failed
    assert dialog.ui.errorLabel.isHidden() and runner.pending == 0
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.set_database(demo_db, runner, branch_name="Kantor Cabang Surabaya Karimunjawa")
    assert dialog.user is not None and dialog.user.username == "petugas"
    assert dialog.ui.branchLabel.text() == "Kantor Cabang Surabaya Karimunjawa"


def test_empty_fields_are_refused_while_the_database_opens(qtbot: Any) -> None:
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.ui.usernameEdit, "petugas")
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "Isi kata sandi Anda."
    assert dialog.ui.passwordEdit.isEnabled()  # nothing waits for the database


def test_login_failure_shows_an_indonesian_message_inline(qtbot: Any, demo_db: Database,
                                                          runner: JobRunner) -> None:
    dialog = login_dialog(qtbot, demo_db, runner)
    sign_in(qtbot, dialog, "petugas", "salah-sandi")
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=10_000)
    assert dialog.ui.errorLabel.text() == (
        "Nama pengguna atau kata sandi salah, atau akun sedang dikunci.")
    assert dialog.isVisible() and dialog.user is None
    assert dialog.ui.passwordEdit.text() == ""  # cleared for the next try
    # Typing again hides the old message.
    QTest.keyClicks(dialog.ui.passwordEdit, "x")
    assert not dialog.ui.errorLabel.isVisible()


def test_empty_fields_are_refused_before_asking_the_database(qtbot: Any, demo_db: Database,
                                                            runner: JobRunner) -> None:
    dialog = login_dialog(qtbot, demo_db, runner)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.ui.errorLabel.text() == "Isi nama pengguna Anda."
    assert runner.pending == 0


def test_lockout_message_comes_from_the_service(qtbot: Any, demo_db: Database,
                                                runner: JobRunner) -> None:
    dialog = login_dialog(qtbot, demo_db, runner)
    for _ in range(5):
        sign_in(qtbot, dialog, "supervisor", "bukan-sandinya")
        qtbot.waitUntil(lambda: dialog.ui.buttonBox.isEnabled()
                        and dialog.ui.errorLabel.isVisible(), timeout=10_000)
    sign_in(qtbot, dialog, "supervisor", "vokasi-supervisor")
    qtbot.waitUntil(lambda: dialog.ui.buttonBox.isEnabled()
                    and "dikunci" in dialog.ui.errorLabel.text(), timeout=10_000)
    assert dialog.user is None


def main_window(qtbot: Any, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx, language="id")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # window shortcuts (Ctrl+1..7) need the active window
    return window


def test_navigation_by_keyboard_and_sidebar(qtbot: Any, ctx: UiContext) -> None:
    window = main_window(qtbot, ctx)
    nav = window.ui.navList
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles == ["Layanan Loket", "Peserta", "Lembaga", "Kelas", "Pendaftaran", "Laporan",
                      "Pengaturan"]
    assert window.current_key == "counter"
    keys = ["counter", "members", "institutions", "classes", "enrollments", "reports", "settings"]
    for number, key in enumerate(keys, start=1):
        # Sent to the QWindow: Qt 6 matches shortcuts when the platform delivers the key.
        QTest.keyClick(window.windowHandle(), Qt.Key(Qt.Key.Key_0.value + number),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == key, f"Ctrl+{number}"
        assert nav.currentRow() == number - 1
    nav.setCurrentRow(1)
    assert window.current_key == "members"
    page = window.page("members")
    assert isinstance(page, MembersPage)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total > 0, timeout=10_000)
    assert page.search_edit.hasFocus()


def test_status_bar_shows_branch_user_database_and_quota(qtbot: Any, ctx: UiContext) -> None:
    window = main_window(qtbot, ctx)
    assert window.branch_label.text() == "KRJ · Kantor Cabang Surabaya Karimunjawa"
    assert window.user_label.text() == "Budi Santoso (Petugas Loket)"
    assert window.database_label.text().startswith("SQLite: ")
    qtbot.waitUntil(lambda: window.quota_label.text() != "", timeout=10_000)
    assert window.quota_label.text().startswith(f"Kuota {ctx.today().year}: sisa ")
    assert "kursi" in window.quota_label.text() and "Rp" in window.quota_label.text()


def test_settings_page_saves_the_language_for_next_start(qtbot: Any, ctx: UiContext) -> None:
    window = main_window(qtbot, ctx)
    window.show_page("settings")
    settings = window.page("settings")
    combo = settings.ui.languageCombo
    assert combo.currentData() == "id"
    assert settings.ui.branchCodeValue.text() == "KRJ"
    assert settings.ui.searchValue.text() == "SQLite FTS5 (awal kata)"
    combo.setCurrentIndex(combo.findData("en"))
    assert ctx.prefs.language == "en"
    assert "dibuka kembali" in settings.ui.languageNoteLabel.text()


class _WindowsShown(QObject):
    def __init__(self, main: QWidget) -> None:
        super().__init__()
        self.main = main
        self.shown: list[str] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow()
                and obj is not self.main):
            self.shown.append(f"{type(obj).__name__} {obj.objectName()!r}")
        return False


def test_pages_are_built_when_first_shown_and_open_no_window_of_their_own(
        qtbot: Any, ctx: UiContext) -> None:
    """A login builds the first page only; each other page is built when first shown. A
    label shown before it has a parent would flash as a window of its own and take the
    activation (and so the keyboard focus) from the main window."""
    window = main_window(qtbot, ctx)
    assert window.pages.built() == ["counter"]
    assert list(window.pages) == ["counter", "members", "institutions", "classes",
                                  "enrollments", "reports", "settings"]
    watcher = _WindowsShown(window)
    QApplication.instance().installEventFilter(watcher)
    try:
        for key in window.pages:
            window.show_page(key)
            assert window.ui.pageStack.currentWidget() is window.page(key)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.shown == []
    assert window.pages.built() == list(window.pages)
