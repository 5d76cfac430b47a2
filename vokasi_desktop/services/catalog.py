"""Institutions, classes, region restrictions, programme years and branch quotas."""

from __future__ import annotations

import re
import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from vokasi_desktop.db.engine import Database, reading
from vokasi_desktop.db.models import (
    CLASS_MODES,
    CLASS_STATUSES,
    INSTITUTION_STATUSES,
    INSTITUTION_TYPES,
    BranchQuota,
    Institution,
    ProgramYear,
    RegionRestriction,
    Setting,
    TrainingClass,
)
from vokasi_desktop.domain import fields as field_rules
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.formatting import format_rupiah
from vokasi_desktop.domain.licence import LicenceState, licence_state
from vokasi_desktop.domain.regions import region_label
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from vokasi_desktop.services.members import local_branch_code
from vokasi_desktop.services.text_input import optional_text_field, text_field

INSTITUTION_TYPE_LABELS = vocabulary.INSTITUTION_TYPES.labels()
MODE_LABELS = vocabulary.CLASS_MODES.labels()
CLASS_STATUS_LABELS = vocabulary.CLASS_STATUSES.labels()


def _months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


@dataclass(frozen=True)
class InstitutionInput:
    code: str
    name: str
    type: str
    region_code: str
    licence_number: str | None = None
    licence_issuer: str | None = None
    licence_issued: date | None = None
    licence_expires: date | None = None
    founded_on: date | None = None
    accreditation: str = ""
    accreditation_expires: date | None = None
    pks_number: str | None = None
    pks_from: date | None = None
    pks_to: date | None = None
    address: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    capacity: int = 0
    ownership: str = ""
    status: str = "active"


@dataclass(frozen=True)
class InstitutionView(InstitutionInput):
    id: int = 0
    uuid: uuid_mod.UUID | None = None
    version: int = 1

    @property
    def type_label(self) -> str:
        return INSTITUTION_TYPE_LABELS.get(self.type, self.type)

    def licence_status(self, on: date) -> LicenceState:
        """The licence's state on the date ``on`` (``domain.licence.licence_state``)."""
        return licence_state(self.licence_number, self.licence_issued, self.licence_expires, on)

    def experience_months(self, on: date) -> int | None:
        if self.founded_on is None:
            return None
        return _months_between(self.founded_on, on)


@dataclass(frozen=True)
class ClassInput:
    code: str
    institution_id: int
    title: str
    mode: str
    region_code: str
    start_date: date
    end_date: date
    capacity: int
    cost_per_participant: int
    hours: int = 0
    field: str = ""
    location: str = ""
    status: str = "open"


@dataclass(frozen=True)
class ClassView(ClassInput):
    id: int = 0
    uuid: uuid_mod.UUID | None = None
    version: int = 1
    seats_used: int = 0
    institution_code: str = ""
    institution_name: str = ""
    institution_type: str = ""

    @property
    def seats_left(self) -> int:
        return self.capacity - self.seats_used

    @property
    def mode_label(self) -> str:
        return MODE_LABELS.get(self.mode, self.mode)


@dataclass(frozen=True)
class RestrictionView:
    id: int
    region_code: str
    region_name: str
    level: str
    date_from: date
    date_to: date
    note: str


@dataclass(frozen=True)
class QuotaView:
    id: int
    year: int
    branch_code: str
    seats: int
    seats_used: int
    budget: int
    budget_used: int

    @property
    def seats_left(self) -> int:
        return self.seats - self.seats_used

    @property
    def budget_left(self) -> int:
        return self.budget - self.budget_used


def _input_values(obj: Any, cls: type) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in fields(cls)}


def institution_view(i: Institution) -> InstitutionView:
    values = {f.name: getattr(i, f.name) for f in fields(InstitutionInput)}
    return InstitutionView(**values, id=i.id, uuid=i.uuid, version=i.version)


