"""Permission checks for services: one call at the top of every guarded use case.

``authorize`` checks the principal against the permission table in ``domain.access`` and, on
refusal, writes an ``access.denied`` audit entry in its own short transaction (nothing else is
written) before raising :class:`~vokasi_desktop.domain.access.PermissionDenied`. Call it before
opening the use case's write transaction.
"""

from __future__ import annotations

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.access import Action, PermissionDenied, Principal, can
from vokasi_desktop.services import audit

__all__ = ["authorize"]


def authorize(db: Database, principal: Principal, action: Action, **detail: object) -> None:
    """Raise PermissionDenied (audited) unless ``principal`` may do ``action``.

    The principal must be a live login: its session row exists, is not ended, belongs to that
    user, and the user is still active with the role of the login (a forged Principal, a
    logged-out session, a user disabled or given another role since the login: refused).
    ``detail`` goes into the refusal's audit entry; it must hold no personal data (ids and
    codes only).
    """
    from vokasi_desktop.services.auth import session_problem

    is_principal = isinstance(principal, Principal)
    who = principal.username if is_principal else "-"
    role = str(principal.role) if is_principal else "-"
    with db.read() as session:
        problem = session_problem(session, principal)
    if problem is None and can(principal.role, action):
        return
    with db.write() as session:
        info: dict[str, object] = {**detail, "permission": action.value, "role": role}
        if problem:
            info["session_problem"] = problem
        audit.record(session, who, "access.denied", "access", None, **info)
    if problem is not None:
        raise PermissionDenied(action, role, session_problem=problem)
    raise PermissionDenied(action, role)
