"""Stage 1: refuse files that are not plain, reasonable xlsx workbooks (before any reader).

Size, magic bytes (old .xls and password-protected files are OLE2 compound files, CSV and
PDF are not zips at all), the zip directory (declared sizes and compression ratios: zip bombs),
the content types (macro-enabled workbooks, other Office documents), then one streaming expat
pass over the chosen sheet counting non-empty rows and columns and collecting merged ranges and
formula cells, which the readers cannot see. Python's zipfile never inflates an entry beyond
its declared size, so the declared sizes checked here bound what a reader will inflate later.
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

import defusedxml.ElementTree as DefusedET
from openpyxl.utils import column_index_from_string, get_column_letter

from vokasi_desktop.documents.xlsx_import.model import (
    DEFAULT_MAX_COLS,
    DEFAULT_MAX_FILE_SIZE,
    DEFAULT_MAX_FORMULAS,
    DEFAULT_MAX_RATIO,
    DEFAULT_MAX_ROWS,
    DEFAULT_MAX_UNCOMPRESSED,
    ImportFileError,
    Precheck,
)
from vokasi_desktop.documents.xlsx_templates import (
    DATA_SHEET,
)

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
        raise ImportFileError(
            "not_found", f"File {file.name} tidak ditemukan.", params={"file": file.name}
        ) from None
    except OSError as exc:
        raise ImportFileError(
            "not_found",
            f"File {file.name} tidak dapat dibuka: {exc.strerror or exc}.",
            params={"file": file.name},
        ) from None
    if not file.is_file():
        raise ImportFileError("not_found", f"{file.name} bukan file.", params={"file": file.name})
    if size == 0:
        raise ImportFileError(
            "empty", f"File {file.name} kosong (0 byte).", params={"file": file.name}
        )
    if size > max_file_size:
        raise ImportFileError(
            "too_large",
            f"File {file.name} terlalu besar ({_mib(size)}; batas {_mib(max_file_size)}). "
            "Bagi data menjadi beberapa file.",
            params={"file": file.name, "size": _mib(size), "limit": _mib(max_file_size)},
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
            params={"file": file.name},
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
                    params={"file": file.name},
                )
            tail = chunk[-64:]
    raise ImportFileError(
        "xls",
        f"File {file.name} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "
        "Excel Workbook (.xlsx).",
        params={"file": file.name},
    )


def _refuse_not_zip(file: Path, head: bytes) -> None:
    if head.startswith(b"%PDF"):
        raise ImportFileError(
            "not_xlsx",
            f"File {file.name} adalah dokumen PDF, bukan Excel. Gunakan templat impor (.xlsx).",
            params={"file": file.name, "form": "pdf"},
        )
    text_head = head.lstrip(b"\xef\xbb\xbf").lstrip()
    lowered = text_head[:200].lower()
    if lowered.startswith((b"<html", b"<!doctype", b"<?xml", b"<table")):
        raise ImportFileError(
            "not_xlsx",
            f"File {file.name} berisi HTML/XML, bukan Excel (.xlsx), walau namanya mirip. Buka "
            "di Excel lalu simpan sebagai Excel Workbook (.xlsx).",
            params={"file": file.name, "form": "html"},
        )
    if _looks_like_text(text_head):
        raise ImportFileError(
            "csv",
            f"File {file.name} adalah file teks/CSV, bukan Excel (.xlsx). Buka di Excel, "
            "pastikan NIK tetap utuh, lalu simpan sebagai Excel Workbook (.xlsx).",
            params={"file": file.name},
        )
    raise ImportFileError(
        "not_xlsx",
        f"File {file.name} bukan file Excel (.xlsx). Gunakan templat impor.",
        params={"file": file.name},
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
        raise ImportFileError("zip_bomb", bomb, params={"file": file.name})
    total = 0
    for info in infos:
        name = info.filename
        if name.lower().endswith("vbaproject.bin"):
            raise _macro_error(file)
        if info.flag_bits & 0x1:
            raise ImportFileError(
                "encrypted",
                f"File {file.name} terenkripsi. Simpan ulang tanpa kata sandi.",
                params={"file": file.name},
            )
        total += info.file_size
        if total > max_uncompressed:
            raise ImportFileError("zip_bomb", bomb, params={"file": file.name})
        if info.file_size > _RATIO_MIN_SIZE and (
            info.compress_size == 0 or info.file_size / info.compress_size > max_ratio
        ):
            raise ImportFileError("zip_bomb", bomb, params={"file": file.name})


def _macro_error(file: Path) -> ImportFileError:
    return ImportFileError(
        "macro",
        f"File {file.name} mengandung makro (.xlsm). Demi keamanan file bermakro tidak "
        "diterima: simpan sebagai Excel Workbook (.xlsx) tanpa makro.",
        params={"file": file.name},
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
            "corrupt",
            f"File {file.name} rusak (struktur XML tidak valid).",
            params={"file": file.name},
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
                params={"file": file.name, "form": "ods"},
            )
        raise ImportFileError(
            "not_xlsx", f"File {file.name} bukan file Excel (.xlsx).", params={"file": file.name}
        )
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
    form = "other"
    if any("sheet.binary" in t for t in types):
        form, message = (
            "xlsb",
            f"File {file.name} berformat Excel Binary (.xlsb). Simpan sebagai .xlsx.",
        )
    elif any("wordprocessingml" in t for t in types):
        form, message = "word", f"File {file.name} adalah dokumen Word, bukan Excel."
    elif any("presentationml" in t for t in types):
        form, message = "powerpoint", f"File {file.name} adalah presentasi PowerPoint, bukan Excel."
    else:
        message = f"File {file.name} bukan file Excel (.xlsx)."
    raise ImportFileError("not_xlsx", message, params={"file": file.name, "form": form})


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
    no_sheet = ImportFileError(
        "no_sheet", f"File {file.name} tidak berisi lembar kerja.", params={"file": file.name}
    )
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
_ASCII_DIGITS = "0123456789"
_CELL, _VALUE, _ROW, _FORMULA, _MERGE = range(5)


def _scan_sheet(
    archive: zipfile.ZipFile, part: str, max_rows: int, max_cols: int, max_formulas: int
) -> _Scan:
    """One streaming pass over the sheet XML (expat, no tree): sizes, formulas, merges."""
    scan = _Scan()
    ns_prefixes = [ns + " " for ns in _SML_NAMESPACES]
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
                    params={"limit": max_rows},
                )
        state[2] = False

    def mark_value() -> None:
        state[2] = True
        column = state[1]
        if column > scan.last_col:  # rare: only while the widest row so far grows
            scan.last_col = column
            if column > max_cols:
                raise ImportFileError(
                    "too_many_cols",
                    f"Kolom {get_column_letter(column)} berisi data, padahal file impor paling "
                    f"banyak {max_cols} kolom. Hapus kolom yang tidak dipakai.",
                    column=get_column_letter(column),
                    params={"column": get_column_letter(column), "limit": max_cols},
                )

    # Element name -> what it is (one dict lookup per element: this handler runs for every
    # element of the sheet, ~6 per data row).
    kinds = {p + tag: kind for p in ns_prefixes for tag, kind in (
        ("c", _CELL), ("v", _VALUE), ("is", _VALUE), ("row", _ROW), ("f", _FORMULA),
        ("mergeCell", _MERGE))}
    kind_of = kinds.get

    def column_of(ref: str) -> int:
        # The column depends only on the reference without its trailing digits: cache by that.
        letters = ref.rstrip(_ASCII_DIGITS)
        column = column_cache.get(letters)
        if column is None:
            match = _CELL_REF.match(ref)
            column = column_index_from_string(match.group(1).upper()) if match else 0
            column_cache[letters] = column
        return column

    cell, value = _CELL, _VALUE

    def start(name: str, attrs: dict[str, str]) -> None:
        kind = kind_of(name)
        if kind is None:
            return
        if kind == cell:
            ref = attrs.get("r")
            if ref:
                column = column_cache.get(ref.rstrip(_ASCII_DIGITS)) or column_of(ref)
                state[1] = column or state[1] + 1
            else:
                state[1] += 1
        elif kind == value:
            state[2] = True
            if state[1] > scan.last_col:
                mark_value()
        elif kind == _ROW:
            finish_row()
            number = attrs.get("r")
            state[0] = int(number) if number and number.isdigit() else state[0] + 1
            state[1] = 0
        elif kind == _FORMULA:
            mark_value()
            scan.formulas.add((state[0], state[1]))
            if len(scan.formulas) > max_formulas:
                raise ImportFileError(
                    "formulas",
                    f"File berisi lebih dari {max_formulas} sel rumus (formula). Ganti rumus "
                    "dengan nilainya (Salin, lalu Tempel Khusus > Nilai) dan impor lagi.",
                    params={"limit": max_formulas},
                )
        else:
            scan.merges.append(attrs.get("ref") or "?")

    def forbid(*_args: object) -> None:
        raise ImportFileError(
            "corrupt",
            "File ditolak: lembar kerja memuat deklarasi DTD/entitas.",
            params={"reason": "dtd"},
        )

    def forbid_ref(*_args: object) -> int:
        forbid()
        return 0

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = forbid
    parser.EntityDeclHandler = forbid
    parser.ExternalEntityRefHandler = forbid_ref
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
            params={"ranges": listed, "more": max(more, 0)},
        )
    return scan
