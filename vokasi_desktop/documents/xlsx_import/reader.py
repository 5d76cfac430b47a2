"""Stage 2: stream the rows of a prechecked file, header matched to the kind's spec."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from vokasi_desktop.documents.xlsx_import.model import (
    DEFAULT_MAX_COLS,
    DEFAULT_MAX_RATIO,
    DEFAULT_MAX_ROWS,
    DEFAULT_MAX_UNCOMPRESSED,
    ImportCancelled,
    ImportFileError,
    Precheck,
    RawRow,
    ReadStats,
)
from vokasi_desktop.documents.xlsx_import.security import precheck_file
from vokasi_desktop.documents.xlsx_templates import (
    ImportSpec,
    import_spec,
)

# --- stage 2: reading rows ------------------------------------------------------------------


def _normalise_header(value: object) -> str:
    return " ".join(str(value).split()).casefold()


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True, slots=True)
class _HeaderMap:
    keys: tuple[str | None, ...]  # per column index (0-based): field key or None
    letters: dict[str, str]  # field key -> letter


def _match_header(row: Sequence[Any], spec: ImportSpec) -> _HeaderMap:
    by_header = {_normalise_header(f.header): f for f in spec.fields}
    keys: list[str | None] = []
    seen: dict[str, int] = {}
    problems: list[tuple[str, str | None, str]] = []
    unknown: list[tuple[int, str]] = []
    for index, value in enumerate(row):
        letter = get_column_letter(index + 1)
        if _is_blank(value):
            keys.append(None)
            continue
        spec_field = by_header.get(_normalise_header(value))
        if spec_field is None:
            keys.append(None)
            unknown.append((index, str(value).strip()))
            continue
        if spec_field.key in seen:
            first = get_column_letter(seen[spec_field.key] + 1)
            problems.append(
                (
                    "duplicate_header",
                    letter,
                    f"Kolom {first} dan {letter} sama-sama berjudul '{spec_field.header}'. "
                    "Hapus salah satunya.",
                )
            )
            keys.append(None)
            continue
        seen[spec_field.key] = index
        keys.append(spec_field.key)

    missing = [f for f in spec.fields if f.key not in seen]
    missing_headers = [f.header for f in missing]
    for index, text in unknown:
        letter = get_column_letter(index + 1)
        suggestion = difflib.get_close_matches(text, missing_headers, n=1, cutoff=0.5)
        if not suggestion and index < len(spec.fields) and spec.fields[index] in missing:
            suggestion = [spec.fields[index].header]
        if suggestion:
            hint = f"Judul yang diharapkan: '{suggestion[0]}'."
        else:
            hint = "Hapus kolom ini; judul yang dikenal: " + ", ".join(spec.headers) + "."
        problems.append(
            ("unknown_header", letter, f"Kolom {letter} berjudul '{text}' tidak dikenal. {hint}")
        )
    for spec_field in missing:
        if not spec_field.required:
            continue
        position = get_column_letter(spec.fields.index(spec_field) + 1)
        problems.append(
            (
                "missing_header",
                None,
                f"Kolom wajib '{spec_field.header}' tidak ditemukan (pada templat di kolom "
                f"{position}).",
            )
        )
    for group in spec.one_of:
        if not any(key in seen for key in group):
            names = " atau ".join(f"'{spec.field(key).header}'" for key in group)
            problems.append(("missing_header", None, f"Kolom {names} harus ada."))
    if problems:
        code, letter, _ = problems[0]
        messages = [message for _, _, message in problems]
        raise ImportFileError(
            code,
            "Judul kolom di baris 1 tidak sesuai templat:\n" + "\n".join(messages),
            column=letter,
            details=messages,
        )
    return _HeaderMap(tuple(keys), {key: get_column_letter(i + 1) for key, i in seen.items()})


def _header_hint(rows: Sequence[Sequence[Any]], spec: ImportSpec) -> str:
    wanted = {_normalise_header(f.header) for f in spec.fields}
    for number, row in enumerate(rows, 2):
        found = sum(
            1 for value in row if not _is_blank(value) and _normalise_header(value) in wanted
        )
        if found >= 2:
            return f" Judul kolom ditemukan di baris {number}: hapus baris di atasnya."
    return ""


def read_rows(
    path: str | os.PathLike[str],
    kind: str,
    *,
    stats: ReadStats | None = None,
    precheck: Precheck | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_cols: int = DEFAULT_MAX_COLS,
    max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED,
    max_ratio: float = DEFAULT_MAX_RATIO,
) -> Iterator[RawRow]:
    """Stream the non-blank data rows of an import file, header checked against ``kind``.

    Runs :func:`precheck_file` first unless its result is passed in. ``progress`` gets the
    number of rows read (every 500 rows); ``cancel`` is polled as often and raises
    :class:`ImportCancelled`. Raises :class:`ImportFileError` for file and header problems
    (before the first row is yielded).
    """
    spec = import_spec(kind)
    file = Path(path)
    checked = precheck or precheck_file(
        file,
        max_rows=max_rows,
        max_cols=max_cols,
        max_uncompressed=max_uncompressed,
        max_ratio=max_ratio,
    )
    stats = stats if stats is not None else ReadStats()
    stats.sheet_name = checked.sheet_name
    stats.expected_rows = max(checked.nonempty_rows - 1, 0)
    if checked.nonempty_rows == 0:
        raise ImportFileError(
            "no_header",
            f"Lembar '{checked.sheet_name}' kosong. Baris 1 harus berisi judul kolom dan data "
            "dimulai di baris 2.",
        )
    # A file object, not the path: openpyxl refuses names not ending in .xlsx/.xlsm, and the
    # content was already checked above.
    handle = file.open("rb")
    try:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=False, keep_links=False)
        except Exception as exc:  # openpyxl raises many types for damaged files
            raise ImportFileError(
                "corrupt", f"File {file.name} tidak dapat dibaca: {type(exc).__name__}."
            ) from None
        try:
            yield from _stream_rows(workbook, checked, spec, stats, progress, cancel)
        finally:
            workbook.close()
    finally:
        handle.close()


_PROGRESS_EVERY = 500


def _stream_rows(
    workbook: Any,
    checked: Precheck,
    spec: ImportSpec,
    stats: ReadStats,
    progress: Callable[[int], None] | None,
    cancel: Callable[[], bool] | None,
) -> Iterator[RawRow]:
    sheet = workbook[checked.sheet_name]
    # A stored dimension can lie (A1:XFD1048576 would pad every row to 16,384 cells):
    # use what the precheck counted.
    sheet.reset_dimensions()
    width = checked.last_col
    rows = sheet.iter_rows(min_row=1, max_row=checked.last_row, max_col=width, values_only=True)
    header = next(rows, None)
    if header is None or all(_is_blank(value) for value in header):
        lookahead = [row for _, row in zip(range(8), rows, strict=False)]
        raise ImportFileError(
            "no_header",
            "Baris 1 harus berisi judul kolom sesuai templat, tetapi baris 1 kosong."
            + _header_hint(lookahead, spec),
        )
    mapping = _match_header(header, spec)
    if checked.nonempty_rows <= 1:
        raise ImportFileError(
            "no_data", "File hanya berisi judul kolom; belum ada baris data untuk diimpor."
        )
    keys = mapping.keys + (None,) * max(0, width - len(mapping.keys))
    letters = mapping.letters
    formulas = checked.formula_cells
    pending_blank = 0
    read = 0
    for row_number, row in enumerate(rows, 2):
        read += 1
        if read % _PROGRESS_EVERY == 0:
            if cancel is not None and cancel():
                raise ImportCancelled
            if progress is not None:
                progress(read)
        values: dict[str, Any] = {}
        extras: list[tuple[str, Any]] = []
        blank = True
        for index, value in enumerate(row):
            if value is None or (type(value) is str and not value.strip()):
                continue
            blank = False
            key = keys[index] if index < len(keys) else None
            if key is None:
                extras.append((get_column_letter(index + 1), value))
            else:
                values[key] = value
        formula_keys: frozenset[str] = frozenset()
        if formulas:
            formula_keys = frozenset(
                key
                for index, key in enumerate(keys)
                if key is not None and (row_number, index + 1) in formulas
            )
            if formula_keys:
                blank = False
        if blank:
            pending_blank += 1
            continue
        stats.blank_rows += pending_blank
        pending_blank = 0
        stats.data_rows += 1
        yield RawRow(row_number, values, formula_keys, tuple(extras), letters)
    if progress is not None:
        progress(read)
