"""Show one member's full NIK for a short time, with a reason from a list plus text.

Only roles with ``Action.NIK_REVEAL`` get the action; the service checks again, audits the
reveal (person_ref and reason, never the NIK) and returns the number. The dialog shows it for
``domain.privacy.REVEAL_SECONDS`` seconds, then wipes it and closes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.domain.privacy import REVEAL_REASONS, REVEAL_SECONDS
from vokasi_desktop.services import privacy
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.widgets import show_message


class RevealNikDialog(QDialog):
    """Ask why, reveal the full NIK of ``member_id`` through the service, hide it again.

    Attributes:
        shown: emitted with the full NIK once the service has returned (and audited) it; the
            member dialog takes it into its NIK field for a correction.
    """

    shown = Signal(str)

    def __init__(self, ctx: UiContext, member_id: int, masked: str, *,
                 parent: QWidget | None = None, seconds: int = REVEAL_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("RevealNikDialog")
        self.setWindowTitle(self.tr("Show full NIK"))
        self.ctx = ctx
        self.member_id = member_id
        self.seconds = seconds
        self.revealed = False
        intro = QLabel(self.tr(
            "The full NIK %1 is personal data (UU 27/2022). Choose why you need it and "
            "describe it; the reveal is recorded in the audit log.").replace("%1", masked))
        intro.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reasonCombo")
        for code, text in self.reason_choices():
            self.reason_combo.addItem(text, code)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. KTP shown at the counter"))
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_combo)
        note_label = QLabel(self.tr("&Details"))
        note_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_combo)
        form.addRow(note_label, self.reason_edit)
        self.nik_label = QLabel("")
        self.nik_label.setObjectName("nikLabel")
        font = self.nik_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.nik_label.setFont(font)
        self.message = QLabel("")
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = QPushButton(self.tr("&Show NIK"))
        self.show_button.setObjectName("showButton")
        self.show_button.setDefault(True)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(self.reveal)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.nik_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide_nik)
        self.resize(520, self.sizeHint().height())

    def reason_choices(self) -> list[tuple[str, str]]:
        """(code, label) of the reasons, in the GUI's language."""
        texts = {
            "identity_check": self.tr("Identity check against the original document"),
            "correction": self.tr("Data correction at the worker's request"),
            "law_enforcement": self.tr("Law enforcement request"),
            "lsp_certification": self.tr("LSP certification"),
            "other": self.tr("Other"),
        }
        return [(code, texts.get(code, label)) for code, label in REVEAL_REASONS.items()]

    def reveal(self) -> None:
        """Ask the service on the writer thread (it writes the audit entry)."""
        self.show_button.setEnabled(False)
        show_message(self.message, "")
        self.ctx.runner.write(privacy.reveal_nik, self.ctx.db, self.ctx.user, self.member_id,
                              self.reason_combo.currentData(), self.reason_edit.text(),
                              on_done=self._revealed, on_error=self._failed, name="reveal-nik")

    def _revealed(self, nik: str) -> None:
        self.revealed = True
        self.nik_label.setText(f"{nik[:6]} {nik[6:12]} {nik[12:]}")
        show_message(self.message, self.tr("Shown for %1 seconds; recorded in the audit log.")
                     .replace("%1", str(self.seconds)), "info")
        self.timer.start(self.seconds * 1000)
        self.shown.emit(nik)

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        show_message(self.message, errors.error_text(exc))

    def hide_nik(self) -> None:
        self.nik_label.setText("")
        self.accept()

    def done(self, result: int) -> None:
        self.timer.stop()
        self.nik_label.setText("")  # never left on screen after the dialog goes
        super().done(result)
