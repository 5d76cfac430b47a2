"""Streaming Excel reports driven by column specs (openpyxl write-only mode).

Plain data in, file out: the service layer builds :class:`SheetSpec` objects whose ``rows`` are
any iterable (a query cursor, a generator) of mappings keyed by :attr:`Column.key` or of tuples
in column order; :func:`write_report` streams them to disk in constant memory.

Layout of every sheet::

    row 1        report title (bold)
    row 2..      subtitle lines: branch, period, "Dibuat: 28 November 2026 10:15 oleh budi"
    (optional)   sheet heading
    blank row
    header row   bold, filled, bordered, wrapped; panes frozen below it; autofilter from here
    data rows    typed cells: NIK as text, dates DD/MM/YYYY, Rupiah "Rp"#,##0, percentages
    totals row   "Jumlah" and the sums of the columns with ``total=True`` (static values)

Number formats were checked in LibreOffice 7.4 under English and Indonesian locales:
``"Rp"#,##0`` shows ``Rp2,400,000`` and ``Rp2.400.000``; ``[$Rp-421]#,##0`` shows the same, so
the plain literal (understood by every spreadsheet program) is used.

The file appears all at once: the workbook is saved to a hidden temporary file beside the
target and renamed over it only when complete. Cancelling or any error deletes the partial
file and openpyxl's per-sheet temporary files (they hold personal data).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from vokasi_desktop.documents.xlsx_safe import (
    CellStyle,
    CellWriter,
    clean_text,
    needs_guard,
    wrapped_line_count,
)
from vokasi_desktop.domain.progress import NEVER_CANCELLED, CancelToken, Progress, Report, no_report

__all__ = [
    "COLUMN_KINDS",
    "DATETIME_FORMAT",
    "DATE_FORMAT",
    "EXCEL_MAX_ROWS",
    "INT_FORMAT",
    "PERCENT_FORMAT",
    "RECAP_DIMENSIONS",
    "RUPIAH_FORMAT",
    "Column",
    "ReportError",
    "ReportResult",
    "SheetSpec",
    "enrolment_columns",
    "institution_columns",
    "monthly_recap_sheets",
    "participant_columns",
    "quota_columns",
    "recap_columns",
    "register_columns",
    "write_report",
]

ColumnKind = Literal["text", "nik", "date", "datetime", "int", "rupiah", "percent"]
COLUMN_KINDS: tuple[str, ...] = ("text", "nik", "date", "datetime", "int", "rupiah", "percent")

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
INT_FORMAT = "#,##0"
RUPIAH_FORMAT = '"Rp"#,##0'
PERCENT_FORMAT = "0.0%"

EXCEL_MAX_ROWS = 1_048_576
_EXCEL_MAX_COLS = 16_384

_DEFAULT_WIDTH: dict[str, float] = {
    "text": 24,
    "nik": 20,
    "date": 12,
    "datetime": 17,
    "int": 10,
    "rupiah": 16,
    "percent": 10,
}
_NUMBER_FORMAT: dict[str, str | None] = {
    "text": None,
    "nik": "@",
    "date": DATE_FORMAT,
    "datetime": DATETIME_FORMAT,
    "int": INT_FORMAT,
    "rupiah": RUPIAH_FORMAT,
    "percent": PERCENT_FORMAT,
}
_TOTAL_KINDS = frozenset({"int", "rupiah"})

# How often the callbacks run: often enough for a responsive progress bar and Cancel button,
# rarely enough not to show in the rows/s figure.
PROGRESS_EVERY = 1_000
CANCEL_EVERY = 250
PROGRESS_TEXT = "Menulis baris"

_THIN = Side(style="thin", color="808080")
_HEADER_STYLE = CellStyle(
    font=Font(bold=True),
    fill=PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7"),
    border=Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN),
    alignment=Alignment(wrap_text=True, vertical="center", horizontal="center"),
)
_TITLE_STYLE = CellStyle(font=Font(bold=True, size=14))
_SUBTITLE_STYLE = CellStyle(font=Font(size=10))
_HEADING_STYLE = CellStyle(font=Font(bold=True, size=11))
_NOTE_STYLE = CellStyle(font=Font(italic=True, color="666666"))
_TOTAL_BORDER = Border(top=Side(style="thin", color="000000"), bottom=Side(style="double"))
_TOTAL_FONT = Font(bold=True)

_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


class ReportError(Exception):
    """The report could not be written; ``str(error)`` is an Indonesian message for the user."""


@dataclass(frozen=True, slots=True)
class Column:
    """One report column.

    Attributes:
        key: key of the value in a row mapping (ignored for tuple rows, which go by position).
        header: Indonesian header text.
        kind: ``text`` (user text, never a formula), ``nik`` (identifier as text: NIK, KK, KPJ,
            masked or full), ``date``, ``datetime``, ``int``, ``rupiah`` (whole Rupiah),
            ``percent`` (a fraction: 0.125 shows as 12,5%).
        width: column width in characters; ``None`` picks a default for the kind.
        total: add this column's sum to the totals row (``int`` and ``rupiah`` only).
        auto_number: the exporter numbers the rows 1, 2, 3...; such a column takes no value
            from the row (tuple rows leave it out).
    """

    key: str
    header: str
    kind: ColumnKind = "text"
    width: float | None = None
    total: bool = False
    auto_number: bool = False

    def __post_init__(self) -> None:
        if self.kind not in COLUMN_KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")
        if self.total and self.kind not in _TOTAL_KINDS:
            raise ValueError(f"column {self.key!r}: total needs kind int or rupiah")
        if self.auto_number and self.kind != "int":
            raise ValueError(f"column {self.key!r}: auto_number needs kind int")

    @property
    def effective_width(self) -> float:
        """The width written to the sheet."""
        return self.width if self.width is not None else _DEFAULT_WIDTH[self.kind]


Row = Mapping[str, Any] | Sequence[Any]


@dataclass(slots=True)
class SheetSpec:
    """One worksheet: a name, its columns and a stream of rows.

    Attributes:
        name: sheet tab name (cut to Excel's 31 characters; ``[]:*?/\\`` replaced).
        columns: the column specs, left to right.
        rows: mappings keyed by column key, or tuples in column order (without
            ``auto_number`` columns). Consumed once.
        heading: optional bold line under the subtitle lines (e.g. "Rekap per Segmen").
        empty_text: note written under the header when there are no rows.
    """

    name: str
    columns: Sequence[Column]
    rows: Iterable[Row]
    heading: str | None = None
    empty_text: str = "Tidak ada data."


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What :func:`write_report` wrote: the final path and the data rows per sheet."""

    path: Path
    rows_per_sheet: dict[str, int] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        """Data rows over all sheets (title, header and totals rows not counted)."""
        return sum(self.rows_per_sheet.values())


def write_report(
    path: str | os.PathLike[str],
    *,
    title: str,
    subtitle_lines: Sequence[str] = (),
    sheets: Sequence[SheetSpec],
    report: Report = no_report,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ReportResult:
    """Write an xlsx report with one or more sheets, streaming the rows.

    Args:
        path: target file; replaced only when the new file is complete.
        title: report title, row 1 of every sheet.
        subtitle_lines: lines under the title (branch, period, "Dibuat: ... oleh ...").
        sheets: at least one :class:`SheetSpec`.
        report: receives ``Progress(rows written so far over all sheets, 0)`` every 1,000
            rows and once at the end.
        cancel: checked every 250 rows; a cancelled token stops the export.

    Returns:
        The final path and the number of data rows per sheet.

    Raises:
        Cancelled: the token was cancelled; no file is left behind.
        ReportError: the target cannot be written or a sheet exceeds Excel's row limit.
    """
    if not sheets:
        raise ValueError("a report needs at least one sheet")
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"Folder tujuan tidak ditemukan: {folder}")

    wb = Workbook(write_only=True)
    wb.properties.title = title
    wb.properties.creator = "vokasi-desktop"
    counts: dict[str, int] = {}
    tmp_name: str | None = None
    try:
        written = 0
        used_names: set[str] = set()
        for spec in sheets:
            name = _unique_sheet_name(spec.name, used_names)
            rows, written = _write_sheet(
                wb, name, spec, title, subtitle_lines, written, report, cancel
            )
            counts[name] = rows
        cancel.raise_if_cancelled()
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=folder)
        os.close(fd)
        wb.save(tmp_name)
        with open(tmp_name, "rb+") as handle:
            os.fsync(handle.fileno())
        try:
            os.replace(tmp_name, target)
        except PermissionError as exc:
            raise ReportError(
                f"File {target.name} tidak dapat ditimpa; mungkin sedang dibuka di program "
                "lain. Tutup file itu lalu coba lagi."
            ) from exc
        tmp_name = None
    except OSError as exc:
        raise ReportError(f"Gagal menyimpan {target.name}: {exc.strerror or exc}") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.remove(tmp_name)
        _discard_temp_files(wb)
    report(Progress(written, 0, PROGRESS_TEXT))
    return ReportResult(target, counts)


