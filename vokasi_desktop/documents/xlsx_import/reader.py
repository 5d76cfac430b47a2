"""Stage 2: stream the rows of a prechecked file, header matched to the kind's spec."""

from __future__ import annotations

import difflib
import importlib.util
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from vokasi_desktop.documents.xlsx_import.model import (
    DEFAULT_MAX_COLS,
    DEFAULT_MAX_RATIO,
    DEFAULT_MAX_ROWS,
    DEFAULT_MAX_UNCOMPRESSED,
    FileProblem,
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
from vokasi_desktop.domain.progress import NEVER_CANCELLED, CancelToken, Progress, Report, no_report

# The fast reader, imported when a file is read (start-up stays light); openpyxl (always
# installed) reads the same files more slowly.
_HAVE_CALAMINE = importlib.util.find_spec("python_calamine") is not None

#: The reader :func:`read_rows` uses unless told otherwise.
DEFAULT_READER = "calamine" if _HAVE_CALAMINE else "openpyxl"

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
    problems: list[tuple[str, str | None, str, dict[str, Any]]] = []
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
                    {"first": first, "column": letter, "header": spec_field.header},
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
        params: dict[str, Any] = {"column": letter, "text": text}
        if suggestion:
            hint = f"Judul yang diharapkan: '{suggestion[0]}'."
            params["expected"] = suggestion[0]
        else:
            hint = "Hapus kolom ini; judul yang dikenal: " + ", ".join(spec.headers) + "."
            params["known"] = ", ".join(spec.headers)
        problems.append(
            (
                "unknown_header",
                letter,
                f"Kolom {letter} berjudul '{text}' tidak dikenal. {hint}",
                params,
            )
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
                {"header": spec_field.header, "position": position},
            )
        )
    for group in spec.one_of:
        if not any(key in seen for key in group):
            names = " atau ".join(f"'{spec.field(key).header}'" for key in group)
            headers = [spec.field(key).header for key in group]
            problems.append(
                ("missing_header", None, f"Kolom {names} harus ada.", {"one_of": headers})
            )
    if problems:
        code, letter, _, _ = problems[0]
        found = [FileProblem(c, message, params) for c, _, message, params in problems]
        raise ImportFileError(
            code,
            "Judul kolom di baris 1 tidak sesuai templat:\n" + "\n".join(p.message for p in found),
            column=letter,
            problems=found,
            params={"column": letter or ""},
        )
    return _HeaderMap(tuple(keys), {key: get_column_letter(i + 1) for key, i in seen.items()})


def _header_row(rows: Sequence[Sequence[Any]], spec: ImportSpec) -> int:
    """The number of a row below row 1 that looks like the header row (0: none)."""
    wanted = {_normalise_header(f.header) for f in spec.fields}
    for number, row in enumerate(rows, 2):
        found = sum(
            1 for value in row if not _is_blank(value) and _normalise_header(value) in wanted
        )
        if found >= 2:
            return number
    return 0


