"""Member (peserta) use cases: register, update, find, verify membership, contributions.

Every write is one short transaction; results are frozen dataclasses, never ORM objects.
Logs and audit entries carry the member's UUID and a masked NIK only.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from vokasi_desktop.db.branch import local_code
from vokasi_desktop.db.engine import Database, reading
from vokasi_desktop.db.models import (
    EMPLOYMENT_STATUSES,
    MEMBERSHIP_STATUSES,
    SEGMENTS,
    VERIFICATION_METHODS,
    ContributionPeriod,
    Enrollment,
    Member,
    TrainingClass,
)
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain import fields, regions, vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.identifiers import (
    IdentifierError,
    Sex,
    is_probably_nik,
    mask_nik,
    parse_kk,
    parse_kpj,
    parse_nik,
)
from vokasi_desktop.domain.privacy import CONSENT_PURPOSE
from vokasi_desktop.domain.regions import regency_name, region_label
from vokasi_desktop.services import audit, privacy
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from vokasi_desktop.services.text_input import text_field

SEGMENT_LABELS = vocabulary.SEGMENTS.labels()
EMPLOYMENT_LABELS = vocabulary.EMPLOYMENT_STATUSES.labels()
MEMBERSHIP_LABELS = vocabulary.MEMBERSHIP_STATUSES.labels()
VERIFICATION_LABELS = vocabulary.VERIFICATION_METHODS.labels()
ENROLLMENT_LABELS = vocabulary.ENROLLMENT_STATUSES.labels()


@dataclass(frozen=True)
class MemberInput:
    """What staff type when registering or editing a member."""

    nik: str
    name: str
    birth_date: date
    sex: str
    segment: str
    employment_status: str
    birth_place: str = ""
    kk: str | None = None
    kpj: str | None = None
    address: str = ""
    region_code: str | None = None
    phone: str = ""
    layoff_date: date | None = None
    membership_status: str = "none"
    membership_since: date | None = None
    consent_purpose: str = CONSENT_PURPOSE
    nik_warning_reason: str = ""


@dataclass(frozen=True)
class MemberView:
    """A member as shown at the counter; ``nik`` is the full number, show ``nik_masked``."""

    id: int
    uuid: uuid_mod.UUID
    nik: str
    nik_masked: str
    kk: str | None
    kpj: str | None
    name: str
    birth_place: str
    birth_date: date
    sex: str
    address: str
    region_code: str
    region_name: str
    phone: str
    segment: str
    employment_status: str
    layoff_date: date | None
    membership_status: str
    membership_since: date | None
    verified_by: str | None
    verified_at: datetime | None
    verified_method: str | None
    contribution_months: int
    version: int

    @property
    def segment_label(self) -> str:
        return SEGMENT_LABELS.get(self.segment, self.segment)

    @property
    def employment_label(self) -> str:
        return EMPLOYMENT_LABELS.get(self.employment_status, self.employment_status)

    @property
    def membership_label(self) -> str:
        return MEMBERSHIP_LABELS.get(self.membership_status, self.membership_status)


@dataclass(frozen=True)
class ContributionView:
    id: int
    month_from: date
    month_to: date
    source: str

    @property
    def months(self) -> int:
        return months_in_span(self.month_from, self.month_to)


@dataclass(frozen=True)
class MemberEnrollmentView:
    """One enrolment of a member, for the member card."""

    id: int
    class_code: str
    class_title: str
    start_date: date
    end_date: date
    status: str
    enrolled_at: datetime

    @property
    def status_label(self) -> str:
        return ENROLLMENT_LABELS.get(self.status, self.status)


class SimilarMembersFound(ConflictError):
    """Members with a similar name and the same birth date exist (maybe the same person)."""

    def __init__(self, candidates: list[MemberView]) -> None:
        names = ", ".join(f"{c.name} ({c.nik_masked})" for c in candidates[:3])
        super().__init__(
            "similar_member",
            f"Sudah ada peserta dengan nama mirip dan tanggal lahir sama: {names}. "
            "Periksa apakah orang yang sama sebelum mendaftarkan lagi.",
        )
        self.candidates = candidates


def months_in_span(month_from: date, month_to: date) -> int:
    return (month_to.year - month_from.year) * 12 + month_to.month - month_from.month + 1


def normalise_name(name: str) -> str:
    """Upper-case, single spaces: the sort and prefix-search key."""
    return " ".join(name.split()).upper()


def _months_paid(spans: Iterable[tuple[date | None, date | None]]) -> int:
    """Distinct months covered by contribution spans (both ends inclusive)."""
    months: set[int] = set()
    for a, b in spans:
        if a is None or b is None:  # the outer join's row of a member without contributions
            continue
        start = a.year * 12 + a.month - 1
        end = b.year * 12 + b.month - 1
        months.update(range(start, end + 1))
    return len(months)


def _paid_months(session: Session, member_id: int) -> int:
    spans = session.connection().execute(_SPANS, {"member_id": member_id}).all()
    return _months_paid((a, b) for a, b in spans)


def _view(session: Session | None, m: Member | Row[Any],
          paid_months: int | None = None) -> MemberView:
    """The view of a member (an ORM object, or a Core row of the member table).

    ``paid_months`` when the caller read the contributions already (:func:`find_member`);
    else they are read in ``session``.
    """
    if paid_months is None:
        assert session is not None
        paid_months = _paid_months(session, m.id)
    return MemberView(
        id=m.id, uuid=m.uuid, nik=m.nik, nik_masked=mask_nik(m.nik), kk=m.kk, kpj=m.kpj,
        name=m.name, birth_place=m.birth_place, birth_date=m.birth_date, sex=m.sex,
        address=m.address, region_code=m.region_code,
        region_name=(regency_name(m.region_code) or region_label(m.region_code)),
        phone=m.phone, segment=m.segment, employment_status=m.employment_status,
        layoff_date=m.layoff_date, membership_status=m.membership_status,
        membership_since=m.membership_since, verified_by=m.verified_by,
        verified_at=m.verified_at, verified_method=m.verified_method,
        contribution_months=paid_months, version=m.version,
    )


def _sex(value: str) -> Sex:
    if value == "L":
        return "L"
    if value == "P":
        return "P"
    raise ValidationError("sex_invalid", "Jenis kelamin harus L atau P.", "sex")


def clean_member_input(data: MemberInput, today: date) -> tuple[MemberInput, list[str]]:
    """Validate and normalise; returns the cleaned input and NIK warnings (Indonesian)."""
    # The sex is checked first: the NIK check compares it with the NIK's day code.
    sex = _sex(data.sex)
    try:
        nik = parse_nik(data.nik, today, birth_date=data.birth_date, sex=sex)
    except IdentifierError as exc:
        raise ValidationError(exc.code, exc.message, "nik") from exc
    warnings = [w.message for w in nik.warnings]
    mismatch = [w for w in nik.warnings if w.code in ("nik_birthdate_mismatch", "nik_sex_mismatch")]
    if mismatch and not data.nik_warning_reason.strip():
        raise ValidationError(
            "nik_warning_reason_required",
            " ".join(w.message for w in mismatch)
            + " NIK tidak pernah diterbitkan ulang: isi alasan bila data yang diketik benar.",
            "nik_warning_reason",
        )
    name = text_field(data.name, "Nama", "name", max_len=200, min_len=2)
    birth_place = text_field(data.birth_place, "Tempat lahir", "birth_place", max_len=100)
    address = text_field(data.address, "Alamat", "address", max_len=400, multiline=True)
    nik_warning_reason = text_field(data.nik_warning_reason, "Alasan", "nik_warning_reason",
                                    max_len=400)
    consent_purpose = text_field(data.consent_purpose, "Tujuan persetujuan", "consent_purpose",
                                 max_len=400)
    if data.sex not in vocabulary.SEXES:
        raise ValidationError("sex_invalid", "Jenis kelamin harus L atau P.", "sex")
    if data.segment not in SEGMENTS:
        raise ValidationError("segment_invalid", "Segmen harus PU, BPU, PMI atau JAKON.", "segment")
    if data.employment_status not in EMPLOYMENT_STATUSES:
        raise ValidationError("employment_invalid", "Status pekerjaan tidak dikenal.",
                              "employment_status")
    if data.membership_status not in MEMBERSHIP_STATUSES:
        raise ValidationError("membership_invalid", "Status kepesertaan tidak dikenal.",
                              "membership_status")
    kpj = None
    if data.kpj and data.kpj.strip():
        try:
            kpj = parse_kpj(data.kpj)
        except IdentifierError as exc:
            raise ValidationError(exc.code, exc.message, "kpj") from exc
    kk = None
    if data.kk and data.kk.strip():
        try:
            kk = parse_kk(data.kk)
        except IdentifierError as exc:
            raise ValidationError(exc.code, exc.message, "kk") from exc
    if data.membership_status != "none" and kpj is None:
        raise ValidationError("kpj_required",
                              "Peserta aktif/nonaktif harus memiliki nomor KPJ.", "kpj")
    if data.layoff_date is not None and data.layoff_date > today:
        raise ValidationError("layoff_future", "Tanggal PHK tidak boleh di masa depan.",
                              "layoff_date")
    if data.employment_status in vocabulary.LAID_OFF_STATUSES and data.layoff_date is None:
        raise ValidationError("layoff_required",
                              "Isi tanggal PHK/berakhirnya kontrak.", "layoff_date")
    phone = ""
    if data.phone.strip():
        try:
            phone = fields.parse_phone(data.phone)
        except fields.FieldError as err:
            raise ValidationError(err.code, err.message, "phone", err.params) from None
    if data.region_code and data.region_code.strip():
        try:
            region = fields.parse_regency_code(data.region_code)
        except fields.FieldError as err:
            raise ValidationError(err.code, err.message, "region_code", err.params) from None
    else:  # from the NIK (its regency may be unknown: a warning, not a refusal)
        region = regions.canonical_regency_code(nik.regency_code) or nik.regency_code
    cleaned = replace(data, nik=nik.value, name=name, kpj=kpj, kk=kk, region_code=region,
                      phone=phone, address=address, birth_place=birth_place,
                      nik_warning_reason=nik_warning_reason, consent_purpose=consent_purpose)
    return cleaned, warnings


def _similar(session: Session, data: MemberInput, exclude_id: int | None) -> list[Member]:
    """Same birth date and a name sharing its first word, or the same KK and first name."""
    first = normalise_name(data.name).split(" ")[0]
    cond = and_(Member.birth_date == data.birth_date,
                or_(Member.name_norm == normalise_name(data.name),
                    Member.name_norm.like(f"{first} %"), Member.name_norm == first))
    query = select(Member).where(cond).limit(5)
    if exclude_id is not None:
        query = query.where(Member.id != exclude_id)
    return list(session.execute(query).scalars())


def _check_unique(session: Session, data: MemberInput, exclude_id: int | None) -> None:
    q = select(Member.id, Member.name).where(Member.nik == data.nik)
    if exclude_id is not None:
        q = q.where(Member.id != exclude_id)
    if session.execute(q).first():
        raise ConflictError("nik_exists",
                            f"NIK {mask_nik(data.nik)} sudah terdaftar sebagai peserta lain.")
    if data.kpj:
        kq = select(Member.id).where(Member.kpj == data.kpj)
        if exclude_id is not None:
            kq = kq.where(Member.id != exclude_id)
        if session.execute(kq).first():
            raise ConflictError("kpj_exists", f"KPJ {data.kpj} sudah dipakai peserta lain.")


def member_columns(data: MemberInput) -> dict[str, Any]:
    """The Member columns a cleaned input sets (the form, the import and updates share it).

    ``region_code`` is ``None`` when the input has none (an update keeps the stored one).
    """
    return {
        "nik": data.nik, "name": data.name, "name_norm": normalise_name(data.name),
        "birth_place": data.birth_place, "birth_date": data.birth_date, "sex": data.sex,
        "kk": data.kk, "kpj": data.kpj, "address": data.address,
        "region_code": data.region_code or None, "phone": data.phone, "segment": data.segment,
        "employment_status": data.employment_status, "layoff_date": data.layoff_date,
        "membership_status": data.membership_status, "membership_since": data.membership_since,
        "nik_warning_reason": data.nik_warning_reason.strip(),
    }


def _apply(m: Member, data: MemberInput) -> None:
    for name, value in member_columns(data).items():
        if name == "region_code":
            value = value or m.region_code
        setattr(m, name, value)


def local_branch_code(session: Session) -> str:
    """The local branch's code; ``branch_missing`` before ``init``."""
    code = local_code(session)
    if code is None:
        raise NotFoundError("branch_missing",
                            "Profil kantor belum diisi. Jalankan 'vokasi-desktop init'.")
    return code


