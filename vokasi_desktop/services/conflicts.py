"""Conflicts and duplicate-NIK cases left by exchange imports, resolved by a person.

A :class:`~vokasi_desktop.db.models.Conflict` is one field of one travelling row that was changed
both here and at the sending office since the last exchange: ``local_value`` is what this
database held, ``remote_value`` what the package carried (plain JSON values). A supervisor picks
one; :func:`resolve_conflict` writes the chosen value into the row, bumps its ``updated_at`` (so
the decision travels with the next package) and marks the conflict resolved, all in one
transaction with an audit entry holding before/after.

A :class:`~vokasi_desktop.db.models.DuplicateCase` is the same NIK registered at two offices under
two member uuids. :func:`merge_duplicate` keeps one member, re-points the other's enrolments,
contribution periods and documents to it, removes the other and marks the case resolved.

Audit details never carry a full NIK or personal values: NIK/KK are masked and the other
personal fields of a member are recorded as a short fingerprint (``h:`` + 10 hex digits of
SHA-256), enough to tell which value was chosen without copying it into the log.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, Integer, String, Text, func, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.branch import local_code
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    Base,
    Conflict,
    ContributionPeriod,
    DocumentRecord,
    DuplicateCase,
    Enrollment,
    ExchangePackage,
    Institution,
    Member,
    MemberConsent,
    RegionRestriction,
    TrainingClass,
)
from vokasi_desktop.db.tables import table_of
from vokasi_desktop.db.timeutil import UTCDateTime, utcnow
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.identifiers import mask_nik_digits
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import ConflictError, NotFoundError, ValidationError

# Travelling tables a conflict may name (``Conflict.entity`` is the table name).
ENTITY_MODELS: dict[str, type[Base]] = {
    "member": Member,
    "contribution_period": ContributionPeriod,
    "institution": Institution,
    "training_class": TrainingClass,
    "region_restriction": RegionRestriction,
    "enrollment": Enrollment,
    "document_record": DocumentRecord,
}
ENTITY_LABELS = {
    "member": "Peserta", "contribution_period": "Periode iuran", "institution": "Lembaga",
    "training_class": "Kelas", "region_restriction": "Pembatasan wilayah",
    "enrollment": "Pendaftaran", "document_record": "Dokumen",
}
# Never written by a conflict resolution: identity, bookkeeping, links.
_PROTECTED = frozenset({"id", "uuid", "origin_branch", "version", "created_at", "updated_at",
                        "member_id", "class_id", "institution_id", "enrollment_id",
                        "branch_quota_id", "request_id"})
# Fields that move seat and budget counters or signed registry content: the remote value is
# applied through the regular workflow (Pendaftaran page, void), then "local" is chosen here.
_WORKFLOW_ONLY = {
    "enrollment": frozenset({"status", "cost"}),
    "training_class": frozenset({"seats_used", "capacity", "cost_per_participant"}),
    "document_record": frozenset({"number", "sequence", "payload", "qr_text", "pdf_sha256",
                                  "registry_sig", "voided", "doc_type", "year"}),
}
# Member fields that are personal data: masked or fingerprinted in audit entries.
_PERSONAL = frozenset({"nik", "kk", "kpj", "name", "name_norm", "birth_place", "birth_date",
                       "address", "phone", "verified_note", "nik_warning_reason"})
_MASKED = frozenset({"nik", "kk"})

FIELD_LABELS = {
    "name": "Nama", "address": "Alamat", "phone": "Telepon", "kpj": "KPJ", "kk": "No. KK",
    "nik": "NIK", "birth_place": "Tempat lahir", "birth_date": "Tanggal lahir",
    "segment": "Segmen", "employment_status": "Status kerja",
    "membership_status": "Status kepesertaan", "status": "Status", "title": "Judul",
    "capacity": "Kapasitas", "start_date": "Tanggal mulai", "end_date": "Tanggal selesai",
    "licence_number": "No. izin", "licence_expires": "Izin berlaku s.d.", "email": "E-mail",
    "region_code": "Kode wilayah", "completion_date": "Tanggal selesai pelatihan",
    "result": "Hasil",
}


@dataclass(frozen=True)
class ConflictView:
    """One conflict as listed: no full NIK anywhere (``record`` and values are masked)."""

    id: int
    uuid: str
    entity: str
    entity_label: str
    entity_uuid: str
    record: str
    field: str
    field_label: str
    local_value: str
    remote_value: str
    local_office: str
    remote_office: str
    package: str
    status: str
    created_at: datetime
    resolved_by: str | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class ResolvedConflict:
    """What :func:`resolve_conflict` changed."""

    conflict_id: int
    entity: str
    entity_uuid: str
    field: str
    choice: str
    before: str
    after: str


@dataclass(frozen=True)
class DuplicateMember:
    uuid: str
    office: str
    present: bool
    name: str
    kpj: str
    enrolments: int


@dataclass(frozen=True)
class DuplicateView:
    """One duplicate-NIK case (NIK masked)."""

    id: int
    uuid: str
    nik_masked: str
    member_a: DuplicateMember
    member_b: DuplicateMember
    status: str
    created_at: datetime
    resolved_by: str | None
    resolved_at: datetime | None
    note: str


@dataclass(frozen=True)
class MergeResult:
    case_id: int
    kept_uuid: str
    dropped_uuid: str
    enrolments_moved: int
    contributions_moved: int
    contributions_dropped: int
    documents_moved: int


# ---------------------------------------------------------------------------- values

def _display(field: str, value: Any) -> str:
    """A value for the screen: NIK/KK masked, dates as dd/mm/yyyy, None as a dash."""
    if value is None or value == "":
        return "—"
    if field in _MASKED and isinstance(value, str) and len(value) == 16 and value.isdigit():
        return mask_nik_digits(value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)[:200]
    return str(value)


def _audit_value(entity: str, field: str, value: Any) -> Any:
    """A value safe for the audit log (no personal data in clear)."""
    if entity == "member" and field in _MASKED:
        return mask_nik_digits(value) if isinstance(value, str) and len(value) == 16 else "***"
    if entity == "member" and field in _PERSONAL:
        raw = json.dumps(_jsonable(value), sort_keys=True, ensure_ascii=False)
        return "h:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:10]
    return _jsonable(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid_mod.UUID):
        return str(value)
    return value


def _coerce(model: type[Base], field: str, value: Any) -> Any:
    """Turn a JSON value from a package into the column's Python type, or raise."""
    column = model.__table__.c.get(field)
    if column is None:
        raise ValidationError("conflict_field_unknown",
                              f"Kolom {field!r} tidak ada pada {model.__tablename__}.", field)
    if value is None:
        if not column.nullable:
            raise ValidationError("conflict_value_empty",
                                  f"Nilai {field!r} tidak boleh kosong.", field)
        return None
    kind = column.type
    try:
        if isinstance(kind, UTCDateTime):
            parsed = datetime.fromisoformat(str(value))
            if parsed.tzinfo is None:  # packages write UTC; a naive value is refused
                raise ValueError(value)
            return parsed
        if isinstance(kind, Date):
            return date.fromisoformat(str(value))
        if isinstance(kind, Boolean):
            if isinstance(value, bool):
                return value
            raise ValueError(value)
        if isinstance(kind, Integer | BigInteger):
            if isinstance(value, bool) or not isinstance(value, int | str):
                raise ValueError(value)
            return int(value)
        if isinstance(kind, String | Text):
            text = str(value)
            length = getattr(kind, "length", None)
            if length is not None and len(text) > length:
                raise ValueError(value)
            return text
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            "conflict_value_invalid",
            f"Nilai untuk kolom {field!r} pada {model.__tablename__} tidak sesuai jenisnya; "
            "konflik tidak dapat diterapkan.", field) from exc
    return value


