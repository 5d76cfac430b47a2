"""Import results in the GUI's language: an import with errors in the English GUI shows (and
writes into its error report) no Indonesian, and the Indonesian GUI stays Indonesian.

The column headers of the import template are Indonesian data (the file's own headers) and are
allowed in both languages; every other word is checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.gui.test_documents_gui import (  # noqa: F401 - fixtures used by name
    Prompts,
    World,
    fake_prompts,
    fill_template,
    member_row,
    show_reports,
    world,
)
from vokasi_desktop.documents.xlsx_templates import IMPORT_SPECS
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.pages.reports import ReportsPage

# Words that only Indonesian sentences of the importer use.
INDONESIAN_WORDS = re.compile(
    r"\b(tidak|harus|wajib|diisi|berisi|baris|kolom|dengan|sudah|belum|impor|berkas|kesalahan|"
    r"peringatan|boleh|dibaca|dibuat|ditolak|tertulis|sebagai|atau|dan|lembar|judul|nilai|"
    r"pesan|bukan|terlalu|sama|hari ini|dilewati|disimpan|rincian|ada)\b",
    re.IGNORECASE,
)
HEADERS = sorted({f.header for spec in IMPORT_SPECS.values() for f in spec.fields},
                 key=len, reverse=True)


def indonesian_in(text: str) -> list[str]:
    """Indonesian words in ``text`` once the template's column headers are taken out."""
    for header in HEADERS:
        text = text.replace(header, " ")
    return INDONESIAN_WORDS.findall(text)


def bad_members(tmp_path: Path) -> Path:
    """Members with one of each kind of problem a clerk makes (and a warning)."""
    rows = [
        member_row(1),
        member_row(2, NIK="35780141048600"),                     # 14 digits
        member_row(3, **{"Tanggal Lahir": "31/02/1990"}),        # no such date
        member_row(4, Segmen="PNS"),                             # unknown choice
        member_row(5, **{"Jenis Kelamin": None}),                # required
        member_row(1, KPJ="41000000099"),                        # the NIK of row 2 again
        member_row(6, KPJ="41-000-000"),                         # KPJ characters
        member_row(7, **{"Terdaftar Sejak": date(2099, 1, 1)}),  # future
        member_row(8, **{"Status Pekerjaan": "PHK"}),            # layoff date missing
        member_row(9, **{"Tanggal Lahir": date(1990, 5, 5)}),    # warning: NIK says otherwise
        member_row(10),                                          # NIK typed as a number
    ]
    path = fill_template(tmp_path, "members", rows, "peserta-salah.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data"]
    sheet.cell(12, 1).value = 3578014104860001
    sheet.cell(12, 1).data_type = "n"
    workbook.save(path)
    return path


def run_check(qtbot: Any, page: ReportsPage, path: Path) -> None:
    page.check_file(path)
    qtbot.waitUntil(lambda: page.ui.checkFileButton.isEnabled()
                    and page.progress is not None and page.progress.job is not None
                    and page.progress.job.finished, timeout=30_000)