def register_member(db: Database, data: MemberInput, principal: Principal, *,
                    accept_similar: bool = False, today: date | None = None,
                    consent_confirmed: bool = True) -> MemberView:
    """Register a new member; consent is recorded (who, when, purpose code, text version).

    ``consent_confirmed`` is the clerk's confirmation that the worker agreed to the consent
    text (``domain.privacy.CONSENT_TEXT``); without it nothing is registered.

    Raises:
        ValidationError: a field is wrong (``field`` says which).
        ConflictError: the NIK or KPJ is already registered.
        SimilarMembersFound: a likely duplicate exists and ``accept_similar`` is False.
    """
    authorize(db, principal, Action.MEMBER_REGISTER)
    actor = principal.username
    if not consent_confirmed:
        raise ValidationError("consent_missing",
                              "Peserta harus menyetujui pengolahan data pribadinya sebelum "
                              "didaftarkan (centang persetujuan).", "consent")
    cleaned, _warnings = clean_member_input(data, today or db.clock.today())
    with db.write() as session:
        _check_unique(session, cleaned, None)
        if not accept_similar:
            similar = _similar(session, cleaned, None)
            if similar:
                raise SimilarMembersFound([_view(session, s) for s in similar])
        m = Member(origin_branch=local_branch_code(session), nik=cleaned.nik, name=cleaned.name,
                   name_norm=normalise_name(cleaned.name), birth_date=cleaned.birth_date,
                   sex=cleaned.sex, region_code=cleaned.region_code or "",
                   segment=cleaned.segment, employment_status=cleaned.employment_status)
        _apply(m, cleaned)
        m.consent_at = utcnow()
        m.consent_purpose = cleaned.consent_purpose.strip() or MemberInput.consent_purpose
        session.add(m)
        session.flush()
        privacy.record_consent(session, m.id, actor, "counter", at=m.consent_at)
        audit.record(session, actor, "member.register", "member", m.uuid,
                     nik=mask_nik(m.nik), similar_accepted=accept_similar)
        return _view(session, m)


