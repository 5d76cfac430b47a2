"""Permission checks for services: one call at the top of every guarded use case.

``authorize`` checks the principal against the permission table in ``domain.access`` and, on
refusal, writes an ``access.denied`` audit entry in its own short transaction (nothing else is
written) before raising :class:`~vokasi_desktop.domain.access.PermissionDenied`. Call it before
opening the use case's write transaction.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database, DatabaseBusyError
from vokasi_desktop.db.models import LoginSession
from vokasi_desktop.db.timeutil import utcnow
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
    from vokasi_desktop.services.auth import (
        LAST_SEEN_RESOLUTION,
        last_seen,
        session_problem,
        touch_session,
    )

    is_principal = isinstance(principal, Principal)
    who = principal.username if is_principal else "-"
    role = str(principal.role) if is_principal else "-"
    now = utcnow()
    with db.read() as session:
        problem = session_problem(session, principal, now=now)
        seen = last_seen(session, principal) if problem is None else None
    if problem is None and can(principal.role, action):
        if seen is not None and now - seen >= LAST_SEEN_RESOLUTION:
            # Best effort: a busy database must not refuse the action over a timestamp.
            with contextlib.suppress(DatabaseBusyError):
                touch_session(db, principal, now=now)
        return
    with db.write() as session:
        info: dict[str, object] = {**detail, "permission": action.value, "role": role}
        if problem:
            info["session_problem"] = problem
        if problem == "session_expired":
            end_expired(session, principal, now)
        # No person is named: person_ref is given so no detail key can stand in for it.
        audit.record(session, who, "access.denied", "access", None, person_ref=None, **info)
    if problem is not None:
        raise PermissionDenied(action, role, session_problem=problem)
    raise PermissionDenied(action, role)


def end_expired(session: Session, principal: Principal, now: datetime) -> None:
    """Close an expired session when its use is refused (inside the caller's transaction)."""
    row = session.get(LoginSession, principal.session_id)
    if row is not None and row.ended_at is None:
        row.ended_at = now
