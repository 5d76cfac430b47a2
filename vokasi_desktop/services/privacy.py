"""Personal data protection (UU 27/2022): consent records, NIK reveal, full-NIK export
approval, the "data held on this person" report and the retention purge.

Every use case takes an authenticated :class:`Principal` and the clock from the caller. Audit
entries about a person carry its ``person_ref`` (keyed NIK hash) and never the NIK, a name or
another piece of personal data.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, cast

from sqlalchemy import delete, func, insert, literal, select, text, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    ACTIVE_ENROLLMENT_STATUSES,
    AuditEntry,
    Branch,
    Conflict,
    ContributionPeriod,
    DocumentRecord,
    DuplicateCase,
    Enrollment,
    ExchangeShadow,
    Member,
    MemberConsent,
    PurgedPerson,
)
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.domain.privacy import (
    CONSENT_PURPOSE,
    CONSENT_PURPOSE_CODE,
    CONSENT_TEXT,
    CONSENT_TEXT_VERSION,
    MIN_REASON_TEXT,
    REVEAL_REASONS,
    reason_label,
)
from vokasi_desktop.domain.progress import (
    NEVER_CANCELLED,
    CancelToken,
    Progress,
    Report,
    no_report,
)
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import NotFoundError, ValidationError

# ------------------------------------------------------------------------------ consent


def record_consent(session: Session, member_id: int, actor: str, method: str = "counter",
                   *, at: datetime | None = None) -> None:
    """Record consent for one member inside the caller's (registration) transaction."""
    session.add(MemberConsent(member_id=member_id, purpose_code=CONSENT_PURPOSE_CODE,
                              text_version=CONSENT_TEXT_VERSION, method=method,
                              recorded_by=actor, recorded_at=at or utcnow()))


_CONSENT_CHUNK = 2_000  # NIKs per INSERT ... SELECT (bound parameters stay far below limits)


def record_import_consents(session: Session, niks: Iterable[str], actor: str) -> int:
    """Consent "by import" for the members just inserted with these NIKs (importer's
    transaction; the importing principal is the actor). Returns how many were recorded.

    One ``INSERT ... SELECT`` per 2,000 NIKs: the member ids never travel through Python."""
    wanted = list(niks)
    at = utcnow()
    recorded = 0
    for start in range(0, len(wanted), _CONSENT_CHUNK):
        chunk = wanted[start:start + _CONSENT_CHUNK]
        rows = select(
            Member.id,
            literal(CONSENT_PURPOSE_CODE, MemberConsent.purpose_code.type),
            literal(CONSENT_TEXT_VERSION, MemberConsent.text_version.type),
            literal("import", MemberConsent.method.type),
            literal(actor, MemberConsent.recorded_by.type),
            literal(at, MemberConsent.recorded_at.type),
        ).where(Member.nik.in_(chunk))
        done = session.execute(insert(MemberConsent).from_select(
            ["member_id", "purpose_code", "text_version", "method", "recorded_by",
             "recorded_at"], rows))
        recorded += cast(CursorResult[Any], done).rowcount
    return recorded


@dataclass(frozen=True)
class ConsentView:
    purpose_code: str
    purpose: str
    text_version: str
    method: str
    recorded_by: str
    recorded_at: datetime


def consents_of(session: Session, member_id: int) -> list[ConsentView]:
    rows = session.execute(select(MemberConsent).where(MemberConsent.member_id == member_id)
                           .order_by(MemberConsent.id)).scalars()
    return [ConsentView(r.purpose_code, CONSENT_PURPOSE, r.text_version, r.method,
                        r.recorded_by, r.recorded_at) for r in rows]


# ------------------------------------------------------------------------------ reasons


def check_reason(code: str, note: str) -> str:
    """``"<label>: <note>"`` for a reason code from the list plus its free text."""
    if code not in REVEAL_REASONS:
        raise ValidationError("reason_code", "Pilih alasan dari daftar.", "reason_code")
    note = " ".join((note or "").split())
    if len(note) < MIN_REASON_TEXT:
        raise ValidationError("reason_text",
                              f"Tuliskan keterangan alasan (minimal {MIN_REASON_TEXT} karakter).",
                              "reason_text")
    return f"{reason_label(code)}: {mask_nik(note)}"[:300]


# ------------------------------------------------------------------------------ reveal


