"""Benchmark: xlsx export and import against bare openpyxl, in the same run.

Not collected by pytest (no ``test_`` prefix). Run from the repository root::

    PYTHONPATH=. python tests/benchmarks/bench_xlsx.py [--rows 100000] [--repeats 3]

Export: ``write_report`` (participant list: 11 columns, NIK/KPJ as text, two date columns,
auto-numbered rows, title block, styled header, autofilter) against a bare openpyxl
write-only workbook appending the same values untyped and unstyled (the floor).

Import: ``validate_file`` (precheck with the XML scan, header match, per-cell parsing, NIK
checks, duplicate detection) against a bare openpyxl read-only ``iter_rows(values_only=True)``
over the same file (the floor).

Runs are interleaved (floor, ours, floor, ours...) so machine load hits both alike; the
medians and the ratios ours/floor (as rows/s) are printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from vokasi_desktop.documents.xlsx_export import SheetSpec, participant_columns, write_report
from vokasi_desktop.documents.xlsx_import import ParsedRow, ReadStats, validate_file
from vokasi_desktop.documents.xlsx_templates import import_spec
from vokasi_desktop.domain.identifiers import encode_nik

TODAY = date(2026, 11, 28)


def participants(rows: int) -> Iterator[dict[str, Any]]:
    base = date(1970, 1, 1)
    for i in range(rows):
        yield {
            "nik": f"3578********{i % 10_000:04d}",
            "kpj": f"{i:011d}",
            "name": f"Peserta Nomor {i}",
            "sex": "L" if i % 2 else "P",
            "birth_place": "Surabaya",
            "birth_date": base + timedelta(days=i % 12_000),
            "phone": f"0812{i:08d}",
            "segment": ("PU", "BPU", "PMI", "JAKON")[i % 4],
            "enrolled_on": date(2026, 11, 1 + i % 28),
            "status": "Terdaftar",
        }


def export_floor(path: Path, rows: int) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Peserta")
    ws.append([c.header for c in participant_columns(False)])
    for number, row in enumerate(participants(rows), 1):
        ws.append([number, *row.values()])
    wb.save(path)


def export_ours(path: Path, rows: int) -> None:
    write_report(
        path,
        title="Daftar Peserta",
        subtitle_lines=["KC Surabaya Karimunjawa", "Dibuat: 28 November 2026 10:15 oleh budi"],
        sheets=[SheetSpec("Peserta", participant_columns(False), participants(rows))],
    )


def make_member_file(path: Path, rows: int) -> None:
    """A valid members import file with unique NIKs and KPJs (write-only, fast)."""
    spec = import_spec("members")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(list(spec.headers))
    base = date(1960, 1, 1)
    for i in range(rows):
        born = base + timedelta(days=i % 15_000)
        sex = "P" if i % 2 else "L"
        nik = encode_nik("357801", born, sex, 1 + i // 15_000)  # type: ignore[arg-type]
        ws.append(
            [
                nik,
                f"Peserta Nomor {i}",
                "Surabaya",
                born.strftime("%d/%m/%Y"),
                sex,
                "3578010101200001",
                f"{i:011d}",
                "Jl. Karimunjawa No. 1",
                None,
                "081234567890",
                "PU",
                "PHK",
                "15/03/2026",
                "aktif",
                "01/02/2018",
            ]
        )
    wb.save(path)
    _add_dimension(path, f"A1:O{rows + 1}")


def _add_dimension(path: Path, ref: str) -> None:
    """Give the sheet a <dimension> like Excel's files have.

    openpyxl's write-only mode writes none, and then openpyxl's read-only mode parses the
    whole sheet once more just to look for it, which no Excel-made file would cost.
    """
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    xml = parts[part].decode("utf-8")
    if "<dimension" not in xml:
        xml = xml.replace("<sheetViews>", f'<dimension ref="{ref}"/><sheetViews>', 1)
        assert "<dimension" in xml
        parts[part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def import_floor(path: Path, rows: int) -> None:
    wb = load_workbook(path, read_only=True)
    count = sum(1 for _ in wb["Data"].iter_rows(values_only=True))
    wb.close()
    assert count == rows + 1, count


def import_ours(path: Path, rows: int) -> None:
    stats = ReadStats()
    good = sum(
        1
        for item in validate_file(path, "members", today=TODAY, stats=stats)
        if isinstance(item, ParsedRow)
    )
    assert good == rows, (good, stats)


def timed(func: Callable[[Path, int], None], path: Path, rows: int) -> float:
    start = time.perf_counter()
    func(path, rows)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    rows, repeats = args.rows, args.repeats

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        pairs = {
            "export": (export_floor, export_ours, tmp / "out-floor.xlsx", tmp / "out-ours.xlsx"),
            "import": (import_floor, import_ours, tmp / "members.xlsx", tmp / "members.xlsx"),
        }
        print(f"preparing a {rows:,}-row members file...", flush=True)
        make_member_file(tmp / "members.xlsx", rows)
        size = (tmp / "members.xlsx").stat().st_size
        print(f"  {size / 1e6:.1f} MB", flush=True)

        results: dict[str, tuple[list[float], list[float]]] = {}
        for name, (floor, ours, floor_path, ours_path) in pairs.items():
            floor_times: list[float] = []
            ours_times: list[float] = []
            for run in range(repeats):
                floor_times.append(timed(floor, floor_path, rows))
                ours_times.append(timed(ours, ours_path, rows))
                print(
                    f"{name} run {run + 1}: floor {rows / floor_times[-1]:,.0f} rows/s, "
                    f"ours {rows / ours_times[-1]:,.0f} rows/s",
                    flush=True,
                )
            results[name] = (floor_times, ours_times)

    print()
    print(f"{rows:,} rows, {repeats} runs each, medians:")
    for name, (floor_times, ours_times) in results.items():
        floor_rate = rows / statistics.median(floor_times)
        ours_rate = rows / statistics.median(ours_times)
        print(
            f"  {name:6}  openpyxl floor {floor_rate:8,.0f} rows/s   ours {ours_rate:8,.0f} rows/s"
            f"   ratio {ours_rate / floor_rate:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
