"""Verify dialog: is this letter, slip or certificate genuine? (offline, Ed25519 QR payload)

A barcode scanner acts as a keyboard: it types the QR text into the code field and presses
Enter, which runs the check. The answer is one big coloured word (SAH / DIUBAH / KUNCI TIDAK
DIKENAL / DIBATALKAN / TIDAK TERDAFTAR / BUKAN KODE) with the service's explanation and the
document's details; the field is selected again so the next scan replaces it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QPushButton, QWidget

from vokasi_desktop.services.branch import BranchProfile
from vokasi_desktop.services.documents import Verification
from vokasi_desktop.services.outputs import documents_dir
from vokasi_desktop.services.verifier import DEFAULT_FILE_NAME, VerifierPage, build_verifier_page
from vokasi_desktop.services.verify import VerifyAnswer, check_document
from vokasi_desktop.ui import domain_text, errors, labels, messages, prompts
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.format import fmt_date, fmt_datetime
from vokasi_desktop.ui.generated.ui_verify_dialog import Ui_VerifyDialog
from vokasi_desktop.ui.geometry import fit_window
from vokasi_desktop.ui.style import ERROR, MUTED, OK, WARNING

CONTEXT = "VerifyDialog"
# status -> (big word, background colour); the words are what the clerk reads out.
STATUS_WORDS = {
    "valid": QT_TRANSLATE_NOOP("VerifyDialog", "VALID"),
    "tampered": QT_TRANSLATE_NOOP("VerifyDialog", "ALTERED"),
    "unknown_key": QT_TRANSLATE_NOOP("VerifyDialog", "UNKNOWN KEY"),
    "revoked": QT_TRANSLATE_NOOP("VerifyDialog", "KEY REVOKED"),
    "voided": QT_TRANSLATE_NOOP("VerifyDialog", "VOIDED"),
    "unregistered": QT_TRANSLATE_NOOP("VerifyDialog", "NOT REGISTERED"),
    "malformed": QT_TRANSLATE_NOOP("VerifyDialog", "NOT A CODE"),
    "error": QT_TRANSLATE_NOOP("VerifyDialog", "CANNOT CHECK"),
    "mismatch": QT_TRANSLATE_NOOP("VerifyDialog", "DOES NOT MATCH REGISTER"),
    "registry_tampered": QT_TRANSLATE_NOOP("VerifyDialog", "REGISTER ALTERED"),
    "not_original": QT_TRANSLATE_NOOP("VerifyDialog", "NOT THE ORIGINAL FILE"),
    "purged": QT_TRANSLATE_NOOP("VerifyDialog", "REGISTERED, HOLDER DATA ERASED"),
}
STATUS_COLOURS = {
    "valid": OK.name(),
    "tampered": ERROR.name(),
    "voided": ERROR.name(),
    "revoked": ERROR.name(),
    "unknown_key": WARNING.name(),
    "unregistered": WARNING.name(),
    "malformed": MUTED.name(),
    "error": MUTED.name(),
    "mismatch": ERROR.name(),
    "registry_tampered": ERROR.name(),
    "not_original": WARNING.name(),
    "purged": WARNING.name(),
}


def status_word(status: str) -> str:
    """The big translated word for a verification status."""
    source = STATUS_WORDS.get(status, status.upper())
    return QCoreApplication.translate(CONTEXT, str(source))


class VerifyDialog(QDialog):
    """Non-modal document check; one per main window (see :func:`open_verify_dialog`).

    Attributes:
        status: the last answer's status (``valid``, ``tampered``, ``unknown_key``,
            ``voided``, ``unregistered``, ``malformed``; ``error`` when the check failed;
            "" before the first check).
        answer: the last :class:`VerifyAnswer` (None before the first check or on error).
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_VerifyDialog()
        # The generated form is untyped code (excluded from mypy).
        cast(Any, self.ui).setupUi(self)
        self.status = ""
        self.answer: VerifyAnswer | None = None
        self._request = 0
        ui = self.ui
        ui.checkButton.setDefault(True)  # the scanner's Enter presses it
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        ui.pdfButton.setAutoDefault(False)
        ui.checkButton.clicked.connect(self.check)
        ui.pdfButton.clicked.connect(self.choose_pdf)
        ui.buttonBox.rejected.connect(self.close)
        # The offline verifier page for outsiders (services/verifier.py).
        self.pageButton = QPushButton(self.tr("Verifier page for others…"), self)
        self.pageButton.setObjectName("verifierPageButton")
        self.pageButton.setToolTip(self.tr(
            "Save one HTML file that checks these codes without the app or the internet"))
        self.pageButton.setAutoDefault(False)
        self.pageButton.clicked.connect(self.save_verifier_page)
        ui.buttonBox.addButton(self.pageButton, QDialogButtonBox.ButtonRole.ActionRole)
        self._clear()
        ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- checking -------------------------------------------------------------------------------

    def check(self, text: str | None = None) -> None:
        """Verify ``text`` (default: the field) in the background."""
        value = (self.ui.codeEdit.text() if not isinstance(text, str) else text).strip()
        if not value:
            self.ui.codeEdit.setFocus()
            return
        self._request += 1
        request = self._request
        self.ui.checkButton.setEnabled(False)
        self._show_status("", self.tr("Checking…"))
        self.ctx.runner.read(check_document, self.ctx.db, value,
                             on_done=lambda answer: self._checked(request, answer),
                             on_error=lambda exc: self._failed(request, exc),
                             name="verify")

    def choose_pdf(self) -> None:
        """Choose a PDF file and check it."""
        path = prompts.ask_open_path(self, self.tr("Choose a PDF document"), documents_dir(),
                                     self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        self.ui.codeEdit.setText(str(path))
        self.check(str(path))

    def save_verifier_page(self) -> None:
        """Ask where, then write the offline verifier page in the background."""
        path = prompts.ask_save_path(self, self.tr("Save the offline verifier page"),
                                     documents_dir() / DEFAULT_FILE_NAME,
                                     self.tr("Web page (*.html)"))
        if path is None:
            return
        self.pageButton.setEnabled(False)
        self.ctx.runner.read(build_verifier_page, self.ctx.db, path,
                             on_done=self._page_saved, on_error=self._page_failed,
                             name="verifier-page")

    def _page_saved(self, page: VerifierPage) -> None:
        self.pageButton.setEnabled(True)
        messages.inform(self, self.tr("Verifier page"), self.tr(
            "Saved %1 with %2 keys. Give this file to institutions and employers: it checks "
            "letters and certificates in any modern browser, offline. Make a new one after "
            "a key changes or a document is voided.").replace("%1", str(page.path))
            .replace("%2", str(page.key_count)))

    def _page_failed(self, exc: BaseException) -> None:
        self.pageButton.setEnabled(True)
        messages.error(self, self.tr("Verifier page"), str(exc) or type(exc).__name__)

    def _checked(self, request: int, answer: VerifyAnswer) -> None:
        if request != self._request:
            return  # an older scan answered late
        self.ui.checkButton.setEnabled(True)
        self.answer = answer
        result = answer.verification
        self._show_status(result.status, domain_text.verification_message(result))
        self._show_details(result, answer.branch)
        self._ready_for_next_scan()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.ui.checkButton.setEnabled(True)
        self.answer = None
        self._clear_details()
        self._show_status("error", errors.error_text(exc))
        if not errors.is_expected(exc):
            errors.present(self, exc, self.tr("Verify a document"))
        self._ready_for_next_scan()

    def _ready_for_next_scan(self) -> None:
        self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.codeEdit.selectAll()

    # -- showing ----------------------------------------------------------------------------------

    def _clear(self) -> None:
        self._show_status("", "")
        self._clear_details()

    def _show_status(self, status: str, message: str) -> None:
        self.status = status
        label = self.ui.statusLabel
        if status:
            colour = STATUS_COLOURS.get(status, MUTED.name())
            label.setText(status_word(status))
            label.setStyleSheet(
                f"QLabel {{ background: {colour}; color: white; font-size: 26pt; "
                "font-weight: 700; border-radius: 6px; padding: 10px; }")
        else:
            label.setText(self.tr("Waiting for a code") if not message else "")
            label.setStyleSheet(
                f"QLabel {{ border: 2px dashed {MUTED.name()}; color: {MUTED.name()}; "
                "font-size: 16pt; border-radius: 6px; padding: 10px; }")
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    def _clear_details(self) -> None:
        ui = self.ui
        for value in (ui.numberValue, ui.typeValue, ui.branchValue, ui.dateValue,
                      ui.nameValue, ui.nikValue, ui.classValue, ui.registryValue):
            value.setText("-")
        ui.detailsGroup.setTitle(self.tr("Document"))

    def _show_details(self, result: Verification, branch: BranchProfile | None) -> None:
        ui = self.ui
        self._clear_details()
        payload = result.payload or {}
        if not payload:
            return
        trusted = result.status in ("valid", "voided", "unregistered", "not_original")
        ui.detailsGroup.setTitle(self.tr("Document") if trusted else self.tr(
            "Data written in the code (NOT confirmed)"))
        doc_type = str(payload.get("t", ""))
        code = str(payload.get("b", ""))
        if branch is not None and code == branch.code:
            branch_text = f"{branch.code} · {branch.name}"
        else:
            branch_text = code or "-"
        try:
            issued = fmt_date(date.fromisoformat(str(payload.get("d", ""))))
        except ValueError:
            issued = str(payload.get("d", "")) or "-"
        last4 = str(payload.get("k", ""))
        ui.numberValue.setText(str(payload.get("no", "")) or "-")
        ui.typeValue.setText(labels.label(labels.DOCUMENT_TYPES, doc_type) or "-")
        ui.branchValue.setText(branch_text)
        ui.dateValue.setText(issued)
        ui.nameValue.setText(str(payload.get("n", "")) or "-")
        ui.nikValue.setText(f"············{last4}" if last4 else "-")
        ui.classValue.setText(str(payload.get("c", "")) or "-")
        document = result.document
        if document is not None:
            text = self.tr("Issued %1 by %2").replace("%1", fmt_datetime(document.issued_at))\
                .replace("%2", document.issued_by)
            if document.reprint_count:
                text += " · " + self.tr("%1 copies printed").replace(
                    "%1", str(document.reprint_count))
            if document.voided:
                text += " · " + self.tr("VOIDED: %1").replace("%1", document.void_reason)
            ui.registryValue.setText(text)
        elif result.status == "valid":
            ui.registryValue.setText(self.tr("Not in this office's registry"))


def open_verify_dialog(parent: QWidget | None, ctx: UiContext,
                       text: str | None = None) -> VerifyDialog:
    """Show the parent's verify dialog (created once, non-modal) and focus its code field."""
    dialog = parent.findChild(VerifyDialog) if parent is not None else None
    if dialog is None:
        dialog = VerifyDialog(ctx, parent)
        fit_window(dialog, QSize(640, 600), parent=parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
    dialog.ui.codeEdit.selectAll()
    if text:
        dialog.ui.codeEdit.setText(text)
        dialog.check(text)
    return dialog


def install_verify_action(window: QWidget, menu: QMenu, ctx: UiContext) -> QAction:
    """Add "Verify document…" (F8) at the top of ``menu`` of the main window."""
    action = QAction(QCoreApplication.translate("VerifyDialog", "&Verify document…"), window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F8))
    action.setObjectName("actionVerify")
    action.triggered.connect(lambda: open_verify_dialog(window, ctx))
    existing = menu.actions()
    if existing:
        menu.insertAction(existing[0], action)
        menu.insertSeparator(existing[0])
    else:
        menu.addAction(action)
    window.addAction(action)
    return action
