"""Progress reports and cancellation for long jobs: the one convention for services and documents (no Qt).

A long service function takes ``report`` and ``cancel`` keyword arguments::

    def export_members(db, path, *, report: Report = no_report,
                       cancel: CancelToken = NEVER_CANCELLED) -> int:
        for done, chunk in enumerate(chunks, 1):
            cancel.raise_if_cancelled()
            ...
            report(Progress(done, total, "Menulis peserta"))

The GUI's job runner passes a real token (set by the progress dialog's Cancel button) and a
``report`` that forwards to the dialog; the CLI and tests may pass nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from vokasi_desktop.domain.errors import ServiceError


@dataclass(frozen=True)
class Progress:
    """How far a job is: ``done`` of ``total`` steps (``total`` 0 = unknown) and a label."""

    done: int
    total: int = 0
    text: str = ""


Report = Callable[[Progress], None]


def no_report(_progress: Progress) -> None:
    """The default ``report``: ignore progress."""


class Cancelled(ServiceError):
    """The user cancelled the job; nothing half-done was committed."""

    def __init__(self) -> None:
        super().__init__("cancelled", "Dibatalkan oleh pengguna.")


class CancelToken:
    """A thread-safe "please stop" flag, checked by the job between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` when cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled()


class _NeverCancelled(CancelToken):
    def cancel(self) -> None:  # pragma: no cover - defensive
        raise RuntimeError("NEVER_CANCELLED cannot be cancelled")


NEVER_CANCELLED: CancelToken = _NeverCancelled()
