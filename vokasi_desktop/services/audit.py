"""Hash-chained audit log.

Each entry's hash covers the previous entry's hash and its own content, so an edited, deleted
or swapped row breaks the chain (:func:`verify_chain`). ``detail`` must never contain a full
NIK, a password or other personal data: callers pass ids, masked values and counts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vokasi_desktop.db.models import AuditEntry
from vokasi_desktop.db.timeutil import utcnow

GENESIS = "0" * 64


def _entry_hash(prev_hash: str, at: str, actor: str, action: str, entity: str,
                entity_uuid: str | None, detail: dict[str, Any]) -> str:
    body = json.dumps(
        [prev_hash, at, actor, action, entity, entity_uuid, detail],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(session: Session, actor: str, action: str, entity: str,
           entity_uuid: object | None = None, **detail: Any) -> AuditEntry:
    """Append an audit entry inside the caller's transaction.

    The previous head is read in the same (write-locked) transaction, so two writers never
    chain onto the same parent.
    """
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = prev or GENESIS
    at = utcnow()
    uuid_text = str(entity_uuid) if entity_uuid is not None else None
    clean = json.loads(json.dumps(detail, default=str))
    entry = AuditEntry(
        at=at, actor=actor, action=action, entity=entity, entity_uuid=uuid_text,
        detail=clean, prev_hash=prev_hash,
        hash=_entry_hash(prev_hash, at.isoformat(timespec="microseconds"), actor, action,
                         entity, uuid_text, clean),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    """Result of :func:`verify_chain`."""

    count: int
    head: str
    broken_at: int | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry id that does not match."""
    prev_hash = GENESIS
    count = 0
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
        expected = _entry_hash(prev_hash, entry.at.isoformat(timespec="microseconds"),
                               entry.actor, entry.action, entry.entity, entry.entity_uuid,
                               entry.detail)
        if entry.prev_hash != prev_hash or entry.hash != expected:
            return ChainReport(count, prev_hash, entry.id)
        prev_hash = entry.hash
        count += 1
    return ChainReport(count, prev_hash, None)