def update_member(db: Database, member_id: int, data: MemberInput, principal: Principal, *,
                  expected_version: int, today: date | None = None) -> MemberView:
    """Update a member; refuses when someone else changed it since ``expected_version``.

    Changing the NIK (a correction) also needs ``Action.NIK_REVEAL``: the GUI shows the NIK
    masked and unlocks it only after an audited reveal. The NIK compared here is the one of
    ``expected_version`` (a newer row is refused as stale below).
    """
    authorize(db, principal, Action.MEMBER_UPDATE)
    actor = principal.username
    cleaned, _warnings = clean_member_input(data, today or db.clock.today())
    with db.read() as session:
        current = session.execute(select(Member.nik, Member.version)
                                  .where(Member.id == member_id)).first()
    if current is not None and current.version == expected_version and current.nik != cleaned.nik:
        authorize(db, principal, Action.NIK_REVEAL, member_id=member_id, field="nik")
    try:
        with db.write() as session:
            m = session.get(Member, member_id)
            if m is None:
                raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
            if m.version != expected_version:
                raise ConflictError(
                    "stale",
                    "Data peserta ini baru saja diubah di loket lain. Muat ulang lalu ulangi "
                    "perubahan Anda.",
                )
            _check_unique(session, cleaned, member_id)
            changed = sorted(
                f for f in ("nik", "name", "birth_date", "sex", "kk", "kpj", "address",
                            "region_code", "phone", "segment", "employment_status",
                            "layoff_date", "membership_status", "membership_since")
                if getattr(m, f) != getattr(cleaned, f)
            )
            _apply(m, cleaned)
            session.flush()
            audit.record(session, actor, "member.update", "member", m.uuid, fields=changed)
            return _view(session, m)
    except StaleDataError as exc:
        raise ConflictError("stale", "Data peserta ini baru saja diubah di loket lain. "
                            "Muat ulang lalu ulangi perubahan Anda.") from exc


