"""Import templates and the column specs shared with the importer.

One :class:`ImportSpec` per kind of import (``members``, ``contributions``, ``institutions``,
``classes``) lists the columns as data: key (the service's field name, as in the database),
Indonesian header (the exact text the importer matches, case and spaces aside), whether it is
required, its type, the enum options, an example and a note. :func:`write_template` turns a
spec into a workbook; ``xlsx_import`` reads files against the same spec.

Enum codes are the values stored in the database (``db/models.py``: ``SEGMENTS``,
``EMPLOYMENT_STATUSES``...); the dropdowns show the Indonesian choice (``LAINNYA``,
``campuran``), and the importer also accepts labels and synonyms, case-insensitively.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from vokasi_desktop.documents.xlsx_safe import TEXT_FORMAT, wrapped_line_count
from vokasi_desktop.domain import vocabulary

__all__ = [
    "IMPORT_KINDS",
    "IMPORT_SPECS",
    "TEMPLATE_FILENAMES",
    "EnumOption",
    "FieldSpec",
    "FieldType",
    "ImportSpec",
    "import_spec",
    "write_template",
]

FieldType = Literal[
    "text", "nik", "kk", "kpj", "code", "date", "month", "int", "rupiah", "enum", "region",
    "phone",
]  # fmt: skip

#: Field types whose cells must be text in Excel (digits that a number would mangle).
TEXT_TYPES = frozenset({"nik", "kk", "kpj", "code", "region", "phone"})


@dataclass(frozen=True, slots=True)
class EnumOption:
    """One allowed value.

    Attributes:
        code: the value stored (as in the database), e.g. ``"laid_off"``.
        choice: what the template's dropdown shows, e.g. ``"PHK"``.
        label: a longer Indonesian description for the instructions.
        synonyms: other spellings accepted on import (matched case-insensitively).
    """

    code: str
    choice: str
    label: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One column of an import file.

    Attributes:
        key: field name used by the service (database column name).
        header: exact Indonesian header in row 1 of the "Data" sheet.
        type: how the cell is parsed (see :data:`FieldType`).
        required: an empty cell is an error.
        example: example value shown in the instructions.
        note: Indonesian explanation shown in the instructions and the cell prompt.
        options: allowed values for ``enum`` fields.
        max_length: longest text accepted (``text``, ``code``, ``phone``).
        min_value: smallest number accepted (``int``, ``rupiah``).
        width: column width in the template.
    """

    key: str
    header: str
    type: FieldType
    required: bool
    example: str
    note: str = ""
    options: tuple[EnumOption, ...] = ()
    max_length: int | None = None
    min_value: int | None = None
    width: float = 16

    @property
    def format_text(self) -> str:
        """How to fill the column, in Indonesian (for the instructions sheet)."""
        if self.type == "enum":
            return "Pilih dari daftar: " + ", ".join(o.choice for o in self.options)
        if self.type == "text":
            return f"Teks, maksimal {self.max_length} karakter" if self.max_length else "Teks"
        if self.type == "int":
            low = self.min_value if self.min_value is not None else 0
            return f"Bilangan bulat, minimal {low}"
        return _FORMAT_TEXT[self.type]


_FORMAT_TEXT: dict[str, str] = {
    "nik": "16 digit angka, diisi sebagai teks",
    "kk": "16 digit angka, diisi sebagai teks",
    "kpj": "11 karakter (angka; kartu Jamsostek lama boleh berisi huruf), diisi sebagai teks",
    "code": "Teks tanpa spasi: huruf, angka, titik, garis miring, - atau _",
    "date": "Tanggal, dd/mm/yyyy (mis. 17/08/2026)",
    "month": "Bulan, mm/yyyy (mis. 03/2025) atau tanggal",
    "rupiah": "Rupiah tanpa sen, mis. 2400000 atau Rp2.400.000",
    "region": "4 digit kode kabupaten/kota (Kemendagri), diisi sebagai teks",
    "phone": "Teks, mis. 081234567890 atau +6281234567890",
}


