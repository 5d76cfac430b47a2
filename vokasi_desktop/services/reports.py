"""Excel exports: queries that feed the report definitions of ``documents.xlsx_export``.

Large exports stream: rows come from the database in batches (``yield_per``) straight into a
write-only workbook, so memory stays flat for a million rows. NIKs are masked unless the user
explicitly asks for the full number, which is recorded in the audit log with the reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.branch import local_branch_row
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    Branch,
    BranchQuota,
    DocumentRecord,
    Enrollment,
    Institution,
    Member,
    ProgramYear,
    TrainingClass,
)
from vokasi_desktop.documents.xlsx_export import (
    ReportResult,
    SheetSpec,
    enrolment_columns,
    institution_columns,
    monthly_recap_sheets,
    participant_columns,
    quota_columns,
    register_columns,
    write_report,
)
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.formatting import format_month_id
from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.domain.licence import licence_state
from vokasi_desktop.domain.periods import Period
from vokasi_desktop.domain.regions import regency_name, region_label
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.catalog import INSTITUTION_TYPE_LABELS, MODE_LABELS
from vokasi_desktop.services.errors import NotFoundError, ValidationError
from vokasi_desktop.services.members import ENROLLMENT_LABELS, SEGMENT_LABELS
from vokasi_desktop.services.outputs import export_path
from vokasi_desktop.services.privacy import ExportApproval, approve_full_nik_export
from vokasi_desktop.services.progress import NEVER_CANCELLED, CancelToken, Report, no_report

EXPORT_KINDS = ("participants", "enrolments", "recap", "quota", "institutions", "register")
KIND_LABELS = {
    "participants": "Daftar peserta per kelas",
    "enrolments": "Pendaftaran per periode",
    "recap": "Rekap bulanan kantor",
    "quota": "Penggunaan kuota dan anggaran",
    "institutions": "Daftar lembaga pelatihan dan status izin",
    "register": "Buku agenda surat keluar (register dokumen)",
}
DOC_TYPE_LABELS = vocabulary.DOC_TYPES.labels()
BATCH = 2000
MIN_FULL_NIK_REASON = 10  # "x" is not a reason
ENROLMENT_TOTALS_NOTE = ("Semua pendaftaran pada periode ini, termasuk yang dibatalkan; "
                         "jumlah biaya tidak termasuk pendaftaran yang dibatalkan "
                         "(sama dengan rekap bulanan).")


@dataclass(frozen=True)
class ExportRequest:
    """What to export; only the fields the kind needs are read."""

    kind: str
    principal: Principal
    date_from: date | None = None
    date_to: date | None = None
    class_code: str | None = None
    year: int | None = None
    month: int | None = None
    full_nik: bool = False
    full_nik_reason: str = ""
    # Full NIK: a supervisor or head of branch other than the exporter approves (four eyes).
    approval: ExportApproval | None = None


# Which ExportRequest fields each export reads ("nik": full_nik, its reason and approval);
# the GUI shows only these, the CLI documents them per kind.
EXPORT_PARAMS: dict[str, frozenset[str]] = {
    "participants": frozenset({"class", "nik"}),
    "enrolments": frozenset({"period", "nik"}),
    "recap": frozenset({"year", "month"}),
    "quota": frozenset({"year"}),
    "institutions": frozenset(),
    "register": frozenset({"period"}),
}
EXPORT_FILE_NAMES = {"participants": "peserta", "enrolments": "pendaftaran", "recap": "rekap",
                     "quota": "kuota", "institutions": "lembaga", "register": "register"}


def export_title(req: ExportRequest) -> str:
    """The file title of an export: ``peserta-KLS-2026-0001``, ``rekap-2026-11``, ``kuota-2026``."""
    parts = [EXPORT_FILE_NAMES.get(req.kind, req.kind)]
    if req.class_code:
        parts.append(req.class_code)
    if req.kind == "recap" and req.year and req.month:
        parts.append(f"{req.year}-{req.month:02d}")
    elif req.kind == "quota" and req.year:
        parts.append(str(req.year))
    return "-".join(parts)


def suggested_export_path(req: ExportRequest, on: date) -> Path:
    """Where the GUI proposes to save an export made on ``on`` (the clerk confirms it)."""
    return export_path(export_title(req), on)


def _branch(session: Session) -> Branch:
    b = local_branch_row(session)
    if b is None:
        raise NotFoundError("branch_missing", "Profil kantor belum diisi.")
    return b


def _subtitle(branch: Branch, period: str, actor: str, full_nik: bool,
              now: datetime) -> list[str]:
    lines = [f"{branch.name} ({branch.code})", period,
             f"Dibuat: {now:%d/%m/%Y %H:%M} oleh {actor}"]
    lines.append("NIK ditampilkan LENGKAP atas permintaan (tercatat di log audit)."
                 if full_nik else "NIK disamarkan.")
    return lines


def _nik(value: str, full: bool) -> str:
    return value if full else mask_nik(value)


LICENCE_LABELS = vocabulary.LICENCE_STATES.labels()


def licence_status_label(number: str | None, issued: date | None, expires: date | None,
                         today: date) -> str:
    return LICENCE_LABELS[licence_state(number, issued, expires, today)]


def _participants(session: Session, req: ExportRequest,
                  today: date) -> tuple[str, str, list[SheetSpec]]:
    if not req.class_code:
        raise ValidationError("class_required", "Pilih kelas untuk daftar peserta.", "class")
    klass = session.execute(select(TrainingClass).where(
        TrainingClass.code == req.class_code.strip().upper())).scalar_one_or_none()
    if klass is None:
        raise NotFoundError("class_missing", f"Kelas {req.class_code} tidak ditemukan.")
    rows = session.execute(
        select(Member.nik, Member.kpj, Member.name, Member.sex, Member.birth_place,
               Member.birth_date, Member.phone, Member.segment, Enrollment.enrolled_at,
               Enrollment.status)
        .join(Member, Member.id == Enrollment.member_id)
        .where(Enrollment.class_id == klass.id, Enrollment.status != "cancelled")
        .order_by(Member.name_norm)
    ).all()

    def gen() -> Iterator[dict[str, Any]]:
        for r in rows:
            yield {"nik": _nik(r.nik, req.full_nik), "kpj": r.kpj or "", "name": r.name,
                   "sex": r.sex, "birth_place": r.birth_place, "birth_date": r.birth_date,
                   "phone": r.phone, "segment": r.segment, "enrolled_on": r.enrolled_at.date(),
                   "status": ENROLLMENT_LABELS.get(r.status, r.status)}

    inst = session.get(Institution, klass.institution_id)
    period = (f"Kelas {klass.code} - {klass.title}; {inst.name if inst else ''}; "
              f"{klass.start_date:%d/%m/%Y} s.d. {klass.end_date:%d/%m/%Y}")
    return ("DAFTAR PESERTA PELATIHAN VOKASI", period,
            [SheetSpec("Peserta", participant_columns(req.full_nik), gen())])


def _enrolments(session: Session, req: ExportRequest,
                today: date) -> tuple[str, str, list[SheetSpec]]:
    start = req.date_from or today.replace(day=1)
    end = req.date_to or today
    if end < start:
        raise ValidationError("period_order", "Tanggal akhir sebelum tanggal awal.", "to")
    lo, hi = Period(start, end).bounds()
    query = (
        select(Enrollment.enrolled_at, Member.nik, Member.name, Member.segment,
               TrainingClass.code, TrainingClass.title, Institution.name.label("inst"),
               TrainingClass.mode, TrainingClass.start_date, TrainingClass.end_date,
               Enrollment.status, Enrollment.cost, Enrollment.enrolled_by)
        .join(Member, Member.id == Enrollment.member_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .join(Institution, Institution.id == TrainingClass.institution_id)
        .where(Enrollment.enrolled_at >= lo, Enrollment.enrolled_at < hi)
        .order_by(Enrollment.enrolled_at, Enrollment.id)
        .execution_options(yield_per=BATCH)
    )

    def gen() -> Iterator[dict[str, Any]]:
        for r in session.execute(query):
            yield {"enrolled_on": r.enrolled_at.astimezone().date(),
                   "nik": _nik(r.nik, req.full_nik), "name": r.name, "segment": r.segment,
                   "class_code": r.code, "class_title": r.title, "institution": r.inst,
                   "mode": MODE_LABELS.get(r.mode, r.mode), "start_date": r.start_date,
                   "end_date": r.end_date, "status": ENROLLMENT_LABELS.get(r.status, r.status),
                   # A cancelled enrolment costs nothing: blank, as in the monthly recap.
                   "cost": None if r.status == "cancelled" else r.cost,
                   "clerk": r.enrolled_by}

    return ("PENDAFTARAN PESERTA VOKASI", f"Periode {start:%d/%m/%Y} s.d. {end:%d/%m/%Y}",
            [SheetSpec("Pendaftaran", enrolment_columns(req.full_nik), gen(),
                       heading=ENROLMENT_TOTALS_NOTE)])


def _recap(session: Session, req: ExportRequest,
           today: date) -> tuple[str, str, list[SheetSpec]]:
    year, month = req.year or today.year, req.month or today.month
    if not 1 <= month <= 12:
        raise ValidationError("month_invalid", "Bulan harus 1-12.", "month")
    lo, hi = Period.month(year, month).bounds()
    rows = session.execute(
        select(Member.segment, Enrollment.status, Institution.name, TrainingClass.mode,
               Enrollment.cost)
        .join(Member, Member.id == Enrollment.member_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .join(Institution, Institution.id == TrainingClass.institution_id)
        .where(Enrollment.enrolled_at >= lo, Enrollment.enrolled_at < hi)
    ).all()
    dims: dict[str, dict[str, list[int]]] = {d: defaultdict(lambda: [0, 0, 0, 0])
                                               for d in ("segment", "institution", "mode")}
    status_counts: dict[str, int] = defaultdict(int)
    for segment, status, inst, mode, cost in rows:
        status_counts[ENROLLMENT_LABELS.get(status, status)] += 1
        for dim, label in (("segment", SEGMENT_LABELS.get(segment, segment)),
                           ("institution", inst), ("mode", MODE_LABELS.get(mode, mode))):
            acc = dims[dim][label]
            acc[0] += 1
            acc[1] += status == "completed"
            acc[2] += status in ("cancelled", "not_passed")
            acc[3] += cost if status != "cancelled" else 0
    total = len(rows)

    def table(dim: str) -> list[dict[str, Any]]:
        out = []
        for label, (enrolled, completed, cancelled, cost) in sorted(dims[dim].items()):
            out.append({"label": label, "enrolled": enrolled, "completed": completed,
                        "cancelled": cancelled,
                        "completion_rate": completed / enrolled if enrolled else 0.0,
                        "cost": cost})
        return out

    tables = {
        "segment": table("segment"),
        "status": [{"label": k, "count": v, "share": v / total if total else 0.0}
                   for k, v in sorted(status_counts.items())],
        "institution": table("institution"),
        "mode": table("mode"),
    }
    return ("REKAP BULANAN PROGRAM VOKASI", f"Bulan {format_month_id(year, month)}",
            monthly_recap_sheets(tables))


def _quota(session: Session, req: ExportRequest,
           today: date) -> tuple[str, str, list[SheetSpec]]:
    year = req.year or today.year
    rows = session.execute(
        select(BranchQuota, Branch.name).join(
            ProgramYear, ProgramYear.id == BranchQuota.program_year_id)
        .outerjoin(Branch, Branch.code == BranchQuota.branch_code)
        .where(ProgramYear.year == year).order_by(BranchQuota.branch_code)).all()
    if not rows:
        raise NotFoundError("quota_missing", f"Belum ada kuota untuk tahun program {year}.",
                            {"year": year})

    def rate(used: int, total: int) -> float:
        return used / total if total else 0.0

    data = [{"label": f"{q.branch_code} {name or ''}".strip(), "seats": q.seats,
             "seats_used": q.seats_used, "seats_left": q.seats - q.seats_used,
             "seats_used_rate": rate(q.seats_used, q.seats), "budget": q.budget,
             "budget_used": q.budget_used, "budget_left": q.budget - q.budget_used,
             "budget_used_rate": rate(q.budget_used, q.budget)} for q, name in rows]
    return ("PENGGUNAAN KUOTA DAN ANGGARAN", f"Tahun program {year}",
            [SheetSpec("Kuota", quota_columns("Kantor"), data)])


def _institutions(session: Session, req: ExportRequest,
                  today: date) -> tuple[str, str, list[SheetSpec]]:
    rows = session.execute(select(Institution).order_by(Institution.name)).scalars().all()
    data = [{
        "code": i.code, "name": i.name, "type": INSTITUTION_TYPE_LABELS.get(i.type, i.type),
        "licence_number": i.licence_number or "", "licence_issuer": i.licence_issuer or "",
        "licence_issued": i.licence_issued, "licence_expires": i.licence_expires,
        "licence_status": licence_status_label(i.licence_number, i.licence_issued,
                                               i.licence_expires, today),
        "founded_on": i.founded_on, "accreditation": i.accreditation,
        "accreditation_expires": i.accreditation_expires, "pks_number": i.pks_number or "",
        "pks_to": i.pks_to, "region": (regency_name(i.region_code) or region_label(i.region_code)),
        "contact": i.contact_name, "phone": i.phone, "capacity": i.capacity,
        "status": vocabulary.INSTITUTION_STATUSES.label(i.status),
    } for i in rows]
    return ("DAFTAR LEMBAGA PELATIHAN", f"Per {today:%d/%m/%Y}",
            [SheetSpec("Lembaga", institution_columns(), data)])


def _register(session: Session, req: ExportRequest,
              today: date) -> tuple[str, str, list[SheetSpec]]:
    """Buku agenda surat keluar: every document issued in the period, valid or voided.

    Personal data stays masked: the subject is printed with NIK-like numbers masked and the
    NIK itself is not a column.
    """
    start = req.date_from or date(today.year, 1, 1)
    end = req.date_to or today
    if end < start:
        raise ValidationError("period_order", "Tanggal akhir sebelum tanggal awal.", "to")
    lo, hi = Period(start, end).bounds()
    query = (
        select(DocumentRecord.number, DocumentRecord.issued_at, DocumentRecord.doc_type,
               DocumentRecord.subject, DocumentRecord.issued_by, DocumentRecord.voided,
               DocumentRecord.void_reason)
        .where(DocumentRecord.issued_at >= lo, DocumentRecord.issued_at < hi)
        .order_by(DocumentRecord.doc_type, DocumentRecord.year, DocumentRecord.sequence)
        .execution_options(yield_per=BATCH)
    )

    def gen() -> Iterator[dict[str, Any]]:
        for r in session.execute(query):
            yield {"number": r.number, "issued_on": r.issued_at.astimezone().date(),
                   "doc_type": DOC_TYPE_LABELS.get(r.doc_type, r.doc_type),
                   "subject": mask_nik(r.subject), "issued_by": r.issued_by,
                   "status": "Dibatalkan" if r.voided else "Berlaku",
                   "note": mask_nik(r.void_reason or "") if r.voided else ""}

    return ("BUKU AGENDA SURAT KELUAR", f"Periode {start:%d/%m/%Y} s.d. {end:%d/%m/%Y}",
            [SheetSpec("Agenda", register_columns(), gen())])


BUILDERS = {"participants": _participants, "enrolments": _enrolments, "recap": _recap,
            "quota": _quota, "institutions": _institutions, "register": _register}


def export(db: Database, req: ExportRequest, path: Path | str, *,
           report: Report = no_report, cancel: CancelToken = NEVER_CANCELLED) -> ReportResult:
    """Write one export; all-or-nothing (a cancelled export raises Cancelled, leaves no file).

    ``report`` receives ``Progress(rows written, 0)`` as the rows stream out.
    """
    if req.kind not in BUILDERS:
        raise ValidationError("export_kind", f"Jenis ekspor tidak dikenal: {req.kind}.", "kind")
    authorize(db, req.principal, Action.EXPORT_FULL_NIK if req.full_nik else Action.EXPORT_MASKED,
              kind=req.kind)
    actor = req.principal.username
    if req.full_nik and len(req.full_nik_reason.strip()) < MIN_FULL_NIK_REASON:
        raise ValidationError("full_nik_reason",
                              "NIK lengkap hanya dengan alasan yang dicatat (minimal "
                              f"{MIN_FULL_NIK_REASON} karakter, mis. sertifikasi LSP).",
                              "full_nik_reason", {"low": MIN_FULL_NIK_REASON})
    approved_by, approval_reason = "", ""
    if req.full_nik:
        approved_by, approval_reason = approve_full_nik_export(db, req.principal, req.approval)
    with db.read() as session:
        branch = _branch(session)
        now = db.clock.now()
        title, period, sheets = BUILDERS[req.kind](session, req, now.date())
        result = write_report(Path(path), title=title,
                              subtitle_lines=_subtitle(branch, period, actor, req.full_nik, now),
                              sheets=sheets, report=report, cancel=cancel)
    with db.write() as session:
        audit.record(session, actor, "export." + req.kind, "export", None,
                     rows=sum(result.rows_per_sheet.values()), full_nik=req.full_nik,
                     reason=req.full_nik_reason.strip()[:200] if req.full_nik else "",
                     **({"approved_by": approved_by, "approval_reason": approval_reason,
                         "reason_code": req.approval.reason_code}
                        if req.full_nik and req.approval else {}))
    return result


def enrolment_count(db: Database, date_from: date, date_to: date) -> int:
    lo = datetime.combine(date_from, datetime.min.time()).astimezone()
    hi = datetime.combine(date_to + timedelta(days=1), datetime.min.time()).astimezone()
    with db.read() as session:
        return int(session.execute(select(func.count(Enrollment.id)).where(
            Enrollment.enrolled_at >= lo, Enrollment.enrolled_at < hi)).scalar_one())
