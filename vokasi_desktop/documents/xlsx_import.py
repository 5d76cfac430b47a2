"""Reading and row-level validation of import workbooks (no database).

Three stages, each usable on its own:

1. :func:`precheck_file` looks at the file before openpyxl does: size, magic bytes (old .xls
   and password-protected files are OLE2 compound files, CSV and PDF are not zips at all),
   the zip directory (declared sizes and compression ratios: zip bombs), the content types
   (macro-enabled workbooks, other Office documents) and then streams the chosen sheet's XML
   once with expat (DTDs and entities refused) counting non-empty rows and columns, and
   collecting merged ranges and formula cells, which openpyxl's read-only mode cannot see.
   Python's zipfile never inflates an entry beyond its declared size, so the declared sizes
   checked here bound what openpyxl will inflate later.
2. :func:`read_rows` streams the rows with openpyxl (read-only, values only), matches the
   header row to the kind's :class:`~vokasi_desktop.documents.xlsx_templates.ImportSpec`
   and yields :class:`RawRow` objects, skipping (and counting) blank rows.
3. :func:`validate_rows` parses every cell (identifiers through ``domain.identifiers``,
   dates, months, integers, Rupiah, enums with Indonesian synonyms), checks columns against
   each other and finds duplicates inside the file, yielding :class:`ParsedRow` for good rows
   and one :class:`CellError` per problem for bad rows.

:func:`validate_file` runs all three. :func:`write_error_report` writes the problems to an
xlsx (``<name>-kesalahan.xlsx`` beside the input, see :func:`error_report_path`).

Every refusal of a whole file is an :class:`ImportFileError` whose ``code`` is stable and
whose ``message`` is Indonesian and ready for the user.
"""

from __future__ import annotations

import difflib
import os
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.parsers import expat

import defusedxml.ElementTree as DefusedET
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

from vokasi_desktop.documents.xlsx_export import Column, ReportResult, SheetSpec, write_report
from vokasi_desktop.documents.xlsx_safe import safe_text
from vokasi_desktop.documents.xlsx_templates import (
    DATA_SHEET,
    FieldSpec,
    ImportSpec,
    import_spec,
)
from vokasi_desktop.domain import regions
from vokasi_desktop.domain.formatting import (
    MONTH_NAMES_ID,
    FormatError,
    format_date_short_id,
    parse_date_id,
    parse_rupiah,
)
from vokasi_desktop.domain.identifiers import IdentifierError, parse_kk, parse_kpj, parse_nik

__all__ = [
    "DEFAULT_MAX_COLS",
    "DEFAULT_MAX_FILE_SIZE",
    "DEFAULT_MAX_RATIO",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_MAX_UNCOMPRESSED",
    "CellError",
    "ImportCancelled",
    "ImportFileError",
    "ParsedRow",
    "Precheck",
    "RawRow",
    "ReadStats",
    "error_report_path",
    "precheck_file",
    "read_rows",
    "validate_file",
    "validate_rows",
    "write_error_report",
]

DEFAULT_MAX_ROWS = 200_000
DEFAULT_MAX_COLS = 60
DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024
DEFAULT_MAX_UNCOMPRESSED = 400 * 1024 * 1024
DEFAULT_MAX_RATIO = 100
DEFAULT_MAX_FORMULAS = 1_000
# Small parts (styles, a short sheet) legitimately compress very well: the ratio limit
# applies only to entries that inflate beyond this.
_RATIO_MIN_SIZE = 1024 * 1024
_MAX_ENTRIES = 10_000
_MAX_META_PART = 8 * 1024 * 1024  # [Content_Types].xml, workbook.xml and rels files
_MAX_MERGES_LISTED = 10

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SML_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)
_XLSX_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
)


# --- public data types ------------------------------------------------------------------------


