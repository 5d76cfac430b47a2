"""Imports against the database: all rows or none, "sudah ada" on re-import, clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select, text

from tests.conftest import both_backends
from tests.db.factories import add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import ContributionPeriod, Institution, Member, TrainingClass
from vokasi_desktop.documents.xlsx_import import ImportFileError
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services.imports import import_file, write_import_template
from vokasi_desktop.services.members import get_member

TEXT_KEYS = {"NIK", "KPJ", "No KK", "Kode", "Kode Lembaga", "Kode Wilayah", "Telepon"}


def _fill(tmp: Path, kind: str, rows: list[dict[str, Any]], name: str = "data.xlsx") -> Path:
    template = write_import_template(kind, tmp / f"template-{kind}.xlsx")
    wb = openpyxl.load_workbook(template)
    ws = wb["Data"]
    headers = [c.value for c in ws[1]]
    for values in rows:
        unknown = set(values) - set(headers)
        assert not unknown, unknown
        ws.append([values.get(h) for h in headers])
        for col, header in enumerate(headers, start=1):
            cell = ws.cell(ws.max_row, col)
            if header in TEXT_KEYS and cell.value is not None:
                cell.value = str(cell.value)
                cell.data_type = "s"
    out = tmp / name
    wb.save(out)
    return out


def _member_row(i: int, **extra: Any) -> dict[str, Any]:
    birth = date(1985, 3, 1 + i % 27)
    row = {"NIK": encode_nik("357801", birth, "P", 100 + i), "Nama": f"Ani Impor {i}",
           "Tanggal Lahir": birth, "Jenis Kelamin": "P", "KPJ": f"{40_000_000_000 + i}",
           "Segmen": "BPU", "Status Pekerjaan": "informal", "Status Kepesertaan": "aktif",
           "Terdaftar Sejak": date(2016, 1, 1)}
    row.update(extra)
    return row


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


@both_backends
def test_members_all_or_nothing_and_reimport(database: Database, tmp_path: Path) -> None:
    setup_branch(database)
    taken = get_member(database, add_member(database))
    good = _fill(tmp_path, "members", [_member_row(i) for i in range(20)])
    dry = import_file(database, "members", good, as_user(database, "supervisor"), dry_run=True)
    assert dry.ok and dry.created == 20 and _count(database, Member) == 1
    done = import_file(database, "members", good, as_user(database, "supervisor"))
    assert done.committed and done.created == 20 and done.existing == 0
    assert _count(database, Member) == 21
    again = import_file(database, "members", good, as_user(database, "supervisor"))
    assert again.created == 0 and again.existing == 20 and "sudah ada" in again.summary()
    # One bad row at the end (KPJ of somebody else): nothing of the file is written.
    rows = [_member_row(i) for i in range(100, 130)]
    rows.append(_member_row(131, KPJ=taken.kpj))
    bad = _fill(tmp_path, "members", rows, "bad.xlsx")
    result = import_file(database, "members", bad, as_user(database, "supervisor"))
    assert not result.ok and not result.committed
    assert _count(database, Member) == 21
    [err] = result.errors
    assert err.row == 32 and err.header == "KPJ" and err.column_letter == "G"
    assert "sudah dipakai" in err.message
    assert result.error_report is not None and result.error_report.exists()
    report = openpyxl.load_workbook(result.error_report).active
    texts = [str(c.value) for row in report.iter_rows() for c in row if c.value is not None]
    assert any("sudah dipakai" in t for t in texts) and "32" in texts


@both_backends
def test_contributions_need_members_and_refuse_overlaps(database: Database,
                                                         tmp_path: Path) -> None:
    setup_branch(database)
    member = get_member(database, add_member(database, months=0))
    ok = _fill(tmp_path, "contributions", [
        {"NIK": member.nik, "Bulan Mulai": date(2024, 1, 1), "Bulan Selesai": date(2024, 12, 1)},
        {"KPJ": member.kpj, "Bulan Mulai": date(2025, 3, 1), "Bulan Selesai": date(2025, 8, 1)},
    ])
    result = import_file(database, "contributions", ok, as_user(database, "supervisor"))
    assert result.committed and result.created == 2
    assert get_member(database, member.id).contribution_months == 18
    clash = _fill(tmp_path, "contributions", [
        {"NIK": member.nik, "Bulan Mulai": date(2024, 6, 1), "Bulan Selesai": date(2024, 7, 1)},
        {"NIK": "3578014101900099", "Bulan Mulai": date(2020, 1, 1),
         "Bulan Selesai": date(2020, 2, 1)},
    ], "clash.xlsx")
    bad = import_file(database, "contributions", clash, as_user(database, "supervisor"))
    codes = sorted(e.code for e in bad.errors)
    assert codes == ["member_missing", "period_overlap"]
    assert _count(database, ContributionPeriod) == 2


@both_backends
def test_institutions_then_classes(database: Database, tmp_path: Path) -> None:
    setup_branch(database)
    add_institution(database, "LPK-OLD")
    inst = _fill(tmp_path, "institutions", [
        {"Kode": "LKP-NEW", "Nama": "LKP Cahaya Terampil", "Jenis": "LKP", "No Izin": "421/55/2021",
         "Penerbit Izin": "Dinas Pendidikan Kota Surabaya", "Tanggal Izin": date(2021, 2, 1),
         "Izin Berlaku s.d.": date(2029, 2, 1), "Mulai Beroperasi": date(2020, 5, 1),
         "Kode Wilayah": "3578", "Kapasitas": 80},
        {"Kode": "LPK-OLD", "Nama": "LPK Lama", "Jenis": "LPK", "No Izin": "1/2",
         "Kode Wilayah": "3578"},
    ])
    result = import_file(database, "institutions", inst, as_user(database, "supervisor"))
    assert result.committed and (result.created, result.existing) == (1, 1)
    classes = _fill(tmp_path, "classes", [
        {"Kode": "KLS-IMP-1", "Kode Lembaga": "LKP-NEW", "Judul": "Tata Rias", "Jam": 100,
         "Mode": "luring", "Kode Wilayah": "3578", "Tanggal Mulai": date(2027, 2, 1),
         "Tanggal Selesai": date(2027, 3, 1), "Kapasitas": 25, "Biaya per Peserta": 2_000_000},
        {"Kode": "KLS-IMP-2", "Kode Lembaga": "NOPE-1", "Judul": "Las", "Jam": 100,
         "Mode": "luring", "Kode Wilayah": "3578", "Tanggal Mulai": date(2027, 2, 1),
         "Tanggal Selesai": date(2027, 3, 1), "Kapasitas": 25, "Biaya per Peserta": 2_000_000},
    ])
    bad = import_file(database, "classes", classes, as_user(database, "supervisor"))
    [err] = bad.errors
    assert err.code == "institution_missing" and err.row == 3 and err.header == "Kode Lembaga"
    assert _count(database, TrainingClass) == 0
    assert _count(database, Institution) == 2


def test_refused_file_changes_nothing(database: Database, tmp_path: Path) -> None:
    setup_branch(database)
    fake = tmp_path / "members.xlsx"
    fake.write_text("NIK,Nama\n3578014101900001,Ani\n")
    with pytest.raises(ImportFileError) as info:
        import_file(database, "members", fake, as_user(database, "supervisor"))
    assert info.value.code  # a stable reason code, with an Indonesian message
    assert str(info.value)
    assert _count(database, Member) == 0


@both_backends
def test_members_import_in_many_batches_keeps_search_and_consents(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Small batches and consent chunks (the 100k path in miniature): every imported name is
    found by the name search, each member has exactly one consent "by import", and the
    search index still follows later registrations (SQLite rebuilds its insert trigger)."""
    from vokasi_desktop.db.models import MemberConsent
    from vokasi_desktop.db.search import member_name_clause
    from vokasi_desktop.services import imports, privacy

    monkeypatch.setattr(imports, "BATCH", 7)
    monkeypatch.setattr(privacy, "_CONSENT_CHUNK", 4)
    setup_branch(database)
    before = add_member(database, name="Wulandari Loket Satu")
    rows = [_member_row(i, Nama=f"Wulandari Impor {i}") for i in range(23)]
    done = import_file(database, "members", _fill(tmp_path, "members", rows),
                       as_user(database, "supervisor"))
    assert done.committed and done.created == 23
    after = add_member(database, name="Wulandari Loket Dua")

    def found(words: str) -> set[int]:
        with database.read() as s:
            clause = member_name_clause(s, words)
            assert clause is not None
            return set(s.execute(select(Member.id).where(clause)).scalars())

    with database.read() as s:
        imported = set(s.execute(select(Member.id).where(
            Member.name_norm.like("WULANDARI IMPOR %"))).scalars())
        consents = list(s.execute(select(MemberConsent.member_id, MemberConsent.method)))
    assert len(imported) == 23
    assert found("wulan") == imported | {before, after}
    assert found("wulandari impor 17") <= imported and len(found("wulandari impor 17")) == 1
    assert sorted(m for m, method in consents if method == "import") == sorted(imported)
    if database.is_sqlite:
        with database.write() as s:  # FTS5's own check of the index against member
            s.execute(text("INSERT INTO member_fts(member_fts, rank) "
                           "VALUES ('integrity-check', 1)"))
            triggers = set(s.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        assert {"member_fts_ai", "member_fts_ad", "member_fts_au"} <= triggers


def test_bulk_member_insert_rolled_back_keeps_the_trigger(database: Database) -> None:
    """An import that fails inside the write transaction: rows and dropped trigger come back."""
    from vokasi_desktop.db.search import bulk_member_insert

    setup_branch(database)
    first = add_member(database, name="Sekar Arum")
    with (pytest.raises(RuntimeError, match="boom"), database.write() as s,
          bulk_member_insert(s) as bulk):
        bulk.insert([])
        raise RuntimeError("boom")
    with database.read() as s:
        triggers = set(s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        cache = s.execute(text("PRAGMA cache_size")).scalar_one()
    assert "member_fts_ai" in triggers
    assert cache == -2000  # the pooled connection's usual page cache again
    second = add_member(database, name="Sekar Ayu")
    with database.read() as s:
        found = set(s.execute(text("SELECT rowid FROM member_fts WHERE member_fts MATCH 'sekar*'"))
                    .scalars())
    assert found == {first, second}
