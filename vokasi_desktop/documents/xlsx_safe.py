"""Safe cell writing for openpyxl workbooks: user text never becomes a formula.

openpyxl turns any string that starts with ``=`` into a live formula and any string equal to an
Excel error code (``#N/A``) into an error cell. Spreadsheet programs also re-evaluate a text cell
that starts with ``+ - @`` (or a tab / carriage return, or the full-width forms) as soon as a
user edits it (F2, Enter) or round-trips the sheet through CSV (OWASP "CSV injection").

Two defences, used together:

* :func:`safe_text` marks dangerous text with a leading apostrophe so the value stays inert even
  outside a typed cell (error reports, CSV). It changes what the user sees, so it is for values
  that are shown back as evidence, not for data columns.
* :class:`CellWriter` / :func:`write_cell` build write-only cells whose data type is forced to
  ``"s"`` (string) and, for dangerous text, carry ``quotePrefix`` so Excel and LibreOffice keep
  the cell as text when it is edited. The stored value is unchanged (a phone number
  ``+62812...`` stays exactly that).

NIK, KK and KPJ numbers are always written as text with the ``@`` number format: a 16-digit
number in Excel keeps only 15 significant digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Fill, Font
from openpyxl.styles.cell_style import StyleArray

__all__ = [
    "DANGEROUS_PREFIXES",
    "TEXT_FORMAT",
    "CellStyle",
    "CellWriter",
    "clean_text",
    "needs_guard",
    "safe_text",
    "wrapped_line_count",
    "write_cell",
    "write_row",
]

#: First characters that make a spreadsheet evaluate text (OWASP), plus full-width forms.
DANGEROUS_PREFIXES: tuple[str, ...] = (
    "=", "+", "-", "@", "\t", "\r",
    "\uff1d",  # FULLWIDTH EQUALS SIGN
    "\uff0b",  # FULLWIDTH PLUS SIGN
    "\uff0d",  # FULLWIDTH HYPHEN-MINUS
    "\uff20",  # FULLWIDTH COMMERCIAL AT
)  # fmt: skip
_DANGEROUS_FIRST = frozenset(DANGEROUS_PREFIXES)
_ERROR_CODES = frozenset(ERROR_CODES)

#: Excel number format "text": what the user types stays as typed.
TEXT_FORMAT = "@"

# XML 1.0 forbids these control characters; openpyxl raises IllegalCharacterError on them.
# Same set as openpyxl's ILLEGAL_CHARACTERS_RE, plus lone surrogates (not encodable as UTF-8).
_ILLEGAL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")

_EXCEL_MAX_TEXT = 32_767


def clean_text(value: object) -> str:
    """``value`` as a string that any worksheet accepts.

    ``None`` becomes ``""``; characters XML cannot store are dropped; the result is cut to
    Excel's 32,767-character cell limit. Nothing else is changed.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if _ILLEGAL_RE.search(text):
        text = _ILLEGAL_RE.sub("", text)
    if len(text) > _EXCEL_MAX_TEXT:
        text = text[:_EXCEL_MAX_TEXT]
    return text


def needs_guard(text: str) -> bool:
    """True if a spreadsheet could read ``text`` as a formula or an error value."""
    return bool(text) and (text[0] in _DANGEROUS_FIRST or text in _ERROR_CODES)


def safe_text(value: object) -> str:
    """User text made inert for any spreadsheet, even as a plain value or in a CSV.

    Text starting with ``= + - @``, a tab, a carriage return or a full-width ``＝ ＋ － ＠``, and
    text equal to an Excel error code, gets a leading apostrophe (OWASP's advice); illegal XML
    characters are dropped (see :func:`clean_text`). ``None`` becomes ``""``.

    >>> safe_text("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> safe_text("Budi")
    'Budi'
    """
    text = clean_text(value)
    if needs_guard(text):
        return "'" + text
    return text


def wrapped_line_count(text: str, width: float, *, bold: bool = False) -> int:
    """Lines ``text`` takes in a wrapping cell ``width`` characters wide (greedy word wrap).

    Spreadsheet programs do not re-measure row heights of a generated file when opening it,
    so wrapped cells need an explicit row height (about 15 points per line at 11 pt).
    """
    factor = 1.15 if bold else 1.0  # bold text runs ~15% wider than the width unit
    capacity = max(int(width / factor), 1)
    lines = 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size > capacity:
                lines, used = lines + 1, 0
            used = size if not used else used + 1 + size
            while used > capacity:  # a word longer than the column breaks mid-word
                lines, used = lines + 1, used - capacity
    return max(lines, 1)


@dataclass(frozen=True, slots=True)
class CellStyle:
    """A cell style as plain data; :class:`CellWriter` registers each distinct one once."""

    number_format: str | None = None
    font: Font | None = None
    fill: Fill | None = None
    border: Border | None = None
    alignment: Alignment | None = None
    quote_prefix: bool = False

    def with_quote_prefix(self) -> CellStyle:
        """The same style with ``quotePrefix`` set."""
        return CellStyle(
            self.number_format, self.font, self.fill, self.border, self.alignment, True
        )


