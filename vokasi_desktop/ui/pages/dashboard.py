"""Dashboard page: the programme at a glance for supervisors and heads of branch.

The figures come from :func:`vokasi_desktop.services.dashboard.dashboard` (SQL aggregates) on
a reader thread. Every card shows a chart (QtCharts, bars in grey steps with fill patterns, so
a grey-scale printout keeps them apart) or a table of the same numbers: the "Show numbers"
toggle (Ctrl+T) switches all cards. Tables are keyboard navigable; Enter or a double click on a
status row asks the main window to open the enrolments page filtered (``navigate``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.domain.periods import Period
from vokasi_desktop.services import dashboard as service
from vokasi_desktop.services.dashboard import Dashboard
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.format import fmt_date, fmt_money

# Supervisors and administrators (the head of branch) see the dashboard first; clerks keep the
# counter as their first page and do not get the dashboard.
DASHBOARD_ROLES = frozenset({"supervisor", "head", "auditor"})
PERIODS = ("this_month", "last_30_days", "this_year", "last_year")
# Lightness steps plus a fill pattern per series: distinguishable without colour.
GREYS = ("#2b2b2b", "#5c5c5c", "#8c8c8c", "#b8b8b8", "#dcdcdc")
PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.Dense3Pattern,
            Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.CrossPattern,
            Qt.BrushStyle.Dense6Pattern)
NAV_ROLE = Qt.ItemDataRole.UserRole + 1


def period_for(key: str, today: date) -> Period:
    """The dashboard period of a choice (same keys as the enrolments page's period filter)."""
    if key == "this_month":
        return Period(today.replace(day=1), today)
    if key == "last_30_days":
        return Period(today - timedelta(days=29), today)
    if key == "last_year":
        return Period.year(today.year - 1)
    return Period(date(today.year, 1, 1), today)


def open_enrollments_filtered(page: Any, status: str | None, period: str | None) -> None:
    """Set the enrolments page's status and period filters and run the query."""
    for combo, value in ((page.ui.statusCombo, status), (page.ui.periodCombo, period)):
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))
    page.ui.searchEdit.clear()
    page.apply_filter()


class Card(QGroupBox):
    """A titled card: a chart and a table of the same numbers, one of them visible."""

    activated = Signal(object)

    def __init__(self, title: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.stack = QStackedWidget(self)
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(190)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):  # a few short rows: sizing to contents is cheap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.activated.connect(self._activated)
        self.table.setAccessibleName(title)
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

    def show_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.chart_view)

    def set_rows(self, rows: list[list[str]], nav: list[object] | None = None) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if nav is not None and nav[r] is not None:
                    item.setData(NAV_ROLE, nav[r])
                    item.setToolTip(self.tr("Enter or double click: open the list"))
                self.table.setItem(r, c, item)

    def _activated(self, index: Any) -> None:
        target = index.data(NAV_ROLE)
        if target is not None:
            self.activated.emit(target)

    def set_bars(self, categories: list[str], sets: list[tuple[str, list[float]]], *,
                 horizontal: bool = False, percent: bool = False) -> None:
        chart = QChart()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        locale = QLocale()
        for i, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([round(float(v), 1) for v in values])
            brush = QBrush(QColor(GREYS[i % len(GREYS)]), PATTERNS[i % len(PATTERNS)])
            bar_set.setBrush(brush)
            bar_set.setBorderColor(QColor("#000000"))
            bar_set.setLabelColor(QColor("#000000"))
            bar_set.hovered.connect(
                lambda state, index, bs=bar_set, unit="%" if percent else "":
                self.chart_view.setToolTip(
                    f"{bs.label()} · {categories[index]}: "
                    f"{locale.toString(bs.at(index), 'f', 1 if unit else 0)}{unit}"
                    if state else ""))
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value" + ("%" if percent else ""))
        series.setLabelsPrecision(6)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(categories or ["-"])
        value_axis = QValueAxis()
        top = max([v for _n, vs in sets for v in vs] + [1])
        value_axis.setLabelFormat("%d")
        if percent:
            value_axis.setRange(0, 120 if top <= 100 else top * 1.2)  # room for "100%"
            value_axis.setTickCount(7)
        else:
            value_axis.setRange(0, max(top * 1.15, 4))
            value_axis.applyNiceNumbers()
        if horizontal:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()