def _describe(session: Session, entity: str, row: Any) -> str:
    """A short description of a row for a person, without a full NIK."""
    if row is None:
        return "(data belum ada di basis data ini)"
    if isinstance(row, Member):
        return f"{row.name} (NIK {mask_nik_digits(row.nik)})"
    if isinstance(row, Enrollment):
        m = session.get(Member, row.member_id)
        c = session.get(TrainingClass, row.class_id)
        return f"{m.name if m else '?'} — {c.code if c else '?'}"
    if isinstance(row, Institution):
        return f"{row.code} {row.name}"
    if isinstance(row, TrainingClass):
        return f"{row.code} {row.title}"
    if isinstance(row, ContributionPeriod):
        m = session.get(Member, row.member_id)
        return (f"{m.name if m else '?'}: iuran {row.month_from:%m/%Y}–{row.month_to:%m/%Y}")
    if isinstance(row, RegionRestriction):
        return f"{row.level} {row.region_code} {row.date_from:%d/%m/%Y}–{row.date_to:%d/%m/%Y}"
    if isinstance(row, DocumentRecord):
        return f"{row.number}"
    return str(getattr(row, "uuid", ""))


def _local_office(session: Session) -> str:
    code = local_code(session)
    return code or "-"


def _row_by_uuid(session: Session, model: type[Base], entity_uuid: uuid_mod.UUID, *,
                 lock: bool = False) -> Any:
    q = select(model).where(table_of(model).c.uuid == entity_uuid)
    if lock:
        q = q.with_for_update()
    return session.execute(q).scalar_one_or_none()


