"""Regional office: consolidated recap per origin branch and quota allocation (SQLite + PG)."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

import pytest
from sqlalchemy import func, select, update

from tests.conftest import both_backends
from tests.db.factories import (
    add_class,
    add_institution,
    add_member,
    as_role,
    as_user,
    setup_branch,
)
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.models import AuditEntry, BranchQuota, DocumentRecord, Enrollment
from vokasi_desktop.domain.access import PermissionDenied
from vokasi_desktop.services import catalog, regional
from vokasi_desktop.services.enrolment import enrol
from vokasi_desktop.services.errors import ValidationError


def _world(db: Database) -> None:
    """KRJ (local) plus rows that arrived from BIK and MRK, 2027 classes."""
    setup_branch(db, seats=100, budget=10**10)
    catalog.set_program_year(db, 2027, as_role(db, "head"), national_target=500, budget_total=10**11)
    catalog.set_branch_quota(db, 2027, "BIK", 40, 2 * 10**9, as_role(db, "head"))
    inst = add_institution(db)
    k1 = add_class(db, inst, "KLS-1")
    k2 = add_class(db, inst, "KLS-2", start_date=date(2027, 3, 1), end_date=date(2027, 4, 1))
    ids = []
    for n in range(9):
        m = add_member(db)
        ids.append(enrol(db, m, k1 if n % 2 else k2, f"r{n}", as_role(db, "clerk"),
                         on_date=date(2026, 11, 28)).id)
    with db.write() as s:
        # 3 stay KRJ, 4 came from BIK (one cancelled, one completed), 2 from MRK.
        s.execute(update(Enrollment).where(Enrollment.id.in_(ids[3:7]))
                  .values(origin_branch="BIK"))
        s.execute(update(Enrollment).where(Enrollment.id.in_(ids[7:]))
                  .values(origin_branch="MRK"))
        s.execute(update(Enrollment).where(Enrollment.id == ids[3]).values(status="cancelled"))
        s.execute(update(Enrollment).where(Enrollment.id == ids[4]).values(status="completed"))
        for seq, (branch, doc_type, voided) in enumerate([
                ("KRJ", "letter", False), ("BIK", "letter", False), ("BIK", "letter", True),
                ("BIK", "certificate", False), ("MRK", "slip", False)], start=1):
            s.add(DocumentRecord(origin_branch=branch, doc_type=doc_type, year=2027,
                                 sequence=seq, number=f"{seq}/{branch}/2027", subject="x",
                                 issued_by="petugas", payload={}, qr_text="", pdf_sha256="",
                                 voided=voided))


@both_backends
def test_recap_per_origin_branch_and_national_progress(database: Database) -> None:
    _world(database)
    r = regional.recap(database, as_role(database, "supervisor"), 2027)
    by = {b.code: b for b in r.branches}
    assert sorted(by) == ["BIK", "KRJ", "MRK"]
    assert by["KRJ"].enrolments == 3 and by["KRJ"].seats == 100
    assert by["BIK"].by_status == {"cancelled": 1, "completed": 1, "enrolled": 2}
    assert by["BIK"].enrolments == 3 and by["BIK"].seats_used == 3
    assert by["BIK"].budget_used == 3 * 2_400_000 and by["BIK"].seats == 40
    assert (by["BIK"].letters, by["BIK"].certificates, by["BIK"].voided) == (1, 1, 1)
    assert by["MRK"].seats == 0 and by["MRK"].slips == 1 and by["MRK"].enrolments == 2
    assert by["KRJ"].name == "Kantor Cabang Surabaya Karimunjawa" and by["MRK"].name == "MRK"
    # The regional totals are the sum of the branches.
    with database.read() as s:
        live = s.execute(select(func.count(Enrollment.id)).where(
            Enrollment.status != "cancelled")).scalar_one()
    assert r.enrolments == live == 8
    assert r.national_target == 500 and r.target_progress == pytest.approx(8 / 500)
    assert r.seats_allocated == 140 and r.completed == 1
    assert regional.recap(database, as_role(database, "supervisor"), 2030).branches == []


@both_backends
def test_office_kind_setting(database: Database) -> None:
    setup_branch(database)
    assert regional.office_kind(database) == "branch"
    with pytest.raises(PermissionDenied):
        regional.set_office_kind(database, as_role(database, "supervisor"), "regional")
    regional.set_office_kind(database, as_role(database, "admin"), "regional")
    assert regional.office_kind(database) == "regional"
    with pytest.raises(ValidationError):
        regional.set_office_kind(database, as_role(database, "admin"), "pusat")


@both_backends
def test_allocate_never_exceeds_the_year_and_is_audited(database: Database) -> None:
    _world(database)  # KRJ 100 + BIK 40 of 500 seats
    a = regional.allocate_quota(database, as_user(database, "kakanwil", "head"), 2027, "mrk", 300, 10**10)
    assert (a.branch_code, a.seats_unallocated) == ("MRK", 60)
    with pytest.raises(ValidationError, match="60 kursi belum dialokasikan"):
        regional.allocate_quota(database, as_user(database, "kakanwil", "head"), 2027, "SRB", 61, 0)
    with pytest.raises(ValidationError, match="sisa anggaran"):
        regional.allocate_quota(database, as_user(database, "kakanwil", "head"), 2027, "SRB", 10, 10**11)
    with pytest.raises(ValidationError, match=r"terpakai \(3 kursi, Rp7\.200\.000\)"):
        regional.allocate_quota(database, as_user(database, "kakanwil", "head"), 2027, "BIK", 2, 10**9)
    with pytest.raises(ValidationError):
        regional.allocate_quota(database, as_user(database, "kakanwil", "head"), 2027, "BI K!", 2, 0)
    with pytest.raises(PermissionDenied):
        regional.allocate_quota(database, as_role(database, "supervisor"), 2027, "SRB", 1, 0)
    regional.allocate_quota(database, as_user(database, "kakanwil", "head"), 2027, "BIK", 100, 10**10)  # within 500
    with database.read() as s:
        total = s.execute(select(func.sum(BranchQuota.seats))).scalar_one()
        entries = list(s.execute(select(AuditEntry).where(
            AuditEntry.action == "quota.allocate")).scalars())
    assert total == 500
    assert [e.detail["branch"] for e in entries] == ["MRK", "BIK"]
    assert entries[1].detail["before"] == {"seats": 40, "budget": 2 * 10**9}
    assert entries[1].actor == "kakanwil"


def _allocate_worker(url: str, code: str, barrier: mp.synchronize.Barrier,
                     results: mp.Queue) -> None:  # type: ignore[type-arg]
    db = open_database(url)
    try:
        barrier.wait(timeout=60)
        regional.allocate_quota(db, as_user(db, "kakanwil", "head"), 2027, code, 300, 0)
        results.put("ok")
    except ValidationError:
        results.put("refused")
    except Exception as exc:
        results.put(f"error: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()


@both_backends
def test_two_allocations_at_once_never_exceed_the_target(database: Database,
                                                         new_db_url: str) -> None:
    setup_branch(database, seats=0, budget=0)
    catalog.set_program_year(database, 2027, as_role(database, "head"), national_target=500,
                             budget_total=0)
    as_user(database, "kakanwil", "head")  # the user exists before the workers log in
    database.dispose()
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(4)
    results: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_allocate_worker, args=(new_db_url, code, barrier, results))
             for code in ("AAA", "BBB", "CCC", "DDD")]
    for p in procs:
        p.start()
    outcome = sorted(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert outcome == ["ok", "refused", "refused", "refused"], outcome
    with database.read() as s:
        assert s.execute(select(func.sum(BranchQuota.seats))).scalar_one() == 300


def _cli(monkeypatch: pytest.MonkeyPatch, argv: list[str], password: str) -> int:
    import io
    import sys

    from vokasi_desktop.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return main(argv)


@both_backends
def test_cli_region_recap_and_allocate(database: Database, new_db_url: str,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from vokasi_desktop.domain import access

    _world(database)
    database.dispose()
    base = ["--db", new_db_url, "--user", "supervisor", "--password-stdin"]
    assert _cli(monkeypatch, ["region", "recap", "--year", "2027", "--json", *base],
                "vokasi-supervisor") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["enrolments"] == 8 and [b["code"] for b in out["branches"]] == [
        "BIK", "KRJ", "MRK"]
    assert _cli(monkeypatch, ["region", "recap", "--year", "2027", *base],
                "vokasi-supervisor") == 0
    text = capsys.readouterr().out
    assert "8 pendaftaran dari target nasional 500" in text and "BIK" in text
    # A supervisor may not allocate: a clear refusal, exit 4 (role refused, like every
    # command: cli_login), nothing written.
    assert _cli(monkeypatch, ["region", "allocate", "--year", "2027", "--branch", "MRK",
                              "--seats", "50", "--budget", "0", *base], "vokasi-supervisor") == 4
    assert "tidak berwenang" in capsys.readouterr().err
    assert _cli(monkeypatch, ["region", "recap", "--year", "2027", *base], "salah-sandi") == 3
    assert "kata sandi salah" in capsys.readouterr().err
    # The head's right (no stored head user in this schema yet): grant it for this test.
    monkeypatch.setitem(access.PERMISSIONS, access.Action.QUOTA_ALLOCATE,
                        frozenset({access.Role.SUPERVISOR}))
    assert _cli(monkeypatch, ["region", "allocate", "--year", "2027", "--branch", "MRK",
                              "--seats", "50", "--budget", "10000000", *base],
                "vokasi-supervisor") == 0
    assert "Kuota MRK tahun 2027: 50 kursi" in capsys.readouterr().out
    assert _cli(monkeypatch, ["region", "allocate", "--year", "2027", "--branch", "MRK",
                              "--seats", "999", "--budget", "0", *base],
                "vokasi-supervisor") == 2
    assert "belum dialokasikan" in capsys.readouterr().err
