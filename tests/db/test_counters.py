"""Several counters on one branch database: processes enrol and issue at the same time.

Two counter processes (each its own engine and connections, as two PCs on the branch LAN)
serve their own queue of walk-in workers at once: slip for every worker, enrolment in one of two
classes, letter for every enrolment. Afterwards no class and neither the branch's seats nor its
budget is overbooked, the quota counters equal the rows, and every document type's numbers are
exactly 1..n (no duplicate, no gap). Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from datetime import date

from sqlalchemy import func, select

from tests.conftest import both_backends
from tests.db.factories import (
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_user,
    setup_branch,
)
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.models import BranchQuota, DocumentRecord, Enrollment, TrainingClass
from vokasi_desktop.services import catalog

COUNTERS = 2
PER_COUNTER = int(os.environ.get("VOKASI_COUNTER_JOBS", "10"))
COST = 2_400_000
SEATS = 12
BUDGET = 11 * COST          # the budget binds before the seats
SMALL_CLASS = 5             # and this class binds before both


def _counter(url: str, name: str, jobs: list[tuple[int, int]],
             barrier: mp.synchronize.Barrier, results: mp.Queue) -> None:  # type: ignore[type-arg]
    from tests.db.factories import as_user
    from vokasi_desktop.services import documents
    from vokasi_desktop.services.enrolment import enrol
    from vokasi_desktop.services.errors import QuotaExhaustedError

    db = open_database(url)
    outcome: list[str] = []
    who = as_user(db, name, "clerk")  # each counter is a logged-in clerk
    try:
        barrier.wait(timeout=60)
        for n, (member_id, class_id) in enumerate(jobs):
            try:
                documents.issue_slip(db, member_id, who, None, on=TODAY)
                e = enrol(db, member_id, class_id, f"{name}-{n}", who, on_date=TODAY)
                documents.issue_letter(db, e.id, who, None, on=TODAY)
                outcome.append("enrolled")
            except QuotaExhaustedError:
                outcome.append("full")
            except Exception as exc:  # anything else reaching the clerk is a failure
                outcome.append(f"error: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()
        results.put(outcome)


@both_backends
def test_two_counters_never_overbook_and_never_skip_a_number(database: Database,
                                                             new_db_url: str) -> None:
    setup_branch(database, seats=SEATS, budget=BUDGET)
    inst = add_institution(database)
    small = add_class(database, inst, "KLS-KECIL", capacity=SMALL_CLASS,
                      cost_per_participant=COST)
    big = add_class(database, inst, "KLS-BESAR", capacity=30, cost_per_participant=COST,
                    start_date=date(2027, 3, 1), end_date=date(2027, 4, 2))
    members = [add_member(database) for _ in range(COUNTERS * PER_COUNTER)]
    database.dispose()  # no connection crosses the fork
    # Each counter sends its first workers to the small class, then to the big one.
    jobs = [[(members[c * PER_COUNTER + k], small if k < PER_COUNTER // 2 else big)
             for k in range(PER_COUNTER)] for c in range(COUNTERS)]
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(COUNTERS)
    results: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_counter, args=(new_db_url, f"loket{c + 1}", jobs[c], barrier,
                                                results)) for c in range(COUNTERS)]
    for p in procs:
        p.start()
    outcome = [o for _ in procs for o in results.get(timeout=300)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert not [o for o in outcome if o.startswith("error")], outcome
    with database.read() as s:
        live = s.execute(select(func.count(Enrollment.id), func.sum(Enrollment.cost)).where(
            Enrollment.status != "cancelled")).one()
        q = s.execute(select(BranchQuota)).scalar_one()
        per_class = dict(s.execute(select(Enrollment.class_id, func.count(Enrollment.id))
                                   .group_by(Enrollment.class_id)).all())
        seats_used = dict(s.execute(select(TrainingClass.id, TrainingClass.seats_used)).all())
        numbers = {t: sorted(s.execute(select(DocumentRecord.sequence).where(
            DocumentRecord.doc_type == t)).scalars()) for t in ("slip", "letter")}
        by_clerk = dict(s.execute(select(Enrollment.enrolled_by, func.count(Enrollment.id))
                                  .group_by(Enrollment.enrolled_by)).all())
    enrolled = outcome.count("enrolled")
    assert enrolled == live[0] == BUDGET // COST  # the budget was the limit: 11 of 20
    assert live[1] <= BUDGET and q.budget_used == live[1] and q.seats_used == live[0]
    assert per_class[small] == SMALL_CLASS == seats_used[small]
    assert per_class[big] == seats_used[big]
    assert numbers["slip"] == list(range(1, COUNTERS * PER_COUNTER + 1))
    assert numbers["letter"] == list(range(1, enrolled + 1))
    assert set(by_clerk) == {"loket1", "loket2"}  # both counters really worked


@both_backends
def test_one_counter_sees_the_other_after_refresh(database: Database, new_db_url: str) -> None:
    """Two counters = two engines on one database: counter 2's reads after counter 1's write
    (its "refresh") show the new enrolment, seat and quota use; nothing is cached across."""
    from vokasi_desktop.services import browse
    from vokasi_desktop.services.enrolment import enrol

    setup_branch(database, seats=10)
    inst = add_institution(database)
    class_id = add_class(database, inst)
    member = add_member(database)
    database.dispose()
    counter1, counter2 = open_database(new_db_url), open_database(new_db_url)
    try:
        before_class = catalog.get_class(counter2, class_id).seats_used
        before_quota = catalog.get_quota(counter2, 2027)
        enrol(counter1, member, class_id, "c1-1", as_user(counter1, "loket1", "clerk"),
              on_date=TODAY)
        assert catalog.get_class(counter2, class_id).seats_used == before_class + 1
        after_quota = catalog.get_quota(counter2, 2027)
        assert after_quota.seats_used == before_quota.seats_used + 1  # type: ignore[union-attr]
        assert browse.quota_status(counter2, 2027).seats_used == 1  # type: ignore[union-attr]
    finally:
        counter1.dispose()
        counter2.dispose()
