"""Regional office (Kantor Wilayah): consolidated recap per branch and quota allocation.

A regional installation runs the same app on PostgreSQL and receives the branches' packages;
every travelling row keeps the ``origin_branch`` that created it, so the recap groups by it.
Use is counted from the rows themselves (live enrolments and their cost), not from the
``branch_quota`` counters, which only the branch's own counters move.

The office kind comes from the ``office_kind`` setting when present, else from the local
branch row's ``kind`` column ("branch" or "regional").

Allocation (:func:`allocate_quota`) never lets the sum of the branches' seats exceed the
programme year's national target, nor their budgets the year's total budget, and never sets a
branch below what it already uses. The programme-year row is locked first, so two allocations
at once (two processes, PostgreSQL) are serialised and cannot both pass the check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.branch import local_branch_row
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    Branch,
    BranchQuota,
    DocumentRecord,
    Enrollment,
    ProgramYear,
    Setting,
    TrainingClass,
)
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import NotFoundError, ValidationError

OFFICE_KINDS = vocabulary.OFFICE_KINDS.codes
OFFICE_KIND_SETTING = "office_kind"
STATUSES = vocabulary.ENROLLMENT_STATUSES.codes
LIVE = tuple(s for s in STATUSES if s != "cancelled")  # every enrolment that took a seat


@dataclass(frozen=True)
class BranchRecap:
    """One branch's line of the consolidated recap (counts and whole Rupiah)."""

    code: str
    name: str
    by_status: dict[str, int]
    seats: int
    seats_used: int
    budget: int
    budget_used: int
    letters: int
    certificates: int
    slips: int
    voided: int

    @property
    def enrolments(self) -> int:
        return sum(self.by_status.get(s, 0) for s in LIVE)

    @property
    def seat_share(self) -> float:
        return self.seats_used / self.seats if self.seats else 0.0


@dataclass(frozen=True)
class RegionalRecap:
    """The consolidated recap of a programme year over every branch seen."""

    year: int
    national_target: int
    budget_total: int
    branches: list[BranchRecap] = field(default_factory=list)

    @property
    def enrolments(self) -> int:
        return sum(b.enrolments for b in self.branches)

    @property
    def completed(self) -> int:
        return sum(b.by_status.get("completed", 0) for b in self.branches)

    @property
    def seats_allocated(self) -> int:
        return sum(b.seats for b in self.branches)

    @property
    def budget_allocated(self) -> int:
        return sum(b.budget for b in self.branches)

    @property
    def budget_used(self) -> int:
        return sum(b.budget_used for b in self.branches)

    @property
    def target_progress(self) -> float:
        return self.enrolments / self.national_target if self.national_target else 0.0


@dataclass(frozen=True)
class Allocation:
    """A branch's quota after :func:`allocate_quota`, and what is left for the year."""

    year: int
    branch_code: str
    seats: int
    budget: int
    seats_unallocated: int
    budget_unallocated: int


def office_kind(db: Database) -> str:
    """"regional" or "branch" for this installation."""
    with db.read() as session:
        return _office_kind(session)


def _office_kind(session: Session) -> str:
    # Both `region` and `exchange office --kind` write the setting and the local branch row;
    # the setting wins (it exists before a profile does).
    value = session.get(Setting, OFFICE_KIND_SETTING)
    if value is not None and value.value in OFFICE_KINDS:
        return str(value.value)
    kind = session.execute(select(Branch.kind).where(Branch.is_local.is_(True))).scalar()
    return str(kind) if kind in OFFICE_KINDS else "branch"


