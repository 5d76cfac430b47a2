"""Reading and row-level validation of import workbooks (no database).

The stages, each a module and each usable on its own:

1. :mod:`.security` -- :func:`precheck_file` looks at the file before any reader does: size,
   magic bytes, the zip directory (zip bombs), content types (macros, other Office files) and
   one streaming expat pass over the sheet (rows, columns, merged ranges, formula cells).
2. :mod:`.reader` -- :func:`read_rows` streams the rows (python-calamine when installed,
   openpyxl otherwise), matches the header row to the kind's
   :class:`~vokasi_desktop.documents.xlsx_templates.ImportSpec` and yields :class:`RawRow`.
3. :mod:`.cells` parses one cell per field type; :mod:`.checks` (:func:`validate_rows`) checks
   rows: every cell, columns against each other, duplicates inside the file, yielding
   :class:`ParsedRow` for good rows and one :class:`CellError` per problem.
4. :mod:`.report` -- :func:`write_error_report` writes the problems to an xlsx
   (``<name>-kesalahan.xlsx`` beside the input, see :func:`error_report_path`).

:func:`validate_file` runs stages 1-3. Every refusal of a whole file is an
:class:`ImportFileError` with a stable ``code`` and ``params`` (the UI renders it in its
language) and an Indonesian ``message``.
"""

from __future__ import annotations

from vokasi_desktop.documents.xlsx_import.checks import validate_file, validate_rows
from vokasi_desktop.documents.xlsx_import.model import (
    DEFAULT_MAX_COLS,
    DEFAULT_MAX_FILE_SIZE,
    DEFAULT_MAX_FORMULAS,
    DEFAULT_MAX_RATIO,
    DEFAULT_MAX_ROWS,
    DEFAULT_MAX_UNCOMPRESSED,
    CellError,
    FileProblem,
    ImportCancelled,
    ImportFileError,
    ParsedRow,
    Precheck,
    RawRow,
    ReadStats,
)
from vokasi_desktop.documents.xlsx_import.reader import read_rows
from vokasi_desktop.documents.xlsx_import.report import (
    INDONESIAN,
    ReportTexts,
    error_report_path,
    write_error_report,
)
from vokasi_desktop.documents.xlsx_import.security import precheck_file

__all__ = [
    "DEFAULT_MAX_COLS",
    "DEFAULT_MAX_FILE_SIZE",
    "DEFAULT_MAX_FORMULAS",
    "DEFAULT_MAX_RATIO",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_MAX_UNCOMPRESSED",
    "INDONESIAN",
    "CellError",
    "FileProblem",
    "ImportCancelled",
    "ImportFileError",
    "ParsedRow",
    "Precheck",
    "RawRow",
    "ReadStats",
    "ReportTexts",
    "error_report_path",
    "precheck_file",
    "read_rows",
    "validate_file",
    "validate_rows",
    "write_error_report",
]
