"""The counter's enrol button: enrol the customer in the chosen class, asking a supervisor
first when a rule needs an approval (the approval dialog), and explain a refusal.

The page keeps the customer (who, which class, the enrolment made); this object runs one
enrolment attempt. The attempt carries the page's ``request_id``, so a double Enter or a retry
after an error never enrols twice (``services.enrolment.enrol`` is idempotent on it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from vokasi_desktop.domain.eligibility import EligibilityResult
from vokasi_desktop.services import counter as counter_service
from vokasi_desktop.services import enrolment
from vokasi_desktop.services.counter import OfferedClass
from vokasi_desktop.services.enrolment import (
    EnrollmentView,
    NotEligibleError,
    OverrideRequiredError,
)
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.override import Approval, OverrideDialog, overridable
from vokasi_desktop.ui.format import fmt_date
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.generations import GenerationJobs
from vokasi_desktop.ui.pages.counter_verdict import VerdictPanel
from vokasi_desktop.ui.widgets import show_message


class CounterEnrol(QObject):
    """One enrolment attempt at a time for the counter page.

    Attributes:
        override_dialog: the supervisor's approval dialog while it is open.
    """

    enrolled = Signal(object, object)  # OfferedClass, EnrollmentView
    finished = Signal()  # after a refusal or an error: the page updates its buttons

    def __init__(self, context: Callable[[], UiContext], ui: Ui_CounterPage, jobs: GenerationJobs,
                 verdict: VerdictPanel, current_member: Callable[[], int | None],
                 is_enrolled: Callable[[], bool], page: QWidget) -> None:
        super().__init__(page)
        self._context = context
        self.ui = ui
        self.jobs = jobs
        self.verdict = verdict
        self.current_member = current_member
        self.is_enrolled = is_enrolled
        self.page = page
        self.override_dialog: OverrideDialog | None = None
        self._approver_name: str | None = None

    @property
    def ctx(self) -> UiContext:
        """The page's context, read at each use (a test or a re-login may replace it)."""
        return self._context()

    def start(self, offered: OfferedClass, request_id: str) -> None:
        """Enrol in ``offered`` (a refused class says why; a supervisor approves first when
        only overridable rules failed)."""
        if offered.verdict == "not_eligible":
            show_message(self.ui.actionMessage, offered.result.summary_id(), "error")
            return
        if offered.verdict == "needs_override":
            self._ask_override(offered, offered.result, request_id)
            return
        self._submit(offered, request_id, None)

    def _ask_override(self, offered: OfferedClass, result: EligibilityResult,
                      request_id: str) -> None:
        if not overridable(result.outcomes):
            show_message(self.ui.actionMessage, self.tr(
                "A supervisor cannot approve this: %1").replace("%1", result.summary_id()),
                "error")
            return
        # Nobody approves their own override (services.auth.verify_approver): the name field
        # starts empty even when a supervisor is signed in.
        dialog = OverrideDialog(self.ctx.db, self.ctx.runner, result.outcomes, parent=self.page)
        dialog.approved.connect(lambda approval: self._submit(offered, request_id, approval))
        dialog.finished.connect(self._override_closed)
        self.override_dialog = dialog
        show_message(self.ui.actionMessage, self.tr("Waiting for the supervisor's approval…"),
                     "info")
        dialog.open()

    def _override_closed(self, _result: int) -> None:
        dialog, self.override_dialog = self.override_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.page.activateWindow()
        if "enrol" not in self.jobs.busy and not self.is_enrolled():
            show_message(self.ui.actionMessage, self.tr("Not enrolled: the supervisor's "
                                                        "approval was cancelled."), "warning")
            self.ui.enrolButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self, offered: OfferedClass, request_id: str,
                approval: Approval | None) -> None:
        member_id = self.current_member()  # None: the customer was cleared meanwhile
        if member_id is None or "enrol" in self.jobs.busy:
            return
        kwargs: dict[str, Any] = {"on_date": self.ctx.today()}
        self._approver_name = approval.full_name if approval is not None else None
        if approval is not None:
            kwargs.update(overrides=approval.rule_ids,
                          override=enrolment.Override(approval.username, approval.password),
                          override_reason=approval.reason)
        show_message(self.ui.actionMessage, self.tr("Enrolling…"), "info")
        self.jobs.run("enrol", counter_service.enrol, self.ctx.db, member_id, offered.id,
                      request_id, self.ctx.user, write=True,
                      on_done=lambda view: self.enrolled.emit(offered, view),
                      on_error=lambda exc: self._failed(offered, request_id, exc),
                      name="counter-enrol", **kwargs)

    def enrolled_text(self, view: EnrollmentView) -> str:
        """What the clerk reads after enrolling: where, when, the approval, the next step."""
        text = self.tr("Enrolled in %1 · %2 at %3, %4 – %5 (enrolment no. %6).").replace(
            "%1", view.class_code).replace("%2", view.class_title).replace(
            "%3", view.institution_name).replace("%4", fmt_date(view.start_date)).replace(
            "%5", fmt_date(view.end_date)).replace("%6", str(view.id))
        if view.override_by:
            reason = view.override_reason.rstrip()
            if reason and reason[-1] not in ".!?":
                reason += "."
            text += " " + self.tr("Approved by supervisor %1: %2").replace(
                "%1", self._approver_name or view.override_by).replace("%2", reason)
        return text + " " + self.tr("Next: print the letter (Ctrl+L).")

    def reset(self) -> None:
        """The next customer: no approver remembered."""
        self._approver_name = None

    def _failed(self, offered: OfferedClass, request_id: str, exc: BaseException) -> None:
        ui = self.ui
        if isinstance(exc, OverrideRequiredError):
            self.verdict.show(exc.result, offered)
            show_message(ui.actionMessage, errors.error_text(exc), "warning")
            self._ask_override(offered, exc.result, request_id)
        else:
            if isinstance(exc, NotEligibleError):
                self.verdict.show(exc.result, offered)
            show_message(ui.actionMessage, errors.explain(exc, "enrolment"), "error")
        self.finished.emit()


__all__ = ["CounterEnrol"]