def set_office_kind(db: Database, principal: Principal, kind: str) -> None:
    """Declare this installation a branch or the regional office (administrator)."""
    if kind not in OFFICE_KINDS:
        raise ValidationError("office_kind_invalid",
                              "Jenis kantor harus 'branch' (cabang) atau 'regional' (wilayah).",
                              "kind")
    authorize(db, principal, Action.SETTINGS_EDIT, setting=OFFICE_KIND_SETTING)
    with db.write() as session:
        row = session.get(Setting, OFFICE_KIND_SETTING)
        before = row.value if row is not None else None
        if row is None:
            session.add(Setting(key=OFFICE_KIND_SETTING, value=kind))
        else:
            row.value = kind
        local = local_branch_row(session)
        if local is not None:
            local.kind = kind
        session.flush()
        audit.record(session, principal.username, "office.kind", "setting", None,
                     before=before, after=kind)


def _rp(value: int) -> str:
    return "Rp" + f"{value:,}".replace(",", ".")


def _year_bounds(year: int) -> tuple[date, date]:
    if not 2019 <= year <= 2100:
        raise ValidationError("year_invalid", f"Tahun program {year} tidak masuk akal.", "year")
    return date(year, 1, 1), date(year + 1, 1, 1)


def recap(db: Database, principal: Principal, year: int) -> RegionalRecap:
    """Per branch: enrolments by status, seats and budget used vs allocated, documents issued.

    Enrolments count in the programme year of their class's start (as at the counter);
    documents in the year of their number. Branches appear when they have a quota or any row.
    """
    start, end = _year_bounds(year)
    authorize(db, principal, Action.REPORT_VIEW, what="regional.recap", year=year)
    with db.read() as session:
        py = session.execute(select(ProgramYear).where(ProgramYear.year == year)).scalar()
        quotas = {q.branch_code: q for q in session.execute(
            select(BranchQuota).where(BranchQuota.program_year_id == py.id)).scalars()} \
            if py is not None else {}
        status_rows = session.execute(
            select(Enrollment.origin_branch, Enrollment.status, func.count(Enrollment.id),
                   func.coalesce(func.sum(Enrollment.cost), 0))
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .where(TrainingClass.start_date >= start, TrainingClass.start_date < end)
            .group_by(Enrollment.origin_branch, Enrollment.status)).all()
        doc_rows = session.execute(
            select(DocumentRecord.origin_branch, DocumentRecord.doc_type,
                   func.count(DocumentRecord.id),
                   func.sum(case((DocumentRecord.voided.is_(True), 1), else_=0)))
            .where(DocumentRecord.year == year)
            .group_by(DocumentRecord.origin_branch, DocumentRecord.doc_type)).all()
        names = dict(session.execute(select(Branch.code, Branch.name)).all())
    by_status: dict[str, dict[str, int]] = {}
    cost: dict[str, int] = {}
    for branch, status, count, total in status_rows:
        by_status.setdefault(branch, {})[status] = int(count)
        if status != "cancelled":
            cost[branch] = cost.get(branch, 0) + int(total or 0)
    docs: dict[str, dict[str, int]] = {}
    voided: dict[str, int] = {}
    for branch, doc_type, count, void_count in doc_rows:
        docs.setdefault(branch, {})[doc_type] = int(count) - int(void_count or 0)
        voided[branch] = voided.get(branch, 0) + int(void_count or 0)
    codes = sorted(set(quotas) | set(by_status) | set(docs))
    lines = []
    for code in codes:
        q = quotas.get(code)
        statuses = by_status.get(code, {})
        lines.append(BranchRecap(
            code=code, name=names.get(code, code), by_status=statuses,
            seats=q.seats if q else 0,
            seats_used=sum(statuses.get(s, 0) for s in LIVE),
            budget=q.budget if q else 0, budget_used=cost.get(code, 0),
            letters=docs.get(code, {}).get("letter", 0),
            certificates=docs.get(code, {}).get("certificate", 0),
            slips=docs.get(code, {}).get("slip", 0), voided=voided.get(code, 0)))
    return RegionalRecap(year=year, national_target=py.national_target if py else 0,
                         budget_total=py.budget_total if py else 0, branches=lines)


