"""Composition root: config -> engine -> migrate -> services -> windows.

Everything the windows need is built here and passed in (a ``UiContext``); there is no global
application object. ``cli.py`` calls :func:`run_gui`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from vokasi_desktop.db.engine import (
    Database,
    DatabaseConfigError,
    mark_clean_shutdown,
    open_database,
)
from vokasi_desktop.db.migrate import (
    DatabaseTooNewError,
    MigrationError,
    is_up_to_date,
    upgrade_database,
)
from vokasi_desktop.domain.clock import SYSTEM_CLOCK
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

# Start-up speed: only Qt and the database engine are imported before the login window
# paints. The main window, its pages and the services behind them (openpyxl, reportlab,
# cryptography, argon2, Alembic) are imported where they are first needed, mostly after
# the login dialog is on screen (``python -X importtime -c "import vokasi_desktop.app"``;
# tests/gui/test_app.py checks the list).

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 2
DATABASE_ERRORS = (DatabaseConfigError, DatabaseTooNewError, MigrationError, OperationalError)


def _database_error_text(exc: BaseException) -> str:
    if isinstance(exc, OperationalError):
        # The driver's own text is English and may quote SQL: it goes to the log only.
        log.warning("database error at start-up", exc_info=exc)
        return QCoreApplication.translate(
            "App", "The database cannot be opened or used (%1). The technical details were "
            "written to the log.").replace("%1", type(exc.orig).__name__)
    return str(exc)  # these carry Indonesian messages already


def migrate_with_progress(db: Database, runner: JobRunner) -> BaseException | None:
    """Upgrade the schema on the writer thread while a busy dialog keeps the app alive.

    A first upgrade of a big database (building the name-search index of a million members)
    takes tens of seconds; the dialog appears only if it takes longer than half a second.
    """
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

    if is_up_to_date(db.engine):
        return None  # the usual start: no Alembic, no writer job, no dialog
    runner.write(upgrade_database, db.engine, on_done=done, on_error=failed, name="migrate")
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return outcome.get("error")


def _has_users(db: Database) -> bool:
    """Whether any user exists (plain query: services.setup would pull in Alembic/argon2)."""
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM app_user LIMIT 1")).first() is not None


def _branch_name(db: Database) -> str:
    from vokasi_desktop.services.branch import local_branch

    branch = local_branch(db)
    return branch.name if branch else ""


def run_gui(db_url: str | None = None, lang: str | None = None, *,
            prefs: Preferences | None = None, argv: Sequence[str] | None = None) -> int:
    """Open the database, log in and run the main window; returns the exit code.

    Exit 2 when the database cannot be used (shown in a message box first) or has no users
    yet; 0 when the user closes the login dialog or the main window.
    """
    from vokasi_desktop.ui.backup import automatic_backup, guard_database

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
    lock = None
    try:
        from vokasi_desktop.ui.wizard import run_first_start

        start = run_first_start(app, prefs, db_url, translators, language)
        translators, language, db_url = start.translators, start.language, start.db_url
        if start.cancelled:
            return EXIT_OK
        go_on, lock = guard_database(db_url, prefs, title)
        if not go_on:
            return EXIT_ERROR
        try:
            db = open_database(db_url, clock=SYSTEM_CLOCK)  # the one clock of this process
        except DATABASE_ERRORS as exc:
            messages.error(None, title, _database_error_text(exc))
            return EXIT_ERROR
        signals = AppSignals()
        runner = JobRunner(signals)
        try:
            error = migrate_with_progress(db, runner)
            if error is not None:
                if not isinstance(error, DATABASE_ERRORS):
                    log.error("migration failed", exc_info=error)
                messages.error(None, title, _database_error_text(error))
                return EXIT_ERROR
            if not _has_users(db):
                messages.error(None, title, QCoreApplication.translate(
                    "App", "This database has no users yet.\n\nRun `vokasi-desktop init` to create the "
                    "branch profile and the first administrator, or `vokasi-desktop demo` to fill "
                    "an empty database with demo data, then start the application again."))
                return EXIT_ERROR
            automatic_backup(db, prefs, "start", runner)
            from vokasi_desktop.services.auth import end_stale_sessions

            # Sessions a power cut or a killed window left open (idle past the limit) end now.
            end_stale_sessions(db)
            from vokasi_desktop.ui.login import LoginDialog

            key_checked = False
            while True:  # "Keluar" on the lock screen returns here to switch user
                login = LoginDialog(db, runner, branch_name=_branch_name(db))
                if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
                    return EXIT_OK
                principal = login.user
                # The heavy modules load only after the login window has painted.
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
                window.show()
                start_audit_check(window, runner, db, principal)
                code = int(app.exec())
                idle.stop()
                geometry.save(window, "main")
                try:
                    logout(db, principal)
                except Exception:  # the session row only; never block closing the app
                    log.warning("could not end the login session", exc_info=True)
                window.deleteLater()
                if switch_user:
                    continue
                automatic_backup(db, prefs, "exit")
                return code
        finally:
            runner.shutdown()
            db.dispose()
            if lock is not None:  # SQLite, closed: the next start may skip the full check
                mark_clean_shutdown(Path(db.url.database or ""), db.private_dir)
    finally:
        if lock is not None:
            lock.release()
        app.removeEventFilter(fitter)
        crash.uninstall()
        remove_translators(app, translators)
