"""Import results and problems in the GUI's language.

The importer (``documents.xlsx_import``, ``services.imports``) gives every refused file and
every cell problem a stable ``code`` and ``params`` beside its Indonesian ``message``. The
Indonesian GUI shows that message (the CLI prints the same words); the English GUI builds the
sentence here from the code, the column header and the parameters. A code without an English
text gets a general English sentence naming the column, never the Indonesian one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vokasi_desktop.documents.xlsx_import import (
    INDONESIAN,
    CellError,
    FileProblem,
    ImportFileError,
    ReportTexts,
)
from vokasi_desktop.services.imports import ImportResult
from vokasi_desktop.ui import domain_text
from vokasi_desktop.ui.errors import SERVICE_ERRORS_EN

# -- whole files -------------------------------------------------------------------------------
# ``{name}`` is a parameter of the problem.
FILE_ERRORS_EN: dict[str, str] = {
    "not_found": "File {file} was not found or cannot be opened.",
    "empty": "File {file} is empty (0 bytes).",
    "too_large": ("File {file} is too large ({size}; the limit is {limit}). Split the data into "
                  "several files."),
    "xls": ("File {file} is in the old Excel format (.xls). Open it in Excel and save it as an "
            "Excel Workbook (.xlsx)."),
    "encrypted": ("File {file} is protected by a password. Open it in Excel, remove the "
                  "password, save it and import it again."),
    "csv": ("File {file} is a text/CSV file, not Excel (.xlsx). Open it in Excel, make sure the "
            "NIKs are complete, and save it as an Excel Workbook (.xlsx)."),
    "not_xlsx": "File {file} is not an Excel file (.xlsx). Use the import template.",
    "corrupt": ("File {file} is damaged or not an Excel file (.xlsx). Open it in Excel and save "
                "it again as an Excel Workbook (.xlsx)."),
    "macro": ("File {file} contains macros (.xlsm). For safety, files with macros are not "
              "accepted: save it as an Excel Workbook (.xlsx) without macros."),
    "zip_bomb": ("File {file} is refused: its content expands far beyond a reasonable size "
                 "(possibly a zip bomb). Use the import template and save it again from Excel."),
    "no_sheet": "File {file} contains no worksheet.",
    "too_many_rows": ("The file has more than {limit} data rows; the limit is {limit}. Split "
                      "the data into several files."),
    "too_many_cols": ("Column {column} holds data, but an import file has at most {limit} "
                      "columns. Delete the columns that are not used."),
    "merged_cells": ("The sheet has merged cells: {ranges}. Unmerge them (Home > Merge & Center "
                     "> Unmerge Cells) and fill every cell."),
    "formulas": ("The file has more than {limit} formula cells. Replace the formulas with their "
                 "values (Copy, then Paste Special > Values) and import again."),
    "no_header": "Row 1 must hold the column headers of the template, but row 1 is empty.",
    "no_data": "The file holds only the column headers; there are no data rows to import.",
}
_NOT_XLSX_FORMS_EN = {
    "pdf": "File {file} is a PDF document, not Excel. Use the import template (.xlsx).",
    "html": ("File {file} holds HTML/XML, not Excel (.xlsx), even if its name looks alike. Open "
             "it in Excel and save it as an Excel Workbook (.xlsx)."),
    "ods": "File {file} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx).",
    "xlsb": "File {file} is an Excel Binary workbook (.xlsb). Save it as .xlsx.",
    "word": "File {file} is a Word document, not Excel.",
    "powerpoint": "File {file} is a PowerPoint presentation, not Excel.",
}
_HEADER_PROBLEMS_EN = "The column headers in row 1 do not match the template:"


def _format(template: str, params: Mapping[str, Any]) -> str | None:
    values = {name: _value(value, name) for name, value in params.items()}
    try:
        return template.format_map(values)
    except (KeyError, ValueError, IndexError):
        return None


def _value(value: Any, name: str = "") -> str:
    if name == "columns" and isinstance(value, (list, tuple)):
        return " and ".join(str(item) for item in value) + (" are" if len(value) > 1 else " is")
    if isinstance(value, (list, tuple)):
        return ", ".join(f"'{item}'" for item in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _file_problem_en(problem: FileProblem) -> str:
    params = problem.params
    code = problem.code
    template: str | None
    if code == "unknown_header":
        template = ("Column {column} is headed '{text}', which is not known. "
                    + ("The expected header: '{expected}'." if "expected" in params else
                       "Delete this column; the known headers: {known}."))
    elif code == "duplicate_header":
        template = "Columns {first} and {column} are both headed '{header}'. Delete one of them."
    elif code == "missing_header":
        template = ("One of the columns {one_of} must be present." if "one_of" in params else
                    "The required column '{header}' was not found (column {position} in the "
                    "template).")
    elif code == "not_xlsx":
        template = _NOT_XLSX_FORMS_EN.get(str(params.get("form")), FILE_ERRORS_EN[code])
    elif code == "no_header" and params.get("found_at"):
        template = (FILE_ERRORS_EN[code] + " Headers were found in row {found_at}: delete the "
                    "rows above it.")
    elif code == "corrupt" and params.get("reason") == "dtd":
        template = "The file is refused: its sheet declares a DTD or entities."
    elif code == "corrupt" and "file" not in params:
        template = ("The file is damaged or cut short (its sheet is not valid XML). Open it in "
                    "Excel and save it again as an Excel Workbook (.xlsx).")
    elif code == "merged_cells" and params.get("more"):
        template = FILE_ERRORS_EN[code].replace("{ranges}", "{ranges} and {more} more")
    else:
        template = FILE_ERRORS_EN.get(code)
    text = _format(template, params) if template else None
    return text or f"The file cannot be imported (reason: {code})."


def file_error_lines(exc: ImportFileError) -> list[str]:
    """Every reason ``exc`` gives, one line each, in the GUI's language."""
    if not domain_text.is_english():
        return list(exc.details)
    lines = [_file_problem_en(problem) for problem in exc.problems]
    if exc.code in ("unknown_header", "duplicate_header", "missing_header"):
        return [_HEADER_PROBLEMS_EN, *lines]
    return lines


