"""Date and month arithmetic used by the eligibility rules.

Every threshold rule ("at least 12 months", "at most 24 months since the layoff", "40 years or
younger") is decided with the functions here, so the edge semantics live in one place:

* A *month index* is ``year * 12 + month - 1`` (January 2020 -> 24240). Contribution (iuran)
  history is a set of paid month indexes.
* :func:`add_months` keeps the day of month and clamps it to the last day of a shorter month
  (31 January + 1 month = 28 or 29 February; 29 February 2024 + 12 months = 28 February 2025).
* :func:`months_between` counts *full* months: the largest ``n`` with
  ``add_months(start, n) <= end``. So an institution founded on 2025-01-15 has exactly
  12 months of experience on 2026-01-15 and 11 on 2026-01-14.
* :func:`age_on` counts full years; someone born on 29 February turns a year older on
  1 March in a non-leap year (and on 29 February in a leap year).
* Date ranges are inclusive on both ends (:func:`ranges_overlap`).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

__all__ = [
    "add_months",
    "age_on",
    "birthday_in_year",
    "count_paid_in_window",
    "date_reaching_age",
    "longest_run",
    "month_index",
    "month_index_of",
    "month_of_index",
    "months_between",
    "months_from_periods",
    "ranges_overlap",
    "run_ending_at",
]


def month_index(year: int, month: int) -> int:
    """Return the month index ``year * 12 + month - 1`` of a calendar month."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    return year * 12 + month - 1


def month_index_of(day: date) -> int:
    """Return the month index of the month containing ``day``."""
    return day.year * 12 + day.month - 1


def month_of_index(index: int) -> tuple[int, int]:
    """Return ``(year, month)`` for a month index (inverse of :func:`month_index`)."""
    year, zero_based = divmod(index, 12)
    return year, zero_based + 1


def months_from_periods(periods: Iterable[tuple[date, date]]) -> frozenset[int]:
    """Return the paid month indexes covered by contribution periods.

    Each period ``(first, last)`` covers every calendar month from the month of ``first`` to the
    month of ``last``, both included; the day of month is ignored (a period recorded as
    2020-01-15..2020-03-01 covers January, February and March 2020). Overlapping periods are
    merged. A period whose last month is before its first month raises ``ValueError``.
    """
    months: set[int] = set()
    for first, last in periods:
        start, end = month_index_of(first), month_index_of(last)
        if end < start:
            raise ValueError(f"contribution period ends before it starts: {first} .. {last}")
        months.update(range(start, end + 1))
    return frozenset(months)


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` calendar months (may be negative).

    The day of month is kept, clamped to the last day of the target month:
    ``add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)``.
    """
    year, month = month_of_index(month_index_of(day) + months)
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last_day))


def months_between(start: date, end: date) -> int:
    """Return the number of full months from ``start`` to ``end`` (``end >= start``).

    That is the largest ``n`` with ``add_months(start, n) <= end``: 2025-01-15 -> 2026-01-15 is
    12 months, 2025-01-15 -> 2026-01-14 is 11. Because :func:`add_months` clamps,
    2020-01-31 -> 2020-02-29 is one month. Raises ``ValueError`` if ``end < start``.
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    months = month_index_of(end) - month_index_of(start)
    if add_months(start, months) > end:
        months -= 1
    return months


def birthday_in_year(birth_date: date, year: int) -> date:
    """Return the day ``birth_date``'s birthday falls on in ``year``.

    A 29 February birthday falls on 1 March in a non-leap year.
    """
    if birth_date.month == 2 and birth_date.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth_date.replace(year=year)


def age_on(birth_date: date, on: date) -> int:
    """Return the age in full years on ``on``.

    The age goes up on the birthday itself; for someone born on 29 February it goes up on
    1 March in non-leap years. Raises ``ValueError`` if ``on`` is before ``birth_date``.
    """
    if on < birth_date:
        raise ValueError(f"date {on} is before the birth date {birth_date}")
    years = on.year - birth_date.year
    if on < birthday_in_year(birth_date, on.year):
        years -= 1
    return years


def date_reaching_age(birth_date: date, years: int) -> date:
    """Return the first day on which someone born on ``birth_date`` is ``years`` old."""
    return birthday_in_year(birth_date, birth_date.year + years)


def ranges_overlap(
    first_start: date, first_end: date, second_start: date, second_end: date
) -> bool:
    """Return whether two date ranges share at least one day (both ranges inclusive)."""
    return first_start <= second_end and second_start <= first_end


def count_paid_in_window(paid: frozenset[int], anchor: int, window: int | None) -> int:
    """Count paid months in the ``window`` months ending with month index ``anchor``.

    The window is ``anchor - window + 1 .. anchor`` (the anchor month itself included), so a
    24-month window anchored at November 2020 runs from December 2018 to November 2020.
    ``window=None`` counts every paid month up to and including the anchor month. Months
    after the anchor (contributions paid in advance) never count.
    """
    if window is None:
        return sum(1 for month in paid if month <= anchor)
    if window < 0:
        raise ValueError(f"window must not be negative, got {window}")
    first = anchor - window + 1
    return sum(1 for month in paid if first <= month <= anchor)


def run_ending_at(paid: frozenset[int], last: int) -> int:
    """Return the length of the run of consecutive paid months ending exactly at ``last``.

    Zero when ``last`` itself is unpaid.
    """
    length = 0
    while last - length in paid:
        length += 1
    return length


def longest_run(paid: frozenset[int], up_to: int | None = None) -> tuple[int, int | None]:
    """Return ``(length, last_month)`` of the longest run of consecutive paid months.

    Only months ``<= up_to`` count when ``up_to`` is given. When several runs are equally long
    the latest one is returned; ``(0, None)`` when nothing is paid.
    """
    months = sorted(month for month in paid if up_to is None or month <= up_to)
    best_length, best_last = 0, None
    length = 0
    previous: int | None = None
    for month in months:
        length = length + 1 if previous is not None and month == previous + 1 else 1
        if length >= best_length:
            best_length, best_last = length, month
        previous = month
    return best_length, best_last
