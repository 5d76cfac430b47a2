"""SQLAlchemy 2 typed ORM models for every entity of DESIGN.md.

Conventions:
- Every table has an integer surrogate key ``id`` (fast joins, cheap id lists for the lazy
  table models).
- Rows that travel between offices (:class:`Travelling`) also carry a ``uuid`` (the identity
  used by exchange packages), the ``origin_branch`` that created them, created/updated
  timestamps and a ``version`` counter (SQLAlchemy's optimistic version check: two counters
  editing the same row cannot silently overwrite each other).
- Invariants live in the schema as well as in the services: UNIQUE NIK, UNIQUE document number
  per branch/type/year, ``CHECK (seats_used <= seats)`` on quotas and classes, foreign keys.
- Money is stored as whole Rupiah in BIGINT columns (no floats).
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from vokasi_desktop.db.timeutil import UTCDateTime, utcnow
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import ROLE_CODES

# Deterministic constraint names: Alembic batch migrations on SQLite need them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Value sets (stored as short strings; CHECK constraints keep typos out of the database). The
# codes come from the one vocabulary (domain.vocabulary); their order is the CHECK's content.
SEGMENTS = vocabulary.SEGMENTS.codes
EMPLOYMENT_STATUSES = vocabulary.EMPLOYMENT_STATUSES.codes
MEMBERSHIP_STATUSES = vocabulary.MEMBERSHIP_STATUSES.codes
SEXES = vocabulary.SEXES.codes
INSTITUTION_TYPES = vocabulary.INSTITUTION_TYPES.codes
INSTITUTION_STATUSES = vocabulary.INSTITUTION_STATUSES.codes
CLASS_MODES = vocabulary.CLASS_MODES.codes
CLASS_STATUSES = vocabulary.CLASS_STATUSES.codes
ENROLLMENT_STATUSES = vocabulary.ENROLLMENT_STATUSES.codes
ACTIVE_ENROLLMENT_STATUSES = vocabulary.ACTIVE_ENROLLMENT_STATUSES
ROLES = ROLE_CODES  # clerk, supervisor, head, admin, auditor (domain.access)
VERIFICATION_METHODS = vocabulary.VERIFICATION_METHODS.codes
DOC_TYPES = vocabulary.DOC_TYPES.codes
CONSENT_METHODS = vocabulary.CONSENT_METHODS.codes


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Travelling:
    """Columns of rows that travel between offices in exchange packages."""

    uuid: Mapped[uuid_mod.UUID] = mapped_column(
        Uuid, unique=True, default=uuid_mod.uuid4, nullable=False
    )
    origin_branch: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Optimistic concurrency: an UPDATE carries "WHERE version = :seen" and bumps it,
        # so two counters editing the same row cannot overwrite each other silently.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Branch(Base):
    """A branch office (Kantor Cabang) or regional office (Kantor Wilayah)."""

    __tablename__ = "branch"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="branch")  # branch | regional
    address: Mapped[str] = mapped_column(String(400), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region_code: Mapped[str | None] = mapped_column(String(4))
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_title: Mapped[str] = mapped_column(String(200), default="Kepala Kantor Cabang")
    # Employee number (NPP) of the head of branch, printed under the signature.
    head_npp: Mapped[str] = mapped_column(String(30), default="", server_default="")
    letterhead_logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BranchKey(Base):
    """Ed25519 keys: the local branch holds its private key, peers only public keys."""

    __tablename__ = "branch_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(16), index=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    # Legacy only: private keys live in encrypted key files in ``Database.private_dir``
    # (services.keys); a key found here is moved out at start and the column cleared.
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(500))


class User(Base):
    """A person who logs in; password stored as an argon2id hash only."""

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The override dialog's own failure counter and lock (a failed login does not block it).
    override_failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    override_locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set by an administrator's password reset: the next login must choose a new password.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default=false())


class LoginSession(Base):
    """One login (GUI or CLI): a Principal is valid only while its row is open.

    ``id`` is a random token; ``role`` is the user's role at login (a role change since then
    invalidates the session).
    """

    __tablename__ = "login_session"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Member(Travelling, Base):
    """A worker (peserta): identity, membership and employment facts.

    ``nik`` is the 16-digit national identity number, ``kk`` the family-card number and
    ``kpj`` the BPJS Ketenagakerjaan membership card number (11 characters).
    """

    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint(_in("sex", SEXES), name="sex"),
        CheckConstraint(_in("segment", SEGMENTS), name="segment"),
        CheckConstraint(_in("employment_status", EMPLOYMENT_STATUSES), name="employment_status"),
        CheckConstraint(_in("membership_status", MEMBERSHIP_STATUSES), name="membership_status"),
        CheckConstraint("length(nik) = 16", name="nik_length"),
        Index("ix_member_name_norm_id", "name_norm", "id"),
        Index("ix_member_birth_date_id", "birth_date", "id"),
        Index("ix_member_segment_id", "segment", "id"),
        Index("ix_member_region_id", "region_code", "id"),
        Index("ix_member_status_id", "employment_status", "id"),
        # Filter + default sort of the members table (revision 0002): an index range scan
        # instead of sorting half a million rows.
        Index("ix_member_segment_name", "segment", "name_norm", "id"),
        Index("ix_member_status_name", "employment_status", "name_norm", "id"),
        Index("ix_member_membership_name", "membership_status", "name_norm", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    nik: Mapped[str] = mapped_column(String(16), unique=True)
    kk: Mapped[str | None] = mapped_column(String(16))
    kpj: Mapped[str | None] = mapped_column(String(11), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Upper-cased, whitespace-folded name: sort key and prefix search key.
    name_norm: Mapped[str] = mapped_column(String(200))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    address: Mapped[str] = mapped_column(String(400), default="")
    region_code: Mapped[str] = mapped_column(String(4))
    phone: Mapped[str] = mapped_column(String(30), default="")
    segment: Mapped[str] = mapped_column(String(8))
    employment_status: Mapped[str] = mapped_column(String(16))
    layoff_date: Mapped[date | None] = mapped_column(Date)
    membership_status: Mapped[str] = mapped_column(String(16), default="none")
    membership_since: Mapped[date | None] = mapped_column(Date)
    # Membership verification evidence: KPJ cannot be checked offline.
    verified_by: Mapped[str | None] = mapped_column(String(64))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_method: Mapped[str | None] = mapped_column(String(16))
    verified_note: Mapped[str] = mapped_column(String(400), default="")
    # Consent under UU 27/2022.
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consent_purpose: Mapped[str] = mapped_column(String(400), default="")
    # A NIK warning accepted by staff (birth date/sex mismatch) needs a reason.
    nik_warning_reason: Mapped[str] = mapped_column(String(400), default="")

    contributions: Mapped[list[ContributionPeriod]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="ContributionPeriod.month_from"
    )


class MemberConsent(Base):
    """Consent to processing under UU 27/2022: who recorded it, when, for which purpose and
    under which version of the consent text (``domain.privacy``). Stays at this office: it is
    not exchanged, and a retention purge deletes it with the member."""

    __tablename__ = "member_consent"
    __table_args__ = (
        CheckConstraint(_in("method", CONSENT_METHODS), name="method"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    purpose_code: Mapped[str] = mapped_column(String(32))
    text_version: Mapped[str] = mapped_column(String(16))
    method: Mapped[str] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PurgedPerson(Base):
    """Tombstone of a person removed by the retention purge: only the keyed NIK hash
    (``services.audit.person_ref``) and the member's uuid, so an exchange package or an import
    cannot bring the person back. No personal data."""

    __tablename__ = "purged_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_ref: Mapped[str] = mapped_column(String(64), unique=True)
    member_uuid: Mapped[uuid_mod.UUID] = mapped_column(Uuid, unique=True)
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ContributionPeriod(Travelling, Base):
    """A run of paid contribution (iuran) months, first days of months inclusive."""

    __tablename__ = "contribution_period"
    __table_args__ = (
        CheckConstraint("month_to >= month_from", name="order"),
        UniqueConstraint("member_id", "month_from", "month_to", name="uq_contribution_span"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    month_from: Mapped[date] = mapped_column(Date)
    month_to: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(32), default="manual")
    member: Mapped[Member] = relationship(back_populates="contributions")


class Institution(Travelling, Base):
    """A training institution (LPK, LKP, LSP, BLK or similar) and its licence."""

    __tablename__ = "institution"
    __table_args__ = (
        CheckConstraint(_in("type", INSTITUTION_TYPES), name="type"),
        CheckConstraint(_in("status", INSTITUTION_STATUSES), name="status"),
        CheckConstraint("capacity >= 0", name="capacity"),
        Index("ix_institution_name_id", "name", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(8))
    ownership: Mapped[str] = mapped_column(String(32), default="")
    licence_number: Mapped[str | None] = mapped_column(String(100))
    licence_issuer: Mapped[str | None] = mapped_column(String(200))
    licence_issued: Mapped[date | None] = mapped_column(Date)
    licence_expires: Mapped[date | None] = mapped_column(Date, index=True)
    founded_on: Mapped[date | None] = mapped_column(Date)
    accreditation: Mapped[str] = mapped_column(String(32), default="")
    accreditation_expires: Mapped[date | None] = mapped_column(Date)
    pks_number: Mapped[str | None] = mapped_column(String(100))
    pks_from: Mapped[date | None] = mapped_column(Date)
    pks_to: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(400), default="")
    region_code: Mapped[str] = mapped_column(String(4))
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="active")


class TrainingClass(Travelling, Base):
    """A class (kelas) held by an institution; seats are taken atomically."""

    __tablename__ = "training_class"
    __table_args__ = (
        CheckConstraint(_in("mode", CLASS_MODES), name="mode"),
        CheckConstraint(_in("status", CLASS_STATUSES), name="status"),
        CheckConstraint("seats_used >= 0 AND seats_used <= capacity", name="seats"),
        CheckConstraint("end_date >= start_date", name="dates"),
        CheckConstraint("cost_per_participant >= 0", name="cost"),
        Index("ix_training_class_start_id", "start_date", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(100), default="")
    hours: Mapped[int] = mapped_column(Integer, default=0)
    mode: Mapped[str] = mapped_column(String(8))
    region_code: Mapped[str] = mapped_column(String(4), index=True)
    location: Mapped[str] = mapped_column(String(400), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    capacity: Mapped[int] = mapped_column(Integer)
    seats_used: Mapped[int] = mapped_column(Integer, default=0)
    cost_per_participant: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(16), default="open")
    institution: Mapped[Institution] = relationship()


class RegionRestriction(Travelling, Base):
    """A restriction level (PSBB) on a province (2 digits) or regency (4 digits), inclusive dates."""

    __tablename__ = "region_restriction"
    __table_args__ = (CheckConstraint("date_to >= date_from", name="dates"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(String(4), index=True)
    level: Mapped[str] = mapped_column(String(16), default="PSBB")
    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(400), default="")


class ProgramYear(Base):
    """A programme year: national target and total budget."""

    __tablename__ = "program_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    national_target: Mapped[int] = mapped_column(Integer, default=25000)
    budget_total: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(String(400), default="")


class BranchQuota(Base):
    """Seats and budget for one branch in one programme year, taken atomically."""

    __tablename__ = "branch_quota"
    __table_args__ = (
        UniqueConstraint("program_year_id", "branch_code", name="uq_branch_quota_year_branch"),
        CheckConstraint("seats_used >= 0 AND seats_used <= seats", name="seats"),
        CheckConstraint("budget_used >= 0 AND budget_used <= budget", name="budget"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"))
    branch_code: Mapped[str] = mapped_column(String(16))
    seats: Mapped[int] = mapped_column(Integer)
    seats_used: Mapped[int] = mapped_column(Integer, default=0)
    budget: Mapped[int] = mapped_column(BigInteger)
    budget_used: Mapped[int] = mapped_column(BigInteger, default=0)
    program_year: Mapped[ProgramYear] = relationship()


class RuleSet(Base):
    """A versioned set of eligibility parameters with effective dates (stored as JSON)."""

    __tablename__ = "rule_set"
    __table_args__ = (UniqueConstraint("code", "version", name="uq_rule_set_code_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    parameters: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Enrollment(Travelling, Base):
    """A member's place in a class, with the eligibility snapshot that allowed it."""

    __tablename__ = "enrollment"
    __table_args__ = (
        CheckConstraint(_in("status", ENROLLMENT_STATUSES), name="status"),
        # One live enrolment per member and class; cancelled rows do not count.
        Index(
            "uq_enrollment_live_member_class",
            "member_id",
            "class_id",
            unique=True,
            sqlite_where=text("status <> 'cancelled'"),
            postgresql_where=text("status <> 'cancelled'"),
        ),
        Index("ix_enrollment_enrolled_at_id", "enrolled_at", "id"),
        Index("ix_enrollment_status_id", "status", "id"),
        # Dashboard / monthly report: index-only scan of a period's enrolments.
        Index("ix_enrollment_dashboard", "enrolled_at", "status", "class_id", "member_id",
              "cost"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id"), index=True)
    branch_quota_id: Mapped[int | None] = mapped_column(ForeignKey("branch_quota.id"))
    status: Mapped[str] = mapped_column(String(16), default="enrolled")
    cost: Mapped[int] = mapped_column(BigInteger, default=0)
    rule_set_code: Mapped[str] = mapped_column(String(32))
    rule_set_version: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(32))
    eligibility: Mapped[dict[str, object]] = mapped_column(JSON)
    override_by: Mapped[str | None] = mapped_column(String(64))
    override_reason: Mapped[str] = mapped_column(String(400), default="")
    enrolled_by: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status_reason: Mapped[str] = mapped_column(String(400), default="")
    completion_date: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(64), default="")
    member: Mapped[Member] = relationship()
    training_class: Mapped[TrainingClass] = relationship()


