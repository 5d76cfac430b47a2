"""The counter's use cases (Layanan Loket): look a worker up, the counter state, resume a
worker served earlier, issue the letter and the slip into the documents folder, and today's list.

The GUI page (``ui/pages/counter.py``) only presents these; the CLI and tests call the same
functions. Reads that build one screen run in one read session; writes declare what they change
(:mod:`vokasi_desktop.services.changes`) so the job runner can broadcast it.

Today at the counter: who was served, what happened, so a clerk can reprint or continue.

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
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, DocumentRecord, Enrollment, Member, TrainingClass
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.eligibility import EligibilityResult
from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.services import audit, catalog, documents, enrolment, outputs
from vokasi_desktop.services import members as member_service
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.catalog import ClassView
from vokasi_desktop.services.changes import CLASS, ENROLLMENT, MEMBER, QUOTA, changes
from vokasi_desktop.services.documents import IssuedDocument
from vokasi_desktop.services.enrolment import EligibilityCheck, EnrollmentView
from vokasi_desktop.services.errors import NotFoundError
from vokasi_desktop.services.members import MemberEnrollmentView, MemberView

LOOKUP_ACTION = "counter.lookup"
ACTIVE_ENROLLMENT_STATUSES = vocabulary.ACTIVE_ENROLLMENT_STATUSES
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


# ------------------------------------------------------------------------------- counter state

@dataclass(frozen=True)
class OfferedClass:
    """A class the member can join now, with the member's full check for it."""

    klass: ClassView
    result: EligibilityResult

    @property
    def id(self) -> int:
        return self.klass.id

    @property
    def verdict(self) -> str:
        return self.result.verdict


@dataclass(frozen=True)
class CounterState:
    """Everything the counter shows about one member.

    Attributes:
        member: the member card.
        enrollments: current and past enrolments, newest class first.
        check: the check of the membership alone (no class): shown when no class is offered.
        offer: the classes the member can join now, best verdict first.
    """

    member: MemberView
    enrollments: tuple[MemberEnrollmentView, ...]
    check: EligibilityCheck
    offer: tuple[OfferedClass, ...]


def _state_in(db: Database, session: Session, member_id: int, on: date,
              member: MemberView | None) -> CounterState:
    member = member or member_service.get_member(db, member_id, session=session)
    enrollments = tuple(member_service.member_enrollments(db, member_id, session=session))
    check = enrolment.check_eligibility(db, member_id, None, on, session=session)
    offers = enrolment.eligible_classes(db, member_id, on, session=session)
    views = catalog.class_views(db, (class_id for class_id, _ in offers), session=session)
    offer = tuple(OfferedClass(views[class_id], result) for class_id, result in offers)
    return CounterState(member, enrollments, check, offer)


def load_state(db: Database, member_id: int, on: date, *,
               member: MemberView | None = None) -> CounterState:
    """The member, enrolments, the membership check and the class offer, read in one read
    session (one consistent snapshot, one connection checkout; ~0.1 s)."""
    with db.read() as session:
        return _state_in(db, session, member_id, on, member)


def lookup(db: Database, key: str, on: date) -> CounterState | None:
    """Find a member by NIK or KPJ and load the counter state (one read session); None when
    nobody is registered with that number."""
    with db.read() as session:
        member = member_service.find_member(db, key, session=session)
        if member is None:
            return None
        return _state_in(db, session, member.id, on, member)


def letter_path(number: str) -> Path:
    """Where the counter saved the enrolment letter numbered ``number``."""
    return outputs.type_folder("letter") / f"{outputs.safe_name(number)}.pdf"


@dataclass(frozen=True)
class Resumed:
    """A worker picked from the "Today" list: the counter state and today's enrolment."""

    state: CounterState
    enrollment: EnrollmentView | None
    letter: IssuedDocument | None