# ---------------------------------------------------------------------------- conflicts

def _conflict_view(session: Session, c: Conflict, local: str,
                   packages: dict[int, ExchangePackage]) -> ConflictView:
    model = ENTITY_MODELS.get(c.entity)
    row = _row_by_uuid(session, model, c.entity_uuid) if model is not None else None
    pkg = packages.get(c.package_id) if c.package_id is not None else None
    return ConflictView(
        id=c.id, uuid=str(c.uuid), entity=c.entity,
        entity_label=ENTITY_LABELS.get(c.entity, c.entity), entity_uuid=str(c.entity_uuid),
        record=_describe(session, c.entity, row), field=c.field,
        field_label=FIELD_LABELS.get(c.field, c.field),
        local_value=_display(c.field, c.local_value),
        remote_value=_display(c.field, c.remote_value),
        local_office=local, remote_office=pkg.peer_branch if pkg else "-",
        package=f"{pkg.peer_branch} #{pkg.sequence}" if pkg else "-",
        status=c.status, created_at=c.created_at, resolved_by=c.resolved_by,
        resolved_at=c.resolved_at,
    )


def _open_cases[C: (Conflict, DuplicateCase)](session: Session, model: type[C],
                                               status: str | None, limit: int) -> list[C]:
    """Rows of ``model`` with ``status`` (any when None), oldest first: the shared listing of
    conflicts and duplicate cases."""
    q = select(model).order_by(model.id).limit(limit)
    if status is not None:
        q = q.where(model.status == status)
    return list(session.execute(q).scalars())


def list_conflicts(db: Database, principal: Principal, *, status: str | None = "open",
                   limit: int = 1000) -> list[ConflictView]:
    """Conflicts (open ones by default), oldest first, described for a person."""
    authorize(db, principal, Action.CONFLICT_RESOLVE, what="conflict.list")
    with db.read() as session:
        rows = _open_cases(session, Conflict, status, limit)
        ids = {c.package_id for c in rows if c.package_id is not None}
        packages = {p.id: p for p in session.execute(
            select(ExchangePackage).where(ExchangePackage.id.in_(ids))).scalars()} if ids else {}
        local = _local_office(session)
        return [_conflict_view(session, c, local, packages) for c in rows]


