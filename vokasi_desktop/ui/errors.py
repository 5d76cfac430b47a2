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
from collections.abc import Callable
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
    "logo_format": ("The logo must be a PNG or JPEG image."),
    "logo_too_big": ("The logo file is larger than 2 MB."),
    "logo_unreadable": ("The logo file is damaged or cannot be read as a PNG/JPEG image."),
    "logo_pixels": ("The logo must be 32 to 4000 pixels on each side."),
    "template_not_unique": ("This template gives the same numbers as another document "
        "type's template; add {type_code} or another prefix."),
    "seed_backwards": ("The last number used can only go up: a number is never reused."),
    "quota_from_region": ("The regional office has allocated this year's quota; it is "
        "changed only there."),
    "branch_code_fixed": ("The branch code cannot be changed: document numbers and exchange "
        "data use it."),
    "login_failed": ("Wrong username or password."),
    "sex_invalid": ("Sex must be L or P."),
    "segment_invalid": ("The segment must be PU, BPU, PMI or JAKON."),
    "employment_invalid": ("Unknown employment status."),
    "membership_invalid": ("Unknown membership status."),
    "layoff_future": ("The layoff date cannot be in the future."),
    "phone_invalid": ("A phone number may contain digits, spaces and hyphens only."),
    "phone_format": ("The phone number is not valid: digits only (a leading + and spaces, "
        "hyphens, dots or brackets between them are fine), %(low)-%(high) digits."),
    "code_format": ("A code has %(low)-%(high) characters: letters, digits, dots, slashes, - "
        "and _, no spaces, starting with a letter or digit."),
    "region_invalid": ("The region code must be 4 digits (regency/city)."),
    "region_format": ("The region code must be the 4-digit regency/city code, e.g. 3578."),
    "region_unknown": ("Region code %(region) is not in the Kemendagri list of regencies/cities."),
    "period_order": ("The end month is before the start month."),
    "period_future": ("A contribution period cannot be in the future."),
    "forbidden": ("Your role (%(role)) may not do this (%(action))."),
    "not_eligible": ("Not eligible: %(reasons)"),
    "override_required": ("A supervisor must approve: %(rules)."),
    # access: users, sessions, approvals
    "session_invalid": ("Your login session is no longer valid (logged out, idle too long, role "
        "changed or account disabled); please log in again."),
    "self_approval": ("Another supervisor must approve, not the user on duty."),
    "not_supervisor": ("This user may not approve; approval refused."),
    "username_invalid": ("User name: 3-64 characters, lower-case letters, digits, dot, "
        "underscore or hyphen, starting with a letter."),
    "username_taken": ("That user name is already in use."),
    "full_name_empty": ("The full name is required."),
    "role_invalid": ("Unknown role."),
    "password_short": ("The password must have at least 8 characters."),
    "password_contains_username": ("The password must not be or contain the user name."),
    "password_unchanged": ("The new password must differ from the old one."),
    "old_password_wrong": ("The current password is wrong."),
    "user_not_found": ("The user was not found."),
    "disable_self": ("You cannot disable your own account."),
    "last_admin": ("This is the last active administrator: create or enable another "
        "administrator first."),
    "rule_set_in_use": ("Enrolments were decided by this rule-set version; save a new version "
        "instead."),
    "rule_set_invalid": ("The eligibility rule set is not valid."),
    "restriction_missing": ("The region restriction was not found."),
    "level_invalid": ("The restriction level must have 1-16 characters."),
    "dates_order": ("The end date is before the start date."),
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


def is_expected(exc: BaseException) -> bool:
    """True for a service's refusal (a code and a message for the clerk), False for a bug."""
    return isinstance(exc, ServiceError)


def error_code(exc: BaseException) -> str | None:
    """The service error's stable code (``"key_locked"``, ``"stale"`` ...), None for a bug."""
    return exc.code if isinstance(exc, ServiceError) else None


def is_cancelled(exc: BaseException) -> bool:
    """The user's Cancel (``domain.progress.Cancelled`` or any service error coded
    ``"cancelled"``): not a failure, nothing to log or to show as an error."""
    return error_code(exc) == "cancelled"


def explain(exc: BaseException, where: str = "") -> str:
    """:func:`error_text` of ``exc``; an unexpected one is logged first (type and stack)."""
    if not is_expected(exc):
        log_unexpected(exc, where)
    return error_text(exc)


def logged(where: str) -> Callable[[BaseException], None]:
    """An ``on_error`` for a background helper job whose failure the clerk need not see (a
    duplicate lookup, a label filled in passing): the failure is logged, never swallowed
    silently; a service refusal by its code only, anything else with its type and stack."""

    def on_error(exc: BaseException) -> None:
        code = error_code(exc)
        if code is not None:
            log.info("%s: %s", where, code)
        else:
            log_unexpected(exc, where)

    return on_error


def present(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show ``exc`` to the clerk in a message box; an unexpected one is logged first."""
    messages.error(parent, title or QCoreApplication.translate("MainWindow", "Error"),
                   explain(exc))


__all__ = ["SERVICE_ERRORS_EN", "UNEXPECTED_EN", "UNEXPECTED_ID", "error_code", "error_text", "explain",
           "is_cancelled", "is_expected", "log_unexpected", "logged", "present"]
