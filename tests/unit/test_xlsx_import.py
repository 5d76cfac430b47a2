"""Import templates, file prechecks, row validation and error reports.

The CORPUS below builds each bad file in ``tmp_path`` and states what must be refused: a whole
file (``ImportFileError.code``) or a cell (row, column letter, ``CellError.code``).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from vokasi_desktop.documents.xlsx_import import (
    CellError,
    ImportCancelled,
    ImportFileError,
    ParsedRow,
    RawRow,
    ReadStats,
    error_report_path,
    precheck_file,
    read_rows,
    validate_file,
    validate_rows,
    write_error_report,
)
from vokasi_desktop.documents.xlsx_templates import (
    IMPORT_KINDS,
    IMPORT_SPECS,
    TEMPLATE_FILENAMES,
    import_spec,
    write_template,
)
from vokasi_desktop.domain.progress import Cancelled, CancelToken, Progress

TODAY = date(2026, 11, 28)
NIK_SITI = "3578014107900003"  # Kota Surabaya, woman, born 01/07/1990
NIK_BUDI = "3578011503850002"  # Kota Surabaya, man, born 15/03/1985


# --- builders -------------------------------------------------------------------------------


def headers(kind: str) -> list[str]:
    return list(import_spec(kind).headers)


def example_row(kind: str, **changes: Any) -> list[Any]:
    """The spec's example values (all valid together), with some fields replaced by key."""
    spec = import_spec(kind)
    values = {f.key: f.example for f in spec.fields}
    unknown = set(changes) - set(values)
    assert not unknown, unknown
    values.update(changes)
    return [values[f.key] for f in spec.fields]


def member(**changes: Any) -> list[Any]:
    return example_row("members", **changes)


def make_xlsx(
    path: Path,
    rows: list[list[Any]],
    *,
    kind: str = "members",
    header: list[Any] | None = None,
    edit: Callable[[Any], None] | None = None,
) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    ws.append(header if header is not None else headers(kind))
    for row in rows:
        ws.append(row)
    if edit is not None:
        edit(ws)
    wb.save(path)
    return path