def reveal_nik(db: Database, principal: Principal, member_id: int, reason_code: str,
               reason_text: str) -> str:
    """The full NIK of one member, for a role allowed to see it, with an audited reason."""
    reason = check_reason(reason_code, reason_text)
    authorize(db, principal, Action.NIK_REVEAL)
    with db.write() as session:
        m = session.get(Member, member_id)
        if m is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        audit.record(session, principal.username, "nik.reveal", "member", m.uuid,
                     reason_code=reason_code, reason=reason)
        return m.nik


# ------------------------------------------------------------------------------ export


@dataclass(frozen=True)
class ExportApproval:
    """A second person's approval of a full-NIK export (four eyes)."""

    approver: str
    password: str = field(repr=False)  # never in a log or a traceback
    reason_code: str = "other"
    reason_text: str = ""


def approve_full_nik_export(db: Database, principal: Principal,
                            approval: ExportApproval | None) -> tuple[str, str]:
    """Check the approval; return (approver username, reason). Raises when it is missing,
    the approver is the exporter or may not approve, or the password is wrong."""
    from vokasi_desktop.services.auth import verify_approver

    if approval is None or not approval.approver.strip():
        raise ValidationError("approval_missing",
                              "Ekspor NIK lengkap memerlukan persetujuan supervisor atau kepala "
                              "cabang lain (nama pengguna dan kata sandinya).", "approver")
    reason = check_reason(approval.reason_code, approval.reason_text)
    approver = verify_approver(db, approval.approver.strip(), approval.password,
                               requester=principal, action=Action.NIK_EXPORT_APPROVE)
    return approver, reason


# ------------------------------------------------------------------------------ person report


def _find_by_nik(session: Session, nik: str) -> Member:
    digits = "".join(ch for ch in nik if ch.isdigit())
    m = session.execute(select(Member).where(Member.nik == digits)).scalar_one_or_none()
    if m is None or len(digits) != 16:
        raise NotFoundError("member_missing", "Tidak ada peserta dengan NIK tersebut.")
    return m


