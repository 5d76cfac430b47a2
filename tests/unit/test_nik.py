"""NIK, KK and KPJ parsing, decoding, masking (vokasi_desktop.domain.identifiers)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vokasi_desktop.domain.identifiers import (
    IdentifierError,
    Nik,
    NikWarning,
    Sex,
    clean_identifier,
    encode_nik,
    is_probably_kpj,
    is_probably_nik,
    mask_nik,
    parse_kk,
    parse_kpj,
    parse_nik,
)
from vokasi_desktop.domain.regions import all_regencies

TODAY = date(2026, 11, 28)
# 3578 KOTA SURABAYA, district 01, born 1 Jan 1990, male, serial 0001
SURABAYA_MAN = "3578010101900001"


def error_of(text: str, today: date = TODAY) -> IdentifierError:
    with pytest.raises(IdentifierError) as info:
        parse_nik(text, today)
    return info.value


# --- decoding -----------------------------------------------------------------------------


def test_decodes_every_field() -> None:
    nik = parse_nik(SURABAYA_MAN, TODAY)
    assert nik.value == SURABAYA_MAN
    assert nik.province_code == "35"
    assert nik.regency_code == "3578"
    assert nik.district_code == "357801"
    assert nik.birth_date == date(1990, 1, 1)
    assert nik.sex == "L"
    assert nik.serial == 1
    assert nik.warnings == ()
    assert nik.region_label == "KOTA SURABAYA, JAWA TIMUR"


@pytest.mark.parametrize(
    "typed",
    ["3578 0101 0190 0001", "35.78.01-010190-0001", " 3578010101900001\t", "3578–0101–0190–0001"],
)
def test_separators_and_whitespace_are_ignored(typed: str) -> None:
    assert parse_nik(typed, TODAY).value == SURABAYA_MAN


def test_female_day_has_40_added() -> None:
    nik = parse_nik("3578014505050002", TODAY)  # day 45 -> 5th, woman
    assert nik.sex == "P"
    assert nik.birth_date == date(2005, 5, 5)


@pytest.mark.parametrize(
    ("code", "day", "sex"), [("01", 1, "L"), ("31", 31, "L"), ("41", 1, "P"), ("71", 31, "P")]
)
def test_day_range_edges(code: str, day: int, sex: Sex) -> None:
    nik = parse_nik(f"357801{code}0190{'0001'}", TODAY)
    assert (nik.birth_date.day, nik.sex) == (day, sex)


def test_29_february_in_leap_years() -> None:
    assert parse_nik("3578012902000001", TODAY).birth_date == date(2000, 2, 29)
    assert parse_nik("3578016902040001", TODAY).birth_date == date(2004, 2, 29)  # woman
    assert parse_nik("3578012902880001", TODAY).birth_date == date(1988, 2, 29)


@pytest.mark.parametrize(
    ("nik", "year"),
    [("3578012902010001", 2001), ("3578016902230001", 2023), ("3578012902990001", 1999)],
)
def test_29_february_in_non_leap_years_is_an_error(nik: str, year: int) -> None:
    err = error_of(nik)
    assert err.code == "nik_date"
    assert f"tahun {year}" in err.message and "kabisat" in err.message


# --- century ----------------------------------------------------------------------------


def test_born_2005_is_not_1905() -> None:
    assert parse_nik("3578010101050001", TODAY).birth_date == date(2005, 1, 1)


def test_two_digit_year_after_this_year_is_19yy() -> None:
    assert parse_nik("3578010101270001", TODAY).birth_date == date(1927, 1, 1)
    assert parse_nik("3578010101900001", TODAY).birth_date == date(1990, 1, 1)


def test_century_switches_exactly_at_today() -> None:
    assert parse_nik("3578012811260001", TODAY).birth_date == date(2026, 11, 28)  # today
    assert parse_nik("3578012911260001", TODAY).birth_date == date(1926, 11, 29)  # tomorrow
    assert parse_nik("3578012911260001", date(2026, 11, 29)).birth_date == date(2026, 11, 29)


def test_today_defaults_to_the_system_date() -> None:
    tomorrow = date.today() + timedelta(days=1)
    nik = encode_nik("3578", tomorrow, "L", 1)
    assert parse_nik(nik).birth_date.year == tomorrow.year - 100


def test_typed_birth_date_settles_the_century_without_warning() -> None:
    # Born 1 Jan 1926: the NIK says ...010126..., which alone reads as 2026.
    assert parse_nik("3578010101260001", TODAY).birth_date == date(2026, 1, 1)
    nik = parse_nik("3578010101260001", TODAY, birth_date=date(1926, 1, 1))
    assert nik.birth_date == date(1926, 1, 1)
    assert nik.warnings == ()


# --- errors: every code -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "fragment"),
    [
        ("", "nik_empty", "belum diisi"),
        (" - . ", "nik_empty", "belum diisi"),
        ("357801010190001", "nik_length", "yang dimasukkan 15 digit"),
        ("35780101019000011", "nik_length", "yang dimasukkan 17 digit"),
        ("35780101019O0001", "nik_nondigit", "'O'"),
        ("3578010101900001/", "nik_nondigit", "'/'"),
        ("357801010190000١", "nik_nondigit", "'١'"),  # Arabic-Indic digit is not accepted
        ("9978010101900001", "nik_province", "99"),
        ("0078010101900001", "nik_province", "00"),
        ("3500010101900001", "nik_regency", "tidak boleh 00"),
        ("3578000101900001", "nik_district", "tidak boleh 00"),
        ("3578010001900001", "nik_day", "tertulis 00"),
        ("3578013201900001", "nik_day", "tertulis 32"),
        ("3578014001900001", "nik_day", "tertulis 40"),
        ("3578017201900001", "nik_day", "tertulis 72"),
        ("3578010100900001", "nik_month", "tertulis 00"),
        ("3578010113900001", "nik_month", "tertulis 13"),
        ("3578013102900001", "nik_date", "31 Februari"),
        ("3578017104900001", "nik_date", "31 April"),  # woman, 31 April
        ("3578010101900000", "nik_serial", "0000"),
    ],
)
def test_error_codes_and_messages(text: str, code: str, fragment: str) -> None:
    err = error_of(text)
    assert err.code == code
    assert fragment in err.message
    assert str(err) == err.message
    assert isinstance(err, ValueError)


def test_length_message_is_the_documented_one() -> None:
    assert (
        error_of("357801010190001").message == "NIK harus 16 digit angka; yang dimasukkan 15 digit."
    )


def test_error_messages_do_not_echo_the_number() -> None:
    err = error_of("3578010101900000")
    assert "3578010101900000" not in err.message


# --- warnings -----------------------------------------------------------------------------


def test_unknown_regency_is_a_warning_not_an_error() -> None:
    nik = parse_nik("3599010101900001", TODAY)
    assert [w.code for w in nik.warnings] == ["nik_regency_unknown"]
    assert "3599" in nik.warnings[0].message
    assert nik.region_label == "Kode wilayah 3599 tidak dikenal"


def test_old_papua_code_is_known() -> None:
    nik = parse_nik("9101014112900003", TODAY)  # old KAB. MERAUKE code, woman
    assert nik.warnings == ()
    assert nik.regency_code == "9101"
    assert nik.region_label.startswith("KABUPATEN MERAUKE, PAPUA SELATAN")


def test_new_papua_province_codes_are_accepted() -> None:
    for prefix in ("9301", "9401", "9501", "9601", "9671"):
        assert parse_nik(f"{prefix}010101900001", TODAY).warnings == ()


def test_birth_date_mismatch_is_a_warning() -> None:
    nik = parse_nik(SURABAYA_MAN, TODAY, birth_date=date(1990, 1, 2))
    assert nik.birth_date == date(1990, 1, 1)  # the NIK wins; staff record the reason
    assert [w.code for w in nik.warnings] == ["nik_birthdate_mismatch"]
    assert "2 Januari 1990" in nik.warnings[0].message
    assert "1 Januari 1990" in nik.warnings[0].message


def test_sex_mismatch_is_a_warning() -> None:
    nik = parse_nik(SURABAYA_MAN, TODAY, sex="P")
    assert nik.sex == "L"
    assert nik.warnings == (
        NikWarning(
            "nik_sex_mismatch",
            "Jenis kelamin yang diisi (perempuan) berbeda dengan yang tercatat pada NIK "
            "(laki-laki). NIK tidak pernah diganti: periksa dokumen dan catat alasannya.",
        ),
    )


def test_matching_typed_data_gives_no_warning() -> None:
    nik = parse_nik("3578014505050002", TODAY, birth_date=date(2005, 5, 5), sex="P")
    assert nik.warnings == ()


def test_all_warnings_together() -> None:
    nik = parse_nik("3599010101900001", TODAY, birth_date=date(1991, 1, 1), sex="P")
    assert [w.code for w in nik.warnings] == [
        "nik_regency_unknown",
        "nik_birthdate_mismatch",
        "nik_sex_mismatch",
    ]


# --- masking ------------------------------------------------------------------------------


def test_masked_property_keeps_16_characters() -> None:
    nik = parse_nik(SURABAYA_MAN, TODAY)
    assert nik.masked == "******010190****"
    assert len(nik.masked) == 16


def test_repr_does_not_leak_the_nik() -> None:
    nik = parse_nik(SURABAYA_MAN, TODAY)
    assert repr(nik) == "Nik('******010190****')"
    assert SURABAYA_MAN not in repr(nik)
    assert SURABAYA_MAN not in repr([nik])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3578010101900001", "******010190****"),
        ("3578 0101 0190 0001", "******010190****"),
        ("35.78.01-010190-0001", "******010190****"),
        ("NIK 3578010101900001 tidak ditemukan", "NIK ******010190**** tidak ditemukan"),
        ("a=3578010101900001;b=3171014505050002", "a=******010190****;b=******450505****"),
        ("Budi Santoso", "Budi Santoso"),
        ("", ""),
        ("12345678901", "12345678901"),  # KPJ stays
        ("357801010190001", "357801010190001"),  # 15 digits
        ("35780101019000011", "35780101019000011"),  # 17 digits
        ("3578 0101 0190 0001 7", "3578 0101 0190 0001 7"),  # part of a longer number
    ],
)
def test_mask_nik(text: str, expected: str) -> None:
    assert mask_nik(text) == expected


# --- encode -------------------------------------------------------------------------------


def test_encode_nik() -> None:
    assert encode_nik("3578", date(1990, 1, 1), "L", 1) == "3578010101900001"
    assert encode_nik("357805", date(2005, 5, 5), "P", 42) == "3578054505050042"


@pytest.mark.parametrize(
    ("region", "sex", "serial"),
    [("357", "L", 1), ("3500", "L", 1), ("357800", "L", 1), ("35ab", "L", 1), ("3578", "X", 1),
     ("3578", "L", 0), ("3578", "L", 10000)],
)  # fmt: skip
def test_encode_nik_rejects_bad_input(region: str, sex: str, serial: int) -> None:
    with pytest.raises(ValueError):
        encode_nik(region, date(1990, 1, 1), sex, serial)  # type: ignore[arg-type]


REGENCY_CODES = [r.code for r in all_regencies(include_aliases=True)]
CENTURY_SAFE_FROM = TODAY.replace(year=TODAY.year - 100) + timedelta(days=1)


@settings(database=None, max_examples=300)
@given(
    regency=st.sampled_from(REGENCY_CODES),
    district=st.integers(1, 99),
    birth=st.dates(min_value=CENTURY_SAFE_FROM, max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(1, 9999),
)
def test_round_trip_within_a_century(
    regency: str, district: int, birth: date, sex: Sex, serial: int
) -> None:
    nik = parse_nik(encode_nik(f"{regency}{district:02d}", birth, sex, serial), TODAY)
    assert nik.regency_code == regency
    assert nik.district_code == f"{regency}{district:02d}"
    assert (nik.birth_date, nik.sex, nik.serial) == (birth, sex, serial)
    assert nik.warnings == ()


@settings(database=None, max_examples=300)
@given(
    regency=st.sampled_from(REGENCY_CODES),
    birth=st.dates(min_value=date(1926, 1, 1), max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(1, 9999),
)
def test_round_trip_since_1926_with_typed_birth_date(
    regency: str, birth: date, sex: Sex, serial: int
) -> None:
    nik = parse_nik(encode_nik(regency, birth, sex, serial), TODAY, birth_date=birth, sex=sex)
    assert (nik.regency_code, nik.birth_date, nik.sex, nik.serial) == (regency, birth, sex, serial)
    assert nik.warnings == ()


@settings(database=None)
@given(st.text(max_size=20))
def test_parse_nik_never_fails_with_anything_but_identifier_error(text: str) -> None:
    try:
        nik = parse_nik(text, TODAY)
    except IdentifierError as err:
        assert err.code.startswith("nik_") and err.message
    else:
        assert isinstance(nik, Nik) and len(nik.value) == 16


# --- KK -----------------------------------------------------------------------------------


def test_parse_kk() -> None:
    assert parse_kk("3578 0123 4567 8901") == "3578012345678901"
    assert parse_kk("0000000000000000") == "0000000000000000"  # shape only


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "kk_empty"), ("357801234567890", "kk_length"), ("3578O12345678901", "kk_nondigit")],
)
def test_parse_kk_errors(text: str, code: str) -> None:
    with pytest.raises(IdentifierError) as info:
        parse_kk(text)
    assert info.value.code == code
    assert "Nomor KK" in info.value.message


# --- KPJ ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12345678901", "12345678901"),
        ("123 4567 8901", "12345678901"),
        ("12-345.678-901", "12345678901"),
        ("04a12345678", "04A12345678"),  # old Jamsostek card with a letter
        ("JK123456789", "JK123456789"),
    ],
)
def test_parse_kpj(text: str, expected: str) -> None:
    assert parse_kpj(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "fragment"),
    [
        ("", "kpj_empty", "belum diisi"),
        ("1234567890", "kpj_length", "yang dimasukkan 10 karakter"),
        ("123456789012", "kpj_length", "yang dimasukkan 12 karakter"),
        ("1234567890/", "kpj_chars", "'/'"),
        ("1234567890É", "kpj_chars", "'É'"),
    ],
)
def test_parse_kpj_errors(text: str, code: str, fragment: str) -> None:
    with pytest.raises(IdentifierError) as info:
        parse_kpj(text)
    assert info.value.code == code
    assert fragment in str(info.value)


# --- search box helpers -------------------------------------------------------------------


def test_search_box_helpers() -> None:
    assert is_probably_nik("3578 0101 0190 0001")
    assert not is_probably_nik("357801010190001")
    assert not is_probably_nik("12345678901")
    assert is_probably_kpj("12345678901")
    assert is_probably_kpj("04a1234 5678")
    assert not is_probably_kpj("ABDULRAHMAN")  # a name, not a KPJ
    assert not is_probably_kpj("3578010101900001")
    assert not is_probably_nik("Budi") and not is_probably_kpj("Budi")


def test_clean_identifier() -> None:
    assert clean_identifier(" 35.78-01\u00a001 ") == "35780101"
