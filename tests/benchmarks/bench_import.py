"""Benchmark: member import into SQLite, beside the bare openpyxl read floor (run by hand).

    python tests/benchmarks/bench_import.py [--rows 100000]

Writes a members file of N rows (text NIK/KPJ cells, as the template asks), then measures in
the same run: (1) bare openpyxl read_only iteration over the file, (2) ``import_file`` into an
empty migrated SQLite database (validation + database checks + one transaction). Prints rows/s,
the ratio to the floor, and the peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.cell import WriteOnlyCell

from tests.db.factories import as_user
from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.documents.xlsx_templates import import_spec
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services.imports import import_file
from vokasi_desktop.services.setup import BranchProfile, set_branch_profile


def make_file(path: Path, rows: int) -> None:
    headers = [f.header for f in import_spec("members").fields]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(headers)
    for i in range(rows):
        birth = date(1960 + i % 45, 1 + i % 12, 1 + i % 28)
        sex = "L" if i % 2 else "P"
        values = {"NIK": encode_nik(f"3578{1 + i % 30:02d}", birth, sex, 1 + i // 1000),
                  "Nama": f"Peserta Impor {i}", "Tempat Lahir": "Surabaya", "Tanggal Lahir": birth,
                  "Jenis Kelamin": sex, "KPJ": f"{50_000_000_000 + i}", "Segmen": "PU",
                  "Status Pekerjaan": "bekerja", "Status Kepesertaan": "aktif",
                  "Terdaftar Sejak": date(2018, 1, 1)}
        row = []
        for h in headers:
            cell = WriteOnlyCell(ws, value=values.get(h))
            if h in ("NIK", "KPJ"):
                cell.data_type = "s"
            row.append(cell)
        ws.append(row)
    wb.save(path)


def calamine_floor(path: Path) -> float:
    """Seconds for a bare python-calamine pass over the file (the reader the import uses)."""
    import python_calamine

    start = time.perf_counter()
    sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data")
    sum(1 for _ in sheet.iter_rows())
    return time.perf_counter() - start


def insert_floor(imported: Path, empty: Path) -> float:
    """Seconds for bare sqlite3 to write what an import wrote, into an empty migrated copy.

    ``imported`` is a database after the import, ``empty`` the same schema without its rows.
    The floor inserts the same member rows (tuples, one executemany), adds them to the name
    index in bulk (as the import does), writes the consent rows and commits, on a connection
    with the application's pragmas (WAL, synchronous=FULL). Unavoidable for any importer.
    """
    source = sqlite3.connect(imported)
    columns = [row[1] for row in source.execute("PRAGMA table_info(member)") if row[1] != "id"]
    members = source.execute(f"SELECT {', '.join(columns)} FROM member ORDER BY id").fetchall()
    consent = [row[1] for row in source.execute("PRAGMA table_info(member_consent)")
               if row[1] not in ("id", "member_id")]
    consents = source.execute(f"SELECT {', '.join(consent)} FROM member_consent").fetchone()
    source.close()
    con = sqlite3.connect(empty, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    trigger = con.execute("SELECT sql FROM sqlite_master WHERE name = 'member_fts_ai'").fetchone()
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute("DROP TRIGGER member_fts_ai")
    con.executemany(f"INSERT INTO member ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})", members)
    con.execute("INSERT INTO member_fts(rowid, name_norm) SELECT id, name_norm FROM member")
    con.execute(f"INSERT INTO member_consent (member_id, {', '.join(consent)}) "
                f"SELECT id, {', '.join('?' * len(consent))} FROM member", consents)
    con.execute(trigger[0])
    con.execute("COMMIT")
    took = time.perf_counter() - start
    con.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "members.xlsx"
    make_file(src, args.rows)
    t = time.perf_counter()
    wb = openpyxl.load_workbook(src, read_only=True)
    n = sum(1 for _ in wb["Data"].iter_rows(values_only=True)) - 1
    wb.close()
    floor = time.perf_counter() - t
    db = open_database(f"sqlite:///{tmp / 'bench.sqlite3'}")
    upgrade_database(db.engine)
    set_branch_profile(db, BranchProfile(code="KRJ", name="KC Bench"))
    t = time.perf_counter()
    result = import_file(db, "members", src, as_user(db, "supervisor"))
    took = time.perf_counter() - t
    assert result.committed, result.errors[:3]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows: {n:,}; bare openpyxl read_only: {n / floor:,.0f} rows/s ({floor:.1f} s)")
    print(f"import_file (validate + DB checks + insert, one transaction): {n / took:,.0f} rows/s "
          f"({took:.1f} s), {took / floor:.1f}x the floor; created {result.created:,}")
    print(f"peak RSS of the process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
