"""GUI thread stall while a bulk job runs through the job runner (issue 12: <= 50 ms).

    python -m tests.benchmarks.bench_gui_stall [--certificates 200] [--rows 20000] [--json]

A 10 ms ``QTimer`` ticks on the GUI thread (offscreen platform) while ``ProgressRunner``
runs, as the app does, (a) a class's certificates rendered by ``documents.batch`` on every
core and (b) an Excel export of ``--rows`` participants on a worker thread. The metric is
the longest gap between two ticks while the job ran (a blocked event loop shows as a long
gap); the floor is the longest gap with no job at all over the same time. Runs in its own
process so the suite's process never creates a QApplication.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ticks_during(app: Any, start: Callable[[Callable[[], None]], None],
                  idle_seconds: float | None = None) -> tuple[float, float]:
    """(longest gap between 10 ms ticks in ms, seconds the job ran)."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    finished: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    if idle_seconds is None:
        start(lambda: finished.append(time.perf_counter()))
    else:
        QTimer.singleShot(int(idle_seconds * 1000), lambda: finished.append(time.perf_counter()))
    while not finished:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    ticks = [t for t in ticks if t <= finished[0]]
    points = [began, *ticks, finished[0]]
    gap = max(b - a for a, b in itertools.pairwise(points))
    return gap * 1000, finished[0] - began


def measure(certificates: int, rows: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks import bench_pdf, bench_xlsx
    from vokasi_desktop.documents import batch
    from vokasi_desktop.documents.fonts import register_fonts
    from vokasi_desktop.documents.pdf import render_certificate_bytes
    from vokasi_desktop.ui.jobs import JobRunner, ProgressRunner

    app = QApplication.instance() or QApplication([])
    register_fonts()
    runner = JobRunner()
    jobs = [bench_pdf.sample_certificate(i) for i in range(certificates)]
    batch.render_many(render_certificate_bytes, jobs[: batch.MIN_POOL_JOBS * 2])  # warm pool
    out: dict[str, float] = {}

    def certificates_job(report: Any, cancel: Any) -> list[bytes]:
        return batch.render_many(render_certificate_bytes, jobs, report=report, cancel=cancel)

    def run(fn: Callable[..., Any]) -> Callable[[Callable[[], None]], None]:
        def start(done: Callable[[], None]) -> None:
            progress = ProgressRunner(runner, None, "Bench", "Bench", minimum_duration_ms=0)
            progress.start(fn, on_done=lambda _r: done(), on_error=lambda _e: done())
        return start

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.xlsx"

        def export_job(report: Any, cancel: Any) -> None:
            bench_xlsx.export_ours(target, rows)

        gap, took = _ticks_during(app, run(certificates_job))
        out["certificates_gap_ms"], out["certificates_s"] = gap, took
        gap, took = _ticks_during(app, run(export_job))
        out["export_gap_ms"], out["export_s"] = gap, took
        out["idle_gap_ms"], _ = _ticks_during(app, run(export_job), idle_seconds=min(took, 3))
    runner.shutdown()
    batch.shutdown()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--certificates", type=int, default=200)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    result = measure(args.certificates, args.rows)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:24}{value:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