def read_rows(
    path: str | os.PathLike[str],
    kind: str,
    *,
    stats: ReadStats | None = None,
    precheck: Precheck | None = None,
    report: Report = no_report,
    cancel: CancelToken = NEVER_CANCELLED,
    reader: str | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_cols: int = DEFAULT_MAX_COLS,
    max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED,
    max_ratio: float = DEFAULT_MAX_RATIO,
) -> Iterator[RawRow]:
    """Stream the non-blank data rows of an import file, header checked against ``kind``.

    Runs :func:`precheck_file` first unless its result is passed in. ``report`` gets a
    :class:`~vokasi_desktop.domain.progress.Progress` (rows read of the rows the precheck
    counted) every 500 rows and at the end; ``cancel`` is checked as often and raises
    :class:`ImportCancelled` (a :class:`~vokasi_desktop.domain.progress.Cancelled`).
    ``reader`` is ``"calamine"`` or ``"openpyxl"`` (default: :data:`DEFAULT_READER`, calamine
    when installed); both see the same values after :func:`_normalise_calamine`. Raises
    :class:`ImportFileError` for file and header problems (before the first row is yielded).
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
            params={"sheet": checked.sheet_name},
        )
    engine = reader or DEFAULT_READER
    # calamine gives a formula cell's cached value, openpyxl the formula itself, which is
    # what the error report must show: a file with formulas (rare, refused row by row)
    # is read with openpyxl.
    if engine == "calamine" and _HAVE_CALAMINE and not checked.formula_cells:
        yield from _stream_rows(_calamine_rows(file, checked), checked, spec, stats, report, cancel)
        return
    # A file object, not the path: openpyxl refuses names not ending in .xlsx/.xlsm, and the
    # content was already checked above.
    handle = file.open("rb")
    try:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=False, keep_links=False)
        except Exception as exc:  # openpyxl raises many types for damaged files
            raise _unreadable(file, exc) from None
        try:
            sheet = workbook[checked.sheet_name]
            # A stored dimension can lie (A1:XFD1048576 would pad every row to 16,384
            # cells): use what the precheck counted.
            sheet.reset_dimensions()
            rows = sheet.iter_rows(
                min_row=1, max_row=checked.last_row, max_col=checked.last_col, values_only=True
            )
            yield from _stream_rows(rows, checked, spec, stats, report, cancel)
        finally:
            workbook.close()
    finally:
        handle.close()


def _unreadable(file: Path, exc: Exception) -> ImportFileError:
    return ImportFileError(
        "corrupt",
        f"File {file.name} tidak dapat dibaca: {type(exc).__name__}.",
        params={"file": file.name, "kind": type(exc).__name__},
    )


def _calamine_rows(file: Path, checked: Precheck) -> Iterator[Sequence[Any]]:
    """The sheet's rows through python-calamine, values as openpyxl gives them.

    calamine reads the whole sheet (Rust, ~10x openpyxl); the precheck has already bounded
    its size. Its rows start at row 1 but at the first used column: pad on the left.
    """
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(file))
        sheet = workbook.get_sheet_by_name(checked.sheet_name)
        rows = sheet.iter_rows()
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise _unreadable(file, exc) from None
    pad: tuple[None, ...] = (None,) * sheet.start[1] if sheet.start else ()
    width = checked.last_col
    normalise = _normalise_calamine
    for number, row in enumerate(rows, 1):
        if number > checked.last_row:
            break
        yield (pad + tuple(map(normalise, row)))[:width]


def _normalise_calamine(value: Any) -> Any:
    """calamine's cell value as openpyxl's: empty -> None, whole floats -> int, date -> datetime.

    A number stored as ``3578014107900001`` comes back as a float from calamine and as an int
    from openpyxl; both are numbers, so a NIK typed as a number is refused either way.
    """
    kind = type(value)
    if kind is str:
        return value if value else None
    if kind is float:
        return int(value) if value.is_integer() else value
    if kind is date:
        return datetime(value.year, value.month, value.day)
    return value


_PROGRESS_EVERY = 500


def _stream_rows(
    rows: Iterator[Sequence[Any]],
    checked: Precheck,
    spec: ImportSpec,
    stats: ReadStats,
    report: Report,
    cancel: CancelToken,
) -> Iterator[RawRow]:
    width = checked.last_col
    total = max(checked.nonempty_rows - 1, 0)
    rows = iter(rows)
    header = next(rows, None)
    if header is None or all(_is_blank(value) for value in header):
        lookahead = [row for _, row in zip(range(8), rows, strict=False)]
        found_at = _header_row(lookahead, spec)
        hint = (
            f" Judul kolom ditemukan di baris {found_at}: hapus baris di atasnya."
            if found_at
            else ""
        )
        raise ImportFileError(
            "no_header",
            "Baris 1 harus berisi judul kolom sesuai templat, tetapi baris 1 kosong." + hint,
            params={"found_at": found_at},
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
            if cancel.cancelled:
                raise ImportCancelled
            report(Progress(min(read, total), total))
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
    report(Progress(stats.data_rows, total))
