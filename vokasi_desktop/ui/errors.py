"""One way to tell the clerk that something failed, in the GUI's language.

Services raise :class:`ServiceError` with a stable ``code``, ``params`` and an Indonesian
``message``. The Indonesian GUI shows that message (the CLI prints the same words); the English
GUI builds the sentence from the code (``%(name)`` is a parameter; the texts are in
:mod:`vokasi_desktop.ui.errors_en`, a refused import file goes to :mod:`~vokasi_desktop.ui.import_text`)
and falls back to the service's message for a code without an English text.
Anything else is unexpected: it is logged with its type and stack (the exception's own text is
left out of the log, because a driver error may quote a NIK or a name) and the clerk reads one
short sentence. :func:`present` shows the text in a message box; the job runner uses it for
jobs that have no error handler of their own.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vokasi_desktop.domain.errors import ServiceError
from vokasi_desktop.ui import domain_text, labels, messages
from vokasi_desktop.ui.errors_en import SERVICE_ERRORS_EN

if TYPE_CHECKING:
    from vokasi_desktop.documents.xlsx_import import ImportFileError

log = logging.getLogger(__name__)

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


def _is_import_file_error(exc: BaseException) -> TypeGuard[ImportFileError]:
    """Whether ``exc`` is a refused import file, without importing the importer (it pulls in
    openpyxl, kept out of start-up): such an error exists only once its module is loaded."""
    model = sys.modules.get("vokasi_desktop.documents.xlsx_import.model")
    cls = getattr(model, "ImportFileError", None)
    return cls is not None and isinstance(exc, cls)


def error_text(exc: BaseException) -> str:
    """What the clerk reads about ``exc``, in the GUI's language (the caller logs an
    unexpected one with :func:`log_unexpected`)."""
    english = domain_text.is_english()
    if english and _is_import_file_error(exc):
        from vokasi_desktop.ui import import_text  # it imports this module

        return import_text.file_error_text(exc)
    if isinstance(exc, ServiceError):
        source = SERVICE_ERRORS_EN.get(exc.code) if english else None
        if source is not None:
            text = _fill(source, _params(exc))
            if text is not None:
                return text
        return exc.message
    return _fill(UNEXPECTED_EN if english else UNEXPECTED_ID,
                 {"kind": type(exc).__name__}) or type(exc).__name__


def is_session_lost(exc: BaseException) -> bool:
    """Whether ``exc`` refuses the logged-in user's session itself (expired, ended, role
    changed, account disabled), not only one action: the user must log in again."""
    return isinstance(exc, ServiceError) and exc.code == "session_invalid"


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
           "is_cancelled", "is_expected", "is_session_lost", "log_unexpected", "logged", "present"]