def file_error_text(exc: ImportFileError) -> str:
    """What the clerk reads when a whole file is refused."""
    return "\n".join(file_error_lines(exc))


# -- cells ------------------------------------------------------------------------------------
# ``{header}`` is the column's header, ``{value}`` what the cell holds; the rest are params.
CELL_ERRORS_EN: dict[str, str] = {
    "formula": ("The cell holds a formula. Replace it with its value: Copy, then Paste Special "
                "> Values."),
    "required": "{header} is required.",
    "unheaded": ("A column without a header holds a value. Delete the value or give the column "
                 "a header from the template."),
    "nik_numeric": ("{header} must be entered as text; a 16-digit number loses its last digit in "
                    "Excel. Format the column as Text and type it again."),
    "kk_numeric": ("{header} must be entered as text; a 16-digit number loses its last digit in "
                   "Excel. Format the column as Text and type it again."),
    "kpj_numeric": ("The KPJ must be entered as text; as a number, leading zeros and the letters "
                    "of old cards are lost. Format the column as Text and type it again."),
    "phone_numeric": "{header} must be entered as text so that a leading 0 is kept.",
    "date_number": ("{header} is written as a number ({value}), not a date. Enter a date as "
                    "dd/mm/yyyy, e.g. 17/08/2026."),
    "date_format": "{header}: '{value}' is not a date. Write it as dd/mm/yyyy, e.g. 17/08/2026.",
    "date_invalid": "{header}: the date '{value}' does not exist in the calendar.",
    "date_day": "{header}: the day must be 1 to 31; '{value}' was written.",
    "date_month": "{header}: the month must be 1 to 12; '{value}' was written.",
    "date_year": "{header}: the year in '{value}' is not valid.",
    "date_year_digits": "{header}: write the year with 4 digits, e.g. 17/08/2026.",
    "date_empty": "{header} is required.",
    "date_range": "{header}: the year {year} is outside {low}-{high}.",
    "month_format": "{header}: '{value}' is not a month. Write month/year, e.g. 03/2025.",
    "future_date": "{header} cannot be after today.",
    "date_order": "{header} ({value}) cannot be before {earlier} ({first}).",
    "int_format": "{header} must be a whole number; '{value}' was written.",
    "negative": "{header} cannot be negative ({value}).",
    "too_small": "{header} must be at least {limit}; {value} was written.",
    "rupiah_format": "{header} must be an amount in rupiah; '{value}' was written.",
    "rupiah_cents": "{header} cannot have cents ({value}).",
    "rupiah_grouping": "{header}: the thousands separators in '{value}' are wrong (use 1.500.000).",
    "rupiah_empty": "{header} is required.",
    "enum": "The value '{value}' is not known for {header}. Choices: {choices}.",
    "too_long": "{header} is too long: {length} characters, at most {limit}.",
    "code_format": ("{header} must have {low}-{high} characters: letters, digits, dots, "
                    "slashes, - and _, no spaces, starting with a letter or digit."),
    "region_format": "{header} must be the 4-digit regency/city code, e.g. 3578.",
    "region_unknown": "Region code {value} is not in the Kemendagri list of regencies/cities.",
    "phone_format": ("The number in {header} is not valid: digits only (a leading + and "
                     "spaces, hyphens, dots or brackets between them are fine), {low}-{high} "
                     "digits."),
    "duplicate": "{columns} the same as in row {first} of this file.",
    "nik_birthdate_mismatch": ("The birth date entered differs from the birth date coded in "
                               "the NIK. A NIK never changes: check the documents and record "
                               "the reason."),
    "nik_sex_mismatch": ("The sex entered differs from the sex coded in the NIK. A NIK never "
                         "changes: check the documents and record the reason."),
    "nik_regency_unknown": ("The regency/city code in the NIK is not in the Kemendagri list. "
                            "Check the NIK on the ID card."),
    "kk_length": "{header} must be 16 digits.",
    "kk_nondigit": "{header} may contain digits only.",
    "kk_empty": "{header} is empty.",
    # Checks against the database (services.imports)
    "kpj_exists": "KPJ {kpj} is already used by another member (NIK {nik}).",
    "member_missing": "No member with {id_kind} {shown} is registered yet; import the members first.",
    "period_future": "A contribution period cannot be in the future.",
    "institution_missing": "No institution with code {institution} is registered yet.",
    "nik_purged": ("The data of the person with NIK {nik} was erased when its retention period "
                   "ended (personal-data purge); an import may not bring it back. Remove this "
                   "row. If the person registers again, register them at the counter with a "
                   "new consent."),
    "exists_different": ("The NIK exists already with different data in: {columns}. The stored "
                         "data was not changed; correct it in the member form if needed."),
}
_CELL_VARIANTS_EN = {
    ("required", "one_of"): "Fill in {one_of}.",
    ("required", "when"): ("{header} is required when the employment status is laid off or "
                           "contract ended."),
    ("period_overlap", "row"): "The contribution period overlaps row {row}.",
    ("period_overlap", "stored"): "The contribution period overlaps the stored period {stored}.",
}
_CELL_FALLBACK_EN = "The value in column {header} is not accepted ({code})."