@dataclass(frozen=True, slots=True)
class ImportSpec:
    """All columns of one kind of import, and the checks across columns.

    Attributes:
        kind: ``members``, ``contributions``, ``institutions`` or ``classes``.
        title: Indonesian name of the data, e.g. "Data Peserta".
        row_noun: what one row is, e.g. "peserta" (for the instructions).
        fields: the columns in template order.
        unique: field-key tuples that must not repeat inside one file (each tuple is one key;
            rows where a part of it is empty are not compared).
        date_order: (earlier, later) field pairs: the later date may not precede the earlier.
        one_of: field groups of which at least one must be filled.
    """

    kind: str
    title: str
    row_noun: str
    fields: tuple[FieldSpec, ...]
    unique: tuple[tuple[str, ...], ...] = ()
    date_order: tuple[tuple[str, str], ...] = ()
    one_of: tuple[tuple[str, ...], ...] = ()

    def field(self, key: str) -> FieldSpec:
        """The field with this key (KeyError if none)."""
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    @property
    def headers(self) -> tuple[str, ...]:
        """Headers in template order."""
        return tuple(f.header for f in self.fields)


# --- enum options ---------------------------------------------------------------------------

def _options(code_set: vocabulary.CodeSet) -> tuple[EnumOption, ...]:
    """A template's dropdown values from the vocabulary (choice, note, synonyms per code)."""
    return tuple(EnumOption(t.code, t.template_choice, t.template_note, t.synonyms)
                 for t in code_set)


SEX_OPTIONS = _options(vocabulary.SEXES)
SEGMENT_OPTIONS = _options(vocabulary.SEGMENTS)
EMPLOYMENT_OPTIONS = _options(vocabulary.EMPLOYMENT_STATUSES)
MEMBERSHIP_OPTIONS = _options(vocabulary.MEMBERSHIP_STATUSES)
INSTITUTION_TYPE_OPTIONS = _options(vocabulary.INSTITUTION_TYPES)
MODE_OPTIONS = _options(vocabulary.CLASS_MODES)
CONTRIBUTION_SOURCE_OPTIONS = _options(vocabulary.CONTRIBUTION_SOURCES)

# --- specs ----------------------------------------------------------------------------------

_NIK_NOTE = (
    "16 digit sesuai KTP. Isi sebagai teks: angka 16 digit kehilangan digit terakhir di Excel."
)
_REGION_NOTE = "Kode kabupaten/kota Kemendagri 4 digit, mis. 3578 untuk Kota Surabaya."

MEMBERS = ImportSpec(
    kind="members",
    title="Data Peserta",
    row_noun="peserta",
    fields=(
        FieldSpec("nik", "NIK", "nik", True, "3578014107900003", _NIK_NOTE, width=20),
        FieldSpec("name", "Nama", "text", True, "Siti Aminah", "Nama sesuai KTP.",
                  max_length=200, width=28),
        FieldSpec("birth_place", "Tempat Lahir", "text", False, "Surabaya", max_length=100),
        FieldSpec("birth_date", "Tanggal Lahir", "date", True, "01/07/1990",
                  "Harus sama dengan tanggal lahir pada NIK; beda tanggal menjadi peringatan.",
                  width=14),
        FieldSpec("sex", "Jenis Kelamin", "enum", True, "P", "L = laki-laki, P = perempuan.",
                  SEX_OPTIONS, width=10),
        FieldSpec("kk", "No KK", "kk", False, "3578010101200001",
                  "Nomor Kartu Keluarga, 16 digit, diisi sebagai teks.", width=20),
        FieldSpec("kpj", "KPJ", "kpj", False, "12345678901",
                  "Nomor kartu peserta BPJS Ketenagakerjaan; kosongkan bila belum punya.",
                  width=14),
        FieldSpec("address", "Alamat", "text", False, "Jl. Karimunjawa No. 1, Surabaya",
                  max_length=400, width=32),
        FieldSpec("region_code", "Kode Wilayah", "region", False, "3578",
                  _REGION_NOTE + " Kosongkan untuk memakai kode dari NIK.", width=12),
        FieldSpec("phone", "Telepon", "phone", False, "081234567890", max_length=30),
        FieldSpec("segment", "Segmen", "enum", True, "PU",
                  "PU = penerima upah, BPU = bukan penerima upah, PMI = pekerja migran, "
                  "JAKON = jasa konstruksi.", SEGMENT_OPTIONS, width=10),
        FieldSpec("employment_status", "Status Pekerjaan", "enum", True, "PHK",
                  "Bila PHK atau Kontrak Berakhir, isi juga Tanggal PHK.", EMPLOYMENT_OPTIONS,
                  width=16),
        FieldSpec("layoff_date", "Tanggal PHK", "date", False, "15/03/2026",
                  "Tanggal PHK atau berakhirnya kontrak.", width=14),
        FieldSpec("membership_status", "Status Kepesertaan", "enum", True, "aktif",
                  "Status kepesertaan BPJS Ketenagakerjaan.", MEMBERSHIP_OPTIONS, width=16),
        FieldSpec("membership_since", "Terdaftar Sejak", "date", False, "01/02/2018",
                  "Tanggal mulai menjadi peserta.", width=14),
    ),
    unique=(("nik",), ("kpj",)),
    date_order=(("birth_date", "layoff_date"), ("birth_date", "membership_since")),
)  # fmt: skip

