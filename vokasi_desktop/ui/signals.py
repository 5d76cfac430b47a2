"""App-wide signals: after a write, views learn what changed and refresh themselves.

Like Anki's ``operation_did_execute``: the writer says which entities it touched
(``frozenset({"member"})``), each page decides whether that concerns it. Entity names are the
constants below.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

MEMBER = "member"
INSTITUTION = "institution"
CLASS = "class"
ENROLLMENT = "enrollment"
QUOTA = "quota"
SETTING = "setting"
ALL_ENTITIES = frozenset({MEMBER, INSTITUTION, CLASS, ENROLLMENT, QUOTA, SETTING})


class AppSignals(QObject):
    """Signals shared by the main window, pages and the job runner.

    Attributes:
        data_changed: emitted on the GUI thread after a write, with the entity names touched.
        job_failed: a background job failed and nobody handled it (Indonesian message).
    """

    data_changed = Signal(frozenset)
    job_failed = Signal(str)
