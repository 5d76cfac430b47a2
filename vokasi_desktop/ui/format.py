"""Display formatting shared by tables and dialogs (dates dd/MM/yyyy, Rupiah)."""

from __future__ import annotations

from datetime import date, datetime

from vokasi_desktop.domain.formatting import format_date_short_id, format_rupiah


def fmt_date(value: date | None) -> str:
    """``28/11/2026`` (four-digit year: a two-digit year is ambiguous, NOTES.md)."""
    return format_date_short_id(value) if value is not None else ""


def fmt_datetime(value: datetime | None) -> str:
    """Local date and time: ``28/11/2026 14:05``."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_date_short_id(local.date())} {local:%H:%M}"


def fmt_money(amount: int | None) -> str:
    """``Rp2.400.000``."""
    return format_rupiah(amount) if amount is not None else ""
