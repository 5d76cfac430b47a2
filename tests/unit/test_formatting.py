"""Indonesian dates, months, rupiah and number words (vokasi_desktop.domain.formatting)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vokasi_desktop.domain.formatting import (
    FormatError,
    format_date_id,
    format_date_long_id,
    format_date_short_id,
    format_month_id,
    format_rupiah,
    month_name_id,
    parse_date_id,
    parse_rupiah,
    roman_month,
    terbilang,
)

# --- dates ----------------------------------------------------------------------------------


def test_format_dates() -> None:
    d = date(2026, 11, 28)
    assert format_date_id(d) == "28 November 2026"
    assert format_date_long_id(d) == "Sabtu, 28 November 2026"
    assert format_date_short_id(d) == "28/11/2026"


def test_format_dates_single_digit_day() -> None:
    d = date(2026, 8, 17)
    assert format_date_id(date(2026, 1, 5)) == "5 Januari 2026"
    assert format_date_long_id(d) == "Senin, 17 Agustus 2026"
    assert format_date_short_id(date(2026, 1, 5)) == "05/01/2026"


def test_weekday_names_cover_the_week() -> None:
    week = [format_date_long_id(date(2026, 11, 23 + i)).split(",")[0] for i in range(7)]
    assert week == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@pytest.mark.parametrize(
    ("month", "name", "roman"),
    [(1, "Januari", "I"), (2, "Februari", "II"), (4, "April", "IV"), (5, "Mei", "V"),
     (8, "Agustus", "VIII"), (9, "September", "IX"), (11, "November", "XI"),
     (12, "Desember", "XII")],
)  # fmt: skip
def test_month_names_and_roman(month: int, name: str, roman: str) -> None:
    assert month_name_id(month) == name
    assert roman_month(month) == roman


@pytest.mark.parametrize("month", [0, 13, -1])
def test_month_out_of_range(month: int) -> None:
    with pytest.raises(ValueError):
        month_name_id(month)
    with pytest.raises(ValueError):
        roman_month(month)


def test_format_month_id() -> None:
    assert format_month_id(2026, 11) == "November 2026"


@pytest.mark.parametrize(
    "text", ["28/11/2026", "28-11-2026", "28.11.2026", "2026-11-28", " 28/11/2026 ", "2026-11-28"]
)
def test_parse_date_id(text: str) -> None:
    assert parse_date_id(text) == date(2026, 11, 28)


def test_parse_date_id_single_digits() -> None:
    assert parse_date_id("5/1/2026") == date(2026, 1, 5)
    assert parse_date_id("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "code", "fragment"),
    [
        ("", "date_empty", "belum diisi"),
        ("28/11/26", "date_year_digits", "4 digit"),
        ("28-11-26", "date_year_digits", "'26'"),
        ("28/11/02026", "date_year_digits", "4 digit"),
        ("28/11-2026", "date_format", "tidak dikenali"),
        ("2026/11/28", "date_format", "tidak dikenali"),
        ("28 November 2026", "date_format", "tidak dikenali"),
        ("kemarin", "date_format", "tidak dikenali"),
        ("28/13/2026", "date_month", "tertulis 13"),
        ("28/00/2026", "date_month", "tertulis 0"),
        ("00/11/2026", "date_day", "tertulis 0"),
        ("31/04/2026", "date_invalid", "April 2026 hanya sampai tanggal 30"),
        ("29/02/2026", "date_invalid", "Februari 2026 hanya sampai tanggal 28"),
        ("32/01/2026", "date_invalid", "Januari 2026 hanya sampai tanggal 31"),
        ("01/01/0000", "date_year", "0000"),
    ],
)
def test_parse_date_id_errors(text: str, code: str, fragment: str) -> None:
    with pytest.raises(FormatError) as info:
        parse_date_id(text)
    assert info.value.code == code
    assert fragment in info.value.message
    assert str(info.value) == info.value.message


@settings(database=None)
@given(st.dates(min_value=date(1000, 1, 1)))
def test_short_date_round_trip(d: date) -> None:
    assert parse_date_id(format_date_short_id(d)) == d
    assert parse_date_id(d.isoformat()) == d


# --- rupiah ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (2_400_000, "Rp2.400.000"),
        (0, "Rp0"),
        (999, "Rp999"),
        (1000, "Rp1.000"),
        (-5000, "-Rp5.000"),
        (1_234_567_890_123, "Rp1.234.567.890.123"),
        (Decimal("1234567.5"), "Rp1.234.568"),
        (Decimal("2.5"), "Rp3"),
        (Decimal("2.49"), "Rp2"),
        (Decimal("-2.5"), "-Rp3"),
        (Decimal("-0.4"), "Rp0"),
        (Decimal("2400000.00"), "Rp2.400.000"),
    ],
)
def test_format_rupiah(amount: int | Decimal, text: str) -> None:
    assert format_rupiah(amount) == text


@pytest.mark.parametrize("bad", [1.5, True, "1000", None])
def test_format_rupiah_refuses_non_money_types(bad: object) -> None:
    with pytest.raises(TypeError):
        format_rupiah(bad)  # type: ignore[arg-type]


def test_format_rupiah_refuses_nan() -> None:
    with pytest.raises(ValueError):
        format_rupiah(Decimal("NaN"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rp2.400.000", 2_400_000),
        ("2400000", 2_400_000),
        ("2.400.000", 2_400_000),
        ("Rp 2.400.000", 2_400_000),
        ("Rp. 2.400.000,-", 2_400_000),
        ("rp2.400.000,00", 2_400_000),
        ("-Rp5.000", -5000),
        ("Rp-5.000", -5000),
        ("Rp0", 0),
        ("999", 999),
    ],
)
def test_parse_rupiah(text: str, amount: int) -> None:
    assert parse_rupiah(text) == amount


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "rupiah_empty"),
        ("   ", "rupiah_empty"),
        ("2.40.000", "rupiah_grouping"),
        ("2400.000", "rupiah_grouping"),
        ("Rp2.400.000,50", "rupiah_cents"),
        ("2,400,000", "rupiah_format"),
        ("dua juta", "rupiah_format"),
        ("-Rp-5.000", "rupiah_format"),
        ("$100", "rupiah_format"),
    ],
)
def test_parse_rupiah_errors(text: str, code: str) -> None:
    with pytest.raises(FormatError) as info:
        parse_rupiah(text)
    assert info.value.code == code
    assert info.value.message


@settings(database=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_rupiah_round_trip(amount: int) -> None:
    assert parse_rupiah(format_rupiah(amount)) == amount


# --- terbilang ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (2_400_000, "dua juta empat ratus ribu"),
        (1_001_000, "satu juta seribu"),
        (1_000_000_000, "satu miliar"),
        (1_000_000_000_000, "satu triliun"),
        (
            999_999_999_999_999,
            "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh "
            "sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus "
            "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
        ),
        (-5000, "minus lima ribu"),
    ],
)
def test_terbilang(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_terbilang_limits() -> None:
    with pytest.raises(ValueError):
        terbilang(10**15)
    with pytest.raises(TypeError):
        terbilang(1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        terbilang(True)


@settings(database=None)
@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_terbilang_is_clean_text(n: int) -> None:
    words = terbilang(n)
    assert words == words.strip() and "  " not in words
    assert "satu ratus" not in words
    assert "satu puluh" not in words and "satu belas" not in words
    if (n // 1000) % 1000 == 1:  # a lone thousand is "seribu", never "satu ribu"
        assert "seribu" in words.split()
