"""After an administrator logs in: check the audit trail and warn when it was tampered with."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.services import audit
from vokasi_desktop.services.audit import ChainReport
from vokasi_desktop.ui import messages
from vokasi_desktop.ui.jobs import JobRunner

log = logging.getLogger(__name__)


def check_audit_for_admin(parent: QWidget | None, db: Database,
                          user: Principal) -> ChainReport | None:
    """Run the start-up audit check for an administrator; a warning when it fails.

    Other roles are not shown anything (the check runs again at the next admin login).
    """
    if user.role != "admin":
        return None
    report = audit.startup_check(db)
    show_audit_problem(parent, report)
    return report


def start_audit_check(parent: QWidget | None, runner: JobRunner, db: Database,
                      user: Principal) -> None:
    """The same check off the GUI thread (a long audit log takes seconds to walk)."""
    if user.role != "admin":
        return

    def failed(exc: BaseException) -> None:
        log.warning("audit check could not run: %s", type(exc).__name__)

    runner.read(audit.startup_check, db, on_done=lambda report: show_audit_problem(parent, report),
                on_error=failed, name="audit-check")


def show_audit_problem(parent: QWidget | None, report: ChainReport) -> None:
    """Warn when ``report`` is not intact; nothing otherwise."""
    if not report.ok:
        log.warning("audit check failed: %s", report.problem)
        messages.warn(parent, QCoreApplication.translate("AuditWarning", "Audit log"),
                      QCoreApplication.translate(
                          "AuditWarning",
                          "The audit log failed its integrity check. Someone may have changed "
                          "the database behind the application's back.")
                      + "\n\n" + report.message + "\n\n"
                      + QCoreApplication.translate(
                          "AuditWarning", "Details: vokasi-desktop audit verify"))