CONTRIBUTIONS = ImportSpec(
    kind="contributions",
    title="Data Iuran",
    row_noun="periode iuran",
    fields=(
        FieldSpec("nik", "NIK", "nik", False, "3578014107900003",
                  "Isi NIK atau KPJ (boleh keduanya). " + _NIK_NOTE, width=20),
        FieldSpec("kpj", "KPJ", "kpj", False, "12345678901", "Isi NIK atau KPJ.", width=14),
        FieldSpec("month_from", "Bulan Mulai", "month", True, "01/2025",
                  "Bulan pertama iuran dibayar.", width=12),
        FieldSpec("month_to", "Bulan Selesai", "month", True, "12/2025",
                  "Bulan terakhir iuran dibayar (termasuk).", width=12),
        FieldSpec("source", "Sumber", "enum", False,
                  vocabulary.CONTRIBUTION_SOURCES.term("head_office").template_choice,
                  "Asal data iuran; kosong berarti Manual.", CONTRIBUTION_SOURCE_OPTIONS,
                  width=18),
    ),
    unique=(("nik", "month_from"), ("kpj", "month_from")),
    date_order=(("month_from", "month_to"),),
    one_of=(("nik", "kpj"),),
)  # fmt: skip

INSTITUTIONS = ImportSpec(
    kind="institutions",
    title="Data Lembaga Pelatihan",
    row_noun="lembaga",
    fields=(
        FieldSpec("code", "Kode", "code", True, "LPK-SBY-001", "Kode unik lembaga.",
                  max_length=32, width=14),
        FieldSpec("name", "Nama", "text", True, "LPK Maju Bersama", max_length=200, width=28),
        FieldSpec("type", "Jenis", "enum", True, "LPK",
                  "LPK, LKP, LSP, BLK atau LAINNYA.", INSTITUTION_TYPE_OPTIONS, width=10),
        FieldSpec("licence_number", "No Izin", "text", True, "503/123/436.7.1/2020",
                  "Nomor izin/tanda daftar dari Dinas (atau NIB/Sertifikat Standar OSS).",
                  max_length=100, width=22),
        FieldSpec("licence_issuer", "Penerbit Izin", "text", False,
                  "Dinas Tenaga Kerja Kota Surabaya", max_length=200, width=26),
        FieldSpec("licence_issued", "Tanggal Izin", "date", False, "10/01/2020", width=13),
        FieldSpec("licence_expires", "Izin Berlaku s.d.", "date", False, "09/01/2027",
                  "Kosongkan bila izin tidak berbatas waktu.", width=13),
        FieldSpec("founded_on", "Mulai Beroperasi", "date", False, "01/06/2018",
                  "Untuk syarat pengalaman minimal satu tahun.", width=13),
        FieldSpec("accreditation", "Akreditasi", "text", False, "A",
                  "Peringkat akreditasi (mis. A, B) atau kosong.", max_length=32, width=11),
        FieldSpec("accreditation_expires", "Akreditasi s.d.", "date", False, "31/12/2027",
                  width=13),
        FieldSpec("pks_number", "No PKS", "text", False, "PKS/123/KC-KRJ/2026",
                  "Nomor perjanjian kerja sama dengan kantor cabang.", max_length=100,
                  width=20),
        FieldSpec("pks_from", "PKS Mulai", "date", False, "01/01/2026", width=13),
        FieldSpec("pks_to", "PKS Selesai", "date", False, "31/12/2026", width=13),
        FieldSpec("address", "Alamat", "text", False, "Jl. Raya Darmo No. 10, Surabaya",
                  max_length=400, width=30),
        FieldSpec("region_code", "Kode Wilayah", "region", True, "3578", _REGION_NOTE,
                  width=12),
        FieldSpec("contact_name", "Kontak", "text", False, "Budi Santoso",
                  "Nama penanggung jawab.", max_length=200, width=20),
        FieldSpec("phone", "Telepon", "phone", False, "0315678901", max_length=30),
        FieldSpec("capacity", "Kapasitas", "int", False, "40",
                  "Jumlah peserta yang dapat dilatih sekaligus.", min_value=0, width=10),
    ),
    unique=(("code",),),
    date_order=(
        ("licence_issued", "licence_expires"),
        ("pks_from", "pks_to"),
    ),
)  # fmt: skip

