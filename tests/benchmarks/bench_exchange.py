"""Export and import time of one package: N members, M enrolments (run by hand).

    .venv/bin/python tests/benchmarks/bench_exchange.py [members] [enrolments]

Members are inserted directly (bulk) at a branch SQLite database; the package goes to a
regional SQLite database (set VOKASI_BENCH_PG_URL for PostgreSQL).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.db import factories
from tests.db.exchange_world import ADMIN, make_office, trust_each_other
from vokasi_desktop.db.models import Enrollment, Member
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services import exchange


def main() -> None:
    n_members = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    n_enrol = int(sys.argv[2]) if len(sys.argv) > 2 else 25_000
    tmp = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    os.environ["VOKASI_DATA_DIR"] = str(tmp / "data")
    a = make_office(f"sqlite:///{tmp / 'krj.sqlite3'}", "KRJ", seats=n_enrol + 10)
    reg = make_office(os.environ.get("VOKASI_BENCH_PG_URL") or f"sqlite:///{tmp / 'kw.sqlite3'}",
                      "KWJT", kind="regional")
    trust_each_other(a, reg)
    inst = factories.add_institution(a, "LPK-B")
    classes = [factories.add_class(a, inst, f"KLS-{i}", capacity=100) for i in
               range(n_enrol // 100 + 1)]
    now = datetime.now(UTC)
    t0 = time.perf_counter()
    with a.write() as s:
        rows = []
        for i in range(n_members):
            birth = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
            rows.append(dict(uuid=uuid.uuid4(), origin_branch="KRJ", created_at=now,
                             updated_at=now, version=1,
                             nik=encode_nik(f"{3501 + i // 9999 % 70:04d}01", birth, "L",
                                            i % 9999 + 1),
                             name=f"Peserta {i}", name_norm=f"PESERTA {i}", birth_date=birth,
                             sex="L", region_code="3578", segment="PU",
                             employment_status="laid_off", membership_status="active"))
        s.execute(insert(Member), rows)
        ids = list(s.execute(select(Member.id).order_by(Member.id)).scalars())
        s.execute(insert(Enrollment), [
            dict(uuid=uuid.uuid4(), origin_branch="KRJ", created_at=now, updated_at=now,
                 version=1, request_id=f"r{i}", member_id=ids[i], class_id=classes[i // 100],
                 status="enrolled", cost=1, rule_set_code="X", rule_set_version=1,
                 verdict="eligible", eligibility={}, enrolled_by="bench", enrolled_at=now)
            for i in range(n_enrol)])
    print(f"setup {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    r = exchange.export_package(a, ADMIN, "KWJT", tmp / "p.zip")
    t_exp = time.perf_counter() - t0
    print(f"export {n_members} members + {n_enrol} enrolments: {t_exp:.1f} s, "
          f"{r.bytes / 1e6:.1f} MB")
    t0 = time.perf_counter()
    res = exchange.import_package(reg, ADMIN, tmp / "p.zip")
    print(f"import: {time.perf_counter() - t0:.1f} s ({res.applied} applied)")
    t0 = time.perf_counter()
    res = exchange.import_package(reg, ADMIN, tmp / "p.zip")
    print(f"same package again: {time.perf_counter() - t0:.1f} s (already applied)")


if __name__ == "__main__":
    main()