class ImportFileError(Exception):
    """The whole file is refused.

    Attributes:
        code: stable reason: ``not_found``, ``empty``, ``too_large``, ``xls``, ``encrypted``,
            ``csv``, ``not_xlsx``, ``corrupt``, ``macro``, ``zip_bomb``, ``no_sheet``,
            ``too_many_rows``, ``too_many_cols``, ``merged_cells``, ``formulas``,
            ``no_header``, ``unknown_header``, ``missing_header``, ``duplicate_header``,
            ``no_data``.
        message: Indonesian explanation and what to do (also ``str(error)``).
        column: column letter the problem is in, when there is one.
        details: every problem found when there are several (header checks).
    """

    def __init__(
        self, code: str, message: str, *, column: str | None = None, details: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.column = column
        self.details = tuple(details) or (message,)


class ImportCancelled(Exception):
    """The user cancelled reading the file."""

    def __init__(self) -> None:
        super().__init__("Impor dibatalkan.")


@dataclass(frozen=True, slots=True)
class CellError:
    """A problem in one cell (or a warning, when ``severity == "warning"``).

    Attributes:
        row: 1-based row number as Excel shows it.
        column_letter: e.g. ``"A"``.
        header: the column's header text.
        value: the cell's value as the user typed it, as text.
        message: Indonesian explanation.
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


# --- stage 1: precheck ----------------------------------------------------------------------


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def precheck_file(
    path: str | os.PathLike[str],
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_cols: int = DEFAULT_MAX_COLS,
    max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED,
    max_ratio: float = DEFAULT_MAX_RATIO,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    max_formulas: int = DEFAULT_MAX_FORMULAS,
) -> Precheck:
    """Refuse files that are not plain, reasonable xlsx workbooks, before openpyxl reads them.

    ``max_rows`` counts non-empty data rows (the header row excluded); ``max_cols`` the
    rightmost column holding a value. Raises :class:`ImportFileError`.
    """
    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise ImportFileError("not_found", f"File {file.name} tidak ditemukan.") from None
    except OSError as exc:
        raise ImportFileError(
            "not_found", f"File {file.name} tidak dapat dibuka: {exc.strerror or exc}."
        ) from None
    if not file.is_file():
        raise ImportFileError("not_found", f"{file.name} bukan file.")
    if size == 0:
        raise ImportFileError("empty", f"File {file.name} kosong (0 byte).")
    if size > max_file_size:
        raise ImportFileError(
            "too_large",
            f"File {file.name} terlalu besar ({_mib(size)}; batas {_mib(max_file_size)}). "
            "Bagi data menjadi beberapa file.",
        )
    with file.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(_OLE_MAGIC):
        _refuse_ole(file)
    if not head.startswith(_ZIP_MAGICS):
        _refuse_not_zip(file, head)

    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError(
            "corrupt",
            f"File {file.name} rusak atau bukan file Excel (.xlsx). Buka di Excel lalu simpan "
            "ulang sebagai Excel Workbook (.xlsx).",
        ) from None
    with archive:
        _check_zip_entries(archive, file, max_uncompressed, max_ratio)
        _check_content_types(archive, file)
        sheet_name, sheet_part = _find_sheet(archive, file)
        scan = _scan_sheet(archive, sheet_part, max_rows, max_cols, max_formulas)
    return Precheck(
        sheet_name=sheet_name,
        sheet_part=sheet_part,
        nonempty_rows=scan.nonempty_rows,
        last_row=scan.last_row,
        last_col=scan.last_col,
        formula_cells=frozenset(scan.formulas),
    )


def _refuse_ole(file: Path) -> None:
    """An OLE2 compound file: an old .xls, or any Office file protected by a password."""
    needles = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
    with file.open("rb") as handle:
        tail = b""
        while chunk := handle.read(1024 * 1024):
            window = tail + chunk
            if any(needle in window for needle in needles):
                raise ImportFileError(
                    "encrypted",
                    f"File {file.name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya "
                    "(File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi), simpan, "
                    "lalu impor lagi.",
                )
            tail = chunk[-64:]
    raise ImportFileError(
        "xls",
        f"File {file.name} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "
        "Excel Workbook (.xlsx).",
    )


def _refuse_not_zip(file: Path, head: bytes) -> None:
    if head.startswith(b"%PDF"):
        raise ImportFileError(
            "not_xlsx",
            f"File {file.name} adalah dokumen PDF, bukan Excel. Gunakan templat impor (.xlsx).",
        )
    text_head = head.lstrip(b"\xef\xbb\xbf").lstrip()
    lowered = text_head[:200].lower()
    if lowered.startswith((b"<html", b"<!doctype", b"<?xml", b"<table")):
        raise ImportFileError(
            "not_xlsx",
            f"File {file.name} berisi HTML/XML, bukan Excel (.xlsx), walau namanya mirip. Buka "
            "di Excel lalu simpan sebagai Excel Workbook (.xlsx).",
        )
    if _looks_like_text(text_head):
        raise ImportFileError(
            "csv",
            f"File {file.name} adalah file teks/CSV, bukan Excel (.xlsx). Buka di Excel, "
            "pastikan NIK tetap utuh, lalu simpan sebagai Excel Workbook (.xlsx).",
        )
    raise ImportFileError(
        "not_xlsx", f"File {file.name} bukan file Excel (.xlsx). Gunakan templat impor."
    )


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    for encoding in ("utf-8", "utf-16"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return printable >= 0.95 * len(text)
    text = head.decode("latin-1")
    return b"\x00" not in head and sum(ch.isprintable() or ch in "\r\n\t" for ch in text) >= (
        0.95 * len(text)
    )


def _check_zip_entries(
    archive: zipfile.ZipFile, file: Path, max_uncompressed: int, max_ratio: float
) -> None:
    infos = archive.infolist()
    bomb = (
        f"File {file.name} ditolak: isinya mengembang jauh melebihi ukuran wajar (kemungkinan "
        "zip bomb). Gunakan templat impor dan simpan ulang dari Excel."
    )
    if len(infos) > _MAX_ENTRIES:
        raise ImportFileError("zip_bomb", bomb)
    total = 0
    for info in infos:
        name = info.filename
        if name.lower().endswith("vbaproject.bin"):
            raise _macro_error(file)
        if info.flag_bits & 0x1:
            raise ImportFileError(
                "encrypted", f"File {file.name} terenkripsi. Simpan ulang tanpa kata sandi."
            )
        total += info.file_size
        if total > max_uncompressed:
            raise ImportFileError("zip_bomb", bomb)
        if info.file_size > _RATIO_MIN_SIZE and (
            info.compress_size == 0 or info.file_size / info.compress_size > max_ratio
        ):
            raise ImportFileError("zip_bomb", bomb)


def _macro_error(file: Path) -> ImportFileError:
    return ImportFileError(
        "macro",
        f"File {file.name} mengandung makro (.xlsm). Demi keamanan file bermakro tidak "
        "diterima: simpan sebagai Excel Workbook (.xlsx) tanpa makro.",
    )


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_META_PART:
        return None
    with archive.open(info) as handle:
        return handle.read(_MAX_META_PART + 1)


def _parse_xml(data: bytes, file: Path) -> Any:
    try:
        return DefusedET.fromstring(data)
    except Exception:  # defusedxml's refusals and ParseError alike
        raise ImportFileError(
            "corrupt", f"File {file.name} rusak (struktur XML tidak valid)."
        ) from None


def _check_content_types(archive: zipfile.ZipFile, file: Path) -> None:
    data = _read_part(archive, "[Content_Types].xml")
    if data is None:
        mimetype = _read_part(archive, "mimetype") or b""
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            raise ImportFileError(
                "not_xlsx",
                f"File {file.name} berformat OpenDocument (.ods). Simpan sebagai Excel "
                "Workbook (.xlsx).",
            )
        raise ImportFileError("not_xlsx", f"File {file.name} bukan file Excel (.xlsx).")
    root = _parse_xml(data, file)
    types = [
        (element.get("ContentType") or "").lower()
        for element in root
        if element.tag in (f"{_CT_NS}Override", f"{_CT_NS}Default")
    ]
    if any("macroenabled" in t or "vbaproject" in t for t in types):
        raise _macro_error(file)
    if any(t in _XLSX_MAIN_TYPES for t in types):
        return
    if any("sheet.binary" in t for t in types):
        message = f"File {file.name} berformat Excel Binary (.xlsb). Simpan sebagai .xlsx."
    elif any("wordprocessingml" in t for t in types):
        message = f"File {file.name} adalah dokumen Word, bukan Excel."
    elif any("presentationml" in t for t in types):
        message = f"File {file.name} adalah presentasi PowerPoint, bukan Excel."
    else:
        message = f"File {file.name} bukan file Excel (.xlsx)."
    raise ImportFileError("not_xlsx", message)


def _relationships(
    archive: zipfile.ZipFile, rels_name: str, base_dir: str, file: Path
) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, part name) of one .rels part."""
    data = _read_part(archive, rels_name)
    if data is None:
        return {}
    root = _parse_xml(data, file)
    rels: dict[str, tuple[str, str]] = {}
    for rel in root.iter(f"{_REL_NS}Relationship"):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External":
            continue
        if target.startswith("/"):
            part = target.lstrip("/")
        else:
            part = posixpath.normpath(posixpath.join(base_dir, target))
        rels[rel.get("Id") or ""] = (rel.get("Type") or "", part)
    return rels


def _find_sheet(archive: zipfile.ZipFile, file: Path) -> tuple[str, str]:
    """(sheet name, part name) of the "Data" sheet, else of the first visible worksheet."""
    no_sheet = ImportFileError("no_sheet", f"File {file.name} tidak berisi lembar kerja.")
    package = _relationships(archive, "_rels/.rels", "", file)
    workbook_part = next(
        (part for kind, part in package.values() if kind.endswith("/officeDocument")), None
    )
    if workbook_part is None:
        raise no_sheet
    data = _read_part(archive, workbook_part)
    if data is None:
        raise no_sheet
    root = _parse_xml(data, file)
    folder, name = posixpath.split(workbook_part)
    rels = _relationships(archive, posixpath.join(folder, "_rels", name + ".rels"), folder, file)
    candidates: list[tuple[str, str]] = []
    for namespace in _SML_NAMESPACES:
        for sheet in root.iter(f"{{{namespace}}}sheet"):
            rel_id = sheet.get(f"{{{_DOC_REL_NS}}}id") or sheet.get(
                "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"
            )
            kind, part = rels.get(rel_id or "", ("", ""))
            if not kind.endswith("/worksheet") or part not in archive.NameToInfo:
                continue
            if (sheet.get("state") or "visible") != "visible":
                continue
            candidates.append((sheet.get("name") or "", part))
    if not candidates:
        raise no_sheet
    for sheet_name, part in candidates:
        if sheet_name.strip().casefold() == DATA_SHEET.casefold():
            return sheet_name, part
    return candidates[0]


@dataclass(slots=True)
class _Scan:
    nonempty_rows: int = 0
    last_row: int = 0
    last_col: int = 0
    formulas: set[tuple[int, int]] = field(default_factory=set)
    merges: list[str] = field(default_factory=list)


_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d*)$")


