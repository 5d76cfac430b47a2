"""Issuing official documents: numbers, registry, signed QR, reprints, voids, verification.

A document is issued in ONE write transaction: the branch counter for (branch, type, year) is
incremented, the render data is frozen into a JSON payload, signed, rendered (into memory),
hashed and stored as a :class:`DocumentRecord` together with a branch-key signature over the
registry record itself. The PDF file is published only AFTER the commit: a crash before the
commit leaves no signed file behind, so a number is never signed for two people. Reprints are rendered from the stored payload (so a later change to the member
never changes an issued letter) with the "SALINAN" mark, and are logged with a reason.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from vokasi_desktop.db.branch import local_branch_row
from vokasi_desktop.db.engine import Database, reading
from vokasi_desktop.db.models import (
    DOC_TYPES,
    Branch,
    DocumentRecord,
    DocumentSequence,
    Enrollment,
    Institution,
    Member,
    Setting,
    TrainingClass,
    User,
)
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.documents import batch, pdf
from vokasi_desktop.documents.common import write_atomic
from vokasi_desktop.documents.qr_decode import printed_qr_texts
from vokasi_desktop.documents.signing import (
    canonical_json,
    extract_qr_text_from_pdf,
    make_payload,
    sign_payload,
    verify_payload,
)
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.eligibility import EligibilityResult, ResultFormatError
from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.domain.numbering import (
    DEFAULT_TEMPLATES,
    NumberTemplateError,
    render_number,
    validate_template,
)
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.catalog import MODE_LABELS
from vokasi_desktop.services.enrolment import evaluate_with_session
from vokasi_desktop.services.errors import (
    NotFoundError,
    ServiceError,
    ValidationError,
)
from vokasi_desktop.services.members import (
    EMPLOYMENT_LABELS,
    ENROLLMENT_LABELS,
    SEGMENT_LABELS,
)
from vokasi_desktop.services.progress import (
    NEVER_CANCELLED,
    CancelToken,
    Progress,
    Report,
    no_report,
)

DOC_LABELS = vocabulary.DOC_TYPES.labels()
OUTCOME_LABELS = vocabulary.OUTCOMES.labels()
VERDICT_NEXT_STEP = {
    "eligible": "Peserta dapat didaftarkan pada kelas pelatihan.",
    "eligible_with_warnings": "Peserta dapat didaftarkan; perhatikan catatan di atas.",
    "needs_override": "Pendaftaran memerlukan persetujuan supervisor.",
}
TEMPLATE_KEY = "numbering.template.{}"
BACKDATE_KEY = "documents.backdate_max_days"
DEFAULT_BACKDATE_DAYS = 30
PAYLOAD_FORMAT = 1


@dataclass(frozen=True)
class IssuedDocument:
    """A registry row as shown to users."""

    id: int
    doc_type: str
    number: str
    subject: str
    issued_by: str
    issued_at: datetime
    pdf_sha256: str
    voided: bool
    void_reason: str
    reprint_count: int
    qr_text: str
    path: Path | None = None

    @property
    def type_label(self) -> str:
        return DOC_LABELS.get(self.doc_type, self.doc_type)


@dataclass(frozen=True)
class Verification:
    """Answer of :func:`verify`: ``status`` is one of :data:`VERIFY_STATUSES`; ``message`` is
    Indonesian. ``enrollment_status`` is the linked enrolment's state (label) when known."""

    status: str
    message: str
    payload: dict[str, Any] | None
    document: IssuedDocument | None = None
    enrollment_status: str | None = None
    # What the message says, for a UI in another language: ``detail`` names the sentence
    # (``valid.registered``, ``malformed.no_qr``, ...), ``params`` its values (number, doc_type,
    # name, branch, reason, enrollment_code, file = "original").
    detail: str = ""
    params: dict[str, str] = field(default_factory=dict)


# Every outcome of verify(), in the order of the CLI's exit codes (valid = 0, then 3, 4, ...).
VERIFY_STATUSES = ("valid", "tampered", "unknown_key", "malformed", "voided", "unregistered",
                   "mismatch", "registry_tampered", "not_original", "purged")


@dataclass(frozen=True)
class RegistryFailure:
    document_id: int
    number: str
    message: str


@dataclass(frozen=True)
class RegistryReport:
    """Answer of :func:`check_registry`: how many rows were checked and which failed."""

    checked: int
    failed: list[RegistryFailure]


@dataclass(frozen=True)
class BackDate:
    """A supervisor's approval to date a document before today (never in the future)."""

    on: date
    reason: str
    supervisor: str
    password: str


def _issue_date(db: Database, today: date, backdate: BackDate | None,
                principal: Principal) -> tuple[date, dict[str, str] | None]:
    """The issue date: the clock's today, or an approved back-date within the setting's limit.

    The approver's password is checked here (before the write transaction) through the
    four-eyes path: another user allowed to back-date, never the one issuing the document."""
    if backdate is None:
        return today, None
    if not backdate.reason.strip():
        raise ValidationError("reason_required", "Alasan tanggal mundur wajib diisi.", "reason")
    if backdate.on > today:
        raise ValidationError("date_future", "Tanggal dokumen tidak boleh di masa depan.", "date")
    with db.read() as session:
        row = session.get(Setting, BACKDATE_KEY)
        value = row.value if row is not None else DEFAULT_BACKDATE_DAYS
        try:
            limit = int(value) if isinstance(value, int | float | str) else DEFAULT_BACKDATE_DAYS
        except (ValueError, OverflowError):
            limit = DEFAULT_BACKDATE_DAYS
    if (today - backdate.on).days > limit:
        raise ValidationError(
            "date_too_old", f"Tanggal dokumen paling lama {limit} hari sebelum hari ini.", "date",
            {"days": limit})
    from vokasi_desktop.services.auth import verify_approver

    approver = verify_approver(db, backdate.supervisor, backdate.password, requester=principal,
                               action=Action.DOCUMENT_BACKDATE)
    return backdate.on, {"supervisor": approver, "reason": backdate.reason.strip()[:200],
                         "today": today.isoformat(), "date": backdate.on.isoformat()}


def _not_before_enrolment(e: Enrollment, on: date) -> None:
    if e.enrolled_at is not None and on < e.enrolled_at.date():
        raise ValidationError(
            "date_before_enrolment",
            f"Tanggal dokumen tidak boleh sebelum tanggal pendaftaran "
            f"({e.enrolled_at.date().isoformat()}).", "date")


# ---------------------------------------------------------------------------- numbering

def get_template(db: Database, doc_type: str) -> str:
    with db.read() as session:
        return _template(session, doc_type)


def _template(session: Session, doc_type: str) -> str:
    row = session.get(Setting, TEMPLATE_KEY.format(doc_type))
    return str(row.value) if row is not None else DEFAULT_TEMPLATES[doc_type]