def rewrite_zip(
    src: Path,
    dst: Path,
    *,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
) -> Path:
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = replace.get(info.filename, zin.read(info.filename))
            zout.writestr(info.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


def valid_members(path: Path, rows: int = 1) -> Path:
    return make_xlsx(path, [member() for _ in range(rows)])


# --- the corpus -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A bad file and the refusal it must get.

    ``file_code`` for a refused file (optionally the column letter), else the expected
    ``(row, column letter, code)`` of a cell error (other errors may be present too).
    """

    build: Callable[[Path], Path]
    kind: str = "members"
    file_code: str | None = None
    column: str | None = None
    cell: tuple[int, str, str] | None = None
    message: str | None = None  # a fragment the message must contain
    limits: tuple[tuple[str, int], ...] = ()


def _wrong_header(p: Path) -> Path:
    names = headers("members")
    names[3] = "Tgl Lahir"
    return make_xlsx(p, [member()], header=names)


def _missing_column(p: Path) -> Path:
    names = headers("members")
    index = names.index("Segmen")
    rows = [member()]
    del names[index], rows[0][index]
    return make_xlsx(p, rows, header=names)


def _duplicate_header(p: Path) -> Path:
    return make_xlsx(p, [[*member(), NIK_SITI]], header=[*headers("members"), "NIK"])


def _csv_renamed(p: Path) -> Path:
    p.write_text("NIK;Nama\n3578014107900003;Siti Aminah\n", encoding="utf-8")
    return p


def _csv_utf16(p: Path) -> Path:
    p.write_bytes("NIK\tNama\r\n3578014107900003\tSiti\r\n".encode("utf-16"))
    return p


def _html_table(p: Path) -> Path:
    p.write_text("<html><body><table><tr><td>NIK</td></tr></table></body></html>")
    return p


def _pdf(p: Path) -> Path:
    p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return p


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _xls(p: Path) -> Path:
    p.write_bytes(_OLE + "Workbook".encode("utf-16-le") + b"\x00" * 2048)
    return p


def _encrypted(p: Path) -> Path:
    p.write_bytes(
        _OLE
        + b"\x00" * 1500
        + "EncryptionInfo".encode("utf-16-le")
        + b"\x00" * 100
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 4096
    )
    return p


def _empty(p: Path) -> Path:
    p.write_bytes(b"")
    return p


def _zip_bomb(p: Path) -> Path:
    # 24 MB of zeros deflate to ~24 KB: a ratio of ~1000 (a real bomb nests this further).
    valid = valid_members(p.with_name("base.xlsx"))
    zeros = b"\x00" * (24 * 1024 * 1024)
    return rewrite_zip(valid, p, add={"xl/media/padding.bin": zeros})


def _declared_too_big(p: Path) -> Path:
    return valid_members(p)  # refused with max_uncompressed=2_000 (see limits)


def _macro(p: Path) -> Path:
    valid = valid_members(p.with_name("base.xlsx"))
    return rewrite_zip(valid, p, add={"xl/vbaProject.bin": b"\x00" * 300})


def _macro_content_type(p: Path) -> Path:
    valid = valid_members(p.with_name("base.xlsx"))
    with zipfile.ZipFile(valid) as archive:
        types = archive.read("[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    assert "macroEnabled" in types
    return rewrite_zip(valid, p, replace={"[Content_Types].xml": types.encode()})


def _word_document(p: Path) -> Path:
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    with zipfile.ZipFile(p, "w") as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", "<w/>")
    return p


def _ods(p: Path) -> Path:
    with zipfile.ZipFile(p, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office/>")
    return p


def _truncated(p: Path) -> Path:
    data = valid_members(p.with_name("base.xlsx")).read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _header_only(p: Path) -> Path:
    return make_xlsx(p, [])


def _empty_sheet(p: Path) -> Path:
    Workbook().save(p)
    return p


def _header_not_in_row_1(p: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([])
    ws.append([])
    ws.append(headers("members"))
    ws.append(member())
    wb.save(p)
    return p


def _too_many_columns(p: Path) -> Path:
    return make_xlsx(p, [member()], edit=lambda ws: ws.cell(row=2, column=61, value="x"))


def _too_many_rows(p: Path) -> Path:
    rows = [member(nik=f"35780141079{n:05d}") for n in range(1, 7)]
    return make_xlsx(p, rows)  # 6 rows, limit 5


def _merged(p: Path) -> Path:
    return make_xlsx(p, [member(), member()], edit=lambda ws: ws.merge_cells("B2:B3"))


def _formula(p: Path) -> Path:
    return make_xlsx(p, [member(name='=UPPER("siti")')])


def _dtd(p: Path) -> Path:
    valid = valid_members(p.with_name("base.xlsx"))
    with zipfile.ZipFile(valid) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    xml = bomb + xml.split("?>", 1)[-1]
    assert xml.startswith("<!DOCTYPE")
    return rewrite_zip(valid, p, replace={"xl/worksheets/sheet1.xml": xml.encode()})


def _classes(*rows: list[Any]) -> Callable[[Path], Path]:
    return lambda p: make_xlsx(p, list(rows), kind="classes")


def _institutions(*rows: list[Any]) -> Callable[[Path], Path]:
    return lambda p: make_xlsx(p, list(rows), kind="institutions")


def _contributions(*rows: list[Any]) -> Callable[[Path], Path]:
    return lambda p: make_xlsx(p, list(rows), kind="contributions")


def _members(*rows: list[Any]) -> Callable[[Path], Path]:
    return lambda p: make_xlsx(p, list(rows))


CORPUS: dict[str, Case] = {
    # header problems
    "wrong_header": Case(_wrong_header, file_code="unknown_header", column="D",
                         message="Tanggal Lahir"),
    "missing_column": Case(_missing_column, file_code="missing_header", message="Segmen"),
    "duplicate_header": Case(_duplicate_header, file_code="duplicate_header", column="P"),
    "header_not_in_row_1": Case(_header_not_in_row_1, file_code="no_header", message="baris 3"),
    "header_only": Case(_header_only, file_code="no_data"),
    "empty_sheet": Case(_empty_sheet, file_code="no_header"),
    # file type and structure
    "csv_renamed_xlsx": Case(_csv_renamed, file_code="csv"),
    "csv_utf16_unicode_text": Case(_csv_utf16, file_code="csv"),
    "html_table_as_xls": Case(_html_table, file_code="not_xlsx", message="HTML"),
    "pdf": Case(_pdf, file_code="not_xlsx", message="PDF"),
    "xls_ole": Case(_xls, file_code="xls", message=".xls"),
    "encrypted_ole": Case(_encrypted, file_code="encrypted", message="kata sandi"),
    "empty_0_bytes": Case(_empty, file_code="empty"),
    "zip_bomb_ratio": Case(_zip_bomb, file_code="zip_bomb"),
    "zip_declared_size": Case(_declared_too_big, file_code="zip_bomb",
                              limits=(("max_uncompressed", 2_000),)),
    "macro_vba_project": Case(_macro, file_code="macro"),
    "macro_content_type": Case(_macro_content_type, file_code="macro"),
    "word_document": Case(_word_document, file_code="not_xlsx", message="Word"),
    "ods": Case(_ods, file_code="not_xlsx", message=".ods"),
    "truncated_zip": Case(_truncated, file_code="corrupt"),
    "dtd_entities": Case(_dtd, file_code="corrupt"),
    "too_many_columns": Case(_too_many_columns, file_code="too_many_cols", column="BI"),
    "too_many_rows": Case(_too_many_rows, file_code="too_many_rows",
                          limits=(("max_rows", 5),)),
    "merged_cells": Case(_merged, file_code="merged_cells", message="B2:B3"),
    # cells
    "numeric_nik": Case(_members(member(nik=int(NIK_SITI))), cell=(2, "A", "nik_numeric"),
                        message="teks"),
    "nik_15_digits": Case(_members(member(nik=NIK_SITI[:15])), cell=(2, "A", "nik_length")),
    "nik_17_digits": Case(_members(member(nik=NIK_SITI + "1")), cell=(2, "A", "nik_length")),
    "nik_letters": Case(_members(member(nik="35780141O7900003")), cell=(2, "A", "nik_nondigit")),
    "nik_birth_date_invalid": Case(_members(member(nik="3578013102900001")),
                                   cell=(2, "A", "nik_date")),
    "nik_birth_day_invalid": Case(_members(member(nik="3578017507900001")),
                                  cell=(2, "A", "nik_day")),
    "numeric_kk": Case(_members(member(kk=3578010101200001)), cell=(2, "F", "kk_numeric")),
    "numeric_kpj": Case(_members(member(kpj=12345678901)), cell=(2, "G", "kpj_numeric")),
    "bad_date_text": Case(_members(member(birth_date="31/02/1990")),
                          cell=(2, "D", "date_invalid")),
    "two_digit_year": Case(_members(member(birth_date="01/07/90")),
                           cell=(2, "D", "date_year_digits")),
    "date_as_number": Case(_members(member(birth_date=33055)), cell=(2, "D", "date_number")),
    "future_birth_date": Case(_members(member(birth_date="01/07/2027")),
                              cell=(2, "D", "future_date")),
    "unknown_enum": Case(_members(member(segment="Pekerja Kantoran")), cell=(2, "K", "enum"),
                         message="PU, BPU, PMI, JAKON"),
    "duplicate_nik": Case(_members(member(), member(kpj=None), member(kpj=None)),
                          cell=(3, "A", "duplicate"), message="baris 2"),
    "formula_cell": Case(_formula, cell=(2, "B", "formula")),
    "text_too_long": Case(_members(member(name="A" * 201)), cell=(2, "B", "too_long")),
    "required_missing": Case(_members(member(name=None)), cell=(2, "B", "required")),
    "layoff_date_missing": Case(_members(member(layoff_date=None)),
                                cell=(2, "M", "required")),
    "unknown_region": Case(_members(member(region_code="3599")),
                           cell=(2, "I", "region_unknown")),
    "phone_numeric": Case(_members(member(phone=81234567890)), cell=(2, "J", "phone_numeric")),
    "value_without_header": Case(lambda p: make_xlsx(p, [[*member(), None, "x"]]),
                                 cell=(2, "Q", "unheaded")),
    "negative_capacity": Case(_classes(example_row("classes", capacity=-5)), kind="classes",
                              cell=(2, "K", "negative")),
    "negative_institution_capacity": Case(
        _institutions(example_row("institutions", capacity="-1")), kind="institutions",
        cell=(2, "R", "negative")),
    "zero_hours": Case(_classes(example_row("classes", hours=0)), kind="classes",
                       cell=(2, "E", "too_small")),
    "end_before_start": Case(_classes(example_row("classes", end_date="01/01/2027")),
                             kind="classes", cell=(2, "J", "date_order"),
                             message="Tanggal Mulai"),
    "rupiah_with_cents": Case(_classes(example_row("classes", cost_per_participant="2.400.000,50")),
                              kind="classes", cell=(2, "L", "rupiah_cents")),
    "duplicate_class_code": Case(
        _classes(example_row("classes", code="kls-1"), example_row("classes", code="KLS-1")),
        kind="classes", cell=(3, "A", "duplicate")),
    "code_with_space": Case(_institutions(example_row("institutions", code="LPK 01")),
                            kind="institutions", cell=(2, "A", "code_format")),
    "licence_expires_before_issue": Case(
        _institutions(example_row("institutions", licence_expires="01/01/2019")),
        kind="institutions", cell=(2, "G", "date_order")),
    "contribution_without_identity": Case(
        _contributions(example_row("contributions", nik=None, kpj=None)),
        kind="contributions", cell=(2, "A", "required")),
    "contribution_months_reversed": Case(
        _contributions(example_row("contributions", month_from="12/2025", month_to="01/2025")),
        kind="contributions", cell=(2, "D", "date_order")),
    "contribution_bad_month": Case(
        _contributions(example_row("contributions", month_from="13/2025")),
        kind="contributions", cell=(2, "C", "month_format")),
}  # fmt: skip


def _run(path: Path, case: Case) -> tuple[list[ParsedRow], list[CellError]]:
    limits = dict(case.limits)
    items = list(validate_file(path, case.kind, today=TODAY, **limits))
    parsed = [i for i in items if isinstance(i, ParsedRow)]
    errors = [i for i in items if isinstance(i, CellError)]
    return parsed, errors


def test_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 25
    assert sum(1 for c in CORPUS.values() if c.file_code) >= 15
    assert sum(1 for c in CORPUS.values() if c.cell) >= 15


@pytest.mark.parametrize("name", list(CORPUS))
def test_bad_file_is_refused_precisely(name: str, tmp_path: Path) -> None:
    case = CORPUS[name]
    path = case.build(tmp_path / f"{name}.xlsx")
    if case.file_code is not None:
        with pytest.raises(ImportFileError) as caught:
            _run(path, case)
        err = caught.value
        assert err.code == case.file_code, err.message
        if case.column is not None:
            assert err.column == case.column, err.message
        if case.message is not None:
            assert case.message in err.message
        assert err.message and err.message == str(err)
        return
    parsed, errors = _run(path, case)
    assert case.cell is not None
    row, column, code = case.cell
    matching = [e for e in errors if (e.row, e.column_letter, e.code) == (row, column, code)]
    assert matching, errors
    assert row not in {p.row_number for p in parsed}
    if case.message is not None:
        assert case.message in matching[0].message, matching[0].message
    if code != "unheaded":
        assert matching[0].header == headers(case.kind)[_index(column)]


def _index(letter: str) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(letter) - 1


# --- accepted files -------------------------------------------------------------------------


def test_blank_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "blank.xlsx",
        [member(), [None] * 15, ["", "  "] + [None] * 13, member(nik=NIK_BUDI, kpj=None,
         birth_date="15/03/1985", sex="L"), [None] * 15],
    )  # fmt: skip
    stats = ReadStats()
    items = list(validate_file(path, "members", today=TODAY, stats=stats))
    assert [type(i) for i in items] == [ParsedRow, ParsedRow]
    assert [i.row_number for i in items if isinstance(i, ParsedRow)] == [2, 5]
    assert stats.blank_rows == 2  # trailing blank rows are not counted
    assert stats.data_rows == 2 and stats.valid_rows == 2 and stats.error_rows == 0


@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_filled_template_round_trips(kind: str, tmp_path: Path) -> None:
    path = tmp_path / TEMPLATE_FILENAMES[kind]
    write_template(kind, path)
    wb = load_workbook(path)
    ws = wb["Data"]
    ws.append(example_row(kind))
    wb.save(path)
    items = list(validate_file(path, kind, today=TODAY))
    assert len(items) == 1 and isinstance(items[0], ParsedRow), items
    values = items[0].values
    assert set(values) == {f.key for f in import_spec(kind).fields}
    assert not items[0].warnings


def test_member_values_are_normalised(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "m.xlsx",
        [
            member(
                nik=" 3578.0141.0790.0003 ",
                name="  Siti   Aminah ",
                birth_date=datetime(1990, 7, 1),
                sex="perempuan",
                kpj="'12345678901",
                region_code=None,
                phone="0812-3456-7890",
                segment="penerima upah",
                employment_status="di-PHK",
                layoff_date="15 Maret 2026",
                membership_status="Tidak Aktif",
            )
        ],
    )
    (row,) = validate_file(path, "members", today=TODAY)
    assert isinstance(row, ParsedRow)
    assert row.values == {
        "nik": NIK_SITI,
        "name": "Siti Aminah",
        "birth_place": "Surabaya",
        "birth_date": date(1990, 7, 1),
        "sex": "P",
        "kk": "3578010101200001",
        "kpj": "12345678901",
        "address": "Jl. Karimunjawa No. 1, Surabaya",
        "region_code": "3578",  # from the NIK
        "phone": "081234567890",
        "segment": "PU",
        "employment_status": "laid_off",
        "layoff_date": date(2026, 3, 15),
        "membership_status": "inactive",
        "membership_since": date(2018, 2, 1),
    }


def test_nik_mismatch_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "w.xlsx", [member(sex="L", birth_date="02/07/1990")])
    stats = ReadStats()
    (row,) = validate_file(path, "members", today=TODAY, stats=stats)
    assert isinstance(row, ParsedRow)
    codes = {w.code for w in row.warnings}
    assert codes == {"nik_sex_mismatch", "nik_birthdate_mismatch"}
    assert all(w.severity == "warning" and w.column_letter == "A" for w in row.warnings)
    assert stats.warning_rows == 1


def test_classes_and_contributions_parse_money_and_months(tmp_path: Path) -> None:
    classes = make_xlsx(
        tmp_path / "c.xlsx",
        [
            example_row("classes", cost_per_participant="Rp2.400.000", mode="Hybrid", hours=120.0),
            example_row("classes", code="K2", cost_per_participant=1500000, capacity="1.000"),
        ],
        kind="classes",
    )
    first, second = validate_file(classes, "classes", today=TODAY)
    assert isinstance(first, ParsedRow) and isinstance(second, ParsedRow)
    assert first.values["cost_per_participant"] == 2_400_000
    assert first.values["mode"] == "blended" and first.values["hours"] == 120
    assert first.values["start_date"] == date(2027, 1, 5)
    assert second.values["capacity"] == 1000 and second.values["code"] == "K2"
    assert first.values["institution_code"] == "LPK-SBY-001"

    contributions = make_xlsx(
        tmp_path / "i.xlsx",
        [
            example_row("contributions", month_from="Maret 2024", month_to=datetime(2024, 12, 31)),
            example_row("contributions", nik=None, month_from="2025-01", source="jmo"),
        ],
        kind="contributions",
    )
    first, second = validate_file(contributions, "contributions", today=TODAY)
    assert isinstance(first, ParsedRow) and isinstance(second, ParsedRow)
    assert first.values["month_from"] == date(2024, 3, 1)
    assert first.values["month_to"] == date(2024, 12, 1)
    assert first.values["source"] == "head_office"
    assert second.values["nik"] is None and second.values["kpj"] == "12345678901"
    assert second.values["source"] == "jmo"


def test_columns_may_be_reordered_and_optional_ones_dropped(tmp_path: Path) -> None:
    spec = import_spec("classes")
    keep = [f for f in spec.fields if f.required][::-1]
    row = dict(zip([f.key for f in spec.fields], example_row("classes"), strict=True))
    path = make_xlsx(
        tmp_path / "r.xlsx",
        [[row[f.key] for f in keep]],
        header=[f.header.upper() for f in keep],
        kind="classes",
    )
    (parsed,) = validate_file(path, "classes", today=TODAY)
    assert isinstance(parsed, ParsedRow)
    assert parsed.values["location"] is None and parsed.values["title"]


def test_content_not_the_file_name_decides(tmp_path: Path) -> None:
    path = valid_members(tmp_path / "base.xlsx").rename(tmp_path / "PESERTA.XLS")
    assert len(list(validate_file(path, "members", today=TODAY))) == 1


def test_data_sheet_is_preferred_over_the_first(tmp_path: Path) -> None:
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Catatan"
    first.append(["bukan data"])
    data = wb.create_sheet("Data")
    data.append(headers("members"))
    data.append(member())
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert precheck_file(path).sheet_name == "Data"
    assert len(list(validate_file(path, "members", today=TODAY))) == 1


def test_lying_dimension_does_not_blow_up(tmp_path: Path) -> None:
    valid = valid_members(tmp_path / "base.xlsx")
    with zipfile.ZipFile(valid) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    xml = re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:XFD1048576"', xml)
    path = rewrite_zip(
        valid, tmp_path / "dim.xlsx", replace={"xl/worksheets/sheet1.xml": xml.encode()}
    )
    check = precheck_file(path)
    assert (check.last_row, check.last_col, check.nonempty_rows) == (2, 15, 2)
    assert len(list(validate_file(path, "members", today=TODAY))) == 1


def test_read_rows_gives_raw_values_and_progress(tmp_path: Path) -> None:
    rows = [member(nik=f"35780141079{n:05d}") for n in range(1, 1_202)]
    path = make_xlsx(tmp_path / "many.xlsx", rows)
    seen: list[Progress] = []
    stats = ReadStats()
    raw = list(read_rows(path, "members", stats=stats, report=seen.append))
    assert len(raw) == 1_201 and stats.expected_rows == 1_201
    assert isinstance(raw[0], RawRow) and raw[0].values["nik"] == "3578014107900001"
    assert raw[0].letters["segment"] == "K"
    assert seen == [Progress(500, 1_201), Progress(1_000, 1_201), Progress(1_201, 1_201)]


def test_cancel_stops_reading(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "c.xlsx", [member() for _ in range(600)])
    token = CancelToken()
    token.cancel()
    with pytest.raises(ImportCancelled) as caught:
        list(validate_file(path, "members", today=TODAY, cancel=token))
    assert isinstance(caught.value, Cancelled) and caught.value.code == "cancelled"


def test_validate_rows_works_without_a_file() -> None:
    letters = {"nik": "A", "kpj": "B", "month_from": "C", "month_to": "D"}
    raw = [
        RawRow(2, {"nik": NIK_SITI, "month_from": "01/2025", "month_to": "06/2025"}, letters=letters),
        RawRow(3, {"nik": NIK_SITI, "month_from": "01/2025", "month_to": "03/2025"}, letters=letters),
        RawRow(4, {"kpj": "ab123456789", "month_from": "07/2025", "month_to": "12/2026"},
               letters=letters),
    ]  # fmt: skip
    items = list(validate_rows(raw, "contributions", today=TODAY))
    assert isinstance(items[0], ParsedRow)
    dup = next(i for i in items if isinstance(i, CellError) and i.row == 3)
    assert dup.code == "duplicate" and "NIK dan Bulan Mulai" in dup.message
    future = next(i for i in items if isinstance(i, CellError) and i.row == 4)
    assert future.code == "future_date" and future.column_letter == "D"


# --- templates ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_template_layout(kind: str, tmp_path: Path) -> None:
    spec = import_spec(kind)
    path = write_template(kind, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Data", "Petunjuk"]
    ws = wb["Data"]
    assert [c.value for c in ws[1]] == list(spec.headers)
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 1
    for index, field in enumerate(spec.fields):
        letter = chr(ord("A") + index)
        fill = ws[f"{letter}1"].fill.fgColor.rgb
        assert fill.endswith("FCE4D6" if field.required else "DDEBF7")
        if field.type in ("nik", "kk", "kpj", "code", "region", "phone"):
            assert ws.column_dimensions[letter].number_format == "@", field.header
    validations = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    assert len(validations) == len(spec.fields)
    for index, field in enumerate(spec.fields):
        dv = validations[f"{chr(ord('A') + index)}2"]
        assert dv.prompt and len(dv.prompt) <= 255 and len(dv.promptTitle) <= 32
        if field.type == "enum":
            assert dv.type == "list"
            assert dv.formula1 == '"' + ",".join(o.choice for o in field.options) + '"'
        if field.type == "date":
            assert dv.type == "date"
    help_rows = list(wb["Petunjuk"].iter_rows(values_only=True))
    table = [r for r in help_rows if r[1] in spec.headers]
    assert [r[1] for r in table] == list(spec.headers)
    for row, field in zip(table, spec.fields, strict=True):
        assert row[2] == ("Ya" if field.required else "Tidak")
        assert row[3] and row[4] == field.example


def test_template_dropdowns_match_the_brief(tmp_path: Path) -> None:
    def choices(kind: str, key: str) -> list[str]:
        return [o.choice for o in import_spec(kind).field(key).options]

    assert choices("members", "segment") == ["PU", "BPU", "PMI", "JAKON"]
    assert choices("members", "sex") == ["L", "P"]
    assert choices("members", "membership_status") == ["aktif", "nonaktif", "belum"]
    assert choices("institutions", "type") == ["LPK", "LKP", "LSP", "BLK", "LAINNYA"]
    assert choices("classes", "mode") == ["daring", "luring", "campuran"]
    assert headers("members")[:5] == [
        "NIK",
        "Nama",
        "Tempat Lahir",
        "Tanggal Lahir",
        "Jenis Kelamin",
    ]


def test_enum_codes_are_database_values() -> None:
    from vokasi_desktop.db import models

    expected = {
        ("members", "segment"): models.SEGMENTS,
        ("members", "sex"): models.SEXES,
        ("members", "employment_status"): models.EMPLOYMENT_STATUSES,
        ("members", "membership_status"): models.MEMBERSHIP_STATUSES,
        ("institutions", "type"): models.INSTITUTION_TYPES,
        ("classes", "mode"): models.CLASS_MODES,
    }
    for (kind, key), values in expected.items():
        codes = {o.code for o in import_spec(kind).field(key).options}
        assert codes == set(values), (kind, key)


def test_template_writes_atomically_and_unknown_kind_fails(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown import kind"):
        write_template("payments", tmp_path / "x.xlsx")
    assert list(tmp_path.iterdir()) == []
    assert set(IMPORT_SPECS) == {"members", "contributions", "institutions", "classes"}


# --- error report ---------------------------------------------------------------------------


def test_error_report_is_inert_and_complete(tmp_path: Path) -> None:
    source = tmp_path / "peserta november.xlsx"
    target = error_report_path(source)
    assert target == tmp_path / "peserta november-kesalahan.xlsx"
    errors = [
        CellError(2, "B", "Nama", '=HYPERLINK("http://x","y")', "Sel berisi rumus.", "formula"),
        CellError(3, "A", "NIK", "+62812", "NIK harus 16 digit.", "nik_length"),
        CellError(4, "A", "NIK", "＝1+1", "x", "nik_nondigit"),
        CellError(5, "A", "NIK", "@SUM(A1)", "Beda tanggal", "nik_birthdate_mismatch", "warning"),
    ]
    result = write_error_report(target, errors, subtitle_lines=["File: peserta november.xlsx"])
    assert result.total_rows == 4
    ws = load_workbook(target)["Kesalahan"]
    header_row = 4
    assert [c.value for c in ws[header_row]] == ["Baris", "Kolom", "Judul Kolom", "Nilai", "Pesan"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=header_row + 1)]
    assert values[0] == [2, "B", "Nama", '\'=HYPERLINK("http://x","y")', "Sel berisi rumus."]
    assert values[1][3] == "'+62812" and values[2][3] == "'＝1+1"
    assert values[3][4] == "Peringatan: Beda tanggal"
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
    assert ws.freeze_panes == f"A{header_row + 1}"


def test_error_report_from_a_real_validation(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "bad.xlsx", [member(nik=int(NIK_SITI)), member(segment="=1+1")])
    errors = [i for i in validate_file(path, "members", today=TODAY) if isinstance(i, CellError)]
    report = write_error_report(error_report_path(path), errors)
    assert report.path.exists() and report.total_rows == len(errors) >= 2
    with zipfile.ZipFile(report.path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml


def test_precheck_reports_sizes(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "p.xlsx", [member(), member(name='=LOWER("x")')])
    check = precheck_file(path)
    assert check.sheet_name == "Data" and check.nonempty_rows == 3
    assert check.last_row == 3 and check.last_col == 15
    assert check.formula_cells == frozenset({(3, 2)})
