"""Indonesian formatting of dates, months, rupiah amounts, lists and number words (stdlib only).

The one module for these wordings: documents, services and the eligibility messages use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "DAY_NAMES_ID",
    "MONTH_NAMES_ID",
    "FormatError",
    "format_date_id",
    "format_date_long_id",
    "format_date_short_id",
    "format_month_id",
    "format_period_id",
    "format_rupiah",
    "join_id",
    "month_name_id",
    "parse_date_id",
    "parse_rupiah",
    "roman_month",
    "terbilang",
]

MONTH_NAMES_ID: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
DAY_NAMES_ID: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class FormatError(ValueError):
    """Text that could not be parsed; ``message`` is Indonesian, ``code`` a stable reason."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _check_month(month: int) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, got {month}")
    return month


def month_name_id(month: int) -> str:
    """Indonesian month name: 11 -> "November"."""
    return MONTH_NAMES_ID[_check_month(month) - 1]


def roman_month(month: int) -> str:
    """Roman numeral of a month, as in letter numbers: 11 -> "XI"."""
    return _ROMAN_MONTHS[_check_month(month) - 1]


def format_month_id(year: int, month: int) -> str:
    """Month and year: (2026, 11) -> "November 2026"."""
    return f"{month_name_id(month)} {year}"


def format_date_id(d: date) -> str:
    """Date as on letters: "28 November 2026" (day not zero-padded)."""
    return f"{d.day} {month_name_id(d.month)} {d.year}"


def format_date_long_id(d: date) -> str:
    """Date with the weekday: "Sabtu, 28 November 2026"."""
    return f"{DAY_NAMES_ID[d.weekday()]}, {format_date_id(d)}"


def format_period_id(start: date, end: date) -> str:
    """An inclusive date range: "1 Juli 2020 s.d. 31 Juli 2020"."""
    return f"{format_date_id(start)} s.d. {format_date_id(end)}"


def join_id(items: Iterable[str]) -> str:
    """Join items the Indonesian way: "a", "a dan b", "a, b, dan c"."""
    values = list(items)
    if len(values) <= 1:
        return "".join(values)
    if len(values) == 2:
        return f"{values[0]} dan {values[1]}"
    return ", ".join(values[:-1]) + f", dan {values[-1]}"


def format_date_short_id(d: date) -> str:
    """Numeric date with a four-digit year: "28/11/2026"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d+)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_EXAMPLE = "contoh: 28/11/2026"


def parse_date_id(text: str) -> date:
    """Parse "28/11/2026", "28-11-2026", "28.11.2026" or ISO "2026-11-28".

    Two-digit years are refused (Qt and Excel guess the century; we do not).
    Raises FormatError with an Indonesian reason.
    """
    raw = text.strip()
    if not raw:
        raise FormatError("date_empty", f"Tanggal belum diisi ({_EXAMPLE}).")
    iso = _ISO.fullmatch(raw)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        dmy = _DMY.fullmatch(raw)
        if dmy is None:
            raise FormatError(
                "date_format",
                f"Format tanggal tidak dikenali: '{raw}'. Tulis hari/bulan/tahun ({_EXAMPLE}).",
            )
        day, month, year_text = int(dmy.group(1)), int(dmy.group(3)), dmy.group(4)
        if len(year_text) != 4:
            raise FormatError(
                "date_year_digits",
                f"Tahun harus ditulis 4 digit ({_EXAMPLE}); tertulis '{year_text}'.",
            )
        year = int(year_text)
    if year < 1:
        raise FormatError("date_year", f"Tahun {year:04d} tidak valid.")
    if not 1 <= month <= 12:
        raise FormatError("date_month", f"Bulan harus 1 sampai 12; tertulis {month}.")
    if day < 1:
        raise FormatError("date_day", f"Tanggal harus 1 sampai 31; tertulis {day}.")
    try:
        return date(year, month, day)
    except ValueError:
        last = _days_in_month(year, month)
        raise FormatError(
            "date_invalid",
            f"Tanggal {day} {month_name_id(month)} {year} tidak ada: "
            f"{month_name_id(month)} {year} hanya sampai tanggal {last}.",
        ) from None


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _round_rupiah(amount: int | Decimal) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int | Decimal):
        raise TypeError(f"amount must be int or Decimal, not {type(amount).__name__}")
    if isinstance(amount, int):
        return amount
    if not amount.is_finite():
        raise ValueError(f"amount must be finite, got {amount}")
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_rupiah(amount: int | Decimal) -> str:
    """Rupiah without decimals: 2400000 -> "Rp2.400.000", -5000 -> "-Rp5.000".

    Decimal amounts are rounded half up (away from zero) to whole rupiah.
    Floats are refused (use Decimal for money).
    """
    value = _round_rupiah(amount)
    grouped = f"{abs(value):,}".replace(",", ".")
    return f"-Rp{grouped}" if value < 0 else f"Rp{grouped}"


_RUPIAH = re.compile(r"(-)?(?:rp\.?)?(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:0{1,2}|-))?")


def parse_rupiah(text: str) -> int:
    """Parse "Rp2.400.000", "Rp. 2.400.000,-", "2.400.000", "2400000" or "-Rp5.000".

    Dots must group thousands; a trailing ",00" or ",-" is allowed but not sen.
    Raises FormatError with an Indonesian reason.
    """
    compact = "".join(text.split()).lower()
    if not compact:
        raise FormatError("rupiah_empty", "Jumlah rupiah belum diisi.")
    match = _RUPIAH.fullmatch(compact)
    if match is not None and match.group(1) and match.group(2):
        match = None
    elif match is None:
        if re.fullmatch(r"-?(?:rp\.?)?-?[\d.]+,\d+", compact):
            raise FormatError(
                "rupiah_cents", f"Jumlah rupiah tidak boleh memakai sen: '{text.strip()}'."
            )
        if re.fullmatch(r"-?(?:rp\.?)?-?[\d.]+", compact):
            raise FormatError(
                "rupiah_grouping",
                f"Titik pemisah ribuan salah letak: '{text.strip()}' (contoh: Rp2.400.000).",
            )
    if match is None:
        raise FormatError(
            "rupiah_format",
            f"Jumlah rupiah tidak dikenali: '{text.strip()}' (contoh: Rp2.400.000).",
        )
    value = int(match.group(3).replace(".", ""))
    return -value if (match.group(1) or match.group(2)) else value


_UNITS = (
    "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))
_TERBILANG_LIMIT = 10**15


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_UNITS[hundreds], "ratus"]
    if rest < 12:
        if rest:
            words.append(_UNITS[rest])
    elif rest < 20:
        words += [_UNITS[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_UNITS[tens], "puluh"]
        if ones:
            words.append(_UNITS[ones])
    return words


def terbilang(n: int) -> str:
    """Indonesian number words: 2400000 -> "dua juta empat ratus ribu"; 0 -> "nol".

    Handles "se-" forms (sepuluh, sebelas, seratus, seribu) and negatives ("minus ...");
    supports |n| below 10^15 (up to 999 triliun).
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be int, not {type(n).__name__}")
    if abs(n) >= _TERBILANG_LIMIT:
        raise ValueError(f"terbilang supports |n| < 10^15, got {n}")
    if n == 0:
        return "nol"
    if n < 0:
        return "minus " + terbilang(-n)
    words: list[str] = []
    rest = n
    for scale, name in _SCALES:
        count, rest = divmod(rest, scale)
        if count:
            words += [*_below_thousand(count), name]
    thousands, rest = divmod(rest, 1000)
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words += [*_below_thousand(thousands), "ribu"]
    words += _below_thousand(rest)
    return " ".join(words)