def _write_sheet(
    wb: Workbook,
    name: str,
    spec: SheetSpec,
    title: str,
    subtitle_lines: Sequence[str],
    written: int,
    report: Report,
    cancel: CancelToken,
) -> tuple[int, int]:
    """Stream one sheet; returns (data rows of this sheet, data rows of all sheets so far)."""
    columns = list(spec.columns)
    if not columns:
        raise ValueError(f"sheet {spec.name!r} has no columns")
    if len(columns) > _EXCEL_MAX_COLS:
        raise ReportError(f"Lembar {name} memiliki terlalu banyak kolom.")
    ws = wb.create_sheet(name)
    if hasattr(ws, "_values_to_row"):  # write-only: stream the cells without detours
        ws._values_to_row = _row_cells(ws)
    cw = CellWriter(ws)
    last_letter = get_column_letter(len(columns))

    # write_only: widths, panes and print titles must exist before the first row is streamed.
    for index, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = column.effective_width
    header_row = 1 + len(subtitle_lines) + (1 if spec.heading else 0) + 2
    lines = max(wrapped_line_count(c.header, c.effective_width, bold=True) for c in columns)
    if lines > 1:
        # No spreadsheet program re-measures a wrapped header on opening: size it here.
        ws.row_dimensions[header_row].height = 15 * lines
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    ws.append([cw.text(title, _TITLE_STYLE)])
    for line in subtitle_lines:
        ws.append([cw.text(line, _SUBTITLE_STYLE)])
    if spec.heading:
        ws.append([cw.text(spec.heading, _HEADING_STYLE)])
    ws.append([])
    ws.append([cw.text(column.header, _HEADER_STYLE) for column in columns])

    converters = [_converter(cw, column) for column in columns]
    numbered = [column.auto_number for column in columns]
    any_numbered = any(numbered)
    keys = [column.key for column in columns]
    tuple_slots = [i for i, column in enumerate(columns) if not column.auto_number]
    total_index = [i for i, column in enumerate(columns) if column.total]
    totals: list[int | float | Decimal] = [0] * len(columns)
    max_data_rows = EXCEL_MAX_ROWS - header_row - (1 if total_index else 0)

    count = 0
    append = ws.append
    for row in spec.rows:
        if count % CANCEL_EVERY == 0:
            cancel.raise_if_cancelled()
        count += 1
        if count > max_data_rows:
            raise ReportError(
                f"Lembar {name} melebihi batas Excel 1.048.576 baris; persempit periode atau "
                "filter data."
            )
        if isinstance(row, Mapping):
            values = [row.get(key) for key in keys]
        else:
            values = [None] * len(columns)
            for slot, value in zip(tuple_slots, row, strict=False):
                values[slot] = value
        if any_numbered:
            for i, flag in enumerate(numbered):
                if flag and values[i] is None:
                    values[i] = count
        for i in total_index:
            value = values[i]
            if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                totals[i] = _add(totals[i], value)
        append([convert(value) for convert, value in zip(converters, values, strict=True)])
        if count % PROGRESS_EVERY == 0:
            report(Progress(written + count, 0, PROGRESS_TEXT))

    last_data_row = header_row + count
    if count == 0:
        ws.append([cw.text(spec.empty_text, _NOTE_STYLE)])
    elif total_index:
        ws.append(_totals_row(cw, columns, totals))
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{max(last_data_row, header_row)}"
    return count, written + count


