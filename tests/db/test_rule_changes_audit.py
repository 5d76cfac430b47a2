"""Region restrictions (PSBB) and rule sets: allowed roles only, a reason, before/after audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import both_backends
from tests.db.factories import as_role, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, RegionRestriction, RuleSet
from vokasi_desktop.domain.access import PermissionDenied
from vokasi_desktop.services import catalog, rule_sets
from vokasi_desktop.services.enrolment import ensure_rule_sets, list_rule_sets
from vokasi_desktop.services.errors import ValidationError


def _entries(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.seq)).scalars())


@both_backends
def test_restriction_add_and_change_need_a_reason_and_record_before_after(
        database: Database) -> None:
    setup_branch(database)
    head = as_role(database, "head")
    with pytest.raises(ValidationError) as info:
        catalog.add_region_restriction(database, "35", date(2027, 1, 1), date(2027, 1, 31), head)
    assert info.value.code == "reason_required"
    view = catalog.add_region_restriction(database, "35", date(2027, 1, 1), date(2027, 1, 31),
                                          head, reason="Pergub Jatim 12/2027")
    added = _entries(database, "restriction.add")[-1]
    assert added.actor == "kepala"
    assert added.detail["reason"] == "Pergub Jatim 12/2027"
    assert added.detail["after"]["date_to"] == "2027-01-31"

    supervisor = as_role(database, "supervisor")
    with pytest.raises(PermissionDenied):
        catalog.update_region_restriction(database, view.id, supervisor, date_to=date(2027, 2, 28),
                                          reason="diperpanjang")
    with pytest.raises(ValidationError) as info:
        catalog.update_region_restriction(database, view.id, head, date_to=date(2027, 2, 28),
                                          reason=" ")
    assert info.value.code == "reason_required"
    with pytest.raises(ValidationError):
        catalog.update_region_restriction(database, view.id, head, date_to=date(2026, 12, 1),
                                          reason="salah ketik")
    changed = catalog.update_region_restriction(database, view.id, head, date_to=date(2027, 2, 28),
                                                level="PPKM", reason="Diperpanjang Pergub 13")
    assert (changed.date_to, changed.level) == (date(2027, 2, 28), "PPKM")
    entry = _entries(database, "restriction.update")[-1]
    assert entry.actor == "kepala" and entry.detail["reason"] == "Diperpanjang Pergub 13"
    assert entry.detail["changes"] == {"date_to": ["2027-01-31", "2027-02-28"],
                                       "level": ["PSBB", "PPKM"]}
    with database.read() as s:
        row = s.get(RegionRestriction, view.id)
        assert row is not None and row.date_to == date(2027, 2, 28)


@both_backends
def test_rule_set_changes_by_head_only_with_reason_and_before_after(database: Database) -> None:
    setup_branch(database)
    ensure_rule_sets(database)
    current = list_rule_sets(database)[-1]
    new = replace(current, version=current.version + 1, effective_from=date(2027, 1, 1),
                  age_max=55, name=current.name + " (revisi)")
    for role in ("clerk", "supervisor", "admin", "auditor"):
        with pytest.raises(PermissionDenied):
            rule_sets.save_rule_set(database, new, as_role(database, role), reason="revisi")
    head = as_role(database, "head")
    with pytest.raises(ValidationError) as info:
        rule_sets.save_rule_set(database, new, head, reason="")
    assert info.value.code == "reason_required"
    with database.read() as s:
        before_rows = s.execute(select(func.count(RuleSet.id))).scalar_one()
    rule_sets.save_rule_set(database, new, head, reason="Permenaker 2027: usia maksimum 55")
    with database.read() as s:
        assert s.execute(select(func.count(RuleSet.id))).scalar_one() == before_rows + 1
    entry = _entries(database, "rule_set.save")[-1]
    assert entry.actor == "kepala"
    assert entry.detail["reason"] == "Permenaker 2027: usia maksimum 55"
    assert entry.detail["code"] == new.code and entry.detail["version"] == new.version
    assert entry.detail["changes"]["age_max"] == [current.age_max, 55]
    assert entry.detail["changes"]["version"] == [current.version, new.version]
    # Editing the stored version in place: the change (only) is recorded.
    rule_sets.save_rule_set(database, replace(new, age_max=56), head, reason="ralat")
    again = _entries(database, "rule_set.save")[-1]
    assert again.detail["changes"] == {"age_max": [55, 56]}
    assert max(r.version for r in list_rule_sets(database) if r.code == new.code) == new.version


def test_a_rule_set_version_used_by_an_enrolment_cannot_be_edited(database: Database) -> None:
    from tests.db.factories import TODAY, add_class, add_institution, add_member
    from vokasi_desktop.db.models import Enrollment
    from vokasi_desktop.services.enrolment import enrol
    from vokasi_desktop.services.errors import ConflictError

    setup_branch(database)
    ensure_rule_sets(database)
    enrol(database, add_member(database), add_class(database, add_institution(database)), "r-1",
          as_role(database, "clerk"), on_date=TODAY)
    with database.read() as s:
        code, version = s.execute(select(Enrollment.rule_set_code, Enrollment.rule_set_version)
                                  ).one()
    used = next(r for r in list_rule_sets(database) if (r.code, r.version) == (code, version))
    with pytest.raises(ConflictError) as info:
        rule_sets.save_rule_set(database, replace(used, age_max=40), as_role(database, "head"),
                                reason="ralat")
    assert info.value.code == "rule_set_in_use"
    assert next(r for r in list_rule_sets(database)
                if (r.code, r.version) == (code, version)).age_max == used.age_max
    assert _entries(database, "rule_set.save") == []
