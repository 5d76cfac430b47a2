"""A lazy table model over a big table: ids of the current filter plus a page cache.

Like Anki's browser table (STYLE.md): the query returns only ids, in the order chosen by SQL;
rows are fetched by id a page (200) at a time when the view paints them, and kept in a small
LRU cache. Sorting and filtering happen in SQL, never in a proxy model (a
``QSortFilterProxyModel`` over a million rows takes seconds to minutes, NOTES.md).

The id query runs on a reader thread. It reports the row count first, then ids in batches: the
first screen shows as soon as the first small batch arrives, and rows whose ids have not
arrived yet show a placeholder until they do. A newer query makes older answers stale (each
query has a generation number).

Columns are data (:class:`Column`): one list drives the headers, the sort keys sent to SQL and,
later, the Excel export.
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from vokasi_desktop.services.progress import CancelToken
from vokasi_desktop.ui.jobs import Job, JobRunner

log = logging.getLogger(__name__)


ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's database id
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row dataclass itself
PLACEHOLDER = "…"

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROW_ID = int(ROW_ID_ROLE)
_ROW = int(ROW_ROLE)
_DATA_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _BACKGROUND, _TOOLTIP, _ROW_ID, _ROW})
_ITEM_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
               | Qt.ItemFlag.ItemNeverHasChildren)


def _brush(color: QColor | None) -> QBrush | None:
    return QBrush(color) if color is not None else None


@dataclass(frozen=True, slots=True)
class _CachedRow[R]:
    """A fetched row with its display texts and colours."""

    row: R
    texts: tuple[str, ...]
    foreground: tuple[QBrush | None, ...]
    background: tuple[QBrush | None, ...]


@dataclass(frozen=True)
class Column[R]:
    """One table column.

    Attributes:
        key: stable name (settings, export).
        title: translated header text.
        text: display text of a row.
        sort_key: the SQL sort key (``browse.*_SORTS``), or None when not sortable.
        value: the raw value for export (default: ``text``).
        align: text alignment.
        width: initial width in pixels.
        foreground/background: optional colour of a row's cell.
        tooltip: optional tooltip of a row's cell.
    """

    key: str
    title: str
    text: Callable[[R], str]
    sort_key: str | None = None
    value: Callable[[R], object] | None = None
    align: Qt.AlignmentFlag = ALIGN_LEFT
    width: int = 120
    foreground: Callable[[R], QColor | None] | None = None
    background: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str | None] | None = None

    def export_value(self, row: R) -> object:
        return self.value(row) if self.value is not None else self.text(row)


@dataclass(frozen=True)
class RecordSource[F, R]:
    """Where a records model gets its data (plain functions over the browse service).

    Attributes:
        count: ``count(filter) -> int``.
        ids: ``ids(filter, sort, descending, *, cancel, on_batch) -> array('q')``.
        rows: ``rows(ids) -> list[row]`` (rows carry an ``id`` attribute).
    """

    count: Callable[[F], int]
    ids: Callable[..., array[int]]
    rows: Callable[[Sequence[int]], list[R]]


@dataclass(frozen=True)
class Query[F]:
    """The current filter and order."""

    filter: F
    sort: str
    descending: bool = False


class RecordsModel[F, R](QAbstractTableModel):
    """Lazy, SQL-sorted table model.

    Attributes:
        rows_fetched: rows read from the database so far (for tests and benchmarks).
        page_size: rows per page fetch.
    """

    count_changed = Signal(int)
    loading_changed = Signal(bool)
    query_finished = Signal()
    query_failed = Signal(str)
    sort_changed = Signal(int, Qt.SortOrder)
    # Internal: emitted on the worker thread, delivered queued on the GUI thread.
    _counted = Signal(int, int)
    _batch = Signal(int, object)

    def __init__(self, source: RecordSource[F, R], columns: Sequence[Column[R]],
                 runner: JobRunner, query: Query[F], *, page_size: int = 200,
                 cache_pages: int = 64, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = list(columns)
        self._runner = runner
        self._query = query
        self.page_size = page_size
        self._cache_pages = cache_pages
        self._ids: array[int] = array("q")
        self._total = 0
        self._pending_total = 0
        self._got_batch = False
        self._pages: OrderedDict[int, dict[int, _CachedRow[R]]] = OrderedDict()
        self._aligns = [int(c.align.value) for c in self._columns]
        self._generation = 0
        self._job: Job | None = None
        self._loading = False
        self.rows_fetched = 0
        self._counted.connect(self._on_counted, Qt.ConnectionType.QueuedConnection)
        self._batch.connect(self._on_batch, Qt.ConnectionType.QueuedConnection)

    # -- query ------------------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    @property
    def query(self) -> Query[F]:
        return self._query

    @property
    def total(self) -> int:
        """Rows in the current result (known before all ids have arrived)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def ids_loaded(self) -> int:
        return len(self._ids)

    def set_filter(self, flt: F) -> None:
        """Show the rows matching ``flt`` (runs the query in the background)."""
        changed = flt != self._query.filter
        self._query = replace(self._query, filter=flt)
        if changed and self._total:
            # The old rows do not match the new filter: never leave them on screen while the
            # new query runs (a first search on a million members can take seconds).
            self._reset([], 0)
        self.refresh()

    def set_sort(self, sort: str, descending: bool = False) -> None:
        self._query = replace(self._query, sort=sort, descending=descending)
        self.refresh()

    def refresh(self) -> None:
        """Re-run the current query (after a write, or a filter change)."""
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        query = self._query
        source = self._source
        counted, batch = self._counted, self._batch

        def work(*, report: Any, cancel: CancelToken) -> array[int]:
            total = source.count(query.filter)
            cancel.raise_if_cancelled()
            counted.emit(generation, total)
            return source.ids(query.filter, query.sort, query.descending, cancel=cancel,
                              on_batch=lambda ids: batch.emit(generation, ids))

        self._set_loading(True)
        self._job = self._runner.read(
            work, pass_control=True, name="records-query",
            on_done=lambda ids: self._on_done(generation, ids),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._pending_total = total
        self._got_batch = False
        if total == 0:
            self._reset([], 0)

    def _on_batch(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return
        if not self._got_batch:
            self._got_batch = True
            self._reset(ids, max(self._pending_total, len(ids)))
            return
        start = len(self._ids)
        if start % self.page_size:
            # The page holding the last ids so far was fetched short (a name search's first
            # screen is smaller than a page): fetch it again with the ids that follow.
            self._pages.pop(start // self.page_size, None)
        self._ids.extend(ids)
        if len(self._ids) > self._total:
            self.beginInsertRows(QModelIndex(), self._total, len(self._ids) - 1)
            self._total = len(self._ids)
            self.endInsertRows()
            self.count_changed.emit(self._total)
        end = min(len(self._ids), self._total) - 1
        if end >= start:
            self.dataChanged.emit(self.index(start, 0),
                                  self.index(end, len(self._columns) - 1))

    def _on_done(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return
        self._job = None
        if len(ids) != self._total or len(self._ids) != len(ids):
            # Rows were added or removed between the count and the id query (another
            # counter wrote meanwhile), or no batch came: take the final list as it is.
            self._reset(ids, len(ids))
        self._set_loading(False)
        self.query_finished.emit()

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._set_loading(False)
        from vokasi_desktop.services.progress import Cancelled

        if not isinstance(exc, Cancelled):
            log.error("records query failed: %s", exc, exc_info=exc)
            self.query_failed.emit(str(exc))

    def _reset(self, ids: Sequence[int], total: int) -> None:
        self.beginResetModel()
        self._ids = array("q", ids)
        self._total = total
        self._pages.clear()
        self.endResetModel()
        self.count_changed.emit(total)

    # -- rows -------------------------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        """Database id of a row, or None when not loaded yet / out of range."""
        if 0 <= row < len(self._ids):
            return int(self._ids[row])
        return None

    def row_of_id(self, row_id: int) -> int:
        """Row number of a database id in the current result, or -1."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row_at(self, row: int) -> R | None:
        """The row dataclass (fetching its page if needed), or None."""
        cached = self._cached(row)
        return cached.row if cached is not None else None

    def _cached(self, row: int) -> _CachedRow[R] | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // self.page_size).get(self._ids[row])

    def _page(self, number: int) -> dict[int, _CachedRow[R]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * self.page_size
        page_ids = self._ids[start:start + self.page_size]
        # Synchronous on purpose: 200 rows by primary key take a few milliseconds, well under
        # a frame; the slow part (the id query) runs in the background.
        rows = self._source.rows(page_ids)
        self.rows_fetched += len(rows)
        page = {row.id: self._render(row) for row in rows}  # type: ignore[attr-defined]
        self._pages[number] = page
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        return page

    def _render(self, row: R) -> _CachedRow[R]:
        """Texts and colours of a row, computed once when its page is fetched (painting asks
        for them many times)."""
        columns = self._columns
        return _CachedRow(
            row,
            tuple(c.text(row) for c in columns),
            tuple(_brush(c.foreground(row)) if c.foreground else None for c in columns),
            tuple(_brush(c.background(row)) if c.background else None for c in columns),
        )

    def invalidate_rows(self) -> None:
        """Forget cached rows (they are fetched again when painted)."""
        self._pages.clear()
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(self._columns) - 1))

    # -- Qt model API -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Called thousands of times per paint: cheap checks first, unknown roles out early.
        if role not in _DATA_ROLES or not index.isValid():
            return None
        row_number, col_number = index.row(), index.column()
        if row_number >= self._total or col_number >= len(self._columns):
            return None
        if role == _ALIGN:
            return self._aligns[col_number]
        if role == _ROW_ID:
            return self.id_at(row_number)
        cached = self._cached(row_number)
        if cached is None:
            if role == _DISPLAY and col_number == 0:
                return PLACEHOLDER
            return None
        if role == _DISPLAY:
            return cached.texts[col_number]
        if role == _FOREGROUND:
            return cached.foreground[col_number]
        if role == _BACKGROUND:
            return cached.background[col_number]
        if role == _ROW:
            return cached.row
        tooltip = self._columns[col_number].tooltip  # _TOOLTIP: rare, computed on demand
        return tooltip(cached.row) if tooltip is not None else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(column.align.value)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._total:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: ORDER BY the column's SQL sort key (unsortable columns are ignored)."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None:
            self.sort_changed.emit(*self.sort_indicator())
            return
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_sort(key, descending)
        self.sort_changed.emit(column, order)

    def sort_indicator(self) -> tuple[int, Qt.SortOrder]:
        """Header section and order matching the current SQL sort (-1 if no column shows it)."""
        order = (Qt.SortOrder.DescendingOrder if self._query.descending
                 else Qt.SortOrder.AscendingOrder)
        for number, column in enumerate(self._columns):
            if column.sort_key == self._query.sort:
                return number, order
        return -1, order