_REUSABLE_TYPES = frozenset({int, float, Decimal, date, datetime})


def _row_cells(ws: Any) -> Callable[[Sequence[Any], int], Iterable[Any]]:
    """A faster ``WriteOnlyWorksheet._values_to_row`` for rows made by :class:`CellWriter`.

    openpyxl's own version tries ``cell.value = value`` first and, for a ready styled
    ``Cell``, catches the ValueError that raises, then builds a fresh cell for the next
    value: an exception and an extra object per styled cell, ~25% of a large export.
    Here a styled ``Cell`` is used as it is; plain values (str, numbers, None) go through
    one reusable ``WriteOnlyCell`` exactly as openpyxl binds them (formula detection
    included, though user text never reaches it unguarded).
    """

    def values_to_row(values: Sequence[Any], row_idx: int) -> Iterable[Any]:
        plain = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                plain.value = value
                cell = plain
            cell.column = col_idx
            cell.row = row_idx
            yield cell
            if cell is plain and plain.has_style:  # e.g. a bare date got a number format
                plain = WriteOnlyCell(ws)

    return values_to_row


def _converter(cw: CellWriter, column: Column) -> Callable[[Any], Any]:
    """A function turning one raw value into what ``ws.append`` needs for this column."""
    kind = column.kind
    number_format = _NUMBER_FORMAT[kind]
    if kind == "text":
        return cw.text
    if kind == "nik":
        nik = cw.nik
        reused_nik = cw.nik("0")  # reused row after row, as for numbers below
        assert isinstance(reused_nik, Cell)

        def convert_nik(raw: Any) -> Any:
            if type(raw) is str and raw:
                text = clean_text(raw)
                if not needs_guard(text):
                    reused_nik.value = text
                    reused_nik.data_type = "s"
                    return reused_nik
            return nik(raw)

        return convert_nik
    assert number_format is not None
    style = CellStyle(number_format=number_format)
    styled = cw.value
    # One styled cell per column, reused row after row: a write-only sheet writes each row
    # inside ``append``, before the next row is converted. Other values (None, text, bool)
    # get their own cell from the writer as before.
    reused = cw.value(0, style)
    assert isinstance(reused, Cell)

    def value(raw: Any, style: CellStyle) -> Any:
        if type(raw) in _REUSABLE_TYPES:
            reused.value = raw
            return reused
        return styled(raw, style)
    if kind == "date":

        def convert_date(raw: Any) -> Any:
            if isinstance(raw, datetime):
                raw = raw.date()
            return value(raw, style)

        return convert_date
    if kind == "datetime":

        def convert_datetime(raw: Any) -> Any:
            if isinstance(raw, datetime) and raw.tzinfo is not None:
                # Excel has no time zones: show the wall-clock time the caller gave.
                raw = raw.replace(tzinfo=None)
            return value(raw, style)

        return convert_datetime

    def convert_number(raw: Any) -> Any:
        return value(raw, style)

    return convert_number


