"""Re-export of :mod:`vokasi_desktop.domain.progress` (the one progress/cancel convention),
so services and their callers keep importing it from here."""

from __future__ import annotations

from vokasi_desktop.domain.progress import (
    NEVER_CANCELLED,
    Cancelled,
    CancelToken,
    Progress,
    Report,
    no_report,
)

__all__ = ["NEVER_CANCELLED", "CancelToken", "Cancelled", "Progress", "Report", "no_report"]
