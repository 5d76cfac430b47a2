"""Stage 3a: parse one cell value per field type (identifiers, dates, months, numbers, enums)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from vokasi_desktop.documents.xlsx_templates import (
    FieldSpec,
)
from vokasi_desktop.domain import fields
from vokasi_desktop.domain.formatting import (
    MONTH_NAMES_ID,
    FormatError,
    format_date_short_id,
    parse_date_id,
    parse_rupiah,
)
from vokasi_desktop.domain.identifiers import IdentifierError, parse_kk, parse_kpj

# --- stage 3: validation ----------------------------------------------------------------------


class _Problem(Exception):
    """A cell that does not parse: ``code``, Indonesian ``message``, ``params`` for other
    languages (the cell's header and value are added by the caller)."""

    def __init__(self, code: str, message: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params or {}


_MONTH_WORDS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES_ID, 1):
    _MONTH_WORDS[_name.casefold()] = _number
    _MONTH_WORDS[_name[:3].casefold()] = _number
_MONTH_WORDS.update({"agt": 8, "ags": 8, "okt": 10, "des": 12, "nop": 11, "pebruari": 2})
_WORD_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")
_WORD_MONTH = re.compile(r"([A-Za-z]+)\.?\s+(\d{4})")
_NUM_MONTH = re.compile(r"(\d{1,2})[/.\-](\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_INT_TEXT = re.compile(r"-?\d+")
_INT_GROUPED = re.compile(r"-?\d{1,3}(?:\.\d{3})+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MIN_YEAR, _MAX_YEAR = 1900, 2099


def _display(value: object) -> str:
    """The cell value as text for messages and the error report."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return format_date_short_id(value.date())
        return f"{format_date_short_id(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date_short_id(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def _text_of(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return _display(value)
    return str(value)


def _numeric_identifier(spec_field: FieldSpec, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    if spec_field.type in ("nik", "kk"):
        raise _Problem(
            f"{spec_field.type}_numeric",
            f"{spec_field.header} harus diisi sebagai teks; angka 16 digit kehilangan digit "
            "terakhir di Excel. Format kolom sebagai Teks lalu ketik ulang.",
        )
    if spec_field.type == "kpj":
        raise _Problem(
            "kpj_numeric",
            "KPJ harus diisi sebagai teks; sebagai angka, angka 0 di depan dan huruf pada "
            "kartu lama hilang. Format kolom sebagai Teks lalu ketik ulang.",
        )
    raise _Problem(
        "phone_numeric",
        f"{spec_field.header} harus diisi sebagai teks agar angka 0 di depan tidak hilang.",
    )


def _parse_identifier(spec_field: FieldSpec, value: object) -> str:
    _numeric_identifier(spec_field, value)
    text = str(value).strip().lstrip("'")
    try:
        if spec_field.type == "kk":
            return parse_kk(text)
        return parse_kpj(text)
    except IdentifierError as err:
        raise _Problem(err.code, err.message) from None


def _check_year(parsed: date, header: str) -> date:
    if not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        raise _Problem(
            "date_range",
            f"{header}: tahun {parsed.year} di luar rentang {_MIN_YEAR}-{_MAX_YEAR}.",
            {"year": parsed.year, "low": _MIN_YEAR, "high": _MAX_YEAR},
        )
    return parsed


def _parse_date(spec_field: FieldSpec, value: object) -> date:
    if isinstance(value, datetime):
        return _check_year(value.date(), spec_field.header)
    if isinstance(value, date):
        return _check_year(value, spec_field.header)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise _Problem(
            "date_number",
            f"{spec_field.header} tertulis sebagai angka ({_display(value)}), bukan tanggal. "
            "Isi sebagai tanggal dd/mm/yyyy, mis. 17/08/2026.",
        )
    if isinstance(value, time):
        raise _Problem("date_format", f"{spec_field.header} berisi jam, bukan tanggal.")
    text = str(value).strip()
    words = _WORD_DATE.fullmatch(text)
    if words:
        month = _MONTH_WORDS.get(words.group(2).casefold())
        if month is None:
            raise _Problem("date_format", f"Nama bulan '{words.group(2)}' tidak dikenal.")
        text = f"{words.group(1)}/{month}/{words.group(3)}"
    try:
        parsed = parse_date_id(text)
    except FormatError as err:
        raise _Problem(err.code, err.message) from None
    return _check_year(parsed, spec_field.header)


def _parse_month(spec_field: FieldSpec, value: object) -> date:
    if isinstance(value, (datetime, date)):
        day = value.date() if isinstance(value, datetime) else value
        return _check_year(day.replace(day=1), spec_field.header)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise _Problem(
            "month_format",
            f"{spec_field.header} tertulis sebagai angka ({_display(value)}). Isi bulan "
            "sebagai mm/yyyy, mis. 03/2025.",
        )
    text = str(value).strip()
    month = year = 0
    if match := _NUM_MONTH.fullmatch(text):
        month, year = int(match.group(1)), int(match.group(2))
    elif match := _ISO_MONTH.fullmatch(text):
        year, month = int(match.group(1)), int(match.group(2))
    elif match := _WORD_MONTH.fullmatch(text):
        month = _MONTH_WORDS.get(match.group(1).casefold(), 0)
        year = int(match.group(2))
    else:
        try:
            return _parse_date(spec_field, text).replace(day=1)
        except _Problem:
            raise _Problem(
                "month_format",
                f"Format bulan tidak dikenali: '{text}'. Tulis bulan/tahun, mis. 03/2025.",
            ) from None
    if not 1 <= month <= 12:
        raise _Problem("month_format", f"Bulan harus 01 sampai 12; tertulis '{text}'.")
    return _check_year(date(year, month, 1), spec_field.header)


def _check_min(spec_field: FieldSpec, number: int) -> int:
    low = spec_field.min_value
    if low is not None and number < low:
        if number < 0:
            raise _Problem("negative", f"{spec_field.header} tidak boleh negatif ({number}).")
        raise _Problem(
            "too_small", f"{spec_field.header} minimal {low}; tertulis {number}.", {"limit": low}
        )
    return number


def _parse_int(spec_field: FieldSpec, value: object) -> int:
    if isinstance(value, bool):
        raise _Problem("int_format", f"{spec_field.header} harus bilangan bulat.")
    if isinstance(value, int):
        return _check_min(spec_field, value)
    if isinstance(value, float):
        if not value.is_integer():
            raise _Problem(
                "int_format", f"{spec_field.header} harus bilangan bulat; tertulis {value}."
            )
        return _check_min(spec_field, int(value))
    if isinstance(value, (datetime, date)):
        raise _Problem("int_format", f"{spec_field.header} berisi tanggal, bukan bilangan.")
    text = "".join(str(value).split())
    if _INT_GROUPED.fullmatch(text):
        text = text.replace(".", "")
    if not _INT_TEXT.fullmatch(text):
        raise _Problem(
            "int_format", f"{spec_field.header} harus bilangan bulat; tertulis '{value}'."
        )
    return _check_min(spec_field, int(text))


def _parse_rupiah(spec_field: FieldSpec, value: object) -> int:
    if isinstance(value, bool):
        raise _Problem("rupiah_format", f"{spec_field.header} harus jumlah rupiah.")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise _Problem(
                "rupiah_cents", f"{spec_field.header} tidak boleh memakai sen ({value})."
            )
        return _check_min(spec_field, int(value))
    if isinstance(value, (datetime, date)):
        raise _Problem("rupiah_format", f"{spec_field.header} berisi tanggal, bukan rupiah.")
    try:
        amount = parse_rupiah(str(value))
    except FormatError as err:
        raise _Problem(err.code, err.message) from None
    return _check_min(spec_field, amount)


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


_ENUM_LOOKUPS: dict[tuple[str, str], dict[str, str]] = {}


def _enum_lookup(kind: str, spec_field: FieldSpec) -> dict[str, str]:
    lookup = _ENUM_LOOKUPS.get((kind, spec_field.key))
    if lookup is None:
        lookup = {}
        for option in spec_field.options:
            for word in (option.code, option.choice, option.label, *option.synonyms):
                lookup.setdefault(_fold(word), option.code)
        _ENUM_LOOKUPS[(kind, spec_field.key)] = lookup
    return lookup


# (kind, field key) -> typed text -> code: a column of choices holds few distinct texts.
_ENUM_SEEN: dict[tuple[str, str], dict[str, str]] = {}
_ENUM_SEEN_MAX = 256


def _parse_enum(kind: str, spec_field: FieldSpec, value: object) -> str:
    seen = _ENUM_SEEN.setdefault((kind, spec_field.key), {})
    if type(value) is str and (known := seen.get(value)) is not None:
        return known
    code = _enum_lookup(kind, spec_field).get(_fold(_text_of(value)))
    if code is not None and type(value) is str and len(seen) < _ENUM_SEEN_MAX:
        seen[value] = code
    if code is None:
        choices = ", ".join(option.choice for option in spec_field.options)
        raise _Problem(
            "enum",
            f"Nilai '{_display(value)}' tidak dikenal untuk {spec_field.header}. "
            f"Pilihan: {choices}.",
            {"choices": choices},
        )
    return code


def _parse_text(spec_field: FieldSpec, value: object) -> str:
    text = " ".join(_CONTROL.sub("", _text_of(value)).split())
    limit = spec_field.max_length
    if limit is not None and len(text) > limit:
        raise _Problem(
            "too_long",
            f"{spec_field.header} terlalu panjang: {len(text)} karakter, maksimal {limit}.",
            {"length": len(text), "limit": limit},
        )
    return text


def _parse_code(spec_field: FieldSpec, value: object) -> str:
    try:
        return fields.parse_code(_parse_text(spec_field, value), spec_field.header)
    except fields.FieldError as err:
        raise _Problem(err.code, err.message, err.params) from None


def _parse_region(spec_field: FieldSpec, value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        return fields.parse_regency_code(str(value))
    except fields.FieldError as err:
        raise _Problem(err.code, err.message, err.params) from None


def _parse_phone(spec_field: FieldSpec, value: object) -> str:
    _numeric_identifier(spec_field, value)
    try:
        return fields.parse_phone(_parse_text(spec_field, value))
    except fields.FieldError as err:
        raise _Problem(err.code, err.message, err.params) from None


def _parse_value(kind: str, spec_field: FieldSpec, value: object) -> Any:
    field_type = spec_field.type
    if field_type in ("kk", "kpj"):
        return _parse_identifier(spec_field, value)
    if field_type == "date":
        return _parse_date(spec_field, value)
    if field_type == "month":
        return _parse_month(spec_field, value)
    if field_type == "int":
        return _parse_int(spec_field, value)
    if field_type == "rupiah":
        return _parse_rupiah(spec_field, value)
    if field_type == "enum":
        return _parse_enum(kind, spec_field, value)
    if field_type == "code":
        return _parse_code(spec_field, value)
    if field_type == "region":
        return _parse_region(spec_field, value)
    if field_type == "phone":
        return _parse_phone(spec_field, value)
    return _parse_text(spec_field, value)
