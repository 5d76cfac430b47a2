"""Exchange between offices: signed packages out, checked packages in, the trust registry.

Change tracking: a package carries the rows this office owns (``origin_branch`` = its code)
whose ``updated_at`` is later than the export time of the last package the peer acknowledged,
minus :data:`OVERLAP` (a transaction that committed late is still caught). Rows may therefore
travel twice; applying is idempotent (by uuid, against the last received copy), so a resend
costs time, never correctness. A package that was never acknowledged is covered again by the
next one.

Import: the file checks (``exchange_format.read_package``), the sender's trust, recipient,
key, signature, allowed data kinds and sequence are all checked before the write transaction;
the whole package is then applied in ONE transaction. A record owned by this office is
read-only here (skipped); a field changed here and at the owner since the last exchange is
recorded as a :class:`Conflict` (local value kept); a member whose NIK is already registered
by another office becomes a :class:`DuplicateCase`. The result is kept and acknowledged to the
sender in the next package going back.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Table, Uuid, func, insert, select, update
from sqlalchemy.orm import Session

from vokasi_desktop.db.branch import local_branch_row
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    AuditEntry,
    Base,
    Branch,
    BranchKey,
    BranchQuota,
    Conflict,
    ContributionPeriod,
    DocumentRecord,
    DuplicateCase,
    Enrollment,
    ExchangePackage,
    ExchangeShadow,
    Institution,
    Member,
    ProgramYear,
    RegionRestriction,
    RuleSet,
    Setting,
    TrainingClass,
    TrustedOffice,
)
from vokasi_desktop.db.tables import table_of
from vokasi_desktop.db.timeutil import UTCDateTime, utcnow
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.services import audit, keys
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import NotFoundError, ServiceError, ValidationError
from vokasi_desktop.services.exchange_format import (
    Package,
    PackageError,
    b64,
    build_package,
    read_package,
    unb64,
    verify_signature,
)
from vokasi_desktop.services.privacy import purged_uuids

OVERLAP = timedelta(minutes=10)
ACKS_SENT = 50

# What each kind of office sends (and so what the receiver lets it send).
BRANCH_KINDS = ("member", "contribution_period", "institution", "training_class", "enrollment",
                "document_record", "quota_use", "audit_checkpoint", "ack")
REGION_KINDS = ("institution", "training_class", "region_restriction", "rule_set",
                "program_year", "quota_allocation", "trusted_key", "ack")
DEFAULT_KINDS = {"branch": BRANCH_KINDS, "regional": REGION_KINDS}

# Travelling tables: model and its foreign keys (column -> (field in the package, entity)).
TRAVELLING: dict[str, tuple[type[Base], dict[str, tuple[str, str]]]] = {
    "institution": (Institution, {}),
    "training_class": (TrainingClass, {"institution_id": ("institution_uuid", "institution")}),
    "region_restriction": (RegionRestriction, {}),
    "member": (Member, {}),
    "contribution_period": (ContributionPeriod, {"member_id": ("member_uuid", "member")}),
    "enrollment": (Enrollment, {"member_id": ("member_uuid", "member"),
                                "class_id": ("class_uuid", "training_class")}),
    "document_record": (DocumentRecord, {"member_id": ("member_uuid", "member"),
                                         "enrollment_id": ("enrollment_uuid", "enrollment")}),
}
# Columns that stay local (counters kept by this office) or travel another way.
LOCAL_COLUMNS = {"id", "version"}
LOCAL_ONLY: dict[str, set[str]] = {"training_class": {"seats_used"},
                                   "enrollment": {"branch_quota_id"}}
NOT_MERGED = {"created_at", "updated_at", "origin_branch", "uuid"}
APPLY_ORDER = ("trusted_key", "institution", "training_class", "region_restriction", "rule_set",
               "program_year", "quota_allocation", "member", "contribution_period", "enrollment",
               "document_record", "quota_use", "audit_checkpoint", "ack")

EXIT_ALREADY_APPLIED = 0
REGION_QUOTA_KEY = "quota_from_region/{}"  # Setting: the regional office allocated this year


# ----------------------------------------------------------------------------- value coding

def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid_mod.UUID):
        return str(value)
    return value


def _decoder(col: Any) -> Any:
    t = col.type
    if isinstance(t, (UTCDateTime, DateTime)):
        return datetime.fromisoformat
    if isinstance(t, Date):
        return date.fromisoformat
    if isinstance(t, Uuid):
        return uuid_mod.UUID
    return None


def _table(entity: str) -> Table:
    return table_of(TRAVELLING[entity][0])


def _shipped_columns(entity: str) -> list[str]:
    refs = TRAVELLING[entity][1]
    skip = LOCAL_COLUMNS | LOCAL_ONLY.get(entity, set()) | set(refs)
    return [c.name for c in _table(entity).columns if c.name not in skip]


# ------------------------------------------------------------------------------- results

@dataclass
class ExportResult:
    path: Path
    peer: str
    sequence: int
    counts: dict[str, int]
    sha256: str
    bytes: int


@dataclass
class ImportResult:
    sender: str
    sequence: int
    already_applied: bool = False
    applied: int = 0
    skipped: int = 0
    readonly: int = 0
    conflicts: int = 0
    duplicates: int = 0
    per_part: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def message(self) -> str:
        if self.already_applied:
            return (f"Paket nomor {self.sequence} dari {self.sender} sudah diterapkan "
                    "sebelumnya; tidak ada yang berubah.")
        return (f"Paket nomor {self.sequence} dari {self.sender} diterapkan: {self.applied} "
                f"rekaman diterapkan, {self.skipped} dilewati (sudah sama), {self.readonly} "
                f"milik kantor ini (hanya-baca), {self.conflicts} konflik, {self.duplicates} "
                "kasus NIK ganda.")

    def count(self, part: str, what: str, n: int = 1) -> None:
        d = self.per_part.setdefault(part, {})
        d[what] = d.get(what, 0) + n
        setattr(self, what, getattr(self, what) + n)


@dataclass(frozen=True)
class TrustInfo:
    office_code: str
    kind: str
    name: str
    key_id: str
    data_kinds: tuple[str, ...]
    valid_from: datetime
    revoked_at: datetime | None
    revoked_reason: str | None


@dataclass(frozen=True)
class PeerStatus:
    office_code: str
    kind: str
    last_sent: int
    last_acknowledged: int
    last_received: int
    open_conflicts: int


# ------------------------------------------------------------------------------- office

def _local(session: Session) -> Branch:
    b = local_branch_row(session)
    if b is None:
        raise NotFoundError("branch_missing", "Profil kantor belum diisi. Jalankan "
                            "'vokasi-desktop init'.")
    return b


def set_office_kind(db: Database, principal: Principal, kind: str) -> None:
    """Mark this installation as a branch or the regional office."""
    authorize(db, principal, Action.BRANCH_PROFILE_EDIT, kind=kind)
    if kind not in DEFAULT_KINDS:
        raise ValidationError("office_kind", "Jenis kantor harus 'branch' atau 'regional'.",
                              "kind")
    with db.write() as session:
        b = _local(session)
        b.kind = kind
        # The regional pages read the same choice from the office_kind setting.
        row = session.get(Setting, "office_kind")
        if row is None:
            session.add(Setting(key="office_kind", value=kind))
        else:
            row.value = kind
        audit.record(session, principal.username, "exchange.office_kind", "branch", None,
                     code=b.code, kind=kind)


# ------------------------------------------------------------------------------- trust

def _trust_info(t: TrustedOffice) -> TrustInfo:
    return TrustInfo(t.office_code, t.kind, t.name, t.key_id, tuple(t.data_kinds), t.valid_from,
                     t.revoked_at, t.revoked_reason)


def export_own_key(db: Database, principal: Principal) -> dict[str, Any]:
    """This office's public key as a small JSON document for the peer's administrator."""
    authorize(db, principal, Action.TRUST_MANAGE)
    with db.read() as session:
        b = _local(session)
        row = keys._active_row(session, b.code)
        return {"format": "vokasi-office-key", "office_code": b.code, "kind": b.kind,
                "name": b.name, "key_id": row.key_id, "public_key": b64(row.public_key)}


def add_trusted(db: Database, principal: Principal, doc: dict[str, Any],
                data_kinds: Iterable[str] | None = None) -> TrustInfo:
    """Trust an office's public key (from ``export_own_key`` of that office)."""
    from vokasi_desktop.documents.signing import key_id as compute_key_id

    authorize(db, principal, Action.TRUST_MANAGE)
    if not isinstance(doc, dict) or doc.get("format") != "vokasi-office-key":
        raise ValidationError("trust_file", "Berkas kunci kantor tidak sah (bukan hasil "
                              "'exchange trust export-own').", "file")
    code = str(doc.get("office_code") or "").strip().upper()
    kind = str(doc.get("kind") or "branch")
    if not code or len(code) > 16 or kind not in DEFAULT_KINDS:
        raise ValidationError("trust_file", "Kode atau jenis kantor dalam berkas kunci tidak "
                              "sah.", "file")
    public = unb64(str(doc.get("public_key") or ""))
    if len(public) != 32 or compute_key_id(public) != doc.get("key_id"):
        raise ValidationError("trust_key", "Kunci publik dalam berkas tidak cocok dengan "
                              "ID kuncinya.", "file")
    kinds = tuple(data_kinds) if data_kinds else DEFAULT_KINDS[kind]
    unknown = [k for k in kinds if k not in BRANCH_KINDS + REGION_KINDS]
    if unknown:
        raise ValidationError("trust_kinds", f"Jenis data tidak dikenal: {', '.join(unknown)}.",
                              "kinds")
    with db.write() as session:
        if code == _local(session).code:
            raise ValidationError("trust_own", "Itu kunci kantor ini sendiri.", "file")
        if session.execute(select(TrustedOffice.id).where(
                TrustedOffice.key_id == doc["key_id"])).first():
            raise ValidationError("trust_exists", f"Kunci {doc['key_id']} sudah terdaftar.",
                                  "file")
        row = TrustedOffice(office_code=code, kind=kind, name=str(doc.get("name") or "")[:200],
                            key_id=str(doc["key_id"]), public_key=public,
                            data_kinds=list(kinds), valid_from=utcnow(),
                            added_by=principal.username)
        session.add(row)
        session.flush()
        audit.record(session, principal.username, "exchange.trust_add", "trusted_office", None,
                     office=code, kind=kind, key_id=row.key_id)
        return _trust_info(row)


