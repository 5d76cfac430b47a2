"""Reading the audit log: filtered, paged list, export to xlsx, chain status.

For auditors, heads of branch and administrators (``Action.AUDIT_VIEW``). Filters: user
(actor), action (exact code or a prefix ending in ``.``, e.g. ``user.``), date range (local
calendar days, inclusive) and person. A person is searched by NIK: the NIK typed in is turned
into the same keyed hash (:func:`services.audit.person_ref`) that entries about that person
carry; the NIK itself is neither stored nor written to the log of the search.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry
from vokasi_desktop.documents.xlsx_export import Column, ReportResult, SheetSpec, write_report
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.identifiers import IdentifierError, parse_nik
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import ValidationError

__all__ = ["AuditFilter", "AuditRow", "chain_status", "count", "export_xlsx", "page"]

PAGE_SIZE = 200


@dataclass(frozen=True)
class AuditFilter:
    """What to show; empty fields do not filter."""

    actor: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None
    nik: str = ""


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uuid: str | None
    detail: str
    about_person: bool


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _query(db: Database, flt: AuditFilter) -> Select[AuditEntry]:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError("date_range", "Tanggal awal harus sebelum atau sama dengan "
                              "tanggal akhir.", "date_from")
    q = select(AuditEntry)
    if flt.actor.strip():
        q = q.where(AuditEntry.actor == flt.actor.strip().lower())
    action = flt.action.strip()
    if action.endswith("."):
        q = q.where(AuditEntry.action.startswith(action, autoescape=True))
    elif action:
        q = q.where(AuditEntry.action == action)
    if flt.date_from:
        q = q.where(AuditEntry.at >= _local_start(flt.date_from))
    if flt.date_to:
        q = q.where(AuditEntry.at < _local_start(flt.date_to + timedelta(days=1)))
    nik = flt.nik.strip()
    if nik:
        try:
            value = parse_nik(nik).value
        except IdentifierError as exc:
            raise ValidationError("nik_invalid", f"NIK pada filter orang: {exc}",
                                  "nik") from None
        q = q.where(AuditEntry.person_ref == audit.person_ref(db, value))
    return q


def count(db: Database, principal: Principal, flt: AuditFilter) -> int:
    authorize(db, principal, Action.AUDIT_VIEW)
    q = _query(db, flt)
    with db.read() as session:
        return int(session.execute(
            select(func.count()).select_from(q.subquery())).scalar_one())


def _to_row(e: AuditEntry) -> AuditRow:
    detail = json.dumps(e.detail or {}, sort_keys=True, ensure_ascii=False)
    return AuditRow(e.seq, e.at, e.actor, e.action, e.entity, e.entity_uuid, detail,
                    e.person_ref is not None)


def page(db: Database, principal: Principal, flt: AuditFilter, offset: int = 0,
         limit: int = PAGE_SIZE) -> list[AuditRow]:
    """Newest first; ``offset``/``limit`` for paging (``seq`` is indexed)."""
    authorize(db, principal, Action.AUDIT_VIEW)
    q = _query(db, flt).order_by(AuditEntry.seq.desc()).offset(max(0, offset)).limit(limit)
    with db.read() as session:
        return [_to_row(e) for e in session.execute(q).scalars()]


def _stream(db: Database, flt: AuditFilter) -> Iterator[dict[str, object]]:
    q = _query(db, flt).order_by(AuditEntry.seq.desc())
    with db.read() as session:
        for e in session.execute(q.execution_options(yield_per=1000)).scalars():
            r = _to_row(e)
            yield {"seq": r.seq, "at": r.at.astimezone().replace(tzinfo=None), "actor": r.actor,
                   "action": r.action, "entity": r.entity, "uuid": r.entity_uuid or "",
                   "person": "ya" if r.about_person else "", "detail": r.detail}


COLUMNS = [
    Column("seq", "No. Urut", "int", 10),
    Column("at", "Waktu", "datetime", 18),
    Column("actor", "Pengguna", "text", 16),
    Column("action", "Tindakan", "text", 26),
    Column("entity", "Objek", "text", 14),
    Column("uuid", "ID Objek", "text", 38),
    Column("person", "Tentang Orang", "text", 10),
    Column("detail", "Rincian", "text", 60),
]


def export_xlsx(db: Database, principal: Principal, flt: AuditFilter,
                path: Path | str) -> ReportResult:
    """Write the filtered list to an xlsx file (newest first); the export itself is audited."""
    authorize(db, principal, Action.AUDIT_VIEW)
    _query(db, flt)  # validate the filter before writing anything
    subtitle = [f"Dibuat: {db.clock.now().strftime('%d/%m/%Y %H:%M')} oleh {principal.username}",
                "Filter: " + _describe(flt)]
    result = write_report(Path(path), title="Log Audit", subtitle_lines=subtitle,
                          sheets=[SheetSpec("Audit", COLUMNS, _stream(db, flt))])
    with db.write() as session:
        audit.record(session, principal.username, "audit.export", "audit", None,
                     rows=result.total_rows, person_filter=bool(flt.nik.strip()))
    return result


def _describe(flt: AuditFilter) -> str:
    parts = []
    if flt.actor.strip():
        parts.append(f"pengguna {flt.actor.strip()}")
    if flt.action.strip():
        parts.append(f"tindakan {flt.action.strip()}")
    if flt.date_from:
        parts.append(f"dari {flt.date_from:%d/%m/%Y}")
    if flt.date_to:
        parts.append(f"sampai {flt.date_to:%d/%m/%Y}")
    if flt.nik.strip():
        parts.append("satu orang (NIK tidak dicantumkan)")
    return ", ".join(parts) or "semua"


def chain_status(db: Database, principal: Principal) -> audit.ChainReport:
    """Verify the audit chain (``Action.AUDIT_VERIFY``)."""
    authorize(db, principal, Action.AUDIT_VERIFY)
    return audit.verify(db)


def actions(db: Database, principal: Principal) -> list[str]:
    """Distinct action codes, for the filter's drop-down."""
    authorize(db, principal, Action.AUDIT_VIEW)
    with db.read() as session:
        return list(session.execute(
            select(AuditEntry.action).distinct().order_by(AuditEntry.action)).scalars())