def set_template(db: Database, doc_type: str, pattern: str, principal: Principal) -> None:
    """Change a numbering template (validated; the sequence itself is not touched)."""
    authorize(db, principal, Action.DOCUMENT_SETTINGS)
    write_template(db, doc_type, pattern, principal.username)


def write_template(db: Database, doc_type: str, pattern: str, actor: str, *,
                   bootstrap: bool = False) -> None:
    """Validate and store a numbering template (callers check permission first).

    ``bootstrap=True`` (first-run set-up without a login) is refused once any user exists.
    """
    if doc_type not in DOC_TYPES:
        raise ValidationError("doc_type", "Jenis dokumen tidak dikenal.", "doc_type")
    try:
        validate_template(pattern)
    except NumberTemplateError as exc:
        raise ValidationError("template_invalid", str(exc), "template") from exc
    with db.write() as session:
        if bootstrap:
            from vokasi_desktop.services.setup import _bootstrap_only

            _bootstrap_only(session)
        _refuse_same_numbers(session, doc_type, pattern)
        key = TEMPLATE_KEY.format(doc_type)
        row = session.get(Setting, key)
        old = _template(session, doc_type)
        if row is None:
            session.add(Setting(key=key, value=pattern))
        else:
            row.value = pattern
        audit.record(session, actor, "numbering.template", "setting", None, doc_type=doc_type,
                     template=pattern, old=old)


def _refuse_same_numbers(session: Session, doc_type: str, pattern: str) -> None:
    """Each document type needs its own numbers: refuse a template that renders the same
    number as another type's template for the same sequence and day."""
    on = date(2026, 11, 28)
    mine = render_number(pattern, 1, "KRJ", on, doc_type)
    for other in DOC_TYPES:
        if other != doc_type and render_number(_template(session, other), 1, "KRJ", on,
                                               other) == mine:
            raise ValidationError(
                "template_not_unique",
                f"Templat ini menghasilkan nomor yang sama dengan templat {DOC_LABELS[other]}; "
                "beri pembeda, misalnya {type_code} atau awalan lain.", "template")


def set_sequence_seed(db: Database, doc_type: str, year: int, last_used: int, principal: Principal) -> None:
    """Start a branch's numbering mid-year: the next number will be ``last_used + 1``.

    A seed can only move forward: numbers are never reused.
    """
    authorize(db, principal, Action.DOCUMENT_SETTINGS)
    actor = principal.username
    if last_used < 0:
        raise ValidationError("seed_negative", "Nomor awal tidak boleh negatif.", "seed")
    with db.write() as session:
        branch = _local_branch(session)
        seq = _sequence_row(session, branch.code, doc_type, year)
        if last_used < seq.last_value:
            raise ValidationError(
                "seed_backwards",
                f"Nomor terakhir yang sudah terpakai adalah {seq.last_value}; nomor tidak boleh "
                "dipakai ulang.", "seed")
        old = seq.last_value
        seq.last_value = last_used
        audit.record(session, actor, "numbering.seed", "document_sequence", None,
                     doc_type=doc_type, year=year, last_used=last_used, old=old)


def last_sequence_number(db: Database, doc_type: str, year: int) -> int:
    """The last number taken for ``doc_type`` in ``year`` at the local branch (0 if none)."""
    with db.read() as session:
        branch = _local_branch(session)
        value = session.execute(select(DocumentSequence.last_value).where(
            DocumentSequence.branch_code == branch.code, DocumentSequence.doc_type == doc_type,
            DocumentSequence.year == year)).scalar_one_or_none()
        return int(value or 0)


def _sequence_row(session: Session, branch: str, doc_type: str, year: int) -> DocumentSequence:
    # Create the counter row if missing without racing (two first documents of a year on
    # PostgreSQL would both insert), then lock it.
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        session.execute(insert(DocumentSequence).values(
            branch_code=branch, doc_type=doc_type, year=year, last_value=0)
            .on_conflict_do_nothing())
    q = (select(DocumentSequence).where(DocumentSequence.branch_code == branch,
                                        DocumentSequence.doc_type == doc_type,
                                        DocumentSequence.year == year).with_for_update())
    seq = session.execute(q).scalar_one_or_none()
    if seq is None:
        seq = DocumentSequence(branch_code=branch, doc_type=doc_type, year=year, last_value=0)
        session.add(seq)
        session.flush()
    return seq


def _next_numbers(session: Session, branch: str, doc_type: str, on: date,
                  count: int) -> list[tuple[int, str]]:
    """Take the next ``count`` numbers at once in the caller's transaction (a class run):
    one counter update instead of one per document, same numbers as ``count`` calls of
    :func:`_next_number`."""
    seq = _sequence_row(session, branch, doc_type, on.year)
    first = seq.last_value + 1
    seq.last_value += count
    session.flush()
    template = _template(session, doc_type)
    return [(value, render_number(template, value, branch, on, doc_type))
            for value in range(first, first + count)]


def _next_number(session: Session, branch: str, doc_type: str, on: date) -> tuple[int, str]:
    """Take the next number in the caller's transaction (no gaps, no duplicates)."""
    seq = _sequence_row(session, branch, doc_type, on.year)
    seq.last_value += 1
    session.flush()
    return seq.last_value, render_number(_template(session, doc_type), seq.last_value, branch,
                                         on, doc_type)


# ---------------------------------------------------------------------------- helpers

def _local_branch(session: Session) -> Branch:
    branch = local_branch_row(session)
    if branch is None:
        raise NotFoundError("branch_missing",
                            "Profil kantor belum diisi. Jalankan 'vokasi-desktop init'.")
    return branch


def _private_key(session: Session, branch_code: str) -> bytes:
    # The key lives in an encrypted file outside the database (services.keys); raises
    # ServiceError "key_locked" when a passphrase is needed first.
    from vokasi_desktop.services.keys import private_key_pem

    return private_key_pem(session, branch_code)


def _public_keys(session: Session) -> dict[str, bytes]:
    """Every known branch public key by key id (for the registry-record signature; revoked
    keys included: a row sealed before a revocation stays intact)."""
    from vokasi_desktop.services.keys import verification_keys

    return verification_keys(session)[0]


def _registry_digest(rec: DocumentRecord) -> dict[str, Any]:
    """The signed form: a SHA-256 per field (small enough for the QR-size signature format)."""
    return {"kind": "vokasi-registry",
            "f": {k: hashlib.sha256(canonical_json({"v": v})).hexdigest()
                  for k, v in _registry_record(rec).items()}}


