"""NIK, KK and KPJ numbers: cleaning, structural checks, decoding and masking.

NIK layout ``PP KK CC DDMMYY SSSS``: province, regency/city, district (where the NIK
was first issued), birth day (+40 for women), month, two-digit year, serial 0001-9999.
There is no check digit, and a NIK is never reissued: differences from data typed by
staff are warnings, never errors. Error and warning messages are Indonesian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from vokasi_desktop.domain import regions, vocabulary
from vokasi_desktop.domain.formatting import format_date_id, month_name_id

__all__ = [
    "KK_LENGTH",
    "KPJ_LENGTH",
    "NIK_LENGTH",
    "IdentifierError",
    "Nik",
    "NikWarning",
    "Sex",
    "clean_identifier",
    "encode_nik",
    "is_probably_kpj",
    "is_probably_nik",
    "mask_nik",
    "mask_nik_digits",
    "parse_kk",
    "parse_kpj",
    "parse_nik",
]

Sex = Literal["L", "P"]
"""L = laki-laki (male), P = perempuan (female)."""

NIK_LENGTH: Final = 16
KK_LENGTH: Final = 16
KPJ_LENGTH: Final = 11
_FEMALE_DAY_OFFSET: Final = 40
_MASK_SHOWN: Final = slice(6, 12)
"""The one part of a NIK a mask shows: the birth digits DDMMYY (see ``mask_nik``)."""

_SEPARATORS: Final = str.maketrans("", "", ".-\u2010\u2011\u2012\u2013\u2014")
_SEX_WORDS: Final[dict[str, str]] = {t.code: t.in_sentence for t in vocabulary.SEXES}
# 16 digits, optionally split by single spaces, dots or dashes, not part of a longer number.
_NIK_LIKE: Final = re.compile(r"(?<![\d])(?<!\d[ .\-])\d(?:[ .\-]?\d){15}(?![ .\-]?\d)")


class IdentifierError(ValueError):
    """An identifier that cannot be accepted.

    ``code`` is a stable reason (e.g. ``"nik_length"``); ``message`` is Indonesian and
    is also ``str(err)``. Messages never repeat the full number (they may be logged).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class NikWarning:
    """Something to check with the participant; ``message`` is Indonesian."""

    code: str
    message: str


@dataclass(frozen=True, slots=True, repr=False)
class Nik:
    """A structurally valid NIK and what it encodes.

    ``repr()`` shows only the masked number, so a Nik in a log or traceback does not
    leak the full NIK.
    """

    value: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    sex: Sex
    serial: int
    warnings: tuple[NikWarning, ...] = ()

    @property
    def masked(self) -> str:
        """Only the birth digits shown: ``******010190****`` (see ``mask_nik``)."""
        return mask_nik_digits(self.value)

    @property
    def region_label(self) -> str:
        """Where the NIK was issued, e.g. ``"KOTA SURABAYA, JAWA TIMUR"``."""
        return regions.region_label(self.regency_code)

    def __repr__(self) -> str:
        return f"Nik({self.masked!r})"


def clean_identifier(text: str) -> str:
    """Drop whitespace, dots and dashes (as typed or pasted from a card)."""
    return "".join(text.split()).translate(_SEPARATORS)


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def mask_nik_digits(digits: str) -> str:
    """Mask 16 clean digits: ``3578010101900001`` -> ``******010190****``.

    The one mask of the application (screens, messages, documents, exports); see
    ``mask_nik`` for why it shows exactly these digits.
    """
    shown = digits[_MASK_SHOWN]
    return "*" * _MASK_SHOWN.start + shown + "*" * (len(digits) - _MASK_SHOWN.stop)


def mask_nik(text: str) -> str:
    """Mask every NIK-looking number in ``text``; leave everything else unchanged.

    A NIK-looking number is 16 digits, possibly split by single spaces, dots or
    dashes, and not part of a longer number. It becomes ``******010190****``
    (16 characters, separators dropped). KK numbers have the same shape and are
    masked too, which is intended.

    Why these digits. A NIK is ``PP KK CC DDMMYY SSSS``. Every output that shows a
    masked NIK also prints, beside it, the holder's birth date and sex (which give
    ``DDMMYY`` exactly), and exports print the region (which gives ``PPKKCC``). The
    serial ``SSSS`` is printed nowhere except as the signed QR's last four digits.
    The old mask (``3578********0001``) hid exactly the birth digits and showed the
    serial, so an export row rebuilt the full NIK. This mask shows only the digits that
    every output prints anyway in words (birth date and sex), and hides both parts that
    some output prints elsewhere: the region (exports, which carry no QR) and the serial
    (the QR, on letters, slips and certificates, which never print the NIK's region).
    Whatever one output prints, region and serial are never both available, so the NIK
    cannot be rebuilt from a single document or export.
    """
    return _NIK_LIKE.sub(lambda m: mask_nik_digits(clean_identifier(m.group(0))), text)


