"""Check an issued document at the desk: the verification and the branch that answers.

The verify dialog (``ui/dialogs/verify.py``) presents this; ``vokasi verify`` and tests call
the same function. No write, no change to broadcast.
"""

from __future__ import annotations

from dataclasses import dataclass

from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import browse, documents
from vokasi_desktop.services.branch import BranchProfile
from vokasi_desktop.services.documents import Verification


@dataclass(frozen=True)
class VerifyAnswer:
    """The verification of one QR text or PDF file, and the local branch (None before
    ``init``) that the dialog names as the office answering."""

    verification: Verification
    branch: BranchProfile | None


def check_document(db: Database, text: str) -> VerifyAnswer:
    """Verify ``text`` (a scanned QR payload or a PDF path) offline, against the branch keys
    and the registry (``services.documents.verify``)."""
    return VerifyAnswer(documents.verify(db, text), browse.local_branch(db))


__all__ = ["VerifyAnswer", "check_document"]
