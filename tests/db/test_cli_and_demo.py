"""CLI init/demo/migrate and the demo data's consistency, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import both_backends
from vokasi_desktop import __version__
from vokasi_desktop.cli import main
from vokasi_desktop.db import engine as engine_mod
from vokasi_desktop.db.engine import DatabaseConfigError, open_database
from vokasi_desktop.db.models import (
    AuditEntry,
    Branch,
    BranchKey,
    BranchQuota,
    ContributionPeriod,
    Enrollment,
    Institution,
    Member,
    TrainingClass,
    User,
)
from vokasi_desktop.domain.identifiers import parse_nik
from vokasi_desktop.services.audit import verify_chain


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for word in ("init", "demo", "migrate", "--db"):
        assert word in out
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_module_entry_point_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "vokasi_desktop", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert __version__ in result.stdout


@both_backends
def test_init_creates_branch_key_and_admin(new_db_url: str, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("rahasia-sekali\n"))
    code = main(["init", "--db", new_db_url, "--branch-code", "krj", "--branch-name",
                 "Kantor Cabang Surabaya Karimunjawa", "--city", "Surabaya", "--head-name",
                 "Hadi Purnomo", "--password-stdin", "--no-key-passphrase"])
    assert code == 0, capsys.readouterr().err
    db = open_database(new_db_url)
    try:
        with db.read() as s:
            branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            assert branch.code == "KRJ" and branch.city == "Surabaya"
            assert s.execute(select(func.count(BranchKey.id))).scalar_one() == 1
            admin = s.execute(select(User)).scalar_one()
            assert admin.role == "admin" and admin.password_hash.startswith("$argon2id$")
            assert "rahasia" not in str(s.execute(select(AuditEntry.detail)).scalars().all())
        # Once a user exists, init is no bootstrap: without a login it is refused (exit 3).
        code = main(["init", "--db", new_db_url, "--branch-code", "KRJ", "--branch-name",
                     "KC Surabaya Karimunjawa"])
        assert code == 3
        # Re-running as the administrator updates the profile, keeps the key and does not
        # recreate the admin.
        monkeypatch.setattr(sys, "stdin", io.StringIO("rahasia-sekali\n" * 2))
        code = main(["init", "--db", new_db_url, "--branch-code", "KRJ", "--branch-name",
                     "KC Surabaya Karimunjawa", "--user", "admin", "--password-stdin"])
        assert code == 0
        # The branch code of a database cannot change (numbers and exchange depend on it).
        code = main(["init", "--db", new_db_url, "--branch-code", "XYZ", "--branch-name", "X",
                     "--user", "admin", "--password-stdin"])
        assert code == 2
        assert "tidak dapat diganti" in capsys.readouterr().err
        with db.read() as s:
            assert s.execute(select(func.count(BranchKey.id))).scalar_one() == 1
            assert s.execute(select(func.count(User.id))).scalar_one() == 1
            assert s.execute(select(Branch.name).where(Branch.code == "KRJ")).scalar_one() == \
                "KC Surabaya Karimunjawa"
    finally:
        db.dispose()


def test_init_rejects_short_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("pendek\n"))
    code = main(["init", "--db", str(tmp_path / "a.sqlite3"), "--branch-code", "KRJ",
                 "--branch-name", "KC", "--password-stdin"])
    assert code == 2
    err = capsys.readouterr().err
    assert "minimal 8 karakter" in err and "Traceback" not in err


@both_backends
def test_demo_is_consistent(new_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", new_db_url, "--members", "600", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "vokasi-petugas" in out  # credentials printed for the new user
    db = open_database(new_db_url)
    try:
        with db.read() as s:
            members = s.execute(select(Member)).scalars().all()
            assert len(members) == 600
            for m in members:
                nik = parse_nik(m.nik, birth_date=m.birth_date, sex=m.sex)
                assert nik.birth_date == m.birth_date and nik.sex == m.sex
                assert not [w for w in nik.warnings if "mismatch" in w.code]
                assert m.region_code == nik.regency_code
            assert {m.segment for m in members} == {"PU", "BPU", "PMI", "JAKON"}
            assert {m.employment_status for m in members} == {
                "employed", "laid_off", "contract_ended", "informal", "migrant"}
            assert any(m.kpj is None for m in members)
            assert any(m.kpj and not m.kpj.isdigit() for m in members) or len(members) < 1000
            # Contribution histories: some short, some with gaps.
            spans = s.execute(select(ContributionPeriod.member_id, func.count())
                              .group_by(ContributionPeriod.member_id)).all()
            assert any(n > 1 for _, n in spans)
            institutions = s.execute(select(Institution)).scalars().all()
            assert len(institutions) >= 30
            assert {i.type for i in institutions} == {"LPK", "LKP", "LSP", "BLK", "OTHER"}
            classes = s.execute(select(TrainingClass)).scalars().all()
            assert {c.mode for c in classes} >= {"daring", "luring"}
            statuses = set(s.execute(select(Enrollment.status)).scalars())
            assert statuses == {"enrolled", "in_training", "completed", "not_passed", "cancelled"}
            # Counters equal the live enrolments.
            for c in classes:
                live = s.execute(select(func.count(Enrollment.id)).where(
                    Enrollment.class_id == c.id, Enrollment.status != "cancelled")).scalar_one()
                assert c.seats_used == live
            for q in s.execute(select(BranchQuota).where(BranchQuota.branch_code == "KRJ")).scalars():
                live = s.execute(select(func.count(Enrollment.id), func.coalesce(func.sum(Enrollment.cost), 0))
                                 .where(Enrollment.branch_quota_id == q.id,
                                        Enrollment.status != "cancelled")).one()
                assert (q.seats_used, q.budget_used) == (live[0], live[1])
            assert verify_chain(s).ok
        first_niks = sorted(m.nik for m in members)
    finally:
        db.dispose()
    # Filling again is refused; nothing is mixed in.
    assert main(["demo", "--db", new_db_url, "--members", "10"]) == 2
    assert "sudah berisi data peserta" in capsys.readouterr().err
    # Deterministic: the same seed gives the same people.
    if new_db_url.startswith("sqlite"):
        other = new_db_url.replace("vokasi.sqlite3", "other.sqlite3")
        assert main(["demo", "--db", other, "--members", "600", "--seed", "7"]) == 0
        db2 = open_database(other)
        try:
            with db2.read() as s:
                assert sorted(s.execute(select(Member.nik)).scalars()) == first_niks
        finally:
            db2.dispose()


def test_bad_db_url_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--db", "mysql://x@y/z"]) == 2
    err = capsys.readouterr().err
    assert "tidak didukung" in err and "Traceback" not in err


def test_sqlite_on_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "_mount_fstype", lambda _p: "cifs")
    with pytest.raises(DatabaseConfigError) as info:
        open_database(str(tmp_path / "shared.sqlite3"))
    assert "folder jaringan" in str(info.value)
    assert engine_mod.is_network_path(Path("//server/share/db.sqlite3"))


def test_demo_if_empty_skips_a_filled_database(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'e.sqlite3'}"
    assert main(["demo", "--db", url, "--members", "50", "--if-empty"]) == 0
    assert main(["demo", "--db", url, "--members", "50", "--if-empty"]) == 0
    assert "sudah berisi peserta" in capsys.readouterr().out
    db = open_database(url)
    try:
        with db.read() as s:
            assert s.execute(select(func.count(Member.id))).scalar_one() == 50
    finally:
        db.dispose()