CLASSES = ImportSpec(
    kind="classes",
    title="Data Kelas Pelatihan",
    row_noun="kelas",
    fields=(
        FieldSpec("code", "Kode", "code", True, "KLS-2026-001", "Kode unik kelas.",
                  max_length=32, width=14),
        FieldSpec("institution_code", "Kode Lembaga", "code", True, "LPK-SBY-001",
                  "Kode lembaga yang sudah terdaftar.", max_length=32, width=14),
        FieldSpec("title", "Judul", "text", True, "Teknisi Pendingin Ruangan",
                  max_length=200, width=28),
        FieldSpec("field", "Bidang", "text", False, "Refrigerasi", max_length=100, width=18),
        FieldSpec("hours", "Jam", "int", True, "120", "Jumlah jam pelatihan.", min_value=1,
                  width=8),
        FieldSpec("mode", "Mode", "enum", True, "luring",
                  "daring (online), luring (tatap muka) atau campuran.", MODE_OPTIONS,
                  width=11),
        FieldSpec("region_code", "Kode Wilayah", "region", True, "3578", _REGION_NOTE,
                  width=12),
        FieldSpec("location", "Lokasi", "text", False, "Gedung LPK Maju Bersama, Lt. 2",
                  max_length=400, width=26),
        FieldSpec("start_date", "Tanggal Mulai", "date", True, "05/01/2027", width=13),
        FieldSpec("end_date", "Tanggal Selesai", "date", True, "26/02/2027",
                  "Tidak boleh sebelum Tanggal Mulai.", width=13),
        FieldSpec("capacity", "Kapasitas", "int", True, "20", "Jumlah kursi.", min_value=1,
                  width=10),
        FieldSpec("cost_per_participant", "Biaya per Peserta", "rupiah", True, "2400000",
                  "Rupiah tanpa sen.", min_value=0, width=16),
    ),
    unique=(("code",),),
    date_order=(("start_date", "end_date"),),
)  # fmt: skip

IMPORT_SPECS: dict[str, ImportSpec] = {
    spec.kind: spec for spec in (MEMBERS, CONTRIBUTIONS, INSTITUTIONS, CLASSES)
}
IMPORT_KINDS: tuple[str, ...] = tuple(IMPORT_SPECS)

#: Suggested file names for "Simpan templat".
TEMPLATE_FILENAMES: dict[str, str] = {
    "members": "templat-impor-peserta.xlsx",
    "contributions": "templat-impor-iuran.xlsx",
    "institutions": "templat-impor-lembaga.xlsx",
    "classes": "templat-impor-kelas.xlsx",
}


def import_spec(kind: str) -> ImportSpec:
    """The spec of one import kind; ValueError for an unknown kind."""
    try:
        return IMPORT_SPECS[kind]
    except KeyError:
        raise ValueError(
            f"unknown import kind {kind!r}; expected one of {', '.join(IMPORT_KINDS)}"
        ) from None


# --- template writer ------------------------------------------------------------------------

DATA_SHEET = "Data"
HELP_SHEET = "Petunjuk"
_LAST_ROW = 1_048_576  # validations and formats cover the whole column below the header

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_REQUIRED_FILL = PatternFill("solid", start_color="FCE4D6", end_color="FCE4D6")
_OPTIONAL_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")

