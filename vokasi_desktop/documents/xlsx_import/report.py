"""The error report written for the user (xlsx)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from vokasi_desktop.documents.xlsx_export import Column, ReportResult, SheetSpec, write_report
from vokasi_desktop.documents.xlsx_import.model import (
    CellError,
)
from vokasi_desktop.documents.xlsx_safe import safe_text

# --- error report ---------------------------------------------------------------------------


def error_report_path(input_path: str | os.PathLike[str]) -> Path:
    """Where the error report of ``input_path`` goes: ``<name>-kesalahan.xlsx`` beside it."""
    source = Path(input_path)
    return source.with_name(f"{source.stem}-kesalahan.xlsx")


_ERROR_COLUMNS = (
    Column("row", "Baris", "int", 8),
    Column("column", "Kolom", "text", 8),
    Column("header", "Judul Kolom", "text", 22),
    Column("value", "Nilai", "text", 30),
    Column("message", "Pesan", "text", 80),
)


def write_error_report(
    path: str | os.PathLike[str],
    errors: Iterable[CellError],
    *,
    title: str = "Laporan Kesalahan Impor",
    subtitle_lines: Sequence[str] = (),
) -> ReportResult:
    """Write the problems of an import to an xlsx (Baris, Kolom, Judul Kolom, Nilai, Pesan).

    Values and messages pass through :func:`~vokasi_desktop.documents.xlsx_safe.safe_text`:
    what the user typed is shown, never evaluated. Warnings are prefixed "Peringatan:".
    Returns what :func:`~vokasi_desktop.documents.xlsx_export.write_report` returns.
    """

    def rows() -> Iterator[tuple[Any, ...]]:
        for item in errors:
            message = item.message
            if item.severity == "warning":
                message = "Peringatan: " + message
            yield (
                item.row,
                item.column_letter,
                safe_text(item.header),
                safe_text(item.value),
                safe_text(message),
            )

    return write_report(
        path,
        title=title,
        subtitle_lines=subtitle_lines,
        sheets=[SheetSpec("Kesalahan", _ERROR_COLUMNS, rows(), empty_text="Tidak ada kesalahan.")],
    )
