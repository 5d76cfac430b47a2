"""The clock: what "today" and "now" are, injected from the composition root.

Services and documents never read the system clock themselves. The composition root (the GUI's
``app.py``, the CLI's ``open_db``, a test's fixture) builds the :class:`~vokasi_desktop.db.engine.
Database` with a :class:`Clock`; services read ``db.clock`` where the caller passed no explicit
date. A :class:`FixedClock` evaluates everything "as of" one moment end to end (tests, the
CLI's ``--date``, a back-dated check).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    """Where the current date and time come from."""

    def today(self) -> date:
        """The local calendar date (the office's working day)."""
        ...

    def now(self) -> datetime:
        """The current moment, timezone-aware (local zone)."""
        ...


@dataclass(frozen=True)
class SystemClock:
    """The computer's clock (the default of the GUI and the CLI)."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().astimezone()


@dataclass(frozen=True)
class FixedClock:
    """A clock standing still at ``at`` (an aware datetime, or a date meaning its midnight UTC)."""

    at: datetime

    @classmethod
    def on(cls, day: date) -> FixedClock:
        """A clock at noon UTC of ``day`` (so ``today()`` is ``day`` in every zone of Indonesia)."""
        return cls(datetime(day.year, day.month, day.day, 12, tzinfo=UTC))

    def today(self) -> date:
        return self.at.date()

    def now(self) -> datetime:
        return self.at


SYSTEM_CLOCK: Clock = SystemClock()


def utc_now(clock: Clock) -> datetime:
    """``clock.now()`` in UTC (for stored timestamps)."""
    return clock.now().astimezone(UTC)
