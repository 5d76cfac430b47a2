"""Members page on a big database: open, first search result, scroll to the end, memory.

Run by hand (not part of the test run)::

    vokasi-desktop demo --members 1000000 --db /tmp/big.sqlite3      # ~5 minutes
    python tests/benchmarks/bench_members_page.py /tmp/big.sqlite3 [--repeat 5]

A database older than the app's schema is copied next to itself (``*.bench.sqlite3``) and the
copy is upgraded (the search index of a million names takes ~20 s to build); the original is
never written. Prints medians (and the first, colder run) of:

- open: ``show()`` to the first screen painted, and to every id loaded;
- search: a name prefix typed (after the debounce) to the result painted; an exact NIK;
- sort: a header click (birth date) to the first screen painted;
- scroll: scroll bar to the end to the last screen painted;
- memory: peak RSS of the process, and the growth while the page was used;

and a bare-SQL floor with the driver alone (COUNT, first page, every id, OFFSET to the end,
FTS search) for comparison.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import weakref
from array import array
from collections.abc import Callable
from operator import itemgetter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.migrate import current_revision, head_revision, upgrade_database
from vokasi_desktop.services.auth import list_users
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.i18n import Preferences, install_translators
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.pages.members import MembersPage
from vokasi_desktop.ui.signals import AppSignals


def rss_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(0.0005)


def prepare(path: Path) -> Path:
    """A database at the app's schema: the file itself, or an upgraded copy."""
    db = open_database(f"sqlite:///{path}")
    try:
        if current_revision(db.engine) == head_revision():
            return path
    finally:
        db.dispose()
    copy = path.with_suffix(".bench.sqlite3")
    if copy.exists():
        db = open_database(f"sqlite:///{copy}")
        try:
            if current_revision(db.engine) == head_revision():
                return copy
        finally:
            db.dispose()
    print(f"copying {path} to {copy} and upgrading the copy (builds the search index)...")
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(copy))
    src.backup(dst)
    dst.close()
    src.close()
    db = open_database(f"sqlite:///{copy}")
    started = time.perf_counter()
    upgrade_database(db.engine, backup=False)
    print(f"  upgraded in {time.perf_counter() - started:.1f} s")
    db.dispose()
    return copy