def class_view(c: TrainingClass, inst: Institution) -> ClassView:
    values = {f.name: getattr(c, f.name) for f in fields(ClassInput)}
    return ClassView(**values, id=c.id, uuid=c.uuid, version=c.version, seats_used=c.seats_used,
                     institution_code=inst.code, institution_name=inst.name,
                     institution_type=inst.type)


def _code(text: str, what: str) -> str:
    """A code through the one code validator (``domain.fields``), as a ValidationError."""
    try:
        return field_rules.parse_code(text, what)
    except field_rules.FieldError as err:
        raise ValidationError(err.code, err.message, "code", err.params) from None


def _regency(text: str) -> str:
    """A regency/city code through the one region validator (``domain.fields``)."""
    try:
        return field_rules.parse_regency_code(text)
    except field_rules.FieldError as err:
        raise ValidationError(err.code, err.message, "region_code", err.params) from None


def _phone(text: str) -> str:
    """An optional phone number through the one phone validator (``domain.fields``)."""
    if not text.strip():
        return ""
    try:
        return field_rules.parse_phone(text)
    except field_rules.FieldError as err:
        raise ValidationError(err.code, err.message, "phone", err.params) from None


def validate_institution_input(data: InstitutionInput, *, today: date) -> InstitutionInput:
    """The cleaned input, or ValidationError naming the field; ``today`` is the caller's clock."""
    code = _code(data.code, "Kode lembaga")
    name = text_field(data.name, "Nama lembaga", "name", max_len=200, min_len=1)
    cleaned = replace(
        data,
        licence_number=optional_text_field(data.licence_number, "Nomor izin", "licence_number",
                                           max_len=100),
        licence_issuer=optional_text_field(data.licence_issuer, "Penerbit izin", "licence_issuer",
                                           max_len=200),
        accreditation=text_field(data.accreditation, "Akreditasi", "accreditation", max_len=32),
        pks_number=optional_text_field(data.pks_number, "Nomor PKS", "pks_number", max_len=100),
        address=text_field(data.address, "Alamat", "address", max_len=400, multiline=True),
        contact_name=text_field(data.contact_name, "Nama kontak", "contact_name", max_len=200),
        phone=_phone(data.phone),
        email=text_field(data.email, "Email", "email", max_len=200),
        ownership=text_field(data.ownership, "Kepemilikan", "ownership", max_len=32),
    )
    if data.type not in INSTITUTION_TYPES:
        raise ValidationError("type_invalid", "Jenis lembaga: LPK, LKP, LSP, BLK atau lainnya.",
                              "type")
    if data.status not in INSTITUTION_STATUSES:
        raise ValidationError("status_invalid", "Status lembaga tidak dikenal.", "status")
    region_code = _regency(data.region_code)
    if data.licence_issued and data.licence_expires and data.licence_expires < data.licence_issued:
        raise ValidationError("licence_dates", "Izin berakhir sebelum tanggal terbit.",
                              "licence_expires")
    if data.pks_from and data.pks_to and data.pks_to < data.pks_from:
        raise ValidationError("pks_dates", "PKS berakhir sebelum tanggal mulai.", "pks_to")
    if data.founded_on and data.founded_on > today:
        raise ValidationError("founded_future", "Tanggal mulai beroperasi di masa depan.",
                              "founded_on")
    if data.capacity < 0:
        raise ValidationError("capacity_negative", "Kapasitas tidak boleh negatif.", "capacity")
    return replace(cleaned, code=code, name=name, region_code=region_code)