class DashboardPage(QWidget):
    """Quota, enrolments, funnel, institutions, mix, licences, classes, today's counter.

    Attributes:
        navigate: emitted with ``("enrollments", {"status": ..., "period": ...})`` when the
            user opens the list behind a number.
        board: the figures on screen (None before the first load).
    """

    navigate = Signal(str, object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        self._stale = True
        self._request = 0

        self.period_combo = QComboBox(self)
        for key, text in zip(PERIODS, (self.tr("This month"), self.tr("Last 30 days"),
                                       self.tr("This year"), self.tr("Last year")),
                             strict=True):
            self.period_combo.addItem(text, key)
        self.period_combo.setCurrentIndex(PERIODS.index("this_year"))
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.currentIndexChanged.connect(self.load)
        self.numbers_check = QCheckBox(self.tr("Show &numbers"), self)
        self.numbers_check.setToolTip(self.tr("Show every chart as a table (Ctrl+T)"))
        self.numbers_check.toggled.connect(self._toggle_tables)
        QShortcut(QKeySequence("Ctrl+T"), self, self.numbers_check.toggle)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.load)
        self.status_label = QLabel("", self)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo)
        bar.addWidget(self.numbers_check)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.status_label)

        self.summary_label = QLabel("", self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        count, pct = self.tr("Count"), self.tr("Share")
        self.quota_card = Card(self.tr("Quota and budget used"),
                               [self.tr("Item"), self.tr("Used"), self.tr("Allocated"),
                                self.tr("Used %")])
        self.months_card = Card(self.tr("Enrolments per month"), [self.tr("Month"), count])
        self.funnel_card = Card(self.tr("Status of enrolments"), [self.tr("Status"), count, pct])
        self.institutions_card = Card(
            self.tr("Completion rate per institution"),
            [self.tr("Institution"), self.tr("Enrolled"), self.tr("Completed"),
             self.tr("Not passed"), self.tr("Completion rate")])
        self.mix_card = Card(self.tr("Participants by segment, employment status and mode"),
                             [self.tr("Group"), count, pct])
        self.licences_card = Card(self.tr("Licences expiring within 60 days"),
                                  [self.tr("Institution"), self.tr("Expires"),
                                   self.tr("Days left")])
        self.classes_card = Card(self.tr("Classes starting this week with seats left"),
                                 [self.tr("Class"), self.tr("Starts"), self.tr("Seats left")])
        self.today_card = Card(self.tr("Today's counter activity"), [self.tr("Item"), count])
        self.funnel_card.activated.connect(self._open_status)
        self.cards = [self.quota_card, self.months_card, self.funnel_card,
                      self.institutions_card, self.mix_card, self.today_card,
                      self.licences_card, self.classes_card]
        self.mix_card.chart_view.setMinimumHeight(380)
        for card in (self.licences_card, self.classes_card, self.today_card):
            card.show_table(True)  # lists and counts: a table says it best
            card.stack.removeWidget(card.chart_view)
            card.chart_view.hide()

        grid = QGridLayout()
        grid.setSpacing(8)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // 2, i % 2)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.summary_label)
        inner.addLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll)
        ctx.signals.data_changed.connect(self._data_changed)

    # -- loading ------------------------------------------------------------------------------------

    @property
    def period_key(self) -> str:
        return str(self.period_combo.currentData())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def _data_changed(self, _entities: frozenset[str]) -> None:
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def load(self) -> None:
        """Compute the figures on a reader thread; the newest request wins."""
        self._stale = False
        self._request += 1
        request = self._request
        today = self.ctx.today()
        self.status_label.setText(self.tr("Loading…"))
        self.ctx.runner.read(service.dashboard, self.ctx.db, period_for(self.period_key, today),
                             today=today,
                             on_done=lambda board: self._loaded(request, board),
                             on_error=lambda exc: self._failed(request, exc), name="dashboard")

    def _failed(self, request: int, _exc: BaseException) -> None:
        if request == self._request:
            self.status_label.setText(self.tr("The figures could not be read."))

    def _toggle_tables(self, on: bool) -> None:
        for card in (self.quota_card, self.months_card, self.funnel_card,
                     self.institutions_card, self.mix_card):
            card.show_table(on)

    def _open_status(self, target: object) -> None:
        status = target if isinstance(target, str) and target else None
        self.navigate.emit("enrollments", {"status": status, "period": self.period_key})

    # -- showing ------------------------------------------------------------------------------------

    def _loaded(self, request: int, board: Dashboard) -> None:
        if request != self._request:
            return
        self.board = board
        locale = QLocale()
        n = locale.toString

        def share(part: int, whole: int) -> str:
            return f"{locale.toString(100 * part / whole, 'f', 1)}%" if whole else "-"

        p = board.period
        self.status_label.setText(self.tr("Period %1 – %2").replace(
            "%1", fmt_date(p.date_from)).replace("%2", fmt_date(p.date_to)))
        self.summary_label.setText(self.tr(
            "%1 enrolments in the period, training cost %2.").replace(
            "%1", n(board.enrolments)).replace("%2", fmt_money(board.cost)))

        q = board.quota
        if q is None:
            self.quota_card.set_rows([[self.tr("No quota set for %1").replace(
                "%1", str(p.date_to.year)), "-", "-", "-"]])
            self.quota_card.set_bars([], [])
        else:
            rows = [[self.tr("Seats %1").replace("%1", str(q.year)), n(q.seats_used), n(q.seats),
                     share(q.seats_used, q.seats)],
                    [self.tr("Budget %1").replace("%1", str(q.year)), fmt_money(q.budget_used),
                     fmt_money(q.budget), share(q.budget_used, q.budget)]]
            if q.national_target:
                rows.append([self.tr("National target (participants)"), "", n(q.national_target),
                             ""])
            self.quota_card.set_rows(rows)
            self.quota_card.set_bars(
                [self.tr("Seats"), self.tr("Budget")],
                [(self.tr("Used %"), [100 * q.seats_used / q.seats if q.seats else 0,
                                      100 * q.budget_used / q.budget if q.budget else 0])],
                horizontal=True, percent=True)

        one_year = len({key[:4] for key, _v in board.per_month}) == 1
        months = [_month_label(locale, key, with_year=not one_year) for key, _v in board.per_month]
        self.months_card.set_rows([[m, n(v)] for m, (_k, v) in zip(months, board.per_month,
                                                                   strict=True)])
        self.months_card.set_bars(months, [(self.tr("Enrolments"),
                                            [v for _k, v in board.per_month])])

        status_names = [labels.label(labels.ENROLLMENT_STATUSES, s) for s, _v in board.funnel]
        self.funnel_card.set_rows(
            [[name, n(v), share(v, board.enrolments)]
             for name, (_s, v) in zip(status_names, board.funnel, strict=True)],
            nav=[s for s, _v in board.funnel])
        self.funnel_card.set_bars(list(reversed(status_names)), [(self.tr("Enrolments"), [
            v for _s, v in reversed(board.funnel)])], horizontal=True)

        inst = board.institutions
        self.institutions_card.set_rows([
            [f"{i.code} · {i.name}", n(i.enrolled), n(i.completed), n(i.not_passed),
             "-" if i.rate is None else f"{locale.toString(100 * i.rate, 'f', 1)}%"]
            for i in inst])
        rated = [i for i in inst if i.rate is not None][:8]
        self.institutions_card.set_bars(
            [i.code for i in reversed(rated)],
            [(self.tr("Completion rate"), [100 * (i.rate or 0) for i in reversed(rated)])],
            horizontal=True, percent=True)

        mix_rows, mix_cats, mix_vals = [], [], []
        for table, pairs in ((labels.SEGMENTS, board.segments),
                             (labels.EMPLOYMENT_STATUSES, board.employment),
                             (labels.CLASS_MODES, board.modes)):
            for code, value in pairs:
                name = labels.label(table, code)
                mix_rows.append([name, n(value), share(value, board.enrolments)])
                mix_cats.append(code.upper() if table is labels.SEGMENTS else name)
                mix_vals.append(value)
        self.mix_card.set_rows(mix_rows)
        self.mix_card.set_bars(list(reversed(mix_cats)),
                               [(self.tr("Enrolments"), list(reversed(mix_vals)))],
                               horizontal=True)

        self.licences_card.set_rows([[f"{e.code} · {e.name}", fmt_date(e.expires),
                                      n(e.days_left)] for e in board.expiring])
        self.classes_card.set_rows([[f"{c.code} · {c.title} ({c.institution})",
                                     fmt_date(c.start_date), n(c.seats_left)]
                                    for c in board.starting])
        t = board.today
        today_rows = [[self.tr("Workers served"), n(t.served)],
                      [self.tr("Enrolled"), n(t.enrolled)],
                      [self.tr("Enrolled with supervisor override"), n(t.overrides)],
                      [self.tr("Members registered"), n(t.registered)],
                      [self.tr("Documents issued"), n(t.documents)],
                      [self.tr("Enrolments cancelled"), n(t.cancelled)]]
        today_rows += [[self.tr("  cancelled: %1").replace("%1", reason), n(count)]
                       for reason, count in t.cancel_reasons]
        self.today_card.set_rows(today_rows)
        self.today_card.table.setToolTip(self.tr(
            "Refused eligibility checks are not stored, so they cannot be counted here."))


def _month_label(locale: QLocale, key: str, *, with_year: bool = True) -> str:
    year, month = key.split("-")
    name = locale.monthName(int(month), QLocale.FormatType.ShortFormat).rstrip(".")[:3]
    return f"{name} {year[2:]}" if with_year else name