def resume(db: Database, member_id: int, enrollment_id: int | None, on: date) -> Resumed:
    """Load a worker served earlier today, with the enrolment made and its letter (if any),
    in one read session. An enrolment cancelled since is not continued."""
    with db.read() as session:
        state = _state_in(db, session, member_id, on, None)
        view = (enrolment.get_enrollment(db, enrollment_id, session=session)
                if enrollment_id is not None else None)
        if view is not None and view.status not in ACTIVE_ENROLLMENT_STATUSES:
            view = None  # cancelled since: nothing to continue
        letter = None
        if view is not None:
            letters = [d for d in documents.list_documents(db, enrollment_id=view.id,
                                                           session=session)
                       if d.doc_type == "letter" and not d.voided]
            if letters:
                path = letter_path(letters[0].number)
                letter = replace(letters[0], path=path if path.exists() else None)
    return Resumed(state, view, letter)


def live_enrollment(db: Database, member_key: str, class_code: str | None = None) -> int:
    """The id of the member's newest enrolment that is not cancelled (in the class
    ``class_code`` when given): what a letter or certificate is printed for.

    ``member_key`` is a NIK or KPJ. Raises ``NotFoundError`` when there is none.
    """
    with db.read() as session:
        member = member_service.find_member(db, member_key, session=session)
        if member is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        q = (select(Enrollment.id).join(TrainingClass, TrainingClass.id == Enrollment.class_id)
             .where(Enrollment.member_id == member.id, Enrollment.status != "cancelled")
             .order_by(Enrollment.id.desc()))
        if class_code:
            q = q.where(TrainingClass.code == class_code.strip().upper())
        found = session.execute(q).scalars().first()
    if found is None:
        raise NotFoundError("enrollment_missing",
                            "Pendaftaran aktif peserta tersebut tidak ditemukan.")
    return int(found)


# ------------------------------------------------------------------------------- counter writes

@changes(ENROLLMENT, QUOTA, CLASS)
def enrol(db: Database, member_id: int, class_id: int, request_id: str, principal: Principal,
          **kwargs: Any) -> EnrollmentView:
    """Enrol at the counter (``services.enrolment.enrol``, idempotent on ``request_id``)."""
    return enrolment.enrol(db, member_id, class_id, request_id, principal, **kwargs)


@changes(MEMBER)
def record_verification(db: Database, member_id: int, method: str, principal: Principal,
                        note: str) -> MemberView:
    """Record how the membership was checked (``services.members.record_verification``)."""
    return member_service.record_verification(db, member_id, method, principal, note)


# The counter's letter and slip are the GUI's documents-folder use cases (services.outputs).
issue_letter = outputs.issue_letter
issue_slip = outputs.issue_slip


# ------------------------------------------------------------------------------- today's list


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
            found_id = ids_by_uuid.get(str(e.entity_uuid))
            if found_id is None:
                continue
            b = builder(found_id, e.at)
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

        for doc_type, number, at, doc_member, enrolled_member in session.execute(
                select(DocumentRecord.doc_type, DocumentRecord.number, DocumentRecord.issued_at,
                       DocumentRecord.member_id, Enrollment.member_id)
                .outerjoin(Enrollment, Enrollment.id == DocumentRecord.enrollment_id)
                .where(DocumentRecord.issued_at >= start, DocumentRecord.issued_at < end,
                       DocumentRecord.issued_by == actor,
                       DocumentRecord.doc_type.in_(("slip", "letter")),
                       DocumentRecord.voided.is_(False))
                .order_by(DocumentRecord.id)):
            owner = doc_member or enrolled_member
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


__all__ = ["ACTIVE_ENROLLMENT_STATUSES", "LOOKUP_ACTION", "CounterState", "OfferedClass",
           "Resumed", "TodayEntry", "blocking_rule_ids", "day_bounds", "enrol", "issue_letter",
           "issue_slip", "letter_path", "live_enrollment", "load_state", "lookup", "record_lookup",
           "record_verification", "resume", "today_activity"]
