"""Composition root: config -> engine -> migrate -> services -> windows.

Everything the windows need is built here and passed in (a ``UiContext``); there is no global
application object. ``cli.py`` calls :func:`run_gui`.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from vokasi_desktop.ui import messages
from vokasi_desktop.ui.crash import install_crash_reporting
from vokasi_desktop.ui.geometry import MAIN_WINDOW_SIZE, ScreenFitter, WindowGeometryStore
from vokasi_desktop.ui.i18n import (
    Preferences,
    install_translators,
    remove_translators,
    resolve_language,
)
from vokasi_desktop.ui.icons import icon
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.signals import AppSignals
from vokasi_desktop.ui.style import STYLE_SHEET

if TYPE_CHECKING:
    from vokasi_desktop.db.engine import Database
    from vokasi_desktop.domain.access import Principal
    from vokasi_desktop.ui.login import LoginDialog

# Start-up speed: only Qt and the login dialog are imported before the login window paints
# (no SQLAlchemy, models, argon2, Alembic, openpyxl, reportlab, cryptography). After the first
# paint a worker thread imports the database layer and runs the start-up checks (instance
# lock, quick_check, open, migrations, stale sessions) while the user types; "Masuk" is enabled
# when they passed. While the user types the password the main window's modules are imported
# on the same kind of thread, so a login is followed by the window at once
# (``python -X importtime -c "import vokasi_desktop.app"``; tests/gui/test_app.py checks it).

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 2


def _database_errors() -> tuple[type[BaseException], ...]:
    from sqlalchemy.exc import OperationalError

    from vokasi_desktop.db.engine import DatabaseConfigError
    from vokasi_desktop.db.migrate import DatabaseTooNewError, MigrationError

    return (DatabaseConfigError, DatabaseTooNewError, MigrationError, OperationalError)


def _database_error_text(exc: BaseException) -> str:
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError):
        # The driver's own text is English and may quote SQL: it goes to the log only.
        log.warning("database error at start-up", exc_info=exc)
        return QCoreApplication.translate(
            "App", "The database cannot be opened or used (%1). The technical details were "
            "written to the log.").replace("%1", type(exc.orig).__name__)
    return str(exc)  # these carry Indonesian messages already


class _Finished(QObject):
    finished = Signal()


def off_gui_thread[T](fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` on a short-lived worker thread while the GUI thread keeps painting and
    taking keys (a nested event loop); returns its result or raises its exception here.

    Only for plain Python work (imports, SQLite checks): ``fn`` must not touch Qt objects.
    """
    box: dict[str, Any] = {}
    notifier = _Finished()
    loop = QEventLoop()
    notifier.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            box["result"] = fn(*args)
        except BaseException as exc:  # re-raised on the GUI thread
            box["error"] = exc
        finally:
            notifier.finished.emit()

    thread = threading.Thread(target=work, name="vokasi-start", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    notifier.deleteLater()
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]


def _load_database_layer() -> None:
    """The modules the start-up checks and the login need (about a second of CPU on a branch
    PC): imported on a worker thread after the login window painted."""
    import vokasi_desktop.db.engine
    import vokasi_desktop.db.migrate
    import vokasi_desktop.db.models
    import vokasi_desktop.services.auth
    import vokasi_desktop.services.backup
    import vokasi_desktop.services.browse  # noqa: F401


def _load_main_window_modules() -> None:
    """The main window and its pages, imported while the user types the password."""
    import vokasi_desktop.services.keys
    import vokasi_desktop.services.setup
    import vokasi_desktop.ui.audit_warning
    import vokasi_desktop.ui.context
    import vokasi_desktop.ui.lock
    import vokasi_desktop.ui.main_window
    import vokasi_desktop.ui.pages.counter
    import vokasi_desktop.ui.password_change  # noqa: F401


