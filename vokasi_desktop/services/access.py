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

    ``detail`` goes into the refusal's audit entry; it must hold no personal data (ids and
    codes only).
    """
    if isinstance(principal, Principal) and can(principal.role, action):
        return
    who = principal.username if isinstance(principal, Principal) else "-"
    role = str(principal.role) if isinstance(principal, Principal) else "-"
    with db.write() as session:
        audit.record(session, who, "access.denied", "access", None,
                     permission=action.value, role=role, **detail)
    raise PermissionDenied(action, role)
