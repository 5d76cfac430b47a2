"""One way to tell the clerk that something failed, in the GUI's language.

Services raise :class:`ServiceError` with a stable ``code``, ``params`` and an Indonesian
``message``. The Indonesian GUI shows that message (the CLI prints the same words); the English
GUI builds the sentence from the code (``%(name)`` is a parameter) and falls back to the
service's message for a code without an English text here.
Anything else is unexpected: it is logged with its type and stack (the exception's own text is
left out of the log, because a driver error may quote a NIK or a name) and the clerk reads one
short sentence. :func:`present` shows the text in a message box; the job runner uses it for
jobs that have no error handler of their own.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vokasi_desktop.domain.errors import ServiceError
from vokasi_desktop.ui import domain_text, labels, messages

log = logging.getLogger(__name__)

# Code -> English text. Keep the sentences short and say what to do.
SERVICE_ERRORS_EN: dict[str, str] = {
    "database_busy": ("The database is busy (another counter or an import is writing). "
        "Nothing was saved; try again in a moment."),
    "member_missing": ("The member was not found."),
    "class_missing": ("The class was not found."),
    "enrollment_missing": ("The enrolment was not found."),
    "document_missing": ("The document was not found."),
    "rule_set_missing": ("The rule set does not exist."),
    "quota_exhausted": ("The branch's seat quota or budget is used up."),
    "class_full": ("The class is full."),
    "override_reason": ("The reason for the supervisor's approval is required."),
    "reason_required": ("A reason is required."),
    "stale": ("Someone at another counter changed this just now; reload and try "
        "again."),
    "already_issued": ("The document for this enrolment was issued just now; it is shown "
        "instead of a second one."),
    "document_voided": ("The document has been voided."),
    "date_future": ("The document date cannot be in the "
                                     "future."),
    "cancelled": ("Cancelled; nothing was saved."),
    "login_failed": ("Wrong username or password."),
    "sex_invalid": ("Sex must be L or P."),
    "segment_invalid": ("The segment must be PU, BPU, PMI or JAKON."),
    "employment_invalid": ("Unknown employment status."),
    "membership_invalid": ("Unknown membership status."),
    "layoff_future": ("The layoff date cannot be in the future."),
    "phone_invalid": ("A phone number may contain digits, spaces and hyphens only."),
    "region_invalid": ("The region code must be 4 digits (regency/city)."),
    "period_order": ("The end month is before the start month."),
    "period_future": ("A contribution period cannot be in the future."),
    "forbidden": ("Your role (%(role)) may not do this (%(action))."),
    "not_eligible": ("Not eligible: %(reasons)"),
    "override_required": ("A supervisor must approve: %(rules)."),
    # personal data (services.privacy)
    "consent_missing": ("The worker must agree to the processing of their personal data "
        "before registration (tick the consent box)."),
    "reason_code": ("Choose a reason from the list."),
    "reason_text": ("Describe the reason (at least 5 characters)."),
    "approval_missing": ("A full-NIK export needs the approval of another supervisor or head "
        "of branch (user name and password)."),
    "purge_changed": ("The number of members to remove changed since the preview; show the "
        "preview again."),
    "report_format": ("The report file must be .xlsx or .pdf."),
}

UNEXPECTED_ID = ("Terjadi kesalahan (%(kind)); tidak ada yang dilanjutkan. Rinciannya ada di "
                 "berkas log; beri tahu administrator.")
UNEXPECTED_EN = ("Something went wrong (%(kind)); nothing more was done. The details are in "
    "the log file; please tell the administrator.")

_PARAM = re.compile(r"%\((\w+)\)")
_DIGITS = re.compile(r"\d{8,}")


def _fill(template: str, params: dict[str, Any]) -> str | None:
    """``template`` with its ``%(name)`` filled from ``params``; ``None`` if one is missing."""
    missing = [name for name in _PARAM.findall(template) if name not in params]
    if missing:
        return None
    return _PARAM.sub(lambda m: str(params[m.group(1)]), template)


def _params(exc: ServiceError) -> dict[str, Any]:
    params = dict(exc.params)
    if exc.code == "forbidden":
        role = getattr(exc, "role", "")
        action = getattr(exc, "action", None)
        params.setdefault("role", labels.label(labels.ROLES, role) if role else "")
        params.setdefault("action", getattr(action, "value", action) or "")
    if exc.code == "not_eligible":
        result = getattr(exc, "result", None)
        if result is not None:
            blocking = result.blocking or result.outcomes
            params.setdefault("reasons", "; ".join(
                domain_text.rule_message(o) for o in blocking if o.outcome == "fail"))
    if exc.code == "override_required":
        result = getattr(exc, "result", None)
        if result is not None:
            params.setdefault("rules", ", ".join(domain_text.rule_title(o.rule_id, o.title)
                                                 for o in result.overridable_failures))
    return params


def error_text(exc: BaseException) -> str:
    """What the clerk reads about ``exc``, in the GUI's language (the caller logs an
    unexpected one with :func:`log_unexpected`)."""
    english = domain_text.is_english()
    if isinstance(exc, ServiceError):
        source = SERVICE_ERRORS_EN.get(exc.code) if english else None
        if source is not None:
            text = _fill(source, _params(exc))
            if text is not None:
                return text
        return exc.message
    return _fill(UNEXPECTED_EN if english else UNEXPECTED_ID,
                 {"kind": type(exc).__name__}) or type(exc).__name__


def log_unexpected(exc: BaseException, where: str = "") -> None:
    """Log an unexpected exception: its type and stack, never its text (no personal data)."""
    stack = "".join(traceback.format_tb(exc.__traceback__)) if exc.__traceback__ else ""
    cause = exc.__cause__ or exc.__context__
    log.error("unexpected %s%s%s\n%s", type(exc).__name__,
              f" (caused by {type(cause).__name__})" if cause is not None else "",
              f" in {where}" if where else "", _DIGITS.sub("<angka>", stack))


def present(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show ``exc`` to the clerk in a message box; an unexpected one is logged first."""
    if not isinstance(exc, ServiceError):
        log_unexpected(exc)
    messages.error(parent, title or QCoreApplication.translate("MainWindow", "Error"),
                   error_text(exc))


__all__ = ["SERVICE_ERRORS_EN", "UNEXPECTED_EN", "UNEXPECTED_ID", "error_text", "log_unexpected", "present"]