def _first_bad_char(text: str, allowed: str) -> str:
    return next(ch for ch in text if ch not in allowed)


_DIGITS: Final = "0123456789"
_KPJ_CHARS: Final = _DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _check_digits(text: str, *, name: str, length: int, prefix: str) -> str:
    """Clean and check "exactly ``length`` ASCII digits"; errors use ``prefix`` codes."""
    digits = clean_identifier(text)
    if not digits:
        raise IdentifierError(f"{prefix}_empty", f"{name} belum diisi.")
    if not _is_ascii_digits(digits):
        bad = _first_bad_char(digits, _DIGITS)
        raise IdentifierError(
            f"{prefix}_nondigit",
            f"{name} hanya boleh berisi angka; ada karakter '{bad}'.",
        )
    if len(digits) != length:
        raise IdentifierError(
            f"{prefix}_length",
            f"{name} harus {length} digit angka; yang dimasukkan {len(digits)} digit.",
        )
    return digits


def _resolve_birth_date(day: int, month: int, yy: int, today: date) -> date:
    """Pick 20YY unless that date is after ``today``, then 19YY.

    1900 is the only 19YY/20YY pair whose leap years differ (2000 is a leap year), so
    a day missing from the calendar in 20YY is missing in 19YY too.
    """
    for year in (2000 + yy, 1900 + yy):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= today or year < 2000:
            return candidate
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    if month == 2 and day == 29:
        reason = f"29 Februari tidak ada pada tahun {year} (bukan tahun kabisat)"
    else:
        reason = f"tanggal {day} {month_name_id(month)} tidak ada di kalender"
    raise IdentifierError("nik_date", f"Tanggal lahir pada NIK tidak valid: {reason}.")


def parse_nik(
    text: str,
    today: date | None = None,
    *,
    birth_date: date | None = None,
    sex: Sex | None = None,
) -> Nik:
    """Clean and check a NIK and decode it; raise IdentifierError if it cannot be valid.

    ``today`` (default: ``date.today()``) decides the century of the birth year.
    ``birth_date`` and ``sex`` typed by staff are compared with the NIK: a difference
    gives a warning, not an error. A typed birth date that differs only by century
    (the NIK holds two year digits) is taken as the birth date without a warning.
    """
    today = today or date.today()
    value = _check_digits(text, name="NIK", length=NIK_LENGTH, prefix="nik")
    province, kk, district = value[:2], value[2:4], value[4:6]
    day_code, month, yy, serial = int(value[6:8]), int(value[8:10]), int(value[10:12]), value[12:]
    regency = value[:4]
    warnings: list[NikWarning] = []

    if not regions.is_known_province(province):
        raise IdentifierError(
            "nik_province",
            f"Kode provinsi {province} pada NIK (2 digit pertama) tidak dikenal.",
        )
    if kk == "00":
        raise IdentifierError(
            "nik_regency", "Kode kabupaten/kota pada NIK (digit ke-3 dan ke-4) tidak boleh 00."
        )
    if district == "00":
        raise IdentifierError(
            "nik_district", "Kode kecamatan pada NIK (digit ke-5 dan ke-6) tidak boleh 00."
        )
    if 1 <= day_code <= 31:
        encoded_sex: Sex = "L"
        day = day_code
    elif 1 + _FEMALE_DAY_OFFSET <= day_code <= 31 + _FEMALE_DAY_OFFSET:
        encoded_sex = "P"
        day = day_code - _FEMALE_DAY_OFFSET
    else:
        raise IdentifierError(
            "nik_day",
            "Tanggal lahir pada NIK (digit ke-7 dan ke-8) harus 01-31 untuk laki-laki "
            f"atau 41-71 untuk perempuan; tertulis {day_code:02d}.",
        )
    if not 1 <= month <= 12:
        raise IdentifierError(
            "nik_month",
            f"Bulan lahir pada NIK (digit ke-9 dan ke-10) harus 01-12; tertulis {month:02d}.",
        )
    encoded_birth = _resolve_birth_date(day, month, yy, today)
    if serial == "0000":
        raise IdentifierError(
            "nik_serial", "Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000."
        )

    if not regions.is_known_regency(regency):
        warnings.append(
            NikWarning(
                "nik_regency_unknown",
                f"Kode kabupaten/kota {regency} pada NIK tidak ada dalam daftar Kemendagri. "
                "Periksa kembali NIK pada KTP.",
            )
        )
    decoded_birth = encoded_birth
    if birth_date is not None and birth_date != encoded_birth:
        same_digits = (birth_date.day, birth_date.month, birth_date.year % 100) == (
            day,
            month,
            yy,
        )
        if same_digits and birth_date <= today:
            decoded_birth = birth_date
        else:
            warnings.append(
                NikWarning(
                    "nik_birthdate_mismatch",
                    f"Tanggal lahir yang diisi ({format_date_id(birth_date)}) berbeda dengan "
                    f"tanggal lahir pada NIK ({format_date_id(encoded_birth)}). NIK tidak "
                    "pernah diganti: periksa dokumen dan catat alasannya.",
                )
            )
    if sex is not None and sex != encoded_sex:
        warnings.append(
            NikWarning(
                "nik_sex_mismatch",
                f"Jenis kelamin yang diisi ({_SEX_WORDS[sex]}) berbeda dengan yang tercatat "
                f"pada NIK ({_SEX_WORDS[encoded_sex]}). NIK tidak pernah diganti: periksa "
                "dokumen dan catat alasannya.",
            )
        )
    return Nik(
        value=value,
        province_code=province,
        regency_code=regency,
        district_code=value[:6],
        birth_date=decoded_birth,
        sex=encoded_sex,
        serial=int(serial),
        warnings=tuple(warnings),
    )


