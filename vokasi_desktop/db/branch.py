"""The local branch (the office this database belongs to): one query, used everywhere.

Exactly one ``Branch`` row has ``is_local`` set once ``init`` ran; before that there is none.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vokasi_desktop.db.models import Branch

_LOCAL = select(Branch).where(Branch.is_local.is_(True))
_LOCAL_CODE = select(Branch.code).where(Branch.is_local.is_(True))


def local_branch_row(session: Session) -> Branch | None:
    """The local branch row, or None before ``init``."""
    return session.execute(_LOCAL).scalars().first()


def local_code(session: Session) -> str | None:
    """The local branch's code, or None before ``init``."""
    # Core on the session's connection: read on every eligibility check.
    code: str | None = session.connection().execute(_LOCAL_CODE).scalar()
    return code


__all__ = ["local_branch_row", "local_code"]