def _add(total: int | float | Decimal, value: int | float | Decimal) -> int | float | Decimal:
    """``total + value``; a Decimal meeting a float gives a float (Decimal refuses that sum)."""
    if isinstance(total, Decimal):
        return float(total) + value if isinstance(value, float) else total + value
    if isinstance(value, Decimal):
        return total + float(value) if isinstance(total, float) else value + total
    return total + value


def _totals_row(
    cw: CellWriter, columns: Sequence[Column], totals: Sequence[int | float | Decimal]
) -> list[Any]:
    cells: list[Any] = []
    label_done = False
    for index, column in enumerate(columns):
        number_format = _NUMBER_FORMAT[column.kind] if column.total else None
        style = CellStyle(number_format=number_format, font=_TOTAL_FONT, border=_TOTAL_BORDER)
        if column.total:
            cells.append(cw.value(totals[index], style))
        elif not label_done:
            cells.append(cw.text("Jumlah", style))
            label_done = True
        else:
            cells.append(cw.value(None, style))
    return cells


def _unique_sheet_name(name: str, used: set[str]) -> str:
    """A valid, unique Excel sheet name: no ``[]:*?/\\``, at most 31 characters."""
    base = _SHEET_NAME_BAD.sub("-", name).strip().strip("'") or "Lembar"
    base = base[:31]
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = base[: 31 - len(suffix)] + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