def _scan_sheet(
    archive: zipfile.ZipFile, part: str, max_rows: int, max_cols: int, max_formulas: int
) -> _Scan:
    """One streaming pass over the sheet XML (expat, no tree): sizes, formulas, merges."""
    scan = _Scan()
    ns_prefixes = [ns + " " for ns in _SML_NAMESPACES]
    row_tags = {p + "row" for p in ns_prefixes}
    cell_tags = {p + "c" for p in ns_prefixes}
    value_tags = {p + "v" for p in ns_prefixes} | {p + "is" for p in ns_prefixes}
    formula_tags = {p + "f" for p in ns_prefixes}
    merge_tags = {p + "mergeCell" for p in ns_prefixes}
    column_cache: dict[str, int] = {}
    # Mutable state of the handler: current row, current column, row has a value.
    state = [0, 0, False]

    def finish_row() -> None:
        if state[2]:
            scan.nonempty_rows += 1
            scan.last_row = state[0]
            if scan.nonempty_rows - 1 > max_rows:
                raise ImportFileError(
                    "too_many_rows",
                    f"File berisi lebih dari {max_rows:,} baris data; batasnya {max_rows:,}. "
                    "Bagi data menjadi beberapa file.".replace(",", "."),
                )
        state[2] = False

    def mark_value() -> None:
        state[2] = True
        column = state[1]
        if column > scan.last_col:
            scan.last_col = column
            if column > max_cols:
                raise ImportFileError(
                    "too_many_cols",
                    f"Kolom {get_column_letter(column)} berisi data, padahal file impor paling "
                    f"banyak {max_cols} kolom. Hapus kolom yang tidak dipakai.",
                    column=get_column_letter(column),
                )

    def start(name: str, attrs: dict[str, str]) -> None:
        if name in cell_tags:
            ref = attrs.get("r")
            column = 0
            if ref:
                match = _CELL_REF.match(ref)
                if match:
                    letters = match.group(1).upper()
                    column = column_cache.get(letters, 0)
                    if not column:
                        column = column_cache[letters] = column_index_from_string(letters)
            state[1] = column or state[1] + 1
        elif name in value_tags:
            mark_value()
        elif name in row_tags:
            finish_row()
            number = attrs.get("r")
            state[0] = int(number) if number and number.isdigit() else state[0] + 1
            state[1] = 0
        elif name in formula_tags:
            mark_value()
            scan.formulas.add((state[0], state[1]))
            if len(scan.formulas) > max_formulas:
                raise ImportFileError(
                    "formulas",
                    f"File berisi lebih dari {max_formulas} sel rumus (formula). Ganti rumus "
                    "dengan nilainya (Salin, lalu Tempel Khusus > Nilai) dan impor lagi.",
                )
        elif name in merge_tags:
            scan.merges.append(attrs.get("ref") or "?")

    def forbid(*_args: object) -> None:
        raise ImportFileError("corrupt", "File ditolak: lembar kerja memuat deklarasi DTD/entitas.")

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = forbid
    parser.EntityDeclHandler = forbid
    parser.ExternalEntityRefHandler = forbid
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        with archive.open(part) as handle:
            parser.ParseFile(handle)
    except expat.ExpatError:
        raise ImportFileError("corrupt", "File rusak: XML lembar kerja tidak valid.") from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise ImportFileError("corrupt", "File rusak atau terpotong.") from None
    finish_row()
    if scan.merges:
        listed = ", ".join(scan.merges[:_MAX_MERGES_LISTED])
        more = len(scan.merges) - _MAX_MERGES_LISTED
        suffix = f" dan {more} lainnya" if more > 0 else ""
        raise ImportFileError(
            "merged_cells",
            f"Lembar berisi sel gabungan (merge): {listed}{suffix}. Pisahkan sel gabungan "
            "(Beranda > Gabung & Tengahkan > Pisahkan Sel) lalu isi setiap sel.",
            details=tuple(scan.merges),
        )
    return scan


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


