"""After an administrator logs in: check the audit trail and warn when it was tampered with."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import audit
from vokasi_desktop.services.audit import ChainReport
from vokasi_desktop.services.auth import UserInfo
from vokasi_desktop.ui import messages

log = logging.getLogger(__name__)


def check_audit_for_admin(parent: QWidget | None, db: Database,
                          user: UserInfo) -> ChainReport | None:
    """Run the start-up audit check for an administrator; a warning when it fails.

    Other roles are not shown anything (the check runs again at the next admin login).
    """
    if user.role != "admin":
        return None
    report = audit.startup_check(db)
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
    return report