class DocumentSequence(Base):
    """Counter per (branch, document type, year), incremented in the document's transaction."""

    __tablename__ = "document_sequence"
    __table_args__ = (
        UniqueConstraint("branch_code", "doc_type", "year", name="uq_document_sequence_key"),
        CheckConstraint("last_value >= 0", name="last_value"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(16))
    doc_type: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


LIVE_DOCUMENT_WHERE = text(
    "voided = false AND enrollment_id IS NOT NULL AND doc_type IN ('letter', 'certificate')")


class DocumentRecord(Travelling, Base):
    """Registry row of an issued document; the payload reproduces it exactly on reprint."""

    __tablename__ = "document_record"
    __table_args__ = (
        UniqueConstraint("origin_branch", "doc_type", "year", "sequence", name="uq_document_seq"),
        UniqueConstraint("origin_branch", "doc_type", "year", "number", name="uq_document_number"),
        CheckConstraint(_in("doc_type", DOC_TYPES), name="doc_type"),
        Index("ix_document_record_issued_at_id", "issued_at", "id"),
        # One live letter / certificate per enrolment (voided ones keep their numbers).
        Index("uq_document_live_per_enrollment", "doc_type", "enrollment_id", unique=True,
              sqlite_where=LIVE_DOCUMENT_WHERE, postgresql_where=LIVE_DOCUMENT_WHERE),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(200))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    enrollment_id: Mapped[int | None] = mapped_column(ForeignKey("enrollment.id"), index=True)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    qr_text: Mapped[str] = mapped_column(Text)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str] = mapped_column(String(400), default="")
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    # Branch-key signature over the registry record (see services.documents._registry_record).
    registry_sig: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """Key/value settings (numbering templates, language, ...), JSON values."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class AuditEntry(Base):
    """Hash-chained audit log: each row's hash covers the previous row's hash.

    ``detail`` never holds a full NIK, password or other personal data.
    """

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Position in the chain (1, 2, ...); signed checkpoints outside the database name it.
    seq: Mapped[int] = mapped_column(Integer, unique=True, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    # UNIQUE: two entries can never chain onto the same parent (no fork).
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Keyed hash (HMAC-SHA256, per-installation secret) of the NIK of the person the entry is
    # about, for "entries about this person"; never the NIK. Outside the chain hash, so entries
    # written before the column existed still verify (see services.audit.person_ref).
    person_ref: Mapped[str | None] = mapped_column(String(64), index=True)


class ExchangePackage(Base):
    """A signed, sequenced exchange file sent to or received from a peer office."""

    __tablename__ = "exchange_package"
    __table_args__ = (
        UniqueConstraint("direction", "peer_branch", "sequence", name="uq_exchange_sequence"),
        CheckConstraint("direction IN ('out', 'in')", name="direction"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_mod.UUID] = mapped_column(Uuid, unique=True, default=uuid_mod.uuid4)
    direction: Mapped[str] = mapped_column(String(4))
    peer_branch: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="created")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message: Mapped[str] = mapped_column(String(400), default="")


class Conflict(Base):
    """A field changed on both sides of an exchange: a person decides, never a silent overwrite."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_status_id", "status", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_mod.UUID] = mapped_column(Uuid, unique=True, default=uuid_mod.uuid4)
    package_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_package.id"))
    entity: Mapped[str] = mapped_column(String(64))
    entity_uuid: Mapped[uuid_mod.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[object] = mapped_column(JSON)
    remote_value: Mapped[object] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


OFFICE_KINDS = vocabulary.OFFICE_KINDS.codes


class TrustedOffice(Base):
    """A peer office's Ed25519 public key and the data kinds its packages may carry.

    Managed by the administrator (``exchange trust add|revoke``) and distributed by the
    regional office in its packages. A revoked key verifies nothing from ``revoked_at`` on.
    """

    __tablename__ = "trusted_office"
    __table_args__ = (CheckConstraint(_in("kind", OFFICE_KINDS), name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), default="")
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    data_kinds: Mapped[list[str]] = mapped_column(JSON)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(500))
    added_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DuplicateCase(Base):
    """The same NIK registered at two offices: a supervisor merges (services.conflicts).

    ``member_uuid_a`` is the member already here, ``member_uuid_b`` the one that arrived in a
    package (its row could not be stored: NIK is unique); ``remote_data`` keeps it whole.
    Enrolments of member b are attached to member a meanwhile, so no totals are lost.
    """

    __tablename__ = "duplicate_case"
    __table_args__ = (Index("ix_duplicate_case_status_id", "status", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_mod.UUID] = mapped_column(Uuid, unique=True, default=uuid_mod.uuid4)
    nik: Mapped[str] = mapped_column(String(16))
    member_uuid_a: Mapped[uuid_mod.UUID] = mapped_column(Uuid)
    office_a: Mapped[str] = mapped_column(String(16))
    member_uuid_b: Mapped[uuid_mod.UUID] = mapped_column(Uuid, unique=True)
    office_b: Mapped[str] = mapped_column(String(16))
    remote_data: Mapped[dict[str, object]] = mapped_column(JSON)
    package_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_package.id"))
    note: Mapped[str] = mapped_column(String(400), default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExchangeShadow(Base):
    """The last version of a travelling row received from its owner (the merge base).

    A field that differs from here both in the local row and in a newly received row was
    changed on both sides since the last exchange: a :class:`Conflict`, never an overwrite.
    """

    __tablename__ = "exchange_shadow"
    __table_args__ = (UniqueConstraint("entity", "entity_key", name="uq_exchange_shadow_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_key: Mapped[str] = mapped_column(String(80))
    data: Mapped[dict[str, object]] = mapped_column(JSON)
