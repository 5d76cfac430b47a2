"""Hash-chained audit log with signed checkpoints kept outside the database.

Each entry's hash covers the previous entry's hash and its own content, so an edited, deleted
or swapped row breaks the chain. The chain alone cannot show a truncated tail or a chain that
was recomputed from scratch: whoever can write the table can also recompute SHA-256. So after
every commit that appended entries, the process writes a *checkpoint* (position ``seq`` and
hash of the newest entry it wrote) to ``audit-checkpoints.log`` in ``Database.private_dir``,
authenticated with HMAC-SHA256 under a key (``audit.key``) that lives in the same folder and
never in the database. :func:`verify_chain` checks the chain and every checkpoint.

What a checkpoint proves: the chain had at least ``seq`` entries and its ``seq``-th entry had
that hash when the checkpoint was written. On a PostgreSQL database shared by several counters
each process writes checkpoints of its own appends into the shared folder; a checkpoint stays
true after others append (it vouches for a prefix). Entries appended after the newest
checkpoint are covered only by the plain chain until the next checkpoint is written (normally
right after their own commit).

Appends are serialised: on PostgreSQL a transaction-scoped advisory lock is taken before the
head is read; on SQLite the write transaction already holds the database's write lock
(``BEGIN IMMEDIATE``). ``seq`` and ``prev_hash`` are UNIQUE as a net.

``detail`` must never contain a full NIK, a password or other personal data: callers pass ids,
masked values and counts.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import socket
import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import (
    Database,
    ensure_private_dir,
    private_dir_for,
    write_private_file,
)
from vokasi_desktop.db.models import AuditEntry
from vokasi_desktop.db.timeutil import utcnow

log = logging.getLogger(__name__)

GENESIS = "0" * 64
AUDIT_KEY_FILE = "audit.key"
CHECKPOINT_FILE = "audit-checkpoints.log"
# pg_advisory_xact_lock key serialising audit appends ("voka" in ASCII).
_PG_LOCK_KEY = 0x766F6B61
_COMPACT_BYTES = 512 * 1024
_PENDING = "vokasi_audit_checkpoint"
_HEAD = "vokasi_audit_head"


def _entry_hash(prev_hash: str, at: str, actor: str, action: str, entity: str,
                entity_uuid: str | None, detail: dict[str, Any],
                person_ref: str | None = None) -> str:
    fields: list[Any] = [prev_hash, at, actor, action, entity, entity_uuid, detail]
    if person_ref is not None:
        # Only entries that carry a person reference hash it: entries written before the
        # column existed (and entries about nobody) keep the hash they were written with.
        fields.append({"person_ref": person_ref})
    body = json.dumps(
        fields,
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _private_dir(session: Session) -> Path:
    bind = session.get_bind()
    url = getattr(bind, "url", None) or bind.engine.url
    return private_dir_for(url)


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


def record(session: Session, actor: str, action: str, entity: str,
           entity_uuid: object | None = None, /, *, person_ref: str | None = None,
           **detail: Any) -> AuditEntry:
    """Append an audit entry inside the caller's transaction.

    The chain is locked before its head is read (see the module text), so two writers never
    chain onto the same parent. After the caller's transaction commits, a signed checkpoint of
    the new head is written outside the database.
    """
    known = session.info.get(_HEAD)  # this transaction already holds the lock and the head
    if known is not None:
        prev_seq, prev_hash = known
    else:
        _lock_chain(session)
        head = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        prev_seq, prev_hash = (head[0], head[1]) if head is not None else (0, GENESIS)
    at = utcnow()
    uuid_text = str(entity_uuid) if entity_uuid is not None else None
    if person_ref is None and uuid_text is not None and entity in _PERSON_ENTITIES:
        person_ref = _person_ref_of(session, entity, uuid_text)
    clean = json.loads(json.dumps(detail, default=str))
    entry = AuditEntry(
        seq=prev_seq + 1, at=at, actor=actor, action=action, entity=entity,
        entity_uuid=uuid_text, detail=clean, prev_hash=prev_hash, person_ref=person_ref,
        hash=_entry_hash(prev_hash, at.isoformat(timespec="microseconds"), actor, action,
                         entity, uuid_text, clean, person_ref),
    )
    session.add(entry)
    session.flush()
    session.info[_PENDING] = (_private_dir(session), entry.seq, entry.hash)
    session.info[_HEAD] = (entry.seq, entry.hash)
    return entry


@event.listens_for(Session, "after_commit")
def _write_pending_checkpoint(session: Session) -> None:
    session.info.pop(_HEAD, None)
    pending = session.info.pop(_PENDING, None)
    if pending is None:
        return
    folder, seq, head = pending
    try:
        write_checkpoint(folder, seq, head)
    except OSError:
        # The commit stands; the next append writes a checkpoint that covers this one too.
        log.warning("audit checkpoint could not be written to %s", folder, exc_info=True)


@event.listens_for(Session, "after_rollback")
def _drop_pending_checkpoint(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_HEAD, None)


@event.listens_for(Session, "after_transaction_end")
def _forget_head_after_savepoint(session: Session, transaction: Any) -> None:
    # A rolled-back savepoint may have removed the entry cached as head: read it again.
    if transaction.nested:
        session.info.pop(_HEAD, None)


# ---------------------------------------------------------------------- person references

PERSON_KEY_FILE = "person-ref.key"


def person_ref_key(folder: Path) -> bytes:
    """The per-installation secret for person references (created 0600 on first use).

    Kept in the database's private folder, never in the database: someone holding only a copy
    of the database cannot test NIKs against the references (16-digit NIKs with a known
    structure are cheap to enumerate with a plain hash).
    """
    path = folder / PERSON_KEY_FILE
    try:
        return bytes.fromhex(path.read_text("ascii").strip())
    except (FileNotFoundError, ValueError):
        pass
    ensure_private_dir(folder)
    tmp = folder / f".{PERSON_KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
    write_private_file(tmp, secrets.token_hex(32).encode("ascii") + b"\n")
    try:
        os.link(tmp, path)  # two processes at once end with the same key
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return bytes.fromhex(path.read_text("ascii").strip())


# Entities whose rows belong to one person: entries about them get that person's reference
# automatically (the services need not pass it).
_PERSON_ENTITIES = ("member", "enrollment", "document")


def _person_ref_of(session: Session, entity: str, uuid_text: str) -> str | None:
    from vokasi_desktop.db.models import DocumentRecord, Enrollment, Member

    try:
        key = uuid_mod.UUID(uuid_text)
    except ValueError:
        return None
    q: Any
    if entity == "member":
        q = select(Member.nik).where(Member.uuid == key)
    elif entity == "enrollment":
        q = select(Member.nik).join(Enrollment, Enrollment.member_id == Member.id).where(
            Enrollment.uuid == key)
    else:
        q = select(Member.nik).join(DocumentRecord, DocumentRecord.member_id == Member.id).where(
            DocumentRecord.uuid == key)
    with session.no_autoflush:
        nik = session.execute(q).scalar_one_or_none()
    return person_ref(session, nik) if nik else None


def person_ref(db_or_session: Database | Session, nik: str) -> str:
    """Keyed hash (HMAC-SHA256, hex) of a NIK: what audit entries about that person carry.

    Pass it as ``record(..., person_ref=person_ref(session, nik))``; the audit viewer finds a
    person's entries by computing the same value from a NIK typed in. The NIK itself is never
    stored in the audit log.
    """
    if isinstance(db_or_session, Database):
        folder = db_or_session.private_dir
    else:
        folder = _private_dir(db_or_session)
    key = person_ref_key(folder)
    return hmac.new(key, nik.strip().encode("ascii", "replace"), hashlib.sha256).hexdigest()


def person_refs(session: Session, niks: Iterable[str]) -> dict[str, str]:
    """:func:`person_ref` of many NIKs at once (the key is read once): NIK -> reference."""
    key = person_ref_key(_private_dir(session))
    return {nik: hmac.new(key, nik.strip().encode("ascii", "replace"),
                          hashlib.sha256).hexdigest() for nik in niks}


# ---------------------------------------------------------------------- key and checkpoints

def _key_path(folder: Path) -> Path:
    return folder / AUDIT_KEY_FILE


def load_or_create_key(folder: Path) -> bytes:
    """The audit HMAC key of this database's private folder, created (0600) on first use.

    Created with a hard link from a complete temporary file, so two processes starting at once
    end up with the same key (the second link fails and it reads the first one's key).
    """
    path = _key_path(folder)
    key = read_key(folder)
    if key is not None:
        return key
    ensure_private_dir(folder)
    tmp = folder / f".{AUDIT_KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
    write_private_file(tmp, secrets.token_hex(32).encode("ascii") + b"\n")
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    key = read_key(folder)
    if key is None:  # pragma: no cover - the file was just created
        raise OSError(f"audit key unreadable: {path}")
    return key


def read_key(folder: Path) -> bytes | None:
    try:
        raw = _key_path(folder).read_text("ascii").strip()
    except FileNotFoundError:
        return None
    try:
        return bytes.fromhex(raw)
    except ValueError:
        return None


def _mac(key: bytes, seq: int, head: str, at: str, origin: str) -> str:
    msg = f"VKA1|{seq}|{head}|{at}|{origin}".encode()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def write_checkpoint(folder: Path, seq: int, head: str) -> None:
    """Append one signed checkpoint line (O_APPEND, fsync); compact a large file."""
    key = load_or_create_key(folder)
    at = utcnow().isoformat(timespec="seconds")
    origin = f"{socket.gethostname()[:40]}:{os.getpid()}"
    line = json.dumps({"seq": seq, "hash": head, "at": at, "origin": origin,
                       "mac": _mac(key, seq, head, at, origin)}, separators=(",", ":"))
    path = folder / CHECKPOINT_FILE
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (line + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):
        if path.stat().st_size > _COMPACT_BYTES:
            _compact(folder, key)


def _compact(folder: Path, key: bytes) -> None:
    """Keep the newest valid checkpoint and a sample of older ones (best effort).

    A checkpoint another process appends while this runs may be lost; that only narrows what
    is vouched for, it never raises a false alarm.
    """
    checkpoints, bad = read_checkpoints(folder, key)
    if bad:
        return  # keep the evidence
    keep = sorted(checkpoints.items())
    sample = keep[:: max(1, len(keep) // 200)] + keep[-20:]
    lines = []
    for seq, cp in sorted(dict(sample).items()):
        lines.append(json.dumps({"seq": seq, **cp}, separators=(",", ":")))
    write_private_file(folder / CHECKPOINT_FILE, ("\n".join(lines) + "\n").encode("ascii"))


def read_checkpoints(folder: Path, key: bytes | None) -> tuple[dict[int, dict[str, Any]], list[int]]:
    """Valid checkpoints by seq, and the line numbers of lines that fail their MAC.

    Two valid checkpoints with the same seq but different hashes are both kept as "bad" lines
    (a fork or a replaced chain).
    """
    path = folder / CHECKPOINT_FILE
    out: dict[int, dict[str, Any]] = {}
    bad: list[int] = []
    try:
        raw_lines = path.read_text("ascii", errors="replace").splitlines()
    except FileNotFoundError:
        return out, bad
    for number, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            continue
        try:
            cp = json.loads(raw)
            seq, head, at, origin, mac = (int(cp["seq"]), str(cp["hash"]), str(cp["at"]),
                                          str(cp["origin"]), str(cp["mac"]))
        except (ValueError, KeyError, TypeError):
            bad.append(number)
            continue
        if key is None or not hmac.compare_digest(mac, _mac(key, seq, head, at, origin)):
            bad.append(number)
            continue
        previous = out.get(seq)
        if previous is not None and previous["hash"] != head:
            bad.append(number)
            continue
        out[seq] = {"hash": head, "at": at, "origin": origin, "mac": mac}
    return out, bad


# ---------------------------------------------------------------------------- verification

PROBLEMS = ("edited", "deleted", "reordered", "sequence", "rehashed", "truncated",
            "checkpoint_invalid", "key_missing", "unanchored")


@dataclass(frozen=True)
class ChainReport:
    """Result of :func:`verify_chain`.

    Attributes:
        count: entries checked (all of them when intact).
        head: hash of the last good entry.
        broken_at: id of the first bad entry (``None`` when intact or when the problem is not
            one row, e.g. a truncated tail).
        problem: one of :data:`PROBLEMS`, ``None`` when intact.
        message: one Indonesian sentence saying where and what.
        checkpoint_seq: the newest signed checkpoint's position (0 when none).
    """

    count: int
    head: str
    broken_at: int | None
    problem: str | None = None
    message: str = ""
    checkpoint_seq: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None


def _link_problem(session: Session, entry: AuditEntry) -> tuple[str, str]:
    found = session.execute(
        select(AuditEntry.id).where(AuditEntry.hash == entry.prev_hash)
    ).scalar_one_or_none()
    if found is not None:
        return "reordered", (
            f"Urutan log audit diubah: entri #{entry.id} tidak menyambung ke entri sebelumnya "
            f"(rantainya menunjuk entri #{found})."
        )
    return "deleted", (
        f"Entri log audit sebelum entri #{entry.id} dihapus atau diganti: rantai terputus di "
        f"entri #{entry.id}."
    )


def verify_chain(session: Session, private_dir: Path | None = None) -> ChainReport:
    """Check the whole chain and the signed checkpoints; report the first problem found.

    ``private_dir`` defaults to the folder of the session's database.
    """
    folder = private_dir or _private_dir(session)
    key = read_key(folder)
    checkpoints, bad_lines = read_checkpoints(folder, key)
    has_file = (folder / CHECKPOINT_FILE).exists()
    newest = max(checkpoints, default=0)

    prev_hash = GENESIS
    count = 0
    stmt = select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000)
    for entry in session.execute(stmt).scalars():
        if entry.prev_hash != prev_hash:
            problem, message = _link_problem(session, entry)
            return ChainReport(count, prev_hash, entry.id, problem, message, newest)
        expected = _entry_hash(prev_hash, entry.at.isoformat(timespec="microseconds"),
                               entry.actor, entry.action, entry.entity, entry.entity_uuid,
                               entry.detail, entry.person_ref)
        if entry.hash != expected:
            return ChainReport(count, prev_hash, entry.id, "edited",
                               f"Isi entri log audit #{entry.id} ({entry.action}) diubah: "
                               "hash-nya tidak cocok dengan isinya.", newest)
        count += 1
        if entry.seq != count:
            return ChainReport(count - 1, prev_hash, entry.id, "sequence",
                               f"Nomor urut entri log audit #{entry.id} ({entry.seq}) tidak "
                               f"sesuai posisinya ({count}): ada entri yang dihapus atau "
                               "disisipkan.", newest)
        cp = checkpoints.get(count)
        if cp is not None and cp["hash"] != entry.hash:
            return ChainReport(count - 1, prev_hash, entry.id, "rehashed",
                               f"Entri log audit ke-{count} (#{entry.id}) tidak cocok dengan "
                               f"checkpoint bertanda tangan ({cp['at']}): rantai dihitung ulang "
                               "atau diganti.", newest)
        prev_hash = entry.hash

    if bad_lines:
        return ChainReport(count, prev_hash, None, "checkpoint_invalid",
                           f"Berkas checkpoint audit memuat {len(bad_lines)} baris yang tanda "
                           f"tangannya tidak sah (baris {', '.join(map(str, bad_lines[:5]))}): "
                           "berkas itu diubah, atau kunci audit diganti.", newest)
    if newest > count:
        return ChainReport(count, prev_hash, None, "truncated",
                           f"Log audit terpotong: tabel hanya berisi {count} entri, padahal "
                           f"checkpoint bertanda tangan ({checkpoints[newest]['at']}) mencatat "
                           f"{newest} entri. Entri terakhir dihapus.", newest)
    if count and key is None:
        return ChainReport(count, prev_hash, None, "key_missing" if has_file else "unanchored",
                           "Kunci audit tidak ada di folder privat " + str(folder) + ": "
                           "pemotongan atau penghitungan ulang log audit tidak dapat diperiksa. "
                           "Pulihkan folder privat dari cadangan.", newest)
    if count and not checkpoints:
        return ChainReport(count, prev_hash, None, "unanchored",
                           "Belum ada checkpoint bertanda tangan untuk log audit ini: "
                           "pemotongan atau penghitungan ulang tidak dapat diperiksa.", newest)
    return ChainReport(count, prev_hash, None, None,
                       f"Log audit utuh: {count} entri, checkpoint terakhir pada entri ke-"
                       f"{newest}.", newest)


def verify(db: Database) -> ChainReport:
    """:func:`verify_chain` in a read session of ``db``."""
    with db.read() as session:
        return verify_chain(session, db.private_dir)


def anchor(db: Database) -> bool:
    """First start with this feature: sign the current head when the folder has no audit key.

    Returns True when an anchor was written. A folder that already has a key is never
    re-anchored (that would hide a truncation).
    """
    folder = db.private_dir
    if read_key(folder) is not None:
        return False
    with db.read() as session:
        head = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
    load_or_create_key(folder)
    if head is not None:
        write_checkpoint(folder, head[0], head[1])
    return True


def checkpoint_head(db: Database) -> None:
    """Write a signed checkpoint for the current head.

    For entries committed through a Core connection rather than an ORM ``Session.commit()``
    (whose hook writes checkpoints), e.g. the demo's single bulk transaction.
    """
    with db.read() as session:
        head = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
    if head is not None:
        write_checkpoint(db.private_dir, head[0], head[1])


def startup_check(db: Database) -> ChainReport:
    """The check run when the app starts: anchor an old chain once, then verify everything.

    Callers show ``message`` to an administrator when ``ok`` is False.
    """
    try:
        anchor(db)
    except OSError:
        log.warning("audit anchor could not be written", exc_info=True)
    return verify(db)
