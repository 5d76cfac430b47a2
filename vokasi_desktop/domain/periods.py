"""Reporting periods: inclusive ranges of local calendar days, and their instants.

One definition for the dashboard, the monthly report, the exports and the enrolment list:
a period ``[date_from, date_to]`` covers every instant from local midnight of ``date_from`` up
to (not including) local midnight after ``date_to``. Times are stored in UTC, so the bounds
are aware UTC datetimes (a branch in WIB counts an enrolment at 01:00 local time on the 1st in
that month, not in the previous one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

__all__ = ["Period", "local_day_start"]


def local_day_start(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware UTC datetime."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


@dataclass(frozen=True)
class Period:
    """Inclusive local calendar days ``date_from`` .. ``date_to``."""

    date_from: date
    date_to: date

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The calendar month (ValueError for a month outside 1-12)."""
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return cls(first, nxt - timedelta(days=1))

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year (also the programme year: quotas are per calendar year)."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day)

    @property
    def programme_year(self) -> int:
        """The programme year whose quota and budget a period reports: that of its last day."""
        return self.date_to.year

    def bounds(self) -> tuple[datetime, datetime]:
        """``(start, end)``: UTC instants with ``start <= t < end`` for every moment inside."""
        return local_day_start(self.date_from), local_day_start(self.date_to + timedelta(days=1))
