"""Run service functions off the GUI thread: one writer, a small pool of readers.

Service functions stay plain Python (no Qt): they take ``report`` and ``cancel`` keyword
arguments (``vokasi_desktop.services.progress``). Results, errors and progress come back to the
GUI thread through a signals object (a separate ``QObject``; no ``QRunnable``+``QObject``
multiple inheritance, STYLE.md), and the callbacks given to :meth:`JobRunner.submit` run there.

- Writes go to a single-worker executor: one writer at a time (DESIGN.md), so SQLite never sees
  two writers from this process and the write order is the submission order.
- Reads go to a pool of ``readers`` threads; a newer query may overtake an older one, so callers
  that care (table models) tag their requests and drop stale answers.
- ``shutdown()`` cancels every token, drops queued jobs and joins the threads; afterwards no
  callback runs. Tests call it so no thread outlives a test.

Why ``concurrent.futures`` and not ``QThreadPool``: the workers never touch Qt objects; they only
emit a signal of a ``QObject`` that lives in the GUI thread, which Qt delivers as a queued call.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from vokasi_desktop.services.changes import changes_of
from vokasi_desktop.services.progress import Cancelled, CancelToken, Progress
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.signals import AppSignals

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1  # at most ten progress updates a second reach the GUI thread

Callback = Callable[[Any], None]


@dataclass(eq=False)
class Job:
    """A submitted job: cancel it, or ask whether it is over.

    Attributes:
        name: short label for logs.
        token: the cancel flag the function sees as ``cancel``.
        write: True for jobs on the writer thread.
    """

    name: str
    token: CancelToken
    write: bool
    on_done: Callback | None = None
    on_error: Callback | None = None
    on_progress: Callback | None = None
    changes: frozenset[str] = frozenset()
    initiator: object | None = None
    future: Future[Any] | None = None
    finished: bool = False
    _last_progress: float = field(default=0.0)

    def cancel(self) -> None:
        """Ask the job to stop; a job still queued never starts."""
        self.token.cancel()
        if self.future is not None:
            self.future.cancel()


# How long a worker thread may keep the GIL while the GUI thread waits for it. PySide6 lets go
# of the GIL on every call into Qt, so one timer tick or repaint takes it back many times;
# at CPython's default 5 ms each, a pure-Python job (openpyxl serialising an export) stalled
# the GUI thread for 50-230 ms at a time. At 1 ms the longest gap stays under 50 ms and the
# job's own time does not change measurably (tests/benchmarks/bench_gui_stall.py).
GUI_SWITCH_INTERVAL_S = 0.001


class _Bridge(QObject):
    """Carries worker-thread events to the GUI thread (queued connections)."""

    done = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, object)


class JobRunner(QObject):
    """Single-writer, multi-reader job runner with GUI-thread callbacks.

    Attributes:
        signals: app-wide signals; ``data_changed`` is emitted after a successful write that
            declared ``changes``.
    """

    def __init__(self, signals: AppSignals | None = None, *, readers: int = 2,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GUI_SWITCH_INTERVAL_S:
            sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # see GUI_SWITCH_INTERVAL_S
        self.signals = signals
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vokasi-writer")
        self._readers = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="vokasi-reader")
        self._bridge = _Bridge()
        self._bridge.done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(self._deliver_progress,
                                        Qt.ConnectionType.QueuedConnection)
        self._jobs: set[Job] = set()
        self._lock = threading.Lock()
        self._closed = False

    # -- submitting ---------------------------------------------------------------------------

    def submit(self, fn: Callable[..., Any], *args: Any, write: bool = False,
               on_done: Callback | None = None, on_error: Callback | None = None,
               on_progress: Callback | None = None, changes: frozenset[str] = frozenset(),
               name: str = "", pass_control: bool = False, initiator: object | None = None,
               **kwargs: Any) -> Job:
        """Run ``fn(*args, **kwargs)`` on a worker; callbacks run later on the GUI thread.

        With ``pass_control`` the function also receives ``report=`` and ``cancel=``.
        The entities a write touches come from the service (``services.changes.changes_of``)
        plus any ``changes`` given here; after ``on_done`` they are announced through
        ``signals.data_changed`` and, with ``initiator``, ``signals.operation_did_execute``.
        """
        if self._closed:
            raise RuntimeError("JobRunner is shut down")
        job = Job(name or getattr(fn, "__name__", "job"), CancelToken(), write, on_done,
                  on_error, on_progress, frozenset(changes) | changes_of(fn), initiator)

        def report(progress: Progress) -> None:
            now = time.monotonic()
            final = progress.total and progress.done >= progress.total
            if now - job._last_progress >= PROGRESS_INTERVAL_S or final:
                job._last_progress = now
                self._bridge.progressed.emit(job, progress)

        def work() -> Any:
            job.token.raise_if_cancelled()
            if pass_control:
                return fn(*args, report=report, cancel=job.token, **kwargs)
            return fn(*args, **kwargs)

        def finished(future: Future[Any]) -> None:
            if future.cancelled():
                self._bridge.failed.emit(job, Cancelled())
                return
            exc = future.exception()
            if exc is None:
                self._bridge.done.emit(job, future.result())
            else:
                self._bridge.failed.emit(job, exc)

        with self._lock:
            self._jobs.add(job)
        executor = self._writer if write else self._readers
        job.future = executor.submit(work)
        job.future.add_done_callback(finished)
        return job

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        """Shorthand for a read job."""
        return self.submit(fn, *args, write=False, **kwargs)

    def write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        """Shorthand for a write job (single writer thread)."""
        return self.submit(fn, *args, write=True, **kwargs)

    @property
    def pending(self) -> int:
        """Jobs submitted and not yet delivered."""
        with self._lock:
            return len(self._jobs)

    # -- delivery on the GUI thread -------------------------------------------------------------

    def _forget(self, job: Job) -> tuple[Callback | None, Callback | None] | None:
        """Mark a job delivered; returns its callbacks (None when nothing must run).

        The job lets go of its callbacks and future: they usually close over a widget or a
        model, which then need not wait for the cycle collector.
        """
        with self._lock:
            known = job in self._jobs
            self._jobs.discard(job)
        job.finished = True
        callbacks = (job.on_done, job.on_error)
        job.on_done = job.on_error = job.on_progress = None
        job.future = None
        return callbacks if known and not self._closed else None

    def _deliver_done(self, job: Job, result: Any) -> None:
        callbacks = self._forget(job)
        if callbacks is None:
            return
        # A job that returned normally is done even if Cancel was pressed meanwhile (a write
        # that committed must be reported as such); callers drop stale reads themselves.
        on_done = callbacks[0]
        if on_done is not None:
            on_done(result)
        initiator, job.initiator = job.initiator, None
        if job.write and job.changes and self.signals is not None:
            self.signals.announce(job.changes, initiator)

    def _deliver_error(self, job: Job, exc: BaseException) -> None:
        callbacks = self._forget(job)
        if callbacks is None:
            return
        if not isinstance(exc, Cancelled):
            # The type only: an exception's text may quote personal data (a driver error).
            log.debug("job %s failed: %s", job.name, type(exc).__name__)
        if errors.is_session_lost(exc) and self.signals is not None:
            # The login is no longer valid: every later call would be refused too. The app
            # says so once and returns to the login dialog; the page's own handler is skipped
            # (it would show the same refusal in a second message box).
            log.warning("job %s refused: the login session is no longer valid", job.name)
            self.signals.session_lost.emit()
            return
        on_error = callbacks[1]
        if on_error is not None:
            on_error(exc)
        elif not isinstance(exc, Cancelled):
            self.default_error(job.name, exc)

    def default_error(self, name: str, exc: BaseException) -> None:
        """A failed job without its own ``on_error``: the error presenter, translated by code
        (through ``job_failed`` when the main window listens, else a message box). An unexpected
        error goes to the installed crash reporter instead (traceback in the crash log, one
        short message), and to the error presenter when none is installed."""
        if errors.is_expected(exc):
            log.warning("job %s failed: %s", name, errors.error_code(exc))
        else:
            from vokasi_desktop.ui import crash

            reporter = crash.active_reporter()
            if reporter is not None:
                # the crash log gets the full (masked) traceback and the clerk one short message
                reporter.report((type(exc), exc, exc.__traceback__), where=f"job {name}")
                return
            errors.log_unexpected(exc, f"job {name}")
        if self.signals is not None:
            self.signals.job_failed.emit(errors.error_text(exc))
        else:
            errors.present(None, exc)

    def _deliver_progress(self, job: Job, progress: Progress) -> None:
        if self._closed or job.finished or job.on_progress is None:
            return
        job.on_progress(progress)

    # -- waiting and stopping ---------------------------------------------------------------------

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every job is delivered (tests; never called from GUI code paths)."""
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + timeout
        while self.pending:
            QCoreApplication.processEvents()
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)
        return True

    def shutdown(self, wait: bool = True) -> None:
        """Cancel everything, join the worker threads; no callback runs afterwards."""
        if self._closed:
            return
        self._closed = True
        with self._lock:
            jobs = list(self._jobs)
            self._jobs.clear()
        for job in jobs:
            job.cancel()
            job.on_done = job.on_error = job.on_progress = None
        self._writer.shutdown(wait=wait, cancel_futures=True)
        self._readers.shutdown(wait=wait, cancel_futures=True)