def save_institution(db: Database, data: InstitutionInput, principal: Principal, *,
                     institution_id: int | None = None, reason: str = "",
                     expected_version: int | None = None) -> InstitutionView:
    """Create (no id) or update an institution (optimistic version check).

    Licence and founding dates decide eligibility: changing an existing institution needs a
    ``reason``; the audit entry records every changed field with its value before and after.
    """
    authorize(db, principal, Action.CATALOG_EDIT)
    actor = principal.username
    data = validate_institution_input(data, today=db.clock.today())
    try:
        with db.write() as session:
            dup = select(Institution.id).where(Institution.code == data.code)
            if institution_id is not None:
                dup = dup.where(Institution.id != institution_id)
            if session.execute(dup).first():
                raise ConflictError("code_exists", f"Kode lembaga {data.code} sudah dipakai.",
                                    {"code": data.code})
            if institution_id is None:
                inst = Institution(origin_branch=local_branch_code(session))
                session.add(inst)
                action = "institution.create"
            else:
                found = session.get(Institution, institution_id)
                if found is None:
                    raise NotFoundError("institution_missing", "Lembaga tidak ditemukan.")
                if expected_version is not None and found.version != expected_version:
                    raise ConflictError("stale", "Data lembaga baru saja diubah di loket lain; "
                                        "muat ulang lalu ulangi.")
                inst = found
                action = "institution.update"
            changes: dict[str, list[object]] = {}
            for key, value in _input_values(data, InstitutionInput).items():
                before = getattr(inst, key, None)
                if institution_id is not None and before != value:
                    changes[key] = [_audit_value(before), _audit_value(value)]
                setattr(inst, key, value)
            if institution_id is not None and changes and not reason.strip():
                raise ValidationError(
                    "reason_required",
                    "Alasan perubahan data lembaga wajib diisi (izin, tanggal berdiri dan "
                    "data lain menentukan kelayakan).", "reason")
            session.flush()
            audit.record(session, actor, action, "institution", inst.uuid, code=inst.code,
                         changes=changes, reason=reason.strip()[:400])
            return institution_view(inst)
    except StaleDataError as exc:
        raise ConflictError("stale", "Data lembaga baru saja diubah di loket lain.") from exc


def _audit_value(value: object) -> object:
    """A JSON-friendly value for the before/after of an audit entry."""
    if isinstance(value, date):
        return value.isoformat()
    return value


def get_institution(db: Database, institution_id: int) -> InstitutionView:
    with db.read() as session:
        inst = session.get(Institution, institution_id)
        if inst is None:
            raise NotFoundError("institution_missing", "Lembaga tidak ditemukan.")
        return institution_view(inst)


def list_institutions(db: Database) -> list[InstitutionView]:
    with db.read() as session:
        rows = session.execute(select(Institution).order_by(Institution.name)).scalars()
        return [institution_view(i) for i in rows]


def validate_class_input(session: Session, data: ClassInput) -> ClassInput:
    code = _code(data.code, "Kode kelas")
    title = text_field(data.title, "Judul pelatihan", "title", max_len=200, min_len=1)
    field = text_field(data.field, "Bidang", "field", max_len=100)
    location = text_field(data.location, "Lokasi", "location", max_len=400, multiline=True)
    if data.mode not in CLASS_MODES:
        raise ValidationError("mode_invalid", "Mode kelas: daring, luring atau campuran.", "mode")
    if data.status not in CLASS_STATUSES:
        raise ValidationError("status_invalid", "Status kelas tidak dikenal.", "status")
    if data.end_date < data.start_date:
        raise ValidationError("dates_order", "Tanggal selesai sebelum tanggal mulai.", "end_date")
    if data.capacity <= 0:
        raise ValidationError("capacity_invalid", "Kapasitas kelas minimal 1.", "capacity")
    if data.cost_per_participant < 0:
        raise ValidationError("cost_negative", "Biaya per peserta tidak boleh negatif.",
                              "cost_per_participant")
    if data.hours < 0:
        raise ValidationError("hours_negative", "Jam pelajaran tidak boleh negatif.", "hours")
    region_code = _regency(data.region_code)
    if session.get(Institution, data.institution_id) is None:
        raise ValidationError("institution_missing", "Lembaga pelatihan tidak ditemukan.",
                              "institution_id")
    return replace(data, code=code, title=title, field=field, location=location,
                   region_code=region_code)