def _registry_record(rec: DocumentRecord) -> dict[str, Any]:
    """What the registry signature covers: everything that makes the document what it is."""
    return {"uuid": str(rec.uuid), "branch": rec.origin_branch,
            "type": rec.doc_type, "year": rec.year, "seq": rec.sequence, "no": rec.number,
            "member_id": rec.member_id, "enrollment_id": rec.enrollment_id,
            "issued_by": rec.issued_by, "payload": rec.payload, "qr": rec.qr_text,
            "pdf_sha256": rec.pdf_sha256, "voided": bool(rec.voided),
            "void_reason": rec.void_reason or ""}


def _seal(session: Session, rec: DocumentRecord, key: bytes | None = None) -> None:
    """(Re-)sign the registry record with the branch key, inside the caller's transaction."""
    session.flush()
    rec.registry_sig = sign_payload(_registry_digest(rec),
                                    key or _private_key(session, rec.origin_branch))


def _registry_problem(rec: DocumentRecord, keys: dict[str, bytes]) -> str | None:
    """None if the row is as issued; otherwise an Indonesian description of what is wrong."""
    if not rec.registry_sig:
        return f"Dokumen {rec.number}: baris register tanpa tanda tangan (tidak dapat dipastikan utuh)."
    outcome = verify_payload(rec.registry_sig, keys)
    if outcome.status != "valid" or outcome.payload is None:
        return f"Dokumen {rec.number}: tanda tangan baris register tidak sah ({outcome.message})."
    signed = outcome.payload.get("f")
    current = _registry_digest(rec)["f"]
    if outcome.payload.get("kind") != "vokasi-registry" or not isinstance(signed, dict):
        return f"Dokumen {rec.number}: tanda tangan baris register bukan milik register."
    labels = {"no": "nomor", "payload": "isi dokumen", "qr": "teks QR", "pdf_sha256": "hash PDF",
              "type": "jenis", "member_id": "peserta", "enrollment_id": "pendaftaran",
              "voided": "status batal", "void_reason": "alasan batal", "seq": "urutan",
              "year": "tahun", "branch": "kantor", "uuid": "UUID", "issued_by": "penerbit"}
    changed = [labels.get(k, k) for k in current if signed.get(k) != current[k]]
    if changed:
        return (f"Dokumen {rec.number}: baris register telah diubah di luar aplikasi "
                f"({', '.join(changed)}).")
    qr = verify_payload(rec.qr_text, keys)  # never raises
    if qr.status != "valid" or qr.payload != rec.payload.get("qr"):
        return f"Dokumen {rec.number}: teks QR di register tidak cocok dengan isinya."
    return None


def _require_intact(session: Session, rec: DocumentRecord) -> None:
    problem = _registry_problem(rec, _public_keys(session))
    if problem is not None:
        raise ServiceError("registry_tampered", problem + " Hubungi administrator; dokumen tidak "
                           "dapat dicetak atau ditampilkan.")


def _stored_render(rec: DocumentRecord) -> dict[str, Any]:
    """The renderer's data kept in a registry row (checked by _require_intact first)."""
    render = rec.payload.get("render")
    if not isinstance(render, dict):
        raise ServiceError("registry_tampered", f"Dokumen {rec.number}: data cetak tidak "
                           "lengkap. Hubungi administrator; dokumen tidak dapat dicetak atau "
                           "ditampilkan.")
    return render


def _branch_dict(b: Branch) -> dict[str, Any]:
    return {"code": b.code, "name": b.name, "address": b.address, "city": b.city,
            "phone": b.phone, "email": b.email, "head_name": b.head_name,
            "head_title": b.head_title}


def _signatory_dict(session: Session, branch: Branch, actor: str,
                    signatory: tuple[str, str] | None) -> dict[str, Any]:
    """Head of branch signs; ``signatory`` (name, title) signs on behalf (a.n.)."""
    if signatory is not None and signatory[0].strip():
        return {"name": signatory[0].strip(), "title": signatory[1].strip(),
                "on_behalf_of": branch.head_title}
    return {"name": branch.head_name or _user_name(session, actor), "title": branch.head_title,
            "on_behalf_of": None, "npp": branch.head_npp or ""}


def _user_name(session: Session, username: str) -> str:
    name = session.execute(select(User.full_name).where(User.username == username)).scalar()
    return name or username


def _member_dict(m: Member) -> dict[str, Any]:
    return {"name": m.name, "masked_nik": mask_nik(m.nik), "kpj": m.kpj or "-",
            "segment": SEGMENT_LABELS.get(m.segment, m.segment),
            "employment_status": EMPLOYMENT_LABELS.get(m.employment_status, m.employment_status)}


def _class_dict(c: TrainingClass, inst: Institution) -> dict[str, Any]:
    return {"title": c.title, "institution": inst.name, "mode": MODE_LABELS.get(c.mode, c.mode),
            "start": c.start_date.isoformat(), "end": c.end_date.isoformat(), "hours": c.hours,
            "location": c.location or inst.address, "code": c.code}


def _branch_profile(d: dict[str, Any], logo: bytes | None = None) -> pdf.BranchProfile:
    return pdf.BranchProfile(**d, logo=logo)


def _class_info(d: dict[str, Any]) -> pdf.ClassInfo:
    return pdf.ClassInfo(title=d["title"], institution=d["institution"], mode=d["mode"],
                         start=date.fromisoformat(d["start"]), end=date.fromisoformat(d["end"]),
                         hours=int(d["hours"]), location=d["location"], code=d.get("code"))


def render_from_payload(doc_type: str, render: dict[str, Any], qr_text: str,
                        is_copy: bool, logo: bytes | None = None) -> bytes:
    """Rebuild the renderer's data from a stored payload and render it (pure; picklable).

    ``logo``: the branch's letterhead logo (PNG/JPEG bytes, not part of the payload; a reprint
    prints the logo stored now), None for the neutral emblem."""
    branch = _branch_profile(render["branch"], logo)
    issued = date.fromisoformat(render["date"])
    if doc_type == "letter":
        return pdf.render_enrollment_letter_bytes(pdf.EnrollmentLetterData(
            number=render["number"], date=issued, branch=branch,
            addressee=pdf.Addressee(**render["addressee"]),
            member=pdf.MemberInfo(**render["member"]), klass=_class_info(render["klass"]),
            signatory=pdf.Signatory(**render["signatory"]), qr_text=qr_text,
            lampiran=render.get("lampiran", "-"), tembusan=tuple(render.get("tembusan", ())),
            pks_number=render.get("pks_number", ""),
            cost_per_participant=render.get("cost_per_participant"), is_copy=is_copy))
    if doc_type == "slip":
        return pdf.render_eligibility_slip_bytes(pdf.EligibilitySlipData(
            number=render["number"], date=issued, branch=branch,
            member=pdf.MemberInfo(**render["member"]), rule_set_code=render["rule_set_code"],
            rule_set_version=str(render["rule_set_version"]),
            outcomes=tuple(pdf.SlipOutcome(**o) for o in render["outcomes"]),
            verdict=render["verdict"], next_step=render["next_step"],
            officer_name=render["officer_name"], qr_text=qr_text,
            klass=_class_info(render["klass"]) if render.get("klass") else None,
            verdict_status=render.get("verdict_status"), is_copy=is_copy))
    if doc_type == "certificate":
        return pdf.render_certificate_bytes(pdf.CertificateData(
            number=render["number"], date=issued, branch=branch, name=render["name"],
            class_title=render["class_title"], institution=render["institution"],
            hours=int(render["hours"]), start=date.fromisoformat(render["start"]),
            end=date.fromisoformat(render["end"]), result=render["result"],
            place=render["place"], signatory=pdf.Signatory(**render["signatory"]),
            qr_text=qr_text, masked_nik=render.get("masked_nik"), is_copy=is_copy,
            birth_place=render.get("birth_place", ""),
            birth_date=date.fromisoformat(render["birth_date"]) if render.get("birth_date")
            else None))
    raise ValueError(f"unknown document type {doc_type}")