def get_member(db: Database, member_id: int, *, session: Session | None = None) -> MemberView:
    with reading(db, session) as session:
        m = session.get(Member, member_id)
        if m is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        return _view(session, m)


def find_member(db: Database, text: str, *,
                session: Session | None = None) -> MemberView | None:
    """Find by NIK (16 digits, spaces/dots allowed) or KPJ (11 characters)."""
    cleaned = re.sub(r"[\s.\-]", "", text or "").upper()
    if not cleaned:
        return None
    if is_probably_nik(cleaned):
        stmt = _BY_NIK
    elif len(cleaned) == 11:
        stmt = _BY_KPJ
    else:
        return None
    # The counter's hot path: one statement (the member row, outer-joined with its
    # contribution spans: one round trip on PostgreSQL) built once at import, executed as Core
    # on a connection (no ORM identity map, no instance state, SQLAlchemy's compiled cache
    # hit on every call); without a caller's session, a bare connection instead of a Session.
    with _connection(db, session) as conn:
        rows = conn.execute(stmt, {"key": cleaned}).all()
        if not rows:
            return None
        return _view(None, rows[0], paid_months=_months_paid((r.month_from, r.month_to) for r in rows))


@contextmanager
def _connection(db: Database, session: Session | None) -> Iterator[Connection]:
    """The caller's session's connection (same transaction), else a lookup connection (no
    transaction round trips on PostgreSQL: :meth:`Database.lookup_connection`)."""
    if session is not None:
        yield session.connection()
        return
    with db.lookup_connection() as conn:
        yield conn