def bare_sql_floor(path: Path, nik: str, repeat: int) -> dict[str, list[float]]:
    """The same reads with the sqlite3 driver alone, no SQLAlchemy, no Qt."""
    con = sqlite3.connect(str(path))
    out: dict[str, list[float]] = {k: [] for k in (
        "count", "first page", "all ids", "offset to end", "fts search", "nik")}
    for _ in range(repeat):
        t = time.perf_counter()
        total = con.execute("SELECT count(*) FROM member").fetchone()[0]
        out["count"].append(time.perf_counter() - t)
        t = time.perf_counter()
        con.execute("SELECT id, nik, kpj, name, birth_date FROM member "
                    "ORDER BY name_norm, id LIMIT 200").fetchall()
        out["first page"].append(time.perf_counter() - t)
        t = time.perf_counter()
        cur = con.execute("SELECT id FROM member ORDER BY name_norm, id")
        ids = array("q")
        while batch := cur.fetchmany(50_000):
            ids.extend(map(itemgetter(0), batch))
        out["all ids"].append(time.perf_counter() - t)
        t = time.perf_counter()
        con.execute("SELECT id, nik, kpj, name, birth_date FROM member ORDER BY name_norm, id "
                    "LIMIT 200 OFFSET ?", (max(total - 200, 0),)).fetchall()
        out["offset to end"].append(time.perf_counter() - t)
        t = time.perf_counter()
        con.execute("SELECT m.id FROM member m WHERE m.id IN (SELECT rowid FROM member_fts "
                    "WHERE member_fts MATCH '\"SITI\"*') ORDER BY m.name_norm, m.id").fetchall()
        out["fts search"].append(time.perf_counter() - t)
        t = time.perf_counter()
        con.execute("SELECT id FROM member WHERE nik = ?", (nik,)).fetchall()
        out["nik"].append(time.perf_counter() - t)
    con.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, nargs="?", default=Path("/tmp/big.sqlite3"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = prepare(args.db)

    app = QApplication.instance() or QApplication(sys.argv)
    keep = install_translators(app, "id")  # noqa: F841 - kept alive
    db = open_database(f"sqlite:///{path}")
    signals = AppSignals()
    runner = JobRunner(signals)
    user = list_users(db)[0]
    ctx = UiContext(db=db, runner=runner, signals=signals, user=user,
                    prefs=Preferences(Path(tempfile.mkdtemp()) / "prefs.ini"))
    with db.read() as session:
        nik = session.execute(text("SELECT nik FROM member ORDER BY id DESC LIMIT 1")).scalar_one()
    rss_before = rss_mb()
    results: dict[str, list[float]] = {k: [] for k in (
        "open: first screen", "open: all ids", "search 'siti': first screen",
        "search 'siti': all ids", "search NIK: result painted",
        "sort by birth date: first screen", "filter segment PU: first screen",
        "scroll to end: last screen painted")}
    rows_fetched = 0
    total = 0
    rss_runs: list[float] = []
    gone: list[weakref.ref[MembersPage]] = []
    for _ in range(args.repeat):
        page = MembersPage(ctx)
        page.resize(1280, 760)
        view = page.table
        model = page.model

        started = time.perf_counter()
        page.show()
        wait(lambda m=model: m.rowCount() > 0)
        view.viewport().repaint()
        results["open: first screen"].append(time.perf_counter() - started)
        wait(lambda m=model: not m.loading)
        results["open: all ids"].append(time.perf_counter() - started)
        total = model.total

        started = time.perf_counter()
        view.scrollToBottom()
        view.viewport().repaint()
        results["scroll to end: last screen painted"].append(time.perf_counter() - started)
        assert model.index(total - 1, 0).data() not in (None, "…")
        rows_fetched = model.rows_fetched

        started = time.perf_counter()
        page.search_edit.setText("siti")
        page.apply_filter()  # what the debounce timer calls 250 ms after the last key
        wait(lambda m=model, n=total: m.rowCount() < n)  # the new result replaced the old one
        view.viewport().repaint()
        results["search 'siti': first screen"].append(time.perf_counter() - started)
        wait(lambda m=model: not m.loading)
        results["search 'siti': all ids"].append(time.perf_counter() - started)

        started = time.perf_counter()
        page.search_edit.setText(nik)
        page.apply_filter()
        wait(lambda m=model: not m.loading)
        view.viewport().repaint()
        results["search NIK: result painted"].append(time.perf_counter() - started)
        assert model.total == 1

        page.search_edit.setText("")
        page.apply_filter()
        wait(lambda m=model: not m.loading)
        started = time.perf_counter()
        model.sort(3, model.sort_indicator()[1])  # birth date column
        wait(lambda m=model: m.rowCount() > 0 and m.ids_loaded > 0)
        view.viewport().repaint()
        results["sort by birth date: first screen"].append(time.perf_counter() - started)
        wait(lambda m=model: not m.loading)

        model.sort(0, model.sort_indicator()[1])  # back to name order
        wait(lambda m=model: not m.loading)
        started = time.perf_counter()
        combo = page.ui.segmentCombo
        combo.setCurrentIndex(combo.findData("PU"))  # runs the query (filter combo)
        wait(lambda m=model, n=total: 0 < m.rowCount() < n)
        view.viewport().repaint()
        results["filter segment PU: first screen"].append(time.perf_counter() - started)
        wait(lambda m=model: not m.loading)

        gone.append(weakref.ref(page))
        page.hide()
        page.deleteLater()
        # processEvents() alone never runs deferred deletes posted at the same loop level.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        rss_runs.append(rss_mb())

    del page
    gc.collect()
    rss_after = rss_mb()
    print(f"pages still alive after deletion: {sum(1 for w in gone if w() is not None)}")
    runner.shutdown()
    db.dispose()

    def fmt(values: list[float]) -> str:
        return (f"median {statistics.median(values) * 1000:8.1f} ms   first "
                f"{values[0] * 1000:8.1f} ms")

    print(f"\nMembers page on {path} ({total:,} members), {args.repeat} runs")
    for name, values in results.items():
        print(f"  {name:<38} {fmt(values)}")
    print(f"  rows read from the database after open + scroll to end: {rows_fetched}")
    print(f"  RSS before the page {rss_before:.0f} MB; after each run "
          f"{', '.join(f'{v:.0f}' for v in rss_runs)} MB; peak {peak_rss_mb():.0f} MB "
          f"(final {rss_after:.0f} MB)")
    print("\nBare-SQL floor (sqlite3 driver only)")
    for name, values in bare_sql_floor(path, nik, args.repeat).items():
        print(f"  {name:<38} {fmt(values)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