def save_class(db: Database, data: ClassInput, principal: Principal, *, class_id: int | None = None,
               expected_version: int | None = None) -> ClassView:
    """Create or update a class; capacity cannot drop below the seats already taken."""
    authorize(db, principal, Action.CATALOG_EDIT)
    actor = principal.username
    try:
        with db.write() as session:
            data = validate_class_input(session, data)
            dup = select(TrainingClass.id).where(TrainingClass.code == data.code)
            if class_id is not None:
                dup = dup.where(TrainingClass.id != class_id)
            if session.execute(dup).first():
                raise ConflictError("code_exists", f"Kode kelas {data.code} sudah dipakai.",
                                    {"code": data.code})
            if class_id is None:
                klass = TrainingClass(origin_branch=local_branch_code(session), seats_used=0)
                session.add(klass)
                action = "class.create"
            else:
                found = session.get(TrainingClass, class_id)
                if found is None:
                    raise NotFoundError("class_missing", "Kelas tidak ditemukan.")
                if expected_version is not None and found.version != expected_version:
                    raise ConflictError("stale", "Data kelas baru saja diubah di loket lain; "
                                        "muat ulang lalu ulangi.")
                if data.capacity < found.seats_used:
                    raise ValidationError(
                        "capacity_below_used",
                        f"Kapasitas tidak boleh kurang dari {found.seats_used} kursi yang sudah "
                        "terisi.", "capacity", {"used": found.seats_used})
                klass = found
                action = "class.update"
            for key, value in _input_values(data, ClassInput).items():
                setattr(klass, key, value)
            session.flush()
            audit.record(session, actor, action, "class", klass.uuid, code=klass.code)
            inst = session.get(Institution, klass.institution_id)
            assert inst is not None
            return class_view(klass, inst)
    except StaleDataError as exc:
        raise ConflictError("stale", "Data kelas baru saja diubah di loket lain.") from exc


def get_class(db: Database, class_id: int, *, session: Session | None = None) -> ClassView:
    with reading(db, session) as session:
        klass = session.get(TrainingClass, class_id)
        if klass is None:
            raise NotFoundError("class_missing", "Kelas tidak ditemukan.")
        inst = session.get(Institution, klass.institution_id)
        assert inst is not None
        return class_view(klass, inst)


def find_class(db: Database, code: str) -> ClassView:
    with db.read() as session:
        klass = session.execute(select(TrainingClass).where(
            TrainingClass.code == code.strip().upper())).scalar_one_or_none()
        if klass is None:
            raise NotFoundError("class_missing", f"Kelas dengan kode {code!r} tidak ditemukan.")
        inst = session.get(Institution, klass.institution_id)
        assert inst is not None
        return class_view(klass, inst)


def list_classes(db: Database, *, open_on: date | None = None, statuses: tuple[str, ...] = (),
                 limit: int = 500, session: Session | None = None) -> list[ClassView]:
    """Classes, newest start first; ``open_on`` keeps those not yet ended on that date."""
    with reading(db, session) as session:
        q = select(TrainingClass, Institution).join(
            Institution, Institution.id == TrainingClass.institution_id)
        if open_on is not None:
            q = q.where(TrainingClass.end_date >= open_on)
        if statuses:
            q = q.where(TrainingClass.status.in_(statuses))
        q = q.order_by(TrainingClass.start_date, TrainingClass.id).limit(limit)
        return [class_view(c, i) for c, i in session.execute(q).all()]


