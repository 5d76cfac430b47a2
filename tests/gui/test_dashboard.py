"""Dashboard page: every number on screen equals the SQL truth; navigation; refresh; pictures."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import text

from vokasi_desktop.db.engine import Database
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.pages.dashboard import Card, DashboardPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _utc(day: date) -> str:
    """Start of a local day in UTC, as the text SQLite stores for UTCDateTime columns."""
    moment = datetime.combine(day, time()).astimezone().astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _num(cell: str) -> int:
    digits = re.sub(r"[^\d]", "", cell)
    return int(digits) if digits else 0


def _table(card: Card) -> list[list[str]]:
    t = card.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _truth(db: Database, start: date, end: date, today: date) -> dict[str, Any]:
    """The dashboard figures computed independently with plain SQL."""
    lo, hi = _utc(start), _utc(end + timedelta(days=1))
    where = "e.enrolled_at >= :lo AND e.enrolled_at < :hi"
    p = {"lo": lo, "hi": hi}
    with db.engine.connect() as c:
        def rows(sql: str, **extra: Any) -> list[Any]:
            return list(c.execute(text(sql), {**p, **extra}).all())

        out: dict[str, Any] = {}
        out["total"] = rows(f"SELECT COUNT(*) FROM enrollment e WHERE {where}")[0][0]
        out["status"] = dict(rows(f"SELECT status, COUNT(*) FROM enrollment e WHERE {where} "
                                  "GROUP BY status"))
        out["months"] = dict(rows(
            f"SELECT substr(enrolled_at, 1, 7), COUNT(*) FROM enrollment e WHERE {where} "
            "GROUP BY 1"))
        out["segment"] = dict(rows(
            f"SELECT m.segment, COUNT(*) FROM enrollment e JOIN member m ON m.id = e.member_id "
            f"WHERE {where} GROUP BY m.segment"))
        out["employment"] = dict(rows(
            "SELECT m.employment_status, COUNT(*) FROM enrollment e JOIN member m "
            f"ON m.id = e.member_id WHERE {where} GROUP BY 1"))
        out["mode"] = dict(rows(
            "SELECT k.mode, COUNT(*) FROM enrollment e JOIN training_class k "
            f"ON k.id = e.class_id WHERE {where} GROUP BY 1"))
        out["institutions"] = {r[0]: tuple(r[1:]) for r in rows(
            "SELECT i.code, COUNT(*), SUM(CASE WHEN e.status = 'completed' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN e.status = 'not_passed' THEN 1 ELSE 0 END) FROM enrollment e "
            "JOIN training_class k ON k.id = e.class_id JOIN institution i "
            f"ON i.id = k.institution_id WHERE {where} GROUP BY i.code")}
        out["quota"] = rows(
            "SELECT q.seats, q.seats_used, q.budget, q.budget_used FROM branch_quota q "
            "JOIN program_year y ON y.id = q.program_year_id JOIN branch b "
            "ON b.code = q.branch_code AND b.is_local WHERE y.year = :y", y=end.year)
        out["expiring"] = [r[0] for r in rows(
            "SELECT code FROM institution WHERE status = 'active' AND licence_expires "
            "BETWEEN :a AND :b ORDER BY licence_expires, code",
            a=today.isoformat(), b=(today + timedelta(days=60)).isoformat())]
        monday = today - timedelta(days=today.weekday())
        out["starting"] = [(r[0], r[1]) for r in rows(
            "SELECT code, capacity - seats_used FROM training_class WHERE start_date BETWEEN "
            ":a AND :b AND seats_used < capacity AND status IN ('open', 'running') "
            "ORDER BY start_date, code",
            a=monday.isoformat(), b=(monday + timedelta(days=6)).isoformat())]
        day_lo, day_hi = _utc(today), _utc(today + timedelta(days=1))
        out["today_enrolled"] = rows(
            "SELECT COUNT(*) FROM enrollment WHERE enrolled_at >= :a AND enrolled_at < :b",
            a=day_lo, b=day_hi)[0][0]
    return out


def _page(qtbot: Any, ctx: UiContext) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None, timeout=20_000)
    return page


def test_every_number_equals_the_sql_truth(qtbot: Any, demo_db: Database,
                                           make_ctx: Callable[..., UiContext]) -> None:
    ctx = make_ctx(demo_db, "supervisor")
    page = _page(qtbot, ctx)
    today = ctx.today()
    assert page.period_key == "this_year"
    truth = _truth(demo_db, date(today.year, 1, 1), today, today)
    assert truth["total"] > 20  # the demo has enrolments this year: the check means something

    assert str(f"{truth['total']:,}".replace(",", ".")) in page.summary_label.text()
    funnel = _table(page.funnel_card)
    assert [_num(r[1]) for r in funnel] == [truth["status"].get(s, 0) for s in (
        "enrolled", "in_training", "completed", "not_passed", "cancelled")]
    months = _table(page.months_card)
    assert len(months) == today.month
    expected = [truth["months"].get(f"{today.year}-{m:02d}", 0) for m in range(1, today.month + 1)]
    assert [_num(r[1]) for r in months] == expected
    expected_mix = []
    for table, key in ((labels.SEGMENTS, "segment"), (labels.EMPLOYMENT_STATUSES, "employment"),
                       (labels.CLASS_MODES, "mode")):
        ordered = sorted(truth[key].items(), key=lambda kv: (-kv[1], kv[0]))
        expected_mix += [(labels.label(table, code), n) for code, n in ordered]
    assert [(r[0], _num(r[1])) for r in _table(page.mix_card)] == expected_mix
    inst_rows = _table(page.institutions_card)
    assert inst_rows
    for row in inst_rows:
        code = row[0].split(" · ")[0]
        enrolled, completed, not_passed = truth["institutions"][code]
        assert (_num(row[1]), _num(row[2]), _num(row[3])) == (enrolled, completed, not_passed)
        finished = completed + not_passed
        assert row[4] == ("-" if not finished else
                          f"{100 * completed / finished:.1f}%".replace(".", ","))
    assert len(inst_rows) == min(15, len(truth["institutions"]))
    seats, used, budget, budget_used = truth["quota"][0]
    quota = _table(page.quota_card)
    assert (_num(quota[0][1]), _num(quota[0][2])) == (used, seats)
    assert (_num(quota[1][1]), _num(quota[1][2])) == (budget_used, budget)
    assert [r[0].split(" · ")[0] for r in _table(page.licences_card)] == truth["expiring"]
    assert [(r[0].split(" · ")[0], _num(r[2])) for r in _table(page.classes_card)] \
        == truth["starting"]
    today_rows = {r[0]: _num(r[1]) for r in _table(page.today_card)}
    assert today_rows["Terdaftar"] == truth["today_enrolled"]


def test_chart_table_toggle_and_keyboard_click_through(
        qtbot: Any, demo_db: Database, make_ctx: Callable[..., UiContext]) -> None:
    ctx = make_ctx(demo_db, "supervisor")
    window = MainWindow(ctx, language="id")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.current_key == "dashboard"
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.board is not None, timeout=20_000)
    card = page.funnel_card
    assert card.stack.currentWidget() is card.chart_view
    series = card.chart_view.chart().series()[0]
    bar_set = series.barSets()[0]
    assert [int(bar_set.at(i)) for i in range(bar_set.count())] == [
        n for _s, n in reversed(page.board.funnel)]  # the chart shows the same numbers (bottom up)
    page.numbers_check.setChecked(True)
    assert card.stack.currentWidget() is card.table
    if os.environ.get("VOKASI_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        # The status bar shows the full database path, which for a pytest temp folder is
        # wider than the screen; shorten it for the picture only.
        window.database_label.setText("SQLite: …/demo.sqlite3")

        def fits() -> bool:
            window.resize(1366, 768)
            return window.width() == 1366

        qtbot.waitUntil(fits, timeout=5_000)
        page.numbers_check.setChecked(False)
        window.grab().save(str(SCREENSHOTS / "dasbor.png"))
        page.numbers_check.setChecked(True)
        window.grab().save(str(SCREENSHOTS / "dasbor-angka.png"))
    # Keyboard: the "completed" row, Enter -> enrolments page filtered on that status.
    card.table.setFocus()
    card.table.setCurrentCell(2, 0)
    QTest.keyClick(card.table, Qt.Key.Key_Return)
    assert window.current_key == "enrollments"
    enrollments = window.page("enrollments")
    assert enrollments.ui.statusCombo.currentData() == "completed"
    assert enrollments.ui.periodCombo.currentData() == "this_year"
    qtbot.waitUntil(lambda: not enrollments.model.loading and enrollments.model.total > 0,
                    timeout=20_000)
    assert enrollments.model.total == dict(page.board.funnel)["completed"]


def test_clerk_keeps_the_counter_first(qtbot: Any, ctx: UiContext) -> None:
    window = MainWindow(ctx, language="id")
    qtbot.addWidget(window)
    assert window.current_key == "counter"
    assert "dashboard" not in window.pages


def test_refreshes_when_data_changes(qtbot: Any, demo_db: Database,
                                     make_ctx: Callable[..., UiContext]) -> None:
    ctx = make_ctx(demo_db, "supervisor")
    page = _page(qtbot, ctx)
    before = dict(page.board.funnel)
    with demo_db.engine.begin() as c:
        changed = c.execute(text(
            "UPDATE enrollment SET status = 'cancelled' WHERE id = (SELECT MIN(id) FROM "
            "enrollment WHERE status = 'enrolled' AND enrolled_at >= :lo)"),
            {"lo": _utc(date(ctx.today().year, 1, 1))}).rowcount
    assert changed == 1
    ctx.signals.data_changed.emit(frozenset({"enrollment"}))
    qtbot.waitUntil(lambda: dict(page.board.funnel)["cancelled"] == before["cancelled"] + 1,
                    timeout=20_000)
    assert dict(page.board.funnel)["enrolled"] == before["enrolled"] - 1
    assert _num(_table(page.funnel_card)[4][1]) == before["cancelled"] + 1


def test_period_filter(qtbot: Any, demo_db: Database,
                       make_ctx: Callable[..., UiContext]) -> None:
    ctx = make_ctx(demo_db, "supervisor")
    page = _page(qtbot, ctx)
    first = page.board
    page.period_combo.setCurrentIndex(page.period_combo.findData("this_month"))
    qtbot.waitUntil(lambda: page.board is not first, timeout=20_000)
    today = ctx.today()
    truth = _truth(demo_db, today.replace(day=1), today, today)
    assert page.board.enrolments == truth["total"]
    assert [_num(r[1]) for r in _table(page.months_card)] == [truth["total"]]