# --- stage 3: validation ----------------------------------------------------------------------


class _Problem(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


_MONTH_WORDS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES_ID, 1):
    _MONTH_WORDS[_name.casefold()] = _number
    _MONTH_WORDS[_name[:3].casefold()] = _number
_MONTH_WORDS.update({"agt": 8, "ags": 8, "okt": 10, "des": 12, "nop": 11, "pebruari": 2})
_WORD_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")
_WORD_MONTH = re.compile(r"([A-Za-z]+)\.?\s+(\d{4})")
_NUM_MONTH = re.compile(r"(\d{1,2})[/.\-](\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_INT_TEXT = re.compile(r"-?\d+")
_INT_GROUPED = re.compile(r"-?\d{1,3}(?:\.\d{3})+")
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/\-]*")
_PHONE = re.compile(r"\+?\d{6,15}")
_PHONE_JUNK = str.maketrans("", "", " -.()")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MIN_YEAR, _MAX_YEAR = 1900, 2099


def _display(value: object) -> str:
    """The cell value as text for messages and the error report."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return format_date_short_id(value.date())
        return f"{format_date_short_id(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date_short_id(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def _text_of(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return _display(value)
    return str(value)


def _numeric_identifier(spec_field: FieldSpec, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    if spec_field.type in ("nik", "kk"):
        raise _Problem(
            f"{spec_field.type}_numeric",
            f"{spec_field.header} harus diisi sebagai teks; angka 16 digit kehilangan digit "
            "terakhir di Excel. Format kolom sebagai Teks lalu ketik ulang.",
        )
    if spec_field.type == "kpj":
        raise _Problem(
            "kpj_numeric",
            "KPJ harus diisi sebagai teks; sebagai angka, angka 0 di depan dan huruf pada "
            "kartu lama hilang. Format kolom sebagai Teks lalu ketik ulang.",
        )
    raise _Problem(
        "phone_numeric",
        f"{spec_field.header} harus diisi sebagai teks agar angka 0 di depan tidak hilang.",
    )


def _parse_identifier(spec_field: FieldSpec, value: object) -> str:
    _numeric_identifier(spec_field, value)
    text = str(value).strip().lstrip("'")
    try:
        if spec_field.type == "kk":
            return parse_kk(text)
        return parse_kpj(text)
    except IdentifierError as err:
        raise _Problem(err.code, err.message) from None


def _check_year(parsed: date, header: str) -> date:
    if not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        raise _Problem(
            "date_range", f"{header}: tahun {parsed.year} di luar rentang {_MIN_YEAR}-{_MAX_YEAR}."
        )
    return parsed


def _parse_date(spec_field: FieldSpec, value: object) -> date:
    if isinstance(value, datetime):
        return _check_year(value.date(), spec_field.header)
    if isinstance(value, date):
        return _check_year(value, spec_field.header)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise _Problem(
            "date_number",
            f"{spec_field.header} tertulis sebagai angka ({_display(value)}), bukan tanggal. "
            "Isi sebagai tanggal dd/mm/yyyy, mis. 17/08/2026.",
        )
    if isinstance(value, time):
        raise _Problem("date_format", f"{spec_field.header} berisi jam, bukan tanggal.")
    text = str(value).strip()
    words = _WORD_DATE.fullmatch(text)
    if words:
        month = _MONTH_WORDS.get(words.group(2).casefold())
        if month is None:
            raise _Problem("date_format", f"Nama bulan '{words.group(2)}' tidak dikenal.")
        text = f"{words.group(1)}/{month}/{words.group(3)}"
    try:
        parsed = parse_date_id(text)
    except FormatError as err:
        raise _Problem(err.code, err.message) from None
    return _check_year(parsed, spec_field.header)


def _parse_month(spec_field: FieldSpec, value: object) -> date:
    if isinstance(value, (datetime, date)):
        day = value.date() if isinstance(value, datetime) else value
        return _check_year(day.replace(day=1), spec_field.header)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise _Problem(
            "month_format",
            f"{spec_field.header} tertulis sebagai angka ({_display(value)}). Isi bulan "
            "sebagai mm/yyyy, mis. 03/2025.",
        )
    text = str(value).strip()
    month = year = 0
    if match := _NUM_MONTH.fullmatch(text):
        month, year = int(match.group(1)), int(match.group(2))
    elif match := _ISO_MONTH.fullmatch(text):
        year, month = int(match.group(1)), int(match.group(2))
    elif match := _WORD_MONTH.fullmatch(text):
        month = _MONTH_WORDS.get(match.group(1).casefold(), 0)
        year = int(match.group(2))
    else:
        try:
            return _parse_date(spec_field, text).replace(day=1)
        except _Problem:
            raise _Problem(
                "month_format",
                f"Format bulan tidak dikenali: '{text}'. Tulis bulan/tahun, mis. 03/2025.",
            ) from None
    if not 1 <= month <= 12:
        raise _Problem("month_format", f"Bulan harus 01 sampai 12; tertulis '{text}'.")
    return _check_year(date(year, month, 1), spec_field.header)


def _check_min(spec_field: FieldSpec, number: int) -> int:
    low = spec_field.min_value
    if low is not None and number < low:
        if number < 0:
            raise _Problem("negative", f"{spec_field.header} tidak boleh negatif ({number}).")
        raise _Problem("too_small", f"{spec_field.header} minimal {low}; tertulis {number}.")
    return number


def _parse_int(spec_field: FieldSpec, value: object) -> int:
    if isinstance(value, bool):
        raise _Problem("int_format", f"{spec_field.header} harus bilangan bulat.")
    if isinstance(value, int):
        return _check_min(spec_field, value)
    if isinstance(value, float):
        if not value.is_integer():
            raise _Problem(
                "int_format", f"{spec_field.header} harus bilangan bulat; tertulis {value}."
            )
        return _check_min(spec_field, int(value))
    if isinstance(value, (datetime, date)):
        raise _Problem("int_format", f"{spec_field.header} berisi tanggal, bukan bilangan.")
    text = "".join(str(value).split())
    if _INT_GROUPED.fullmatch(text):
        text = text.replace(".", "")
    if not _INT_TEXT.fullmatch(text):
        raise _Problem(
            "int_format", f"{spec_field.header} harus bilangan bulat; tertulis '{value}'."
        )
    return _check_min(spec_field, int(text))


def _parse_rupiah(spec_field: FieldSpec, value: object) -> int:
    if isinstance(value, bool):
        raise _Problem("rupiah_format", f"{spec_field.header} harus jumlah rupiah.")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise _Problem(
                "rupiah_cents", f"{spec_field.header} tidak boleh memakai sen ({value})."
            )
        return _check_min(spec_field, int(value))
    if isinstance(value, (datetime, date)):
        raise _Problem("rupiah_format", f"{spec_field.header} berisi tanggal, bukan rupiah.")
    try:
        amount = parse_rupiah(str(value))
    except FormatError as err:
        raise _Problem(err.code, err.message) from None
    return _check_min(spec_field, amount)


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


_ENUM_LOOKUPS: dict[tuple[str, str], dict[str, str]] = {}


def _enum_lookup(kind: str, spec_field: FieldSpec) -> dict[str, str]:
    lookup = _ENUM_LOOKUPS.get((kind, spec_field.key))
    if lookup is None:
        lookup = {}
        for option in spec_field.options:
            for word in (option.code, option.choice, option.label, *option.synonyms):
                lookup.setdefault(_fold(word), option.code)
        _ENUM_LOOKUPS[(kind, spec_field.key)] = lookup
    return lookup


def _parse_enum(kind: str, spec_field: FieldSpec, value: object) -> str:
    code = _enum_lookup(kind, spec_field).get(_fold(_text_of(value)))
    if code is None:
        choices = ", ".join(option.choice for option in spec_field.options)
        raise _Problem(
            "enum",
            f"Nilai '{_display(value)}' tidak dikenal untuk {spec_field.header}. "
            f"Pilihan: {choices}.",
        )
    return code


def _parse_text(spec_field: FieldSpec, value: object) -> str:
    text = " ".join(_CONTROL.sub("", _text_of(value)).split())
    limit = spec_field.max_length
    if limit is not None and len(text) > limit:
        raise _Problem(
            "too_long",
            f"{spec_field.header} terlalu panjang: {len(text)} karakter, maksimal {limit}.",
        )
    return text


def _parse_code(spec_field: FieldSpec, value: object) -> str:
    text = _parse_text(spec_field, value)
    if not _CODE.fullmatch(text):
        raise _Problem(
            "code_format",
            f"{spec_field.header} hanya boleh berisi huruf, angka, titik, garis miring, - dan _, "
            "tanpa spasi.",
        )
    return text.upper()


def _parse_region(spec_field: FieldSpec, value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().lstrip("'").replace(".", "")
    if not (len(text) == 4 and text.isascii() and text.isdigit()):
        raise _Problem(
            "region_format",
            f"{spec_field.header} harus 4 digit kode kabupaten/kota, mis. 3578.",
        )
    canonical = regions.canonical_regency_code(text)
    if canonical is None:
        raise _Problem(
            "region_unknown",
            f"Kode wilayah {text} tidak ada dalam daftar kabupaten/kota Kemendagri.",
        )
    return canonical


def _parse_phone(spec_field: FieldSpec, value: object) -> str:
    _numeric_identifier(spec_field, value)
    text = _parse_text(spec_field, value)
    compact = text.translate(_PHONE_JUNK)
    if not _PHONE.fullmatch(compact):
        raise _Problem(
            "phone_format",
            f"Nomor {spec_field.header.lower()} tidak valid: hanya angka (boleh diawali +), "
            "6-15 digit.",
        )
    return compact


def _parse_value(kind: str, spec_field: FieldSpec, value: object) -> Any:
    field_type = spec_field.type
    if field_type in ("kk", "kpj"):
        return _parse_identifier(spec_field, value)
    if field_type == "date":
        return _parse_date(spec_field, value)
    if field_type == "month":
        return _parse_month(spec_field, value)
    if field_type == "int":
        return _parse_int(spec_field, value)
    if field_type == "rupiah":
        return _parse_rupiah(spec_field, value)
    if field_type == "enum":
        return _parse_enum(kind, spec_field, value)
    if field_type == "code":
        return _parse_code(spec_field, value)
    if field_type == "region":
        return _parse_region(spec_field, value)
    if field_type == "phone":
        return _parse_phone(spec_field, value)
    return _parse_text(spec_field, value)


_FORMULA_MESSAGE = (
    "Sel berisi rumus (formula). Ganti dengan nilainya: Salin, lalu Tempel Khusus > Nilai."
)
_PAST_ONLY = frozenset(
    {"birth_date", "layoff_date", "membership_since", "founded_on", "licence_issued"}
)
_LAYOFF_STATUSES = frozenset({"laid_off", "contract_ended"})


def validate_rows(
    raw_rows: Iterable[RawRow],
    kind: str,
    *,
    today: date | None = None,
    stats: ReadStats | None = None,
) -> Iterator[ParsedRow | CellError]:
    """Parse and check rows: a :class:`ParsedRow` per good row, :class:`CellError` per problem.

    A row with any error yields only its errors (in column order, cross-column checks last)
    and no ParsedRow. Duplicates (same NIK, KPJ or code as an earlier row of the file) are
    reported on the later row, naming the first. ``today`` (default: ``date.today()``)
    decides the NIK century and what counts as a future date.
    """
    spec = import_spec(kind)
    today = today or date.today()
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

    def error(key: str, code: str, message: str, severity: str = "error") -> None:
        spec_field = spec.field(key)
        item = CellError(
            raw.row_number,
            letters.get(key, ""),
            spec_field.header,
            _display(raw.values.get(key)),
            message,
            code,
            severity,
        )
        (warnings if severity == "warning" else errors).append(item)
        if severity == "error":
            failed.add(key)

    nik_field: FieldSpec | None = None
    for spec_field in spec.fields:
        key = spec_field.key
        if key in raw.formulas:
            error(key, "formula", _FORMULA_MESSAGE)
            continue
        value = raw.values.get(key)
        if _is_blank(value):
            if spec_field.required:
                error(key, "required", f"{spec_field.header} wajib diisi.")
            continue
        if spec_field.type == "nik":
            nik_field = spec_field  # parsed after birth date and sex
            continue
        try:
            values[key] = _parse_value(spec.kind, spec_field, value)
        except _Problem as problem:
            error(key, problem.code, problem.message)

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
        error(spec_field.key, problem.code, problem.message)
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


def _cross_checks(
    spec: ImportSpec,
    values: dict[str, Any],
    failed: set[str],
    today: date,
    error: Callable[..., None],
) -> None:
    fields = {f.key: f for f in spec.fields}
    for key in _PAST_ONLY & fields.keys():
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
            )
    for group in spec.one_of:
        if all(values.get(key) is None and key not in failed for key in group):
            names = " atau ".join(fields[key].header for key in group)
            error(group[0], "required", f"Isi {names}.")
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
        )


def _key_of(values: Mapping[str, Any], key_fields: tuple[str, ...]) -> tuple[Any, ...] | None:
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
            error(key_fields[0], "duplicate", f"{names} sama dengan baris {first} di file ini.")


def validate_file(
    path: str | os.PathLike[str],
    kind: str,
    *,
    today: date | None = None,
    stats: ReadStats | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
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
        progress=progress,
        cancel=cancel,
        max_rows=max_rows,
        max_cols=max_cols,
        max_uncompressed=max_uncompressed,
        max_ratio=max_ratio,
    )
    return validate_rows(raw, kind, today=today, stats=stats)


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
