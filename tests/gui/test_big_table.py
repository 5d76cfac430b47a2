"""A 100,000-member database: the members page reads only what it shows and never freezes.

Building the database takes about a minute (once per session). ``VOKASI_TEST_BIG_MEMBERS``
changes the size (e.g. 20000 for a quicker local run).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from tests.gui.conftest import BIG_MEMBERS, wait_loaded
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.pages.members import MembersPage

pytestmark = pytest.mark.slow


@pytest.fixture
def big_db(big_template: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{big_template}")  # only read here: no copy needed
    try:
        yield db
    finally:
        db.dispose()


class EventLoopProbe:
    """Measures the longest pause of the GUI event loop (a frozen GUI shows as a long gap)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


def test_members_page_on_a_big_database_is_lazy_and_responsive(
        qtbot: Any, big_db: Database, make_ctx: Callable[[Database], UiContext]) -> None:
    ctx = make_ctx(big_db)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    probe = EventLoopProbe()
    started = time.perf_counter()
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == BIG_MEMBERS, timeout=30_000)
    first_screen = time.perf_counter() - started
    qtbot.wait(20)  # paint the first screen
    fetched_first_screen = page.model.rows_fetched
    wait_loaded(qtbot, page.model, timeout=60_000)
    all_ids = time.perf_counter() - started

    view = page.table
    view.scrollToBottom()
    qtbot.wait(20)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(20)
    view.scrollToTop()
    qtbot.wait(20)
    probe.stop()

    model = page.model
    assert model.total == BIG_MEMBERS and model.ids_loaded == BIG_MEMBERS
    last = model.index(BIG_MEMBERS - 1, 0).data()
    assert last and last != "…"
    # Only the pages on screen were read: first, middle and last screens.
    assert 0 < fetched_first_screen <= 2 * model.page_size
    assert model.rows_fetched <= 6 * model.page_size, model.rows_fetched
    assert model.rows_fetched < BIG_MEMBERS / 10
    # The GUI thread never stopped for long (generous bound for a busy CI machine).
    assert probe.longest < 0.5, f"event loop paused {probe.longest:.3f} s"
    assert first_screen < 5 and all_ids < 30
    print(f"\n{BIG_MEMBERS} members: first screen {first_screen * 1000:.0f} ms, all ids "
          f"{all_ids * 1000:.0f} ms, rows fetched {model.rows_fetched}, longest event-loop "
          f"pause {probe.longest * 1000:.0f} ms")


def test_search_and_sort_on_a_big_database(qtbot: Any, big_db: Database,
                                           make_ctx: Callable[[Database], UiContext]) -> None:
    ctx = make_ctx(big_db)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page.model, timeout=60_000)
    started = time.perf_counter()
    page.search_edit.setText("siti")
    page.apply_filter()
    wait_loaded(qtbot, page.model)
    search_time = time.perf_counter() - started
    assert 0 < page.model.total < BIG_MEMBERS
    assert all("SITI" in page.model.index(r, 0).data().upper().split()
               for r in range(min(page.model.total, 50)))
    page.model.sort(3, page.model.sort_indicator()[1])  # birth date
    wait_loaded(qtbot, page.model)
    assert page.model.query.sort == "birth_date"
    assert search_time < 3