_CLASS_INPUT_FIELDS = tuple(f.name for f in fields(ClassInput))
_TC = TrainingClass.__table__
_INST = Institution.__table__
# The counter's offer: the views of the offered classes only, as Core rows (one query).
_CLASS_VIEWS_BY_ID = (
    select(*(_TC.c[n] for n in _CLASS_INPUT_FIELDS), _TC.c.id, _TC.c.uuid, _TC.c.version,
           _TC.c.seats_used, _INST.c.code.label("inst_code"), _INST.c.name.label("inst_name"),
           _INST.c.type.label("inst_type"))
    .select_from(_TC.join(_INST, _INST.c.id == _TC.c.institution_id))
    .where(_TC.c.id.in_(bindparam("ids", expanding=True))))


def class_views(db: Database, class_ids: Iterable[int], *,
                session: Session | None = None) -> dict[int, ClassView]:
    """The views of ``class_ids`` by id (ids that do not exist are left out)."""
    ids = list(class_ids)
    if not ids:
        return {}
    with reading(db, session) as session:
        rows = session.connection().execute(_CLASS_VIEWS_BY_ID, {"ids": ids}).all()
    return {r.id: ClassView(**{n: getattr(r, n) for n in _CLASS_INPUT_FIELDS}, id=r.id,
                            uuid=r.uuid, version=r.version, seats_used=r.seats_used,
                            institution_code=r.inst_code, institution_name=r.inst_name,
                            institution_type=r.inst_type)
            for r in rows}


def _restriction_values(row: RegionRestriction) -> dict[str, object]:
    """The audited fields of a restriction (JSON-friendly)."""
    return {"region_code": row.region_code, "level": row.level,
            "date_from": row.date_from.isoformat(), "date_to": row.date_to.isoformat(),
            "note": row.note}


def _restriction_view(row: RegionRestriction) -> RestrictionView:
    return RestrictionView(row.id, row.region_code, region_label(row.region_code), row.level,
                           row.date_from, row.date_to, row.note)


def _restriction_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            "reason_required",
            "Alasan perubahan pembatasan wilayah wajib diisi (dasar hukum atau keterangan).",
            "reason")
    return reason[:400]


def _check_restriction(code: str, level: str, date_from: date, date_to: date) -> None:
    if not re.fullmatch(r"\d{2}|\d{4}", code):
        raise ValidationError("region_invalid",
                              "Kode wilayah 2 digit (provinsi) atau 4 digit (kabupaten/kota).",
                              "region_code")
    if not level.strip() or len(level.strip()) > 16:
        raise ValidationError("level_invalid", "Tingkat pembatasan 1-16 karakter.", "level")
    if date_to < date_from:
        raise ValidationError("dates_order", "Tanggal selesai sebelum tanggal mulai.", "date_to")


def add_region_restriction(db: Database, region_code: str, date_from: date, date_to: date,
                           principal: Principal, *, level: str = "PSBB", note: str = "",
                           reason: str = "") -> RestrictionView:
    """Add a restriction (head of branch); ``reason`` (or else ``note``) is required and audited
    with the values added."""
    authorize(db, principal, Action.REGION_EDIT)
    actor = principal.username
    code = region_code.strip()
    _check_restriction(code, level, date_from, date_to)
    why = _restriction_reason(reason or note)
    with db.write() as session:
        row = RegionRestriction(origin_branch=local_branch_code(session), region_code=code,
                                level=level.strip(), date_from=date_from, date_to=date_to,
                                note=note)
        session.add(row)
        session.flush()
        audit.record(session, actor, "restriction.add", "region_restriction", row.uuid,
                     region=code, level=row.level, after=_restriction_values(row), reason=why)
        return _restriction_view(row)