def cell_error_text(item: CellError) -> str:
    """The problem's text in the GUI's language."""
    if not domain_text.is_english():
        return item.message
    return cell_error_english(item)


def cell_error_english(item: CellError) -> str:
    """The problem's text in English (from its code, header, value and params)."""
    params: dict[str, Any] = {"header": item.header or item.column_letter,
                              "value": item.value, "code": item.code, **item.params}
    template = next((text for (code, key), text in _CELL_VARIANTS_EN.items()
                     if code == item.code and key in item.params), None)
    if template is None and item.code in domain_text.IDENTIFIER_ERRORS:
        from vokasi_desktop.domain.identifiers import IdentifierError

        return domain_text.identifier_message(IdentifierError(item.code, item.message),
                                              item.value)
    if template is None:
        template = CELL_ERRORS_EN.get(item.code)
    if template is None and item.code in SERVICE_ERRORS_EN:  # a service validator's code
        template = re.sub(r"%\((\w+)\)", r"{\1}", SERVICE_ERRORS_EN[item.code])
    text = _format(template or _CELL_FALLBACK_EN, params)
    return text or _CELL_FALLBACK_EN.format_map(params)


# -- results and the error report -------------------------------------------------------------

KIND_NOUNS_EN = {"members": "members", "contributions": "contribution periods",
                 "institutions": "training institutions", "classes": "training classes"}


def summary(result: ImportResult) -> str:
    """The result's one-line summary in the GUI's language."""
    if not domain_text.is_english():
        return result.summary()
    return summary_english(result)


def _count(n: int, noun: str, plural: str = "") -> str:
    """``1 warning``, ``2 warnings``, ``1,000 rows``."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def summary_english(result: ImportResult) -> str:
    """The result's one-line summary in English."""
    noun = KIND_NOUNS_EN.get(result.kind, result.kind)
    if result.errors:
        rows = len({e.row for e in result.errors})
        where = f" Details: {result.error_report}." if result.error_report else ""
        return (f"Import of {noun} REFUSED: {_count(len(result.errors), 'error')} in "
                f"{_count(rows, 'row')}; nothing was saved.{where}")
    verb = "would be created" if result.dry_run else "created"
    text = (f"Import of {noun}{' (check only)' if result.dry_run else ''}: "
            f"{_count(result.rows, 'row')} read, {result.created:,} {verb}, "
            f"{result.existing:,} already present")
    if result.blank_rows:
        text += f", {_count(result.blank_rows, 'blank row')} skipped"
    if result.warnings:
        text += f", {_count(len(result.warnings), 'warning')}"
    return text + "."


ENGLISH = ReportTexts(
    title="Import error report",
    columns=("Row", "Column", "Header", "Value", "Problem"),
    sheet="Errors",
    empty="No errors.",
    warning="Warning: %1",
    file="File: %1",
    suffix="errors",
    message=cell_error_english,
)


def report_texts() -> ReportTexts:
    """The words of the xlsx error report in the GUI's language."""
    return ENGLISH if domain_text.is_english() else INDONESIAN


__all__ = ["CELL_ERRORS_EN", "ENGLISH", "FILE_ERRORS_EN", "cell_error_english",
           "cell_error_text", "file_error_lines", "file_error_text", "report_texts", "summary",
           "summary_english"]
