"""Common behaviour of the records pages (members, institutions, classes, enrolments).

A page owns a :class:`~vokasi_desktop.ui.table_model.RecordsModel`; it turns its search field
and filter combos into a filter dataclass of the browse service, with a short debounce while
typing, and shows the row count. Keyboard: Ctrl+F search, Down/Enter from the search field into
the table, Enter or double click opens the row, Ctrl+N creates a record.

The first query runs when the page is first shown, and a page that was hidden while the data
changed refreshes when it is shown again: nothing queries a million rows for a page nobody looks at.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from vokasi_desktop.ui import messages
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.table_model import Column, Query, RecordsModel, RecordSource

SEARCH_DEBOUNCE_MS = 250


def fill_combo(combo: QComboBox, all_label: str, choices: list[tuple[Any, str]]) -> None:
    """First item "all" (data None), then ``(data, label)`` pairs."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for data, text in choices:
        combo.addItem(text, data)
    combo.blockSignals(False)


class RecordsPage(QWidget):
    """Base class: subclasses build the form, columns, source and filter.

    Attributes:
        model: the lazy table model.
        entities: entity names (``ui.signals``) whose changes refresh this page.
    """

    entities: frozenset[str] = frozenset()

    # Widgets every records form has (set by the subclass after ``setupUi``).
    search_edit: QLineEdit
    table: QTableView
    count_label: QLabel
    open_button: QPushButton | None = None
    new_button: QPushButton | None = None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._stale = False
        self._restore_id: int | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)

    # -- to implement -------------------------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def source(self) -> RecordSource[Any, Any]:
        raise NotImplementedError

    def initial_query(self) -> Query[Any]:
        raise NotImplementedError

    def current_filter(self) -> Any:
        raise NotImplementedError

    def open_record(self, row_id: int) -> None:
        """Open the edit dialog of a row (Enter / double click)."""

    def new_record(self) -> None:
        """Open an empty dialog (Ctrl+N); pages without one ignore it."""

    def noun_count(self, count: str) -> str:
        """The count label text, e.g. "1.234 members"."""
        return self.tr("%1 rows").replace("%1", count)

    # -- setup --------------------------------------------------------------------------------------

    def _let_rows_shrink(self, filters: list[QComboBox]) -> None:
        """At 1024x768 the page must fit without a sideways scroll: filter combos give up
        their text-wide minimum (they elide; the popup still shows full texts), the search
        field and labels may shrink, and the footer hint wraps."""
        for combo in filters:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        search = getattr(self, "search_edit", None)
        if search is not None:
            search.setMinimumWidth(160)
        for name in ("hintLabel", "countLabel"):
            label = self.findChild(QLabel, name)
            if label is not None:
                label.setWordWrap(True)
                label.setMinimumWidth(0)
                label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())

    def setup_records(self, *, filters: list[QComboBox] | None = None,
                      checks: list[Any] | None = None) -> None:
        """Wire the table, model, search field and filter widgets (after ``setupUi``)."""
        self._let_rows_shrink(filters or [])
        self.model: RecordsModel[Any, Any] = RecordsModel(
            self.source(), self.columns(), self.ctx.runner, self.initial_query(), parent=self)
        view = self.table
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setTabKeyNavigation(False)
        vertical = view.verticalHeader()
        # Fixed row heights: the view computes positions arithmetically, never asking the model
        # for a million size hints (never ResizeToContents on this header, NOTES.md).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
        vertical.hide()
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.width)
        header.setStretchLastSection(True)
        section, order = self.model.sort_indicator()
        header.setSortIndicator(section, order)
        view.setSortingEnabled(True)
        self.model.sort_changed.connect(self._show_sort_indicator)
        self.model.count_changed.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.query_finished.connect(self._restore_selection)
        self.model.query_failed.connect(self._query_failed)
        view.activated.connect(self._activated)
        view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.search_edit.installEventFilter(self)
        view.viewport().installEventFilter(self)
        for combo in filters or []:
            combo.currentIndexChanged.connect(self.apply_filter)
        for check in checks or []:
            check.toggled.connect(self.apply_filter)
        if self.open_button is not None:
            self.open_button.clicked.connect(self._open_current)
            self.open_button.setEnabled(False)
        if self.new_button is not None:
            self.new_button.clicked.connect(self.new_record)
            QShortcut(QKeySequence.StandardKey.New, self, self.new_record,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ctx.signals.data_changed.connect(self._data_changed)
        self.count_label.setText("")

    # -- behaviour ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.model.set_filter(self.current_filter())
        elif self._stale:
            self.refresh()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_filter(self) -> None:
        """Run the query for the current search text and filters now."""
        self._search_timer.stop()
        self._loaded = True
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Re-run the query, keeping the selected row if it still matches."""
        self._stale = False
        if self._restore_id is None:  # a dialog may have asked for its saved row
            self._restore_id = self.current_id()
        self.model.refresh()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, row_id: int) -> bool:
        """Select and show the row of ``row_id`` if it is in the current result."""
        row = self.model.row_of_id(row_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _search_now(self) -> None:
        self.apply_filter()
        self.table.setFocus()

    def fit_columns(self) -> None:
        """Columns re-flow instead of scrolling sideways: when the preferred widths do not fit
        the table, every column gets its share of the width (the last one stretches)."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        preferred = [c.width for c in columns]
        available = self.table.viewport().width()
        if available <= 0 or not preferred:
            return
        last = len(preferred) - 1
        # The stretched last column never gets narrower than its header text.
        last_min = max(header.minimumSectionSize(), header.sectionSizeHint(last))
        room = available - min(preferred[last], last_min) - 2
        first = preferred[:-1]
        scale = min(1.0, room / max(1, sum(first)))
        widths = [max(36, int(w * scale)) for w in first]
        while sum(widths) > room and max(widths) > 36:  # the 36 px floors
            widest = widths.index(max(widths))
            widths[widest] -= min(widths[widest] - 36, sum(widths) - room)
        for number, width in enumerate(widths):
            header.resizeSection(number, width)
        header.resizeSection(last, min(preferred[last], last_min))  # then it stretches

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Resize and getattr(self, "model", None) is not None
                and watched is self.table.viewport()):
            self.fit_columns()
            return False
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.total:
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _data_changed(self, entities: frozenset[str]) -> None:
        if not (entities & self.entities) or not self._loaded:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _restore_selection(self) -> None:
        row_id, self._restore_id = self._restore_id, None
        if row_id is not None:
            self.select_id(row_id)

    def _query_failed(self, message: str) -> None:
        messages.warn(self, self.tr("Search failed"),
                      self.tr("The list could not be loaded: %1").replace("%1", message))

    def _update_count(self, *_args: object) -> None:
        count = QLocale().toString(self.model.total)
        text = self.noun_count(count)
        loading = self.model.loading
        if loading and not self.model.total:
            text = self.tr("Searching…")
        elif loading:
            text = self.tr("%1 · loading…").replace("%1", text)
        self.count_label.setText(text)
        # A busy sign on the table itself while a query runs (it may take a while).
        viewport = self.table.viewport()
        if loading:
            viewport.setCursor(Qt.CursorShape.BusyCursor)
        else:
            viewport.unsetCursor()

    def _show_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(section, order)
        header.blockSignals(False)
        header.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.open_button is not None:
            self.open_button.setEnabled(current.isValid())

    def _activated(self, index: QModelIndex) -> None:
        row_id = self.model.id_at(index.row())
        if row_id is not None:
            self.open_record(row_id)

    def _open_current(self) -> None:
        row_id = self.current_id()
        if row_id is not None:
            self.open_record(row_id)