_COLUMN_FORMAT: dict[str, str] = {
    "nik": TEXT_FORMAT,
    "kk": TEXT_FORMAT,
    "kpj": TEXT_FORMAT,
    "code": TEXT_FORMAT,
    "region": TEXT_FORMAT,
    "phone": TEXT_FORMAT,
    "text": TEXT_FORMAT,
    "date": "DD/MM/YYYY",
    "month": "MM/YYYY",
    "int": "0",
    "rupiah": '"Rp"#,##0',
}
_FIXED_LENGTH: dict[str, int] = {"nik": 16, "kk": 16, "kpj": 11, "region": 4}
# Excel serial numbers of 01/01/1900 and 31/12/2099: locale-free date validation bounds.
_DATE_MIN_SERIAL, _DATE_MAX_SERIAL = "1", "73050"


def _general_notes(spec: ImportSpec) -> list[str]:
    return [
        f'Isi data mulai baris 2 pada lembar "{DATA_SHEET}", satu baris untuk satu '
        f"{spec.row_noun}.",
        "Judul kolom di baris 1 jangan diubah. Urutan kolom boleh diubah dan kolom yang tidak "
        "wajib boleh dihapus; kolom lain tidak boleh ditambahkan.",
        "Judul kolom berwarna oranye wajib diisi; yang biru boleh dikosongkan.",
        "NIK, No KK dan KPJ harus berupa teks (kolomnya sudah diatur sebagai teks). Angka "
        "16 digit kehilangan digit terakhir di Excel; saat menempel dari file lain pakai "
        "Tempel Khusus > Nilai.",
        "Tanggal diisi sebagai tanggal Excel atau teks dd/mm/yyyy, mis. 17/08/2026; tahun "
        "harus 4 digit.",
        "Jangan menggabungkan sel (merge) dan jangan memakai rumus (formula). Baris kosong "
        "akan dilewati.",
        "Simpan sebagai Excel Workbook (.xlsx), bukan .xls, .xlsm atau .csv, dan tanpa kata sandi.",
    ]


def write_template(kind: str, path: str | os.PathLike[str]) -> Path:
    """Write the import template of ``kind`` to ``path`` and return the path.

    Sheet "Data": the headers (orange = required, blue = optional), frozen below row 1,
    identifier columns formatted as text, dropdowns for enums and date/number/length
    validation with Indonesian prompts. Sheet "Petunjuk": general instructions and one row
    per column (letter, header, required, format, example, note). The file is written to a
    temporary file beside ``path`` and renamed into place.
    """
    spec = import_spec(kind)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = DATA_SHEET
    wb.properties.title = f"Templat impor {spec.title}"
    wb.properties.subject = f"vokasi-desktop:{spec.kind}:1"
    wb.properties.creator = "vokasi-desktop"

    for index, field in enumerate(spec.fields, 1):
        letter = get_column_letter(index)
        cell = ws.cell(row=1, column=index, value=field.header)
        cell.data_type = "s"
        cell.font = Font(bold=True)
        cell.fill = _REQUIRED_FILL if field.required else _OPTIONAL_FILL
        cell.border = _BORDER
        cell.alignment = _HEADER_ALIGN
        dimension = ws.column_dimensions[letter]
        dimension.width = field.width
        number_format = _COLUMN_FORMAT.get(field.type)
        if number_format:
            # A column style applies to cells typed later: "@" keeps a NIK as typed.
            dimension.number_format = number_format
        for validation in _validations(field):
            validation.add(f"{letter}2:{letter}{_LAST_ROW}")
            ws.add_data_validation(validation)
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"
    _landscape(ws)

    _write_help(wb.create_sheet(HELP_SHEET), spec)
    wb.active = 0
    return _save_atomic(wb, Path(path))


def _prompt(field: FieldSpec) -> DataValidation:
    """Common settings: the prompt shown when a cell is selected, a stop on bad input."""
    wajib = "Wajib diisi. " if field.required else "Boleh kosong. "
    text = f"{wajib}{field.format_text}. Contoh: {field.example}"
    return DataValidation(
        allow_blank=True,
        showInputMessage=True,
        showErrorMessage=True,
        promptTitle=field.header[:32],
        prompt=text[:255],
        errorTitle=field.header[:32],
        errorStyle="stop",
    )