def _local(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%d/%m/%Y %H:%M") if dt else ""


def _day(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


DOC_TYPE_NAMES = vocabulary.DOC_TYPES.labels()


def person_sections(session: Session, m: Member) -> list[tuple[str, list[str], list[list[str]]]]:
    """The report's sections: (title, header, rows), in Indonesian."""
    from vokasi_desktop.services.members import (  # members imports this module
        EMPLOYMENT_LABELS,
        ENROLLMENT_LABELS,
        MEMBERSHIP_LABELS,
        SEGMENT_LABELS,
        VERIFICATION_LABELS,
    )

    member = [
        ["NIK", m.nik], ["Nama", m.name], ["Tempat lahir", m.birth_place],
        ["Tanggal lahir", _day(m.birth_date)],
        ["Jenis kelamin", vocabulary.SEXES.label(m.sex)],
        ["No. KK", m.kk or ""], ["No. KPJ", m.kpj or ""], ["Alamat", m.address],
        ["Kode wilayah", m.region_code], ["Telepon", m.phone],
        ["Segmen", SEGMENT_LABELS.get(m.segment, m.segment)],
        ["Status kerja", EMPLOYMENT_LABELS.get(m.employment_status, m.employment_status)], ["Tanggal PHK", _day(m.layoff_date)],
        ["Status kepesertaan", MEMBERSHIP_LABELS.get(m.membership_status, m.membership_status)],
        ["Peserta sejak", _day(m.membership_since)],
        ["Diverifikasi oleh", m.verified_by or ""], ["Diverifikasi pada", _local(m.verified_at)],
        ["Cara verifikasi", VERIFICATION_LABELS.get(m.verified_method or "", m.verified_method or "")], ["Catatan verifikasi", m.verified_note],
        ["Alasan peringatan NIK", m.nik_warning_reason],
        ["Kantor asal", m.origin_branch], ["Dicatat", _local(m.created_at)],
        ["Terakhir diubah", _local(m.updated_at)],
    ]
    contributions = [[_day(c.month_from), _day(c.month_to), _local(c.created_at)]
                     for c in session.execute(select(ContributionPeriod).where(
                         ContributionPeriod.member_id == m.id)
                         .order_by(ContributionPeriod.month_from)).scalars()]
    enrolments = [[str(e.training_class.code), ENROLLMENT_LABELS.get(e.status, e.status), _local(e.enrolled_at), e.enrolled_by,
                   e.override_by or "", _day(e.completion_date), e.result]
                  for e in session.execute(select(Enrollment).where(Enrollment.member_id == m.id)
                                           .order_by(Enrollment.id)).scalars()]
    documents = [[d.number, DOC_TYPE_NAMES.get(d.doc_type, d.doc_type), _local(d.issued_at), d.issued_by,
                  "Dibatalkan" if d.voided else "Berlaku", str(d.reprint_count)]
                 for d in session.execute(select(DocumentRecord).where(
                     DocumentRecord.member_id == m.id).order_by(DocumentRecord.id)).scalars()]
    consents = [[c.purpose, c.purpose_code, c.text_version,
                 "impor" if c.method == "import" else "loket", c.recorded_by,
                 _local(c.recorded_at)] for c in consents_of(session, m.id)]
    if not consents and m.consent_at is not None:
        consents = [[m.consent_purpose, "", "", "sebelum versi 2026-1", "", _local(m.consent_at)]]
    ref = audit.person_ref(session, m.nik)
    entries = [[str(a.seq), _local(a.at), a.actor, a.action, a.entity]
               for a in session.execute(select(AuditEntry).where(AuditEntry.person_ref == ref)
                                        .order_by(AuditEntry.seq)).scalars()]
    return [
        ("Data peserta", ["Data", "Isi"], member),
        ("Persetujuan pengolahan data", ["Tujuan", "Kode tujuan", "Versi teks", "Cara",
                                         "Dicatat oleh", "Waktu"], consents),
        ("Periode iuran", ["Dari bulan", "Sampai bulan", "Dicatat"], contributions),
        ("Pendaftaran pelatihan", ["Kelas", "Status", "Waktu daftar", "Petugas",
                                   "Disetujui oleh", "Tanggal selesai", "Hasil"], enrolments),
        ("Dokumen diterbitkan", ["Nomor", "Jenis", "Waktu terbit", "Petugas", "Status",
                                 "Cetak ulang"], documents),
        ("Catatan audit tentang peserta", ["Urutan", "Waktu", "Pengguna", "Tindakan",
                                           "Objek"], entries),
    ]


@dataclass(frozen=True)
class PersonReport:
    path: Path
    sections: dict[str, int]  # title -> row count


def person_report(db: Database, principal: Principal, nik: str, path: Path | str, *,
                  now: datetime) -> PersonReport:
    """Write "Data yang disimpan tentang peserta" for one NIK: ``.pdf`` or ``.xlsx``.

    The file holds the full NIK (it is the person's own data, handed to them or to the
    supervisor answering their request); the audit entry holds the person_ref only.
    """
    out = Path(path)
    fmt = out.suffix.lower()
    if fmt not in (".xlsx", ".pdf"):
        raise ValidationError("report_format", "Berkas laporan harus .xlsx atau .pdf.", "out")
    authorize(db, principal, Action.PERSON_REPORT)
    with db.read() as session:
        m = _find_by_nik(session, nik)
        member_uuid = m.uuid
        sections = person_sections(session, m)
        branch = session.execute(select(Branch.name).where(Branch.is_local.is_(True))).scalar()
    title = "DATA PRIBADI YANG DISIMPAN TENTANG PESERTA"
    subtitle = [f"Kantor: {branch or '-'}",
                f"Dibuat {now.astimezone().strftime('%d/%m/%Y %H:%M')} oleh {principal.username}",
                "Dasar: UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
                f"Teks persetujuan (versi {CONSENT_TEXT_VERSION}): {CONSENT_TEXT}"]
    tmp = out.with_name(f".{out.name}.{uuid_mod.uuid4().hex[:8]}.tmp")
    try:
        if fmt == ".xlsx":
            _write_xlsx(tmp, title, subtitle, sections)
        else:
            _write_pdf(tmp, title, subtitle, sections)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    with db.write() as session:
        audit.record(session, principal.username, "person.report", "member", member_uuid,
                     format=fmt.lstrip("."))
    return PersonReport(out, {t: len(rows) for t, _h, rows in sections})


def _write_xlsx(path: Path, title: str, subtitle: list[str],
                sections: list[tuple[str, list[str], list[list[str]]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data peserta"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    for line in subtitle:
        ws.append([line])
    for name, header, rows in sections:
        ws.append([])
        ws.append([name])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        ws.append(header)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        if not rows:
            ws.append(["(tidak ada)"])
        for row in rows:
            ws.append(row)
            for cell in ws[ws.max_row]:
                # user text stays text: never a formula, a NIK never a number
                cell.data_type = "s"
    for col, width in zip("ABCDEFG", (26, 34, 20, 20, 18, 18, 14), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


def _write_pdf(path: Path, title: str, subtitle: list[str],
               sections: list[tuple[str, list[str], list[list[str]]]]) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from vokasi_desktop.documents.fonts import SANS as FONT
    from vokasi_desktop.documents.fonts import SANS_BOLD as FONT_BOLD
    from vokasi_desktop.documents.fonts import register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11)
    head = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=13, leading=16, spaceAfter=4)
    sect = ParagraphStyle("sect", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=8,
                          spaceAfter=3)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9)
    story: list[Any] = [Paragraph(title, head)]
    story += [Paragraph(_esc(line), body) for line in subtitle]
    for name, header, rows in sections:
        story.append(Paragraph(_esc(name), sect))
        data = [[Paragraph(_esc(h), cell) for h in header]]
        data += [[Paragraph(_esc(v), cell) for v in row] for row in rows] or [
            [Paragraph("(tidak ada)", cell)] + [Paragraph("", cell)] * (len(header) - 1)]
        table = Table(data, repeatRows=1, colWidths=[(180 * mm) / len(header)] * len(header))
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.93, 0.96)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [table, Spacer(1, 2 * mm)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title,
                            initialFontName=FONT)
    doc.build(story)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------ retention purge


PURGED_NAME = "DATA DIHAPUS"
_PURGE_LOCK_KEY = 0x70757267  # "purg": pg_advisory_xact_lock serialising purges


@dataclass(frozen=True)
class PurgePreview:
    retention_years: int
    cutoff: date
    member_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.member_ids)


def _cutoff(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _candidates(session: Session, cutoff: date) -> list[int]:
    edge = datetime.combine(cutoff, time.min, tzinfo=UTC)
    live = select(Enrollment.member_id).where(Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES))
    recent_enrol = select(Enrollment.member_id).where(
        (Enrollment.enrolled_at >= edge) | (Enrollment.status_changed_at >= edge)
        | (Enrollment.completion_date >= cutoff))
    recent_doc = select(DocumentRecord.member_id).where(
        DocumentRecord.member_id.is_not(None), DocumentRecord.issued_at >= edge)
    recent_contrib = select(ContributionPeriod.member_id).where(
        (ContributionPeriod.month_to >= cutoff) | (ContributionPeriod.updated_at >= edge))
    purged = select(PurgedPerson.member_uuid)
    q = (select(Member.id).where(
        Member.updated_at < edge, Member.created_at < edge,
        Member.id.not_in(live), Member.id.not_in(recent_enrol), Member.id.not_in(recent_doc),
        Member.id.not_in(recent_contrib), Member.uuid.not_in(purged)).order_by(Member.id))
    return list(session.execute(q).scalars())


def purge_preview(db: Database, principal: Principal, *, today: date) -> PurgePreview:
    """Members whose last activity is older than the retention setting (nothing changes)."""
    from vokasi_desktop.services.setup import get_office_settings

    authorize(db, principal, Action.PERSON_PURGE)
    years = get_office_settings(db).retention_years
    cutoff = _cutoff(today, years)
    with db.read() as session:
        return PurgePreview(years, cutoff, tuple(_candidates(session, cutoff)))


def purge(db: Database, principal: Principal, *, today: date,
          expected_count: int | None = None, report: Report = no_report,
          cancel: CancelToken = NEVER_CANCELLED) -> int:
    """Remove the personal data of every member past retention, in one transaction.

    A member with no enrolment and no document is deleted with its contributions and
    consents. A member with enrolments or documents (statistics and the signed registry must
    stay) is anonymised: identity fields emptied, NIK replaced by a non-NIK placeholder, free
    texts cleared; its documents keep number, type, dates and PDF hash, their payload and QR
    text are emptied and this branch's key signs the registry row again. A tombstone with the
    person_ref and uuid stops an exchange package from bringing the person back. The audit
    chain is not touched (entries hold person_ref and masked values only), so it still
    verifies. ``expected_count`` (from the preview the user confirmed) refuses a purge whose
    set changed meanwhile. ``report``/``cancel`` follow ``domain.progress``; a cancel rolls
    everything back (about 200 members a second on SQLite: a first purge of a large,
    old database holds the write lock for minutes, run it after hours).
    """
    from vokasi_desktop.services.setup import get_office_settings

    authorize(db, principal, Action.PERSON_PURGE)
    years = get_office_settings(db).retention_years
    cutoff = _cutoff(today, years)
    with db.write() as session:
        if session.get_bind().dialect.name == "postgresql":
            # Two counters purging at once: the second waits, then sees the first's result
            # (SQLite's BEGIN IMMEDIATE already serialises writers).
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PURGE_LOCK_KEY})
        ids = _candidates(session, cutoff)
        if expected_count is not None and expected_count != len(ids):
            raise ValidationError(
                "purge_changed",
                f"Jumlah peserta yang akan dihapus berubah ({expected_count} menjadi "
                f"{len(ids)}); tampilkan pratinjau lagi.", "count")
        deleted = anonymised = documents = 0
        for done, member_id in enumerate(ids):
            if done % 100 == 0:
                cancel.raise_if_cancelled()  # rolls the whole purge back
                report(Progress(done, len(ids), "Menghapus data pribadi"))
            d, docs = _purge_one(session, member_id)
            deleted += d
            anonymised += 1 - d
            documents += docs
        audit.record(session, principal.username, "person.purge", "member", None,
                     count=len(ids), deleted=deleted, anonymised=anonymised,
                     documents=documents, retention_years=years, cutoff=cutoff.isoformat())
    return len(ids)