def count_open(db: Database) -> tuple[int, int]:
    """(open conflicts, open duplicate cases): for a badge; reveals no personal data."""
    with db.read() as session:
        conflicts = session.execute(select(func.count(Conflict.id)).where(
            Conflict.status == "open")).scalar_one()
        duplicates = session.execute(select(func.count(DuplicateCase.id)).where(
            DuplicateCase.status == "open")).scalar_one()
        return int(conflicts), int(duplicates)


def resolve_conflict(db: Database, principal: Principal, conflict_id: int, choice: str, *,
                     note: str = "") -> ResolvedConflict:
    """Apply the local or the remote value of one conflict, in one audited transaction.

    Raises ValidationError for an unknown choice, a field that may not be written this way, or
    a value of the wrong type; ConflictError when someone resolved it first; NotFoundError when
    the conflict or its row is missing. Nothing is written in any of those cases.
    """
    if choice not in ("local", "remote"):
        raise ValidationError("conflict_choice_invalid",
                              "Pilih nilai kantor ini (local) atau kantor pengirim (remote).",
                              "choice")
    authorize(db, principal, Action.CONFLICT_RESOLVE, conflict=conflict_id)
    with db.write() as session:
        c = session.execute(select(Conflict).where(Conflict.id == conflict_id)
                            .with_for_update()).scalar_one_or_none()
        if c is None:
            raise NotFoundError("conflict_missing", "Konflik tidak ditemukan.")
        if c.status != "open":
            when = f" pada {c.resolved_at:%d/%m/%Y %H:%M}" if c.resolved_at else ""
            raise ConflictError("conflict_already_resolved",
                                f"Konflik ini sudah diselesaikan oleh {c.resolved_by or '-'}"
                                f"{when}.")
        model = ENTITY_MODELS.get(c.entity)
        if model is None:
            raise ValidationError("conflict_entity_unknown",
                                  f"Jenis data {c.entity!r} tidak dapat diselesaikan di sini.")
        if c.field in _PROTECTED:
            raise ValidationError("conflict_field_protected",
                                  f"Kolom {c.field!r} adalah identitas/tautan data dan tidak "
                                  "diubah lewat penyelesaian konflik.", c.field)
        if choice == "remote" and c.field in _WORKFLOW_ONLY.get(c.entity, frozenset()):
            raise ValidationError(
                "conflict_needs_workflow",
                f"Kolom {FIELD_LABELS.get(c.field, c.field)} pada "
                f"{ENTITY_LABELS.get(c.entity, c.entity)} mengubah kuota, kursi atau register "
                "dokumen: terapkan nilai kantor pengirim lewat halaman yang biasa (mis. "
                "Pendaftaran), lalu pilih nilai kantor ini.", c.field)
        row = _row_by_uuid(session, model, c.entity_uuid, lock=True)
        if row is None:
            raise NotFoundError("conflict_row_missing",
                                f"Data {ENTITY_LABELS.get(c.entity, c.entity)} untuk konflik ini "
                                "tidak ada di basis data ini.")
        chosen = c.local_value if choice == "local" else c.remote_value
        value = _coerce(model, c.field, chosen)
        if c.entity == "member" and c.field == "nik" and not (
                isinstance(value, str) and len(value) == 16 and value.isdigit()):
            raise ValidationError("conflict_value_invalid", "NIK harus 16 angka.", "nik")
        before = getattr(row, c.field)
        setattr(row, c.field, value)
        if isinstance(row, Member) and c.field == "name":
            row.name_norm = " ".join(str(value).upper().split())
        # Bump so the decision travels with the next package even when the value is unchanged.
        row.updated_at = utcnow()
        session.flush()
        now = utcnow()
        c.status = "resolved"
        c.resolved_by = principal.username
        c.resolved_at = now
        session.flush()
        audit.record(session, principal.username, "conflict.resolve", c.entity, c.entity_uuid,
                     conflict=str(c.uuid), field=c.field, choice=choice,
                     before=_audit_value(c.entity, c.field, before),
                     after=_audit_value(c.entity, c.field, value),
                     package=c.package_id, note=note[:200])
        return ResolvedConflict(c.id, c.entity, str(c.entity_uuid), c.field, choice,
                                _display(c.field, _jsonable(before)),
                                _display(c.field, _jsonable(value)))


