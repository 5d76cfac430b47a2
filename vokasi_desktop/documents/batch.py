"""Render many documents on every core: a warm process pool kept for the whole session.

The parent (the service) takes the numbers, signs the QR texts and writes the rows in its
database transaction; the workers only turn render payloads into PDF bytes. Workers are
started with ``spawn`` (safe in a GUI process with threads; no Qt is imported in them),
register the fonts once in their initializer and stay alive between batches, so a second
class pays no process start and no font loading. The pool is shut down at exit.

:func:`iter_render` streams: it takes jobs as the caller produces them and yields results
as they come back, so the parent's own per-document work overlaps the rendering.

Progress and cancel follow :mod:`vokasi_desktop.domain.progress`: ``report`` after every
finished chunk; a cancel stops waiting, drops the chunks not started and raises
:class:`~vokasi_desktop.domain.progress.Cancelled` (the caller rolls back; nothing was
written).
"""

from __future__ import annotations

import atexit
import itertools
import math
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from vokasi_desktop.domain.progress import (
    NEVER_CANCELLED,
    CancelToken,
    Progress,
    Report,
    no_report,
)

MIN_POOL_JOBS = 8
"""Fewer documents than this are rendered in the calling process (a pool is not worth it)."""

MAX_CHUNK = 16
"""Documents sent to a worker at once: large enough to amortise the pickling, small enough
for smooth progress and a quick cancel."""

_pools: dict[int, ProcessPoolExecutor] = {}
_lock = threading.Lock()


def default_workers() -> int:
    """One worker per core (at most 4: a branch PC; more only adds start-up and memory)."""
    return max(1, min(os.cpu_count() or 1, 4))


def _init_worker() -> None:
    """Runs once in each new worker: load and register the fonts (the slow first step)."""
    from vokasi_desktop.documents.fonts import register_fonts

    register_fonts()


def _pool(workers: int) -> ProcessPoolExecutor:
    with _lock:
        pool = _pools.get(workers)
        if pool is None:
            pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
            )
            _pools[workers] = pool
        return pool


def _drop_pool(workers: int) -> None:
    with _lock:
        pool = _pools.pop(workers, None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def shutdown() -> None:
    """Stop every worker (registered at exit; tests may call it)."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)


def _render_chunk[Job, Out](render: Callable[[Job], Out], jobs: Sequence[Job]) -> list[Out]:
    return [render(job) for job in jobs]


def _chunk_size(remaining: int, total: int, workers: int) -> int:
    """Guided chunks: about four per worker while much remains, shrinking towards the end
    (down to single documents) so the workers finish together instead of one rendering the
    last big chunk alone (with 15 equal chunks on two workers one did 8 and the other 7,
    which alone capped two processes at 1.87x one)."""
    steady = min(MAX_CHUNK, math.ceil(total / (workers * 4)))
    return max(1, min(steady, math.ceil(remaining / (workers * 2))))


def render_many[Job](
    render: Callable[[Job], bytes],
    jobs: Sequence[Job],
    *,
    workers: int | None = None,
    report: Report = no_report,
    cancel: CancelToken = NEVER_CANCELLED,
    text: str = "",
) -> list[bytes]:
    """``[render(job) for job in jobs]``, on ``workers`` processes, results in job order.

    Args:
        render: a module-level function (it is pickled by name for the workers).
        jobs: picklable arguments, one per document.
        workers: processes to use (default :func:`default_workers`); 1, or fewer than
            :data:`MIN_POOL_JOBS` jobs, renders in the calling process.
        report: called with ``Progress(done, total, text)`` after each finished chunk.
        cancel: checked between chunks.

    Raises:
        Cancelled: ``cancel`` was set; the remaining chunks are dropped.
    """
    return list(iter_render(render, jobs, total=len(jobs), workers=workers, report=report,
                            cancel=cancel, text=text))


def iter_render[Job, Out](
    render: Callable[[Job], Out],
    jobs: Iterable[Job],
    *,
    total: int,
    workers: int | None = None,
    report: Report = no_report,
    cancel: CancelToken = NEVER_CANCELLED,
    text: str = "",
) -> Iterator[Out]:
    """Like :func:`render_many`, streamed: ``jobs`` is consumed lazily and each result is
    yielded, in job order, as soon as its chunk is back.

    The caller can therefore prepare the next jobs (take numbers, sign) and store finished
    documents while the workers render: at most two chunks per worker are in flight, topped
    up before the caller waits. ``total`` is the number of jobs (for chunk sizes and
    progress). Closing the iterator early drops the chunks not started.

    Raises:
        Cancelled: ``cancel`` was set; the remaining chunks are dropped.
    """
    n_workers = workers or default_workers()
    report(Progress(0, total, text))
    if n_workers <= 1 or total < MIN_POOL_JOBS:
        for count, job in enumerate(jobs, start=1):
            cancel.raise_if_cancelled()
            result = render(job)
            report(Progress(count, total, text))
            yield result
        return
    pool = _pool(n_workers)
    source = iter(jobs)
    pending: deque[Future[list[Out]]] = deque()
    submitted = done = 0
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < 2 * n_workers:
                chunk = list(itertools.islice(
                    source, _chunk_size(total - submitted, total, n_workers)))
                if not chunk:
                    exhausted = True
                    break
                pending.append(pool.submit(_render_chunk, render, chunk))
                submitted += len(chunk)
            if not pending:
                return
            cancel.raise_if_cancelled()
            results = pending.popleft().result()
            cancel.raise_if_cancelled()
            done += len(results)
            report(Progress(done, total, text))
            yield from results
    except BrokenProcessPool:
        _drop_pool(n_workers)  # a worker died (killed, out of memory): start afresh next time
        raise
    finally:
        for future in pending:
            future.cancel()  # no-op for finished or running chunks


__all__ = ["MAX_CHUNK", "MIN_POOL_JOBS", "default_workers", "iter_render", "render_many",
           "shutdown"]
