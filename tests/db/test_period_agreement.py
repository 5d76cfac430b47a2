"""The enrolment list's date filter and the dashboard count the same local days.

In Western Indonesian Time (UTC+7) an enrolment at 00:30 on 1 February is stored as
31 January 17:30 UTC. The dashboard counted it in February (local days) but the enrolment
list's "this month" filter used UTC midnight and left it out; both now use
``domain.periods`` (issue 10 item 8).
"""

from __future__ import annotations

import os
import time as time_mod
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from tests.conftest import both_backends
from tests.db.factories import add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Enrollment
from vokasi_desktop.services import browse
from vokasi_desktop.services.browse import EnrollmentFilter
from vokasi_desktop.services.dashboard import Period, dashboard
from vokasi_desktop.services.enrolment import enrol


@pytest.fixture
def wib() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Jakarta"
    time_mod.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time_mod.tzset()


@both_backends
@pytest.mark.usefixtures("wib")
def test_enrolment_list_and_dashboard_agree_on_a_month(database: Database) -> None:
    setup_branch(database, year=2027)
    klass = add_class(database, add_institution(database))
    moments = {  # UTC instants: local 00:30 on 1 Feb, 23:30 on 28 Feb, 00:30 on 1 Mar
        "first_minutes": datetime(2027, 1, 31, 17, 30, tzinfo=UTC),
        "last_minutes": datetime(2027, 2, 28, 16, 30, tzinfo=UTC),
        "next_month": datetime(2027, 2, 28, 17, 30, tzinfo=UTC),
    }
    ids = {}
    for i, (name, at) in enumerate(moments.items()):
        e = enrol(database, add_member(database), klass, f"p-{i}", as_user(database, "petugas"),
                  on_date=date(2027, 1, 4))
        with database.write() as s:
            s.execute(update(Enrollment).where(Enrollment.id == e.id).values(enrolled_at=at))
        ids[name] = e.id
    february = Period.month(2027, 2)
    listed = set(browse.enrollment_ids(database, EnrollmentFilter(
        enrolled_from=february.date_from, enrolled_to=february.date_to)))
    assert listed == {ids["first_minutes"], ids["last_minutes"]}
    assert dashboard(database, february, today=date(2027, 3, 17)).enrolments == len(listed)
