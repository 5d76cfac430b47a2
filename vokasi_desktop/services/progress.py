"""Re-export of :mod:`vokasi_desktop.domain.progress` for services and the UI."""

from vokasi_desktop.domain.progress import (
    NEVER_CANCELLED,
    Cancelled,
    CancelToken,
    Progress,
    Report,
    no_report,
)

__all__ = ["NEVER_CANCELLED", "CancelToken", "Cancelled", "Progress", "Report", "no_report"]
