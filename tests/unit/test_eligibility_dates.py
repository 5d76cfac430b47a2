"""Date and month arithmetic of the eligibility engine, against brute-force references."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vokasi_desktop.domain.eligibility.dates import (
    add_months,
    age_on,
    count_paid_in_window,
    date_reaching_age,
    longest_run,
    month_index,
    month_index_of,
    month_of_index,
    months_between,
    months_from_periods,
    ranges_overlap,
    run_ending_at,
)
from vokasi_desktop.domain.formatting import (
    format_date_id,
    format_month_id,
    format_period_id,
    format_rupiah,
    join_id,
)

DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31))
MONTHS = st.integers(month_index(2015, 1), month_index(2026, 12))


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def prev_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


# --- month indexes ------------------------------------------------------------------------------


def test_month_index() -> None:
    assert month_index(2020, 1) == 2020 * 12
    assert month_index_of(date(2020, 12, 31)) == month_index(2020, 12)
    assert month_of_index(month_index(2019, 12)) == (2019, 12)
    with pytest.raises(ValueError):
        month_index(2020, 13)


def test_months_from_periods_ignores_days_and_merges() -> None:
    months = months_from_periods(
        [
            (date(2020, 1, 15), date(2020, 3, 1)),
            (date(2020, 3, 10), date(2020, 4, 30)),  # overlaps March
            (date(2021, 1, 1), date(2021, 1, 31)),
        ]
    )
    assert sorted(month_of_index(m) for m in months) == [
        (2020, 1),
        (2020, 2),
        (2020, 3),
        (2020, 4),
        (2021, 1),
    ]
    assert months_from_periods([]) == frozenset()


def test_months_from_periods_rejects_reversed_periods() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        months_from_periods([(date(2020, 3, 1), date(2020, 2, 28))])
    # Same month, days reversed: still one month, accepted.
    assert len(months_from_periods([(date(2020, 3, 20), date(2020, 3, 1))])) == 1


@settings(deadline=None)
@given(st.lists(st.tuples(DAYS, st.integers(0, 40)), max_size=6))
def test_months_from_periods_matches_walking_the_calendar(spans: list[tuple[date, int]]) -> None:
    periods = []
    expected: set[tuple[int, int]] = set()
    for first, length in spans:
        year, month = first.year, first.month
        for _ in range(length + 1):
            expected.add((year, month))
            last = (year, month)
            year, month = next_month(year, month)
        periods.append((first, date(last[0], last[1], 1)))
    assert {month_of_index(m) for m in months_from_periods(periods)} == expected


# --- add_months and months_between ------------------------------------------------------------


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)
    assert add_months(date(2021, 1, 31), 1) == date(2021, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2020, 3, 31), -1) == date(2020, 2, 29)
    assert add_months(date(2020, 12, 15), 1) == date(2021, 1, 15)


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2025, 1, 15), date(2026, 1, 15), 12),  # exactly a year of experience
        (date(2025, 1, 15), date(2026, 1, 14), 11),
        (date(2020, 1, 31), date(2020, 2, 29), 1),
        (date(2020, 1, 31), date(2020, 2, 28), 0),
        (date(2020, 1, 1), date(2020, 1, 1), 0),
        (date(2024, 2, 29), date(2025, 2, 28), 12),
    ],
)
def test_months_between_edges(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months


def test_months_between_refuses_reversed_dates() -> None:
    with pytest.raises(ValueError):
        months_between(date(2020, 2, 1), date(2020, 1, 31))


def naive_add_months(day: date, months: int) -> date:
    year, month = day.year, day.month
    for _ in range(months):
        year, month = next_month(year, month)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@settings(deadline=None)
@given(DAYS, st.integers(0, 400))
def test_add_months_matches_stepping(day: date, months: int) -> None:
    assert add_months(day, months) == naive_add_months(day, months)


@settings(deadline=None)
@given(DAYS, st.integers(0, 3000))
def test_months_between_is_the_largest_full_month_count(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    brute = 0
    while naive_add_months(start, brute + 1) <= end:
        brute += 1
    assert months_between(start, end) == brute


# --- age ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1980, 6, 10), date(2020, 6, 9), 39),
        (date(1980, 6, 10), date(2020, 6, 10), 40),
        (date(1980, 2, 29), date(2021, 2, 28), 40),  # non-leap year: not yet
        (date(1980, 2, 29), date(2021, 3, 1), 41),
        (date(1980, 2, 29), date(2024, 2, 28), 43),
        (date(1980, 2, 29), date(2024, 2, 29), 44),  # leap year: on the day
        (date(2000, 1, 1), date(2000, 1, 1), 0),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_age_before_birth_is_an_error() -> None:
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


def test_date_reaching_age() -> None:
    assert date_reaching_age(date(2004, 2, 29), 18) == date(2022, 3, 1)
    assert date_reaching_age(date(2004, 2, 29), 20) == date(2024, 2, 29)
    assert date_reaching_age(date(2004, 7, 9), 18) == date(2022, 7, 9)


@settings(deadline=None)
@given(DAYS, st.integers(0, 40000))
def test_age_matches_counting_birthdays(birth: date, days: int) -> None:
    on = birth + timedelta(days=days)
    birthdays = 0
    for year in range(birth.year + 1, on.year + 1):
        try:
            birthday = date(year, birth.month, birth.day)
        except ValueError:  # 29 February in a non-leap year
            birthday = date(year, 3, 1)
        if birthday <= on:
            birthdays += 1
    assert age_on(birth, on) == birthdays
    assert (on >= date_reaching_age(birth, birthdays + 1)) is False
    assert on >= date_reaching_age(birth, birthdays)


# --- contribution windows and runs -------------------------------------------------------------


def brute_window(paid: frozenset[int], anchor: int, window: int | None) -> int:
    """Walk (year, month) backwards from the anchor, without index arithmetic."""
    ym = month_of_index(anchor)
    if window is None:
        return sum(1 for m in paid if month_of_index(m) <= ym)
    seen = 0
    for _ in range(window):
        if month_index(*ym) in paid:
            seen += 1
        ym = prev_month(*ym)
    return seen


@settings(deadline=None)
@given(st.frozensets(MONTHS, max_size=80), MONTHS, st.none() | st.integers(1, 60))
def test_window_count_matches_brute_force(
    paid: frozenset[int], anchor: int, window: int | None
) -> None:
    assert count_paid_in_window(paid, anchor, window) == brute_window(paid, anchor, window)


def test_window_includes_the_anchor_month() -> None:
    paid = frozenset({month_index(2018, 12), month_index(2020, 11)})
    anchor = month_index(2020, 11)
    assert count_paid_in_window(paid, anchor, 24) == 2  # December 2018 .. November 2020
    assert count_paid_in_window(paid, anchor, 23) == 1
    future = paid | {month_index(2020, 12)}
    assert count_paid_in_window(future, anchor, None) == 2


@settings(deadline=None)
@given(st.frozensets(MONTHS, max_size=80), st.none() | MONTHS)
def test_longest_run_matches_brute_force(paid: frozenset[int], up_to: int | None) -> None:
    considered = sorted(m for m in paid if up_to is None or m <= up_to)
    best, best_last = 0, None
    for last in considered:
        length = 0
        while last - length in considered:
            length += 1
        if length >= best:
            best, best_last = length, last
    assert longest_run(paid, up_to) == (best, best_last)
    if best_last is not None:
        assert run_ending_at(paid, best_last) >= best


def test_run_ending_at() -> None:
    paid = frozenset(range(month_index(2024, 1), month_index(2024, 6) + 1))
    assert run_ending_at(paid, month_index(2024, 6)) == 6
    assert run_ending_at(paid, month_index(2024, 3)) == 3
    assert run_ending_at(paid, month_index(2024, 7)) == 0


# --- ranges and wording -----------------------------------------------------------------------------


def test_ranges_overlap_is_inclusive() -> None:
    a, b = date(2020, 8, 3), date(2020, 8, 28)
    assert ranges_overlap(a, b, date(2020, 8, 28), date(2020, 9, 1))
    assert ranges_overlap(a, b, date(2020, 7, 1), date(2020, 8, 3))
    assert not ranges_overlap(a, b, date(2020, 8, 29), date(2020, 9, 1))
    assert not ranges_overlap(a, b, date(2020, 7, 1), date(2020, 8, 2))


def test_wording() -> None:
    assert format_date_id(date(2026, 11, 28)) == "28 November 2026"
    assert format_month_id(*month_of_index(month_index(2025, 8))) == "Agustus 2025"
    assert format_rupiah(2_400_000) == "Rp2.400.000"
    assert format_rupiah(0) == "Rp0"
    assert format_rupiah(-5_000) == "-Rp5.000"
    assert format_period_id(date(2020, 7, 1), date(2020, 7, 31)) == "1 Juli 2020 s.d. 31 Juli 2020"
    assert join_id([]) == ""
    assert join_id(["PU"]) == "PU"
    assert join_id(["LPK", "BLK"]) == "LPK dan BLK"
    assert join_id(["a", "b", "c"]) == "a, b, dan c"