def update_region_restriction(db: Database, restriction_id: int, principal: Principal, *,
                              reason: str, date_from: date | None = None,
                              date_to: date | None = None, level: str | None = None,
                              note: str | None = None,
                              expected_version: int | None = None) -> RestrictionView:
    """Change a restriction's dates, level or note (e.g. extend or end it early).

    Head of branch only, with a reason; the audit entry holds each changed field before and
    after. ``expected_version`` refuses a change made on stale data (another counter saved first).
    """
    authorize(db, principal, Action.REGION_EDIT, restriction_id=restriction_id)
    why = _restriction_reason(reason)
    try:
        with db.write() as session:
            row = session.execute(select(RegionRestriction).where(
                RegionRestriction.id == restriction_id).with_for_update()).scalar_one_or_none()
            if row is None:
                raise NotFoundError("restriction_missing", "Pembatasan wilayah tidak ditemukan.")
            if expected_version is not None and row.version != expected_version:
                raise ConflictError("stale", "Pembatasan wilayah baru saja diubah di loket lain; "
                                    "muat ulang lalu ulangi.")
            new_level = row.level if level is None else level.strip()
            new_from = row.date_from if date_from is None else date_from
            new_to = row.date_to if date_to is None else date_to
            _check_restriction(row.region_code, new_level, new_from, new_to)
            before = _restriction_values(row)
            row.level, row.date_from, row.date_to = new_level, new_from, new_to
            if note is not None:
                row.note = note.strip()[:400]
            after = _restriction_values(row)
            changes = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
            if changes:
                session.flush()
                audit.record(session, principal.username, "restriction.update",
                             "region_restriction", row.uuid, region=row.region_code,
                             changes=changes, reason=why)
            return _restriction_view(row)
    except StaleDataError as exc:
        raise ConflictError("stale", "Pembatasan wilayah baru saja diubah di loket lain.") from exc


def list_region_restrictions(db: Database, *, active_on: date | None = None) -> list[RestrictionView]:
    with db.read() as session:
        q = select(RegionRestriction).order_by(RegionRestriction.date_from.desc())
        if active_on is not None:
            q = q.where(RegionRestriction.date_from <= active_on,
                        RegionRestriction.date_to >= active_on)
        return [RestrictionView(r.id, r.region_code, region_label(r.region_code), r.level,
                                r.date_from, r.date_to, r.note)
                for r in session.execute(q).scalars()]


def restrictions_for(session: Session, region_code: str, start: date, end: date) -> list[RegionRestriction]:
    """Restrictions on the regency or its province overlapping [start, end] (inclusive)."""
    return list(session.execute(select(RegionRestriction).where(
        or_(RegionRestriction.region_code == region_code,
            RegionRestriction.region_code == region_code[:2]),
        RegionRestriction.date_from <= end, RegionRestriction.date_to >= start)).scalars())


def set_program_year(db: Database, year: int, principal: Principal, *, national_target: int = 25_000,
                     budget_total: int = 0) -> int:
    authorize(db, principal, Action.QUOTA_EDIT)
    actor = principal.username
    if not 2019 <= year <= 2100:
        raise ValidationError("year_invalid", "Tahun program tidak masuk akal.", "year")
    if national_target < 0 or budget_total < 0:
        raise ValidationError("target_negative", "Target dan anggaran tidak boleh negatif.")
    with db.write() as session:
        return _write_program_year(session, actor, year, national_target, budget_total)


def _write_program_year(session: Session, actor: str, year: int, national_target: int,
                        budget_total: int) -> int:
    py = session.execute(select(ProgramYear).where(ProgramYear.year == year)).scalar_one_or_none()
    if py is None:
        py = ProgramYear(year=year)
        session.add(py)
    py.national_target = national_target
    py.budget_total = budget_total
    session.flush()
    audit.record(session, actor, "program_year.set", "program_year", None, year=year,
                 target=national_target, budget=budget_total)
    return py.id


def set_branch_quota(db: Database, year: int, branch_code: str, seats: int, budget: int,
                     principal: Principal) -> QuotaView:
    """Create or change a branch's seats and budget for a year (never below what is used)."""
    authorize(db, principal, Action.QUOTA_EDIT)
    actor = principal.username
    if seats < 0 or budget < 0:
        raise ValidationError("quota_negative", "Kuota dan anggaran tidak boleh negatif.")
    with db.write() as session:
        return _write_quota(session, actor, year, branch_code, seats, budget)


