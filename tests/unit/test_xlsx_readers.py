"""Both readers (python-calamine, openpyxl) behind the same pre-checks give the same rows.

Cell types are where two readers differ (calamine gives floats for every number, ``""`` for
an empty cell, ``date`` for a date-only cell); the importer must not: a 16-digit NIK typed as a
number is refused under both, dates and blanks parse alike, and every bad file of the corpus is
refused the same way.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from tests.unit.test_xlsx_import import CORPUS, TODAY, make_xlsx, member
from vokasi_desktop.documents.xlsx_import import (
    CellError,
    ImportFileError,
    ParsedRow,
    ReadStats,
    read_rows,
    validate_file,
)
from vokasi_desktop.documents.xlsx_import.reader import DEFAULT_READER
from vokasi_desktop.domain.identifiers import encode_nik

READERS = ("calamine", "openpyxl")


def test_calamine_is_the_default_reader_when_installed() -> None:
    pytest.importorskip("python_calamine")
    assert DEFAULT_READER == "calamine"


def mixed_file(path: Path) -> Path:
    """Rows whose cells have every type a clerk's Excel produces."""

    def edit(ws: Any) -> None:
        ws["A3"].value = 3578014107900003  # NIK typed as a number: loses nothing yet, refused
        ws["A3"].data_type = "n"
        ws["A4"].value = 3.578011503850002e15  # NIK as Excel stores a long number
        ws["D5"].value = datetime(1990, 7, 1)  # a real date cell
        ws["D6"].value = "1 Juli 1990"  # a date written in words
        ws["D7"].value = time(8, 30)  # a time in a date column
        ws["D8"].value = 33055  # a date serial typed as a number
        ws["C9"].value = "   "  # only spaces: blank
        ws["E10"].value = None  # an empty required cell
        ws["J11"].value = 8123456789  # a phone typed as a number
        ws["P12"].value = "stray"  # a value in a column without a header
        ws["H14"].value = True  # a boolean in a text column

    rows = [member(nik=encode_nik("357801", date(1990, 7, 1), "P", n),
                   kpj=f"{41_000_000_000 + n}", birth_date="01/07/1990", sex="P")
            for n in range(1, 13)]
    rows.insert(11, [None] * len(rows[0]))  # a blank row (13) between data rows
    return make_xlsx(path, rows, edit=edit)


@pytest.mark.parametrize("reader", READERS)
def test_numeric_nik_is_refused_under_each_reader(reader: str, tmp_path: Path) -> None:
    path = mixed_file(tmp_path / "m.xlsx")
    items = list(validate_file(path, "members", today=TODAY, reader=reader))
    codes = {(i.row, i.column_letter): i.code for i in items if isinstance(i, CellError)}
    assert codes[(3, "A")] == "nik_numeric" and codes[(4, "A")] == "nik_numeric"
    assert codes[(7, "D")] == "date_format"
    assert codes[(8, "D")] == "date_number"
    assert codes[(11, "J")] == "phone_numeric"
    assert codes[(12, "P")] == "unheaded"


@pytest.mark.parametrize("reader", READERS)
def test_dates_and_blanks_parse_alike_under_each_reader(reader: str, tmp_path: Path) -> None:
    path = mixed_file(tmp_path / "m.xlsx")
    stats = ReadStats()
    items = list(validate_file(path, "members", today=TODAY, reader=reader, stats=stats))
    parsed = {i.row_number: i.values for i in items if isinstance(i, ParsedRow)}
    assert parsed[5]["birth_date"] == date(1990, 7, 1)
    assert parsed[2]["birth_date"] == date(1990, 7, 1)
    assert parsed[9]["birth_place"] is None  # spaces only: empty
    assert stats.blank_rows == 1 and stats.data_rows == 12


def test_both_readers_give_identical_results(tmp_path: Path) -> None:
    pytest.importorskip("python_calamine")
    path = mixed_file(tmp_path / "m.xlsx")
    results = {reader: list(validate_file(path, "members", today=TODAY, reader=reader))
               for reader in READERS}
    assert results["calamine"] == results["openpyxl"]
    raw = {reader: [(r.row_number, r.values, r.extras)
                    for r in read_rows(path, "members", reader=reader)] for reader in READERS}
    assert raw["calamine"] == raw["openpyxl"]


@pytest.mark.parametrize("name", list(CORPUS))
def test_corpus_is_refused_the_same_under_both_readers(name: str, tmp_path: Path) -> None:
    pytest.importorskip("python_calamine")
    case = CORPUS[name]
    path = case.build(tmp_path / f"{name}.xlsx")
    outcome: dict[str, Any] = {}
    for reader in READERS:
        try:
            outcome[reader] = list(validate_file(path, case.kind, today=TODAY, reader=reader,
                                                 **dict(case.limits)))
        except ImportFileError as err:
            outcome[reader] = (err.code, err.column, err.details)
    assert outcome["calamine"] == outcome["openpyxl"]
