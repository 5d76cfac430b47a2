"""Settings use cases: branch quota messages, branch profile edits, logo, numbering."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.conftest import both_backends
from tests.db.factories import as_role, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import BranchQuota
from vokasi_desktop.services import catalog
from vokasi_desktop.services.errors import ValidationError


@both_backends
def test_quota_below_used_message_keeps_the_comma(database: Database) -> None:
    setup_branch(database, seats=10, budget=10_000_000)
    with database.write() as session:
        session.execute(update(BranchQuota).values(seats_used=2, budget_used=4_800_000))
    with pytest.raises(ValidationError) as info:
        catalog.set_branch_quota(database, 2027, "KRJ", 1, 10_000_000, as_role(database, "head"))
    assert info.value.code == "quota_below_used"
    assert "(2 kursi, Rp4.800.000)" in str(info.value)