_MEMBER = Member.__table__
_CP = ContributionPeriod.__table__
_SPANS = select(_CP.c.month_from, _CP.c.month_to).where(_CP.c.member_id == bindparam("member_id"))
_WITH_SPANS = (select(_MEMBER, _CP.c.month_from, _CP.c.month_to)
               .select_from(_MEMBER.outerjoin(_CP, _CP.c.member_id == _MEMBER.c.id)))
_BY_NIK = _WITH_SPANS.where(_MEMBER.c.nik == bindparam("key"))
_BY_KPJ = _WITH_SPANS.where(_MEMBER.c.kpj == bindparam("key"))


MIN_VERIFICATION_NOTE = 5


def record_verification(db: Database, member_id: int, method: str, principal: Principal,
                        note: str = "") -> MemberView:
    """Record how membership was checked (KPJ cannot be verified offline).

    A note is required (what was seen: card number, JMO screen, head-office answer): one
    keystroke must not be enough to mark a worker verified. The audit keeps the previous
    verification (by whom, method) as "before".
    """
    authorize(db, principal, Action.MEMBER_VERIFY)
    actor = principal.username
    if method not in VERIFICATION_METHODS:
        raise ValidationError("verification_method",
                              "Cara verifikasi: kartu, JMO, data kantor pusat atau lainnya.",
                              "method")
    note = text_field(note, "Catatan verifikasi", "note", max_len=400)
    if len(note.strip()) < MIN_VERIFICATION_NOTE:
        raise ValidationError("verification_note",
                              "Catatan verifikasi wajib diisi (apa yang diperiksa, minimal "
                              f"{MIN_VERIFICATION_NOTE} karakter).", "note",
                              {"low": MIN_VERIFICATION_NOTE})
    with db.write() as session:
        m = session.get(Member, member_id)
        if m is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        if not m.kpj:
            raise ValidationError("kpj_required",
                                  "Peserta belum memiliki KPJ; kepesertaan tidak dapat diverifikasi.",
                                  "kpj")
        before = {"by": m.verified_by, "method": m.verified_method}
        m.verified_by = actor
        m.verified_at = utcnow()
        m.verified_method = method
        m.verified_note = note
        session.flush()
        audit.record(session, actor, "member.verify", "member", m.uuid, method=method,
                     before=before, after={"by": actor, "method": method})
        return _view(session, m)


