"""The counter's document buttons: the enrolment letter (Ctrl+L) and the eligibility slip
(Ctrl+P), issued through ``services.counter`` into the documents folder and opened in the
preview. A document issued for this customer is shown again, never issued twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vokasi_desktop.services import counter as counter_service
from vokasi_desktop.services.documents import IssuedDocument
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.generations import GenerationJobs
from vokasi_desktop.ui.widgets import show_message

Preview = Callable[[QWidget | None, Path, str], None]


class CounterDocuments(QObject):
    """Issue and show the current customer's letter and slip.

    Attributes:
        letter: the enrolment letter issued for this customer (or found when resuming).
        slip: the last eligibility slip issued, for the check ``slip_key`` names.
    """

    letter_issued = Signal(object)  # IssuedDocument
    slip_issued = Signal(object)  # IssuedDocument

    def __init__(self, context: Callable[[], UiContext], ui: Ui_CounterPage, jobs: GenerationJobs,
                 preview: Preview, page: QWidget) -> None:
        super().__init__(page)
        self._context = context
        self.ui = ui
        self.jobs = jobs
        self.preview = preview
        self.page = page
        self.letter: IssuedDocument | None = None
        self.slip: IssuedDocument | None = None
        self.slip_key: tuple[int | None, int | None] | None = None

    @property
    def ctx(self) -> UiContext:
        """The page's context, read at each use (a test or a re-login may replace it)."""
        return self._context()

    def reset(self) -> None:
        """The next customer: nothing issued yet."""
        self.letter = None
        self.slip = None
        self.slip_key = None

    def _show(self, doc: IssuedDocument, title: str) -> None:
        if doc.path is not None:
            self.preview(self.page, doc.path, title.replace("%1", doc.number))

    def print_letter(self, enrollment_id: int) -> None:
        """Issue the enrolment letter (once) and open it; a second Ctrl+L shows it again."""
        if self.letter is not None and self.letter.path is not None:
            self._show(self.letter, self.tr("Enrolment letter %1"))
            return
        if "letter" in self.jobs.busy:
            return
        show_message(self.ui.actionMessage, self.tr("Issuing the letter…"), "info")
        self.jobs.run("letter", counter_service.issue_letter, self.ctx.db, enrollment_id,
                      self.ctx.user, self.ctx.today(), write=True, on_done=self._letter_done,
                      on_error=lambda exc: self.failed("letter", exc), name="counter-letter")

    def _letter_done(self, doc: IssuedDocument) -> None:
        self.letter = doc
        show_message(self.ui.actionMessage, self.tr(
            "Enrolment letter %1 issued and saved as %2.").replace("%1", doc.number).replace(
            "%2", str(doc.path)), "ok")
        self.letter_issued.emit(doc)
        self._show(doc, self.tr("Enrolment letter %1"))

    def print_slip(self, member_id: int, class_id: int | None,
                   enrollment_id: int | None) -> None:
        """Issue the eligibility slip of the check shown (a class's, an enrolment's or the
        membership's) and open it; the same check again shows the slip already issued."""
        if "slip" in self.jobs.busy:
            return
        key = (class_id, enrollment_id)
        if self.slip is not None and self.slip_key == key and self.slip.path is not None:
            self._show(self.slip, self.tr("Eligibility slip %1"))
            return
        show_message(self.ui.actionMessage, self.tr("Issuing the eligibility slip…"), "info")
        self.jobs.run("slip", counter_service.issue_slip, self.ctx.db, member_id,
                      self.ctx.user, self.ctx.today(), write=True, class_id=class_id,
                      enrollment_id=enrollment_id,
                      on_done=lambda doc: self._slip_done(key, doc),
                      on_error=lambda exc: self.failed("slip", exc), name="counter-slip")

    def _slip_done(self, key: tuple[int | None, int | None], doc: IssuedDocument) -> None:
        self.slip = doc
        self.slip_key = key
        show_message(self.ui.actionMessage, self.tr(
            "Eligibility slip %1 issued and saved as %2.").replace("%1", doc.number).replace(
            "%2", str(doc.path)), "ok")
        self.slip_issued.emit(doc)
        self._show(doc, self.tr("Eligibility slip %1"))

    def failed(self, what: str, exc: BaseException) -> None:
        """A counter write failed: the clerk reads why beside the buttons."""
        show_message(self.ui.actionMessage, errors.explain(exc, f"counter {what}"), "error")


__all__ = ["CounterDocuments"]
