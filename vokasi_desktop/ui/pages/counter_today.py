"""The counter's "Hari ini" (Today) tab: the workers this clerk served today.

Beside the class list, in one tab widget. The list is read from ``services.counter.
today_activity`` after every lookup and write; Enter (or a double click) on a row asks the page
to continue with that worker (:attr:`TodayTab.activated`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from vokasi_desktop.services import counter as counter_service
from vokasi_desktop.services.counter import CounterState, TodayEntry
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.pages.counter_models import TodayModel

log = logging.getLogger(__name__)


class TodayTab(QObject):
    """The tab widget holding the class list and today's list.

    Attributes:
        model: today's rows; table: their view; tabs: the class list (0) and today (1).
    """

    activated = Signal(object)  # TodayEntry: continue with this worker

    def __init__(self, context: Callable[[], UiContext], ui: Ui_CounterPage,
                 offers: QAbstractItemModel,
                 page: QWidget) -> None:
        super().__init__(page)
        self._context = context
        self.ui = ui
        self.offers = offers
        self.model = TodayModel(page)
        table = self.table = QTableView(page)
        table.setObjectName("todayTable")
        table.setModel(self.model)
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
        table.activated.connect(self._activated)
        table.setToolTip(self.tr("Enter or double-click: continue with this worker (reprint, "
                                 "enrol, letter)."))
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("counterTabs")
        index = ui.splitter.indexOf(ui.classBox)
        ui.splitter.replaceWidget(index, self.tabs)
        ui.classBox.setTitle("")
        ui.classBox.setFlat(True)
        self.tabs.addTab(ui.classBox, "")
        self.tabs.addTab(table, "")
        ui.splitter.setStretchFactor(index, 2)
        self.update_titles()

    @property
    def ctx(self) -> UiContext:
        """The page's context, read at each use (a test or a re-login may replace it)."""
        return self._context()

    def update_titles(self) -> None:
        """Both tab titles carry their row counts."""
        self.tabs.setTabText(0, self.tr("Classes the member can join now (%1)").replace(
            "%1", str(self.offers.rowCount())))
        self.tabs.setTabText(1, self.tr("Today (%1) · Ctrl+T").replace(
            "%1", str(self.model.rowCount())))

    def show(self) -> None:
        """Ctrl+T: the workers served today; Enter on one continues with that worker."""
        self.tabs.setCurrentIndex(1)
        table = self.table
        if not table.currentIndex().isValid() and self.model.rowCount():
            table.setCurrentIndex(self.model.index(0, 0))
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        """Read today's list again (after every lookup and write).

        "Today" is the app's clock (``ctx.today``: the computer's date, fixed in tests), so the
        list and the checks agree on the day."""
        self.ctx.runner.read(counter_service.today_activity, self.ctx.db,
                             self.ctx.user, self.ctx.today(),
                             on_done=self._loaded,
                             on_error=lambda exc: log.warning("today list failed: %s",
                                                              type(exc).__name__),
                             name="counter-today")

    def _loaded(self, rows: list[TodayEntry]) -> None:
        current = self.model.row_at(self.table.currentIndex().row())
        self.model.set_rows(rows)
        if current is not None:
            row = next((n for n, r in enumerate(rows) if r.member_id == current.member_id), -1)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
        self.update_titles()

    def record_lookup(self, state: CounterState) -> None:
        """Note the lookup (and its verdict) for the list; failures only log."""
        if state.offer:
            result, code = state.offer[0].result, state.offer[0].klass.code
        else:
            result, code = state.check.result, None
        self.ctx.runner.write(counter_service.record_lookup, self.ctx.db, state.member.id,
                              self.ctx.user, result, code,
                              on_done=lambda _none: self.refresh(),
                              on_error=lambda exc: log.warning("lookup not recorded: %s",
                                                               type(exc).__name__),
                              name="counter-record-lookup")

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.row_at(index.row())
        if entry is not None:
            self.activated.emit(entry)


__all__ = ["TodayTab"]