def add_contribution_period(db: Database, member_id: int, month_from: date, month_to: date,
                            principal: Principal, source: str = "manual", *,
                            reason: str = "") -> ContributionView:
    """Record a run of paid months (both ends inclusive, stored as first days of months).

    Contribution months decide eligibility: a manual entry needs a ``reason``; the audit entry
    records the member's paid months before and after.
    """
    authorize(db, principal, Action.CONTRIBUTION_EDIT)
    actor = principal.username
    a, b = month_from.replace(day=1), month_to.replace(day=1)
    if b < a:
        raise ValidationError("period_order", "Bulan selesai sebelum bulan mulai.", "month_to")
    if b > db.clock.today().replace(day=1):
        raise ValidationError("period_future", "Periode iuran tidak boleh di masa depan.",
                              "month_to")
    reason = text_field(reason, "Alasan", "reason", max_len=400)
    if source == "manual" and not reason.strip():
        raise ValidationError("reason_required",
                              "Alasan penambahan periode iuran wajib diisi.", "reason")
    with db.write() as session:
        m = session.get(Member, member_id)
        if m is None:
            raise NotFoundError("member_missing", "Peserta tidak ditemukan.")
        months_before = sum(months_in_span(x, y) for x, y in session.execute(select(
            ContributionPeriod.month_from, ContributionPeriod.month_to).where(
            ContributionPeriod.member_id == member_id)))
        overlap = session.execute(select(ContributionPeriod.id).where(
            ContributionPeriod.member_id == member_id, ContributionPeriod.month_from <= b,
            ContributionPeriod.month_to >= a)).first()
        if overlap:
            raise ConflictError("period_overlap",
                                "Periode iuran bertumpang tindih dengan periode yang sudah ada.")
        period = ContributionPeriod(origin_branch=local_branch_code(session), member_id=member_id,
                                    month_from=a, month_to=b, source=source)
        session.add(period)
        session.flush()
        audit.record(session, actor, "contribution.add", "member", m.uuid,
                     months=months_in_span(a, b), source=source, months_before=months_before,
                     months_after=months_before + months_in_span(a, b), reason=reason.strip())
        return ContributionView(period.id, a, b, source)


def list_contributions(db: Database, member_id: int) -> list[ContributionView]:
    with db.read() as session:
        rows = session.execute(select(ContributionPeriod).where(
            ContributionPeriod.member_id == member_id).order_by(ContributionPeriod.month_from))
        return [ContributionView(p.id, p.month_from, p.month_to, p.source)
                for p in rows.scalars()]


def member_enrollments(db: Database, member_id: int, *,
                       session: Session | None = None) -> list[MemberEnrollmentView]:
    with reading(db, session) as session:
        rows = session.execute(
            select(Enrollment.id, TrainingClass.code, TrainingClass.title,
                   TrainingClass.start_date, TrainingClass.end_date, Enrollment.status,
                   Enrollment.enrolled_at)
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .where(Enrollment.member_id == member_id)
            .order_by(TrainingClass.start_date.desc())
        ).all()
        return [MemberEnrollmentView(*row) for row in rows]


def count_members(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count(Member.id))).scalar_one())