def shown_texts(page: ReportsPage) -> list[str]:
    """Everything the import tab shows about the result: summary, counts, the issue table."""
    model = page.issues
    texts = [page.ui.importSummaryLabel.text(), page.ui.issuesCountLabel.text()]
    texts += [str(model.headerData(c, _horizontal())) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        texts.append(str(model.index(row, ReportsPage_COL_MESSAGE()).data()))
    return texts


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def ReportsPage_COL_MESSAGE() -> int:
    from vokasi_desktop.ui.pages.reports import ImportIssuesModel

    return ImportIssuesModel.COL_MESSAGE


def report_texts(path: Path) -> list[str]:
    """Every text cell of the error report except the Header and Value columns' data."""
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    texts: list[str] = []
    for row in sheet.iter_rows(values_only=True):
        cells = [c for c in row if c is not None]
        if len(cells) == 5 and isinstance(cells[0], int):
            texts.append(str(cells[4]))  # the problem; header and value are the file's data
        else:
            texts += [str(c) for c in cells if not str(c).endswith(".xlsx")]
    return texts


@pytest.mark.usefixtures("english_ui")
def test_import_with_errors_in_english_shows_no_indonesian(
        qtbot: Any, world: World, make_ctx: Callable[..., UiContext],  # noqa: F811
        tmp_path: Path) -> None:
    page = show_reports(qtbot, make_ctx(world.db, "supervisor"))
    run_check(qtbot, page, bad_members(tmp_path))
    result = page.import_result
    assert result is not None and not result.ok and result.warnings
    codes = {e.code for e in result.errors}
    assert {"nik_length", "nik_numeric", "enum", "required", "duplicate"} <= codes, codes
    texts = shown_texts(page)
    assert "REFUSED" in texts[0]
    found = {text: indonesian_in(text) for text in texts if indonesian_in(text)}
    assert not found, found

    assert result.error_report is not None
    written = report_texts(result.error_report)
    assert "Import error report" in written and "Problem" in written
    found = {text: indonesian_in(text) for text in written if indonesian_in(text)}
    assert not found, found

    # A file refused as a whole is explained in English too.
    junk = tmp_path / "not-a-workbook.xlsx"
    junk.write_text("NIK;Nama\n3578014104860001;Rina\n")
    page.check_file(junk)
    qtbot.waitUntil(lambda: page.ui.checkFileButton.isEnabled(), timeout=10_000)
    refusal = page.ui.importSummaryLabel.text()
    assert "CSV" in refusal and not indonesian_in(refusal), refusal


def test_import_with_errors_in_indonesian_stays_indonesian(
        qtbot: Any, world: World, make_ctx: Callable[..., UiContext],  # noqa: F811
        tmp_path: Path) -> None:
    page = show_reports(qtbot, make_ctx(world.db, "supervisor"))
    run_check(qtbot, page, bad_members(tmp_path))
    result = page.import_result
    assert result is not None and not result.ok
    texts = shown_texts(page)
    assert "DITOLAK" in texts[0]
    messages = texts[2 + page.issues.columnCount():]
    assert messages and all(indonesian_in(text) for text in messages
                            if not text.startswith("NIK harus 16")), messages
    assert result.error_report is not None
    written = report_texts(result.error_report)
    assert "Laporan Kesalahan Impor" in written and "Pesan" in written


@pytest.mark.usefixtures("english_ui")
def test_every_corpus_refusal_and_cell_problem_has_an_english_text(tmp_path: Path) -> None:
    """No refusal or cell problem of the corpus falls back to the general English sentence."""
    from tests.unit.test_xlsx_import import CORPUS, TODAY
    from vokasi_desktop.documents.xlsx_import import ImportFileError, validate_file
    from vokasi_desktop.ui import import_text

    general = []
    for name, case in CORPUS.items():
        path = case.build(tmp_path / f"{name}.xlsx")
        try:
            items = list(validate_file(path, case.kind, today=TODAY, **dict(case.limits)))
        except ImportFileError as err:
            for line in import_text.file_error_lines(err):
                if "reason:" in line or indonesian_in(line):
                    general.append((name, line))
            continue
        for item in items:
            if isinstance(item, import_text.CellError):
                text = import_text.cell_error_text(item)
                if text.endswith(f"({item.code}).") or indonesian_in(text):
                    general.append((name, text))
    assert not general, general


def test_the_english_summary_counts_in_the_singular_and_the_plural() -> None:
    """Defect: the import summary said "1 warnings" (and "1 errors in 1 rows")."""
    from vokasi_desktop.documents.xlsx_import import CellError
    from vokasi_desktop.services.imports import ImportResult
    from vokasi_desktop.ui.import_text import summary_english

    warning = CellError(2, "F", "Telepon", "0812", "pendek", "phone_format", severity="warning")
    one = summary_english(ImportResult("members", Path("x.xlsx"), True, created=1, rows=1,
                                       blank_rows=1, warnings=[warning]))
    assert "1 row read" in one and "1 blank row skipped" in one and "1 warning." in one
    two = summary_english(ImportResult("members", Path("x.xlsx"), True, created=2, rows=2,
                                       warnings=[warning, warning]))
    assert "2 rows read" in two and "2 warnings." in two
    error = CellError(2, "A", "NIK", "3578", "NIK harus 16 digit.", "nik_length")
    refused = summary_english(ImportResult("members", Path("x.xlsx"), True, errors=[error]))
    assert "1 error in 1 row;" in refused


def test_every_database_check_of_the_import_has_an_english_text() -> None:
    """The row problems found against the database (services.imports: ``self.error(row,
    column, message, code, ...)``) have their own English text, not the general fallback."""
    import ast
    import inspect

    from vokasi_desktop.documents.xlsx_import import CellError
    from vokasi_desktop.services import imports
    from vokasi_desktop.ui import import_text

    codes: dict[str, dict[str, str]] = {}
    for node in ast.walk(ast.parse(inspect.getsource(imports))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "error" and len(node.args) >= 4
                and isinstance(node.args[3], ast.Constant)):
            codes[node.args[3].value] = {k.arg: "x" for k in node.keywords if k.arg}
    assert {"nik_purged", "kpj_exists"} <= set(codes)  # the scan sees the calls
    fallback = sorted(
        code for code, params in codes.items()
        if import_text.cell_error_english(CellError(2, "A", "NIK", "x", "pesan", code,
                                                    params=params)).endswith(f"({code})."))
    assert not fallback, fallback
