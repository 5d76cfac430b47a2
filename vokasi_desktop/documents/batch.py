"""Render many documents on every core: a warm process pool kept for the whole session.

The parent (the service) takes the numbers, signs the QR texts and writes the rows in its
database transaction; the workers only turn render payloads into PDF bytes. Workers are
started with ``spawn`` (safe in a GUI process with threads; no Qt is imported in them),
register the fonts once in their initializer and stay alive between batches, so a second
class pays no process start and no font loading. The pool is shut down at exit.

Progress and cancel follow :mod:`vokasi_desktop.domain.progress`: ``report`` after every
finished chunk; a cancel stops waiting, drops the chunks not started and raises
:class:`~vokasi_desktop.domain.progress.Cancelled` (the caller rolls back; nothing was
written).
"""

from __future__ import annotations

import atexit
import math
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
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


def _render_chunk[Job](render: Callable[[Job], bytes], jobs: Sequence[Job]) -> list[bytes]:
    return [render(job) for job in jobs]


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
    total = len(jobs)
    n_workers = workers or default_workers()
    report(Progress(0, total, text))
    if n_workers <= 1 or total < MIN_POOL_JOBS:
        out: list[bytes] = []
        for job in jobs:
            cancel.raise_if_cancelled()
            out.append(render(job))
            report(Progress(len(out), total, text))
        return out
    size = max(1, min(MAX_CHUNK, math.ceil(total / (n_workers * 4))))
    chunks = [jobs[i:i + size] for i in range(0, total, size)]
    pool = _pool(n_workers)
    futures: list[Future[list[bytes]]] = []
    results: list[bytes] = []
    try:
        futures = [pool.submit(_render_chunk, render, chunk) for chunk in chunks]
        for future in futures:
            cancel.raise_if_cancelled()
            results.extend(future.result())
            cancel.raise_if_cancelled()
            report(Progress(len(results), total, text))
    except BrokenProcessPool:
        _drop_pool(n_workers)  # a worker died (killed, out of memory): start afresh next time
        raise
    finally:
        for future in futures:
            future.cancel()  # no-op for finished or running chunks
    return results


__all__ = ["MAX_CHUNK", "MIN_POOL_JOBS", "default_workers", "render_many", "shutdown"]
