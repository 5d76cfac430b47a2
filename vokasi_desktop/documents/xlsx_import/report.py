"""The error report written for the user (xlsx), in the language the caller chooses."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vokasi_desktop.documents.xlsx_export import Column, ReportResult, SheetSpec, write_report
from vokasi_desktop.documents.xlsx_import.model import CellError
from vokasi_desktop.documents.xlsx_safe import safe_text


def error_report_path(input_path: str | os.PathLike[str], suffix: str = "kesalahan") -> Path:
    """Where the error report of ``input_path`` goes: ``<name>-kesalahan.xlsx`` beside it
    (``suffix`` replaces "kesalahan": the English GUI writes ``<name>-errors.xlsx``)."""
    source = Path(input_path)
    return source.with_name(f"{source.stem}-{suffix}.xlsx")


def indonesian_message(item: CellError) -> str:
    """The problem's own (Indonesian) message: the default of :class:`ReportTexts`."""
    return item.message


@dataclass(frozen=True)
class ReportTexts:
    """Every word of the error report, so the UI can write it in its language.

    Attributes:
        title: the report's title.
        columns: titles of the row, column, header, value and problem columns.
        sheet: the sheet's name.
        empty: what the sheet says when there is no problem.
        warning: prefix of a warning's message (``%1`` is the message).
        file: the subtitle line naming the imported file (``%1``).
        suffix: the end of the report's file name (see :func:`error_report_path`).
        message: the text of one problem (the UI passes its translator; default Indonesian).
    """

    title: str = "Laporan Kesalahan Impor"
    columns: tuple[str, str, str, str, str] = ("Baris", "Kolom", "Judul Kolom", "Nilai", "Pesan")
    sheet: str = "Kesalahan"
    empty: str = "Tidak ada kesalahan."
    warning: str = "Peringatan: %1"
    file: str = "Berkas: %1"
    suffix: str = "kesalahan"
    message: Callable[[CellError], str] = indonesian_message


INDONESIAN = ReportTexts()


def _columns(texts: ReportTexts) -> tuple[Column, ...]:
    row, column, header, value, message = texts.columns
    return (
        Column("row", row, "int", 8),
        Column("column", column, "text", 8),
        Column("header", header, "text", 22),
        Column("value", value, "text", 30),
        Column("message", message, "text", 80),
    )


def write_error_report(
    path: str | os.PathLike[str],
    errors: Iterable[CellError],
    *,
    title: str | None = None,
    subtitle_lines: Sequence[str] = (),
    texts: ReportTexts = INDONESIAN,
) -> ReportResult:
    """Write the problems of an import to an xlsx (row, column, header, value, problem).

    ``texts`` gives the words (default Indonesian; the GUI passes its language's).
    Values and messages pass through :func:`~vokasi_desktop.documents.xlsx_safe.safe_text`:
    what the user typed is shown, never evaluated. Warnings carry the ``texts.warning`` prefix.
    Returns what :func:`~vokasi_desktop.documents.xlsx_export.write_report` returns.
    """

    def rows() -> Iterator[tuple[Any, ...]]:
        for item in errors:
            message = texts.message(item)
            if item.severity == "warning":
                message = texts.warning.replace("%1", message)
            yield (
                item.row,
                item.column_letter,
                safe_text(item.header),
                safe_text(item.value),
                safe_text(message),
            )

    return write_report(
        path,
        title=title or texts.title,
        subtitle_lines=subtitle_lines,
        sheets=[SheetSpec(texts.sheet, _columns(texts), rows(), empty_text=texts.empty)],
    )
