"""Layanan Loket: serve a walk-in worker from NIK to enrolment letter, keyboard only.

The flow, one customer at a time:

1. Type or scan a NIK (spaces and dots allowed) or a KPJ into the search field; Enter searches
   (a barcode scanner types like a keyboard and ends with Enter). An impossible NIK is refused
   inline with ``parse_nik``'s own message.
2. Found: the member card, the check of the membership, and the classes the member can join now
   (``eligible_classes``: open, seats left, mode allowed), best first. The first class is
   selected and its full check fills the verdict panel (green / amber / red, every rule, the
   next step for the clerk). Not found: Enter again or Ctrl+N registers the worker, starting
   from what the NIK encodes.
3. Ctrl+Enter (or Enter in the class list) enrols; a check that needs a supervisor opens the
   approval dialog first. Ctrl+L prints the enrolment letter, Ctrl+P the eligibility slip (for
   eligible and not eligible workers alike), Ctrl+R records the membership verification.
4. Esc ("next customer") clears everything and puts the cursor back in the search field.

Every database call runs on the job runner (reads on the pool, writes on the single writer);
each search starts a new *generation* and answers of an older one are dropped. An enrolment
attempt carries one ``request_id`` (a UUID made when the class is chosen), so a double Enter or
a retry after an error never enrols twice (``services.enrolment.enrol`` is idempotent on it).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QPushButton, QWidget

from vokasi_desktop.domain.access import Action
from vokasi_desktop.domain.eligibility import EligibilityResult
from vokasi_desktop.domain.identifiers import (
    IdentifierError,
    clean_identifier,
    is_probably_kpj,
    parse_nik,
)
from vokasi_desktop.services import counter as counter_service
from vokasi_desktop.services.counter import (
    CounterState,
    OfferedClass,
    Resumed,
    TodayEntry,
    load_state,
    lookup,
    resume,
)
from vokasi_desktop.services.documents import IssuedDocument
from vokasi_desktop.services.enrolment import (
    EnrollmentView,
)
from vokasi_desktop.services.members import MemberView
from vokasi_desktop.ui import domain_text, errors, labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.member import MemberDialog
from vokasi_desktop.ui.dialogs.override import OverrideDialog
from vokasi_desktop.ui.dialogs.reveal_nik import RevealNikDialog
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.generations import GenerationJobs
from vokasi_desktop.ui.pages.counter_card import MemberCard
from vokasi_desktop.ui.pages.counter_documents import CounterDocuments
from vokasi_desktop.ui.pages.counter_enrol import CounterEnrol
from vokasi_desktop.ui.pages.counter_keys import CounterKeys
from vokasi_desktop.ui.pages.counter_models import (
    COL_CHECK,
    COL_CLASS,
    COL_COST,
    ClassOfferModel,
    TodayModel,
)
from vokasi_desktop.ui.pages.counter_today import TodayTab
from vokasi_desktop.ui.pages.counter_verdict import COUNTER_STYLE, VerdictPanel
from vokasi_desktop.ui.prompts import ask_text
from vokasi_desktop.ui.signals import CLASS, ENROLLMENT, INSTITUTION, MEMBER, QUOTA
from vokasi_desktop.ui.widgets import mark_invalid, show_message

log = logging.getLogger(__name__)

VERIFY_METHODS = ("card", "jmo", "head_office")
ENROLLABLE = ("eligible", "eligible_with_warnings", "needs_override")
WRITES = frozenset({"enrol", "verify", "letter", "slip"})


def preview_pdf(parent: QWidget | None, path: Path, title: str) -> None:
    """Show an issued PDF in the app's preview dialog (module-level so tests replace it).

    Imported on first use: QtPdf loads only when a clerk previews a document."""
    from vokasi_desktop.ui.dialogs.pdf_preview import show_pdf_preview

    show_pdf_preview(parent, path, title)


# ------------------------------------------------------------------------------- the page

class CounterPage(QWidget):
    """Layanan Loket: search, member card, verdict, class list, enrol, print.

    Attributes:
        state: what is shown about the current member (None before a search finds one).
        enrollment: the enrolment made for this customer (enables the letter).
        letter / slip: the documents issued for this customer.
        request_id: the idempotency key of the current enrolment attempt.
        member_dialog / override_dialog: the registration or approval dialog while open.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CounterPage()
        # The generated form is untyped code (excluded from mypy).
        cast(Any, self.ui).setupUi(self)
        self.setStyleSheet(COUNTER_STYLE)
        self.state: CounterState | None = None
        self.enrollment: EnrollmentView | None = None
        self.enrolled_check: EligibilityResult | None = None
        self.enrolled_text = ""
        self.request_id: str | None = None
        self.member_dialog: MemberDialog | None = None
        self._not_found: str | None = None
        # Every database call for the customer shown: answers about an earlier one are dropped.
        self.jobs = GenerationJobs(ctx.runner, self, reads=("search", "load"))
        self.documents = CounterDocuments(lambda: self.ctx, self.ui, self.jobs,
                                          lambda *args: preview_pdf(*args), self)
        self.documents.letter_issued.connect(self._letter_issued)
        self.documents.slip_issued.connect(self._slip_issued)
        self.verdict_panel = VerdictPanel(self.ui, self)
        self.enrolling = CounterEnrol(
            lambda: self.ctx, self.ui, self.jobs, self.verdict_panel,
            lambda: self.state.member.id if self.state is not None else None,
            lambda: self.enrollment is not None, self)
        self.enrolling.enrolled.connect(self._enrolled)
        self.enrolling.finished.connect(self._update_actions)
        self._stale = False

        ui = self.ui
        self.setFocusProxy(ui.searchEdit)
        self.model = ClassOfferModel(self)
        self.keys = CounterKeys(ui, self.model, self)
        self.card = MemberCard(lambda: self.ctx, ui, self)
        self.reveal_button = self.card.reveal_button
        self.reveal_button.clicked.connect(self.reveal_nik)
        table = ui.classTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(50)
        for column, width in enumerate(ClassOfferModel.WIDTHS):
            header.resizeSection(column, width)
        # The columns always fit the list (it never scrolls sideways, even at 1024x768): see
        # CounterKeys.fit_class_columns, run on every resize of the table's viewport.
        self.keys.watch([table.viewport()])
        table.selectionModel().currentRowChanged.connect(self._class_chosen)
        self.keys.watch([ui.searchEdit])
        # Every other widget that can take the keyboard hands typed characters to the search
        # field: a scanner burst (or the next NIK typed) always means "look up" (CounterKeys).
        redirecting: list[QWidget] = [w for w in self.findChildren(QWidget)
                                      if w is not ui.searchEdit
                                      and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        self.today = TodayTab(lambda: self.ctx, ui, self.model, self)
        self.today.activated.connect(self._today_activated)
        self.today_model: TodayModel = self.today.model
        self.today_table = self.today.table
        self.tabs = self.today.tabs
        redirecting.append(self.today_table)
        self.keys.watch(redirecting)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

        for method in VERIFY_METHODS:
            ui.verifyCombo.addItem(labels.label(labels.VERIFICATION_METHODS, method), method)

        buttons: list[QPushButton] = [ui.searchButton, ui.registerButton, ui.nextButton,
                                      ui.verifyButton, ui.slipButton, ui.enrolButton,
                                      ui.letterButton]
        for button in buttons:
            button.setAutoDefault(True)  # Enter on a focused button presses it
        ui.searchEdit.returnPressed.connect(self.search)
        ui.searchEdit.textEdited.connect(self._search_edited)
        ui.searchButton.clicked.connect(self.search)
        ui.registerButton.clicked.connect(self.register_new)
        ui.nextButton.clicked.connect(self.next_customer)
        ui.verifyButton.clicked.connect(self.record_verification)
        ui.slipButton.clicked.connect(self.print_slip)
        ui.enrolButton.clicked.connect(self.enrol)
        ui.letterButton.clicked.connect(self.print_letter)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcuts = [("Esc", self.next_customer), ("Ctrl+N", self.register_new),
                     ("Ctrl+Return", self.enrol), ("Ctrl+Enter", self.enrol),
                     ("Ctrl+P", self.print_slip), ("Ctrl+L", self.print_letter),
                     ("Ctrl+R", self.record_verification), ("Ctrl+F", self.focus_search),
                     ("Ctrl+T", self.today.show), ("F1", self.keys.show_keys)]
        self.shortcuts = [QShortcut(QKeySequence(keys), self, slot, context=context)
                          for keys, slot in shortcuts]
        ctx.signals.operation_did_execute.connect(self._operation_did_execute)
        self._reset()
        self.today.refresh()

    def reveal_nik(self) -> RevealNikDialog | None:
        """The reveal dialog (reason from a list plus text, audited) for the member on the
        card; the card itself stays masked."""
        if self.state is None or not self.ctx.user.can(Action.NIK_REVEAL):
            return None
        member = self.state.member
        dialog = RevealNikDialog(self.ctx, member.id, member.nik_masked, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- today's list ---------------------------------------------------------------------------

    def _today_activated(self, entry: TodayEntry) -> None:
        """Continue with a worker served earlier today (letter reprint, enrolment)."""
        if self.jobs.busy & WRITES:
            return
        self._reset()
        show_message(self.ui.searchMessage, self.tr("Loading %1…").replace("%1", entry.name),
                     "info")
        self.jobs.run("load", resume, self.ctx.db, entry.member_id, entry.enrollment_id,
                      self.ctx.today(), on_done=lambda r: self._resumed(entry, r),
                      on_error=self._read_failed, name="counter-resume")

    def _resumed(self, entry: TodayEntry, resumed: Resumed) -> None:
        ui = self.ui
        self.enrollment = resumed.enrollment
        self.letter = resumed.letter
        if resumed.enrollment is not None:
            self.enrolled_text = ""
        self._apply_state(resumed.state)
        show_message(ui.searchMessage, self.tr("Continuing with %1 (served today at %2).")
                     .replace("%1", entry.name)
                     .replace("%2", entry.last_at.astimezone().strftime("%H:%M")), "ok")
        self.tabs.setCurrentIndex(0)
        if self.enrollment is not None:
            ui.letterButton.setFocus(Qt.FocusReason.OtherFocusReason)
        elif resumed.state.offer:
            ui.classTable.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            ui.slipButton.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- public helpers -------------------------------------------------------------------------

    @property
    def busy(self) -> frozenset[str]:
        """What is running now (``search``, ``load``, ``enrol``, ``verify``, ``letter``…)."""
        return self.jobs.busy

    @property
    def verdict(self) -> str | None:
        """The verdict shown in the panel (None when the panel is empty)."""
        result = self.verdict_panel.result
        return result.verdict if result is not None else None

    @property
    def keys_dialog(self) -> QMessageBox | None:
        """The key list (F1 or "?") while it is open."""
        return self.keys.keys_dialog

    @property
    def guide_button(self) -> QPushButton | None:
        """The key list's "Guide" button."""
        return self.keys.guide_button

    def show_keys(self) -> None:
        """F1 or "?": the counter's keys, in a window that does not block the counter."""
        self.keys.show_keys()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def current_offer(self) -> OfferedClass | None:
        index = self.ui.classTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- clearing -------------------------------------------------------------------------------

    def _reset(self, *, keep_search: bool = False) -> None:
        """Forget the customer and empty every panel (the search text may stay)."""
        self.jobs.next()
        self.state = None
        self.enrollment = None
        self.enrolled_check = None
        self.enrolled_text = ""
        self.enrolling.reset()
        self.documents.reset()
        self.request_id = None
        self._not_found = None
        ui = self.ui
        if not keep_search:
            ui.searchEdit.clear()
        mark_invalid(ui.searchEdit, False)
        show_message(ui.searchMessage, "")
        show_message(ui.actionMessage, "")
        self.card.show(None)
        self.model.set_rows([])
        show_message(ui.classHint, "", "hint")
        self.verdict_panel.show(None, None)
        self._update_actions()
        if hasattr(self, "today"):
            self.today.update_titles()

    def next_customer(self) -> None:
        """Esc: clear everything for the next worker, cursor in the search field."""
        if self.jobs.busy & WRITES:
            show_message(self.ui.actionMessage,
                         self.tr("Wait a moment: the last action is still being saved."),
                         "warning")
            return
        self._reset()
        self.tabs.setCurrentIndex(0)
        self.focus_search()

    # -- searching ------------------------------------------------------------------------------

    def _search_edited(self) -> None:
        mark_invalid(self.ui.searchEdit, False)

    def search(self) -> None:
        """Enter: check the NIK/KPJ typed and look the member up in the background."""
        ui = self.ui
        text = ui.searchEdit.text()
        key = clean_identifier(text).upper()
        if not key:
            show_message(ui.searchMessage, self.tr(
                "Type or scan the NIK (16 digits) or the KPJ number (11 characters)."), "info")
            return
        if key == self._not_found and self.state is None:
            self.register_new()  # Enter again after "not found" registers the worker
            return
        if not is_probably_kpj(key):
            try:
                key = parse_nik(text, self.ctx.today()).value
            except IdentifierError as exc:
                self._reset(keep_search=True)
                show_message(ui.searchMessage, self.tr("%1 Type a 16-digit NIK or an "
                                                       "11-character KPJ.").replace(
                    "%1", domain_text.identifier_message(exc, text)), "error")
                mark_invalid(ui.searchEdit, True)
                ui.searchEdit.selectAll()
                return
        self._reset(keep_search=True)
        show_message(ui.searchMessage, self.tr("Searching…"), "info")
        self.jobs.run("search", lookup, self.ctx.db, key, self.ctx.today(),
                      on_done=lambda state: self._looked_up(key, state),
                      on_error=self._read_failed, name="counter-lookup")

    def _looked_up(self, key: str, state: CounterState | None) -> None:
        ui = self.ui
        if state is None:
            self._not_found = key
            if len(key) == 16 and key.isdigit():
                text = self.tr("No member is registered with NIK %1. Press Enter again or "
                               "Ctrl+N to register the worker.")
            else:
                text = self.tr("No member is registered with KPJ %1. Check the number, or "
                               "search by NIK; Ctrl+N registers a new member.")
            show_message(ui.searchMessage, text.replace("%1", key), "warning")
            ui.searchEdit.selectAll()
            self._update_actions()
            return
        show_message(ui.searchMessage, "")
        self._apply_state(state, focus_table=True)
        self.today.record_lookup(state)

    def _read_failed(self, exc: BaseException) -> None:
        show_message(self.ui.searchMessage, errors.explain(exc, "counter read"), "error")
        self._update_actions()

    def reload(self, *, keep_offer: bool = False) -> None:
        """Read the current member again (after a write), keeping the chosen class."""
        if self.state is None:
            return
        member_id = self.state.member.id
        keep = self.current_offer()
        self.jobs.run("load", load_state, self.ctx.db, member_id, self.ctx.today(),
                      on_done=lambda state: self._reloaded(state, keep_offer,
                                                           keep.id if keep else None),
                      on_error=self._read_failed, name="counter-reload")

    def _reloaded(self, state: CounterState, keep_offer: bool, class_id: int | None) -> None:
        if self.state is None:
            return
        if keep_offer:
            self.state = replace(self.state, member=state.member, enrollments=state.enrollments)
            self.card.show(state.member, state.enrollments)
            self._update_actions()
            return
        self._apply_state(state, class_id=class_id)

    # -- showing --------------------------------------------------------------------------------

    def _apply_state(self, state: CounterState, *, class_id: int | None = None,
                     focus_table: bool = False) -> None:
        self.state = state
        self.card.show(state.member, state.enrollments)
        ui = self.ui
        self.model.set_rows(state.offer)
        self.today.update_titles()
        if self.enrollment is not None:
            # Enrolled: the list shows what is left (fresh seats) but nothing is chosen; the
            # panel says what was done and what comes next.
            show_message(ui.classHint, self.tr(
                "Enrolled. Print the letter (Ctrl+L), then press Esc for the next customer."),
                "hint")
            self._show_enrolled()
        elif state.offer:
            row = max(self.model.row_of(class_id), 0) if class_id is not None else 0
            ui.classTable.setCurrentIndex(self.model.index(row, 0))  # shows its check
            count = len(state.offer)
            hint = self.tr("Classes open for this member: %1. Up/Down choose a class; "
                           "Ctrl+Enter enrols.").replace("%1", QLocale().toString(count))
            if any(o.verdict == "needs_override" for o in state.offer):
                hint += " " + self.tr("Classes marked \"! Needs supervisor\" need a "
                                      "supervisor's approval when enrolling.")
            show_message(ui.classHint, hint, "hint")
            if focus_table:
                ui.classTable.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.verdict_panel.show(state.check.result, None)
            show_message(ui.classHint, self.tr(
                "No class can be offered to this member now (no open class with seats that "
                "the member meets the rules for)."), "hint")
        self._update_actions()

    def _class_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        offered = self.model.row_at(current.row()) if current.isValid() else None
        if offered is None or self.enrollment is not None:
            self._update_actions()
            return
        if self.verdict_panel.offered is None or offered.id != self.verdict_panel.offered.id:
            self.request_id = str(uuid.uuid4())  # a new enrolment attempt
        self.verdict_panel.show(offered.result, offered)
        self._update_actions()

    def _show_enrolled(self) -> None:
        """The verdict panel after an enrolment: done, the letter next, then Esc."""
        if self.enrollment is not None:
            self.verdict_panel.show_enrolled(self.enrollment, self.enrolled_check,
                                             letter_issued=self.letter is not None)

    def _update_actions(self) -> None:
        ui = self.ui
        offered = self.current_offer()
        has_member = self.state is not None
        can_enrol = (has_member and offered is not None and self.enrollment is None
                     and offered.verdict in ENROLLABLE)
        ui.enrolButton.setEnabled(can_enrol)
        if can_enrol and offered is not None and self.state is not None:
            # The button says who goes where: Enter on it is a deliberate enrolment.
            name = self.state.member.name.replace("&", "&&")
            code = offered.klass.code.replace("&", "&&")
            if offered.verdict == "needs_override":
                text = self.tr("&Enrol %1 in %2 with supervisor approval (Ctrl+Enter)")
            else:
                text = self.tr("&Enrol %1 in %2 (Ctrl+Enter)")
            ui.enrolButton.setText(text.replace("%1", name).replace("%2", code))
        else:
            ui.enrolButton.setText(self.tr("&Enrol in class (Ctrl+Enter)"))
        ui.letterButton.setEnabled(self.enrollment is not None)
        ui.slipButton.setEnabled(has_member)
        ui.registerButton.setDefault(self._not_found is not None and not has_member)

    # -- registering ----------------------------------------------------------------------------

    def register_new(self) -> None:
        """Ctrl+N: the member dialog, prefilled with the NIK typed (and what it encodes)."""
        if self.member_dialog is not None:
            self.member_dialog.raise_()
            self.member_dialog.activateWindow()
            return
        key = clean_identifier(self.ui.searchEdit.text()).upper()
        nik = key if len(key) == 16 and key.isdigit() else ""
        dialog = MemberDialog(self.ctx, None, nik=nik, parent=self)
        if not nik and is_probably_kpj(key):
            dialog.ui.kpjEdit.setText(key)
        dialog.saved.connect(self._registered)
        dialog.finished.connect(self._member_dialog_closed)
        self.member_dialog = dialog
        dialog.open()  # window-modal, does not block (a test drives it)

    def _member_dialog_closed(self, _result: int) -> None:
        dialog, self.member_dialog = self.member_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.activateWindow()  # back to the counter's window, so its shortcuts work again
        if self.state is None:
            self.focus_search()

    def _registered(self, view: MemberView) -> None:
        self._reset()
        self.ui.searchEdit.setText(view.nik)
        show_message(self.ui.searchMessage, self.tr("%1 is registered. Checking eligibility…")
                     .replace("%1", view.name), "ok")
        self.jobs.run("load", load_state, self.ctx.db, view.id, self.ctx.today(),
                      on_done=self._registered_loaded, on_error=self._read_failed,
                      name="counter-load")

    def _registered_loaded(self, state: CounterState) -> None:
        show_message(self.ui.searchMessage, self.tr("%1 is registered as a new member.")
                     .replace("%1", state.member.name), "ok")
        self._apply_state(state, focus_table=True)
        self.today.record_lookup(state)
        if not state.offer:
            self.ui.slipButton.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- verification ---------------------------------------------------------------------------

    def record_verification(self) -> None:
        """Ctrl+R: record how the membership was checked (card, JMO or head office)."""
        state = self.state
        if state is None or "verify" in self.jobs.busy:
            return
        member = state.member
        if not member.kpj or member.verified_at is not None:
            show_message(self.ui.actionMessage, self.tr(
                "There is no membership verification to record for this member."), "info")
            return
        method = self.ui.verifyCombo.currentData()
        # One keystroke is not a verification: the service requires a note of what was seen.
        note = ask_text(self, self.tr("Membership verification"),
                        self.tr("What did you check (card number, JMO screen, head-office "
                                "answer)?"))
        if note is None:
            return
        self.jobs.run("verify", counter_service.record_verification, self.ctx.db, member.id,
                      method, self.ctx.user, note, write=True,
                      on_done=lambda _view: self._verification_recorded(method),
                      on_error=lambda exc: self.documents.failed("verify", exc),
                      name="counter-verify")

    def _verification_recorded(self, method: str) -> None:
        show_message(self.ui.actionMessage, self.tr("Membership verification recorded (%1).")
                     .replace("%1", labels.label(labels.VERIFICATION_METHODS, method)), "ok")
        self.reload()

    # -- enrolling ------------------------------------------------------------------------------

    def enrol(self) -> None:
        """Ctrl+Enter: enrol in the chosen class (asking a supervisor first when needed)."""
        if "enrol" in self.jobs.busy or self.override_dialog is not None or self.state is None:
            return
        ui = self.ui
        if self.enrollment is not None:
            show_message(ui.actionMessage, self.tr(
                "This member has just been enrolled. Print the letter (Ctrl+L), or press Esc "
                "for the next customer."), "info")
            return
        offered = self.current_offer()
        if offered is None:
            show_message(ui.actionMessage, self.tr("Choose a class first."), "warning")
            return
        if self.request_id is None:
            self.request_id = str(uuid.uuid4())
        self.enrolling.start(offered, self.request_id)

    @property
    def override_dialog(self) -> OverrideDialog | None:
        """The supervisor's approval dialog while it is open."""
        return self.enrolling.override_dialog

    def _enrolled(self, offered: OfferedClass, view: EnrollmentView) -> None:
        self.enrollment = view
        self.enrolled_check = offered.result
        self.enrolled_text = self.enrolling.enrolled_text(view)
        show_message(self.ui.actionMessage, self.enrolled_text, "ok")
        self._show_enrolled()
        self._update_actions()
        self.ui.letterButton.setFocus(Qt.FocusReason.OtherFocusReason)
        # Everything the enrolment changed: the card, the offer (seats) and the verdict.
        self.reload()
        self.today.refresh()

    # -- printing -------------------------------------------------------------------------------

    def print_letter(self) -> None:
        """Ctrl+L: issue the enrolment letter (once) and open it."""
        if self.enrollment is None:
            if self.state is not None:
                show_message(self.ui.actionMessage, self.tr(
                    "The letter is issued after enrolling (Ctrl+Enter)."), "info")
            return
        self.documents.print_letter(self.enrollment.id)

    def _letter_issued(self, _doc: IssuedDocument) -> None:
        self.today.refresh()
        self._show_enrolled()
        # The next action is the next customer: whenever the preview closes, the cursor
        # waits in the search field (the letter stays on Ctrl+L).
        self.focus_search()

    def _slip_issued(self, _doc: IssuedDocument) -> None:
        self.today.refresh()

    def print_slip(self) -> None:
        """Ctrl+P: issue the eligibility slip of the check shown and open it."""
        state = self.state
        if state is None:
            return
        enrollment_id = self.enrollment.id if self.enrollment is not None else None
        offered = self.verdict_panel.offered
        class_id = offered.id if offered is not None and enrollment_id is None else None
        self.documents.print_slip(state.member.id, class_id, enrollment_id)

    @property
    def letter(self) -> IssuedDocument | None:
        """The enrolment letter issued for this customer."""
        return self.documents.letter

    @letter.setter
    def letter(self, doc: IssuedDocument | None) -> None:
        self.documents.letter = doc

    @property
    def slip(self) -> IssuedDocument | None:
        """The last eligibility slip issued for this customer."""
        return self.documents.slip

    def _operation_did_execute(self, entities: frozenset[str], initiator: object) -> None:
        """A write finished somewhere: this page's own writes reload it themselves; anyone
        else's change to what the counter shows reloads it now when shown and idle, else when
        it is shown again."""
        if initiator is self or not entities & {MEMBER, CLASS, INSTITUTION, QUOTA, ENROLLMENT}:
            return
        if self.isVisible() and self.state is not None and not self.jobs.busy:
            self.reload(keep_offer=self.enrollment is not None)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            if self.state is not None and not self.jobs.busy:
                self.reload(keep_offer=self.enrollment is not None)


__all__ = ["COL_CHECK", "COL_CLASS", "COL_COST", "ClassOfferModel", "CounterPage", "CounterState",
           "OfferedClass", "TodayModel", "load_state", "lookup"]
