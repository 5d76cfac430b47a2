"""Benchmark: check_eligibility on a branch-scale database (run by hand, not by pytest).

    python tests/benchmarks/bench_check.py --db /tmp/big.sqlite3 [--samples 200]

Make the database with ``vokasi-desktop demo --members 1000000 --db /tmp/big.sqlite3``.
Prints medians for: the bare-SQL floor (look a member up by NIK with sqlite3/psycopg and read
their contribution rows), find_member (by NIK), check_eligibility without a class, and with an
open class; and the ratio of each to the floor, measured in the same run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import date

from sqlalchemy import select, text

from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.models import Member, TrainingClass
from vokasi_desktop.services.enrolment import check_eligibility
from vokasi_desktop.services.members import find_member


def timed(fn: Callable[[], object], samples: list[float]) -> None:
    t = time.perf_counter()
    fn()
    samples.append((time.perf_counter() - t) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    db = open_database(args.db)
    rng = random.Random(1)
    with db.read() as s:
        max_id = s.execute(text("SELECT max(id) FROM member")).scalar_one()
        ids = [rng.randint(1, max_id) for _ in range(args.samples)]
        niks = dict(s.execute(select(Member.id, Member.nik).where(Member.id.in_(ids))).all())
        class_ids = s.execute(select(TrainingClass.id).where(TrainingClass.status == "open")
                              .limit(20)).scalars().all()
    raw = db.engine.raw_connection()
    floor: list[float] = []
    find: list[float] = []
    member_only: list[float] = []
    with_class: list[float] = []
    today = date.today()
    for i, member_id in enumerate(ids):
        nik = niks[member_id]

        def bare(nik: str = nik) -> None:
            cur = raw.cursor()
            cur.execute("SELECT id FROM member WHERE nik = ?" if db.is_sqlite else
                        "SELECT id FROM member WHERE nik = %s", (nik,))
            mid = cur.fetchone()[0]
            cur.execute("SELECT month_from, month_to FROM contribution_period WHERE member_id = ?"
                        if db.is_sqlite else
                        "SELECT month_from, month_to FROM contribution_period WHERE member_id = %s",
                        (mid,))
            cur.fetchall()
            cur.close()

        timed(bare, floor)
        timed(lambda nik=nik: find_member(db, nik), find)
        timed(lambda m=member_id: check_eligibility(db, m, None, today), member_only)
        cid = class_ids[i % len(class_ids)]
        timed(lambda m=member_id, c=cid: check_eligibility(db, m, c, today), with_class)
    raw.close()
    base = statistics.median(floor)
    print(f"database: {db.description}, members: {max_id:,}, samples: {len(ids)}")
    for name, values in (("bare SQL floor (NIK lookup + contributions)", floor),
                         ("find_member(NIK)", find),
                         ("check_eligibility(member only)", member_only),
                         ("check_eligibility(member, class)", with_class)):
        med = statistics.median(values)
        p95 = sorted(values)[int(len(values) * 0.95) - 1]
        print(f"{name:<46} median {med:8.2f} ms  p95 {p95:8.2f} ms  x{med / base:6.1f} floor")
    bench_eligible_classes(args.db)


def bench_eligible_classes(db_url: str, samples: int = 20) -> None:
    """Median of eligible_classes (the counter's class list) for random members."""
    from vokasi_desktop.services.enrolment import eligible_classes

    db = open_database(db_url)
    rng = random.Random(2)
    with db.read() as s:
        max_id = s.execute(text("SELECT max(id) FROM member")).scalar_one()
    values: list[float] = []
    for _ in range(samples):
        timed(lambda: eligible_classes(db, rng.randint(1, max_id)), values)
    print(f"{'eligible_classes(member)':<46} median {statistics.median(values):8.2f} ms")


if __name__ == "__main__":
    main()