def _issued(rec: DocumentRecord, path: Path | None = None) -> IssuedDocument:
    return IssuedDocument(rec.id, rec.doc_type, rec.number, rec.subject, rec.issued_by,
                          rec.issued_at, rec.pdf_sha256, rec.voided, rec.void_reason,
                          rec.reprint_count, rec.qr_text, path)


def _store(session: Session, branch: Branch, doc_type: str, on: date, actor: str,
           subject: str, member: Member, enrollment_id: int | None, class_code: str | None,
           render: dict[str, Any], backdated: dict[str, str] | None = None,
           ) -> tuple[DocumentRecord, bytes]:
    """Number, sign, render and register one document inside the caller's transaction."""
    seq, number = _next_number(session, branch.code, doc_type, on)
    render = {**render, "number": number, "date": on.isoformat(), "format": PAYLOAD_FORMAT}
    qr_payload = make_payload(number=number, doc_type=doc_type, branch_code=branch.code,
                              issue_date=on, name=member.name, nik_last4=member.nik[-4:],
                              class_code=class_code)
    key = _private_key(session, branch.code)
    qr_text = sign_payload(qr_payload, key)
    data = render_from_payload(doc_type, render, qr_text, is_copy=False,
                               logo=branch.letterhead_logo)
    rec = DocumentRecord(origin_branch=branch.code, doc_type=doc_type, year=on.year,
                         sequence=seq, number=number, subject=subject[:200], member_id=member.id,
                         enrollment_id=enrollment_id, issued_by=actor, issued_at=utcnow(),
                         payload={"render": render, "qr": qr_payload}, qr_text=qr_text,
                         pdf_sha256=hashlib.sha256(data).hexdigest())
    session.add(rec)
    session.flush()
    _seal(session, rec, key)
    audit.record(session, actor, f"document.issue.{doc_type}", "document", rec.uuid,
                 number=number, member=str(member.uuid))
    if backdated is not None:
        audit.record(session, actor, "document.backdate", "document", rec.uuid, number=number,
                     **backdated)
    return rec, data


def _already_issued_error(exc: IntegrityError) -> ValidationError | None:
    if "uq_document_live_per_enrollment" not in str(exc.orig):
        return None
    return ValidationError("already_issued", "Dokumen untuk pendaftaran ini baru saja diterbitkan "
                           "di loket lain; gunakan cetak ulang (salinan).")


def _publish(path: Path, data: bytes, number: str) -> Path:
    """Write a committed document's PDF (after the commit; the registry already holds it)."""
    try:
        return write_atomic(path, data)
    except OSError as exc:
        raise ServiceError(
            "publish_failed",
            f"Dokumen {number} sudah tercatat di register, tetapi berkas {path.name} tidak dapat "
            f"ditulis ({exc.strerror or exc}); cetak ulang dari register.") from exc


