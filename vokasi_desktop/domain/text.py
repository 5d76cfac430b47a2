"""One validator for every free-text field: names, addresses, titles, reasons, profiles.

Text typed at a counter, imported from a spreadsheet or pasted from elsewhere ends up signed
into letters and certificates. :func:`clean_text` normalises it (NFC, outer whitespace, runs
of spaces) and refuses characters that hide or reorder what a reader sees: control characters
(NUL, escape, ...), bidirectional overrides/isolates, zero-width characters and other
invisible format characters, unpaired surrogates and private-use characters. Messages are
Indonesian and name the field.
"""

from __future__ import annotations

import unicodedata

__all__ = ["LIKE_ESCAPE", "TextError", "clean_text", "escape_like", "first_forbidden"]

LIKE_ESCAPE = "\\"

# Format characters (category Cf) that are legitimate in Indonesian text: none. Soft hyphen
# (U+00AD) is invisible too. Everything in Cc except newline/tab (multi-line fields only),
# Cf, Cs, Co and Cn (unassigned) is refused.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_NAMES = {
    "\x00": "karakter NUL",
    "\u200b": "spasi lebar-nol",
    "\u200c": "karakter lebar-nol",
    "\u200d": "karakter lebar-nol",
    "\u2060": "karakter lebar-nol",
    "\ufeff": "karakter lebar-nol (BOM)",
    "\u00ad": "tanda hubung tersembunyi",
}


class TextError(ValueError):
    """Text that cannot be accepted; ``field`` is the Indonesian field label."""

    def __init__(self, code: str, message: str, field: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


def _describe(ch: str) -> str:
    if ch in _NAMES:
        return _NAMES[ch]
    if "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" or ch in "\u200e\u200f\u061c":
        return "karakter pengatur arah teks"
    if unicodedata.category(ch) == "Cc":
        return "karakter kontrol"
    return "karakter tak terlihat/tidak sah"


def first_forbidden(text: str, *, multiline: bool = False) -> str | None:
    """The first character :func:`clean_text` refuses, or None."""
    # Fast path: a printable string holds no character of the refused categories (Python
    # counts every C* category and Z* but the ASCII space as not printable), so only texts
    # with other characters (line breaks, non-breaking spaces...) are looked at one by one.
    if text.isprintable() or (multiline and text.replace("\n", "").replace("\t", "")
                              .isprintable()):
        return None
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) in _REFUSED_CATEGORIES:
            return ch
    return None


def clean_text(value: str | None, field: str, *, max_len: int, min_len: int = 0,
               multiline: bool = False) -> str:
    """Return ``value`` normalised (NFC, trimmed, single spaces; line breaks kept when
    ``multiline``), or raise :class:`TextError` naming ``field``.

    Args:
        value: the text as typed or imported (None counts as empty).
        field: the field's Indonesian label for the message, e.g. "Nama".
        max_len: most characters allowed after normalising.
        min_len: fewest characters (0: optional field).
        multiline: allow line breaks and tabs (addresses, notes).
    """
    if not value and min_len <= 0:
        return ""  # an empty optional field (what the steps below would return for it)
    text = unicodedata.normalize("NFC", value or "")
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = first_forbidden(text, multiline=multiline)
    if bad is not None:
        raise TextError("text_forbidden_char",
                        f"{field} berisi {_describe(bad)} (U+{ord(bad):04X}) yang tidak "
                        "diizinkan; ketik ulang tanpa menyalin dari sumber lain.", field)
    if multiline:
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(lines).strip("\n")
    else:
        text = " ".join(text.split())
    if len(text) > max_len:
        raise TextError("text_too_long",
                        f"{field} terlalu panjang ({len(text)} karakter; maksimal {max_len}).",
                        field)
    if len(text) < min_len:
        if min_len <= 1:
            raise TextError("text_required", f"{field} wajib diisi.", field)
        raise TextError("text_too_short",
                        f"{field} wajib diisi (minimal {min_len} karakter).", field)
    return text


def escape_like(text: str) -> str:
    """Escape ``%``, ``_`` and the escape character for a ``LIKE ... ESCAPE '\\'`` pattern."""
    return (text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
            .replace("_", LIKE_ESCAPE + "_"))
