"""One meaning of a licence on a day, for the screens, the browse filter and the engine.

Issue 10 item 9: a licence with a number and no expiry date was "missing" on the institution
page and in the class dialog but valid ("tanpa batas waktu") in the eligibility engine. The
import template says "Kosongkan bila izin tidak berbatas waktu": an empty expiry means the
licence does not expire. Everything now asks ``domain.licence.licence_state``.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_eligibility import check, institution, klass
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.services import browse, catalog

ON = date(2026, 11, 28)
NUMBER = "503/123/436.7.1/2020"


def test_a_licence_without_expiry_is_valid_on_screens_as_in_the_engine() -> None:
    engine = check(i=institution(licence_number=NUMBER, licence_expires=None),
                   k=klass()).outcome_of("institution.licence")
    assert engine.outcome == "pass"
    assert "tanpa batas waktu" in engine.message
    assert browse.licence_state(NUMBER, None, None, ON) == "valid"  # the institution page
    view = catalog.InstitutionView(code="LPK-1", name="LPK", type="LPK", region_code="3578",
                                   licence_number=NUMBER)
    assert view.licence_status(ON) == "valid"  # the class dialog


def test_domain_function() -> None:
    from vokasi_desktop.domain.licence import licence_state

    assert licence_state(None, None, None, ON) == "missing"
    assert licence_state("  ", None, date(2030, 1, 1), ON) == "missing"
    assert licence_state(NUMBER, None, None, ON) == "valid"
    assert licence_state(NUMBER, date(2026, 11, 29), None, ON) == "not_yet"
    assert licence_state(NUMBER, ON, None, ON) == "valid"  # in force from its issue day
    assert licence_state(NUMBER, None, date(2026, 11, 27), ON) == "expired"
    assert licence_state(NUMBER, None, ON, ON) == "expiring"  # valid through its last day
    assert licence_state(NUMBER, None, date(2027, 1, 27), ON) == "expiring"  # 60 days
    assert licence_state(NUMBER, None, date(2027, 1, 28), ON) == "valid"
    assert licence_state(NUMBER, None, date(2027, 1, 28), ON, warning_days=90) == "expiring"


@pytest.mark.parametrize("issued,expires", [
    (None, None), (date(2020, 1, 1), None), (None, date(2020, 8, 2)), (None, date(2020, 8, 3)),
    (date(2020, 8, 4), None), (date(2020, 8, 3), date(2021, 1, 1)),
])
def test_engine_refuses_exactly_what_the_state_calls_unusable(
        issued: date | None, expires: date | None) -> None:
    """On the class start, the engine fails the licence iff the state is not in force."""
    from vokasi_desktop.domain.licence import USABLE_STATES, licence_state

    k = klass()
    engine = check(i=institution(licence_issued=issued, licence_expires=expires),
                   k=k).outcome_of("institution.licence")
    state = licence_state("563/123/436.6.15/2019", issued, expires, k.start_date)
    assert state in vocabulary.LICENCE_STATES
    assert (engine.outcome == "fail") == (state not in USABLE_STATES), (state, engine)
