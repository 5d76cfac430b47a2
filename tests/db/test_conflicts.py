"""Conflicts page service and duplicate-NIK merge, on rows created directly (SQLite + PG)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import both_backends
from tests.db.factories import add_class, add_institution, add_member, as_role, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    AuditEntry,
    Conflict,
    ContributionPeriod,
    DuplicateCase,
    Enrollment,
    ExchangePackage,
    Member,
    MemberConsent,
)
from vokasi_desktop.domain.access import PermissionDenied
from vokasi_desktop.services import conflicts
from vokasi_desktop.services.enrolment import enrol
from vokasi_desktop.services.errors import ConflictError, NotFoundError, ValidationError


def _member(db: Database, member_id: int) -> Member:
    with db.read() as s:
        return s.get(Member, member_id)  # type: ignore[return-value]


def _conflict(db: Database, entity: str, entity_uuid: uuid.UUID, field: str, local: object,
              remote: object, peer: str = "BIK", seq: int = 3) -> int:
    with db.write() as s:
        pkg = s.execute(select(ExchangePackage).where(
            ExchangePackage.peer_branch == peer, ExchangePackage.sequence == seq)).scalar()
        if pkg is None:
            pkg = ExchangePackage(direction="in", peer_branch=peer, sequence=seq,
                                  status="applied")
            s.add(pkg)
            s.flush()
        c = Conflict(package_id=pkg.id, entity=entity, entity_uuid=entity_uuid, field=field,
                     local_value=local, remote_value=remote, status="open")
        s.add(c)
        s.flush()
        return c.id


def _audits(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


@both_backends
def test_list_shows_both_values_offices_and_no_full_nik(database: Database) -> None:
    setup_branch(database)
    mid = add_member(database, name="Rina Wulandari")
    m = _member(database, mid)
    _conflict(database, "member", m.uuid, "phone", "081234567890", "081298765432")
    _conflict(database, "member", m.uuid, "nik", m.nik, m.nik[:-1] + "9")
    rows = conflicts.list_conflicts(database, as_role(database, "supervisor"))
    assert [r.field for r in rows] == ["phone", "nik"]
    phone = rows[0]
    assert phone.record.startswith("Rina Wulandari (NIK ")
    assert (phone.local_value, phone.remote_value) == ("081234567890", "081298765432")
    assert (phone.local_office, phone.remote_office, phone.package) == ("KRJ", "BIK", "BIK #3")
    text = repr(rows)
    assert m.nik not in text and m.nik[:-1] + "9" not in text
    assert "*" in rows[1].local_value


@both_backends
def test_resolve_remote_applies_value_marks_resolved_and_audits(database: Database) -> None:
    setup_branch(database)
    mid = add_member(database)
    with database.write() as s:
        s.get(Member, mid).address = "Jl. Lama 1"  # type: ignore[union-attr]
    m = _member(database, mid)
    cid = _conflict(database, "member", m.uuid, "address", "Jl. Lama 1", "Jl. Baru 2")
    done = conflicts.resolve_conflict(database, as_role(database, "supervisor"), cid, "remote")
    assert (done.before, done.after) == ("Jl. Lama 1", "Jl. Baru 2")
    after = _member(database, mid)
    assert after.address == "Jl. Baru 2"
    assert after.version == m.version + 1
    with database.read() as s:
        c = s.get(Conflict, cid)
    assert c.status == "resolved" and c.resolved_by == "supervisor" and c.resolved_at
    entry = _audits(database, "conflict.resolve")[-1]
    assert entry.actor == "supervisor"
    assert entry.detail["choice"] == "remote" and entry.detail["field"] == "address"
    # Personal values are fingerprinted, never copied into the audit log.
    assert "Jl." not in str(entry.detail)
    assert entry.detail["before"] != entry.detail["after"]
    assert conflicts.list_conflicts(database, as_role(database, "supervisor")) == []
    # Resolving twice is refused and changes nothing.
    with pytest.raises(ConflictError, match="sudah diselesaikan oleh supervisor"):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), cid, "local")
    assert _member(database, mid).address == "Jl. Baru 2"


@both_backends
def test_resolve_local_keeps_value_and_typed_values_are_coerced(database: Database) -> None:
    setup_branch(database)
    inst = add_institution(database)
    class_id = add_class(database, inst)
    from vokasi_desktop.db.models import TrainingClass

    with database.read() as s:
        klass = s.get(TrainingClass, class_id)
    c1 = _conflict(database, "training_class", klass.uuid, "end_date", "2027-02-26",
                   "2027-03-05")
    c2 = _conflict(database, "training_class", klass.uuid, "title", klass.title, "Tata Busana")
    conflicts.resolve_conflict(database, as_role(database, "supervisor"), c1, "remote")
    conflicts.resolve_conflict(database, as_role(database, "supervisor"), c2, "local")
    with database.read() as s:
        klass2 = s.get(TrainingClass, class_id)
    assert klass2.end_date == date(2027, 3, 5)
    assert klass2.title == klass.title
    entry = _audits(database, "conflict.resolve")[0]
    assert entry.detail["before"] == "2027-02-26" and entry.detail["after"] == "2027-03-05"


@both_backends
def test_bad_conflicts_are_refused_without_writing(database: Database) -> None:
    setup_branch(database)
    mid = add_member(database)
    m = _member(database, mid)
    bad_type = _conflict(database, "member", m.uuid, "birth_date", "1990-05-17", "kemarin")
    protected = _conflict(database, "member", m.uuid, "origin_branch", "KRJ", "BIK")
    missing = _conflict(database, "member", uuid.uuid4(), "phone", "1", "2")
    inst = add_institution(database)
    class_id = add_class(database, inst)
    eid = enrol(database, mid, class_id, "r-1", as_role(database, "clerk"), on_date=date(2026, 11, 28)).id
    with database.read() as s:
        e = s.get(Enrollment, eid)
    seats = _conflict(database, "enrollment", e.uuid, "status", "enrolled", "cancelled")
    before = _member(database, mid)
    with pytest.raises(ValidationError, match="tidak sesuai jenisnya"):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), bad_type, "remote")
    with pytest.raises(ValidationError, match="identitas"):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), protected, "remote")
    with pytest.raises(NotFoundError):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), missing, "remote")
    with pytest.raises(ValidationError, match="halaman yang biasa"):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), seats, "remote")
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), bad_type, "both")
    with pytest.raises(NotFoundError):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), 99999, "local")
    after = _member(database, mid)
    assert (after.birth_date, after.origin_branch, after.version) == (
        before.birth_date, before.origin_branch, before.version)
    with database.read() as s:
        assert s.execute(select(func.count(Conflict.id)).where(
            Conflict.status == "open")).scalar_one() == 4
    # The enrolment conflict can still be closed by keeping this office's value.
    conflicts.resolve_conflict(database, as_role(database, "supervisor"), seats, "local")
    with database.read() as s:
        assert s.get(Enrollment, eid).status == "enrolled"


@both_backends
def test_clerk_may_not_list_or_resolve(database: Database) -> None:
    setup_branch(database)
    mid = add_member(database)
    cid = _conflict(database, "member", _member(database, mid).uuid, "phone", "1", "2")
    with pytest.raises(PermissionDenied):
        conflicts.list_conflicts(database, as_role(database, "clerk"))
    with pytest.raises(PermissionDenied):
        conflicts.resolve_conflict(database, as_role(database, "clerk"), cid, "remote")
    denied = _audits(database, "access.denied")
    # (authorize used to crash here: its "action" detail clashed with record()'s parameter)
    assert denied and denied[-1].actor == "petugas"
    assert denied[-1].detail["permission"] == "conflict.resolve"
    with database.read() as s:
        assert s.get(Conflict, cid).status == "open"


def _case(db: Database, nik: str, a: uuid.UUID, b: uuid.UUID) -> int:
    with db.write() as s:
        d = DuplicateCase(nik=nik, member_uuid_a=a, member_uuid_b=b, remote_data={},
                          office_a="KRJ",
                          office_b="BIK", status="open", note="")
        s.add(d)
        s.flush()
        return d.id


@both_backends
def test_merge_moves_enrolments_and_contributions_then_resolves(database: Database) -> None:
    setup_branch(database)
    inst = add_institution(database)
    k1, k2 = add_class(database, inst, "KLS-1"), add_class(
        database, inst, "KLS-2", start_date=date(2027, 4, 5), end_date=date(2027, 5, 28))
    a, b = add_member(database, name="Agus A"), add_member(database, name="Agus B")
    enrol(database, a, k1, "r-a", as_role(database, "clerk"), on_date=date(2026, 11, 28))
    eb = enrol(database, b, k2, "r-b", as_role(database, "clerk"), on_date=date(2026, 11, 28)).id
    ma, mb = _member(database, a), _member(database, b)
    # The case names the NIK of A (B's copy is held under the NIK the other office typed).
    cid = _case(database, ma.nik, ma.uuid, mb.uuid)
    listed = conflicts.list_duplicates(database, as_role(database, "supervisor"))
    assert len(listed) == 1 and ma.nik not in repr(listed)
    assert listed[0].member_a.enrolments == 1 and listed[0].member_b.name == "Agus B"
    result = conflicts.merge_duplicate(database, as_role(database, "supervisor"), cid, "a")
    assert (result.enrolments_moved, result.contributions_dropped) == (1, 1)
    with database.read() as s:
        assert s.get(Enrollment, eb).member_id == a
        assert s.execute(select(Member).where(Member.uuid == mb.uuid)).scalar() is None
        spans = s.execute(select(func.count(ContributionPeriod.id)).where(
            ContributionPeriod.member_id == a)).scalar_one()
        case = s.get(DuplicateCase, cid)
        # Both registrations' consent records stay, with the kept member.
        consents = s.execute(select(func.count(MemberConsent.id)).where(
            MemberConsent.member_id == a)).scalar_one()
    assert spans == 1
    assert consents == 2
    assert case.status == "resolved" and case.resolved_by == "supervisor"
    assert "peserta A (KRJ)" in case.note
    entry = _audits(database, "duplicate.merge")[-1]
    assert entry.detail["dropped"] == str(mb.uuid) and ma.nik not in str(entry.detail)
    assert conflicts.list_duplicates(database, as_role(database, "supervisor")) == []
    with pytest.raises(ConflictError):
        conflicts.merge_duplicate(database, as_role(database, "supervisor"), cid, "b")


@both_backends
def test_merge_refused_when_both_live_in_same_class(database: Database) -> None:
    setup_branch(database)
    inst = add_institution(database)
    k1 = add_class(database, inst, "KLS-1")
    a, b = add_member(database), add_member(database)
    enrol(database, a, k1, "r-a", as_role(database, "clerk"), on_date=date(2026, 11, 28))
    enrol(database, b, k1, "r-b", as_role(database, "clerk"), on_date=date(2026, 11, 28))
    ma, mb = _member(database, a), _member(database, b)
    cid = _case(database, ma.nik, ma.uuid, mb.uuid)
    with pytest.raises(ConflictError, match="KLS-1"):
        conflicts.merge_duplicate(database, as_role(database, "supervisor"), cid, "b")
    with database.read() as s:
        assert s.get(DuplicateCase, cid).status == "open"
        assert s.get(Member, a) is not None and s.get(Member, b) is not None


@both_backends
def test_keeping_the_remote_copy_that_is_not_here_adopts_its_uuid(database: Database) -> None:
    setup_branch(database)
    a = add_member(database)
    ma = _member(database, a)
    remote_uuid = uuid.uuid4()
    cid = _case(database, ma.nik, ma.uuid, remote_uuid)
    assert conflicts.list_duplicates(database, as_role(database, "supervisor"))[0].member_b.present is False
    conflicts.merge_duplicate(database, as_role(database, "supervisor"), cid, "b")
    assert _member(database, a).uuid == remote_uuid


@both_backends
def test_timestamps_must_carry_their_zone(database: Database) -> None:
    setup_branch(database)
    mid = add_member(database)
    m = _member(database, mid)
    naive = _conflict(database, "member", m.uuid, "verified_at", None, "2026-11-01T10:00:00")
    aware = _conflict(database, "member", m.uuid, "verified_at", None,
                      "2026-11-01T10:00:00+07:00")
    with pytest.raises(ValidationError, match="tidak sesuai jenisnya"):
        conflicts.resolve_conflict(database, as_role(database, "supervisor"), naive, "remote")
    conflicts.resolve_conflict(database, as_role(database, "supervisor"), aware, "remote")
    got = _member(database, mid).verified_at
    assert got is not None and got.hour == 3 and got.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
