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

import html
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QWidget,
)

from vokasi_desktop.domain.access import Action
from vokasi_desktop.domain.eligibility import EligibilityResult, RuleOutcome
from vokasi_desktop.domain.identifiers import (
    IdentifierError,
    clean_identifier,
    is_probably_kpj,
    parse_nik,
)
from vokasi_desktop.services import counter as counter_service
from vokasi_desktop.services import enrolment
from vokasi_desktop.services.counter import (
    ACTIVE_ENROLLMENT_STATUSES,
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
    NotEligibleError,
    OverrideRequiredError,
)
from vokasi_desktop.services.members import MemberEnrollmentView, MemberView
from vokasi_desktop.ui import domain_text, errors, labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.member import MemberDialog
from vokasi_desktop.ui.dialogs.override import Approval, OverrideDialog, overridable
from vokasi_desktop.ui.dialogs.reveal_nik import RevealNikDialog
from vokasi_desktop.ui.format import fmt_date, fmt_datetime
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.help import open_guide
from vokasi_desktop.ui.pages.counter_models import (
    COL_CHECK,
    COL_CLASS,
    COL_COST,
    ClassOfferModel,
    TodayModel,
)
from vokasi_desktop.ui.prompts import ask_text
from vokasi_desktop.ui.signals import CLASS, ENROLLMENT, INSTITUTION, MEMBER, QUOTA
from vokasi_desktop.ui.style import ERROR, ERROR_BG, MUTED, OK, OK_BG, WARNING, WARNING_BG
from vokasi_desktop.ui.widgets import mark_invalid, show_message

log = logging.getLogger(__name__)

VERIFY_METHODS = ("card", "jmo", "head_office")
ENROLLABLE = ("eligible", "eligible_with_warnings", "needs_override")
WRITES = frozenset({"enrol", "verify", "letter", "slip"})

# Verdict -> panel tone (style sheet property) and symbol.
TONES = {"eligible": "ok", "eligible_with_warnings": "warn", "needs_override": "warn",
         "not_eligible": "bad"}
SYMBOLS = {"eligible": "✔", "eligible_with_warnings": "✔", "needs_override": "!",
           "not_eligible": "✖"}
OUTCOME_ORDER = {"fail": 0, "warn": 1, "pass": 2, "not_applicable": 3}
OUTCOME_COLOURS = {"fail": ERROR.name(), "warn": WARNING.name(), "pass": OK.name(),
                   "not_applicable": MUTED.name()}
OUTCOME_SYMBOLS = {"fail": "✖", "warn": "⚠", "pass": "✔", "not_applicable": "–"}

