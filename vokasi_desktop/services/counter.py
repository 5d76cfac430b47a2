"""Today at the counter: who was served, what happened, so a clerk can reprint or continue.

The list is built from what the database already records, plus one audit entry per lookup:

- ``counter.lookup`` (written by :func:`record_lookup` when the counter shows a member): the
  verdict and the ids of the rules that refused or need a supervisor (no personal data);
- ``member.register`` / ``member.verify`` audit entries;
- enrolments made today (``Enrollment.enrolled_at``/``enrolled_by``) and slips and letters
  issued today (``DocumentRecord.issued_at``/``issued_by``).

One row per member, the most recent first. "Today" is the local calendar day of ``on``; the
timestamps in the database are UTC. The list is per clerk (``actor``): on a shared PostgreSQL
database every counter sees its own customers.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, DocumentRecord, Enrollment, Member, TrainingClass
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.eligibility import EligibilityResult
from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize

LOOKUP_ACTION = "counter.lookup"
MEMBER_ACTIONS = (LOOKUP_ACTION, "member.register", "member.verify")
MAX_ROWS = 500


@dataclass(frozen=True)
class TodayEntry:
    """One worker served today.

    Attributes:
        member_id / name / nik_masked: who (the NIK masked).
        last_at: the latest activity (UTC).
        verdict: the verdict of the latest lookup (``eligible``, ``not_eligible``…), or None.
        reasons: ids of the rules that refused the worker (or need a supervisor) at that lookup.
        registered / verified: the worker was registered / the membership verified today.
        slip_numbers / letter_numbers: eligibility slips and enrolment letters issued today.
        enrollment_id / class_code: the enrolment made today (the latest), if any.
    """

    member_id: int
    name: str
    nik_masked: str
    last_at: datetime
    verdict: str | None = None
    reasons: tuple[str, ...] = ()
    registered: bool = False
    verified: bool = False
    slip_numbers: tuple[str, ...] = ()
    letter_numbers: tuple[str, ...] = ()
    enrollment_id: int | None = None
    class_code: str | None = None

    @property
    def enrolled(self) -> bool:
        return self.enrollment_id is not None


@dataclass
class _Builder:
    member_id: int
    last_at: datetime
    verdict: str | None = None
    verdict_at: datetime | None = None
    reasons: tuple[str, ...] = ()
    registered: bool = False
    verified: bool = False
    slips: list[str] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)
    enrollment_id: int | None = None
    class_code: str | None = None
    enrolled_at: datetime | None = None

    def touch(self, at: datetime) -> None:
        self.last_at = max(self.last_at, at)


def day_bounds(on: date) -> tuple[datetime, datetime]:
    """The local calendar day ``on`` as a UTC interval ``[start, end)``."""
    start = datetime.combine(on, time.min).astimezone()  # local midnight, with its offset
    end = datetime.combine(on + timedelta(days=1), time.min).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)


def blocking_rule_ids(result: EligibilityResult) -> tuple[str, ...]:
    """The rules that refuse the worker, or need a supervisor's approval."""
    return tuple(o.rule_id for o in result.outcomes if o.outcome == "fail" and not o.overridden)


def record_lookup(db: Database, member_id: int, principal: Principal, result: EligibilityResult,
                  class_code: str | None = None) -> None:
    """Note that the counter showed this member and what the check said (one audit entry).

    Harmless to repeat; a lookup that is never recorded only leaves it out of the list.
    """
    authorize(db, principal, Action.ELIGIBILITY_CHECK)
    actor = principal.username
    with db.write() as session:
        member_uuid = session.execute(
            select(Member.uuid).where(Member.id == member_id)).scalar_one_or_none()
        if member_uuid is None:
            return
        audit.record(session, actor, LOOKUP_ACTION, "member", member_uuid,
                     verdict=result.verdict, reasons=list(blocking_rule_ids(result)),
                     class_code=class_code)


def _uuids(values: Iterable[str | None]) -> list[uuid_mod.UUID]:
    found = []
    for value in values:
        try:
            found.append(uuid_mod.UUID(str(value)))
        except ValueError:
            continue
    return found


