"""Race: 8 processes enrol different members into the last 10 seats at once, 20 rounds.

Every round must end with exactly 10 enrolments, quota counters equal to the enrolment count,
and no "database is locked" (or any other database error) reaching the caller. The same
member sent from two processes at once enrols once.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from datetime import date

import pytest
from sqlalchemy import func, select, update

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.models import BranchQuota, Enrollment, TrainingClass

WORKERS = 8
ROUNDS = int(os.environ.get("VOKASI_RACE_ROUNDS", "20"))
SEATS_LEFT = 10
PER_WORKER = 2  # 16 attempts on 10 seats


def _worker(url: str, barrier: mp.synchronize.Barrier, jobs: list[tuple[int, int, str]],
            results: mp.Queue) -> None:  # type: ignore[type-arg]
    from vokasi_desktop.services.enrolment import NotEligibleError, enrol
    from vokasi_desktop.services.errors import ConflictError, QuotaExhaustedError

    db = open_database(url)
    outcome = []
    try:
        barrier.wait(timeout=60)
        for member_id, class_id, request_id in jobs:
            try:
                enrol(db, member_id, class_id, request_id, as_user(db, "petugas"), on_date=TODAY)
                outcome.append("ok")
            except QuotaExhaustedError:
                outcome.append("full")
            except (NotEligibleError, ConflictError):
                outcome.append("refused")
            except Exception as exc:  # anything else reaching the user is a failure
                outcome.append(f"error: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()
        results.put(outcome)


def _run_round(url: str, jobs_per_worker: list[list[tuple[int, int, str]]]) -> list[str]:
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(len(jobs_per_worker))
    results: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_worker, args=(url, barrier, jobs, results))
             for jobs in jobs_per_worker]
    for p in procs:
        p.start()
    collected: list[str] = []
    for _ in procs:
        collected.extend(results.get(timeout=120))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return collected


def _set_last_seats(db: Database, left: int) -> None:
    with db.write() as s:
        q = s.execute(select(BranchQuota)).scalar_one()
        s.execute(update(BranchQuota).where(BranchQuota.id == q.id)
                  .values(seats=q.seats_used + left))


@both_backends
@pytest.mark.slow
def test_last_ten_seats_never_overbook(database: Database, new_db_url: str) -> None:
    setup_branch(database, seats=SEATS_LEFT)
    inst = add_institution(database)
    pool = [add_member(database) for _ in range(WORKERS * PER_WORKER)]
    database.dispose()  # no connection crosses the fork
    for round_no in range(ROUNDS):
        class_id = add_class(database, inst, f"RACE-{round_no}", capacity=50,
                             start_date=date(2027, 1, 4), end_date=date(2027, 1, 8))
        _set_last_seats(database, SEATS_LEFT)
        # Each worker gets different members; members enrol once per class (new class each
        # round, same dates: so a member enrolled in an earlier round would overlap; cancel
        # those first to free the members and the seats' history stays counted).
        if round_no:
            with database.write() as s:
                s.execute(update(Enrollment).where(Enrollment.status == "enrolled")
                          .values(status="completed"))
        jobs = [[(pool[w * PER_WORKER + k], class_id, f"r{round_no}-w{w}-k{k}")
                 for k in range(PER_WORKER)] for w in range(WORKERS)]
        database.dispose()
        outcome = _run_round(new_db_url, jobs)
        errors = [o for o in outcome if o.startswith("error")]
        assert not errors, errors
        with database.read() as s:
            made = s.execute(select(func.count(Enrollment.id)).where(
                Enrollment.class_id == class_id)).scalar_one()
            q = s.execute(select(BranchQuota)).scalar_one()
            live = s.execute(select(func.count(Enrollment.id), func.sum(Enrollment.cost))
                             .where(Enrollment.status != "cancelled")).one()
            seats_used = s.execute(select(TrainingClass.seats_used).where(
                TrainingClass.id == class_id)).scalar_one()
        assert made == SEATS_LEFT, (round_no, outcome)
        assert outcome.count("ok") == SEATS_LEFT
        assert seats_used == SEATS_LEFT
        assert (q.seats_used, q.budget_used) == (live[0], live[1])
        assert q.seats_used == q.seats


@both_backends
def test_same_member_from_two_processes_enrols_once(database: Database, new_db_url: str) -> None:
    setup_branch(database)
    inst = add_institution(database)
    class_id = add_class(database, inst)
    other_class = add_class(database, inst, "KLS-2")
    member = add_member(database)
    database.dispose()
    jobs = [[(member, class_id, "same-request")], [(member, class_id, "same-request")],
            [(member, class_id, "other-request")], [(member, other_class, "third-request")]]
    outcome = _run_round(new_db_url, jobs)
    assert not [o for o in outcome if o.startswith("error")], outcome
    with database.read() as s:
        live = s.execute(select(func.count(Enrollment.id)).where(
            Enrollment.member_id == member, Enrollment.status != "cancelled")).scalar_one()
        q = s.execute(select(BranchQuota)).scalar_one()
    assert live == 1
    assert q.seats_used == 1