class ProgressRunner(QObject):
    """Run one long job behind a modal progress dialog with a working Cancel button.

    ``QProgressDialog`` waits 4 s before showing unless ``setMinimumDuration`` is set, and its
    ``cancel()`` called from code does not emit ``canceled`` (NOTES.md): the dialog's
    ``canceled`` signal cancels the job's token; the dialog closes when the job is delivered.
    """

    def __init__(self, runner: JobRunner, parent: QWidget | None, title: str,
                 label: str = "", *, minimum_duration_ms: int = 300) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(minimum_duration_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.job: Job | None = None
        self.dialog.canceled.connect(self._cancel)

    def start(self, fn: Callable[..., Any], *args: Any, write: bool = False,
              on_done: Callback | None = None, on_error: Callback | None = None,
              changes: frozenset[str] = frozenset(), initiator: object | None = None,
              **kwargs: Any) -> Job:
        """Submit ``fn`` (which receives ``report``/``cancel``) and show the dialog."""

        def done(result: Any) -> None:
            self._close()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._close()
            if on_error is not None:
                on_error(exc)

        self.dialog.setRange(0, 0)
        # setValue(minimum) starts the minimum-duration timer: a job that ends sooner never
        # shows the dialog.
        self.dialog.setValue(0)
        self.job = self.runner.submit(fn, *args, write=write, on_done=done, on_error=failed,
                                      on_progress=self._progress, changes=changes,
                                      pass_control=True, initiator=initiator, **kwargs)
        return self.job

    def _progress(self, progress: Progress) -> None:
        if progress.total:
            self.dialog.setRange(0, progress.total)
            self.dialog.setValue(min(progress.done, progress.total))
        if progress.text:
            self.dialog.setLabelText(progress.text)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
