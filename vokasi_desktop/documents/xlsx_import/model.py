"""Data types shared by the import stages: file refusals, cell problems, rows, counters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from vokasi_desktop.domain.errors import ServiceError
from vokasi_desktop.domain.progress import Cancelled

DEFAULT_MAX_ROWS = 200_000
DEFAULT_MAX_COLS = 60
DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024
DEFAULT_MAX_UNCOMPRESSED = 400 * 1024 * 1024
DEFAULT_MAX_RATIO = 100
DEFAULT_MAX_FORMULAS = 1_000


# --- public data types ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One reason a file is refused: a stable ``code``, its ``params`` (file name, column
    letters, limits: what an English text needs) and the Indonesian ``message``."""

    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)


class ImportFileError(ServiceError):
    """The whole file is refused.

    Attributes:
        code: stable reason: ``not_found``, ``empty``, ``too_large``, ``xls``, ``encrypted``,
            ``csv``, ``not_xlsx``, ``corrupt``, ``macro``, ``zip_bomb``, ``no_sheet``,
            ``too_many_rows``, ``too_many_cols``, ``merged_cells``, ``formulas``,
            ``no_header``, ``unknown_header``, ``missing_header``, ``duplicate_header``,
            ``no_data``.
        message: Indonesian explanation and what to do (also ``str(error)``).
        params: what the UI needs to say it in another language (``file``, ``column``...).
        column: column letter the problem is in, when there is one.
        details: every problem found when there are several (header checks), Indonesian.
        problems: the same as :class:`FileProblem` objects (code, message, params).
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        column: str | None = None,
        details: Sequence[str] = (),
        params: Mapping[str, Any] | None = None,
        problems: Sequence[FileProblem] = (),
    ) -> None:
        super().__init__(code, message, params)
        self.column = column
        self.problems = tuple(problems) or (FileProblem(code, message, dict(params or {})),)
        self.details = tuple(details) or tuple(p.message for p in self.problems)


class ImportCancelled(Cancelled):
    """The user cancelled reading the file (a :class:`Cancelled`, code ``cancelled``)."""

    def __init__(self) -> None:
        super().__init__()
        self.message = "Impor dibatalkan."
        self.args = (self.message,)


@dataclass(frozen=True, slots=True)
class CellError:
    """A problem in one cell (or a warning, when ``severity == "warning"``).

    Attributes:
        row: 1-based row number as Excel shows it.
        column_letter: e.g. ``"A"``.
        header: the column's header text.
        value: the cell's value as the user typed it, as text.
        message: Indonesian explanation.
        params: what an English text of ``code`` needs beyond header and value (limits,
            other columns, row numbers); never personal data.
        code: stable reason, e.g. ``nik_numeric``, ``nik_length``, ``date_format``, ``enum``,
            ``duplicate``, ``formula``, ``required``, ``too_long``, ``negative``,
            ``date_order``; identifier codes come from ``domain.identifiers``.
        severity: ``"error"`` (row refused) or ``"warning"`` (row accepted, tell the user).
    """

    row: int
    column_letter: str
    header: str
    value: str
    message: str
    code: str = ""
    severity: str = "error"
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A row whose every cell parsed: ``values`` has every field key of the kind's spec
    (``None`` where empty or the optional column is absent); ``warnings`` need a look."""

    row_number: int
    values: dict[str, Any]
    warnings: tuple[CellError, ...] = ()


@dataclass(frozen=True, slots=True)
class RawRow:
    """A non-blank row as read: raw cell values by field key.

    Attributes:
        row_number: Excel row number.
        values: raw values (str, int, float, datetime, bool) of the columns present.
        formulas: keys of the cells that hold a formula.
        extras: (column letter, value) of values in columns without a header.
        letters: field key -> column letter, shared by all rows of a file.
    """

    row_number: int
    values: dict[str, Any]
    formulas: frozenset[str] = frozenset()
    extras: tuple[tuple[str, Any], ...] = ()
    letters: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Precheck:
    """What :func:`precheck_file` found in an acceptable file.

    Attributes:
        sheet_name: the sheet that will be read ("Data" if present, else the first visible).
        sheet_part: its part name in the zip.
        nonempty_rows: rows with at least one value, header included.
        last_row: number of the last row with a value.
        last_col: index of the rightmost column with a value.
        formula_cells: (row, column index) of cells holding a formula.
    """

    sheet_name: str
    sheet_part: str
    nonempty_rows: int
    last_row: int
    last_col: int
    formula_cells: frozenset[tuple[int, int]] = frozenset()


@dataclass(slots=True)
class ReadStats:
    """Counters filled while a file is read and validated (pass one in to get them)."""

    sheet_name: str = ""
    expected_rows: int = 0  # non-empty data rows according to the precheck
    data_rows: int = 0  # non-blank rows read
    blank_rows: int = 0  # blank rows between data rows, skipped
    valid_rows: int = 0
    error_rows: int = 0
    warning_rows: int = 0