def revoke_trusted(db: Database, principal: Principal, key_id: str, reason: str) -> TrustInfo:
    authorize(db, principal, Action.TRUST_MANAGE)
    if not reason.strip():
        raise ValidationError("reason_empty", "Alasan pencabutan wajib diisi.", "reason")
    with db.write() as session:
        row = session.execute(select(TrustedOffice).where(
            TrustedOffice.key_id == key_id)).scalar_one_or_none()
        if row is None:
            raise NotFoundError("trust_missing", f"Kunci {key_id} tidak terdaftar.")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            row.revoked_reason = reason.strip()[:500]
            audit.record(session, principal.username, "exchange.trust_revoke", "trusted_office",
                         None, office=row.office_code, key_id=key_id)
        return _trust_info(row)


def list_trusted(db: Database) -> list[TrustInfo]:
    with db.read() as session:
        rows = session.execute(select(TrustedOffice).order_by(
            TrustedOffice.office_code, TrustedOffice.id)).scalars().all()
        return [_trust_info(r) for r in rows]


def status(db: Database) -> list[PeerStatus]:
    """Peers with the last sequence sent, acknowledged and received."""
    with db.read() as session:
        offices: dict[str, str] = {}
        for code, kind in session.execute(select(TrustedOffice.office_code, TrustedOffice.kind)):
            offices[code] = kind
        def mx(direction: str, code: str, *statuses: str) -> int:
            q = select(func.max(ExchangePackage.sequence)).where(
                ExchangePackage.direction == direction, ExchangePackage.peer_branch == code)
            if statuses:
                q = q.where(ExchangePackage.status.in_(statuses))
            return int(session.execute(q).scalar() or 0)
        open_conf = int(session.execute(select(func.count(Conflict.id)).where(
            Conflict.status == "open")).scalar() or 0)
        return [PeerStatus(code, kind, mx("out", code), mx("out", code, "acknowledged"),
                           mx("in", code), open_conf) for code, kind in sorted(offices.items())]


