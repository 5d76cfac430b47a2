"""App-wide signals: after a write, views learn what changed and refresh themselves.

Like Anki's ``operation_did_execute``: the write service declares which entities it touches
(``services.changes``), the job runner broadcasts them with the initiator (the page or dialog
that asked), each page decides whether that concerns it. Entity names are the constants below
(from ``services.changes``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from vokasi_desktop.services.changes import (
    ALL_ENTITIES,
    CLASS,
    DOCUMENT,
    ENROLLMENT,
    INSTITUTION,
    MEMBER,
    QUOTA,
    SETTING,
)


class AppSignals(QObject):
    """Signals shared by the main window, pages and the job runner.

    Attributes:
        data_changed: emitted on the GUI thread after a write, with the entity names touched.
        operation_did_execute: emitted right after ``data_changed`` by the job runner, with the
            entity names and the initiator given to ``JobRunner.submit`` (None when unknown),
            so a view can tell its own writes from the others'.
        job_failed: a background job failed and nobody handled it (Indonesian message).
        session_lost: a service refused the logged-in user's session (expired after the idle
            limit, ended elsewhere, role changed, account disabled): the app returns to the
            login dialog.
    """

    data_changed = Signal(frozenset)
    operation_did_execute = Signal(frozenset, object)
    job_failed = Signal(str)
    session_lost = Signal()

    def announce(self, entities: frozenset[str], initiator: object | None = None) -> None:
        """Tell every view what a finished write changed, and who asked for it (emit
        ``data_changed`` then ``operation_did_execute``). The job runner calls this; code
        that writes outside the runner calls it too, never one signal alone."""
        self.data_changed.emit(frozenset(entities))
        self.operation_did_execute.emit(frozenset(entities), initiator)


__all__ = ["ALL_ENTITIES", "CLASS", "DOCUMENT", "ENROLLMENT", "INSTITUTION", "MEMBER", "QUOTA",
           "SETTING", "AppSignals"]