def _commit_then_publish(db: Database, work: Callable[[Session], tuple[DocumentRecord, bytes]],
                         out_path: Path | None) -> IssuedDocument:
    """Register in one transaction; only after its commit write the signed PDF."""
    try:
        with db.write() as session:
            rec, data = work(session)
            issued = _issued(rec)
    except IntegrityError as exc:
        mapped = _already_issued_error(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    if out_path is None:
        return issued
    return replace(issued, path=_publish(out_path, data, issued.number))


def _lock_enrollment(session: Session, enrollment_id: int) -> Enrollment | None:
    """Lock the enrolment row: concurrent print requests for it queue here (PostgreSQL)."""
    return session.execute(select(Enrollment).where(Enrollment.id == enrollment_id)
                           .with_for_update()).scalar_one_or_none()


# ---------------------------------------------------------------------------- issuing

def issue_letter(db: Database, enrollment_id: int, principal: Principal, out_path: Path | str | None, *,
                 on: date | None = None, signatory: tuple[str, str] | None = None,
                 backdate: BackDate | None = None,
                 tembusan: tuple[str, ...] | None = None,
                 lampiran: str = "-") -> IssuedDocument:
    """The enrolment letter (Surat Pengantar) to the institution, one per enrolment.

    A second request for the same enrolment is refused: use :func:`reprint`.
    """
    authorize(db, principal, Action.DOCUMENT_ISSUE)
    actor = principal.username
    # ``on`` is the clock's today (the composition root's clock); only an approved back-date
    # moves the issue date.
    on, backdated = _issue_date(db, on or db.clock.today(), backdate, principal)
    path = Path(out_path) if out_path is not None else None

    def work(session: Session) -> tuple[DocumentRecord, bytes]:
        e = _lock_enrollment(session, enrollment_id)
        if e is None:
            raise NotFoundError("enrollment_missing", "Pendaftaran tidak ditemukan.")
        if e.status == "cancelled":
            raise ValidationError("enrollment_cancelled",
                                  "Pendaftaran sudah dibatalkan; surat tidak dapat diterbitkan.")
        if e.status in ("completed", "not_passed"):
            raise ValidationError(
                "enrollment_finished",
                f"Pendaftaran berstatus {ENROLLMENT_LABELS[e.status]}; surat pengantar hanya "
                "untuk peserta yang belum mengikuti atau sedang mengikuti pelatihan.")
        _refuse_duplicate(session, "letter", enrollment_id)
        if backdated is not None:
            _not_before_enrolment(e, on)
        m, c = e.member, e.training_class
        inst = c.institution
        branch = _local_branch(session)
        render = {
            "branch": _branch_dict(branch),
            "addressee": {"institution": inst.name, "address": inst.address,
                          "city": _city_of(inst), "recipient": "Pimpinan"},
            "member": _member_dict(m), "klass": _class_dict(c, inst),
            "signatory": _signatory_dict(session, branch, actor, signatory),
            "tembusan": list(tembusan if tembusan is not None else _default_tembusan(branch)),
            "lampiran": lampiran, "pks_number": inst.pks_number or "",
            "cost_per_participant": c.cost_per_participant,
        }
        return _store(session, branch, "letter", on, actor,
                      f"Surat pengantar {m.name} - {c.code}", m, e.id, c.code, render,
                      backdated)

    return _commit_then_publish(db, work, path)


def _default_tembusan(branch: Branch) -> tuple[str, ...]:
    """The regional office over the branch, by its province (no "Arsip": the branch keeps it)."""
    from vokasi_desktop.domain.regions import province_name

    province = province_name(branch.region_code[:2]) if branch.region_code else None
    if not province:
        return ("Kepala Kantor Wilayah",)
    words = [w if w in ("DKI", "DI") else w.title() for w in province.split()]
    return (f"Kepala Kantor Wilayah {' '.join(words)}",)


def _city_of(inst: Institution) -> str:
    from vokasi_desktop.domain.regions import regency_name

    name = regency_name(inst.region_code) or ""
    return name.replace("KABUPATEN ", "").replace("KOTA ", "").title()


def _refuse_duplicate(session: Session, doc_type: str, enrollment_id: int) -> None:
    existing = session.execute(select(DocumentRecord.number).where(
        DocumentRecord.doc_type == doc_type, DocumentRecord.enrollment_id == enrollment_id,
        DocumentRecord.voided.is_(False))).scalar()
    if existing:
        raise ValidationError(
            "already_issued",
            f"{DOC_LABELS[doc_type]} untuk pendaftaran ini sudah terbit dengan nomor {existing}; "
            "gunakan cetak ulang (salinan).")


def _slip_outcomes(result: EligibilityResult) -> list[dict[str, Any]]:
    return [{"title": o.title, "outcome": OUTCOME_LABELS[o.outcome] + (
                " (disetujui supervisor)" if o.overridden else ""),
             "message": o.message, "next_step": o.next_step,
             "status": "na" if o.outcome == "not_applicable" else o.outcome}
            for o in result.outcomes]


def _overall_next_step(result: EligibilityResult) -> str:
    if result.verdict in VERDICT_NEXT_STEP:
        return VERDICT_NEXT_STEP[result.verdict]
    steps = [o.next_step for o in result.blocking if o.next_step]
    return " ".join(dict.fromkeys(steps)) or "Hubungi petugas untuk penjelasan."


def issue_slip(db: Database, member_id: int, principal: Principal, out_path: Path | str | None, *,
               class_id: int | None = None, enrollment_id: int | None = None,
               on: date | None = None, backdate: BackDate | None = None) -> IssuedDocument:
    """The eligibility slip, also for a worker who is not eligible.

    With ``enrollment_id`` the slip shows the check stored with that enrolment (what the
    decision was made on); otherwise a fresh check is run now.
    """
    authorize(db, principal, Action.DOCUMENT_ISSUE)
    actor = principal.username
    # ``on`` is the clock's today (the composition root's clock); only an approved back-date
    # moves the issue date.
    on, backdated = _issue_date(db, on or db.clock.today(), backdate, principal)
    path = Path(out_path) if out_path is not None else None

    def work(session: Session) -> tuple[DocumentRecord, bytes]:
        m = session.get(Member, member_id)
        if m is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        result: EligibilityResult | None = None
        klass = session.get(TrainingClass, class_id) if class_id is not None else None
        e: Enrollment | None = None
        if enrollment_id is not None:
            e = session.get(Enrollment, enrollment_id)
            if e is None or e.member_id != member_id:
                raise NotFoundError("enrollment_missing", "Pendaftaran tidak ditemukan.")
            klass = e.training_class
            try:
                result = EligibilityResult.from_dict(e.eligibility)
            except (ResultFormatError, KeyError, TypeError, ValueError):
                result = None  # e.g. demo rows without a stored check: check again below
        if result is None:
            result, _ = evaluate_with_session(session, m, klass, on, frozenset())
        branch = _local_branch(session)
        render = {
            "branch": _branch_dict(branch), "member": _member_dict(m),
            "rule_set_code": result.rule_set_code, "rule_set_version": result.rule_set_version,
            "outcomes": _slip_outcomes(result), "verdict": result.summary_id(),
            "verdict_status": result.verdict, "next_step": _overall_next_step(result),
            "officer_name": _user_name(session, actor),
            "klass": _class_dict(klass, klass.institution) if klass is not None else None,
        }
        if backdated is not None and e is not None:
            _not_before_enrolment(e, on)  # the enrolment loaded above
        return _store(session, branch, "slip", on, actor,
                      f"Hasil pemeriksaan kelayakan {m.name}", m, enrollment_id,
                      klass.code if klass is not None else None, render, backdated)

    return _commit_then_publish(db, work, path)


def _certificate_render(session: Session, e: Enrollment, branch: Branch, actor: str,
                        signatory: tuple[str, str] | None) -> dict[str, Any]:
    if e.status != "completed":
        raise ValidationError(
            "not_completed",
            f"Sertifikat hanya untuk peserta yang selesai dan lulus; status {e.member.name}: "
            f"{ENROLLMENT_LABELS.get(e.status, e.status)}.")
    c = e.training_class
    return {
        "branch": _branch_dict(branch), "name": e.member.name, "class_title": c.title,
        "institution": c.institution.name, "hours": c.hours, "start": c.start_date.isoformat(),
        "end": c.end_date.isoformat(), "result": e.result or "Kompeten",
        "place": branch.city or branch.name, "masked_nik": mask_nik(e.member.nik),
        "birth_place": e.member.birth_place or "",
        "birth_date": e.member.birth_date.isoformat() if e.member.birth_date else None,
        "signatory": _signatory_dict(session, branch, actor, signatory),
    }


def issue_certificate(db: Database, enrollment_id: int, principal: Principal, out_path: Path | str | None,
                      *, on: date | None = None,
                      signatory: tuple[str, str] | None = None,
                      backdate: BackDate | None = None) -> IssuedDocument:
    """The certificate of completion for a completed enrolment (one per enrolment)."""
    authorize(db, principal, Action.DOCUMENT_ISSUE)
    actor = principal.username
    # ``on`` is the clock's today (the composition root's clock); only an approved back-date
    # moves the issue date.
    on, backdated = _issue_date(db, on or db.clock.today(), backdate, principal)
    path = Path(out_path) if out_path is not None else None

    def work(session: Session) -> tuple[DocumentRecord, bytes]:
        e = _lock_enrollment(session, enrollment_id)
        if e is None:
            raise NotFoundError("enrollment_missing", "Pendaftaran tidak ditemukan.")
        _refuse_duplicate(session, "certificate", enrollment_id)
        branch = _local_branch(session)
        render = _certificate_render(session, e, branch, actor, signatory)
        if backdated is not None:
            _not_before_enrolment(e, on)
        return _store(session, branch, "certificate", on, actor,
                      f"Sertifikat {e.member.name} - {e.training_class.code}", e.member, e.id,
                      e.training_class.code, render, backdated)

    return _commit_then_publish(db, work, path)


def _letterhead_logo(session: Session) -> bytes | None:
    """The local branch's stored letterhead logo (None: the emblem is printed)."""
    return session.execute(select(Branch.letterhead_logo).where(
        Branch.is_local.is_(True))).scalar_one_or_none()


def _render_job(args: tuple[str, dict[str, Any], str], logo: bytes | None = None) -> bytes:
    doc_type, render, qr_text = args
    return render_from_payload(doc_type, render, qr_text, False, logo)


def issue_class_certificates(db: Database, class_id: int, principal: Principal, out_dir: Path | str, *,
                             on: date | None = None, report: Report = no_report,
                             cancel: CancelToken = NEVER_CANCELLED, workers: int | None = None,
                             signatory: tuple[str, str] | None = None,
                             backdate: BackDate | None = None) -> list[IssuedDocument]:
    """Certificates for every completed participant of a class who has none yet.

    All or nothing: numbers are taken and rows written in one transaction; the PDFs are
    rendered (into memory) on all cores; a cancel or any error rolls everything back and no
    file is written. Files are written only after the commit, named by number and participant.
    ``report`` receives ``Progress(certificates rendered, total)``; a cancel raises Cancelled.
    """
    authorize(db, principal, Action.DOCUMENT_ISSUE)
    actor = principal.username
    # ``on`` is the clock's today (the composition root's clock); only an approved back-date
    # moves the issue date.
    on, backdated = _issue_date(db, on or db.clock.today(), backdate, principal)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    publish: list[tuple[Path, bytes, str]] = []
    try:
        with db.write() as session:
            # One class run at a time: a second counter waits here, then finds nothing to do.
            klass = session.execute(select(TrainingClass).where(TrainingClass.id == class_id)
                                    .with_for_update()).scalar_one_or_none()
            if klass is None:
                raise NotFoundError("class_missing", "Kelas tidak ditemukan.")
            done_ids = set(session.execute(select(DocumentRecord.enrollment_id).where(
                DocumentRecord.doc_type == "certificate", DocumentRecord.voided.is_(False),
                DocumentRecord.enrollment_id.is_not(None))).scalars())
            todo = [e for e in session.execute(select(Enrollment).where(
                Enrollment.class_id == class_id, Enrollment.status == "completed")
                .options(selectinload(Enrollment.member))
                .order_by(Enrollment.id)).scalars() if e.id not in done_ids]
            if not todo:
                return []
            if backdated is not None:
                for e in todo:
                    _not_before_enrolment(e, on)
            branch = _local_branch(session)
            key = _private_key(session, branch.code)
            numbers = _next_numbers(session, branch.code, "certificate", on, len(todo))
            staged: list[tuple[Enrollment, int, str, dict[str, Any], dict[str, str], str]] = []

            def jobs() -> Iterator[tuple[str, dict[str, Any], str]]:
                # Staged lazily: the workers render the first chunks while the next ones are
                # signed here.
                for e, (seq, number) in zip(todo, numbers, strict=True):
                    render = {**_certificate_render(session, e, branch, actor, signatory),
                              "number": number, "date": on.isoformat(), "format": PAYLOAD_FORMAT}
                    qr = make_payload(number=number, doc_type="certificate",
                                      branch_code=branch.code, issue_date=on, name=e.member.name,
                                      nik_last4=e.member.nik[-4:], class_code=klass.code)
                    qr_text = sign_payload(qr, key)
                    staged.append((e, seq, number, render, qr, qr_text))
                    yield ("certificate", render, qr_text)

            # Rendered on every core by the session's warm worker pool (documents.batch),
            # streamed: numbers and signatures above and the registry rows below are done
            # here while the workers render, all in this transaction; Cancelled rolls it back.
            results = batch.iter_render(
                functools.partial(_render_job, logo=branch.letterhead_logo), jobs(),
                total=len(todo), workers=workers, report=report, cancel=cancel,
                text="Sertifikat")
            issued: list[IssuedDocument] = []
            unsealed: list[tuple[DocumentRecord, Path]] = []
            for i, data in enumerate(results):
                e, seq, number, render, qr, qr_text = staged[i]
                rec = DocumentRecord(
                    origin_branch=branch.code, doc_type="certificate", year=on.year,
                    sequence=seq, number=number, subject=f"Sertifikat {e.member.name} - {klass.code}",
                    member_id=e.member_id, enrollment_id=e.id, issued_by=actor,
                    issued_at=utcnow(), payload={"render": render, "qr": qr}, qr_text=qr_text,
                    pdf_sha256=hashlib.sha256(data).hexdigest())
                session.add(rec)
                path = out / _certificate_file_name(number, e.member.name)
                publish.append((path, data, number))
                unsealed.append((rec, path))
                if len(unsealed) >= SEAL_GROUP or i == len(todo) - 1:
                    # One flush for the group's rows, then each is signed (as _seal does).
                    session.flush()
                    for sealed, sealed_path in unsealed:
                        sealed.registry_sig = sign_payload(_registry_digest(sealed), key)
                        issued.append(_issued(sealed, sealed_path))
                    unsealed = []
            audit.record(session, actor, "document.issue.certificates", "class", klass.uuid,
                         count=len(issued))
            if backdated is not None:
                audit.record(session, actor, "document.backdate", "class", klass.uuid,
                             numbers=[d.number for d in issued], **backdated)
            cancel.raise_if_cancelled()
    except IntegrityError as exc:
        mapped = _already_issued_error(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    _publish_all(publish)
    return issued


SEAL_GROUP = 16
"""Registry rows of a class run inserted with one flush, then signed."""

PUBLISH_THREADS = 8
"""Files of a class run written at once. Each file is fsync'd (write_atomic); one at a time
that was 5-8 ms per certificate here (1.7 s for 200), with 8 threads the filesystem
commits them together: 0.6-1 ms per file."""


def _publish_all(publish: list[tuple[Path, bytes, str]]) -> None:
    """Write the committed documents' PDFs on several threads; every file is attempted and
    the first failure (in document order) is raised."""
    if len(publish) <= 1:
        for path, data, number in publish:
            _publish(path, data, number)
        return
    with ThreadPoolExecutor(max_workers=min(PUBLISH_THREADS, len(publish)),
                            thread_name_prefix="publish") as pool:
        futures = [pool.submit(_publish, path, data, number) for path, data, number in publish]
    for future in futures:
        future.result()


def _certificate_file_name(number: str, name: str) -> str:
    """``sertifikat-SRT-00001-VIP-KC-KRJ-2026-siti-nurhaliza.pdf`` (safe on Windows)."""
    safe_no = "".join(ch if ch.isalnum() else "-" for ch in number)
    safe_name = "-".join("".join(ch if ch.isalnum() else " " for ch in name).lower().split())
    return f"sertifikat-{safe_no}-{safe_name[:60] or 'peserta'}.pdf"


def class_certificate_status(db: Database, class_id: int) -> dict[str, int]:
    """Why a class run may issue nothing: completed participants, of them already certified."""
    with db.read() as session:
        completed = list(session.execute(select(Enrollment.id).where(
            Enrollment.class_id == class_id, Enrollment.status == "completed")).scalars())
        certified = set(session.execute(select(DocumentRecord.enrollment_id).where(
            DocumentRecord.doc_type == "certificate", DocumentRecord.voided.is_(False),
            DocumentRecord.enrollment_id.in_(completed or [-1]))).scalars())
        total = session.execute(select(Enrollment.id).where(
            Enrollment.class_id == class_id)).scalars().all()
        return {"participants": len(total), "completed": len(completed),
                "certified": len(certified)}


# ---------------------------------------------------------------------------- registry

def list_documents(db: Database, *, member_id: int | None = None,
                   enrollment_id: int | None = None, limit: int = 200,
                   session: Session | None = None) -> list[IssuedDocument]:
    with reading(db, session) as session:
        q = select(DocumentRecord).order_by(DocumentRecord.issued_at.desc(),
                                            DocumentRecord.id.desc()).limit(limit)
        if member_id is not None:
            q = q.where(DocumentRecord.member_id == member_id)
        if enrollment_id is not None:
            q = q.where(DocumentRecord.enrollment_id == enrollment_id)
        return [_issued(r) for r in session.execute(q).scalars()]


def find_document(db: Database, number: str) -> IssuedDocument:
    with db.read() as session:
        rec = session.execute(select(DocumentRecord).where(
            DocumentRecord.number == number.strip())).scalars().first()
        if rec is None:
            raise NotFoundError("document_missing", f"Dokumen nomor {number} tidak ditemukan.")
        return _issued(rec)


def reprint(db: Database, document_id: int, principal: Principal, reason: str,
            out_path: Path | str) -> IssuedDocument:
    """Render the stored document again, marked SALINAN; logged with the reason."""
    authorize(db, principal, Action.DOCUMENT_REPRINT)
    actor = principal.username
    if not reason.strip():
        raise ValidationError("reason_required", "Alasan cetak ulang wajib diisi.", "reason")
    with db.write() as session:
        rec = session.get(DocumentRecord, document_id)
        if rec is None:
            raise NotFoundError("document_missing", "Dokumen tidak ditemukan.")
        if rec.voided:
            raise ValidationError("document_voided",
                                  f"Dokumen {rec.number} sudah dibatalkan; tidak dapat dicetak ulang.")
        _require_intact(session, rec)
        data = render_from_payload(rec.doc_type, _stored_render(rec), rec.qr_text, True,
                                   _letterhead_logo(session))
        rec.reprint_count += 1
        audit.record(session, actor, "document.reprint", "document", rec.uuid,
                     number=rec.number, reason=reason.strip()[:200])
        issued = _issued(rec)
    return replace(issued, path=_publish(Path(out_path), data, issued.number))


def void_document(db: Database, document_id: int, principal: Principal, reason: str) -> IssuedDocument:
    """Void a document: it keeps its number (never reused) and verifies as voided."""
    authorize(db, principal, Action.DOCUMENT_VOID)
    actor = principal.username
    if not reason.strip():
        raise ValidationError("reason_required", "Alasan pembatalan dokumen wajib diisi.",
                              "reason")
    with db.write() as session:
        rec = session.get(DocumentRecord, document_id)
        if rec is None:
            raise NotFoundError("document_missing", "Dokumen tidak ditemukan.")
        if rec.voided:
            raise ValidationError("document_voided", f"Dokumen {rec.number} sudah dibatalkan.")
        _void(session, rec, actor, reason)
        return _issued(rec)


def _void(session: Session, rec: DocumentRecord, actor: str, reason: str) -> None:
    rec.voided = True
    rec.voided_at = utcnow()
    rec.voided_by = actor
    rec.void_reason = reason.strip()[:400]
    _seal(session, rec)
    audit.record(session, actor, "document.void", "document", rec.uuid, number=rec.number,
                 reason=reason.strip()[:200])


def void_for_enrollment(session: Session, enrollment_id: int, actor: str, reason: str) -> list[str]:
    """Void the live letters of a cancelled enrolment in the caller's (status-change)
    transaction; returns their numbers. Slips stay: they record a check, not a place."""
    numbers = []
    for rec in session.execute(select(DocumentRecord).where(
            DocumentRecord.enrollment_id == enrollment_id, DocumentRecord.doc_type == "letter",
            DocumentRecord.voided.is_(False)).with_for_update()).scalars():
        _void(session, rec, actor, f"Pendaftaran dibatalkan: {reason.strip()}")
        numbers.append(rec.number)
    return numbers


def document_bytes(db: Database, document_id: int, *, as_copy: bool = True) -> bytes:
    """The document's PDF rendered from the registry (for preview)."""
    with db.read() as session:
        rec = session.get(DocumentRecord, document_id)
        if rec is None:
            raise NotFoundError("document_missing", "Dokumen tidak ditemukan.")
        _require_intact(session, rec)
        return render_from_payload(rec.doc_type, _stored_render(rec), rec.qr_text, as_copy,
                                   _letterhead_logo(session))


def check_registry(db: Database, *, report: Report = no_report) -> RegistryReport:
    """Check every registry row against its branch-key signature (``check-documents``).

    ``report`` receives ``Progress(rows checked, total)`` every 500 rows.
    """
    failed: list[RegistryFailure] = []
    checked = 0
    with db.read() as session:
        keys = _public_keys(session)
        total = session.execute(select(DocumentRecord.id)).scalars().all()
        for rec in session.execute(select(DocumentRecord).order_by(DocumentRecord.id)
                                   .execution_options(yield_per=500)).scalars():
            checked += 1
            problem = _registry_problem(rec, keys)
            if problem is not None:
                failed.append(RegistryFailure(rec.id, rec.number, problem))
            if checked % 500 == 0:
                report(Progress(checked, len(total), "Register"))
    report(Progress(checked, checked, "Register"))
    return RegistryReport(checked, failed)


def _enrollment_code(session: Session, rec: DocumentRecord) -> str | None:
    """The status code of the enrolment the document belongs to (None: none, or gone)."""
    if rec.enrollment_id is None:
        return None
    status: str | None = session.execute(select(Enrollment.status).where(
        Enrollment.id == rec.enrollment_id)).scalar_one_or_none()
    return status or None


def _detail_params(rec: DocumentRecord, state_code: str | None) -> dict[str, str]:
    """The values a verification sentence names, for a UI in another language."""
    return {"number": rec.number, "doc_type": rec.doc_type, "reason": rec.void_reason or "",
            "enrollment_code": state_code or ""}


# The QR fields a retention purge overwrites in the register (holder's name, NIK digits).
_PURGED_QR_FIELDS = frozenset({"n", "k"})


def _matches_register(rec: DocumentRecord, payload: dict[str, Any], text: str,
                      purged: bool) -> bool:
    """Whether the scanned code is the registered one. After a retention purge the register
    keeps the signed QR without the holder's name and NIK digits (and a new QR text): the
    rest must still be equal, the erased fields cannot be compared."""
    kept = rec.payload.get("qr") if isinstance(rec.payload, dict) else None
    if not purged:
        return payload == kept and text == rec.qr_text
    return isinstance(kept, dict) and (
        {k: v for k, v in payload.items() if k not in _PURGED_QR_FIELDS}
        == {k: v for k, v in kept.items() if k not in _PURGED_QR_FIELDS})


_ERASED = (" Data pribadi pemegangnya telah dihapus dari register sesuai masa retensi, "
           "sehingga nama pada dokumen tidak dapat dicocokkan lagi.")


def verify(db: Database, text_or_path: str) -> Verification:
    """Verify a scanned QR text or a PDF file, offline, against the known branch keys AND the
    registry: the signed QR must equal the registered one, the registry row must carry a valid
    registry signature. For a PDF file the QR PRINTED on the page is decoded and checked (its
    hidden metadata must agree); the file is SAH only if byte-identical to the registered
    original (``not_original`` otherwise: a SALINAN or an edited file)."""
    text = text_or_path.strip()
    candidate = Path(text)
    file_hash: str | None = None
    if len(text) < 1024 and candidate.suffix.lower() == ".pdf":
        if not candidate.is_file():
            raise ValidationError("file_missing", f"Berkas {text} tidak ditemukan.")
        file_hash = hashlib.sha256(candidate.read_bytes()).hexdigest()
        printed = printed_qr_texts(candidate)
        if not printed:
            return Verification("malformed", "Tidak ada kode QR yang terbaca pada halaman berkas "
                                "PDF ini.", None, detail="malformed.no_qr")
        if len(printed) > 1:
            return Verification("malformed", "Halaman berkas PDF ini memuat lebih dari satu kode "
                                "QR; periksa tiap kode secara terpisah.", None,
                                detail="malformed.many_qr")
        # The printed code is what the reader sees; the hidden metadata only has to agree.
        text = printed[0]
        hidden = extract_qr_text_from_pdf(candidate)
        if hidden is not None and hidden != text:
            file_hash = "metadata-differs"  # never the original: report not_original below
    with db.read() as session:
        from vokasi_desktop.services.keys import verification_keys

        keys, revoked = verification_keys(session)
        outcome = verify_payload(text, keys, revoked)
        if outcome.status != "valid" or outcome.payload is None:
            return Verification(outcome.status, outcome.message, outcome.claimed_payload,
                                detail=f"signature.{outcome.status}")
        payload = outcome.payload
        if "kind" in payload or not all(isinstance(payload.get(k), str)
                                        for k in ("no", "t", "b", "d", "n")):
            # Signed by a branch key but not a document QR (e.g. a registry-row signature).
            return Verification("malformed", "Teks ini bukan kode QR dokumen Vokasi.", None,
                                detail="malformed.not_vokasi")
        rec = session.execute(select(DocumentRecord).where(
            DocumentRecord.origin_branch == payload.get("b"),
            DocumentRecord.number == payload.get("no"))).scalars().first()
        if rec is None:
            # A row whose number was edited still holds the QR text it was issued with.
            rec = session.execute(select(DocumentRecord).where(
                DocumentRecord.qr_text == text)).scalars().first()
        if rec is None:
            local = _local_branch(session).code
            if payload.get("b") == local:
                return Verification("unregistered", "Tanda tangan sah, tetapi nomor dokumen tidak "
                                    "ada dalam register kantor ini.", payload,
                                    detail="unregistered")
            return Verification("valid", outcome.message + " Dokumen terbitan kantor "
                                f"{payload.get('b')} (register tidak tersedia di sini).", payload,
                                detail="valid.other_office",
                                params={"branch": str(payload.get("b"))})
        doc = _issued(rec)
        state_code = _enrollment_code(session, rec)
        state = ENROLLMENT_LABELS.get(state_code, state_code) if state_code else None
        params = _detail_params(rec, state_code)
        problem = _registry_problem(rec, _public_keys(session))
        if problem is not None:
            return Verification("registry_tampered", problem + " Jangan terima dokumen ini; "
                                "hubungi kantor penerbit.", payload, doc, state,
                                "registry_tampered", params)
        purged = isinstance(rec.payload, dict) and rec.payload.get("purged") is True
        if not _matches_register(rec, payload, text, purged):
            return Verification(
                "mismatch", f"Kode QR bertanda tangan kantor, tetapi isinya tidak cocok dengan "
                f"register untuk nomor {rec.number}. Dokumen TIDAK SAH.",
                payload, doc, state, "mismatch", params)
        suffix = f" Status pendaftaran: {state}." if state else ""
        if purged:
            suffix += _ERASED
        mark = ".purged" if purged else ""
        if rec.voided:
            return Verification("voided", f"Dokumen {rec.number} telah DIBATALKAN: "
                                f"{rec.void_reason}.{suffix}", payload, doc, state,
                                "voided" + mark, params)
        if file_hash is not None and file_hash != rec.pdf_sha256:
            return Verification(
                "not_original", f"Kode di berkas cocok dengan register nomor {rec.number}, tetapi "
                "berkas PDF ini bukan berkas asli yang terdaftar (isi berkas berbeda: salinan "
                f"atau telah diubah). Periksa kode QR yang tercetak pada halaman."
                f"{_ERASED if purged else ''}",
                payload, doc, state, "not_original" + mark, params)
        if purged:
            return Verification("purged", f"Tanda tangan sah; {DOC_LABELS[rec.doc_type]} nomor "
                                f"{rec.number} tercatat di register.{suffix} Cocokkan "
                                "identitas pemegang dengan KTP-nya.", payload, doc, state,
                                "purged", params)
        original = " Berkas PDF identik dengan berkas asli." if file_hash is not None else ""
        return Verification("valid", f"{outcome.message} {DOC_LABELS[rec.doc_type]} nomor "
                            f"{rec.number} atas nama {payload.get('n')} tercatat di register."
                            f"{original}{suffix}", payload, doc, state, "valid.registered",
                            {**params, "name": str(payload.get("n", "")),
                             "file": "original" if file_hash is not None else ""})