# ---------------------------------------------------------------------------- duplicates

def _dup_member(session: Session, member_uuid: uuid_mod.UUID, office: str) -> DuplicateMember:
    m = _row_by_uuid(session, Member, member_uuid)
    if m is None:
        return DuplicateMember(str(member_uuid), office, False, "(belum ada di sini)", "", 0)
    count = session.execute(select(func.count(Enrollment.id)).where(
        Enrollment.member_id == m.id)).scalar_one()
    return DuplicateMember(str(member_uuid), office, True, m.name, m.kpj or "", int(count))


def _dup_view(session: Session, d: DuplicateCase) -> DuplicateView:
    return DuplicateView(
        id=d.id, uuid=str(d.uuid), nik_masked=mask_nik_digits(d.nik) if len(d.nik) == 16
        else "***", member_a=_dup_member(session, d.member_uuid_a, d.office_a),
        member_b=_dup_member(session, d.member_uuid_b, d.office_b), status=d.status,
        created_at=d.created_at, resolved_by=d.resolved_by, resolved_at=d.resolved_at,
        note=d.note)


def list_duplicates(db: Database, principal: Principal, *, status: str | None = "open",
                    limit: int = 1000) -> list[DuplicateView]:
    """Duplicate-NIK cases (open ones by default), oldest first, NIK masked."""
    authorize(db, principal, Action.CONFLICT_RESOLVE, what="duplicate.list")
    with db.read() as session:
        return [_dup_view(session, d) for d in _open_cases(session, DuplicateCase, status, limit)]


def merge_duplicate(db: Database, principal: Principal, case_id: int, keep: str, *,
                    note: str = "") -> MergeResult:
    """Keep member ``a`` or ``b`` of a duplicate case; move the other's records to it.

    Enrolments, contribution periods (a span the kept member already has is dropped) and
    document registry rows of the other member are re-pointed; the other member row is
    deleted. When the kept member exists only at the other office (its row is not here) the
    local row takes over the kept uuid, so later packages about it land on this row. Refused
    (nothing written) when both members hold a live enrolment in the same class: one of them
    must be cancelled first, through the Pendaftaran page, so seats are given back correctly.
    """
    if keep not in ("a", "b"):
        raise ValidationError("duplicate_keep_invalid",
                              "Pilih peserta yang dipertahankan: a atau b.", "keep")
    authorize(db, principal, Action.CONFLICT_RESOLVE, duplicate=case_id)
    with db.write() as session:
        d = session.execute(select(DuplicateCase).where(DuplicateCase.id == case_id)
                            .with_for_update()).scalar_one_or_none()
        if d is None:
            raise NotFoundError("duplicate_missing", "Kasus NIK ganda tidak ditemukan.")
        if d.status != "open":
            raise ConflictError("duplicate_already_resolved",
                                f"Kasus ini sudah diselesaikan oleh {d.resolved_by or '-'}.")
        kept_uuid, drop_uuid = ((d.member_uuid_a, d.member_uuid_b) if keep == "a"
                                else (d.member_uuid_b, d.member_uuid_a))
        kept = _row_by_uuid(session, Member, kept_uuid, lock=True)
        drop = _row_by_uuid(session, Member, drop_uuid, lock=True)
        if kept is None and drop is None:
            raise NotFoundError("duplicate_members_missing",
                                "Kedua data peserta kasus ini tidak ada di basis data ini.")
        moved = contrib_moved = contrib_dropped = docs_moved = 0
        if kept is None:
            # Only the other office's copy is to be kept: the local row adopts its identity.
            drop.uuid = kept_uuid
            drop.updated_at = utcnow()
            session.flush()
        elif drop is not None:
            moved, contrib_moved, contrib_dropped, docs_moved = _move_records(
                session, kept, drop)
            session.delete(drop)
            kept.updated_at = utcnow()
            session.flush()
        d.status = "resolved"
        d.resolved_by = principal.username
        d.resolved_at = utcnow()
        label = "A" if keep == "a" else "B"
        office = d.office_a if keep == "a" else d.office_b
        d.note = (f"Dipertahankan: peserta {label} ({office})" + (f"; {note}" if note else ""))[:400]
        session.flush()
        audit.record(session, principal.username, "duplicate.merge", "member", kept_uuid,
                     case=str(d.uuid), nik=mask_nik_digits(d.nik) if len(d.nik) == 16 else "***",
                     kept=str(kept_uuid), dropped=str(drop_uuid), enrolments=moved,
                     contributions_moved=contrib_moved, contributions_dropped=contrib_dropped,
                     documents=docs_moved)
        return MergeResult(d.id, str(kept_uuid), str(drop_uuid), moved, contrib_moved,
                           contrib_dropped, docs_moved)


