"""Eligibility checks and enrolment: explainable, versioned and race-free.

How a seat is taken without overbooking (NOTES.md measured the alternatives):
- the transaction starts with ``BEGIN IMMEDIATE`` on SQLite (one writer at a time, waiting on
  ``busy_timeout`` instead of failing with "database is locked"); on PostgreSQL the branch
  quota, class and member rows are locked with ``SELECT ... FOR UPDATE`` in that fixed order;
- eligibility is re-checked inside that transaction with fresh facts;
- the seat and the class cost are taken with conditional UPDATEs
  (``... SET used = used + 1 WHERE id = :id AND used < seats``) whose rowcount is checked;
- ``CHECK (used <= seats)`` and UNIQUE constraints stay as the last net;
- ``request_id`` is UNIQUE: a retried request returns the first enrolment, never a second one.
"""

from __future__ import annotations

import functools
import json
import logging
import time
import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    CursorResult,
    Date,
    Integer,
    Result,
    Row,
    Text,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database, DatabaseBusyError, reading
from vokasi_desktop.db.models import (
    ACTIVE_ENROLLMENT_STATUSES,
    Branch,
    BranchQuota,
    ContributionPeriod,
    Enrollment,
    Institution,
    Member,
    ProgramYear,
    RegionRestriction,
    RuleSet,
    TrainingClass,
)
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.eligibility import (
    ClassFacts,
    EligibilityResult,
    EnrollmentFacts,
    InstitutionFacts,
    MemberFacts,
    NoRuleSetError,
    QuotaFacts,
    RegionRestrictionFacts,
    RuleOutcome,
    RuleSetParams,
    default_rule_sets,
    evaluate,
    months_from_periods,
    select_rule_set,
)
from vokasi_desktop.domain.eligibility.engine import ClassCase, evaluate_many
from vokasi_desktop.domain.identifiers import IdentifierError, mask_nik, parse_nik
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.auth import verify_approver
from vokasi_desktop.services.browse import EnrollmentRow
from vokasi_desktop.services.errors import (
    AuthError,
    ConflictError,
    NotFoundError,
    QuotaExhaustedError,
    ServiceError,
    ValidationError,
)
from vokasi_desktop.services.members import ENROLLMENT_LABELS, local_branch_code
from vokasi_desktop.services.text_input import text_field

log = logging.getLogger(__name__)

# Allowed status changes; cancelled, completed and not_passed are final.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "enrolled": ("in_training", "cancelled"),
    "in_training": ("completed", "not_passed", "cancelled"),
    "completed": (),
    "not_passed": (),
    "cancelled": (),
}
LOCK_RETRIES = 5


class NotEligibleError(ServiceError):
    """The re-check inside the enrolment transaction said no; ``result`` explains why."""

    def __init__(self, result: EligibilityResult) -> None:
        reasons = "; ".join(o.message for o in result.blocking) or result.summary_id()
        super().__init__("not_eligible", f"{result.summary_id()}: {reasons}")
        self.result = result


class OverrideRequiredError(ServiceError):
    """Only overridable rules failed: a supervisor must approve with a reason."""

    def __init__(self, result: EligibilityResult) -> None:
        names = ", ".join(o.title for o in result.overridable_failures)
        super().__init__("override_required",
                         f"Perlu persetujuan supervisor untuk: {names}.")
        self.result = result


@dataclass(frozen=True)
class RuleSetPeriod:
    """A rule set's identity and the period it is in force (``effective_to`` None: open)."""

    code: str
    version: int
    name: str
    effective_from: date
    effective_to: date | None


@dataclass(frozen=True)
class EligibilityCheck:
    """A check's result with what it was about."""

    result: EligibilityResult
    member_id: int
    member_name: str
    nik_masked: str
    class_id: int | None
    class_code: str | None
    quota_year: int
    # The rule set's period when the caller chose it by code and it is not in force on the
    # check date (the check still uses it); None when it is in force or was chosen by date.
    rule_set_out_of_force: RuleSetPeriod | None = None

    @property
    def verdict(self) -> str:
        return self.result.verdict


@dataclass(frozen=True)
class EnrollmentView(EnrollmentRow):
    """One enrolment in full: the enrolments table's line (:class:`EnrollmentRow`, so every
    action on a row takes it too) plus what a write returns and a detail shows: the class's
    mode and dates, the rule set, the supervisor's approval, the result, the version and the
    stored eligibility snapshot. The table does not load these for its pages of rows."""

    uuid: uuid_mod.UUID
    request_id: str
    mode: str
    start_date: date
    end_date: date
    rule_set_code: str
    rule_set_version: int
    override_by: str | None
    override_reason: str
    result: str
    completion_date: date | None
    status_reason: str
    version: int
    eligibility: dict[str, Any]

    @property
    def status_label(self) -> str:
        return ENROLLMENT_LABELS.get(self.status, self.status)


