"""Reporting periods: local calendar days, one definition (domain.periods)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from vokasi_desktop.domain.periods import Period, local_day_start


@pytest.fixture
def wib() -> Iterator[None]:
    """The process in Western Indonesian Time (UTC+7), as a branch in Surabaya."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Jakarta"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_constructors() -> None:
    assert Period.month(2024, 2) == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert Period.month(2026, 12) == Period(date(2026, 12, 1), date(2026, 12, 31))
    assert Period.year(2027) == Period(date(2027, 1, 1), date(2027, 12, 31))
    assert Period.day(date(2026, 11, 28)).bounds()[1] == local_day_start(date(2026, 11, 29))
    assert Period(date(2026, 12, 1), date(2027, 1, 15)).programme_year == 2027
    with pytest.raises(ValueError):
        Period.month(2026, 13)


@pytest.mark.usefixtures("wib")
def test_bounds_are_local_midnights_in_utc() -> None:
    start, end = Period.month(2026, 11).bounds()
    assert start == datetime(2026, 10, 31, 17, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    # 00:30 WIB on 1 November belongs to November, 23:30 WIB on 30 November too.
    assert start <= datetime(2026, 10, 31, 17, 30, tzinfo=UTC) < end
    assert start <= datetime(2026, 11, 30, 16, 30, tzinfo=UTC) < end