_PLAIN = CellStyle()
_TEXT = CellStyle(number_format=TEXT_FORMAT)
_NUMERIC_TYPES = (int, float, Decimal)
_DATE_TYPES = (date, datetime, time)


class CellWriter:
    """Makes write-only cells for one worksheet, with styles registered once.

    Building a style through openpyxl's descriptors costs a lookup per attribute per cell;
    here each :class:`CellStyle` becomes a ``StyleArray`` once and cells copy it, which keeps
    styled streaming close to the speed of unstyled streaming.

    Attributes:
        ws: the worksheet (usually a ``WriteOnlyWorksheet``) the cells belong to.
    """

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._arrays: dict[CellStyle, StyleArray] = {}

    def _array(self, style: CellStyle) -> StyleArray:
        array = self._arrays.get(style)
        if array is None:
            probe = Cell(self.ws, row=1, column=1)
            if style.number_format is not None:
                probe.number_format = style.number_format
            if style.font is not None:
                probe.font = style.font
            if style.fill is not None:
                probe.fill = style.fill
            if style.border is not None:
                probe.border = style.border
            if style.alignment is not None:
                probe.alignment = style.alignment
            if style.quote_prefix:
                probe.quotePrefix = True
            array = self._arrays[style] = probe._style
        return array

    def text(self, value: object, style: CellStyle | None = None) -> Cell | str | None:
        """User text: always a string cell; dangerous text also gets ``quotePrefix``.

        Returns a plain ``str`` (openpyxl's fast path) when the text is harmless and no style
        is asked for, ``None`` for ``None`` or ``""`` without a style.
        """
        if value is None or value == "":
            return None if style is None else self._cell(None, style, force_text=False)
        text = clean_text(value)
        if needs_guard(text):
            return self._cell(text, (style or _PLAIN).with_quote_prefix(), force_text=True)
        if style is None:
            return text
        return self._cell(text, style, force_text=True)

    def nik(self, value: object, style: CellStyle | None = None) -> Cell | None:
        """An identifier (NIK, KK, KPJ, masked or full): text with the ``@`` format."""
        if value is None or value == "":
            return None if style is None else self._cell(None, style, force_text=False)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = clean_text(value)
        base = style or _TEXT
        if base.number_format != TEXT_FORMAT:
            base = CellStyle(
                TEXT_FORMAT, base.font, base.fill, base.border, base.alignment, base.quote_prefix
            )
        if needs_guard(text):
            base = base.with_quote_prefix()
        return self._cell(text, base, force_text=True)

    def value(self, value: object, style: CellStyle | None = None) -> Cell | object:
        """A number, date or bool with an optional style; any text goes through :meth:`text`."""
        if value is None:
            return None if style is None else self._cell(None, style, force_text=False)
        if isinstance(value, str):
            return self.text(value, style)
        if not isinstance(value, (*_NUMERIC_TYPES, *_DATE_TYPES, bool)):
            return self.text(value, style)
        if style is None:
            return value
        return self._cell(value, style, force_text=False)

    def _cell(self, value: object, style: CellStyle, *, force_text: bool) -> Cell:
        # Passing style_array to the constructor makes openpyxl copy it; the date check in
        # Cell._bind_value then sees our number format and keeps it.
        cell = Cell(self.ws, row=1, column=1, value=value, style_array=self._array(style))
        if force_text:
            cell.data_type = "s"
        return cell


_WRITERS: WeakKeyDictionary[Any, CellWriter] = WeakKeyDictionary()


def _writer_for(ws: Any) -> CellWriter:
    writer = _WRITERS.get(ws)
    if writer is None:
        writer = _WRITERS[ws] = CellWriter(ws)
    return writer


def write_cell(
    ws: Any, value: object, *, text: bool | None = None, style: CellStyle | None = None
) -> Cell | object:
    """One cell for ``ws.append([...])`` on a write-only worksheet.

    ``text=True`` writes ``value`` as user text (string cell, ``quotePrefix`` when dangerous);
    ``text=False`` writes numbers and dates natively; ``None`` (default) decides by type, and
    every ``str`` counts as user text. Use :class:`CellWriter` directly in hot loops.
    """
    writer = _writer_for(ws)
    if text or (text is None and isinstance(value, str)):
        return writer.text(value, style)
    return writer.value(value, style)


def write_row(
    ws: Any,
    values: Iterable[object],
    *,
    style: CellStyle | None = None,
    text_columns: Sequence[bool] | None = None,
) -> list[Cell | object]:
    """Append one row of values to a write-only worksheet through :func:`write_cell`.

    ``text_columns[i]`` forces column ``i`` to text (for identifiers read as numbers).
    Returns the cells appended.
    """
    cells: list[Cell | object] = []
    for index, value in enumerate(values):
        force = text_columns[index] if text_columns and index < len(text_columns) else None
        cells.append(write_cell(ws, value, text=force or None, style=style))
    ws.append(cells)
    return cells
