"""Kill soak (run by hand, not by pytest): hundreds of SIGKILLs during writes.

    python -m tests.benchmarks.bench_kill [--kills 100] [--pg URL] [--json out.json]

For each scenario (enrolment, single letters, class certificates, member import, demo) a child
process runs the workload and is killed with SIGKILL at a random moment; after every kill the
invariants of ``tests/killsoak.py`` are checked (integrity, counters = live enrolments, gap-free
document sequences, every published PDF registered with its hash, imports all-or-nothing, audit
chain and checkpoints, no commit the child saw lost). Prints one line per scenario and backend:
kills, runs that finished before the kill, commits seen, lost commits, violations.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.killsoak import build_world, demo_soak, describe, soak

DELAYS = {"enrol": 1.5, "letter": 2.0, "certificates": 2.5, "import": 2.0}


def _pg_database(admin: str) -> str:
    name = f"vokasi_kill_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="kills per scenario and backend")
    parser.add_argument("--pg", help="PostgreSQL admin URL: also run on PostgreSQL")
    parser.add_argument("--json", help="write the results as JSON here")
    args = parser.parse_args()
    rows = []
    work = Path(tempfile.mkdtemp(prefix="vokasi-kill-"))
    backends = [("sqlite", None)] + ([("postgresql", args.pg)] if args.pg else [])
    for backend, admin in backends:
        for scenario, delay in DELAYS.items():
            url = (f"sqlite:///{work / f'{backend}-{scenario}.sqlite3'}" if admin is None
                   else _pg_database(admin))
            build_world(url, members=max(60, args.kills * 2), cert_participants=12)
            if scenario == "letter":
                soak(url, "enrol", work / backend, kills=1, max_delay=60.0)
            t = time.perf_counter()
            report = soak(url, scenario, work / backend, kills=args.kills, max_delay=delay,
                          refill=True)
            rows.append({"backend": backend, "scenario": scenario, **describe(report),
                         "seconds": round(time.perf_counter() - t, 1),
                         "first_violations": report.violations[:3]})
            print(rows[-1], flush=True)
    t = time.perf_counter()
    (work / "demo").mkdir()
    report = demo_soak(work / "demo", kills=args.kills, min_delay=0.0, max_delay=0.8)
    rows.append({"backend": "sqlite", "scenario": "demo", **describe(report),
                 "seconds": round(time.perf_counter() - t, 1),
                 "first_violations": report.violations[:3]})
    print(rows[-1], flush=True)
    print(f"{'backend':<11}{'scenario':<14}{'kills':>6}{'finished':>9}{'commits':>9}"
          f"{'lost':>6}{'violations':>11}")
    for r in rows:
        print(f"{r['backend']:<11}{r['scenario']:<14}{r['kills']:>6}"
              f"{r['finished_before_kill']:>9}{r['commits_seen']:>9}{r['lost_commits']:>6}"
              f"{r['violations']:>11}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
