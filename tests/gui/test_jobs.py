"""Job runner: results on the GUI thread, one writer thread, progress, cancel, clean shutdown."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton

from vokasi_desktop.services.errors import ValidationError
from vokasi_desktop.services.progress import Cancelled, CancelToken, Progress
from vokasi_desktop.ui.jobs import JobRunner, ProgressRunner


def test_result_and_error_are_delivered_on_the_gui_thread(qtbot: Any, runner: JobRunner) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work(x: int) -> int:
        seen["worker"] = threading.current_thread().name
        return x * 2

    def done(value: int) -> None:
        seen["value"] = value
        seen["thread_ok"] = QThread.currentThread() is gui_thread

    def boom() -> None:
        raise ValidationError("bad", "Isian salah.", "name")

    runner.read(work, 21, on_done=done)
    runner.write(boom, on_error=lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: "value" in seen and "error" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["thread_ok"]
    assert seen["worker"].startswith("vokasi-reader")
    assert isinstance(seen["error"], ValidationError) and str(seen["error"]) == "Isian salah."


def test_writes_run_one_at_a_time_in_submission_order(qtbot: Any, runner: JobRunner) -> None:
    active = {"now": 0, "max": 0}
    order: list[int] = []
    lock = threading.Lock()

    def write(n: int) -> int:
        with lock:
            active["now"] += 1
            active["max"] = max(active["max"], active["now"])
        time.sleep(0.01)
        with lock:
            active["now"] -= 1
        order.append(n)
        return n

    for n in range(8):
        runner.write(write, n)
    assert runner.wait_idle()
    assert active["max"] == 1
    assert order == list(range(8))


def test_write_announces_changes(qtbot: Any, runner: JobRunner) -> None:
    assert runner.signals is not None
    with qtbot.waitSignal(runner.signals.data_changed, timeout=5000) as blocker:
        runner.write(lambda: None, changes=frozenset({"member"}))
    assert blocker.args == [frozenset({"member"})]


def test_the_service_says_what_changed_and_the_runner_names_the_initiator(
        qtbot: Any, runner: JobRunner) -> None:
    """Issue 10: the changes come from the service's declaration, not from the caller, and
    go out with who asked (Anki's ``operation_did_execute(changes, initiator)``)."""
    from vokasi_desktop.services.changes import ENROLLMENT, QUOTA, changes

    @changes(ENROLLMENT, QUOTA)
    def enrol_like() -> str:
        return "ok"

    def read_only() -> str:
        return "read"

    assert runner.signals is not None
    seen: list[tuple[frozenset[str], object]] = []
    plain: list[frozenset[str]] = []
    runner.signals.operation_did_execute.connect(lambda e, who: seen.append((e, who)))
    runner.signals.data_changed.connect(plain.append)
    page = object()
    runner.write(enrol_like, initiator=page)
    runner.write(read_only, initiator=page)  # declares nothing: nothing to announce
    runner.read(enrol_like)  # a read never announces
    assert runner.wait_idle()
    assert seen == [(frozenset({ENROLLMENT, QUOTA}), page)]
    assert plain == [frozenset({ENROLLMENT, QUOTA})]


def test_progress_dialog_cancel_stops_the_job(qtbot: Any, runner: JobRunner) -> None:
    outcome: dict[str, Any] = {}
    started = threading.Event()

    def long_job(*, report: Any, cancel: CancelToken) -> int:
        for step in range(500):
            started.set()
            cancel.raise_if_cancelled()
            report(Progress(step, 500, "Bekerja"))
            time.sleep(0.01)
        return 500

    progress = ProgressRunner(runner, None, "Uji", "Mulai", minimum_duration_ms=0)
    progress.start(long_job, on_done=lambda r: outcome.setdefault("done", r),
                   on_error=lambda exc: outcome.setdefault("error", exc))
    assert started.wait(5)
    qtbot.waitUntil(lambda: progress.dialog.value() > 0, timeout=5000)
    assert progress.dialog.labelText() == "Bekerja"
    # The Cancel button emits canceled (calling cancel() in code would not, NOTES.md).
    button = progress.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Batal"
    progress.dialog.canceled.emit()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome.get("error"), Cancelled)


def test_shutdown_drops_pending_callbacks(qtbot: Any) -> None:
    runner = JobRunner()
    called: list[str] = []
    release = threading.Event()
    runner.read(release.wait, 5, on_done=lambda _r: called.append("late"))
    release.set()
    runner.shutdown()
    qtbot.wait(50)
    assert called == []
    with pytest.raises(RuntimeError):
        runner.read(lambda: None)


def test_the_runner_keeps_workers_from_holding_the_gil_for_long(qapp: Any) -> None:
    """A pure-Python job must not starve the GUI thread: the runner shortens CPython's GIL
    switch interval (5 ms by default; PySide6 gives the GIL back on every Qt call, so one
    repaint waited 5 ms many times over: 230 ms gaps during an Excel export)."""
    import sys

    from vokasi_desktop.ui.jobs import GUI_SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        runner = JobRunner()
        assert sys.getswitchinterval() <= GUI_SWITCH_INTERVAL_S <= 0.002
        runner.shutdown()
    finally:
        sys.setswitchinterval(before)
