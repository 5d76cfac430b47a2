"""Dashboard and monthly-report aggregates: the programme at a glance.

Every figure is one grouped SQL query (no rows are loaded into Python), so the dashboard stays
fast on a million members: the enrolment queries use the ``enrolled_at`` and ``status`` indexes
and join members and classes by primary key.

Period: ``[date_from, date_to]`` inclusive, in local calendar days; enrolments are filtered on
``enrolled_at``. Quota and budget are for the programme year of ``date_to``.

What "today's counter activity" can count today: the database records enrolments (with the
supervisor override, if any), member registrations and verifications (audit entries) and issued
documents. An eligibility check that ends in a refusal is *not* stored anywhere, so refusals
cannot be counted; the dashboard counts the workers served (distinct members registered,
verified, enrolled or given a document that day), the enrolments, the overrides, and the
cancellations of that day, with cancellation reasons.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    ENROLLMENT_STATUSES,
    AuditEntry,
    Branch,
    BranchQuota,
    DocumentRecord,
    Enrollment,
    Institution,
    Member,
    ProgramYear,
    TrainingClass,
)
from vokasi_desktop.documents import monthly_report
from vokasi_desktop.documents.models import BranchProfile
from vokasi_desktop.documents.monthly_report import InstitutionLine, MonthlyReportData
from vokasi_desktop.domain.periods import Period
from vokasi_desktop.services.errors import ValidationError

LICENCE_WARNING_DAYS = 60
INSTITUTION_LIMIT = 15


@dataclass(frozen=True)
class QuotaUse:
    year: int
    seats: int
    seats_used: int
    budget: int
    budget_used: int
    national_target: int | None


@dataclass(frozen=True)
class InstitutionRate:
    code: str
    name: str
    enrolled: int
    completed: int
    not_passed: int

    @property
    def finished(self) -> int:
        return self.completed + self.not_passed

    @property
    def rate(self) -> float | None:
        """Completed / (completed + not passed); None before anyone finished."""
        return self.completed / self.finished if self.finished else None


@dataclass(frozen=True)
class ExpiringLicence:
    code: str
    name: str
    licence_number: str
    expires: date
    days_left: int


@dataclass(frozen=True)
class ClassSeats:
    code: str
    title: str
    institution: str
    mode: str
    start_date: date
    capacity: int
    seats_used: int

    @property
    def seats_left(self) -> int:
        return self.capacity - self.seats_used


@dataclass(frozen=True)
class CounterActivity:
    day: date
    served: int
    enrolled: int
    overrides: int
    registered: int
    documents: int
    cancelled: int
    cancel_reasons: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Dashboard:
    period: Period
    branch_code: str | None
    branch_name: str
    quota: QuotaUse | None
    enrolments: int
    cost: int
    per_month: tuple[tuple[str, int], ...]  # ("2026-03", n), every month of the period
    funnel: tuple[tuple[str, int], ...]  # status -> n, in ENROLLMENT_STATUSES order
    institutions: tuple[InstitutionRate, ...]
    segments: tuple[tuple[str, int], ...]
    employment: tuple[tuple[str, int], ...]
    modes: tuple[tuple[str, int], ...]
    expiring: tuple[ExpiringLicence, ...]
    starting: tuple[ClassSeats, ...]
    today: CounterActivity


def _months(period: Period) -> list[tuple[int, int]]:
    out = []
    y, m = period.date_from.year, period.date_from.month
    while (y, m) <= (period.date_to.year, period.date_to.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def dashboard(db: Database, period: Period, *, today: date | None = None,
              branch_code: str | None = None) -> Dashboard:
    """All dashboard figures for ``period`` (one read transaction)."""
    today = today or db.clock.today()
    start, end = period.bounds()
    in_period = and_(Enrollment.enrolled_at >= start, Enrollment.enrolled_at < end)
    with db.read() as s:
        branch = s.execute(select(Branch).where(
            Branch.code == branch_code if branch_code else Branch.is_local.is_(True))).scalar()
        code = branch.code if branch else branch_code
        name = branch.name if branch else ""

        quota = None
        year = period.programme_year
        row = s.execute(select(BranchQuota, ProgramYear).join(
            ProgramYear, ProgramYear.id == BranchQuota.program_year_id).where(
            ProgramYear.year == year, BranchQuota.branch_code == code)).first()
        if row is not None:
            q, py = row
            quota = QuotaUse(year, q.seats, q.seats_used, q.budget, q.budget_used,
                             py.national_target or None)

        # One pass over the period's enrolments (an index-only range scan of
        # ix_enrollment_dashboard plus a primary-key lookup of the member), grouped finely;
        # everything else is summed here from at most a few thousand groups.
        groups = s.execute(
            select(Enrollment.status, Enrollment.class_id, Member.segment,
                   Member.employment_status, func.count(), func.sum(Enrollment.cost))
            .join(Member, Member.id == Enrollment.member_id)
            .where(in_period)
            .group_by(Enrollment.status, Enrollment.class_id, Member.segment,
                      Member.employment_status)).all()
        class_ids = sorted({g[1] for g in groups})
        class_info: dict[int, tuple[str, int]] = {}
        for k in range(0, len(class_ids), 500):
            class_info.update({cid: (mode, iid) for cid, mode, iid in s.execute(
                select(TrainingClass.id, TrainingClass.mode, TrainingClass.institution_id)
                .where(TrainingClass.id.in_(class_ids[k:k + 500])))})
        inst_ids = sorted({iid for _m, iid in class_info.values()})
        inst_names: dict[int, tuple[str, str]] = {}
        for k in range(0, len(inst_ids), 500):
            inst_names.update({iid: (code, name) for iid, code, name in s.execute(
                select(Institution.id, Institution.code, Institution.name)
                .where(Institution.id.in_(inst_ids[k:k + 500])))})

        total = cost = 0
        by_status: Counter[str] = Counter()
        by_segment: Counter[str] = Counter()
        by_employment: Counter[str] = Counter()
        by_mode: Counter[str] = Counter()
        by_inst: dict[int, list[int]] = {}
        for status, class_id, segment, emp_status, n, amount in groups:
            n = int(n)
            total += n
            cost += int(amount or 0)
            by_status[status] += n
            by_segment[str(segment)] += n
            by_employment[str(emp_status)] += n
            mode, iid = class_info[class_id]
            by_mode[mode] += n
            counts = by_inst.setdefault(iid, [0, 0, 0])
            counts[0] += n
            if status == "completed":
                counts[1] += n
            elif status == "not_passed":
                counts[2] += n
        funnel = tuple((st, by_status.get(st, 0)) for st in ENROLLMENT_STATUSES)
        ranked = sorted(by_inst.items(), key=lambda kv: (-kv[1][0], inst_names[kv[0]][0]))
        institutions = tuple(InstitutionRate(*inst_names[iid], *counts)
                             for iid, counts in ranked[:INSTITUTION_LIMIT])

        def ordered(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
            return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

        segments, employment, modes = ordered(by_segment), ordered(by_employment), \
            ordered(by_mode)

        horizon = today + timedelta(days=LICENCE_WARNING_DAYS)
        exp_rows = s.execute(
            select(Institution.code, Institution.name, Institution.licence_number,
                   Institution.licence_expires)
            .where(Institution.licence_expires.is_not(None),
                   Institution.licence_expires >= today,
                   Institution.licence_expires <= horizon,
                   Institution.status == "active")
            .order_by(Institution.licence_expires, Institution.code)).all()
        # The query excludes NULL expiry dates; the guard narrows the type.
        expiring = tuple(ExpiringLicence(c, n, ln or "", d, (d - today).days)
                         for c, n, ln, d in exp_rows if d is not None)

        monday = today - timedelta(days=today.weekday())
        cls_rows = s.execute(
            select(TrainingClass.code, TrainingClass.title, Institution.name,
                   TrainingClass.mode, TrainingClass.start_date, TrainingClass.capacity,
                   TrainingClass.seats_used)
            .join(Institution, Institution.id == TrainingClass.institution_id)
            .where(TrainingClass.start_date >= monday,
                   TrainingClass.start_date <= monday + timedelta(days=6),
                   TrainingClass.seats_used < TrainingClass.capacity,
                   TrainingClass.status.in_(("open", "running")))
            .order_by(TrainingClass.start_date, TrainingClass.code)).all()
        starting = tuple(ClassSeats(*r) for r in cls_rows)

        activity = _activity(s, today)
    per_month = dashboard_series(db, period)
    return Dashboard(period, code, name, quota, int(total), int(cost), per_month, funnel,
                     institutions, segments, employment, modes, expiring, starting, activity)


def _activity(s: Session, day: date) -> CounterActivity:
    lo, hi = Period.day(day).bounds()
    today_e = and_(Enrollment.enrolled_at >= lo, Enrollment.enrolled_at < hi)
    enrolled, overrides = s.execute(select(
        func.count(Enrollment.id), func.count(Enrollment.override_by)).where(today_e)).one()
    audit_today = and_(AuditEntry.at >= lo, AuditEntry.at < hi)
    registered = s.execute(select(func.count(AuditEntry.id)).where(
        audit_today, AuditEntry.action == "member.register")).scalar_one()
    docs = s.execute(select(func.count(DocumentRecord.id)).where(
        DocumentRecord.issued_at >= lo, DocumentRecord.issued_at < hi)).scalar_one()
    # Workers served: distinct members enrolled or given a document today, plus members
    # registered, verified or given contributions today (audit entries name them by UUID).
    # A day's rows are few, so the union is built here from small id lists.
    served_ids = set(s.execute(select(Enrollment.member_id).where(today_e)).scalars())
    served_ids |= {m for m in s.execute(select(DocumentRecord.member_id).where(
        DocumentRecord.issued_at >= lo, DocumentRecord.issued_at < hi,
        DocumentRecord.member_id.is_not(None))).scalars() if m is not None}
    uuids = {uuid_mod.UUID(u) for u in s.execute(select(AuditEntry.entity_uuid).where(
        audit_today, AuditEntry.entity == "member", AuditEntry.entity_uuid.is_not(None),
        AuditEntry.action.in_(("member.register", "member.verify", "contribution.add")))
    ).scalars()}
    uuid_list = sorted(uuids)
    for i in range(0, len(uuid_list), 500):
        served_ids |= set(s.execute(select(Member.id).where(
            Member.uuid.in_(uuid_list[i:i + 500]))).scalars())
    served = len(served_ids)
    cancel_filter = and_(Enrollment.status == "cancelled", Enrollment.status_changed_at >= lo,
                         Enrollment.status_changed_at < hi)
    reasons = s.execute(select(Enrollment.status_reason, func.count(Enrollment.id))
                        .where(cancel_filter).group_by(Enrollment.status_reason)
                        .order_by(func.count(Enrollment.id).desc(),
                                  Enrollment.status_reason)).all()
    cancelled = sum(int(n) for _r, n in reasons)
    return CounterActivity(day, int(served), int(enrolled), int(overrides), int(registered),
                           int(docs), cancelled,
                           tuple((r or "-", int(n)) for r, n in reasons))


# -- monthly report ---------------------------------------------------------------------------------

def monthly_report_data(db: Database, year: int, month: int, *,
                        today: date | None = None) -> MonthlyReportData:
    """The figures of the monthly report: one calendar month, plus the year-to-date series."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError("report.month", "Bulan laporan tidak valid; gunakan format YYYY-MM.")
    today = today or db.clock.today()
    period = Period.month(year, month)
    board = dashboard(db, period, today=today)
    ytd = dashboard_series(db, Period(date(year, 1, 1), period.date_to))
    with db.read() as s:
        branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar()
        if branch is None:
            raise ValidationError("report.branch", "Profil kantor cabang belum diisi; jalankan init dahulu.")
        profile = BranchProfile(branch.code, branch.name, branch.address, branch.city,
                                branch.phone, branch.email, branch.head_name, branch.head_title)
    q = board.quota
    return MonthlyReportData(
        branch=profile, year=year, month=month, issued_on=today,
        seats=q.seats if q else None, seats_used=q.seats_used if q else None,
        budget=q.budget if q else None, budget_used=q.budget_used if q else None,
        national_target=q.national_target if q else None,
        enrolments=board.enrolments, cost=board.cost, per_month=ytd,
        funnel=board.funnel, segments=board.segments, employment=board.employment,
        modes=board.modes,
        institutions=tuple(InstitutionLine(i.code, i.name, i.enrolled, i.completed, i.not_passed)
                           for i in board.institutions),
        expiring=tuple((e.code, e.name, e.expires) for e in board.expiring))


def dashboard_series(db: Database, period: Period) -> tuple[tuple[str, int], ...]:
    """Enrolments per calendar month of ``period``."""
    start, end = period.bounds()
    months = _months(period)
    counts = []
    with db.read() as s:
        for y, m in months:  # one index-only range count per month
            month_lo, month_hi = Period.month(y, m).bounds()
            lo, hi = max(month_lo, start), min(month_hi, end)
            counts.append(s.execute(select(func.count()).select_from(Enrollment).where(
                Enrollment.enrolled_at >= lo, Enrollment.enrolled_at < hi)).scalar_one())
    return tuple((f"{y:04d}-{m:02d}", int(n)) for (y, m), n in zip(months, counts, strict=True))


def write_monthly_report(db: Database, year: int, month: int, path: Path, *,
                         today: date | None = None) -> Path:
    """Write the monthly report to ``path``: ``.xlsx`` workbook or ``.pdf`` (atomic)."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError("report.suffix", "Berkas laporan harus berakhiran .xlsx atau .pdf.")
    data = monthly_report_data(db, year, month, today=today)
    if suffix == ".pdf":
        return monthly_report.render_monthly_pdf(data, path)
    return monthly_report.render_monthly_workbook(data, path)
