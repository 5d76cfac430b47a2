"""One validator per value typed by a clerk: the importer, the services and the dialogs call these.

Each function takes what was typed (text), returns the value to store, or raises
:class:`FieldError` with a stable ``code``, ``params`` for other languages and an Indonesian
``message``. Identifiers (NIK, KK, KPJ) live in :mod:`vokasi_desktop.domain.identifiers`.
"""

from __future__ import annotations

import re

from vokasi_desktop.domain import regions
from vokasi_desktop.domain.errors import ServiceError

__all__ = ["CODE_MAX", "CODE_MIN", "PHONE_MAX_DIGITS", "PHONE_MIN_DIGITS", "FieldError",
           "parse_code", "parse_phone", "parse_regency_code"]

CODE_MIN, CODE_MAX = 2, 32
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 6, 15  # 15: the longest number E.164 allows

_CODE = re.compile(rf"[A-Z0-9][A-Z0-9._/\-]{{{CODE_MIN - 1},{CODE_MAX - 1}}}")
_PHONE_SEPARATORS = str.maketrans("", "", " -.()")
_PHONE_CHARS = re.compile(r"\+?[0-9 .()\-]+")
_PHONE = re.compile(rf"\+?\d{{{PHONE_MIN_DIGITS},{PHONE_MAX_DIGITS}}}")


class FieldError(ServiceError):
    """A typed value that cannot be accepted (``code``, ``params``, Indonesian ``message``)."""


def parse_code(text: str, what: str = "Kode") -> str:
    """An institution or class code: 2-32 letters, digits, ``. / - _``, no spaces; upper case.

    ``what`` names the field in the Indonesian message ("Kode", "Kode kelas").
    """
    code = text.strip().upper()
    if not _CODE.fullmatch(code):
        raise FieldError(
            "code_format",
            f"{what} harus {CODE_MIN}-{CODE_MAX} karakter: huruf, angka, titik, garis miring, "
            "- dan _, tanpa spasi, diawali huruf atau angka.",
            {"low": CODE_MIN, "high": CODE_MAX},
        )
    return code


def parse_phone(text: str) -> str:
    """A phone number, stored compact: ``+`` only in front, then 6-15 digits.

    Spaces, hyphens, dots and parentheses between the digits are accepted and dropped
    ("(031) 555-1234" -> "0315551234"); letters and other signs are refused.
    """
    typed = text.strip()
    compact = typed.translate(_PHONE_SEPARATORS)
    if not (_PHONE_CHARS.fullmatch(typed) and _PHONE.fullmatch(compact)):
        raise FieldError(
            "phone_format",
            f"Nomor telepon tidak valid: hanya angka (boleh diawali +, boleh spasi, tanda "
            f"hubung, titik, kurung), {PHONE_MIN_DIGITS}-{PHONE_MAX_DIGITS} digit.",
            {"low": PHONE_MIN_DIGITS, "high": PHONE_MAX_DIGITS},
        )
    return compact


def parse_regency_code(text: str) -> str:
    """A regency/city code (Kemendagri): 4 digits, dots allowed ("35.78"), in the region table.

    Returns the current code (an old code that was renamed gives its successor).
    """
    typed = text.strip().lstrip("'").replace(".", "")
    if not (len(typed) == 4 and typed.isascii() and typed.isdigit()):
        raise FieldError(
            "region_format", "Kode wilayah harus 4 digit kode kabupaten/kota, mis. 3578.", {}
        )
    canonical = regions.canonical_regency_code(typed)
    if canonical is None:
        raise FieldError(
            "region_unknown",
            f"Kode wilayah {typed} tidak ada dalam daftar kabupaten/kota Kemendagri.",
            {"region": typed},
        )
    return canonical