def _validations(field: FieldSpec) -> Iterable[DataValidation]:
    dv = _prompt(field)
    if field.type == "enum":
        choices = ",".join(option.choice for option in field.options)
        assert len(choices) <= 255, "Excel list validations hold at most 255 characters"
        dv.type = "list"
        dv.formula1 = f'"{choices}"'
        dv.error = ("Pilih salah satu: " + ", ".join(o.choice for o in field.options))[:225]
    elif field.type == "date":
        dv.type = "date"
        dv.operator = "between"
        dv.formula1, dv.formula2 = _DATE_MIN_SERIAL, _DATE_MAX_SERIAL
        dv.error = "Isi tanggal yang benar (dd/mm/yyyy), antara tahun 1900 dan 2099."
    elif field.type == "int":
        dv.type = "whole"
        dv.operator = "greaterThanOrEqual"
        dv.formula1 = str(field.min_value or 0)
        dv.error = f"Isi bilangan bulat, minimal {field.min_value or 0}."
    elif field.type == "rupiah":
        dv.type = "decimal"
        dv.operator = "greaterThanOrEqual"
        dv.formula1 = str(field.min_value or 0)
        dv.error = "Isi jumlah rupiah tanpa sen, tidak negatif."
    elif field.type in _FIXED_LENGTH:
        length = _FIXED_LENGTH[field.type]
        dv.type = "textLength"
        dv.operator = "equal"
        dv.formula1 = str(length)
        dv.error = f"{field.header} harus {length} karakter dan diisi sebagai teks."
    elif field.max_length:
        dv.type = "textLength"
        dv.operator = "lessThanOrEqual"
        dv.formula1 = str(field.max_length)
        dv.error = f"Maksimal {field.max_length} karakter."
    else:
        # No rule to enforce: keep only the prompt.
        dv.showErrorMessage = False
    return [dv]


_HELP_WIDTHS = (8, 22, 8, 40, 24, 60)  # Kolom, Judul Kolom, Wajib, Format, Contoh, Keterangan


def _landscape(ws: Worksheet) -> None:
    """Print on A4 landscape, all columns on one page width."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_help(ws: Worksheet, spec: ImportSpec) -> None:
    for index, width in enumerate(_HELP_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(index)].width = width

    title = ws.cell(row=1, column=1, value=f"Petunjuk pengisian: {spec.title}")
    title.font = Font(bold=True, size=14)
    row = 3
    for number, line in enumerate(_general_notes(spec), 1):
        ws.cell(row=row, column=1, value=f"{number}.")
        note = ws.cell(row=row, column=2, value=line)
        note.data_type = "s"
        row += 1
    row += 1
    headers = ("Kolom", "Judul Kolom", "Wajib", "Format", "Contoh", "Keterangan")
    for column, text in enumerate(headers, 1):
        cell = ws.cell(row=row, column=column, value=text)
        cell.font = Font(bold=True)
        cell.fill = _OPTIONAL_FILL
        cell.border = _BORDER
        cell.alignment = _HEADER_ALIGN
    header_row = row
    for index, field in enumerate(spec.fields, 1):
        row += 1
        note = field.note
        if field.type == "enum":
            described = "; ".join(f"{o.choice} = {o.label}" for o in field.options)
            note = f"{note} Pilihan: {described}." if note else f"Pilihan: {described}."
        values = (
            get_column_letter(index),
            field.header,
            "Ya" if field.required else "Tidak",
            field.format_text,
            field.example,
            note,
        )
        lines = max(
            wrapped_line_count(str(value), _HELP_WIDTHS[column - 1])
            for column, value in enumerate(values, 1)
        )
        ws.row_dimensions[row].height = 15 * lines
        for column, value in enumerate(values, 1):
            cell = ws.cell(row=row, column=column, value=value)
            # Everything here is our own text, but keep examples (NIK) as typed text.
            cell.data_type = "s"
            cell.border = _BORDER
            cell.alignment = _WRAP_TOP
            if column == 5:
                cell.number_format = TEXT_FORMAT
            if column == 2 and field.required:
                cell.fill = _REQUIRED_FILL
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    _landscape(ws)


def _save_atomic(wb: Workbook, target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=folder)
    os.close(fd)
    try:
        wb.save(tmp_name)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp_name)
        raise
    return target
