"""Crash reporting: an uncaught exception never makes the window vanish.

:func:`install_crash_reporting` (called by ``app.run_gui``) sets

- ``sys.excepthook`` (an exception escaping a slot or an event handler on the GUI thread),
- ``threading.excepthook`` (an exception ending a worker thread),
- Qt's message handler (Qt's own warnings and criticals go to the log),

and adds a rotating log file (``<data folder>/logs/vokasi-desktop.log``, 1 MB x 5) to the root
logger. The clerk sees one short message in the interface language; the traceback goes to the
log only. A filter on the log file masks every NIK-looking number and hides passwords,
passphrases and the password of a database URL, so the log can be sent to IT as it is.

Jobs of :class:`~vokasi_desktop.ui.jobs.JobRunner` that fail with an unexpected exception and
no ``on_error`` callback are reported the same way (``jobs.report_unexpected``).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.paths import log_dir
from vokasi_desktop.ui import messages

log = logging.getLogger("vokasi_desktop.crash")
qt_log = logging.getLogger("qt")

LOG_FILE_NAME = "vokasi-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

# "password=abc", "passphrase: abc", "kata sandi = abc" ... -> the value becomes ***
_SECRET = re.compile(
    r"(?i)\b(password|passwd|pwd|passphrase|kata[ _]?sandi|frasa[ _]?sandi|secret|token)"
    r"(['\"]?\s*[=:]\s*)(['\"]?)[^\s'\",;)}]+")
# postgresql+psycopg://user:secret@host/db -> user:***@host
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@\s/]+(@)")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def scrub(text: str) -> str:
    """``text`` with NIK-like numbers masked and passwords replaced by ``***``."""
    text = mask_nik(text)
    text = _URL_PASSWORD.sub(r"\1***\2", text)
    return _SECRET.sub(r"\1\2\3***", text)


class PersonalDataFilter(logging.Filter):
    """Masks personal data and secrets in a record's message, traceback and stack."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def add_file_log(folder: Path | None = None) -> RotatingFileHandler | None:
    """Add the rotating log file in ``folder`` (default: the log folder) to the root logger.

    Returns the handler, or None when the folder cannot be created (a read-only profile):
    the app then runs without a log file rather than not at all.
    """
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_FILE_NAME, maxBytes=LOG_MAX_BYTES,
                                      backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        log.warning("the log folder %s cannot be written; no log file", folder, exc_info=True)
        return None
    handler.setLevel(logging.INFO)
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return handler


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashReporter(QObject):
    """Logs uncaught exceptions and shows one short message on the GUI thread.

    Attributes:
        log_file: the rotating log file (None when it could not be opened).
        reported: how many uncaught exceptions were logged (tests, the About dialog).
    """

    _crashed = Signal()

    def __init__(self, log_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_folder = log_folder or log_dir()
        self._handler: RotatingFileHandler | None = None
        self.reported = 0
        self._pending = False
        self._previous_excepthook: Callable[..., Any] | None = None
        self._previous_threading_hook: Callable[..., Any] | None = None
        self._previous_qt_handler: Any = None
        self._installed = False
        self._crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @property
    def log_file(self) -> Path | None:
        return Path(self._handler.baseFilename) if self._handler is not None else None

    # -- installing ---------------------------------------------------------------------------

    def install(self) -> CrashReporter:
        if self._installed:
            return self
        self._handler = add_file_log(self.log_folder)
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.threading_excepthook
        self._previous_qt_handler = qInstallMessageHandler(self.qt_message)
        self._installed = True
        global _active
        _active = self
        return self

    def uninstall(self) -> None:
        """Restore the previous hooks and close the log file (tests; the end of ``run_gui``)."""
        if not self._installed:
            return
        self._installed = False
        global _active
        if _active is self:
            _active = None
        sys.excepthook = self._previous_excepthook or sys.__excepthook__
        threading.excepthook = self._previous_threading_hook or threading.__excepthook__
        qInstallMessageHandler(self._previous_qt_handler)
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    # -- the hooks ------------------------------------------------------------------------------

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous_excepthook or sys.__excepthook__)(exc_type, exc, tb)
            return
        self.report((exc_type, exc, tb), where=threading.current_thread().name)

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        where = args.thread.name if args.thread is not None else "thread"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), where=where)

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
        if self._previous_qt_handler is not None:
            self._previous_qt_handler(mode, context, message)

    def report(self, exc_info: ExcInfo, *, where: str = "") -> None:
        """Log ``exc_info`` with its traceback and show the message (from any thread)."""
        # logging itself may fail (disk full): the clerk is still told
        with contextlib.suppress(Exception):
            log.critical("Uncaught %s in %s", exc_info[0].__name__, where or "?",
                         exc_info=exc_info)
        self.reported += 1
        if not self._pending:  # one message at a time, not one per failed repaint
            self._pending = True
            self._crashed.emit()  # queued: shown by the GUI thread's event loop

    def message_text(self) -> str:
        text = self.tr("An unexpected error occurred. The application keeps running; if "
                       "something looks wrong, close it and start it again.")
        if self.log_file is not None:
            text += "\n\n" + self.tr("The details were written to the log file:\n%1").replace(
                "%1", str(self.log_file))
        return text

    def _show(self) -> None:
        try:
            parent = QApplication.activeWindow()
            messages.error(parent, self.tr("Unexpected error"), self.message_text())
        finally:
            self._pending = False


_active: CrashReporter | None = None


def active_reporter() -> CrashReporter | None:
    """The installed crash reporter, if any (the job runner hands it unexpected job errors)."""
    return _active


def install_crash_reporting(log_folder: Path | None = None) -> CrashReporter:
    """Create and install the crash reporter (call after the QApplication exists)."""
    return CrashReporter(log_folder).install()


def report_unexpected(exc: BaseException) -> None:
    """Hand an exception caught elsewhere (a failed job) to ``sys.excepthook``."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