def encode_nik(region_code: str, birth_date: date, sex: Sex, serial: int) -> str:
    """Build a NIK: the inverse of ``parse_nik`` (for demo data and tests).

    ``region_code`` is a 4-digit regency code (district ``01`` is used) or a 6-digit
    district code. Only the structure is checked, not the region tables.
    """
    region = clean_identifier(region_code)
    if len(region) == 4:
        region += "01"
    if len(region) != 6 or not _is_ascii_digits(region):
        raise ValueError(f"region_code must be 4 or 6 digits, got {region_code!r}")
    if region[2:4] == "00" or region[4:6] == "00":
        raise ValueError(f"regency and district parts must not be 00: {region_code!r}")
    if sex not in vocabulary.SEXES:
        raise ValueError(f"sex must be 'L' or 'P', got {sex!r}")
    if not 1 <= serial <= 9999:
        raise ValueError(f"serial must be 1-9999, got {serial}")
    day = birth_date.day + (_FEMALE_DAY_OFFSET if sex == "P" else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"


def parse_kk(text: str) -> str:
    """Clean and check a KK (family card) number: 16 digits, shape only."""
    return _check_digits(text, name="Nomor KK", length=KK_LENGTH, prefix="kk")


def parse_kpj(text: str) -> str:
    """Clean and check a KPJ (membership) number: 11 characters, digits or letters A-Z.

    Letters occur only on old Jamsostek cards. There is no public check digit, so a
    KPJ cannot be verified offline: this checks the shape only. Returns upper case.
    """
    kpj = clean_identifier(text).upper()
    if not kpj:
        raise IdentifierError("kpj_empty", "Nomor KPJ belum diisi.")
    # ASCII letters and digits after upper(): all in _KPJ_CHARS (the usual case, no loop).
    if not (kpj.isascii() and kpj.isalnum()) and any(ch not in _KPJ_CHARS for ch in kpj):
        bad = _first_bad_char(kpj, _KPJ_CHARS)
        raise IdentifierError(
            "kpj_chars",
            f"Nomor KPJ hanya boleh berisi angka dan huruf A-Z; ada karakter '{bad}'.",
        )
    if len(kpj) != KPJ_LENGTH:
        raise IdentifierError(
            "kpj_length",
            f"Nomor KPJ harus {KPJ_LENGTH} karakter (angka, atau huruf pada kartu Jamsostek "
            f"lama); yang dimasukkan {len(kpj)} karakter.",
        )
    return kpj


def is_probably_nik(text: str) -> bool:
    """For a search box: 16 digits after cleaning (a KK has the same shape)."""
    cleaned = clean_identifier(text)
    return len(cleaned) == NIK_LENGTH and _is_ascii_digits(cleaned)


def is_probably_kpj(text: str) -> bool:
    """For a search box: 11 letters/digits after cleaning, with at least one digit.

    Requiring a digit keeps an 11-letter name (e.g. "ABDULRAHMAN") out of KPJ search.
    """
    cleaned = clean_identifier(text).upper()
    return (
        len(cleaned) == KPJ_LENGTH
        and all(ch in _KPJ_CHARS for ch in cleaned)
        and any(ch in _DIGITS for ch in cleaned)
    )
