"""Dashboard figures on a big database: time to compute every aggregate.

Run by hand (not part of the test run)::

    vokasi-desktop demo --members 1000000 --db /tmp/big.sqlite3      # ~5 minutes
    python tests/benchmarks/bench_dashboard.py /tmp/big.sqlite3 --enrolments 100000

The demo makes about 5,000 enrolments; ``--enrolments N`` first bulk-inserts enrolments
(random members, classes, statuses and dates over the last 18 months, ``request_id``
``bench-*``) until the database holds N, in one transaction. That writes to the file given: use
a copy you can throw away. Works on a PostgreSQL URL too.

Prints the median (and the first, colder run) of :func:`services.dashboard.dashboard` for
"this year" and "this month", and of the monthly report workbook and PDF.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.db.models import ENROLLMENT_STATUSES, Enrollment, Member, TrainingClass
from vokasi_desktop.services.dashboard import Period, dashboard, write_monthly_report


def add_enrolments(db: Database, target: int, seed: int = 7) -> int:
    """Bulk-insert enrolments until the table holds ``target`` rows; returns rows added."""
    rng = random.Random(seed)
    with db.read() as s:
        have = s.execute(select(func.count(Enrollment.id))).scalar_one()
        max_member = s.execute(select(func.max(Member.id))).scalar_one()
        classes = s.execute(select(TrainingClass.id, TrainingClass.cost_per_participant)).all()
        used = {(m, c) for m, c in s.execute(select(Enrollment.member_id, Enrollment.class_id))}
    missing = target - have
    if missing <= 0:
        return 0
    now = datetime.now(UTC)
    weights = (30, 15, 35, 8, 12)
    with db.write() as s:
        batch: list[dict[str, object]] = []
        for n in range(missing):
            while True:  # one enrolment per member and class (a UNIQUE constraint)
                class_id, cost = rng.choice(classes)
                member_id = rng.randrange(1, max_member + 1)
                if (member_id, class_id) not in used:
                    used.add((member_id, class_id))
                    break
            at = now - timedelta(minutes=rng.randrange(0, 60 * 24 * 540))
            batch.append(dict(
                uuid=uuid.uuid4(), origin_branch="KRJ", created_at=at, updated_at=at, version=1,
                request_id=f"bench-{have + n}", member_id=member_id,
                class_id=class_id, status=rng.choices(ENROLLMENT_STATUSES, weights)[0],
                cost=cost, rule_set_code="bench", rule_set_version=1, verdict="eligible",
                eligibility={}, override_reason="", enrolled_by="bench", enrolled_at=at,
                status_changed_at=at, status_reason="", result=""))
            if len(batch) == 10_000:
                s.execute(insert(Enrollment), batch)
                batch.clear()
        if batch:
            s.execute(insert(Enrollment), batch)
    return missing


def timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return runs[0], statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="SQLite file or database URL (written to with --enrolments)")
    parser.add_argument("--enrolments", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    db = open_database(url)
    upgrade_database(db.engine)
    if args.enrolments:
        started = time.perf_counter()
        added = add_enrolments(db, args.enrolments)
        print(f"added {added} enrolments in {time.perf_counter() - started:.1f} s")
    with db.read() as s:
        members = s.execute(select(func.count(Member.id))).scalar_one()
        enrolments = s.execute(select(func.count(Enrollment.id))).scalar_one()
    print(f"{members} members, {enrolments} enrolments")
    today = date.today()
    for name, period in (("this year", Period(date(today.year, 1, 1), today)),
                         ("this month", Period(today.replace(day=1), today)),
                         ("last 365 days", Period(today - timedelta(days=364), today))):
        first, median = timed(lambda p=period: dashboard(db, p, today=today), args.repeat)
        print(f"dashboard {name:14s} first {first * 1000:7.1f} ms  median {median * 1000:7.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".xlsx", ".pdf"):
            path = Path(folder) / f"m{suffix}"
            first, median = timed(lambda p=path: write_monthly_report(
                db, today.year, today.month, p, today=today), 3)
            print(f"monthly report {suffix:5s} first {first * 1000:7.1f} ms  "
                  f"median {median * 1000:7.1f} ms")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
