"""Indonesian wording helpers for eligibility messages (dates, months, Rupiah, lists).

Kept local to the eligibility package so it depends on nothing else; the formats match the
rest of the application: "28 November 2026", "November 2026", "Rp2.400.000".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from vokasi_desktop.domain.eligibility.dates import month_of_index

MONTH_NAMES_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_date_id(day: date) -> str:
    """Return ``day`` as "15 Januari 2026"."""
    return f"{day.day} {MONTH_NAMES_ID[day.month - 1]} {day.year}"


def format_month_id(index: int) -> str:
    """Return a month index as "Januari 2026"."""
    year, month = month_of_index(index)
    return f"{MONTH_NAMES_ID[month - 1]} {year}"


def format_rupiah(amount: int) -> str:
    """Return an amount as "Rp2.400.000" (negative amounts as "-Rp5.000")."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")


def format_period_id(start: date, end: date) -> str:
    """Return an inclusive date range as "1 Juli 2020 s.d. 31 Juli 2020"."""
    return f"{format_date_id(start)} s.d. {format_date_id(end)}"


def join_id(items: Iterable[str]) -> str:
    """Join items the Indonesian way: "a", "a dan b", "a, b, dan c"."""
    values = list(items)
    if len(values) <= 1:
        return "".join(values)
    if len(values) == 2:
        return f"{values[0]} dan {values[1]}"
    return ", ".join(values[:-1]) + f", dan {values[-1]}"
