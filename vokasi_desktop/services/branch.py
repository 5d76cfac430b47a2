"""The local branch's profile: one read model for the status bar, the settings, the verify
dialog, the numbering preview and the profile editor.

``BranchProfile`` was two dataclasses with the same meaning (``browse.BranchInfo`` for showing,
``setup.BranchProfile`` for editing); they are one now. The renderers' letterhead input
(``documents.models.BranchProfile``) stays separate on purpose: the documents layer cannot
import services, and it carries the logo (bytes or a path) instead of the region and the NPP.
"""

from __future__ import annotations

from dataclasses import dataclass

from vokasi_desktop.db.branch import local_branch_row
from vokasi_desktop.db.engine import Database


@dataclass(frozen=True)
class BranchProfile:
    """The local office as printed on letterheads and shown in the status bar."""

    code: str
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_title: str = "Kepala Kantor Cabang"
    region_code: str | None = None
    head_npp: str = ""


def local_branch(db: Database) -> BranchProfile | None:
    """The local branch, or None before ``init``."""
    with db.read() as session:
        b = local_branch_row(session)
        if b is None:
            return None
        return BranchProfile(b.code, b.name, b.address, b.city, b.phone, b.email, b.head_name,
                             b.head_title, b.region_code, b.head_npp)


__all__ = ["BranchProfile", "local_branch"]