def _rowcount(result: Result[Any]) -> int:
    """Rows matched by an UPDATE run through the session (always a CursorResult)."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"expected the result of an UPDATE, got {type(result).__name__}")
    return result.rowcount


# ---------------------------------------------------------------------------- rule sets

def ensure_rule_sets(db: Database) -> int:
    """Store the shipped rule sets that the database does not have yet; returns how many."""
    added = 0
    with db.write() as session:
        for params in default_rule_sets():
            exists = session.execute(select(RuleSet.id).where(
                RuleSet.code == params.code, RuleSet.version == params.version)).first()
            if exists:
                continue
            session.add(RuleSet(code=params.code, version=params.version, name=params.name,
                                effective_from=params.effective_from,
                                effective_to=params.effective_to, parameters=params.to_dict()))
            added += 1
    return added


def load_rule_sets(session: Session) -> list[RuleSetParams]:
    """Every stored rule set (the shipped defaults when none is stored), parsed once per
    distinct stored text: the query reads the JSON as text (no decoding), and a rule set is
    validated and built only the first time that text is seen."""
    return _rule_sets_of_texts(session.connection().execute(_RULE_SET_TEXTS).scalars().all())


def _rule_sets_of_texts(texts: Iterable[str]) -> list[RuleSetParams]:
    parsed = [_parse_rule_set(text) for text in texts]
    return parsed or list(default_rule_sets())


# The stored parameters as their JSON text (CAST: SQLite keeps JSON as text; PostgreSQL's
# ``json`` keeps the text as written), so the parse cache below is keyed on it directly.
_RULE_SET_TEXTS = select(cast(RuleSet.parameters, Text)).order_by(RuleSet.id)


@functools.lru_cache(maxsize=64)
def _parse_rule_set(parameters: str) -> RuleSetParams:
    """Validate and build a rule set once per distinct stored content (the counter checks
    every member against the same few rule sets; parsing took most of a single check)."""
    return RuleSetParams.from_dict(json.loads(parameters))


def _rule_set_for(session: Session, on_date: date, code: str | None = None, *,
                  rule_sets: list[RuleSetParams] | None = None) -> RuleSetParams:
    """``rule_sets``: what :func:`load_rule_sets` returns, when the caller has it."""
    if rule_sets is None:
        rule_sets = load_rule_sets(session)
    if code:
        matching = sorted((r for r in rule_sets if r.code == code), key=lambda r: r.version)
        if not matching:
            raise NotFoundError("rule_set_missing", f"Aturan {code} tidak ada.")
        return matching[-1]
    try:
        return select_rule_set(rule_sets, on_date)
    except NoRuleSetError as exc:
        raise ServiceError("rule_set_missing",
                           f"Tidak ada aturan kelayakan yang berlaku pada {on_date:%d/%m/%Y}.") from exc


def list_rule_sets(db: Database) -> list[RuleSetParams]:
    with db.read() as session:
        return sorted(load_rule_sets(session), key=lambda r: (r.effective_from, r.version))


# ---------------------------------------------------------------------------- facts

# The facts of a check are read with Core statements built once at import and executed on the
# session's connection: no ORM identity map or instance state, and SQLAlchemy's compiled-SQL
# cache is hit on every call (the counter's hot path; see tests/benchmarks, group lookups).
_M = Member.__table__
_TC = TrainingClass.__table__
_INST = Institution.__table__
_CP = ContributionPeriod.__table__
_EN = Enrollment.__table__
_BQ = BranchQuota.__table__
_PY = ProgramYear.__table__
_RR = RegionRestriction.__table__
_RS = RuleSet.__table__

_MEMBER_BY_ID = select(_M).where(_M.c.id == bindparam("id"))
_SPANS = select(_CP.c.month_from, _CP.c.month_to).where(_CP.c.member_id == bindparam("member_id"))
_MEMBER_ENROLMENTS = (
    select(_EN.c.id, _EN.c.status, _TC.c.code, _TC.c.start_date, _TC.c.end_date)
    .select_from(_EN.join(_TC, _TC.c.id == _EN.c.class_id))
    .where(_EN.c.member_id == bindparam("member_id"), _EN.c.status != "cancelled"))
# The institution columns the rules read, beside the class's own (one row per class).
_INST_FACTS = ("code", "name", "type", "licence_number", "licence_issuer", "licence_issued",
               "licence_expires", "founded_on", "pks_number", "pks_from", "pks_to", "status")
# The class columns the rules read (not the whole row: no timestamps or UUIDs to convert).
_CLASS_FACTS = ("id", "code", "institution_id", "title", "mode", "region_code", "start_date",
                "end_date", "capacity", "seats_used", "cost_per_participant", "status")
_CLASS_WITH_INST = select(*(_TC.c[n] for n in _CLASS_FACTS),
                          *(_INST.c[n].label(f"inst_{n}") for n in _INST_FACTS)).select_from(
    _TC.join(_INST, _INST.c.id == _TC.c.institution_id))
_OPEN_CLASSES = (_CLASS_WITH_INST
                 .where(_TC.c.status == "open", _TC.c.start_date >= bindparam("on_date"),
                        _TC.c.seats_used < _TC.c.capacity)
                 .order_by(_TC.c.start_date, _TC.c.id).limit(bindparam("limit")))
_INST_BY_ID = select(*(_INST.c[n].label(f"inst_{n}") for n in _INST_FACTS)).where(
    _INST.c.id == bindparam("id"))
_QUOTA_COLUMNS = (_PY.c.year, _BQ.c.seats, _BQ.c.seats_used, _BQ.c.budget, _BQ.c.budget_used)
# The quota of the programme year, or (member-only check) the first later year's.
_QUOTA_FROM_YEAR = (select(*_QUOTA_COLUMNS)
                    .select_from(_BQ.join(_PY, _PY.c.id == _BQ.c.program_year_id))
                    .where(_BQ.c.branch_code == bindparam("branch"),
                           _PY.c.year >= bindparam("year"))
                    .order_by(_PY.c.year).limit(1))
_QUOTAS_OF_YEARS = (select(*_QUOTA_COLUMNS)
                    .select_from(_BQ.join(_PY, _PY.c.id == _BQ.c.program_year_id))
                    .where(_BQ.c.branch_code == bindparam("branch"),
                           _PY.c.year.in_(bindparam("years", expanding=True))))
_RESTRICTION_COLUMNS = (_RR.c.region_code, _RR.c.level, _RR.c.date_from, _RR.c.date_to)
_ALL_RESTRICTIONS = select(*_RESTRICTION_COLUMNS)
_RESTRICTIONS_OF_REGION = select(*_RESTRICTION_COLUMNS).where(
    _RR.c.region_code.in_((bindparam("regency"), bindparam("province"))))

# A single check (check_eligibility) reads its facts in three statements instead of eight
# (on PostgreSQL every statement is a round trip plus the driver's per-statement work):
# 1. the member row outer-joined with its contribution spans (one row per span), the local
#    branch code, and the class with its institution (``c_*``/``inst_*``; NULL without one);
_CLASS_ID = bindparam("class_id", type_=Integer)
_CHECK_FACTS = (
    select(_M, _CP.c.month_from.label("span_from"), _CP.c.month_to.label("span_to"),
           select(Branch.code).where(Branch.is_local.is_(True)).limit(1)
           .scalar_subquery().label("local_branch_code"),
           *(_TC.c[n].label(f"c_{n}") for n in _CLASS_FACTS),
           *(_INST.c[n].label(f"inst_{n}") for n in _INST_FACTS))
    .select_from(_M.outerjoin(_CP, _CP.c.member_id == _M.c.id)
                 .outerjoin(_TC, _TC.c.id == _CLASS_ID)
                 .outerjoin(_INST, _INST.c.id == _TC.c.institution_id))
    .where(_M.c.id == bindparam("id")))
# 2. the lists, as one UNION ALL told apart by ``kind``: the member's enrolments (as
#    _MEMBER_ENROLMENTS), the region restrictions of the class's regency and province (all of
#    them without a class or a class without a region, as _restrictions) and the rule sets'
#    stored texts (as _RULE_SET_TEXTS); 3. the quota (_QUOTA_FROM_YEAR).
_KIND_ENROLMENT, _KIND_RESTRICTION, _KIND_RULE_SET = 1, 2, 3
_CLS = _TC.alias("cls")
_CHECK_LISTS = union_all(
    select(literal_column(str(_KIND_ENROLMENT), Integer).label("kind"), _EN.c.id.label("n"),
           cast(_EN.c.status, Text).label("s1"), cast(_TC.c.code, Text).label("s2"),
           _TC.c.start_date.label("d1"), _TC.c.end_date.label("d2"))
    .select_from(_EN.join(_TC, _TC.c.id == _EN.c.class_id))
    .where(_EN.c.member_id == bindparam("member_id"), _EN.c.status != "cancelled"),
    select(literal_column(str(_KIND_RESTRICTION), Integer), cast(null(), Integer),
           cast(_RR.c.region_code, Text), cast(_RR.c.level, Text), _RR.c.date_from,
           _RR.c.date_to)
    .select_from(_RR.outerjoin(_CLS, _CLS.c.id == _CLASS_ID))
    .where(or_(_CLS.c.id.is_(None), func.coalesce(_CLS.c.region_code, "") == "",
               _RR.c.region_code == _CLS.c.region_code,
               _RR.c.region_code == func.substr(_CLS.c.region_code, 1, 2))),
    select(literal_column(str(_KIND_RULE_SET), Integer), _RS.c.id, cast(_RS.c.parameters, Text),
           cast(null(), Text), cast(null(), Date), cast(null(), Date)),
)
_CHECK_LISTS_ORDERED = select(_CHECK_LISTS.subquery("l")).order_by("kind", "n")


@dataclass(frozen=True)
class _CheckFacts:
    """What check_eligibility read in its combined statements, for evaluate_with_session."""

    spans: list[tuple[Any, Any]]
    branch: str
    #: (id, status, code, start_date, end_date) of the member's non-cancelled enrolments.
    enrolments: list[Any]
    restrictions: list[RegionRestrictionFacts]
    rule_sets: list[RuleSetParams]


def _member_facts(session: Session, m: Member | Row[Any],
                  exclude_enrollment: int | None = None,
                  preloaded: _CheckFacts | None = None) -> MemberFacts:
    """``m``: the ORM member or a Core row of the member table; ``preloaded``: its spans and
    enrolments when the caller has read them already."""
    conn = session.connection()
    if preloaded is None:
        spans = [(r.month_from, r.month_to)
                 for r in conn.execute(_SPANS, {"member_id": m.id}).all()]
        enrolments = conn.execute(_MEMBER_ENROLMENTS, {"member_id": m.id}).all()
    else:
        spans, enrolments = preloaded.spans, preloaded.enrolments
    rows = [r for r in enrolments if r.id != exclude_enrollment]
    active = tuple(EnrollmentFacts(r.code, r.start_date, r.end_date, r.status)
                   for r in rows if r.status in ACTIVE_ENROLLMENT_STATUSES)
    return MemberFacts(
        member_uuid=str(m.uuid), has_kpj=bool(m.kpj), membership_status=m.membership_status,
        membership_verified=m.verified_at is not None, membership_since=m.membership_since,
        segment=m.segment, employment_status=m.employment_status, layoff_date=m.layoff_date,
        birth_date=m.birth_date,
        contribution_months=months_from_periods((a, b) for a, b in spans),
        active_enrollments=active, past_enrollment_count=len(rows),
    )


def _class_facts(c: TrainingClass | Row[Any]) -> ClassFacts:
    return ClassFacts(class_code=c.code, title=c.title, mode=c.mode, region_code=c.region_code,
                      start_date=c.start_date, end_date=c.end_date, capacity=c.capacity,
                      seats_used=c.seats_used, cost=c.cost_per_participant, status=c.status)


def _institution_facts(i: Institution) -> InstitutionFacts:
    # Without a PKS number there is no partnership, whatever dates were typed.
    has_pks = bool(i.pks_number)
    return InstitutionFacts(code=i.code, name=i.name, type=i.type,
                            licence_number=i.licence_number, licence_issuer=i.licence_issuer,
                            licence_issued=i.licence_issued, licence_expires=i.licence_expires,
                            founded_on=i.founded_on,
                            partnership_from=i.pks_from if has_pks else None,
                            partnership_to=i.pks_to if has_pks else None, status=i.status)


def _institution_facts_of_row(r: Row[Any]) -> InstitutionFacts:
    """:func:`_institution_facts` from the ``inst_*`` columns of a class row."""
    has_pks = bool(r.inst_pks_number)
    return InstitutionFacts(code=r.inst_code, name=r.inst_name, type=r.inst_type,
                            licence_number=r.inst_licence_number,
                            licence_issuer=r.inst_licence_issuer,
                            licence_issued=r.inst_licence_issued,
                            licence_expires=r.inst_licence_expires,
                            founded_on=r.inst_founded_on,
                            partnership_from=r.inst_pks_from if has_pks else None,
                            partnership_to=r.inst_pks_to if has_pks else None,
                            status=r.inst_status)


def _quota_row(session: Session, year: int, branch: str, *, lock: bool = False) -> BranchQuota | None:
    q = (select(BranchQuota).join(ProgramYear, ProgramYear.id == BranchQuota.program_year_id)
         .where(ProgramYear.year == year, BranchQuota.branch_code == branch))
    if lock:
        q = q.with_for_update()
    return session.execute(q).scalar_one_or_none()


def _quota_facts(q: BranchQuota | Row[Any, Any, Any, Any, Any] | Row[Any] | None, year: int) -> QuotaFacts | None:
    if q is None:
        return None
    return QuotaFacts(program_year=year, seats=q.seats, seats_used=q.seats_used, budget=q.budget,
                      budget_used=q.budget_used)


def _restrictions(session: Session, region_code: str | None) -> list[RegionRestrictionFacts]:
    conn = session.connection()
    if region_code:
        rows = conn.execute(_RESTRICTIONS_OF_REGION,
                            {"regency": region_code, "province": region_code[:2]})
    else:
        rows = conn.execute(_ALL_RESTRICTIONS)
    return [RegionRestrictionFacts(r.region_code, r.level, r.date_from, r.date_to)
            for r in rows]


def evaluate_with_session(session: Session, m: Member | Row[Any],
                          c: TrainingClass | Row[Any] | None, on_date: date,
                          overrides: frozenset[str], *, quota: BranchQuota | None = None,
                          quota_loaded: bool = False, exclude_enrollment: int | None = None,
                          rule_set_code: str | None = None,
                          institution: InstitutionFacts | None = None,
                          preloaded: _CheckFacts | None = None,
                          ) -> tuple[EligibilityResult, int]:
    """Check member ``m`` (ORM object or Core row) against class ``c`` (or none) in
    ``session``; ``institution``: the class's institution facts, ``preloaded`` the other
    facts, when the caller has them. Returns the result and the programme year whose quota
    was checked."""
    year = c.start_date.year if c is not None else on_date.year
    quota_facts: QuotaFacts | None
    if quota_loaded:
        quota_facts = _quota_facts(quota, year)
    else:
        branch = preloaded.branch if preloaded else local_branch_code(session)
        # One query: the quota of the year, or the first later year that has one.
        row = session.connection().execute(_QUOTA_FROM_YEAR,
                                           {"branch": branch, "year": year}).first()
        if row is not None and row.year != year and c is not None:
            row = None  # a class charges its own year's quota only
        if row is not None:
            # A member-only check asks "can this worker join a class at all?": late in the
            # year the open classes already charge next year's quota.
            year = row.year
        quota_facts = _quota_facts(row, year)
    if c is not None and institution is None:
        inst_row = session.connection().execute(_INST_BY_ID, {"id": c.institution_id}).first()
        institution = _institution_facts_of_row(inst_row) if inst_row is not None else None
    result = evaluate(
        _rule_set_for(session, on_date, rule_set_code,
                      rule_sets=preloaded.rule_sets if preloaded else None),
        _member_facts(session, m, exclude_enrollment, preloaded),
        _class_facts(c) if c is not None else None,
        institution,
        quota_facts,
        preloaded.restrictions if preloaded else
        _restrictions(session, c.region_code if c is not None else None),
        on_date,
        overrides=overrides,
    )
    identity = _identity_outcome(m.nik, on_date)
    if identity is not None:
        result = replace(result, outcomes=(identity, *result.outcomes))
    return result, year


def _identity_outcome(nik: str, on_date: date) -> RuleOutcome | None:
    """A blocking outcome when the stored NIK is not a valid NIK (data written around the
    services: an import, a shared PostgreSQL database, a manual fix); None when it is valid."""
    try:
        parse_nik(nik or "", today=on_date)
    except IdentifierError as exc:
        return RuleOutcome(
            rule_id="identity.nik", title="NIK peserta", outcome="fail", severity="block",
            overridable=False,
            message=f"NIK peserta yang tersimpan tidak valid ({mask_nik(nik or '')}): {exc}",
            next_step="Periksa KTP peserta dan perbaiki NIK di data peserta sebelum mendaftar.",
            figures={"code": getattr(exc, "code", "nik")})
    return None


def check_eligibility(db: Database, member_id: int, class_id: int | None = None,
                      on_date: date | None = None, *, overrides: Iterable[str] = (),
                      rule_set_code: str | None = None,
                      session: Session | None = None) -> EligibilityCheck:
    """Run every rule for the member (and class, if given) and return all outcomes."""
    on_date = on_date or db.clock.today()
    with reading(db, session, lookup=True) as session:
        conn = session.connection()
        # The member with its spans, the branch code and the class with its institution.
        rows = conn.execute(_CHECK_FACTS, {"id": member_id, "class_id": class_id}).all()
        if not rows:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        m = rows[0]
        c: Any = None
        institution = None
        if class_id is not None:
            if m.c_id is None:
                raise NotFoundError("class_missing", "Kelas tidak ditemukan.")
            c = SimpleNamespace(**{n: m._mapping[f"c_{n}"] for n in _CLASS_FACTS})
            institution = _institution_facts_of_row(m)
        if m.local_branch_code is None:  # what local_branch_code() raises
            raise NotFoundError("branch_missing",
                                "Profil kantor belum diisi. Jalankan 'vokasi-desktop init'.")
        # Enrolments, region restrictions and rule sets: one more statement.
        enrolments: list[Any] = []
        restrictions: list[RegionRestrictionFacts] = []
        texts: list[str] = []
        for kind, n, s1, s2, d1, d2 in conn.execute(
                _CHECK_LISTS_ORDERED, {"member_id": member_id, "class_id": class_id}):
            if kind == _KIND_ENROLMENT:
                enrolments.append(SimpleNamespace(id=n, status=s1, code=s2, start_date=d1,
                                                  end_date=d2))
            elif kind == _KIND_RESTRICTION:
                restrictions.append(RegionRestrictionFacts(s1, s2, d1, d2))
            else:
                texts.append(s1)
        preloaded = _CheckFacts(
            spans=[(r.span_from, r.span_to) for r in rows if r.span_from is not None],
            branch=m.local_branch_code, enrolments=enrolments, restrictions=restrictions,
            rule_sets=_rule_sets_of_texts(texts))
        result, year = evaluate_with_session(session, m, c, on_date, frozenset(overrides),
                                             rule_set_code=rule_set_code,
                                             institution=institution, preloaded=preloaded)
        out_of_force = None
        if rule_set_code:
            chosen = _rule_set_for(session, on_date, rule_set_code,
                                   rule_sets=preloaded.rule_sets)
            if not chosen.is_effective_on(on_date):
                out_of_force = RuleSetPeriod(chosen.code, chosen.version, chosen.name,
                                             chosen.effective_from, chosen.effective_to)
        return EligibilityCheck(result, m.id, m.name, mask_nik(m.nik), c.id if c else None,
                                c.code if c else None, year, out_of_force)


def eligible_classes(db: Database, member_id: int, on_date: date | None = None,
                     *, limit: int = 200,
                     session: Session | None = None) -> list[tuple[int, EligibilityResult]]:
    """Open classes with seats left, each with the member's check result, best first.

    Classes whose check blocks on a non-overridable rule are left out: the counter only offers
    what the member can join now (or with a supervisor's approval).
    """
    on_date = on_date or db.clock.today()
    with reading(db, session, lookup=True) as session:
        conn = session.connection()
        m = conn.execute(_MEMBER_BY_ID, {"id": member_id}).first()
        if m is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        # One query for every open class with its institution's facts.
        classes = conn.execute(_OPEN_CLASSES, {"on_date": on_date, "limit": limit}).all()
        branch = local_branch_code(session)
        # Facts that do not depend on the class are built once (this list is on the counter
        # screen's hot path: up to ``limit`` classes per member).
        member_facts = _member_facts(session, m)
        rule_set = _rule_set_for(session, on_date)
        years = sorted({c.start_date.year for c in classes})
        quotas: dict[int, QuotaFacts | None] = dict.fromkeys(years)
        if years:  # one query for the quotas of every programme year in the list
            for q in conn.execute(_QUOTAS_OF_YEARS, {"branch": branch, "years": years}):
                quotas[q.year] = _quota_facts(q, q.year)
        institutions: dict[int, InstitutionFacts] = {}
        all_restrictions = _restrictions(session, None) if classes else []
        restrictions: dict[str, list[RegionRestrictionFacts]] = {}
        cases: list[ClassCase] = []
        for c in classes:
            inst = institutions.get(c.institution_id)
            if inst is None:
                inst = institutions[c.institution_id] = _institution_facts_of_row(c)
            if c.region_code not in restrictions:
                restrictions[c.region_code] = (
                    [r for r in all_restrictions
                     if r.region_code in (c.region_code, c.region_code[:2])]
                    if c.region_code else all_restrictions)
            cases.append((_class_facts(c), inst, quotas[c.start_date.year],
                          restrictions[c.region_code]))
        # Member-only rules run once for the whole list, not once per class.
        results = evaluate_many(rule_set, member_facts, cases, on_date)
        rank = {"eligible": 0, "eligible_with_warnings": 1, "needs_override": 2}
        ranked: list[tuple[int, int, EligibilityResult]] = []
        for c, result in zip(classes, results, strict=True):
            verdict = result.verdict
            if verdict != "not_eligible":
                ranked.append((rank.get(verdict, 3), c.id, result))
        ranked.sort(key=lambda item: item[0])  # stable: class order within a verdict
        return [(class_id, result) for _, class_id, result in ranked]


# ---------------------------------------------------------------------------- enrolment

def _view(session: Session, e: Enrollment) -> EnrollmentView:
    m = session.get(Member, e.member_id)
    c = session.get(TrainingClass, e.class_id)
    assert m is not None and c is not None
    inst = session.get(Institution, c.institution_id)
    assert inst is not None
    return EnrollmentView(
        id=e.id, uuid=e.uuid, request_id=e.request_id, member_id=m.id, member_name=m.name,
        nik_masked=mask_nik(m.nik), kpj=m.kpj, class_id=c.id, class_code=c.code,
        class_title=c.title, institution_name=inst.name, mode=c.mode, start_date=c.start_date,
        end_date=c.end_date, status=e.status, cost=e.cost, verdict=e.verdict,
        rule_set_code=e.rule_set_code, rule_set_version=e.rule_set_version,
        override_by=e.override_by, overridden=bool(e.override_by),
        override_reason=e.override_reason, enrolled_by=e.enrolled_by,
        enrolled_at=e.enrolled_at, result=e.result, completion_date=e.completion_date,
        status_reason=e.status_reason, version=e.version, eligibility=dict(e.eligibility),
    )


def get_enrollment(db: Database, enrollment_id: int, *,
                   session: Session | None = None) -> EnrollmentView:
    with reading(db, session) as session:
        e = session.get(Enrollment, enrollment_id)
        if e is None:
            raise NotFoundError("enrollment_missing", "Pendaftaran tidak ditemukan.")
        return _view(session, e)


def _existing(session: Session, request_id: str) -> Enrollment | None:
    return session.execute(select(Enrollment).where(Enrollment.request_id == request_id)
                           ).scalar_one_or_none()


def _is_lock_error(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text or "deadlock" in text


@dataclass(frozen=True)
class Override:
    """The approving supervisor's credentials for one overridden enrolment."""

    username: str
    password: str = field(repr=False)


def enrol(db: Database, member_id: int, class_id: int, request_id: str, principal: Principal, *,
          on_date: date | None = None, overrides: Iterable[str] = (),
          override: Override | None = None, override_reason: str = "") -> EnrollmentView:
    """Enrol a member in a class, taking a seat and the cost from the branch quota atomically.

    ``overrides`` (rule ids) need ``override``: the approving supervisor's username AND
    password, checked here (argon2, via ``auth.verify_approver``). The approval covers this one
    enrolment only; the approver must be another user than ``principal`` (no self-approval)
    with a role allowed ``OVERRIDE_APPROVE``; the audit entry names both.

    Idempotent on ``request_id``: a retry (for instance after a crash where the commit went
    through unseen) returns the enrolment made the first time.

    Raises:
        NotEligibleError / OverrideRequiredError: the re-check inside the transaction said no.
        QuotaExhaustedError: no seat or budget left in the branch quota or no seat in the class.
        ConflictError: already enrolled in this class.
        AuthError: an override without a valid approval (wrong password, not a supervisor,
            the enrolling user themselves).
    """
    authorize(db, principal, Action.ENROL)
    actor = principal.username
    request_id = request_id.strip()
    if not request_id or len(request_id) > 64:
        raise ValidationError("request_id", "ID permintaan wajib (maksimal 64 karakter).")
    overrides = frozenset(overrides)
    override_reason = text_field(override_reason, "Alasan persetujuan", "override_reason",
                                 max_len=400)
    if overrides and not override_reason.strip():
        raise ValidationError("override_reason", "Alasan persetujuan supervisor wajib diisi.",
                              "override_reason")
    override_by: str | None = None
    if overrides:
        if override is None:
            raise AuthError("not_supervisor",
                            "Persetujuan hanya dapat diberikan oleh supervisor (nama pengguna "
                            "dan kata sandi).")
        override_by = verify_approver(db, override.username, override.password,
                                      requester=principal)
    on_date = on_date or db.clock.today()
    for attempt in range(LOCK_RETRIES):
        try:
            return _enrol_once(db, member_id, class_id, request_id, actor, on_date, overrides,
                               override_by, override_reason.strip())
        except IntegrityError as exc:
            # A concurrent retry of the same request committed first: return its result.
            with db.read() as session:
                found = _existing(session, request_id)
                if found is not None:
                    return _view(session, found)
            if "uq_enrollment_live_member_class" in str(exc.orig):
                raise ConflictError("already_enrolled",
                                    "Peserta sudah terdaftar di kelas ini.") from exc
            raise
        except (OperationalError, DatabaseBusyError) as exc:
            busy = isinstance(exc, DatabaseBusyError) or _is_lock_error(exc)
            if not busy or attempt == LOCK_RETRIES - 1:
                raise
            log.warning("enrol: database busy, retrying (attempt %d)", attempt + 1)
            time.sleep(0.05 * (2 ** attempt))
    raise AssertionError("unreachable")


def _enrol_once(db: Database, member_id: int, class_id: int, request_id: str, actor: str,
                on_date: date, overrides: frozenset[str], override_by: str | None,
                override_reason: str) -> EnrollmentView:
    with db.write() as session:
        found = _existing(session, request_id)
        if found is not None:
            return _view(session, found)
        c = session.get(TrainingClass, class_id)
        if c is None:
            raise NotFoundError("class_missing", "Kelas tidak ditemukan.")
        year = c.start_date.year
        branch = local_branch_code(session)
        # Fixed lock order (quota, class, member) on PostgreSQL; SQLite holds the write lock.
        quota = _quota_row(session, year, branch, lock=True)
        c = session.execute(select(TrainingClass).where(TrainingClass.id == class_id)
                            .with_for_update().execution_options(populate_existing=True)
                            ).scalar_one()
        m = session.execute(select(Member).where(Member.id == member_id).with_for_update()
                            ).scalar_one_or_none()
        if m is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        if quota is not None:
            session.refresh(quota)
        result, _ = evaluate_with_session(session, m, c, on_date, overrides, quota=quota, quota_loaded=True)
        never = [o for o in result.blocking
                 if o.rule_id in ("quota.seats", "quota.budget", "class.capacity")]
        if never:
            raise QuotaExhaustedError("quota_exhausted", " ".join(o.message for o in never))
        if result.verdict == "not_eligible":
            raise NotEligibleError(result)
        if result.verdict == "needs_override":
            raise OverrideRequiredError(result)
        if quota is None:
            raise QuotaExhaustedError("quota_missing",
                                      f"Kantor belum memiliki kuota untuk tahun program {year}.",
                                      {"year": year})
        cost = c.cost_per_participant
        taken = _rowcount(session.execute(
            update(BranchQuota)
            .where(BranchQuota.id == quota.id, BranchQuota.seats_used < BranchQuota.seats,
                   BranchQuota.budget_used + cost <= BranchQuota.budget)
            .values(seats_used=BranchQuota.seats_used + 1,
                    budget_used=BranchQuota.budget_used + cost)
            .execution_options(synchronize_session=False)
        ))
        if taken != 1:
            raise QuotaExhaustedError("quota_exhausted",
                                      "Kuota kursi atau anggaran kantor sudah habis.")
        seat = _rowcount(session.execute(
            update(TrainingClass)
            .where(TrainingClass.id == c.id, TrainingClass.seats_used < TrainingClass.capacity)
            .values(seats_used=TrainingClass.seats_used + 1, version=TrainingClass.version + 1)
            .execution_options(synchronize_session=False)
        ))
        if seat != 1:
            raise QuotaExhaustedError("class_full", f"Kelas {c.code} sudah penuh.")
        used_overrides = [o.rule_id for o in result.overridden]
        # Membership verified by the very user who now enrols: shown on the enrolment (the
        # snapshot and the audit entry) so a supervisor can see it was not checked twice.
        self_verified = m.verified_by is not None and m.verified_by == actor
        snapshot = result.to_dict()
        if self_verified:
            snapshot["verified_by_enroller"] = True
        e = Enrollment(
            origin_branch=branch, request_id=request_id, member_id=m.id, class_id=c.id,
            branch_quota_id=quota.id, status="enrolled", cost=cost,
            rule_set_code=result.rule_set_code, rule_set_version=result.rule_set_version,
            verdict=result.verdict, eligibility=snapshot,
            override_by=override_by if used_overrides else None,
            override_reason=override_reason if used_overrides else "",
            enrolled_by=actor, enrolled_at=utcnow(), status_changed_at=utcnow(),
        )
        session.add(e)
        session.flush()
        audit.record(session, actor, "enrollment.create", "enrollment", e.uuid,
                     member=str(m.uuid), klass=c.code, verdict=result.verdict,
                     overrides=used_overrides, override_by=e.override_by,
                     verified_by_enroller=self_verified)
        session.expire_all()
        return _view(session, e)


def change_status(db: Database, enrollment_id: int, new_status: str, principal: Principal, *,
                  reason: str = "", result: str = "", completion_date: date | None = None,
                  expected_version: int | None = None) -> EnrollmentView:
    """Move an enrolment along its life; cancelling frees the seat and the budget."""
    authorize(db, principal, Action.ENROLMENT_CANCEL if new_status == "cancelled" else Action.ENROLMENT_STATUS)
    actor = principal.username
    if new_status not in TRANSITIONS:
        raise ValidationError("status_invalid", "Status pendaftaran tidak dikenal.", "status")
    reason = text_field(reason, "Alasan", "reason", max_len=400)
    result = text_field(result, "Hasil", "result", max_len=64)
    if new_status == "cancelled" and not reason.strip():
        raise ValidationError("reason_required", "Alasan pembatalan wajib diisi.", "reason")
    if new_status in ("completed", "not_passed") and not result.strip():
        result = "Kompeten" if new_status == "completed" else "Belum kompeten"
    with db.write() as session:
        e = session.get(Enrollment, enrollment_id)
        if e is None:
            raise NotFoundError("enrollment_missing", "Pendaftaran tidak ditemukan.")
        # Lock order as in enrol(): quota, class, enrolment.
        if e.branch_quota_id is not None:
            session.execute(select(BranchQuota.id).where(BranchQuota.id == e.branch_quota_id)
                            .with_for_update())
        session.execute(select(TrainingClass.id).where(TrainingClass.id == e.class_id)
                        .with_for_update())
        session.refresh(e, with_for_update=True)
        if expected_version is not None and e.version != expected_version:
            raise ConflictError("stale", "Pendaftaran ini baru saja diubah di loket lain; "
                                "muat ulang lalu ulangi.")
        if new_status not in TRANSITIONS[e.status]:
            raise ValidationError(
                "transition",
                f"Status {ENROLLMENT_LABELS[e.status]} tidak dapat diubah menjadi "
                f"{ENROLLMENT_LABELS[new_status]}.", "status")
        if new_status == "cancelled":
            if e.branch_quota_id is not None:
                freed = _rowcount(session.execute(
                    update(BranchQuota)
                    .where(BranchQuota.id == e.branch_quota_id, BranchQuota.seats_used >= 1,
                           BranchQuota.budget_used >= e.cost)
                    .values(seats_used=BranchQuota.seats_used - 1,
                            budget_used=BranchQuota.budget_used - e.cost)
                    .execution_options(synchronize_session=False)))
                if freed != 1:
                    raise ServiceError("quota_inconsistent",
                                       "Penghitung kuota tidak konsisten; hubungi administrator.")
            session.execute(
                update(TrainingClass)
                .where(TrainingClass.id == e.class_id, TrainingClass.seats_used >= 1)
                .values(seats_used=TrainingClass.seats_used - 1,
                        version=TrainingClass.version + 1)
                .execution_options(synchronize_session=False))
        old = e.status
        e.status = new_status
        e.status_changed_at = utcnow()
        e.status_reason = reason.strip()[:400]
        if new_status in ("completed", "not_passed"):
            e.result = result.strip()[:64]
            e.completion_date = completion_date or db.clock.today()
        session.flush()
        voided: list[str] = []
        if new_status == "cancelled":
            # The letter must not stay valid: void it in this same transaction.
            from vokasi_desktop.services.documents import void_for_enrollment

            voided = void_for_enrollment(session, e.id, actor, reason)
        audit.record(session, actor, "enrollment.status", "enrollment", e.uuid,
                     old=old, new=new_status, voided_documents=voided)
        session.expire_all()
        return _view(session, e)


def enrollment_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(select(Enrollment.status, func.count()).group_by(Enrollment.status))
        return {status: int(n) for status, n in rows}
