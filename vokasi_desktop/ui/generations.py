"""Jobs for "the one shown now": answers that arrive after it changed are dropped.

A page that serves one thing at a time (the counter serves one customer) runs its reads and
writes through :class:`GenerationJobs`. Each job carries a *generation*; :meth:`next` starts
a new one (Esc, a new search) and forgets the pending reads, so a late answer about the previous
customer never fills the screen. What is running is kept by name in :attr:`busy` (the page
disables what must wait); a write's mark always ends with the write, because the write happens
whatever the screen shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vokasi_desktop.ui.jobs import JobRunner


class GenerationJobs:
    """Generation + busy + drop-stale, around a :class:`JobRunner`.

    Attributes:
        generation: the number of the current generation.
    """

    def __init__(self, runner: JobRunner, initiator: object,
                 reads: tuple[str, ...] = ()) -> None:
        self.runner = runner
        self.initiator = initiator
        self.generation = 0
        self._reads = reads
        self._busy: set[str] = set()

    @property
    def busy(self) -> frozenset[str]:
        """The names of the jobs running now."""
        return frozenset(self._busy)

    def next(self) -> None:
        """Start a new generation: pending answers are dropped, the read marks cleared."""
        self.generation += 1
        self._busy.difference_update(self._reads)

    def run(self, what: str, fn: Callable[..., Any], *args: Any, write: bool = False,
            on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
            name: str, **kwargs: Any) -> None:
        """Run ``fn`` on the job runner for the current generation.

        ``what`` is in :attr:`busy` until the answer comes; an answer that arrives after a
        :meth:`next` is dropped. A write's busy mark always ends with it; a stale read's mark
        was already cleared by :meth:`next`.
        """
        generation = self.generation
        self._busy.add(what)

        def current() -> bool:
            if write or generation == self.generation:
                self._busy.discard(what)
            return generation == self.generation

        def done(result: Any) -> None:
            if current():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if current():
                on_error(exc)

        submit = self.runner.write if write else self.runner.read
        submit(fn, *args, on_done=done, on_error=failed, name=name, initiator=self.initiator,
               **kwargs)


__all__ = ["GenerationJobs"]
