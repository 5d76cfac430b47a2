"""Supervisor approval at the counter: user name, password and a reason.

Only rules the rule set lets a supervisor override are listed (in VOKASI-2020 that is the
membership verification); seat, budget and class-capacity rules never are, whatever a rule set
says. The password is checked by ``services.auth.verify_supervisor`` on the writer thread (an
argon2 hash and the failed-attempt counter, like the login); a wrong password or a user who is
not a supervisor is shown inline and the dialog stays open.

The dialog is opened with ``open()`` (window-modal, not blocking): the caller connects
:attr:`OverrideDialog.approved`, and tests fill the fields and press OK.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.eligibility import NEVER_OVERRIDABLE, RuleOutcome
from vokasi_desktop.services.auth import UserInfo, verify_supervisor
from vokasi_desktop.ui import domain_text, errors
from vokasi_desktop.ui.generated.ui_override_dialog import Ui_OverrideDialog
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.widgets import mark_invalid, show_message

MIN_REASON_LENGTH = 10

VerifySupervisor = Callable[[Database, str, str], UserInfo]


@dataclass(frozen=True)
class Approval:
    """A supervisor's approval, passed on to ``services.enrolment.enrol``.

    Attributes:
        username: the supervisor's user name (``override_by``).
        full_name: for the confirmation shown to the clerk.
        reason: why the rule is overridden (``override_reason``).
        rule_ids: the rules overridden (``overrides``).
        password: the supervisor's password, checked again by the enrolment service (the
            approval covers that one enrolment); never shown or logged.
    """

    username: str
    full_name: str
    reason: str
    rule_ids: tuple[str, ...]
    password: str = field(default="", repr=False)


def overridable(outcomes: Sequence[RuleOutcome]) -> list[RuleOutcome]:
    """The failing outcomes a supervisor may override (never quota or capacity)."""
    return [o for o in outcomes
            if o.outcome == "fail" and o.overridable and not o.overridden
            and o.rule_id not in NEVER_OVERRIDABLE]


class OverrideDialog(QDialog):
    """Ask a supervisor to approve the overridable failures of one check.

    Attributes:
        approved: emitted with an :class:`Approval` after the password was verified.
        approval: the approval once given (None before).
    """

    approved = Signal(object)

    def __init__(self, db: Database, runner: JobRunner, outcomes: Sequence[RuleOutcome], *,
                 verify_fn: VerifySupervisor = verify_supervisor, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self._db = db
        self._runner = runner
        self._verify = verify_fn
        self._busy = False
        self.rules = overridable(outcomes)
        self.approval: Approval | None = None
        ui = self.ui
        items = "".join(
            f"<li><b>{html.escape(domain_text.rule_title(o.rule_id, o.title))}</b>: "
            f"{html.escape(domain_text.rule_message(o))}</li>"
            for o in self.rules)
        ui.rulesLabel.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        show_message(ui.errorLabel, "")
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Approve"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        for edit in (ui.usernameEdit, ui.passwordEdit, ui.reasonEdit):
            edit.textEdited.connect(self._clear_error)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():  # word-wrapped labels
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))
        for edit in (ui.usernameEdit, ui.passwordEdit, ui.reasonEdit):
            hint = edit.placeholderText()
            if hint:  # the whole example stays readable
                edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(hint) + 24)
        if username:
            # A supervisor signed in on this PC: only the password (and the reason) to type.
            ui.usernameEdit.setText(username)
            ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        show_message(self.ui.errorLabel, "")
        for edit in (self.ui.usernameEdit, self.ui.passwordEdit, self.ui.reasonEdit):
            mark_invalid(edit, False)

    def _refuse(self, message: str, widget: QWidget) -> None:
        show_message(self.ui.errorLabel, message)
        mark_invalid(widget, True)
        widget.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def submit(self) -> None:
        """Check the fields, then the supervisor's password (writer thread)."""
        if self._busy:
            return
        ui = self.ui
        username = ui.usernameEdit.text().strip()
        password = ui.passwordEdit.text()
        reason = " ".join(ui.reasonEdit.text().split())
        if not self.rules:
            show_message(ui.errorLabel, self.tr("Nothing here can be approved by a supervisor."))
            return
        if not username:
            self._refuse(self.tr("Fill in the supervisor's user name."), ui.usernameEdit)
            return
        if not password:
            self._refuse(self.tr("The supervisor types the password."), ui.passwordEdit)
            return
        if len(reason) < MIN_REASON_LENGTH:
            self._refuse(self.tr("Write the reason for the approval (at least %1 characters).")
                         .replace("%1", str(MIN_REASON_LENGTH)), ui.reasonEdit)
            return
        self._set_busy(True)
        rule_ids = tuple(o.rule_id for o in self.rules)
        self._runner.write(self._verify, self._db, username, password,
                           on_done=lambda info: self._verified(info, reason, rule_ids, password),
                           on_error=self._failed, name="verify-supervisor")

    def _verified(self, info: UserInfo, reason: str, rule_ids: tuple[str, ...],
                  password: str = "") -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self.approval = Approval(info.username, info.full_name, reason, rule_ids, password)
        self.approved.emit(self.approval)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        ui = self.ui
        ui.passwordEdit.clear()
        self._refuse(errors.explain(exc, "override"), ui.passwordEdit)

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()