def _write_quota(session: Session, actor: str, year: int, branch_code: str, seats: int,
                 budget: int) -> QuotaView:
    if branch_code == local_branch_code(session) and _region_allocated(session, year):
        raise ConflictError(
            "quota_from_region",
            f"Kuota {year} sudah dialokasikan Kantor Wilayah; ubah melalui Kantor Wilayah.")
    py = session.execute(select(ProgramYear).where(ProgramYear.year == year)).scalar_one_or_none()
    if py is None:
        raise NotFoundError("program_year_missing",
                            f"Tahun program {year} belum dibuat.", {"year": year})
    q = session.execute(select(BranchQuota).where(
        BranchQuota.program_year_id == py.id, BranchQuota.branch_code == branch_code)
    ).scalar_one_or_none()
    if q is None:
        q = BranchQuota(program_year_id=py.id, branch_code=branch_code, seats_used=0,
                        budget_used=0, seats=seats, budget=budget)
        session.add(q)
    if seats < q.seats_used or budget < q.budget_used:
        raise ValidationError(
            "quota_below_used",
            f"Kuota tidak boleh di bawah yang sudah terpakai ({q.seats_used} kursi, "
            f"{format_rupiah(q.budget_used)}).")
    q.seats = seats
    q.budget = budget
    session.flush()
    audit.record(session, actor, "quota.set", "branch_quota", None, year=year,
                 branch=branch_code, seats=seats, budget=budget)
    return QuotaView(q.id, year, branch_code, q.seats, q.seats_used, q.budget, q.budget_used)


def save_programme(db: Database, principal: Principal, year: int, *, national_target: int,
                   budget_total: int, seats: int, budget: int) -> QuotaView:
    """Pengaturan: the programme year and this branch's quota in one transaction (both or
    neither), with the same checks as :func:`set_program_year` and :func:`set_branch_quota`."""
    authorize(db, principal, Action.QUOTA_EDIT)
    if not 2019 <= year <= 2100:
        raise ValidationError("year_invalid", "Tahun program tidak masuk akal.", "year")
    if min(national_target, budget_total, seats, budget) < 0:
        raise ValidationError("quota_negative", "Kuota dan anggaran tidak boleh negatif.")
    with db.write() as session:
        _write_program_year(session, principal.username, year, national_target, budget_total)
        return _write_quota(session, principal.username, year, local_branch_code(session),
                            seats, budget)


REGION_QUOTA_KEY = "quota_from_region/{}"  # same key as services.exchange


def _region_allocated(session: Session, year: int) -> bool:
    return session.get(Setting, REGION_QUOTA_KEY.format(year)) is not None


def quota_from_region(db: Database, year: int) -> bool:
    """Whether the regional office has sent this branch's allocation for ``year`` (then it
    wins: the local quota is read-only)."""
    with db.read() as session:
        return _region_allocated(session, year)


@dataclass(frozen=True)
class ProgramYearView:
    year: int
    national_target: int
    budget_total: int


def get_program_year(db: Database, year: int) -> ProgramYearView | None:
    with db.read() as session:
        py = session.execute(select(ProgramYear).where(ProgramYear.year == year)
                             ).scalar_one_or_none()
        return None if py is None else ProgramYearView(py.year, py.national_target,
                                                       py.budget_total)


def get_quota(db: Database, year: int, branch_code: str | None = None) -> QuotaView | None:
    with db.read() as session:
        code = branch_code or local_branch_code(session)
        row = session.execute(select(BranchQuota, ProgramYear.year).join(
            ProgramYear, ProgramYear.id == BranchQuota.program_year_id).where(
            ProgramYear.year == year, BranchQuota.branch_code == code)).first()
        if row is None:
            return None
        q, y = row
        return QuotaView(q.id, y, q.branch_code, q.seats, q.seats_used, q.budget, q.budget_used)


def count_institutions(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count(Institution.id))).scalar_one())
