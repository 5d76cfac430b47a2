"""Bad input and bad moments: identity re-check, lock errors, text hygiene (defects 10-12)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Enrollment, Member
from vokasi_desktop.services.enrolment import NotEligibleError, check_eligibility, enrol


@both_backends
def test_invalid_stored_nik_is_not_eligible(database: Database) -> None:
    """A NIK written around the services (import, manual fix) is re-validated on use."""
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database)
    with database.write() as s:  # province 99 does not exist
        s.execute(update(Member).where(Member.id == member_id).values(nik="9901011201900001"))
    check = check_eligibility(database, member_id, class_id, TODAY)
    assert check.verdict == "not_eligible"
    assert [o.rule_id for o in check.result.blocking] == ["identity.nik"]
    assert "NIK" in check.result.blocking[0].message
    assert "9901011201900001" not in check.result.blocking[0].message
    with pytest.raises(NotEligibleError) as info:
        enrol(database, member_id, class_id, "req-nik", "petugas", on_date=TODAY)
    assert "NIK" in str(info.value)
    with database.read() as s:
        assert s.execute(select(Enrollment)).first() is None


def test_write_while_another_writer_holds_the_lock_says_so(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: a writer that cannot get the lock gets an Indonesian ServiceError, not
    "database is locked" from the driver."""
    import sqlite3

    from vokasi_desktop.db import engine as engine_mod
    from vokasi_desktop.services.errors import DatabaseBusyError, ServiceError

    if not database.is_sqlite:
        pytest.skip("SQLite writer lock")
    setup_branch(database)
    monkeypatch.setattr(engine_mod, "SQLITE_BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(database.url.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(ServiceError) as info:
            add_institution(database, code="LPK-LOCK")
        assert isinstance(info.value, DatabaseBusyError)
        assert "mohon tunggu" in str(info.value)
        assert "locked" not in str(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    add_institution(database, code="LPK-LOCK")  # works again once the lock is gone