def _purge_one(session: Session, member_id: int) -> tuple[int, int]:
    """Purge one member; (1 if deleted else 0, documents anonymised)."""
    from vokasi_desktop.documents.signing import sign_payload
    from vokasi_desktop.services.documents import _private_key, _seal

    m = session.get(Member, member_id)
    assert m is not None
    session.add(PurgedPerson(person_ref=audit.person_ref(session, m.nik), member_uuid=m.uuid,
                             purged_at=utcnow()))
    contrib_keys = [str(u) for u in session.execute(select(ContributionPeriod.uuid).where(
        ContributionPeriod.member_id == member_id)).scalars()]
    keys = [str(m.uuid), *contrib_keys]
    session.execute(delete(ExchangeShadow).where(ExchangeShadow.entity_key.in_(keys)))
    session.execute(delete(Conflict).where(Conflict.entity_uuid.in_(
        [m.uuid, *(uuid_mod.UUID(k) for k in contrib_keys)])))
    session.execute(delete(DuplicateCase).where(DuplicateCase.nik == m.nik))
    session.execute(delete(MemberConsent).where(MemberConsent.member_id == member_id))
    session.execute(delete(ContributionPeriod).where(ContributionPeriod.member_id == member_id))
    has_enrol = session.execute(select(func.count()).select_from(Enrollment).where(
        Enrollment.member_id == member_id)).scalar_one()
    docs = list(session.execute(select(DocumentRecord).where(
        DocumentRecord.member_id == member_id)).scalars())
    if not has_enrol and not docs:
        session.delete(m)
        session.flush()
        return 1, 0
    local = session.execute(select(Branch.code).where(Branch.is_local.is_(True))).scalar()
    for rec in docs:
        if rec.origin_branch != local:
            continue  # another office's registry row: only its key could sign it again
        old_qr = rec.payload.get("qr") if isinstance(rec.payload, dict) else None
        qr = {**(old_qr if isinstance(old_qr, dict) else {}), "n": PURGED_NAME, "k": "0000"}
        rec.subject = "(data peserta dihapus)"
        rec.payload = {"purged": True, "qr": qr}
        rec.qr_text = sign_payload(qr, _private_key(session, rec.origin_branch))
        rec.void_reason = "(dihapus)" if rec.void_reason else ""
        _seal(session, rec)
    session.execute(update(Enrollment).where(Enrollment.member_id == member_id).values(
        override_reason="", status_reason="", eligibility={"purged": True}))
    m.nik = "X" + m.uuid.hex[:15].upper()
    m.name = m.name_norm = PURGED_NAME
    m.kk = m.kpj = None
    m.birth_place = m.address = m.phone = ""
    m.birth_date = date(m.birth_date.year, 1, 1)  # the year stays for age statistics
    m.verified_by = m.verified_method = None
    m.verified_at = None
    m.verified_note = m.nik_warning_reason = ""
    m.consent_at = None
    m.consent_purpose = ""
    session.flush()
    return 0, len(docs)


def is_purged(session: Session, member_uuid: uuid_mod.UUID) -> bool:
    """True when this member was removed by the retention purge (exchange must not revive it)."""
    return session.execute(select(PurgedPerson.id).where(
        PurgedPerson.member_uuid == member_uuid)).first() is not None


def purged_uuids(session: Session, uuids: Iterable[uuid_mod.UUID]) -> set[uuid_mod.UUID]:
    wanted = list(uuids)
    if not wanted:
        return set()
    return set(session.execute(select(PurgedPerson.member_uuid).where(
        PurgedPerson.member_uuid.in_(wanted))).scalars())
