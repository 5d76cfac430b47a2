"""Two branches (SQLite) and a regional office (PostgreSQL when configured) over several rounds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import both_backends
from tests.db.exchange_world import (
    enrol_some,
    make_office,
    receive,
    send,
    trust_each_other,
)
from vokasi_desktop.db.models import BranchQuota, Conflict, Enrollment, Member
from vokasi_desktop.services import exchange
from vokasi_desktop.services.exchange_format import PackageError


def _counts(db, origin: str | None = None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        qe = select(func.count(Enrollment.id))
        qm = select(func.count(Member.id))
        if origin:
            qe = qe.where(Enrollment.origin_branch == origin)
            qm = qm.where(Member.origin_branch == origin)
        return int(s.execute(qe).scalar() or 0), int(s.execute(qm).scalar() or 0)


@both_backends
def test_round_trip_late_twice_out_of_order(new_db_url: str, tmp_path: Path) -> None:
    a = make_office(f"sqlite:///{tmp_path / 'krj.sqlite3'}", "KRJ")
    b = make_office(f"sqlite:///{tmp_path / 'bik.sqlite3'}", "BIK")
    reg = make_office(new_db_url, "KWJT", kind="regional")
    trust_each_other(a, reg)
    trust_each_other(b, reg)
    n = 0

    def out(db, to):  # type: ignore[no-untyped-def]
        nonlocal n
        n += 1
        return send(db, to, tmp_path / f"pkg{n}.zip")

    # round 1: both branches enrol; b's package arrives twice
    enrol_some(a, 3, class_code="KLS-A1", inst_code="LPK-A1")
    enrol_some(b, 2, class_code="KLS-B1", inst_code="LPK-B1")
    a1, b1 = out(a, "KWJT"), out(b, "KWJT")
    receive(reg, b1)
    assert receive(reg, b1).already_applied
    # round 2: a sends again before its first package arrived (late, out of order)
    enrol_some(a, 2, class_code="KLS-A2", inst_code="LPK-A2")
    a2 = out(a, "KWJT")
    with pytest.raises(PackageError) as gap:
        receive(reg, a2)
    assert gap.value.code == "package_gap"
    receive(reg, a1)
    receive(reg, a2)
    assert receive(reg, a1).already_applied
    # the region answers both (acks); a's answer arrives twice
    ra, rb = out(reg, "KRJ"), out(reg, "BIK")
    receive(a, ra)
    receive(a, ra)
    receive(b, rb)
    # round 3: edits on all sides; one member edited at the branch and the region
    with a.write() as s:
        m = s.execute(select(Member).order_by(Member.id)).scalars().first()
        m.phone = "0811-A"
        uuid = m.uuid
    with reg.write() as s:
        s.execute(select(Member).where(Member.uuid == uuid)).scalar_one().phone = "0899-R"
    enrol_some(b, 1, class_code="KLS-B2", inst_code="LPK-B2")
    b2, a3 = out(b, "KWJT"), out(a, "KWJT")
    receive(reg, a3)
    receive(reg, b2)
    receive(reg, b2)
    receive(a, out(reg, "KRJ"))
    receive(b, out(reg, "BIK"))
    # a fourth round with nothing new still applies cleanly
    receive(reg, out(a, "KWJT"))
    receive(reg, out(b, "KWJT"))

    ea, ma = _counts(a)
    eb, mb = _counts(b)
    er, mr = _counts(reg)
    assert (er, mr) == (ea + eb, ma + mb) == (8, 8)
    assert _counts(reg, "KRJ") == (ea, ma) and _counts(reg, "BIK") == (eb, mb)
    with reg.read() as s:
        used = dict(s.execute(select(BranchQuota.branch_code, BranchQuota.seats_used)).all())
        conflicts = s.execute(select(Conflict)).scalars().all()
    assert used == {"KRJ": 5, "BIK": 3}
    assert [(c.entity, c.field, c.local_value, c.remote_value) for c in conflicts] == [
        ("member", "phone", "0899-R", "0811-A")]
    st = {p.office_code: p for p in exchange.status(a)}
    assert st["KWJT"].last_acknowledged >= 3
    for db in (a, b, reg):
        db.dispose()


def test_cli_export_import_status(tmp_path: Path) -> None:
    a = make_office(f"sqlite:///{tmp_path / 'krj.sqlite3'}", "KRJ")
    reg = make_office(f"sqlite:///{tmp_path / 'kw.sqlite3'}", "KWJT", kind="regional")
    trust_each_other(a, reg)
    from sqlalchemy import update

    from vokasi_desktop.db.models import User
    from vokasi_desktop.services.auth import hash_password

    for db in (a, reg):  # the offices' administrator (made by make_office) gets a known password
        with db.write() as s:
            s.execute(update(User).where(User.username == "admin")
                      .values(password_hash=hash_password("rahasia-admin-1")))
    enrol_some(a, 1, class_code="KLS-A", inst_code="LPK-A")
    a.dispose()
    reg.dispose()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "vokasi_desktop", *args, "--user", "admin",
                               "--password-stdin"], input="rahasia-admin-1\n", text=True,
                              capture_output=True, timeout=120)

    pkg = tmp_path / "p.zip"
    r = cli("exchange", "export", "--to", "KWJT", "--out", str(pkg),
            "--db", str(tmp_path / "krj.sqlite3"))
    assert r.returncode == 0, r.stderr
    assert "Paket nomor 1 untuk KWJT" in r.stdout
    r = cli("exchange", "import", str(pkg), "--db", str(tmp_path / "kw.sqlite3"))
    assert r.returncode == 0 and "diterapkan" in r.stdout, r.stderr
    r = cli("exchange", "import", str(pkg), "--db", str(tmp_path / "kw.sqlite3"))
    assert r.returncode == 0 and "sudah diterapkan" in r.stdout
    bad = tmp_path / "bad.zip"
    bad.write_bytes(pkg.read_bytes()[:200])
    r = cli("exchange", "import", str(bad), "--db", str(tmp_path / "kw.sqlite3"))
    assert r.returncode == 5 and "Paket ditolak" in r.stderr and "Traceback" not in r.stderr
    r = cli("exchange", "status", "--db", str(tmp_path / "kw.sqlite3"))
    assert r.returncode == 0 and "KRJ" in r.stdout and "#1" in r.stdout