class _Prefetch:
    """Imports on a background thread that the GUI thread waits for before it imports the
    same modules itself (two threads importing one package could meet on its import lock)."""

    def __init__(self, fn: Callable[[], None]) -> None:
        self._thread = threading.Thread(target=self._run, args=(fn,), name="vokasi-prefetch",
                                        daemon=True)
        self._thread.start()

    @staticmethod
    def _run(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # the GUI thread imports again and reports it there
            log.warning("background import failed", exc_info=True)

    def wait(self) -> None:
        self._thread.join()


def wait_for_first_paint(dialog: LoginDialog, timeout_ms: int = 2000) -> None:
    """Return once ``dialog`` has painted (or after ``timeout_ms`` if it never does, e.g. a
    start minimised): the database work starts after the window is on screen."""
    if dialog.isVisible() and getattr(dialog, "_painted", False):
        return
    loop = QEventLoop()
    dialog.first_painted.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(timeout_ms, loop, loop.quit)
    loop.exec()


def migrate_with_progress(db: Database, runner: JobRunner) -> BaseException | None:
    """Upgrade the schema on the writer thread while a busy dialog keeps the app alive.

    A first upgrade of a big database (building the name-search index of a million members)
    takes tens of seconds; the dialog appears only if it takes longer than half a second.
    """
    from vokasi_desktop.db.migrate import is_up_to_date, upgrade_database

    if is_up_to_date(db.engine):
        return None  # the usual start: no Alembic, no writer job, no dialog
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    dialog = QProgressDialog(QCoreApplication.translate("App", "Updating the database…"), "", 0, 0)
    dialog.setWindowTitle("Vokasi Indonesia Pekerja")
    dialog.setCancelButton(None)  # a migration is one transaction: it cannot stop halfway
    dialog.setMinimumDuration(500)
    dialog.setValue(0)

    def done(_result: object) -> None:
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.write(upgrade_database, db.engine, on_done=done, on_error=failed, name="migrate")
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return outcome.get("error")


def _has_users(db: Database) -> bool:
    """Whether any user exists (plain query: services.setup would pull in Alembic/argon2)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM app_user LIMIT 1")).first() is not None


def _branch_name(db: Database) -> str:
    from vokasi_desktop.services.branch import local_branch

    branch = local_branch(db)
    return branch.name if branch else ""


def _end_stale_sessions_and_branch(db: Database) -> str:
    from vokasi_desktop.services.auth import end_stale_sessions

    # Sessions a power cut or a killed window left open (idle past the limit) end now.
    end_stale_sessions(db)
    return _branch_name(db)


class _Closed(Exception):
    """The user closed the login window while the database was opening."""


def _open_for_login(db_url: str | None, prefs: Preferences, title: str, login: LoginDialog,
                    runner: JobRunner, opened: dict[str, Any]) -> int | None:
    """The start-up checks, after the login window painted: returns an exit code to stop
    with, or None when the login may go on (``opened`` gets ``lock`` and ``db``).

    Plain Python work (imports, the instance lock and quick_check, opening, stale sessions) runs
    on a worker thread; questions and messages come here, with the login window hidden.
    """
    from vokasi_desktop.domain.clock import SYSTEM_CLOCK

    closed: list[bool] = []
    login.rejected.connect(lambda: closed.append(True))

    def check_closed() -> None:
        if closed:
            raise _Closed

    off_gui_thread(_load_database_layer)
    check_closed()
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.ui.backup import answer_guard, automatic_backup, check_before_open

    database_errors = _database_errors()
    state = off_gui_thread(check_before_open, db_url, prefs.backup_dir)
    opened["lock"] = state.lock
    check_closed()
    if state.in_use is not None or (state.check is not None and not state.check.ok):
        login.hide()
        go_on, opened["lock"] = answer_guard(state, title)
        if not go_on:
            return EXIT_ERROR
        login.show()
    check_closed()
    try:
        # SYSTEM_CLOCK: the one clock of this process.
        db = off_gui_thread(lambda: open_database(db_url, clock=SYSTEM_CLOCK))
    except database_errors as exc:
        login.hide()
        messages.error(None, title, _database_error_text(exc))
        return EXIT_ERROR
    opened["db"] = db
    error = migrate_with_progress(db, runner)
    if error is not None:
        if not isinstance(error, database_errors):
            log.error("migration failed", exc_info=error)
        login.hide()
        messages.error(None, title, _database_error_text(error))
        return EXIT_ERROR
    if not off_gui_thread(_has_users, db):
        login.hide()
        messages.error(None, title, QCoreApplication.translate(
            "App", "This database has no users yet.\n\nRun `vokasi-desktop init` to create the "
            "branch profile and the first administrator, or `vokasi-desktop demo` to fill "
            "an empty database with demo data, then start the application again."))
        return EXIT_ERROR
    automatic_backup(db, prefs, "start", runner)
    branch_name = off_gui_thread(_end_stale_sessions_and_branch, db)
    check_closed()
    login.set_database(db, runner, branch_name=branch_name)
    return None


def _signed_in(login: LoginDialog) -> Principal | None:
    """Run the login dialog; the user who signed in, or None. (Enter pressed while the
    database was opening may have signed in already: the dialog is then not shown again.)"""
    if login.user is not None and login.result() == QDialog.DialogCode.Accepted:
        return login.user
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.user


def run_gui(db_url: str | None = None, lang: str | None = None, *,
            prefs: Preferences | None = None, argv: Sequence[str] | None = None) -> int:
    """Open the database, log in and run the main window; returns the exit code.

    Exit 2 when the database cannot be used (shown in a message box first) or has no users
    yet; 0 when the user closes the login dialog or the main window.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv) if argv is not None else sys.argv)
    app.setApplicationName("vokasi-desktop")
    app.setOrganizationName("vokasi-desktop")
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(STYLE_SHEET)
    prefs = prefs or Preferences()
    language = resolve_language(lang, prefs=prefs)
    translators = install_translators(app, language)
    crash = install_crash_reporting()  # uncaught exceptions: a message and the log (ui/crash.py)
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)  # no window opens past the screen's edge (ui/geometry.py)
    title = "Vokasi Indonesia Pekerja"
    opened: dict[str, Any] = {}
    runner: JobRunner | None = None
    try:
        from vokasi_desktop.ui.wizard import run_first_start

        start = run_first_start(app, prefs, db_url, translators, language)
        translators, language, db_url = start.translators, start.language, start.db_url
        if start.cancelled:
            return EXIT_OK
        from vokasi_desktop.ui.login import LoginDialog

        login = LoginDialog()
        login.show()
        wait_for_first_paint(login)
        signals = AppSignals()
        runner = JobRunner(signals)
        try:
            stop = _open_for_login(db_url, prefs, title, login, runner, opened)
        except _Closed:
            stop = EXIT_OK
        if stop is not None:
            login.close()
            login.deleteLater()
            return stop
        db: Database = opened["db"]
        prefetch: _Prefetch | None = _Prefetch(_load_main_window_modules)
        key_checked = False
        while True:  # "Keluar" on the lock screen returns here to switch user
            principal = _signed_in(login)
            if principal is None:
                return EXIT_OK
            login.deleteLater()
            if prefetch is not None:
                prefetch.wait()  # the main window's modules, imported while the user typed
                prefetch = None
            from vokasi_desktop.services import keys
            from vokasi_desktop.services.auth import logout
            from vokasi_desktop.services.setup import get_office_settings
            from vokasi_desktop.ui.audit_warning import start_audit_check
            from vokasi_desktop.ui.context import UiContext
            from vokasi_desktop.ui.lock import IdleLock
            from vokasi_desktop.ui.main_window import MainWindow
            from vokasi_desktop.ui.pages.counter import CounterPage
            from vokasi_desktop.ui.password_change import ensure_password_current

            if not ensure_password_current(db, principal):
                logout(db, principal)
                login = LoginDialog(db, runner, branch_name=_branch_name(db))
                continue
            if not key_checked:
                key_checked = True
                try:
                    keys.startup(db)  # a private key still in the table moves to its file
                except OSError:
                    log.warning("the signing key could not be moved to the private folder",
                                exc_info=True)
            ctx = UiContext(db=db, runner=runner, signals=signals, user=principal,
                            prefs=prefs)
            window = MainWindow(ctx, language=language, counter_factory=CounterPage)
            geometry = WindowGeometryStore(prefs.qsettings, principal.username)
            geometry.restore(window, "main", MAIN_WINDOW_SIZE)
            idle = IdleLock(window, db, principal,
                            minutes=get_office_settings(db).idle_lock_minutes)
            switch_user: list[bool] = []

            def _logout(win: QWidget = window, flag: list[bool] = switch_user) -> None:
                flag.append(True)
                win.close()

            idle.logout_requested.connect(_logout)

            def _session_lost(win: QWidget = window, flag: list[bool] = switch_user) -> None:
                if flag or not win.isVisible():
                    return  # already on its way back to the login
                flag.append(True)
                from vokasi_desktop.ui import messages

                messages.inform(win, QCoreApplication.translate("App", "Login ended"),
                                QCoreApplication.translate(
                                    "App", "Your login session is no longer valid (unused for "
                                    "more than 12 hours, ended elsewhere, or your account or "
                                    "role was changed by an administrator). The last action "
                                    "was not carried out. Please log in again."))
                win.close()

            signals.session_lost.connect(_session_lost)
            window.show()
            start_audit_check(window, runner, db, principal)
            code = int(app.exec())
            idle.stop()
            signals.session_lost.disconnect(_session_lost)
            geometry.save(window, "main")
            try:
                logout(db, principal)
            except Exception:  # the session row only; never block closing the app
                log.warning("could not end the login session", exc_info=True)
            window.deleteLater()
            if switch_user:
                login = LoginDialog(db, runner, branch_name=_branch_name(db))
                continue
            from vokasi_desktop.ui.backup import automatic_backup

            automatic_backup(db, prefs, "exit")
            return code
    finally:
        if runner is not None:
            runner.shutdown()
        db_opened: Database | None = opened.get("db")
        lock = opened.get("lock")
        if db_opened is not None:
            db_opened.dispose()
            if lock is not None:  # SQLite, closed: the next start may skip the full check
                from vokasi_desktop.db.engine import mark_clean_shutdown

                mark_clean_shutdown(Path(db_opened.url.database or ""), db_opened.private_dir)
        if lock is not None:
            lock.release()
        app.removeEventFilter(fitter)
        crash.uninstall()
        remove_translators(app, translators)