# ------------------------------------------------------------------------------- export

class _Ids:
    """id <-> uuid maps per travelling entity, loaded on first use."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._uuid: dict[str, dict[int, str]] = {}
        self._id: dict[str, dict[str, int]] = {}

    def _load(self, entity: str) -> None:
        t = _table(entity)
        rows = self.session.execute(select(t.c.id, t.c.uuid)).all()
        self._uuid[entity] = {i: str(u) for i, u in rows}
        self._id[entity] = {str(u): i for i, u in rows}

    def uuid_of(self, entity: str, ident: int | None) -> str | None:
        if ident is None:
            return None
        if entity not in self._uuid:
            self._load(entity)
        return self._uuid[entity].get(ident)

    def id_of(self, entity: str, u: str | None) -> int | None:
        if u is None:
            return None
        if entity not in self._id:
            self._load(entity)
        return self._id[entity].get(u)

    def add(self, entity: str, ident: int, u: str) -> None:
        if entity not in self._id:
            self._load(entity)
        self._id[entity][u] = ident
        self._uuid[entity][ident] = u


def _quota_key(session: Session, cache: dict[int, list[Any] | None],
               qid: int | None) -> list[Any] | None:
    if qid is None:
        return None
    if qid not in cache:
        row = session.execute(select(ProgramYear.year, BranchQuota.branch_code).join(
            ProgramYear, ProgramYear.id == BranchQuota.program_year_id).where(
            BranchQuota.id == qid)).first()
        cache[qid] = [row[0], row[1]] if row else None
    return cache[qid]


def _row_json(entity: str, row: Any, ids: _Ids, cols: list[str]) -> dict[str, Any]:
    rec = {c: _encode(row[c]) for c in cols}
    for col, (fname, target) in TRAVELLING[entity][1].items():
        rec[fname] = ids.uuid_of(target, row[col])
    return rec


def _collect(session: Session, local: Branch, peer: str, since: datetime | None,
             kinds: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    ids = _Ids(session)
    parts: dict[str, list[dict[str, Any]]] = {}
    qcache: dict[int, list[Any] | None] = {}
    for entity in TRAVELLING:
        if entity not in kinds:
            continue
        t = _table(entity)
        cols = _shipped_columns(entity)
        q = select(t).where(t.c.origin_branch == local.code).order_by(t.c.id)
        if since is not None:
            q = q.where(t.c.updated_at > since)
        out = []
        for row in session.execute(q).mappings():
            rec = _row_json(entity, row, ids, cols)
            if entity == "enrollment":
                rec["quota"] = _quota_key(session, qcache, row["branch_quota_id"])
            out.append(rec)
        parts[entity] = out
    if "rule_set" in kinds:
        parts["rule_set"] = [
            {"code": r.code, "version": r.version, "name": r.name,
             "effective_from": r.effective_from.isoformat(),
             "effective_to": r.effective_to.isoformat() if r.effective_to else None,
             "parameters": r.parameters}
            for r in session.execute(select(RuleSet).order_by(RuleSet.id)).scalars()]
    if "program_year" in kinds:
        parts["program_year"] = [
            {"year": p.year, "national_target": p.national_target,
             "budget_total": p.budget_total, "note": p.note}
            for p in session.execute(select(ProgramYear).order_by(ProgramYear.year)).scalars()]
    quota_rows = session.execute(select(ProgramYear.year, BranchQuota).join(
        ProgramYear, ProgramYear.id == BranchQuota.program_year_id)).all()
    if "quota_allocation" in kinds:
        parts["quota_allocation"] = [
            {"year": y, "branch_code": q.branch_code, "seats": q.seats, "budget": q.budget}
            for y, q in quota_rows if q.branch_code == peer]
    if "quota_use" in kinds:
        parts["quota_use"] = [
            {"year": y, "branch_code": q.branch_code, "seats_used": q.seats_used,
             "budget_used": q.budget_used, "seats": q.seats, "budget": q.budget}
            for y, q in quota_rows if q.branch_code == local.code]
    if "trusted_key" in kinds:
        recs = [{"office_code": t.office_code, "kind": t.kind, "name": t.name,
                 "key_id": t.key_id, "public_key": b64(t.public_key),
                 "data_kinds": list(t.data_kinds),
                 "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
                 "revoked_reason": t.revoked_reason}
                for t in session.execute(select(TrustedOffice).order_by(TrustedOffice.id)).scalars()
                if t.office_code != peer]
        parts["trusted_key"] = recs
    if "audit_checkpoint" in kinds:
        head = session.execute(select(AuditEntry.seq, AuditEntry.hash, AuditEntry.at).order_by(
            AuditEntry.seq.desc()).limit(1)).first()
        parts["audit_checkpoint"] = ([{"seq": head[0], "head_hash": head[1],
                                       "at": _encode(head[2])}] if head else [])
    acks = session.execute(select(ExchangePackage).where(
        ExchangePackage.direction == "in", ExchangePackage.peer_branch == peer).order_by(
        ExchangePackage.sequence.desc()).limit(ACKS_SENT)).scalars().all()
    parts["ack"] = [{"sequence": p.sequence, "sha256": p.sha256, "status": p.status,
                     "applied_at": _encode(p.applied_at), "result": _loads(p.message)}
                    for p in reversed(acks)]
    return parts


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _trusted_rows(session: Session, code: str) -> list[TrustedOffice]:
    return list(session.execute(select(TrustedOffice).where(
        TrustedOffice.office_code == code)).scalars())


def export_package(db: Database, principal: Principal, peer: str, out: str | Path) -> ExportResult:
    """Write the next package for ``peer`` to ``out`` (the file appears only after commit)."""
    authorize(db, principal, Action.EXCHANGE_EXPORT, peer=peer)
    peer = peer.strip().upper()
    out_path = Path(out)
    if not out_path.parent.is_dir():
        raise ValidationError("out_dir", f"Folder tujuan {out_path.parent} tidak ada.", "out")
    fd, tmp_name = tempfile.mkstemp(prefix=".vokasi-exchange-", suffix=".tmp",
                                    dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with db.write() as session:
            local = _local(session)
            trusted = [t for t in _trusted_rows(session, peer) if t.revoked_at is None]
            if not trusted:
                raise ValidationError("peer_unknown", f"Kantor {peer} belum terdaftar sebagai "
                                      "kantor tepercaya (exchange trust add).", "to")
            kinds = DEFAULT_KINDS.get(local.kind, BRANCH_KINDS)
            seq = int(session.execute(select(func.max(ExchangePackage.sequence)).where(
                ExchangePackage.direction == "out", ExchangePackage.peer_branch == peer)
            ).scalar() or 0) + 1
            acked = session.execute(select(ExchangePackage).where(
                ExchangePackage.direction == "out", ExchangePackage.peer_branch == peer,
                ExchangePackage.status == "acknowledged").order_by(
                ExchangePackage.sequence.desc()).limit(1)).scalar_one_or_none()
            since = acked.created_at - OVERLAP if acked is not None else None
            now = utcnow()
            parts = _collect(session, local, peer, since, kinds)
            package_uuid = uuid_mod.uuid4()
            manifest = {"from": local.code, "from_kind": local.kind, "to": peer,
                        "sequence": seq, "created_at": now.isoformat(),
                        "previous_acknowledged": acked.sequence if acked else 0,
                        "changes_since": since.isoformat() if since else None,
                        "package_uuid": str(package_uuid)}
            pem = keys.private_key_pem(session, local.code)
            kid = keys._active_row(session, local.code).key_id
            blob = build_package(manifest, parts, pem, kid)
            import hashlib

            digest = hashlib.sha256(blob).hexdigest()
            counts = {k: len(v) for k, v in parts.items()}
            session.add(ExchangePackage(uuid=package_uuid,
                                        direction="out", peer_branch=peer, sequence=seq,
                                        status="sent", sha256=digest,
                                        row_count=sum(counts.values()), created_at=now,
                                        message=json.dumps(counts, separators=(",", ":"))[:400]))
            audit.record(session, principal.username, "exchange.export", "exchange_package",
                         package_uuid, person_ref=None, peer=peer, sequence=seq,
                         sha256=digest, **{f"n_{k}": v for k, v in counts.items() if v})
            with open(tmp, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, out_path)  # after the commit: a failed commit leaves no package
    finally:
        tmp.unlink(missing_ok=True)
    return ExportResult(out_path, peer, seq, counts, digest, len(blob))


# ------------------------------------------------------------------------------- import

def _reject(db: Database, principal: Principal, pkg: Package | None, exc: PackageError) -> None:
    with db.write() as session:
        audit.record(session, principal.username, "exchange.rejected", "exchange_package", None,
                     code=exc.code, sender=pkg.sender if pkg else None,
                     sequence=pkg.sequence if pkg else None)


def _check_trust(session: Session, pkg: Package) -> tuple[Branch, TrustedOffice]:
    local = _local(session)
    rows = _trusted_rows(session, pkg.sender)
    if not rows:
        raise PackageError("package_unknown_sender", f"Paket dari kantor {pkg.sender!r} yang "
                           "tidak dikenal (belum terdaftar sebagai kantor tepercaya); ditolak.")
    if pkg.recipient != local.code:
        raise PackageError("package_wrong_recipient", f"Paket ini untuk kantor {pkg.recipient}, "
                           f"bukan kantor ini ({local.code}); ditolak.")
    kid = pkg.signature["key_id"]
    key = next((r for r in rows if r.key_id == kid), None)
    if key is None:
        raise PackageError("package_wrong_key", f"Paket ditandatangani dengan kunci {kid} yang "
                           f"tidak terdaftar untuk kantor {pkg.sender}; ditolak.")
    if key.revoked_at is not None:
        raise PackageError("package_key_revoked", f"Kunci {kid} kantor {pkg.sender} sudah "
                           f"dicabut ({key.revoked_reason or '-'}); paket ditolak.")
    if not verify_signature(pkg, key.public_key):
        raise PackageError("package_bad_signature", "Tanda tangan paket tidak sah (paket "
                           "diubah atau kunci salah); ditolak.")
    if pkg.manifest.get("from_kind") != key.kind:
        raise PackageError("package_kind", f"Paket mengaku dari kantor jenis "
                           f"{pkg.manifest.get('from_kind')!r}, terdaftar {key.kind!r}.")
    extra = sorted(p for p, recs in pkg.parts.items() if recs and p not in key.data_kinds)
    if extra:
        raise PackageError("package_kinds", f"Kantor {pkg.sender} tidak berwenang mengirim data "
                           f"jenis: {', '.join(extra)}; paket ditolak.")
    return local, key


def _sequence_state(session: Session, pkg: Package) -> int:
    """The next expected sequence from the sender; raises on a gap; 0 when already applied."""
    done = session.execute(select(ExchangePackage.sequence).where(
        ExchangePackage.direction == "in", ExchangePackage.peer_branch == pkg.sender,
        ExchangePackage.sequence == pkg.sequence)).first()
    if done:
        return 0
    last = int(session.execute(select(func.max(ExchangePackage.sequence)).where(
        ExchangePackage.direction == "in", ExchangePackage.peer_branch == pkg.sender)
    ).scalar() or 0)
    if pkg.sequence > last + 1:
        missing = (f"{last + 1}" if pkg.sequence == last + 2
                   else f"{last + 1} sampai {pkg.sequence - 1}")
        raise PackageError("package_gap", f"Paket nomor {missing} dari {pkg.sender} belum "
                           f"diterapkan; terapkan dulu sebelum paket nomor {pkg.sequence}.")
    if pkg.sequence <= last:
        return 0  # an older one never recorded cannot exist: sequences are applied in order
    return pkg.sequence


def import_package(db: Database, principal: Principal, path: str | Path) -> ImportResult:
    """Check and apply one package; rejected packages change nothing (one audit entry)."""
    authorize(db, principal, Action.EXCHANGE_IMPORT)
    pkg: Package | None = None
    try:
        pkg = read_package(path)
        with db.read() as session:
            _check_trust(session, pkg)
            if _sequence_state(session, pkg) == 0:
                return ImportResult(pkg.sender, pkg.sequence, already_applied=True)
        with db.write() as session:
            local, key = _check_trust(session, pkg)
            if _sequence_state(session, pkg) == 0:
                return ImportResult(pkg.sender, pkg.sequence, already_applied=True)
            result = _apply(session, pkg, local, key, principal)
    except PackageError as exc:
        _reject(db, principal, pkg, exc)
        raise
    return result


class _Ctx:
    def __init__(self, session: Session, pkg: Package, local: Branch, key: TrustedOffice,
                 record: ExchangePackage, result: ImportResult) -> None:
        self.session = session
        self.pkg = pkg
        self.local = local
        self.key = key
        self.record = record
        self.result = result
        self.ids = _Ids(session)
        self.quota_ids: dict[tuple[int, str], int | None] = {}
        self._aliases: set[str] | None = None

    def aliases(self) -> set[str]:
        """Uuids of members that arrived as duplicate NIKs (their rows are not stored)."""
        if self._aliases is None:
            self._aliases = {str(u) for u in self.session.execute(
                select(DuplicateCase.member_uuid_b)).scalars()}
        return self._aliases


def _apply(session: Session, pkg: Package, local: Branch, key: TrustedOffice,
           principal: Principal) -> ImportResult:
    result = ImportResult(pkg.sender, pkg.sequence)
    record = ExchangePackage(uuid=_uuid(pkg.manifest.get("package_uuid")), direction="in",
                             peer_branch=pkg.sender, sequence=pkg.sequence, status="applying",
                             sha256=pkg.sha256, row_count=sum(len(v) for v in pkg.parts.values()))
    session.add(record)
    session.flush()
    ctx = _Ctx(session, pkg, local, key, record, result)
    for part in APPLY_ORDER:
        recs = pkg.parts.get(part)
        if not recs:
            continue
        if part in TRAVELLING:
            _apply_travelling(ctx, part, recs)
        else:
            _SPECIAL[part](ctx, recs)
    record.status = "applied"
    record.applied_at = utcnow()
    record.message = json.dumps({"applied": result.applied, "skipped": result.skipped,
                                 "readonly": result.readonly, "conflicts": result.conflicts,
                                 "duplicates": result.duplicates}, separators=(",", ":"))
    audit.record(session, principal.username, "exchange.import", "exchange_package",
                 str(record.uuid), sender=pkg.sender, sequence=pkg.sequence,
                 applied=result.applied, skipped=result.skipped, readonly=result.readonly,
                 conflicts=result.conflicts, duplicates=result.duplicates)
    return result


def _uuid(value: Any) -> uuid_mod.UUID:
    try:
        return uuid_mod.UUID(str(value))
    except ValueError:
        raise PackageError("package_record", f"UUID tidak sah dalam paket: {value!r}.") from None


def _bad(part: str, rec: dict[str, Any], why: str) -> PackageError:
    return PackageError("package_record", f"Rekaman {part} {rec.get('uuid', '')} tidak dapat "
                        f"diterapkan: {why}. Tidak ada yang diubah.")


_DECODERS: dict[str, list[tuple[str, Any]]] = {}


def _decoders(entity: str) -> list[tuple[str, Any]]:
    if entity not in _DECODERS:
        t = _table(entity)
        _DECODERS[entity] = [(n, _decoder(t.c[n])) for n in _shipped_columns(entity)]
    return _DECODERS[entity]


def _decode_record(ctx: _Ctx, entity: str, rec: dict[str, Any]) -> dict[str, Any]:
    """Column values for ``rec``; references resolved to local ids."""
    values: dict[str, Any] = {}
    for name, dec in _decoders(entity):
        if name not in rec:
            raise _bad(entity, rec, f"kolom {name} tidak ada")
        v = rec[name]
        try:
            values[name] = dec(v) if (dec is not None and v is not None) else v
        except (TypeError, ValueError):
            raise _bad(entity, rec, f"nilai kolom {name} tidak sah") from None
    for col, (fname, target) in TRAVELLING[entity][1].items():
        ref = rec.get(fname)
        if ref is None:
            values[col] = None
            continue
        ident = ctx.ids.id_of(target, str(ref))
        if ident is None and target == "member":
            ident = _alias_member(ctx, str(ref))
        if ident is None:
            raise _bad(entity, rec, f"merujuk {target} {ref} yang belum ada di sini (paket "
                       "sebelumnya belum diterapkan?)")
        values[col] = ident
    return values


def _alias_member(ctx: _Ctx, member_uuid: str) -> int | None:
    """A member that arrived as a duplicate NIK: its records attach to the member here."""
    a = ctx.session.execute(select(DuplicateCase.member_uuid_a).where(
        DuplicateCase.member_uuid_b == uuid_mod.UUID(member_uuid))).scalar()
    return ctx.ids.id_of("member", str(a)) if a is not None else None


def _apply_travelling(ctx: _Ctx, entity: str, recs: list[dict[str, Any]]) -> None:
    s = ctx.session
    t = _table(entity)
    uuids = [str(r["uuid"]) for r in recs]
    shadows: dict[str, ExchangeShadow] = {}
    for i in range(0, len(uuids), 500):
        chunk = uuids[i:i + 500]
        for found in s.execute(select(ExchangeShadow).where(
                ExchangeShadow.entity == entity, ExchangeShadow.entity_key.in_(chunk))).scalars():
            shadows[found.entity_key] = found
    niks: dict[str, tuple[str, str]] | None = None
    pending_niks: dict[str, dict[str, Any]] = {}  # members of this package not inserted yet
    new_rows: list[dict[str, Any]] = []
    new_shadows: list[dict[str, Any]] = []
    cols = _shipped_columns(entity)
    merged = [c for c in cols if c not in NOT_MERGED] + [f for f, _ in TRAVELLING[entity][1].values()]
    # Persons removed here by the retention purge never come back from a package.
    purged = {str(x) for x in purged_uuids(s, {
        _uuid(r["uuid"] if entity == "member" else r["member_uuid"]) for r in recs
        if entity == "member" or r.get("member_uuid")})}
    for rec in recs:
        u = str(_uuid(rec["uuid"]))
        if (u if entity == "member" else str(rec.get("member_uuid"))) in purged:
            ctx.result.count(entity, "skipped")
            continue
        origin = rec.get("origin_branch")
        if origin == ctx.local.code:
            ctx.result.count(entity, "readonly")
            continue
        if origin != ctx.pkg.sender:
            raise _bad(entity, rec, f"milik kantor {origin}, bukan pengirim {ctx.pkg.sender}")
        existing_id = ctx.ids.id_of(entity, u)
        if existing_id is None:
            if entity == "member" and u in ctx.aliases():
                ctx.result.count(entity, "skipped")
                continue
            values = _decode_record(ctx, entity, rec)
            if entity == "member":
                if niks is None:
                    niks = {n: (str(mu), o) for n, mu, o in s.execute(
                        select(Member.nik, Member.uuid, Member.origin_branch))}
                if values["nik"] in niks or values["nik"] in pending_niks:
                    _duplicate(ctx, values, rec, niks, new_rows, pending_niks)
                    continue
                pending_niks[values["nik"]] = values
            if entity == "enrollment":
                values["branch_quota_id"] = _quota_id(ctx, rec.get("quota"))
            if entity == "contribution_period" and str(rec.get("member_uuid")) in \
                    ctx.aliases() and s.execute(select(ContributionPeriod.id).where(
                    ContributionPeriod.member_id == values["member_id"],
                    ContributionPeriod.month_from == values["month_from"],
                    ContributionPeriod.month_to == values["month_to"])).first():
                # the same span already known for a duplicate-NIK member: nothing new
                ctx.result.count(entity, "skipped")
                continue
            values["version"] = 1
            new_rows.append(values)
            new_shadows.append({"entity": entity, "entity_key": u, "data": rec})
            ctx.result.count(entity, "applied")
            continue
        local_row = s.execute(select(t).where(t.c.id == existing_id)).mappings().one()
        local = _row_json(entity, local_row, ctx.ids, cols)
        sh = shadows.get(u)
        base = sh.data if sh is not None else None
        changes: dict[str, Any] = {}
        conflicts: list[tuple[str, Any, Any]] = []
        for f in merged:
            r, lv = rec.get(f), local.get(f)
            if r == lv:
                continue
            if base is not None and lv == base.get(f):
                changes[f] = r
            elif base is not None and r == base.get(f):
                continue  # changed only here since the last exchange: keep it
            else:
                conflicts.append((f, lv, r))
        for f, lv, r in conflicts:
            s.add(Conflict(package_id=ctx.record.id, entity=entity, entity_uuid=uuid_mod.UUID(u),
                           field=f, local_value=lv, remote_value=r, status="open"))
            ctx.result.count(entity, "conflicts")
        if changes:
            decoded = _decode_record(ctx, entity, rec)
            upd: dict[str, Any] = {}
            for f in changes:
                col = next((c for c, (fname, _) in TRAVELLING[entity][1].items() if fname == f), f)
                upd[col] = decoded[col]
            upd["updated_at"] = decoded["updated_at"]
            upd["version"] = local_row["version"] + 1
            s.execute(update(t).where(t.c.id == existing_id).values(**upd))
            ctx.result.count(entity, "applied")
        elif not conflicts:
            ctx.result.count(entity, "skipped")
        if sh is not None:
            sh.data = rec
        else:
            s.add(ExchangeShadow(entity=entity, entity_key=u, data=rec))
    if new_rows:
        for i in range(0, len(new_rows), 1000):
            s.execute(insert(t), new_rows[i:i + 1000])
        for i in range(0, len(new_shadows), 1000):
            s.execute(insert(ExchangeShadow), new_shadows[i:i + 1000])
        for ident, u in s.execute(select(t.c.id, t.c.uuid).where(
                t.c.origin_branch == ctx.pkg.sender)):
            ctx.ids.add(entity, ident, str(u))
    s.flush()


def _duplicate(ctx: _Ctx, values: dict[str, Any], rec: dict[str, Any],
               niks: dict[str, tuple[str, str]], new_rows: list[dict[str, Any]],
               pending: dict[str, dict[str, Any]]) -> None:
    nik = values["nik"]
    if nik in niks:
        a_uuid, a_office = niks[nik]
    else:  # arrived twice in this very package under two uuids: the first one stays
        first = pending.pop(nik)
        a_uuid, a_office = str(first["uuid"]), str(first["origin_branch"])
        ctx.session.execute(insert(table_of(Member)), [first])
        new_rows.remove(first)
        niks[nik] = (a_uuid, a_office)
        ident = ctx.session.execute(
            select(Member.id).where(Member.uuid == first["uuid"])).scalar_one()  # just inserted
        ctx.ids.add("member", ident, a_uuid)
    ctx.session.add(DuplicateCase(nik=nik, member_uuid_a=uuid_mod.UUID(a_uuid), office_a=a_office,
                                  member_uuid_b=uuid_mod.UUID(str(rec["uuid"])),
                                  office_b=ctx.pkg.sender, remote_data=rec,
                                  package_id=ctx.record.id, status="open"))
    ctx.session.flush()
    ctx.aliases().add(str(rec["uuid"]))
    ctx.result.count("member", "duplicates")


def _quota_id(ctx: _Ctx, key: Any) -> int | None:
    if not key:
        return None
    year, code = int(key[0]), str(key[1])
    if (year, code) not in ctx.quota_ids:
        ident = ctx.session.execute(select(BranchQuota.id).join(
            ProgramYear, ProgramYear.id == BranchQuota.program_year_id).where(
            ProgramYear.year == year, BranchQuota.branch_code == code)).scalar()
        ctx.quota_ids[(year, code)] = ident
    return ctx.quota_ids[(year, code)]


def _synthetic_uuid(*parts: object) -> uuid_mod.UUID:
    return uuid_mod.uuid5(uuid_mod.NAMESPACE_URL, "vokasi:" + ":".join(str(p) for p in parts))


def _program_year(ctx: _Ctx, year: int, create: bool) -> ProgramYear | None:
    py = ctx.session.execute(select(ProgramYear).where(ProgramYear.year == year)).scalar()
    if py is None and create:
        py = ProgramYear(year=year, national_target=0, budget_total=0, note="")
        ctx.session.add(py)
        ctx.session.flush()
    return py


def _apply_rule_sets(ctx: _Ctx, recs: list[dict[str, Any]]) -> None:
    for r in recs:
        try:
            code, version = str(r["code"]), int(r["version"])
            frm = date.fromisoformat(r["effective_from"])
            to = date.fromisoformat(r["effective_to"]) if r.get("effective_to") else None
            params = r["parameters"]
            name = str(r.get("name") or code)
        except (KeyError, TypeError, ValueError):
            raise _bad("rule_set", r, "isi tidak sah") from None
        row = ctx.session.execute(select(RuleSet).where(
            RuleSet.code == code, RuleSet.version == version)).scalar()
        if row is None:
            ctx.session.add(RuleSet(code=code, version=version, name=name, effective_from=frm,
                                    effective_to=to, parameters=params))
            ctx.result.count("rule_set", "applied")
        elif (row.parameters, row.effective_from, row.effective_to) == (params, frm, to):
            ctx.result.count("rule_set", "skipped")
        else:
            ctx.session.add(Conflict(package_id=ctx.record.id, entity="rule_set",
                                     entity_uuid=_synthetic_uuid("rule_set", code, version),
                                     field="parameters", local_value=row.parameters,
                                     remote_value=params, status="open"))
            ctx.result.count("rule_set", "conflicts")


def _apply_program_years(ctx: _Ctx, recs: list[dict[str, Any]]) -> None:
    for r in recs:
        py = _program_year(ctx, int(r["year"]), True)
        assert py is not None
        new = (int(r["national_target"]), int(r["budget_total"]), str(r.get("note") or ""))
        if (py.national_target, py.budget_total, py.note) == new:
            ctx.result.count("program_year", "skipped")
        else:
            py.national_target, py.budget_total, py.note = new
            ctx.result.count("program_year", "applied")


def _quota(ctx: _Ctx, year: int, code: str) -> BranchQuota | None:
    return ctx.session.execute(select(BranchQuota).join(
        ProgramYear, ProgramYear.id == BranchQuota.program_year_id).where(
        ProgramYear.year == year, BranchQuota.branch_code == code)).scalar()


def _quota_conflict(ctx: _Ctx, year: int, code: str, fieldname: str, local: int,
                    remote: int) -> None:
    ctx.session.add(Conflict(package_id=ctx.record.id, entity="branch_quota",
                             entity_uuid=_synthetic_uuid("branch_quota", year, code),
                             field=fieldname, local_value=local, remote_value=remote,
                             status="open"))
    ctx.result.count("branch_quota", "conflicts")


def _apply_allocations(ctx: _Ctx, recs: list[dict[str, Any]]) -> None:
    """Region -> branch: seats and budget allocated to this branch (never below what is used)."""
    for r in recs:
        year, code = int(r["year"]), str(r["branch_code"])
        if code != ctx.local.code:
            raise _bad("quota_allocation", r, f"alokasi untuk kantor lain ({code})")
        seats, budget = int(r["seats"]), int(r["budget"])
        # From now on the region's allocation wins: Pengaturan shows the quota read-only and
        # catalog.set_branch_quota refuses local edits for this year.
        marker = REGION_QUOTA_KEY.format(year)
        if ctx.session.get(Setting, marker) is None:
            ctx.session.add(Setting(key=marker, value=True))
        q = _quota(ctx, year, code)
        if q is None:
            py = _program_year(ctx, year, True)
            assert py is not None
            ctx.session.add(BranchQuota(program_year_id=py.id, branch_code=code, seats=seats,
                                        budget=budget, seats_used=0, budget_used=0))
            ctx.result.count("quota_allocation", "applied")
            continue
        if (q.seats, q.budget) == (seats, budget):
            ctx.result.count("quota_allocation", "skipped")
            continue
        ok = True
        if seats < q.seats_used:
            _quota_conflict(ctx, year, code, "seats", q.seats, seats)
            ok = False
        if budget < q.budget_used:
            _quota_conflict(ctx, year, code, "budget", q.budget, budget)
            ok = False
        if ok:
            q.seats, q.budget = seats, budget
            ctx.result.count("quota_allocation", "applied")


def _apply_quota_use(ctx: _Ctx, recs: list[dict[str, Any]]) -> None:
    """Branch -> region: seats and budget the branch has used."""
    for r in recs:
        year, code = int(r["year"]), str(r["branch_code"])
        if code != ctx.pkg.sender:
            raise _bad("quota_use", r, f"pemakaian kuota kantor lain ({code})")
        used, spent = int(r["seats_used"]), int(r["budget_used"])
        q = _quota(ctx, year, code)
        if q is None:
            py = _program_year(ctx, year, True)
            assert py is not None
            # no allocation made here yet: the branch's own figures stand until the region
            # allocates (so the next allocation going back does not shrink them)
            ctx.session.add(BranchQuota(program_year_id=py.id, branch_code=code,
                                        seats=max(used, int(r.get("seats") or 0)),
                                        budget=max(spent, int(r.get("budget") or 0)),
                                        seats_used=used, budget_used=spent))
            ctx.result.count("quota_use", "applied")
            continue
        if (q.seats_used, q.budget_used) == (used, spent):
            ctx.result.count("quota_use", "skipped")
            continue
        if used > q.seats or spent > q.budget:
            _quota_conflict(ctx, year, code, "seats_used" if used > q.seats else "budget_used",
                            q.seats_used if used > q.seats else q.budget_used,
                            used if used > q.seats else spent)
            continue
        q.seats_used, q.budget_used = used, spent
        ctx.result.count("quota_use", "applied")


def _apply_trusted_keys(ctx: _Ctx, recs: list[dict[str, Any]]) -> None:
    """Region -> branch only: the registry of office keys (new keys, revocations)."""
    if ctx.key.kind != "regional":
        raise PackageError("package_kinds", "Hanya kantor wilayah yang boleh membagikan kunci "
                           "kantor; paket ditolak.")
    from vokasi_desktop.documents.signing import key_id as compute_key_id

    for r in recs:
        code = str(r.get("office_code") or "")
        public = unb64(str(r.get("public_key") or ""))
        if len(public) != 32 or compute_key_id(public) != r.get("key_id") or \
                r.get("kind") not in DEFAULT_KINDS:
            raise _bad("trusted_key", r, "kunci publik tidak cocok dengan ID-nya")
        if code == ctx.local.code or code == ctx.pkg.sender:
            ctx.result.count("trusted_key", "readonly")  # own keys and the region's own are ours
            continue
        row = ctx.session.execute(select(TrustedOffice).where(
            TrustedOffice.key_id == r["key_id"])).scalar()
        revoked = datetime.fromisoformat(r["revoked_at"]) if r.get("revoked_at") else None
        if row is None:
            ctx.session.add(TrustedOffice(office_code=code, kind=r["kind"],
                                          name=str(r.get("name") or "")[:200],
                                          key_id=r["key_id"], public_key=public,
                                          data_kinds=list(r.get("data_kinds") or
                                                          DEFAULT_KINDS[r["kind"]]),
                                          valid_from=utcnow(), revoked_at=revoked,
                                          revoked_reason=r.get("revoked_reason"),
                                          added_by=f"paket:{ctx.pkg.sender}"))
            ctx.result.count("trusted_key", "applied")
        elif revoked is not None and row.revoked_at is None:
            row.revoked_at, row.revoked_reason = revoked, r.get("revoked_reason")
            ctx.result.count("trusted_key", "applied")
        else:
            ctx.result.count("trusted_key", "skipped")  # a revocation here is never undone


def _apply_checkpoints(ctx: _Ctx, recs: list[dict[str, Any]]) -> None:
    for r in recs:
        key = f"exchange.audit_checkpoint.{ctx.pkg.sender}"
        row = ctx.session.get(Setting, key)
        if row is None:
            ctx.session.add(Setting(key=key, value=r))
        else:
            row.value = r
        ctx.result.count("audit_checkpoint", "applied")


def _apply_acks(ctx: _Ctx, recs: list[dict[str, Any]]) -> None:
    for r in recs:
        seq = int(r["sequence"])
        out = ctx.session.execute(select(ExchangePackage).where(
            ExchangePackage.direction == "out", ExchangePackage.peer_branch == ctx.pkg.sender,
            ExchangePackage.sequence == seq)).scalar()
        if out is None or out.status == "acknowledged":
            ctx.result.count("ack", "skipped")
            continue
        if r.get("sha256") != out.sha256:
            raise _bad("ack", r, f"tanda terima paket {seq} untuk berkas lain (hash berbeda)")
        out.status = "acknowledged"
        out.applied_at = datetime.fromisoformat(r["applied_at"]) if r.get("applied_at") else None
        out.message = json.dumps(r.get("result"), separators=(",", ":"))[:400]
        ctx.result.count("ack", "applied")


_SPECIAL = {
    "rule_set": _apply_rule_sets,
    "program_year": _apply_program_years,
    "quota_allocation": _apply_allocations,
    "quota_use": _apply_quota_use,
    "trusted_key": _apply_trusted_keys,
    "audit_checkpoint": _apply_checkpoints,
    "ack": _apply_acks,
}


def conflicts(db: Database) -> list[Conflict]:
    with db.read() as session:
        return list(session.execute(select(Conflict).order_by(Conflict.id)).scalars())


def duplicate_cases(db: Database) -> list[DuplicateCase]:
    with db.read() as session:
        return list(session.execute(select(DuplicateCase).order_by(DuplicateCase.id)).scalars())


def own_key_row(session: Session, code: str) -> BranchKey:
    return keys._active_row(session, code)


__all__ = ["ExportResult", "ImportResult", "PackageError", "PeerStatus", "ServiceError",
           "TrustInfo", "add_trusted", "conflicts", "duplicate_cases", "export_own_key",
           "export_package", "import_package", "list_trusted", "revoke_trusted",
           "set_office_kind", "status"]
