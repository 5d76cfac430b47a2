"""What a clerk does with an enrolment's documents: issue, copy, void; and its status.

Shared by the enrolment list (and usable by the counter screen): every write runs on the
writer thread through the job runner, questions go through ``ui.messages``/``ui.prompts``
(replaced in tests), and an issued PDF opens in the non-modal preview.

Rules the services enforce (and this class only explains): one letter and one certificate per
enrolment (a second one is a copy marked SALINAN, with a reason); a certificate only for a
completed enrolment; voiding needs a supervisor or administrator and a reason; a class's
certificates are issued all together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vokasi_desktop.domain.access import Action
from vokasi_desktop.services import documents, enrolment, outputs
from vokasi_desktop.services.browse import EnrollmentRow
from vokasi_desktop.services.documents import IssuedDocument
from vokasi_desktop.ui import errors, labels, messages, prompts
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs import key_passphrase
from vokasi_desktop.ui.dialogs.pdf_preview import (
    PdfPreviewDialog,
    open_pdf_preview,
    print_pdf_files,
)
from vokasi_desktop.ui.format import fmt_datetime
from vokasi_desktop.ui.jobs import ProgressRunner
from vokasi_desktop.ui.signals import CLASS, ENROLLMENT, QUOTA


class DocumentActions(QObject):
    """Document and status actions for one enrolment at a time.

    Attributes:
        busy: a write started here has not answered yet (buttons should wait).
        last_preview: the preview opened by the last successful action.
        progress: the progress runner of the last class-certificates run.
    """

    busy_changed = Signal(bool)
    issued = Signal(object)  # IssuedDocument (also copies)
    voided = Signal(object)  # IssuedDocument
    status_changed = Signal(object)  # EnrollmentView
    class_certificates_done = Signal(object)  # list[IssuedDocument]
    failed = Signal(str)  # shown to the user already; for tests and status bars

    def __init__(self, ctx: UiContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget
        self.busy = False
        self.last_preview: PdfPreviewDialog | None = None
        self.progress: ProgressRunner | None = None

    # -- permissions and state ----------------------------------------------------------------

    @property
    def can_void(self) -> bool:
        return self.ctx.user.can(Action.DOCUMENT_VOID)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _write(self, fn: Callable[..., object], *args: object,
               on_done: Callable[[object], None], name: str,
               changes: frozenset[str] = frozenset(), **kwargs: object) -> None:
        self._set_busy(True)

        def done(result: object) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._show_error(exc)

        self.ctx.runner.write(fn, *args, on_done=done, on_error=failed, changes=changes,
                              name=name, **kwargs)

    def _show_error(self, exc: BaseException, title: str | None = None) -> None:
        title = title or self.tr("Documents")
        if errors.is_cancelled(exc):
            return
        if errors.error_code(exc) == "key_locked":
            if key_passphrase.unlock_key(self.widget, self.ctx.db):
                messages.inform(self.widget, title, self.tr(
                    "The signing key is unlocked. Please repeat the action."))
            return
        text = errors.error_text(exc)
        if errors.is_expected(exc):
            messages.warn(self.widget, title, text)
        else:
            errors.present(self.widget, exc, title)
        self.failed.emit(text)

    def _preview(self, doc: IssuedDocument, copy: bool = False) -> None:
        if doc.path is None:
            return
        title = f"{labels.label(labels.DOCUMENT_TYPES, doc.doc_type)} {doc.number}"
        if copy:
            title += " " + self.tr("(copy)")
        self.last_preview = open_pdf_preview(self.widget, doc.path, title)

    # -- issuing ----------------------------------------------------------------------------------

    def print_letter(self, row: EnrollmentRow) -> None:
        """Issue the enrolment letter and preview it (offers a copy when it exists already)."""
        self._issue(row, "letter", partial(outputs.issue_letter, self.ctx.db, row.id,
                                           self.ctx.user, self.ctx.today()))

    def print_slip(self, row: EnrollmentRow) -> None:
        """Issue an eligibility slip showing the check stored with the enrolment."""
        self._issue(row, "slip", partial(outputs.issue_slip, self.ctx.db, row.member_id,
                                         self.ctx.user, self.ctx.today(), enrollment_id=row.id))

    def print_certificate(self, row: EnrollmentRow) -> None:
        """Issue the certificate of a completed enrolment."""
        if row.status != "completed":
            if row.status == "cancelled":
                text = self.tr("This enrolment was cancelled: no certificate is issued for it.")
            elif row.status == "not_passed":
                text = self.tr("The participant did not pass this class: a certificate is "
                               "issued only to those who completed and passed.")
            else:
                text = self.tr("A certificate is issued only for a completed enrolment. Record "
                               "the result first (Change status → Completed).")
            messages.inform(self.widget, self.tr("Certificate"), text)
            return
        self._issue(row, "certificate", partial(outputs.issue_certificate, self.ctx.db,
                                                row.id, self.ctx.user, self.ctx.today()))

    def _issue(self, row: EnrollmentRow, doc_type: str,
               issue: Callable[[], IssuedDocument]) -> None:
        if self.busy:
            return
        self._set_busy(True)

        def done(doc: IssuedDocument) -> None:
            self._set_busy(False)
            self.issued.emit(doc)
            self._preview(doc)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if errors.error_code(exc) == "key_locked":
                if key_passphrase.unlock_key(self.widget, self.ctx.db):
                    self._issue(row, doc_type, issue)
                return
            if errors.error_code(exc) == "already_issued":
                if messages.ask_yes_no(self.widget, self.tr("Already issued"),
                                       errors.error_text(exc) + "\n\n"
                                       + self.tr("Print a copy marked SALINAN?"),
                                       default_yes=True):
                    self.reprint(row, doc_type)
                return
            self._show_error(exc)

        self.ctx.runner.write(issue, on_done=done, on_error=failed, name=f"issue-{doc_type}")

    # -- copies and voiding ---------------------------------------------------------------------

    def _with_documents(self, row: EnrollmentRow,
                        then: Callable[[list[IssuedDocument]], None]) -> None:
        self.ctx.runner.read(outputs.valid_documents, self.ctx.db, row.id,
                             on_done=then, on_error=self._show_error, name="list-documents")

    def _pick(self, docs: list[IssuedDocument], doc_type: str | None,
              title: str) -> IssuedDocument | None:
        candidates = [d for d in docs if doc_type is None or d.doc_type == doc_type]
        if not candidates:
            messages.inform(self.widget, title, self.tr(
                "No valid document has been issued for this enrolment yet."))
            return None
        if len(candidates) == 1:
            return candidates[0]
        items = [f"{labels.label(labels.DOCUMENT_TYPES, d.doc_type)} · {d.number} · "
                 f"{fmt_datetime(d.issued_at)}" for d in candidates]
        index = prompts.choose_item(self.widget, title, self.tr("Document:"), items)
        return candidates[index] if index is not None else None

    def _ask_reason(self, title: str, label: str) -> str | None:
        """A non-empty reason; an empty answer asks again (None only when cancelled)."""
        prompt = label
        while True:
            reason = prompts.ask_text(self.widget, title, prompt)
            if reason is None:
                return None
            if reason.strip():
                return reason.strip()
            prompt = self.tr("A reason is required.") + "\n" + label

    def reprint(self, row: EnrollmentRow, doc_type: str | None = None) -> None:
        """Print a copy (SALINAN) of one of the enrolment's documents, with a reason."""
        if self.busy:
            return
        title = self.tr("Print a copy")

        def chosen(docs: list[IssuedDocument]) -> None:
            doc = self._pick(docs, doc_type, title)
            if doc is None:
                return
            reason = self._ask_reason(title, self.tr(
                "Why is a copy of %1 needed? (recorded)").replace("%1", doc.number))
            if reason is None:
                return

            def done(copy: object) -> None:
                assert isinstance(copy, IssuedDocument)
                self.issued.emit(copy)
                self._preview(copy, copy=True)

            self._write(outputs.reprint_copy, self.ctx.db, doc, self.ctx.user, reason,
                        on_done=done, name="reprint")

        self._with_documents(row, chosen)

    def void(self, row: EnrollmentRow) -> None:
        """Void one of the enrolment's documents (supervisor or administrator, with a reason)."""
        title = self.tr("Void a document")
        if not self.can_void:
            messages.warn(self.widget, title, self.tr(
                "Only a supervisor or an administrator may void a document."))
            return
        if self.busy:
            return

        def chosen(docs: list[IssuedDocument]) -> None:
            doc = self._pick(docs, None, title)
            if doc is None:
                return
            reason = self._ask_reason(title, self.tr(
                "Why is %1 voided? (recorded)").replace("%1", doc.number))
            if reason is None:
                return
            if not messages.ask_yes_no(self.widget, title, self.tr(
                    "Void %1? It keeps its number, which is never used again, and verifies as "
                    "VOIDED from now on.").replace("%1", doc.number)):
                return

            def done(voided: object) -> None:
                assert isinstance(voided, IssuedDocument)
                self.voided.emit(voided)
                messages.inform(self.widget, title, self.tr("%1 has been voided.").replace(
                    "%1", voided.number))

            self._write(documents.void_document, self.ctx.db, doc.id, self.ctx.user,
                        reason, on_done=done, name="void")

        self._with_documents(row, chosen)

    # -- status -----------------------------------------------------------------------------------

    @staticmethod
    def next_statuses(row: EnrollmentRow | None) -> tuple[str, ...]:
        """The statuses the enrolment may move to now."""
        return enrolment.TRANSITIONS.get(row.status, ()) if row is not None else ()

    def change_status(self, row: EnrollmentRow, new_status: str) -> None:
        """Move the enrolment on; asks the result (completed / not passed) or the reason
        (cancelled)."""
        if self.busy or new_status not in self.next_statuses(row):
            return
        title = self.tr("Change status")
        reason = result = ""
        if new_status == "completed":
            answer = prompts.ask_text(self.widget, title, self.tr(
                "Result printed on the certificate:"), "Kompeten")
            if answer is None:
                return
            result = answer.strip()
        elif new_status == "not_passed":
            answer = prompts.ask_text(self.widget, title, self.tr("Result:"), "Belum kompeten")
            if answer is None:
                return
            result = answer.strip()
        elif new_status == "cancelled":
            asked = self._ask_reason(title, self.tr(
                "Why is the enrolment of %1 cancelled? The seat and the budget are given back.")
                .replace("%1", row.member_name))
            if asked is None:
                return
            reason = asked

        self._write(enrolment.change_status, self.ctx.db, row.id, new_status,
                    self.ctx.user, reason=reason, result=result,
                    completion_date=self.ctx.today(), on_done=self.status_changed.emit,
                    changes=frozenset({ENROLLMENT, QUOTA, CLASS}), name="change-status")

    # -- a whole class ----------------------------------------------------------------------------

    def class_certificates(self, class_id: int, class_code: str, class_title: str = "") -> None:
        """Issue every missing certificate of a class in the background (progress, Cancel)."""
        if self.busy:
            return
        class_label = f"{class_code} {class_title}".strip()
        title = self.tr("Certificates for a class")
        if not messages.ask_yes_no(self.widget, title, self.tr(
                "Issue the certificates of every participant of %1 who completed the class and "
                "has none yet?\n\nThey are issued all together; Cancel leaves none.")
                .replace("%1", class_label), default_yes=True):
            return
        self._set_busy(True)
        if self.progress is not None:
            self.progress.deleteLater()  # the previous run's runner (its dialog is gone)
        self.progress = ProgressRunner(self.ctx.runner, self.widget, title, self.tr(
            "Issuing the certificates of %1…").replace("%1", class_label))

        def done(run: outputs.ClassCertificates) -> None:
            self._set_busy(False)
            issued, folder = run.issued, run.folder
            self.class_certificates_done.emit(issued)
            if not issued:
                messages.inform(self.widget, title, self.tr(
                    "Every participant who completed %1 already has a certificate.")
                    .replace("%1", class_label))
                return
            paths = [d.path for d in issued if d.path is not None]
            if messages.ask_yes_no(self.widget, title, self.tr(
                    "%1 certificates issued (%2 to %3) in the folder\n%4\n\nPrint them all now?")
                    .replace("%1", str(len(issued))).replace("%2", issued[0].number)
                    .replace("%3", issued[-1].number).replace("%4", str(folder))):
                print_pdf_files(self.widget, paths, title)
            self._preview(issued[0])

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if errors.is_cancelled(exc):
                messages.inform(self.widget, title, self.tr(
                    "Cancelled: no certificate was issued."))
                self.failed.emit("cancelled")
                return
            self._show_error(exc, title)

        self.progress.start(outputs.issue_class_certificates, self.ctx.db, class_id,
                            class_code, self.ctx.user, self.ctx.today(), write=True,
                            on_done=done, on_error=failed)