def allocate_quota(db: Database, principal: Principal, year: int, branch_code: str,
                   seats: int, budget: int) -> Allocation:
    """Give ``branch_code`` ``seats`` and ``budget`` for ``year`` (create or change).

    Refused (nothing written) when the branches' seats would exceed the year's national
    target or their budgets its total budget, or when the branch already uses more.
    """
    start, end = _year_bounds(year)
    code = (branch_code or "").strip().upper()
    if not code or len(code) > 16 or not code.replace("-", "").isalnum():
        raise ValidationError("branch_code_invalid",
                              f"Kode kantor {branch_code!r} tidak valid (1-16 huruf/angka).",
                              "branch")
    if seats < 0 or budget < 0:
        raise ValidationError("quota_negative", "Kuota dan anggaran tidak boleh negatif.",
                              "seats" if seats < 0 else "budget")
    authorize(db, principal, Action.QUOTA_ALLOCATE, year=year, branch=code)
    with db.write() as session:
        # Lock the year first: concurrent allocations queue here (PostgreSQL; SQLite already
        # holds the write lock), so the sum below cannot be outdated when it is written.
        py = session.execute(select(ProgramYear).where(ProgramYear.year == year)
                             .with_for_update()).scalar_one_or_none()
        if py is None:
            raise NotFoundError("program_year_missing",
                                f"Tahun program {year} belum dibuat; isi target nasional dan "
                                "anggaran tahun itu terlebih dahulu.", {"year": year})
        others = session.execute(
            select(func.coalesce(func.sum(BranchQuota.seats), 0),
                   func.coalesce(func.sum(BranchQuota.budget), 0))
            .where(BranchQuota.program_year_id == py.id, BranchQuota.branch_code != code)).one()
        other_seats, other_budget = int(others[0]), int(others[1])
        if other_seats + seats > py.national_target:
            free = max(0, py.national_target - other_seats)
            raise ValidationError(
                "allocation_over_target",
                f"Kuota {code} {seats} kursi melebihi sisa target nasional {year}: "
                f"{free} kursi belum dialokasikan (target {py.national_target}).", "seats")
        if other_budget + budget > py.budget_total:
            free = max(0, py.budget_total - other_budget)
            raise ValidationError(
                "allocation_over_budget",
                f"Anggaran {code} {_rp(budget)} melebihi sisa anggaran {year}: "
                f"{_rp(free)} belum dialokasikan.", "budget")
        used = session.execute(
            select(func.count(Enrollment.id), func.coalesce(func.sum(Enrollment.cost), 0))
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .where(Enrollment.origin_branch == code, Enrollment.status != "cancelled",
                   TrainingClass.start_date >= start, TrainingClass.start_date < end)).one()
        q = session.execute(select(BranchQuota).where(
            BranchQuota.program_year_id == py.id, BranchQuota.branch_code == code)
            .with_for_update()).scalar_one_or_none()
        used_seats = max(int(used[0]), q.seats_used if q else 0)
        used_budget = max(int(used[1]), q.budget_used if q else 0)
        if seats < used_seats or budget < used_budget:
            raise ValidationError(
                "quota_below_used",
                f"Kuota {code} tidak boleh di bawah yang sudah terpakai ({used_seats} kursi, "
                f"{_rp(used_budget)}).", "seats")
        before = (q.seats, q.budget) if q is not None else None
        if q is None:
            q = BranchQuota(program_year_id=py.id, branch_code=code, seats=seats, budget=budget,
                            seats_used=0, budget_used=0)
            session.add(q)
        else:
            q.seats, q.budget = seats, budget
        session.flush()
        audit.record(session, principal.username, "quota.allocate", "branch_quota", None,
                     year=year, branch=code,
                     before=None if before is None else {"seats": before[0],
                                                          "budget": before[1]},
                     after={"seats": seats, "budget": budget})
        return Allocation(year, code, seats, budget,
                          py.national_target - other_seats - seats,
                          py.budget_total - other_budget - budget)