def _move_records(session: Session, kept: Member, drop: Member) -> tuple[int, int, int, int]:
    live = vocabulary.ACTIVE_ENROLLMENT_STATUSES
    kept_classes = set(session.execute(select(Enrollment.class_id).where(
        Enrollment.member_id == kept.id, Enrollment.status.in_(live))).scalars())
    drop_enrolments = list(session.execute(select(Enrollment).where(
        Enrollment.member_id == drop.id).with_for_update()).scalars())
    clash = [e for e in drop_enrolments if e.status in live and e.class_id in kept_classes]
    if clash:
        codes = ", ".join(sorted(session.execute(select(TrainingClass.code).where(
            TrainingClass.id.in_({e.class_id for e in clash}))).scalars()))
        raise ConflictError(
            "duplicate_same_class",
            f"Kedua peserta terdaftar aktif di kelas yang sama ({codes}); batalkan salah satu "
            "pendaftaran di halaman Pendaftaran terlebih dahulu, lalu gabungkan.")
    for e in drop_enrolments:
        e.member_id = kept.id
    kept_spans = {(p.month_from, p.month_to) for p in session.execute(
        select(ContributionPeriod).where(ContributionPeriod.member_id == kept.id)).scalars()}
    moved = dropped = 0
    for p in list(session.execute(select(ContributionPeriod).where(
            ContributionPeriod.member_id == drop.id)).scalars()):
        if (p.month_from, p.month_to) in kept_spans:
            session.delete(p)
            dropped += 1
        else:
            p.member_id = kept.id
            moved += 1
    docs = list(session.execute(select(DocumentRecord).where(
        DocumentRecord.member_id == drop.id).with_for_update()).scalars())
    local = _local_office(session)
    foreign = [doc.number for doc in docs if doc.origin_branch != local]
    if foreign:
        raise ConflictError(
            "duplicate_foreign_documents",
            f"Peserta yang akan dihapus memiliki dokumen terbitan kantor lain "
            f"({', '.join(foreign[:5])}); register dokumen itu ditandatangani kantor "
            "penerbitnya. Pertahankan peserta tersebut (pilih sisi yang lain).")
    if docs:
        # The registry signature covers member_id: re-sign the moved rows with this office's
        # key in the same transaction (raises "key_locked" when the key needs its passphrase).
        from vokasi_desktop.services.documents import _seal

        for doc in docs:
            doc.member_id = kept.id
            _seal(session, doc)
    # The person's consent records are proof of what they agreed to: they stay with the kept
    # member (the same NIK, the same person).
    for consent in session.execute(select(MemberConsent).where(
            MemberConsent.member_id == drop.id)).scalars():
        consent.member_id = kept.id
    session.flush()
    # The relationship collection of the dropped member must not cascade-delete moved rows.
    session.expire(drop, ["contributions"])
    return len(drop_enrolments), moved, dropped, len(docs)