def today_activity(db: Database, principal: Principal, on: date | None = None) -> list[TodayEntry]:
    """The workers ``actor`` served on the local day ``on``, most recent first.

    ``on`` defaults to the computer's local date: the timestamps compared with it are the
    real times the database recorded (not the app's business date).
    """
    authorize(db, principal, Action.MEMBER_VIEW)
    actor = principal.username
    start, end = day_bounds(on or db.clock.today())
    rows: dict[int, _Builder] = {}

    def builder(member_id: int, at: datetime) -> _Builder:
        b = rows.get(member_id)
        if b is None:
            b = rows[member_id] = _Builder(member_id, at)
        b.touch(at)
        return b

    with db.read() as session:
        entries = session.execute(
            select(AuditEntry.at, AuditEntry.action, AuditEntry.entity_uuid, AuditEntry.detail)
            .where(AuditEntry.at >= start, AuditEntry.at < end, AuditEntry.actor == actor,
                   AuditEntry.entity == "member", AuditEntry.action.in_(MEMBER_ACTIONS))
            .order_by(AuditEntry.id)).all()
        ids_by_uuid: dict[str, int] = {}
        wanted = _uuids({e.entity_uuid for e in entries})
        for chunk in range(0, len(wanted), 500):
            for member_id, member_uuid in session.execute(
                    select(Member.id, Member.uuid).where(
                        Member.uuid.in_(wanted[chunk:chunk + 500]))):
                ids_by_uuid[str(member_uuid)] = member_id
        for e in entries:
            member_id = ids_by_uuid.get(str(e.entity_uuid))
            if member_id is None:
                continue
            b = builder(member_id, e.at)
            detail = e.detail or {}
            if e.action == LOOKUP_ACTION:
                if b.verdict_at is None or e.at >= b.verdict_at:
                    b.verdict = str(detail.get("verdict") or "") or None
                    b.verdict_at = e.at
                    b.reasons = tuple(str(r) for r in detail.get("reasons") or ())
            elif e.action == "member.register":
                b.registered = True
            elif e.action == "member.verify":
                b.verified = True

        for enrollment_id, member_id, at, code in session.execute(
                select(Enrollment.id, Enrollment.member_id, Enrollment.enrolled_at,
                       TrainingClass.code)
                .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
                .where(Enrollment.enrolled_at >= start, Enrollment.enrolled_at < end,
                       Enrollment.enrolled_by == actor)
                .order_by(Enrollment.id)):
            b = builder(member_id, at)
            if b.enrolled_at is None or at >= b.enrolled_at:
                b.enrollment_id, b.class_code, b.enrolled_at = enrollment_id, code, at

        for doc_type, number, at, member_id, enrolled_member in session.execute(
                select(DocumentRecord.doc_type, DocumentRecord.number, DocumentRecord.issued_at,
                       DocumentRecord.member_id, Enrollment.member_id)
                .outerjoin(Enrollment, Enrollment.id == DocumentRecord.enrollment_id)
                .where(DocumentRecord.issued_at >= start, DocumentRecord.issued_at < end,
                       DocumentRecord.issued_by == actor,
                       DocumentRecord.doc_type.in_(("slip", "letter")),
                       DocumentRecord.voided.is_(False))
                .order_by(DocumentRecord.id)):
            owner = member_id or enrolled_member
            if owner is None:
                continue
            b = builder(owner, at)
            (b.slips if doc_type == "slip" else b.letters).append(number)

        ordered = sorted(rows.values(), key=lambda b: b.last_at, reverse=True)[:MAX_ROWS]
        people = {m.id: (m.name, m.nik) for m in session.execute(
            select(Member.id, Member.name, Member.nik).where(
                Member.id.in_([b.member_id for b in ordered])))}
    result = []
    for b in ordered:
        name, nik = people.get(b.member_id, ("?", ""))
        result.append(TodayEntry(
            member_id=b.member_id, name=name, nik_masked=mask_nik(nik) if nik else "",
            last_at=b.last_at, verdict=b.verdict, reasons=b.reasons, registered=b.registered,
            verified=b.verified, slip_numbers=tuple(b.slips), letter_numbers=tuple(b.letters),
            enrollment_id=b.enrollment_id, class_code=b.class_code))
    return result


__all__ = ["LOOKUP_ACTION", "TodayEntry", "blocking_rule_ids", "day_bounds", "record_lookup",
           "today_activity"]
