"""Stage 3b: row-level checks (every cell parsed, cross-column rules, duplicates in the file)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from vokasi_desktop.documents.xlsx_import.cells import (
    _display,
    _numeric_identifier,
    _parse_value,
    _Problem,
)
from vokasi_desktop.documents.xlsx_import.model import (
    DEFAULT_MAX_COLS,
    DEFAULT_MAX_RATIO,
    DEFAULT_MAX_ROWS,
    DEFAULT_MAX_UNCOMPRESSED,
    CellError,
    ParsedRow,
    RawRow,
    ReadStats,
)
from vokasi_desktop.documents.xlsx_import.reader import _is_blank, read_rows
from vokasi_desktop.documents.xlsx_templates import (
    FieldSpec,
    ImportSpec,
    import_spec,
)
from vokasi_desktop.domain import regions, vocabulary
from vokasi_desktop.domain.identifiers import IdentifierError, parse_nik
from vokasi_desktop.domain.progress import NEVER_CANCELLED, CancelToken, Report, no_report

_FORMULA_MESSAGE = (
    "Sel berisi rumus (formula). Ganti dengan nilainya: Salin, lalu Tempel Khusus > Nilai."
)
_PAST_ONLY = frozenset(
    {"birth_date", "layoff_date", "membership_since", "founded_on", "licence_issued"}
)
_LAYOFF_STATUSES = frozenset(vocabulary.LAID_OFF_STATUSES)


def validate_rows(
    raw_rows: Iterable[RawRow],
    kind: str,
    *,
    today: date,
    stats: ReadStats | None = None,
) -> Iterator[ParsedRow | CellError]:
    """Parse and check rows: a :class:`ParsedRow` per good row, :class:`CellError` per problem.

    A row with any error yields only its errors (in column order, cross-column checks last)
    and no ParsedRow. Duplicates (same NIK, KPJ or code as an earlier row of the file) are
    reported on the later row, naming the first. ``today`` (the caller's clock)
    decides the NIK century and what counts as a future date.
    """
    spec = import_spec(kind)
    stats = stats if stats is not None else ReadStats()
    seen_keys: list[dict[tuple[Any, ...], int]] = [{} for _ in spec.unique]
    for raw in raw_rows:
        errors, warnings, values = _validate_row(spec, raw, today, seen_keys)
        if errors:
            stats.error_rows += 1
            yield from errors
        else:
            stats.valid_rows += 1
            if warnings:
                stats.warning_rows += 1
            yield ParsedRow(raw.row_number, values, tuple(warnings))


def _validate_row(
    spec: ImportSpec,
    raw: RawRow,
    today: date,
    seen_keys: list[dict[tuple[Any, ...], int]],
) -> tuple[list[CellError], list[CellError], dict[str, Any]]:
    letters = raw.letters
    errors: list[CellError] = []
    warnings: list[CellError] = []
    values: dict[str, Any] = dict.fromkeys(f.key for f in spec.fields)
    failed: set[str] = set()

    def error(
        key: str,
        code: str,
        message: str,
        severity: str = "error",
        params: Mapping[str, Any] | None = None,
    ) -> None:
        spec_field = spec.field(key)
        item = CellError(
            raw.row_number,
            letters.get(key, ""),
            spec_field.header,
            _display(raw.values.get(key)),
            message,
            code,
            severity,
            dict(params or {}),
        )
        (warnings if severity == "warning" else errors).append(item)
        if severity == "error":
            failed.add(key)

    nik_field: FieldSpec | None = None
    formulas = raw.formulas
    raw_values = raw.values
    kind = spec.kind
    for spec_field in spec.fields:
        key = spec_field.key
        if formulas and key in formulas:
            error(key, "formula", _FORMULA_MESSAGE)
            continue
        value = raw_values.get(key)
        if value is None or (type(value) is str and not value.strip()):  # _is_blank, inlined
            if spec_field.required:
                error(key, "required", f"{spec_field.header} wajib diisi.")
            continue
        if spec_field.type == "nik":
            nik_field = spec_field  # parsed after birth date and sex
            continue
        try:
            values[key] = _parse_value(kind, spec_field, value)
        except _Problem as problem:
            error(key, problem.code, problem.message, params=problem.params)

    if nik_field is not None:
        _validate_nik(nik_field, raw, values, today, error)

    for letter, value in raw.extras:
        errors.append(
            CellError(
                raw.row_number,
                letter,
                "",
                _display(value),
                "Kolom tanpa judul berisi nilai. Hapus nilainya atau beri judul sesuai templat.",
                "unheaded",
            )
        )
    _cross_checks(spec, values, failed, today, error)
    _check_duplicates(spec, raw, values, failed, seen_keys, error)
    # Report in column order (stable: a column's own problem before cross-column ones).
    if len(errors) > 1:
        errors.sort(key=lambda item: (len(item.column_letter), item.column_letter))
    return errors, warnings, values


def _validate_nik(
    spec_field: FieldSpec,
    raw: RawRow,
    values: dict[str, Any],
    today: date,
    error: Callable[..., None],
) -> None:
    value = raw.values.get(spec_field.key)
    try:
        _numeric_identifier(spec_field, value)
    except _Problem as problem:
        error(spec_field.key, problem.code, problem.message, params=problem.params)
        return
    text = str(value).strip().lstrip("'")
    try:
        nik = parse_nik(text, today, birth_date=values.get("birth_date"), sex=values.get("sex"))
    except IdentifierError as err:
        error(spec_field.key, err.code, err.message)
        return
    values[spec_field.key] = nik.value
    for warning in nik.warnings:
        error(spec_field.key, warning.code, warning.message, "warning")
    if "region_code" in values and values["region_code"] is None and not _is_blank(nik.value):
        canonical = regions.canonical_regency_code(nik.regency_code)
        if canonical is not None:
            values["region_code"] = canonical


_SPEC_TABLES: dict[int, tuple[ImportSpec, dict[str, FieldSpec], tuple[str, ...]]] = {}


def _spec_tables(spec: ImportSpec) -> tuple[dict[str, FieldSpec], tuple[str, ...]]:
    """Field by key and the past-only date keys of a spec, built once per spec (per row they
    cost as much as the checks themselves)."""
    cached = _SPEC_TABLES.get(id(spec))
    if cached is None or cached[0] is not spec:
        fields = {f.key: f for f in spec.fields}
        past_only = tuple(f.key for f in spec.fields if f.key in _PAST_ONLY)
        cached = _SPEC_TABLES[id(spec)] = (spec, fields, past_only)
    return cached[1], cached[2]


def _cross_checks(
    spec: ImportSpec,
    values: dict[str, Any],
    failed: set[str],
    today: date,
    error: Callable[..., None],
) -> None:
    fields, past_only = _spec_tables(spec)
    for key in past_only:
        day = values.get(key)
        if isinstance(day, date) and day > today:
            error(key, "future_date", f"{fields[key].header} tidak boleh setelah hari ini.")
    if spec.kind == "contributions":
        month_to = values.get("month_to")
        if isinstance(month_to, date) and month_to > today.replace(day=1):
            error("month_to", "future_date", "Bulan Selesai tidak boleh setelah bulan ini.")
    for earlier, later in spec.date_order:
        first, second = values.get(earlier), values.get(later)
        if isinstance(first, date) and isinstance(second, date) and second < first:
            error(
                later,
                "date_order",
                f"{fields[later].header} ({_display(second)}) tidak boleh sebelum "
                f"{fields[earlier].header} ({_display(first)}).",
                params={"earlier": fields[earlier].header, "first": _display(first)},
            )
    for group in spec.one_of:
        if all(values.get(key) is None and key not in failed for key in group):
            names = " atau ".join(fields[key].header for key in group)
            headers = [fields[key].header for key in group]
            error(group[0], "required", f"Isi {names}.", params={"one_of": headers})
    if (
        spec.kind == "members"
        and values.get("employment_status") in _LAYOFF_STATUSES
        and values.get("layoff_date") is None
        and "layoff_date" not in failed
    ):
        error(
            "layoff_date",
            "required",
            "Tanggal PHK wajib diisi bila Status Pekerjaan PHK atau Kontrak Berakhir.",
            params={"when": "layoff"},
        )


def _key_of(values: Mapping[str, Any], key_fields: tuple[str, ...]) -> tuple[Any, ...] | None:
    if len(key_fields) == 1:  # the usual key (NIK, KPJ, code): no generator per row
        part = values.get(key_fields[0])
        return None if part is None or part == "" else (part,)
    parts = tuple(values.get(key) for key in key_fields)
    return None if any(part is None or part == "" for part in parts) else parts


def _check_duplicates(
    spec: ImportSpec,
    raw: RawRow,
    values: dict[str, Any],
    failed: set[str],
    seen_keys: list[dict[tuple[Any, ...], int]],
    error: Callable[..., None],
) -> None:
    """Report a key seen on an earlier row; remember new keys (even of rows with errors)."""
    for key_fields, seen in zip(spec.unique, seen_keys, strict=True):
        if failed.intersection(key_fields):
            continue
        key = _key_of(values, key_fields)
        if key is None:
            continue
        first = seen.setdefault(key, raw.row_number)
        if first != raw.row_number:
            names = " dan ".join(spec.field(k).header for k in key_fields)
            error(
                key_fields[0],
                "duplicate",
                f"{names} sama dengan baris {first} di file ini.",
                params={"first": first, "columns": [spec.field(k).header for k in key_fields]},
            )


def validate_file(
    path: str | os.PathLike[str],
    kind: str,
    *,
    today: date,
    stats: ReadStats | None = None,
    report: Report = no_report,
    cancel: CancelToken = NEVER_CANCELLED,
    reader: str | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_cols: int = DEFAULT_MAX_COLS,
    max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED,
    max_ratio: float = DEFAULT_MAX_RATIO,
) -> Iterator[ParsedRow | CellError]:
    """Precheck, read and validate a file: the whole pipeline as one stream.

    The precheck and header check run when the first item is requested, so a refused file
    raises :class:`ImportFileError` before anything is yielded. ``stats`` (a
    :class:`ReadStats`) is filled as the stream is consumed.
    """
    stats = stats if stats is not None else ReadStats()
    raw = read_rows(
        path,
        kind,
        stats=stats,
        report=report,
        cancel=cancel,
        reader=reader,
        max_rows=max_rows,
        max_cols=max_cols,
        max_uncompressed=max_uncompressed,
        max_ratio=max_ratio,
    )
    return validate_rows(raw, kind, today=today, stats=stats)