def _discard_temp_files(wb: Workbook) -> None:
    """Delete openpyxl's per-sheet temporary files of an unsaved write-only workbook.

    openpyxl streams each write-only sheet to a file in the system temp folder and removes it
    only when the workbook is saved (or at interpreter exit): after a cancel or an error those
    files would keep personal data on disk for as long as the app runs.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None or getattr(ws, "closed", True):
            continue
        rows = getattr(ws, "_rows", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
            writer.close()
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            with contextlib.suppress(Exception):
                writer.cleanup()


# ---------------------------------------------------------------------------------------------
# Report definitions. The service layer feeds rows keyed by these column keys.


def _nik_column(full_nik: bool) -> Column:
    return Column("nik", "NIK" if full_nik else "NIK (disamarkan)", "nik", 20)


def participant_columns(full_nik: bool) -> list[Column]:
    """Participant list of one class, sent to the training institution.

    Row keys: nik, kpj, name, sex, birth_place, birth_date, phone, segment, enrolled_on,
    status (display text). The caller passes the NIK masked unless ``full_nik`` (the
    institution needs it only for certification); the header says which.
    """
    return [
        Column("no", "No", "int", 6, auto_number=True),
        _nik_column(full_nik),
        Column("kpj", "KPJ", "nik", 14),
        Column("name", "Nama Peserta", "text", 32),
        Column("sex", "L/P", "text", 5),
        Column("birth_place", "Tempat Lahir", "text", 18),
        Column("birth_date", "Tanggal Lahir", "date", 13),
        Column("phone", "Telepon", "text", 16),
        Column("segment", "Segmen", "text", 9),
        Column("enrolled_on", "Tanggal Daftar", "date", 13),
        Column("status", "Status", "text", 16),
    ]


def enrolment_columns(full_nik: bool) -> list[Column]:
    """Enrolments in a period (branch use).

    Row keys: enrolled_on, nik, name, segment, class_code, class_title, institution, mode,
    start_date, end_date, status, cost (whole Rupiah, totalled), clerk.
    """
    return [
        Column("no", "No", "int", 6, auto_number=True),
        Column("enrolled_on", "Tanggal Daftar", "date", 13),
        _nik_column(full_nik),
        Column("name", "Nama Peserta", "text", 30),
        Column("segment", "Segmen", "text", 9),
        Column("class_code", "Kode Kelas", "text", 14),
        Column("class_title", "Judul Pelatihan", "text", 30),
        Column("institution", "Lembaga", "text", 28),
        Column("mode", "Mode", "text", 10),
        Column("start_date", "Tanggal Mulai", "date", 13),
        Column("end_date", "Tanggal Selesai", "date", 13),
        Column("status", "Status", "text", 16),
        Column("cost", "Biaya", "rupiah", 16, total=True),
        Column("clerk", "Petugas", "text", 14),
    ]


def register_columns() -> list[Column]:
    """Document register (buku agenda surat keluar).

    Row keys: number, issued_on, doc_type (label), subject (NIKs masked), issued_by,
    status ("Berlaku"/"Dibatalkan"), note (reason of a void).
    """
    return [
        Column("no", "No", "int", 6, auto_number=True),
        Column("number", "Nomor Dokumen", "text", 26),
        Column("issued_on", "Tanggal", "date", 13),
        Column("doc_type", "Jenis", "text", 26),
        Column("subject", "Perihal", "text", 48),
        Column("issued_by", "Diterbitkan oleh", "text", 16),
        Column("status", "Status", "text", 12),
        Column("note", "Keterangan", "text", 30),
    ]


#: Monthly recap tables: dimension -> (sheet name, label column header).
RECAP_DIMENSIONS: dict[str, tuple[str, str]] = {
    "segment": ("Per Segmen", "Segmen"),
    "status": ("Per Status", "Status"),
    "institution": ("Per Lembaga", "Lembaga"),
    "mode": ("Per Mode", "Mode Pelatihan"),
}


def recap_columns(dimension: str) -> list[Column]:
    """Columns of one monthly recap table.

    ``status``: keys label, count (totalled), share (fraction of all enrolments).
    Others (``segment``, ``institution``, ``mode``): keys label, enrolled, completed,
    cancelled (all totalled), completion_rate (fraction), cost (Rupiah, totalled).
    """
    if dimension not in RECAP_DIMENSIONS:
        raise ValueError(f"unknown recap dimension {dimension!r}")
    width = 34 if dimension == "institution" else 20
    label = Column("label", RECAP_DIMENSIONS[dimension][1], "text", width)
    if dimension == "status":
        return [
            label,
            Column("count", "Jumlah Peserta", "int", 14, total=True),
            Column("share", "Persentase", "percent", 12),
        ]
    return [
        label,
        Column("enrolled", "Peserta Terdaftar", "int", 12, total=True),
        Column("completed", "Selesai", "int", 10, total=True),
        Column("cancelled", "Batal/Tidak Lulus", "int", 12, total=True),
        Column("completion_rate", "Tingkat Kelulusan", "percent", 12),
        Column("cost", "Biaya", "rupiah", 18, total=True),
    ]


def monthly_recap_sheets(tables: Mapping[str, Iterable[Row]]) -> list[SheetSpec]:
    """Sheets of the monthly branch recap, one small table per dimension given.

    ``tables`` maps a :data:`RECAP_DIMENSIONS` key to its rows, e.g.
    ``{"segment": [...], "status": [...], "institution": [...], "mode": [...]}``; the sheets
    come out in :data:`RECAP_DIMENSIONS` order.
    """
    unknown = set(tables) - set(RECAP_DIMENSIONS)
    if unknown:
        raise ValueError(f"unknown recap dimensions {sorted(unknown)}")
    sheets = []
    for dimension, (sheet_name, _label) in RECAP_DIMENSIONS.items():
        if dimension in tables:
            sheets.append(
                SheetSpec(
                    sheet_name,
                    recap_columns(dimension),
                    tables[dimension],
                    heading=f"Rekap {sheet_name.lower()}",
                )
            )
    return sheets


def quota_columns(label_header: str = "Periode") -> list[Column]:
    """Quota (seats) and budget use.

    Row keys: label (period, segment or programme year, headed ``label_header``), seats,
    seats_used, seats_left, seats_used_rate (fraction), budget, budget_used, budget_left
    (whole Rupiah), budget_used_rate (fraction). Counts and amounts are totalled.
    """
    return [
        Column("label", label_header, "text", 20),
        Column("seats", "Kuota Kursi", "int", 11, total=True),
        Column("seats_used", "Kursi Terpakai", "int", 11, total=True),
        Column("seats_left", "Sisa Kursi", "int", 11, total=True),
        Column("seats_used_rate", "Kuota Terpakai (%)", "percent", 12),
        Column("budget", "Anggaran", "rupiah", 18, total=True),
        Column("budget_used", "Realisasi Anggaran", "rupiah", 18, total=True),
        Column("budget_left", "Sisa Anggaran", "rupiah", 18, total=True),
        Column("budget_used_rate", "Serapan Anggaran (%)", "percent", 12),
    ]


def institution_columns() -> list[Column]:
    """Institution roster with licence status.

    Row keys: code, name, type, licence_number, licence_issuer, licence_issued,
    licence_expires, licence_status (display text: "Berlaku", "Segera berakhir",
    "Kedaluwarsa"), founded_on, accreditation, accreditation_expires, pks_number, pks_to,
    region, contact, phone, capacity (totalled), status.
    """
    return [
        Column("no", "No", "int", 6, auto_number=True),
        Column("code", "Kode", "text", 12),
        Column("name", "Nama Lembaga", "text", 32),
        Column("type", "Jenis", "text", 9),
        Column("licence_number", "No Izin", "text", 22),
        Column("licence_issuer", "Penerbit Izin", "text", 24),
        Column("licence_issued", "Tanggal Izin", "date", 12),
        Column("licence_expires", "Izin Berlaku s.d.", "date", 12),
        Column("licence_status", "Status Izin", "text", 16),
        Column("founded_on", "Mulai Beroperasi", "date", 12),
        Column("accreditation", "Akreditasi", "text", 11),
        Column("accreditation_expires", "Akreditasi s.d.", "date", 12),
        Column("pks_number", "No PKS", "text", 20),
        Column("pks_to", "PKS Berakhir", "date", 12),
        Column("region", "Wilayah", "text", 26),
        Column("contact", "Kontak", "text", 20),
        Column("phone", "Telepon", "text", 16),
        Column("capacity", "Kapasitas", "int", 10, total=True),
        Column("status", "Status Lembaga", "text", 14),
    ]