COUNTER_STYLE = f"""
QLineEdit#searchEdit {{ font-size: 13pt; padding: 3px 6px; }}
QLabel#nameLabel {{ font-size: 12.5pt; }}
QFrame#verdictFrame {{ border: 1px solid #c9d6cf; border-radius: 6px; background: #f6f8f7; }}
QFrame#verdictFrame[tone="ok"] {{ background: {OK_BG.name()}; border: 2px solid {OK.name()}; }}
QFrame#verdictFrame[tone="warn"] {{ background: {WARNING_BG.name()}; border: 2px solid #c98a00; }}
QFrame#verdictFrame[tone="bad"] {{ background: {ERROR_BG.name()}; border: 2px solid {ERROR.name()}; }}
QLabel#verdictTitle {{ font-size: 15pt; font-weight: 600; color: #35524a; }}
QLabel#verdictTitle[tone="ok"] {{ color: {OK.name()}; }}
QLabel#verdictTitle[tone="warn"] {{ color: {WARNING.name()}; }}
QLabel#verdictTitle[tone="bad"] {{ color: {ERROR.name()}; }}
QTextBrowser#rulesView {{ background: white; border: 1px solid #d5dfda; border-radius: 4px; }}
QLabel#actionMessage {{ font-size: 10.5pt; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CounterPage", text)


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
        self.ui.setupUi(self)
        self.setStyleSheet(COUNTER_STYLE)
        self.state: CounterState | None = None
        self.enrollment: EnrollmentView | None = None
        self.enrolled_check: EligibilityResult | None = None
        self.enrolled_text = ""
        self._approver_name: str | None = None
        self.letter: IssuedDocument | None = None
        self.slip: IssuedDocument | None = None
        self._slip_key: tuple[int | None, int | None] | None = None
        self.request_id: str | None = None
        self.member_dialog: MemberDialog | None = None
        self.keys_dialog: QMessageBox | None = None
        self.override_dialog: OverrideDialog | None = None
        self.shown_result: EligibilityResult | None = None
        self.shown_class: OfferedClass | None = None
        self._generation = 0
        self._not_found: str | None = None
        self._busy: set[str] = set()
        self._stale = False

        ui = self.ui
        self.setFocusProxy(ui.searchEdit)
        ui.searchEdit.ensurePolished()  # the page's style sheet sets its (larger) font
        # The full hint where it fits; on a narrow screen (1024x768) a short one, so the field
        # never cuts its hint off and the page never scrolls sideways.
        metrics = ui.searchEdit.fontMetrics()
        self._long_hint = ui.searchEdit.placeholderText()
        self._short_hint = self.tr("NIK or KPJ, then Enter")
        self._long_hint_width = metrics.horizontalAdvance(self._long_hint) + 40
        ui.searchEdit.setMinimumWidth(max(metrics.horizontalAdvance(self._short_hint),
                                          metrics.horizontalAdvance("0" * 20)) + 40)
        ui.searchEdit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        ui.searchEdit.setMaximumWidth(max(self._long_hint_width, 560))
        ui.searchLayout.setStretchFactor(ui.searchEdit, 1)  # room goes to the field first
        self._add_reveal_button()
        self.model = ClassOfferModel(self)
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
        # _fit_class_columns, run on every resize of the table's viewport.
        table.viewport().installEventFilter(self)
        table.selectionModel().currentRowChanged.connect(self._class_chosen)
        ui.searchEdit.installEventFilter(self)
        # Every other widget that can take the keyboard hands typed characters to the search
        # field: a scanner burst (or the next NIK typed) always means "look up" (see eventFilter).
        self._redirecting = [w for w in self.findChildren(QWidget)
                             if w is not ui.searchEdit
                             and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        self._build_today()
        self._redirecting.append(self.today_table)
        for widget in self._redirecting:
            widget.installEventFilter(self)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

        for method in VERIFY_METHODS:
            ui.verifyCombo.addItem(labels.label(labels.VERIFICATION_METHODS, method), method)
        ui.rulesView.document().setDocumentMargin(6)

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
        ui.showAllCheck.toggled.connect(self._render_rules)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcuts = [("Esc", self.next_customer), ("Ctrl+N", self.register_new),
                     ("Ctrl+Return", self.enrol), ("Ctrl+Enter", self.enrol),
                     ("Ctrl+P", self.print_slip), ("Ctrl+L", self.print_letter),
                     ("Ctrl+R", self.record_verification), ("Ctrl+F", self.focus_search),
                     ("Ctrl+T", self.show_today), ("F1", self.show_keys)]
        self.shortcuts = [QShortcut(QKeySequence(keys), self, slot, context=context)
                          for keys, slot in shortcuts]
        ctx.signals.operation_did_execute.connect(self._operation_did_execute)
        self._reset()
        self.refresh_today()

    def _add_reveal_button(self) -> None:
        """"Show NIK" next to the masked NIK on the card (roles with NIK_REVEAL, a member on
        the card). A mouse action: it never takes the focus, so digits typed and Enter keep
        going to the search flow."""
        ui = self.ui
        button = QPushButton(self.tr("Show NIK"), ui.memberBox)
        button.setObjectName("revealNikButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setToolTip(self.tr(
            "Show this member's full NIK for a short time (reason recorded in the audit log)"))
        button.clicked.connect(self.reveal_nik)
        button.hide()
        row, _role = ui.memberForm.getWidgetPosition(ui.nikValue)
        ui.memberForm.removeWidget(ui.nikValue)
        nik_row = QHBoxLayout()
        nik_row.setContentsMargins(0, 0, 0, 0)
        nik_row.addWidget(ui.nikValue)
        nik_row.addWidget(button)
        nik_row.addStretch(1)
        ui.memberForm.setLayout(row, QFormLayout.ItemRole.FieldRole, nik_row)
        self.reveal_button = button

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

    # -- keyboard help --------------------------------------------------------------------------

    def keys_help(self) -> list[tuple[str, str]]:
        """The counter's keys and what they do (F1 or "?" shows them)."""
        return [
            (self.tr("Type or scan a NIK/KPJ, Enter"), self.tr(
                "Look the worker up (digits typed anywhere on this page go to the NIK field)")),
            (self.tr("Up / Down"), self.tr("Choose a class")),
            ("Ctrl+Enter", self.tr("Enrol in the chosen class (or Enter on the enrol button)")),
            ("Ctrl+L", self.tr("Print the enrolment letter")),
            ("Ctrl+P", self.tr("Print the eligibility slip")),
            ("Ctrl+R", self.tr("Record the membership verification")),
            ("Ctrl+N", self.tr("Register a new member")),
            ("Ctrl+T", self.tr("Today: the workers served today; Enter continues with one")),
            ("Ctrl+F", self.tr("Back to the NIK field")),
            ("Esc", self.tr("Next customer: clear everything")),
            ("F1 / ?", self.tr("This help")),
        ]

    def show_keys(self) -> None:
        """F1 or "?": the counter's shortcuts, in a window that does not block the counter."""
        if self.keys_dialog is not None:
            self.keys_dialog.raise_()
            return
        rows = "".join(f"<tr><td style='padding-right:14px'><b>{html.escape(k)}</b></td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in self.keys_help())
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Counter keys"),
                          f"<table cellspacing='0' cellpadding='2'>{rows}</table>",
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        guide = box.addButton(self.tr("&Guide"), QMessageBox.ButtonRole.HelpRole)
        guide.clicked.disconnect()  # a button role would close the box: open the guide beside it
        guide.clicked.connect(lambda: open_guide(self, "loket"))
        self.guide_button = guide
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(self._keys_closed)
        self.keys_dialog = box
        box.show()

    def _keys_closed(self, _result: int) -> None:
        box, self.keys_dialog = self.keys_dialog, None
        if box is not None:
            box.deleteLater()
        self.activateWindow()

    # -- today's list ---------------------------------------------------------------------------

    def _build_today(self) -> None:
        """The "Today" tab beside the class list (both under the member and the verdict)."""
        ui = self.ui
        self.today_model = TodayModel(self)
        table = self.today_table = QTableView(self)
        table.setObjectName("todayTable")
        table.setModel(self.today_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate(TodayModel.WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        table.activated.connect(self._today_activated)
        table.setToolTip(self.tr("Enter or double-click: continue with this worker (reprint, "
                                 "enrol, letter)."))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("counterTabs")
        index = ui.splitter.indexOf(ui.classBox)
        ui.splitter.replaceWidget(index, self.tabs)
        ui.classBox.setTitle("")
        ui.classBox.setFlat(True)
        self.tabs.addTab(ui.classBox, "")
        self.tabs.addTab(table, "")
        ui.splitter.setStretchFactor(index, 2)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Classes the member can join now (%1)").replace(
            "%1", str(self.model.rowCount())))
        self.tabs.setTabText(1, self.tr("Today (%1) · Ctrl+T").replace(
            "%1", str(self.today_model.rowCount())))

    def show_today(self) -> None:
        """Ctrl+T: the workers served today; Enter on one continues with that worker."""
        self.tabs.setCurrentIndex(1)
        table = self.today_table
        if not table.currentIndex().isValid() and self.today_model.rowCount():
            table.setCurrentIndex(self.today_model.index(0, 0))
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh_today(self) -> None:
        """Read today's list again (after every lookup and write).

        "Today" is the app's clock (``ctx.today``: the computer's date, fixed in tests), so the
        list and the checks agree on the day."""
        self.ctx.runner.read(counter_service.today_activity, self.ctx.db,
                             self.ctx.user, self.ctx.today(),
                             on_done=self._today_loaded,
                             on_error=lambda exc: log.warning("today list failed: %s",
                                                              type(exc).__name__),
                             name="counter-today")

    def _today_loaded(self, rows: list[TodayEntry]) -> None:
        current = self.today_model.row_at(self.today_table.currentIndex().row())
        self.today_model.set_rows(rows)
        if current is not None:
            row = next((n for n, r in enumerate(rows) if r.member_id == current.member_id), -1)
            if row >= 0:
                self.today_table.setCurrentIndex(self.today_model.index(row, 0))
        self._update_tab_titles()

    def _record_lookup(self, state: CounterState) -> None:
        """Note the lookup (and its verdict) for the "Today" list; failures only log."""
        if state.offer:
            result, code = state.offer[0].result, state.offer[0].klass.code
        else:
            result, code = state.check.result, None
        self.ctx.runner.write(counter_service.record_lookup, self.ctx.db, state.member.id,
                              self.ctx.user, result, code,
                              on_done=lambda _none: self.refresh_today(),
                              on_error=lambda exc: log.warning("lookup not recorded: %s",
                                                               type(exc).__name__),
                              name="counter-record-lookup")

    def _today_activated(self, index: QModelIndex) -> None:
        entry = self.today_model.row_at(index.row())
        if entry is None or self._busy & WRITES:
            return
        self._reset()
        show_message(self.ui.searchMessage, self.tr("Loading %1…").replace("%1", entry.name),
                     "info")
        self._run("load", resume, self.ctx.db, entry.member_id, entry.enrollment_id,
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
                     .replace("%2", QLocale().toString(entry.last_at.astimezone().time(),
                                                       "HH:mm")), "ok")
        self.tabs.setCurrentIndex(0)
        if self.enrollment is not None:
            ui.letterButton.setFocus(Qt.FocusReason.OtherFocusReason)
        elif resumed.state.offer:
            ui.classTable.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            ui.slipButton.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- running work for the current customer -------------------------------------------------

    def _run(self, what: str, fn: Callable[..., Any], *args: Any, write: bool = False,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             name: str, **kwargs: Any) -> None:
        """Run ``fn`` on the job runner for the customer shown now.

        ``what`` is in :attr:`busy` until the answer comes; an answer that arrives after the
        customer changed (Esc, a new search: a new *generation*) is dropped. A write's busy
        mark always ends with it; a stale read's mark was already cleared by ``_reset``.
        """
        generation = self._generation
        self._busy.add(what)

        def current() -> bool:
            if write or generation == self._generation:
                self._busy.discard(what)
            return generation == self._generation

        def done(result: Any) -> None:
            if current():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if current():
                on_error(exc)

        submit = self.ctx.runner.write if write else self.ctx.runner.read
        submit(fn, *args, on_done=done, on_error=failed, name=name, initiator=self, **kwargs)

    # -- public helpers -------------------------------------------------------------------------

    @property
    def busy(self) -> frozenset[str]:
        """What is running now (``search``, ``load``, ``enrol``, ``verify``, ``letter``…)."""
        return frozenset(self._busy)

    @property
    def verdict(self) -> str | None:
        """The verdict shown in the panel (None when the panel is empty)."""
        return self.shown_result.verdict if self.shown_result is not None else None

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def current_offer(self) -> OfferedClass | None:
        index = self.ui.classTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- clearing -------------------------------------------------------------------------------

    def _reset(self, *, keep_search: bool = False) -> None:
        """Forget the customer and empty every panel (the search text may stay)."""
        self._generation += 1
        self._busy.discard("search")
        self._busy.discard("load")
        self.state = None
        self.enrollment = None
        self.enrolled_check = None
        self.enrolled_text = ""
        self._approver_name = None
        self.letter = None
        self.slip = None
        self._slip_key = None
        self.request_id = None
        self._not_found = None
        ui = self.ui
        if not keep_search:
            ui.searchEdit.clear()
        mark_invalid(ui.searchEdit, False)
        show_message(ui.searchMessage, "")
        show_message(ui.actionMessage, "")
        self._show_member(None)
        self.model.set_rows([])
        show_message(ui.classHint, "", "hint")
        self._show_result(None, None)
        self._update_actions()
        if hasattr(self, "tabs"):
            self._update_tab_titles()

    def next_customer(self) -> None:
        """Esc: clear everything for the next worker, cursor in the search field."""
        if self._busy & WRITES:
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
        self._run("search", lookup, self.ctx.db, key, self.ctx.today(),
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
        self._record_lookup(state)

    def _read_failed(self, exc: BaseException) -> None:
        show_message(self.ui.searchMessage, errors.explain(exc, "counter read"), "error")
        self._update_actions()

    def reload(self, *, keep_offer: bool = False) -> None:
        """Read the current member again (after a write), keeping the chosen class."""
        if self.state is None:
            return
        member_id = self.state.member.id
        keep = self.current_offer()
        self._run("load", load_state, self.ctx.db, member_id, self.ctx.today(),
                  on_done=lambda state: self._reloaded(state, keep_offer,
                                                       keep.id if keep else None),
                  on_error=self._read_failed, name="counter-reload")

    def _reloaded(self, state: CounterState, keep_offer: bool, class_id: int | None) -> None:
        if self.state is None:
            return
        if keep_offer:
            self.state = replace(self.state, member=state.member, enrollments=state.enrollments)
            self._show_member(state.member, state.enrollments)
            self._update_actions()
            return
        self._apply_state(state, class_id=class_id)

    # -- showing --------------------------------------------------------------------------------

    def _apply_state(self, state: CounterState, *, class_id: int | None = None,
                     focus_table: bool = False) -> None:
        self.state = state
        self._show_member(state.member, state.enrollments)
        ui = self.ui
        self.model.set_rows(state.offer)
        self._update_tab_titles()
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
            self._show_result(state.check.result, None)
            show_message(ui.classHint, self.tr(
                "No class can be offered to this member now (no open class with seats that "
                "the member meets the rules for)."), "hint")
        self._update_actions()

    def _show_member(self, member: MemberView | None,
                     enrollments: Sequence[MemberEnrollmentView] = ()) -> None:
        ui = self.ui
        filled = member is not None
        ui.memberPlaceholder.setVisible(not filled)
        for widget in (ui.nameLabel, ui.nikCaption, ui.nikValue, ui.kpjCaption, ui.kpjValue,
                       ui.segmentCaption, ui.segmentValue, ui.employmentCaption,
                       ui.employmentValue, ui.membershipCaption, ui.membershipValue,
                       ui.contributionCaption, ui.contributionValue, ui.enrollmentsCaption,
                       ui.enrollmentsValue):
            widget.setVisible(filled)
        ui.verifyPanel.setVisible(False)
        self.reveal_button.setVisible(filled and self.ctx.user.can(Action.NIK_REVEAL))
        if member is None:
            return
        born = self.tr("Born %1 · %2 · %3").replace("%1", fmt_date(member.birth_date)).replace(
            "%2", labels.label(labels.SEXES, member.sex)).replace("%3", member.region_name.title())
        ui.nameLabel.setText(f"<b>{html.escape(member.name)}</b><br/>"
                             f"<span style='font-size:9.5pt; color:#35524a'>"
                             f"{html.escape(born)}</span>")
        ui.nikValue.setText(member.nik_masked)
        ui.kpjValue.setText(member.kpj or self.tr("none (not a member yet)"))
        ui.segmentValue.setText(labels.label(labels.SEGMENTS, member.segment))
        employment = labels.label(labels.EMPLOYMENT_STATUSES, member.employment_status)
        if member.layoff_date is not None:
            employment = self.tr("%1 since %2").replace("%1", employment).replace(
                "%2", fmt_date(member.layoff_date))
        ui.employmentValue.setText(employment)
        status = html.escape(labels.label(labels.MEMBERSHIP_STATUSES, member.membership_status))
        if member.verified_at is not None:
            checked = self.tr("verified with %1 on %2 by %3").replace(
                "%1", labels.label(labels.VERIFICATION_METHODS, member.verified_method)).replace(
                "%2", fmt_datetime(member.verified_at)).replace("%3", member.verified_by or "?")
            status += f"<br/><span style='color:{OK.name()}'>✔ {html.escape(checked)}</span>"
        elif member.kpj:
            unchecked = self.tr("not verified yet")
            status += (f"<br/><span style='color:{WARNING.name()}'>⚠ "
                       f"{html.escape(unchecked)}</span>")
            ui.verifyPanel.setVisible(True)
        ui.membershipValue.setText(status)
        months = member.contribution_months
        ui.contributionValue.setText(self.tr("%1 months on record").replace("%1", str(months)))
        ui.enrollmentsValue.setText(self._enrollments_html(enrollments))

    def _enrollments_html(self, enrollments: Sequence[MemberEnrollmentView]) -> str:
        if not enrollments:
            return html.escape(self.tr("none yet"))
        lines = []
        for e in enrollments:
            current = e.status in ACTIVE_ENROLLMENT_STATUSES
            status = labels.label(labels.ENROLLMENT_STATUSES, e.status)
            text = (f"{e.class_code} · {e.class_title} ({fmt_date(e.start_date)} – "
                    f"{fmt_date(e.end_date)}, {status})")
            weight = "600" if current else "normal"
            colour = "#1f2d27" if current else MUTED.name()
            lines.append(f"<span style='font-weight:{weight}; color:{colour}'>"
                         f"{html.escape(text)}</span>")
        return "<br/>".join(lines)

    def _class_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        offered = self.model.row_at(current.row()) if current.isValid() else None
        if offered is None or self.enrollment is not None:
            self._update_actions()
            return
        if self.shown_class is None or offered.id != self.shown_class.id:
            self.request_id = str(uuid.uuid4())  # a new enrolment attempt
        self._show_result(offered.result, offered)
        self._update_actions()

    def _show_result(self, result: EligibilityResult | None,
                     offered: OfferedClass | None) -> None:
        """Fill the verdict panel (colour, verdict, what was checked, next step, rules)."""
        self.shown_result = result
        self.shown_class = offered
        ui = self.ui
        tone = TONES.get(result.verdict, "") if result is not None else ""
        for widget in (ui.verdictFrame, ui.verdictTitle):
            if widget.property("tone") != tone:
                widget.setProperty("tone", tone)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if result is None:
            ui.verdictTitle.setText(self.tr("Eligibility check"))
            ui.verdictDetail.setText(self.tr("The check appears here when a member is found."))
            ui.nextStepLabel.setText("")
            ui.nextStepLabel.hide()
            ui.rulesView.clear()
            ui.showAllCheck.hide()
            return
        ui.verdictTitle.setText(
            f"{SYMBOLS[result.verdict]}  {labels.label(labels.VERDICTS, result.verdict)}")
        if offered is not None:
            c = offered.klass
            detail = self.tr("For class %1 · %2 at %3, %4 – %5.").replace("%1", c.code).replace(
                "%2", c.title).replace("%3", c.institution_name).replace(
                "%4", fmt_date(c.start_date)).replace("%5", fmt_date(c.end_date))
        else:
            detail = self.tr("Membership only (no class to check).")
        detail += " " + self.tr("Rules %1 version %2, checked on %3.").replace(
            "%1", result.rule_set_code).replace("%2", str(result.rule_set_version)).replace(
            "%3", fmt_date(result.checked_on))
        ui.verdictDetail.setText(detail)
        ui.nextStepLabel.setText(self._next_step_html(result, offered))
        ui.nextStepLabel.show()
        ui.showAllCheck.show()
        self._render_rules()

    def _show_enrolled(self) -> None:
        """The verdict panel after an enrolment: done, the letter next, then Esc."""
        view = self.enrollment
        if view is None:
            return
        self.shown_result = self.enrolled_check
        self.shown_class = None
        ui = self.ui
        for widget in (ui.verdictFrame, ui.verdictTitle):
            if widget.property("tone") != "ok":
                widget.setProperty("tone", "ok")
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        ui.verdictTitle.setText("✔  " + self.tr("Enrolled"))
        ui.verdictDetail.setText(self.tr("Enrolled in %1 · %2 at %3, %4 – %5.").replace(
            "%1", view.class_code).replace("%2", view.class_title).replace(
            "%3", view.institution_name).replace("%4", fmt_date(view.start_date)).replace(
            "%5", fmt_date(view.end_date)))
        if self.letter is None:
            lead = self.tr("Print the enrolment letter (Ctrl+L) and give it to the worker; "
                           "then press Esc for the next customer.")
        else:
            lead = self.tr("The letter is issued. Press Esc for the next customer.")
        ui.nextStepLabel.setText(f"<b>{html.escape(self.tr('Next step'))}:</b> "
                                 f"{html.escape(lead)}")
        ui.nextStepLabel.show()
        ui.showAllCheck.setVisible(self.shown_result is not None)
        self._render_rules()

    def _next_step_html(self, result: EligibilityResult, offered: OfferedClass | None) -> str:
        verdict = result.verdict
        steps: list[str] = []
        advice = self._advice(result)
        for outcome in (*result.blocking, *result.warnings):
            step = advice.get(outcome.rule_id, "")
            if step and step not in steps:
                steps.append(step)
        if verdict == "not_eligible":
            lead = self.tr("The worker cannot be enrolled now. Tell the worker what to do, "
                           "and print the eligibility slip (Ctrl+P):")
        elif verdict == "needs_override":
            names = ", ".join(domain_text.rule_title(o.rule_id, o.title)
                              for o in overridable(result.outcomes))
            lead = self.tr("Only a supervisor's approval is missing (%1). Record the membership "
                           "verification (Ctrl+R) if the worker shows the evidence, or enrol "
                           "with Ctrl+Enter and let a supervisor approve:").replace("%1", names)
        elif offered is None:
            lead = self.tr("The membership meets the rules, but no class can be offered now. "
                           "Print the slip (Ctrl+P) and ask the worker to come back when new "
                           "classes open.")
        elif verdict == "eligible_with_warnings":
            lead = self.tr("The worker can be enrolled (Ctrl+Enter); mind the notes:")
        else:
            lead = self.tr("The worker can be enrolled in this class: press Ctrl+Enter, then "
                           "print the letter (Ctrl+L).")
        title = self.tr("Next step")
        text = f"<b>{html.escape(title)}:</b> {html.escape(lead)}"
        if steps:
            text += "<ul style='margin-top:2px; margin-bottom:0px; margin-left:-18px'>" + "".join(
                f"<li>{html.escape(s)}</li>" for s in steps) + "</ul>"
        return text

    @staticmethod
    def _advice(result: EligibilityResult) -> dict[str, str]:
        """The next step to show per rule, without saying the same thing several times.

        A worker without a KPJ fails the card, the active-membership and the contribution
        rules, each advising (in its own words) to register and pay first: the card rule's
        advice covers them all.
        """
        advice = {o.rule_id: domain_text.rule_next_step(o) for o in result.outcomes
                  if o.next_step and o.outcome in ("fail", "warn")}
        if "membership.kpj" in advice:
            for rule_id in list(advice):
                if rule_id != "membership.kpj" and rule_id.startswith(
                        ("membership.", "contribution.")):
                    del advice[rule_id]
        return advice

    def _outcome_label(self, outcome: RuleOutcome) -> str:
        if outcome.overridden:
            return self.tr("approved by a supervisor")
        if outcome.outcome == "fail":
            return (self.tr("not met · a supervisor may approve") if outcome.overridable
                    else self.tr("not met"))
        if outcome.outcome == "warn":
            return self.tr("note")
        if outcome.outcome == "pass":
            return self.tr("met")
        return self.tr("does not apply")

    def _render_rules(self) -> None:
        result = self.shown_result
        ui = self.ui
        if result is None:
            ui.rulesView.clear()
            return
        show_all = ui.showAllCheck.isChecked()
        hidden = sum(1 for o in result.outcomes if o.outcome == "not_applicable")
        ui.showAllCheck.setText(self.tr("Show the %1 rules &that do not apply").replace(
            "%1", str(hidden)))
        ui.showAllCheck.setEnabled(hidden > 0)
        outcomes = sorted(
            (o for o in result.outcomes if show_all or o.outcome != "not_applicable"),
            key=lambda o: OUTCOME_ORDER.get(o.outcome, 9))
        rows = []
        advice = self._advice(result)
        for o in outcomes:
            colour = OUTCOME_COLOURS.get(o.outcome, MUTED.name())
            muted = o.outcome == "not_applicable"
            text_colour = MUTED.name() if muted else "#1f2d27"
            body = (f"<b>{html.escape(domain_text.rule_title(o.rule_id, o.title))}</b> "
                    f"<span style='color:{colour}'>({html.escape(self._outcome_label(o))})</span>"
                    f"<br/><span style='color:{text_colour}'>"
                    f"{html.escape(domain_text.rule_message(o))}</span>")
            if advice.get(o.rule_id):
                body += (f"<br/><span style='color:{colour}'>→ "
                         f"{html.escape(advice[o.rule_id])}</span>")
            rows.append(f"<tr><td width='22' style='color:{colour}; font-size:12pt'>"
                        f"{OUTCOME_SYMBOLS.get(o.outcome, '')}</td><td>{body}</td></tr>")
        ui.rulesView.setHtml("<table width='100%' cellspacing='0' cellpadding='3'>"
                             + "".join(rows) + "</table>")

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
        self._run("load", load_state, self.ctx.db, view.id, self.ctx.today(),
                  on_done=self._registered_loaded, on_error=self._read_failed,
                  name="counter-load")

    def _registered_loaded(self, state: CounterState) -> None:
        show_message(self.ui.searchMessage, self.tr("%1 is registered as a new member.")
                     .replace("%1", state.member.name), "ok")
        self._apply_state(state, focus_table=True)
        self._record_lookup(state)
        if not state.offer:
            self.ui.slipButton.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- verification ---------------------------------------------------------------------------

    def record_verification(self) -> None:
        """Ctrl+R: record how the membership was checked (card, JMO or head office)."""
        state = self.state
        if state is None or "verify" in self._busy:
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
        self._run("verify", counter_service.record_verification, self.ctx.db, member.id,
                  method, self.ctx.user, note, write=True,
                  on_done=lambda _view: self._verification_recorded(method),
                  on_error=lambda exc: self._write_failed("verify", exc), name="counter-verify")

    def _verification_recorded(self, method: str) -> None:
        show_message(self.ui.actionMessage, self.tr("Membership verification recorded (%1).")
                     .replace("%1", labels.label(labels.VERIFICATION_METHODS, method)), "ok")
        self.reload()

    # -- enrolling ------------------------------------------------------------------------------

    def enrol(self) -> None:
        """Ctrl+Enter: enrol in the chosen class (asking a supervisor first when needed)."""
        if "enrol" in self._busy or self.override_dialog is not None or self.state is None:
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
        if offered.verdict == "not_eligible":
            show_message(ui.actionMessage, offered.result.summary_id(), "error")
            return
        if offered.verdict == "needs_override":
            self._ask_override(offered, offered.result)
            return
        self._submit_enrol(offered, None)

    def _ask_override(self, offered: OfferedClass, result: EligibilityResult) -> None:
        if not overridable(result.outcomes):
            show_message(self.ui.actionMessage, self.tr(
                "A supervisor cannot approve this: %1").replace("%1", result.summary_id()),
                "error")
            return
        # Nobody approves their own override (services.auth.verify_approver): the name field
        # starts empty even when a supervisor is signed in.
        dialog = OverrideDialog(self.ctx.db, self.ctx.runner, result.outcomes, parent=self)
        dialog.approved.connect(lambda approval: self._submit_enrol(offered, approval))
        dialog.finished.connect(self._override_closed)
        self.override_dialog = dialog
        show_message(self.ui.actionMessage, self.tr("Waiting for the supervisor's approval…"),
                     "info")
        dialog.open()

    def _override_closed(self, result: int) -> None:
        dialog, self.override_dialog = self.override_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.activateWindow()
        if "enrol" not in self._busy and self.enrollment is None:
            show_message(self.ui.actionMessage, self.tr("Not enrolled: the supervisor's "
                                                        "approval was cancelled."), "warning")
            self.ui.enrolButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit_enrol(self, offered: OfferedClass, approval: Approval | None) -> None:
        state = self.state
        if state is None or "enrol" in self._busy:
            return
        if self.request_id is None:
            self.request_id = str(uuid.uuid4())
        kwargs: dict[str, Any] = {"on_date": self.ctx.today()}
        self._approver_name = approval.full_name if approval is not None else None
        if approval is not None:
            kwargs.update(overrides=approval.rule_ids,
                          override=enrolment.Override(approval.username, approval.password),
                          override_reason=approval.reason)
        show_message(self.ui.actionMessage, self.tr("Enrolling…"), "info")
        self._run("enrol", counter_service.enrol, self.ctx.db, state.member.id, offered.id,
                  self.request_id, self.ctx.user, write=True,
                  on_done=lambda view: self._enrolled(offered, view),
                  on_error=lambda exc: self._enrol_failed(offered, exc),
                  name="counter-enrol", **kwargs)

    def _enrolled(self, offered: OfferedClass, view: EnrollmentView) -> None:
        self.enrollment = view
        self.enrolled_check = offered.result
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
        text += " " + self.tr("Next: print the letter (Ctrl+L).")
        self.enrolled_text = text
        show_message(self.ui.actionMessage, text, "ok")
        self._show_enrolled()
        self._update_actions()
        self.ui.letterButton.setFocus(Qt.FocusReason.OtherFocusReason)
        # Everything the enrolment changed: the card, the offer (seats) and the verdict.
        self.reload()
        self.refresh_today()

    def _enrol_failed(self, offered: OfferedClass, exc: BaseException) -> None:
        ui = self.ui
        if isinstance(exc, OverrideRequiredError):
            self._show_result(exc.result, offered)
            show_message(ui.actionMessage, errors.error_text(exc), "warning")
            self._ask_override(offered, exc.result)
        else:
            if isinstance(exc, NotEligibleError):
                self._show_result(exc.result, offered)
            show_message(ui.actionMessage, errors.explain(exc, "enrolment"), "error")
        self._update_actions()

    # -- printing -------------------------------------------------------------------------------

    def print_letter(self) -> None:
        """Ctrl+L: issue the enrolment letter (once) and open it."""
        if self.enrollment is None:
            if self.state is not None:
                show_message(self.ui.actionMessage, self.tr(
                    "The letter is issued after enrolling (Ctrl+Enter)."), "info")
            return
        if self.letter is not None and self.letter.path is not None:
            preview_pdf(self, self.letter.path, self.tr("Enrolment letter %1").replace(
                "%1", self.letter.number))
            return
        if "letter" in self._busy:
            return
        show_message(self.ui.actionMessage, self.tr("Issuing the letter…"), "info")
        self._run("letter", counter_service.issue_letter, self.ctx.db, self.enrollment.id,
                  self.ctx.user, self.ctx.today(), write=True, on_done=self._letter_issued,
                  on_error=lambda exc: self._write_failed("letter", exc), name="counter-letter")

    def _letter_issued(self, doc: IssuedDocument) -> None:
        self.letter = doc
        self.refresh_today()
        show_message(self.ui.actionMessage, self.tr(
            "Enrolment letter %1 issued and saved as %2.").replace("%1", doc.number).replace(
            "%2", str(doc.path)), "ok")
        self._show_enrolled()
        # The next action is the next customer: whenever the preview closes, the cursor
        # waits in the search field (the letter stays on Ctrl+L).
        self.focus_search()
        if doc.path is not None:
            preview_pdf(self, doc.path, self.tr("Enrolment letter %1").replace("%1", doc.number))

    def print_slip(self) -> None:
        """Ctrl+P: issue the eligibility slip of the check shown and open it."""
        state = self.state
        if state is None or "slip" in self._busy:
            return
        enrollment_id = self.enrollment.id if self.enrollment is not None else None
        class_id = (self.shown_class.id if self.shown_class is not None and enrollment_id is None
                    else None)
        key = (class_id, enrollment_id)
        if self.slip is not None and self._slip_key == key and self.slip.path is not None:
            preview_pdf(self, self.slip.path, self.tr("Eligibility slip %1").replace(
                "%1", self.slip.number))
            return
        show_message(self.ui.actionMessage, self.tr("Issuing the eligibility slip…"), "info")
        self._run("slip", counter_service.issue_slip, self.ctx.db, state.member.id,
                  self.ctx.user, self.ctx.today(), write=True, class_id=class_id,
                  enrollment_id=enrollment_id, on_done=lambda doc: self._slip_issued(key, doc),
                  on_error=lambda exc: self._write_failed("slip", exc), name="counter-slip")

    def _slip_issued(self, key: tuple[int | None, int | None], doc: IssuedDocument) -> None:
        self.slip = doc
        self._slip_key = key
        self.refresh_today()
        show_message(self.ui.actionMessage, self.tr(
            "Eligibility slip %1 issued and saved as %2.").replace("%1", doc.number).replace(
            "%2", str(doc.path)), "ok")
        if doc.path is not None:
            preview_pdf(self, doc.path, self.tr("Eligibility slip %1").replace("%1", doc.number))

    def _write_failed(self, what: str, exc: BaseException) -> None:
        show_message(self.ui.actionMessage, errors.explain(exc, f"counter {what}"), "error")

    # -- keys and refresh -----------------------------------------------------------------------

    def _fit_class_columns(self) -> None:
        """Spread the class list's columns over its width: extra room goes to the class name;
        when narrower than the designed widths, every column shrinks in proportion."""
        table = self.ui.classTable
        header = table.horizontalHeader()
        widths = list(ClassOfferModel.WIDTHS)
        available = table.viewport().width()
        if available <= 0:
            return
        total = sum(widths)
        if available >= total:
            widths[COL_CLASS] += available - total
        else:
            widths = [max(header.minimumSectionSize(), w * available // total) for w in widths]
            widths[COL_CLASS] -= max(0, sum(widths) - available)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.searchEdit:
            wide = self.ui.searchEdit.width() >= self._long_hint_width
            self.ui.searchEdit.setPlaceholderText(self._long_hint if wide else self._short_hint)
        if event.type() == QEvent.Type.Resize and watched is self.ui.classTable.viewport():
            self._fit_class_columns()
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            modifiers = event.modifiers()  # type: ignore[attr-defined]
            plain = modifiers in (Qt.KeyboardModifier.NoModifier,
                                  Qt.KeyboardModifier.KeypadModifier)
            ui = self.ui
            if event.text() == "?" and not (  # type: ignore[attr-defined]
                    modifiers & (Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.AltModifier)):
                self.show_keys()  # "?" is never part of a NIK or KPJ
                return True
            if watched is ui.searchEdit or not isinstance(watched, QWidget):
                pass
            elif (plain or modifiers == Qt.KeyboardModifier.ShiftModifier) and \
                    self._is_identifier_char(event.text()):  # type: ignore[attr-defined]
                # A digit typed on the list or a button starts the next search: the field
                # is emptied first (it still holds the previous worker's NIK).
                ui.searchEdit.clear()
                mark_invalid(ui.searchEdit, False)
                ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                ui.searchEdit.insert(event.text())  # type: ignore[attr-defined]
                return True
            elif (watched is ui.classTable and plain
                    and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
                # Never enrols: enrolling is Ctrl+Enter or Enter on the focused button that
                # names the worker and the class.
                if ui.enrolButton.isEnabled():
                    ui.enrolButton.setFocus(Qt.FocusReason.OtherFocusReason)
                    show_message(ui.actionMessage, self.tr(
                        "Press Enter again on \"%1\" to enrol, or Ctrl+Enter.").replace(
                        "%1", ui.enrolButton.text().replace("&&", "\x00").replace(
                            "&", "").replace("\x00", "&")), "info")
                return True
            if (watched is self.ui.searchEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                    and self.model.rows):
                self.ui.classTable.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_identifier_char(text: str) -> bool:
        return len(text) == 1 and text.isascii() and text.isalnum()

    def _operation_did_execute(self, entities: frozenset[str], initiator: object) -> None:
        """A write finished somewhere: this page's own writes reload it themselves; anyone
        else's change to what the counter shows reloads it now when shown and idle, else when
        it is shown again."""
        if initiator is self or not entities & {MEMBER, CLASS, INSTITUTION, QUOTA, ENROLLMENT}:
            return
        if self.isVisible() and self.state is not None and not self._busy:
            self.reload(keep_offer=self.enrollment is not None)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            if self.state is not None and not self._busy:
                self.reload(keep_offer=self.enrollment is not None)


__all__ = ["COL_CHECK", "COL_CLASS", "COL_COST", "ClassOfferModel", "CounterPage", "CounterState",
           "OfferedClass", "TodayModel", "load_state", "lookup"]
