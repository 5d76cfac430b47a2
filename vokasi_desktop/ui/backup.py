"""Backups in the GUI: the start-up guard (one instance, damaged database), automatic backups
at start and exit, and the backup section of the settings page.

The work itself is in ``services/backup.py``; this module only asks and tells.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)
from sqlalchemy.engine import URL

from vokasi_desktop.db.engine import (
    Database,
    DatabaseConfigError,
    DatabaseInUseError,
    InstanceLock,
    resolve_url,
)
from vokasi_desktop.services import backup as backup_service
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.ui import errors, messages
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.widgets import show_message

log = logging.getLogger(__name__)


def backup_folder(db: Database, prefs: Preferences) -> Path:
    return Path(prefs.backup_dir) if prefs.backup_dir else backup_service.default_backup_dir(db.url)


@dataclass
class GuardState:
    """What :func:`check_before_open` found; :func:`answer_guard` tells the user."""

    lock: InstanceLock | None = None
    in_use: str | None = None  # the Indonesian message when another instance has the file
    db_path: Path | None = None
    url: URL | None = None
    folder: Path | str | None = None
    check: backup_service.StartupCheck | None = None


def check_before_open(db_url: str | None, backup_dir: str | None) -> GuardState:
    """The part of the start-up guard that touches no Qt object: the instance lock and the
    start-up check of the file (``quick_check`` after a crash: seconds on a big file). Runs on a
    worker thread while the login window is on screen (``app.run_gui``)."""
    try:
        url = resolve_url(db_url)
    except DatabaseConfigError:
        return GuardState()  # open_database reports it
    if url.get_backend_name() != "sqlite" or not url.database:
        return GuardState()
    db_path = Path(url.database)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = InstanceLock(db_path).acquire()
    except DatabaseInUseError as exc:
        return GuardState(in_use=str(exc))
    except OSError:
        return GuardState()  # an unusable folder is reported by open_database
    folder = backup_dir or backup_service.default_backup_dir(url)
    return GuardState(lock, None, db_path, url, folder,
                      backup_service.check_at_startup(url, folder))


def answer_guard(state: GuardState, title: str) -> tuple[bool, InstanceLock | None]:
    """The GUI part of the guard: a damaged file is never opened (so never written, never
    replaced by an empty one); the newest good backup is offered instead. Returns
    (continue?, the instance lock to release at exit)."""
    if state.in_use is not None:
        messages.error(None, title, state.in_use)
        return False, None
    lock, check = state.lock, state.check
    if lock is None or check is None or check.ok:
        return True, lock
    db_path, url, folder = state.db_path, state.url, state.folder
    assert db_path is not None and url is not None
    found = check.newest_backup
    if found is None:
        messages.error(None, title, QCoreApplication.translate(
            "Backup", "The database file %1 is damaged or missing and no good backup was found in %2.\n\n"
            "Nothing was changed. Restore a backup file with `vokasi-desktop restore FILE`.")
            .replace("%1", str(db_path)).replace("%2", str(folder)))
        lock.release()
        return False, None
    question = QCoreApplication.translate(
        "Backup", "The database file %1 is damaged or missing. Nothing was written to it.\n\n"
        "Restore the newest good backup, made %2 (%3)? The damaged file is kept beside it.") \
        .replace("%1", str(db_path)) \
        .replace("%2", found.created_at.astimezone().strftime("%d/%m/%Y %H:%M")) \
        .replace("%3", found.path.name)
    if not messages.ask_yes_no(None, title, question, default_yes=True):
        lock.release()
        return False, None
    try:
        backup_service.restore_backup(url, found.path, lock=False)
    except (ServiceError, OSError) as exc:
        log.error("restore at start-up failed: %s", type(exc).__name__)
        messages.error(None, title, errors.error_text(exc) if errors.is_expected(exc) else QCoreApplication.translate(
            "Backup", "The backup could not be restored."))
        lock.release()
        return False, None
    return True, lock


def guard_database(db_url: str | None, prefs: Preferences,
                   title: str) -> tuple[bool, InstanceLock | None]:
    """Before the database is opened: one instance per SQLite file, and a damaged file is
    never opened; the newest good backup is offered instead. Returns (continue?, the
    instance lock to release at exit). :func:`check_before_open` + :func:`answer_guard`.
    """
    return answer_guard(check_before_open(db_url, prefs.backup_dir), title)


def _auto_backup(db: Database, folder: Path, keep: int, when: str) -> None:
    try:
        backup_service.auto_backup(db, folder, when=when, keep=keep)
    except (ServiceError, OSError) as exc:
        log.warning("automatic %s backup failed: %s", when, exc)
    except Exception:
        log.exception("automatic %s backup failed", when)


def automatic_backup(db: Database, prefs: Preferences, when: str,
                     runner: JobRunner | None = None) -> None:
    """The automatic backup at start (once a day) or exit; failures are logged, never raised.

    With a ``runner`` it runs on a reader thread (the start-up backup while the user logs in);
    without, here and now (at exit, after the window closed).
    """
    folder, keep = backup_folder(db, prefs), prefs.backup_keep
    if runner is None:
        _auto_backup(db, folder, keep, when)
    else:
        runner.read(_auto_backup, db, folder, keep, when, name=f"backup-{when}")


class BackupSection(QGroupBox):
    """Settings: the backup folder, "Back up now" and "Check a backup file"."""

    def __init__(self, db: Database, runner: JobRunner, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.db, self.runner, self.prefs = db, runner, prefs
        form = QFormLayout(self)
        self.folderValue = QLabel()
        self.folderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Folder:"), self.folderValue)
        buttons = QHBoxLayout()
        self.backupButton = QPushButton(self.tr("Back up now"))
        self.folderButton = QPushButton(self.tr("Choose folder…"))
        self.verifyButton = QPushButton(self.tr("Check a backup file…"))
        for button in (self.backupButton, self.folderButton, self.verifyButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        form.addRow(self.messageLabel)
        show_message(self.messageLabel, self.tr(
            "A backup is made automatically at the first start of the day and when the "
            "application closes. To restore, close the application and run "
            "`vokasi-desktop restore FILE`."), "hint")
        self.backupButton.clicked.connect(self.back_up_now)
        self.folderButton.clicked.connect(self._choose_folder)
        self.verifyButton.clicked.connect(self._choose_and_verify)
        self._show_folder()

    def _show_folder(self) -> None:
        self.folderValue.setText(str(backup_folder(self.db, self.prefs)))

    def back_up_now(self) -> None:
        self.backupButton.setEnabled(False)
        show_message(self.messageLabel, self.tr("Making the backup…"), "hint")
        self.runner.read(backup_service.create_backup, self.db, backup_folder(self.db, self.prefs),
                         on_done=self._backed_up, on_error=self._failed, name="backup")

    def _backed_up(self, info: backup_service.BackupInfo) -> None:
        self.backupButton.setEnabled(True)
        show_message(self.messageLabel, self.tr("Backup saved and verified: %1")
                     .replace("%1", str(info.path)), "ok")

    def _failed(self, exc: BaseException) -> None:
        self.backupButton.setEnabled(True)
        show_message(self.messageLabel, errors.explain(exc, "backup"), "error")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  str(backup_folder(self.db, self.prefs)))
        if folder:
            self.prefs.backup_dir = folder
            self._show_folder()

    def _choose_and_verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Check a backup file"),
                                              str(backup_folder(self.db, self.prefs)),
                                              self.tr("Backups (*.vkbak)"))
        if path:
            self.verify(Path(path))

    def verify(self, path: Path) -> None:
        self.runner.read(backup_service.verify_backup, path, on_done=self._verified,
                         on_error=self._failed, name="verify-backup")

    def _verified(self, info: backup_service.BackupInfo) -> None:
        show_message(self.messageLabel, self.tr("Good backup: made %1, branch %2, %3 audit entries.")
                     .replace("%1", info.created_at.astimezone().strftime("%d/%m/%Y %H:%M"))
                     .replace("%2", info.branch or "-").replace("%3", str(info.audit_entries)),
                     "ok")
