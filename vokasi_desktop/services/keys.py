"""Branch signing keys: encrypted key files outside the database, unlocking, rotation, revocation.

The private half of a branch key never lives in the database. It is a PKCS#8 PEM file
``signing-<key_id>.pem`` (mode 0600) in ``Database.private_dir``, sealed with a passphrase
chosen by the administrator (scrypt N=2^17, r=8, p=1 -> AES-256-GCM over the PKCS#8 PEM) or,
only when explicitly chosen, stored without encryption (then anyone who can read that
folder can sign documents). The database keeps the public keys (``BranchKey``), which key is
active and which were revoked, so every counter and office can verify.

Unlocking happens once per process: the decrypted key stays in this module's memory until the
process exits (:func:`unlock`, or a passphrase provider registered by the CLI). Nothing here
asks a person: the GUI shows a dialog when a :class:`~vokasi_desktop.services.errors.ServiceError`
with code ``key_locked`` comes back, then calls :func:`unlock`.

A PostgreSQL branch with several counters must give every counter the same private folder
(``VOKASI_DATA_DIR`` pointing at a shared folder), or only the counter holding the file can
sign. The OS keyring is not used (no keyring backend on the branch machines).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vokasi_desktop.db.branch import local_code
from vokasi_desktop.db.engine import Database, private_dir_for, write_private_file
from vokasi_desktop.db.models import BranchKey
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import NotFoundError, ServiceError, ValidationError

MIN_PASSPHRASE = 8
SCRYPT_N = 2**17  # OWASP's scrypt setting (N=2^17, r=8, p=1): 128 MiB, ~0.3 s per try
_SCRYPT_MAXMEM = 256 * 1024 * 1024
_SEAL_TAG = b"vokasi-desktop branch signing key v1"
_ENCRYPTED_MARK = b"-----BEGIN VOKASI ENCRYPTED PRIVATE KEY-----"
_ENCRYPTED_END = b"-----END VOKASI ENCRYPTED PRIVATE KEY-----"

_lock = threading.Lock()
_unlocked: dict[tuple[str, str], bytes] = {}  # (private folder, key id) -> unencrypted PEM
PassphraseProvider = Callable[[str], str | None]
_provider: PassphraseProvider | None = None


@dataclass(frozen=True)
class KeyInfo:
    """One signing key as listed to an administrator."""

    key_id: str
    branch_code: str
    active: bool
    created_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None
    has_private: bool  # this machine holds the key file
    encrypted: bool | None  # None when there is no key file here


def key_path(private_dir: Path, key_id: str) -> Path:
    return private_dir / f"signing-{key_id}.pem"


def _folder(session: Session) -> Path:
    bind = session.get_bind()
    return private_dir_for(getattr(bind, "url", None) or bind.engine.url)


def set_passphrase_provider(provider: PassphraseProvider | None) -> None:
    """Register a function asked for the passphrase of a locked key (CLI: env, stdin, prompt).

    It receives the key id and returns the passphrase, or None when it has none.
    """
    global _provider
    _provider = provider


def forget_unlocked() -> None:
    """Drop every unlocked key from memory (tests; a future "lock now" action)."""
    with _lock:
        _unlocked.clear()


def validate_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("key_passphrase_short",
                              f"Frasa sandi kunci minimal {MIN_PASSPHRASE} karakter.",
                              "passphrase", {"low": MIN_PASSPHRASE})


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=_SCRYPT_MAXMEM)


def _serialise(private_pem: bytes, passphrase: str | None) -> bytes:
    """The key file's bytes: PKCS#8 PEM, sealed with scrypt + AES-256-GCM under a passphrase.

    (cryptography's ``BestAvailableEncryption`` for PKCS#8 uses PBKDF2 with 2,048 rounds here:
    about 0.4 ms per guess, too cheap against a stolen file; scrypt N=2^17 costs ~0.3 s.)
    """
    plain = _plain_pem(_load(private_pem, None))
    if not passphrase:
        return plain
    salt, nonce = os.urandom(16), os.urandom(12)
    n, r, p = SCRYPT_N, 8, 1
    sealed = AESGCM(_kdf(passphrase, salt, n, r, p)).encrypt(nonce, plain, _SEAL_TAG)
    body = json.dumps({"kdf": "scrypt", "n": n, "r": r, "p": p, "salt": salt.hex(),
                       "nonce": nonce.hex(), "aead": "AES-256-GCM",
                       "data": base64.b64encode(sealed).decode("ascii")}, indent=1)
    return _ENCRYPTED_MARK + b"\n" + body.encode("ascii") + b"\n" + _ENCRYPTED_END + b"\n"


def _load(data: bytes, passphrase: str | None) -> Ed25519PrivateKey:
    if data.lstrip().startswith(_ENCRYPTED_MARK):
        if not passphrase:
            raise ValueError("passphrase needed")
        try:
            body = json.loads(data.strip()[len(_ENCRYPTED_MARK):-len(_ENCRYPTED_END)])
            key = _kdf(passphrase, bytes.fromhex(body["salt"]), int(body["n"]), int(body["r"]),
                       int(body["p"]))
            data = AESGCM(key).decrypt(bytes.fromhex(body["nonce"]),
                                       base64.b64decode(body["data"]), _SEAL_TAG)
        except (InvalidTag, KeyError, TypeError, ValueError):
            raise ValueError("wrong passphrase or damaged key file") from None
        passphrase = None
    loaded = serialization.load_pem_private_key(
        data, password=passphrase.encode("utf-8") if passphrase else None)
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 key")
    return loaded


def _plain_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def create_key(session: Session, branch_code: str, passphrase: str | None) -> str:
    """Generate a new branch key, write its key file, register it as the only active key.

    The file is written before the caller commits: if the commit never comes the file is an
    unused orphan, harmless; the reverse order could leave an active key without a file.
    ``passphrase=None`` stores the key unencrypted (an explicit choice of the caller).
    """
    from vokasi_desktop.documents.signing import generate_keypair, key_id

    if passphrase is not None:
        validate_passphrase(passphrase)
    private_pem, public_raw = generate_keypair()
    kid = key_id(public_raw)
    folder = _folder(session)
    write_private_file(key_path(folder, kid), _serialise(private_pem, passphrase))
    session.execute(update(BranchKey).where(BranchKey.branch_code == branch_code,
                                            BranchKey.active.is_(True)).values(active=False))
    session.add(BranchKey(branch_code=branch_code, key_id=kid, public_key=public_raw,
                          private_key=None, active=True))
    session.flush()
    with _lock:
        _unlocked[(str(folder), kid)] = private_pem
    return kid


def ensure_branch_key(session: Session, branch_code: str, passphrase: str | None) -> str | None:
    """Create the branch's first key unless it already has an active one; the new key id."""
    exists = session.execute(select(BranchKey.id).where(
        BranchKey.branch_code == branch_code, BranchKey.active.is_(True),
        BranchKey.revoked_at.is_(None))).first()
    if exists:
        return None
    return create_key(session, branch_code, passphrase)


def _active_row(session: Session, branch_code: str) -> BranchKey:
    row = session.execute(select(BranchKey).where(
        BranchKey.branch_code == branch_code, BranchKey.active.is_(True),
        BranchKey.revoked_at.is_(None)).order_by(BranchKey.id.desc()).limit(1)
    ).scalar_one_or_none()
    if row is None:
        raise ServiceError("key_missing", "Kantor ini belum memiliki kunci tanda tangan aktif; "
                           "jalankan 'vokasi-desktop key rotate' (atau init).")
    return row


def _read_key_file(folder: Path, kid: str) -> bytes:
    path = key_path(folder, kid)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(
            "key_file_missing",
            f"Berkas kunci tanda tangan {kid} tidak ada di {folder}. Pada kantor dengan "
            "beberapa loket, semua loket harus memakai folder data bersama (VOKASI_DATA_DIR); "
            "atau pulihkan folder privat dari cadangan.") from None


def _decrypt(folder: Path, kid: str, passphrase: str | None) -> bytes:
    data = _read_key_file(folder, kid)
    if _ENCRYPTED_MARK in data and not passphrase:
        raise ServiceError("key_locked", f"Kunci tanda tangan {kid} terkunci: masukkan frasa "
                           "sandi kunci untuk menandatangani dokumen.")
    try:
        key = _load(data, passphrase if _ENCRYPTED_MARK in data else None)
    except (ValueError, TypeError):
        if _ENCRYPTED_MARK in data:
            raise ValidationError("key_passphrase_wrong",
                                  "Frasa sandi kunci tanda tangan salah.", "passphrase") from None
        raise ServiceError("key_file_invalid",
                           f"Berkas kunci tanda tangan {kid} rusak atau bukan kunci Ed25519."
                           ) from None
    return _plain_pem(key)


def private_key_pem(session: Session, branch_code: str) -> bytes:
    """The active key's private PEM (unencrypted, in memory only) for signing.

    Raises ServiceError ``key_locked`` when the key file is encrypted, not unlocked in this
    process yet and no passphrase provider gives a passphrase.
    """
    row = _active_row(session, branch_code)
    folder = _folder(session)
    cache_key = (str(folder), row.key_id)
    with _lock:
        cached = _unlocked.get(cache_key)
    if cached is not None:
        return cached
    passphrase = None
    data = _read_key_file(folder, row.key_id)
    if _ENCRYPTED_MARK in data and _provider is not None:
        passphrase = _provider(row.key_id)
    pem = _decrypt(folder, row.key_id, passphrase)
    with _lock:
        _unlocked[cache_key] = pem
    return pem


def _local_code(session: Session) -> str:
    code = local_code(session)
    if code is None:
        raise NotFoundError("branch_missing",
                            "Profil kantor belum diisi. Jalankan 'vokasi-desktop init'.")
    return code


def is_locked(db: Database) -> bool:
    """True when signing would need a passphrase first (GUI: ask before issuing)."""
    with db.read() as session:
        try:
            row = _active_row(session, _local_code(session))
        except ServiceError:
            return False
        folder = db.private_dir
        with _lock:
            if (str(folder), row.key_id) in _unlocked:
                return False
        path = key_path(folder, row.key_id)
        return path.is_file() and _ENCRYPTED_MARK in path.read_bytes()


def unlock(db: Database, passphrase: str) -> str:
    """Decrypt the active key with ``passphrase`` and keep it in memory; its key id."""
    with db.read() as session:
        row = _active_row(session, _local_code(session))
        folder = db.private_dir
        pem = _decrypt(folder, row.key_id, passphrase)
        with _lock:
            _unlocked[(str(folder), row.key_id)] = pem
        return row.key_id


def verification_keys(session: Session) -> tuple[dict[str, bytes], dict[str, str]]:
    """Every known public key (revoked ones too) and the revoked ones with their reasons."""
    public: dict[str, bytes] = {}
    revoked: dict[str, str] = {}
    for kid, pub, revoked_at, reason in session.execute(select(
            BranchKey.key_id, BranchKey.public_key, BranchKey.revoked_at,
            BranchKey.revoked_reason)).all():
        public[kid] = pub
        if revoked_at is not None:
            revoked[kid] = reason or ""
    return public, revoked


def list_keys(db: Database) -> list[KeyInfo]:
    folder = db.private_dir
    out: list[KeyInfo] = []
    with db.read() as session:
        for k in session.execute(select(BranchKey).order_by(BranchKey.id)).scalars():
            path = key_path(folder, k.key_id)
            has = path.is_file()
            out.append(KeyInfo(k.key_id, k.branch_code, k.active, k.created_at, k.revoked_at,
                               k.revoked_reason, has,
                               (_ENCRYPTED_MARK in path.read_bytes()) if has else None))
    return out


def rotate(db: Database, passphrase: str | None, *, principal: Principal) -> str:
    """A new key signs from now on; older public keys keep verifying. The new key id."""
    authorize(db, principal, Action.KEY_MANAGE)
    actor = principal.username
    with db.write() as session:
        code = _local_code(session)
        old = session.execute(select(BranchKey.key_id).where(
            BranchKey.branch_code == code, BranchKey.active.is_(True))).scalars().all()
        kid = create_key(session, code, passphrase)
        audit.record(session, actor, "key.rotate", "branch_key", None, key_id=kid,
                     previous=list(old), encrypted=passphrase is not None)
        return kid


def revoke(db: Database, key_id: str, reason: str, *, principal: Principal) -> KeyInfo:
    """Mark a key revoked: its signatures verify as "kunci dicabut" from now on."""
    authorize(db, principal, Action.KEY_MANAGE)
    actor = principal.username
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason_empty", "Alasan pencabutan kunci wajib diisi.", "reason")
    with db.write() as session:
        row = session.execute(
            select(BranchKey).where(BranchKey.key_id == key_id.strip().lower()).with_for_update()
        ).scalar_one_or_none()
        if row is None:
            raise NotFoundError("key_unknown", f"Kunci {key_id} tidak dikenal.")
        if row.revoked_at is not None:
            raise ValidationError("key_already_revoked", f"Kunci {row.key_id} sudah dicabut.")
        row.revoked_at = utcnow()
        row.revoked_reason = reason[:500]
        row.active = False
        audit.record(session, actor, "key.revoke", "branch_key", None, key_id=row.key_id,
                     reason=reason[:200])
        info = KeyInfo(row.key_id, row.branch_code, row.active, row.created_at, row.revoked_at,
                       row.revoked_reason, False, None)
    with _lock:
        _unlocked.pop((str(db.private_dir), info.key_id), None)
    return info


def change_passphrase(db: Database, old: str | None, new: str | None, *, principal: Principal) -> str:
    """Re-encrypt the active key file (``new=None``: store it unencrypted, explicitly)."""
    authorize(db, principal, Action.KEY_MANAGE)
    actor = principal.username
    if new is not None:
        validate_passphrase(new)
    with db.write() as session:
        row = _active_row(session, _local_code(session))
        folder = db.private_dir
        pem = _decrypt(folder, row.key_id, old)
        write_private_file(key_path(folder, row.key_id), _serialise(pem, new))
        audit.record(session, actor, "key.passphrase", "branch_key", None, key_id=row.key_id,
                     encrypted=new is not None)
        return row.key_id


def migrate_legacy_keys(db: Database) -> list[str]:
    """Move private keys still stored in the database into key files, then clear the column.

    Run at start (CLI and GUI). The file is written (fsync, rename) before the column is
    cleared in a committed transaction, so a power cut in between only repeats the move. The
    moved key is stored unencrypted (no one was asked for a passphrase at start): an
    administrator encrypts it with ``vokasi-desktop key passphrase``. The public key stays, so
    documents signed before keep verifying.
    """
    with db.read() as session:
        legacy = session.execute(select(BranchKey.key_id, BranchKey.private_key).where(
            BranchKey.private_key.is_not(None))).all()
    if not legacy:
        return []
    folder = db.private_dir
    moved: list[str] = []
    for kid, pem in legacy:
        if pem is None:  # excluded by the query; narrows the type
            continue
        path = key_path(folder, kid)
        if not path.is_file():
            write_private_file(path, _serialise(bytes(pem), None))
        moved.append(kid)
    with db.write() as session:
        session.execute(update(BranchKey).where(BranchKey.key_id.in_(moved))
                        .values(private_key=None))
        audit.record(session, "system", "key.moved_out_of_database", "branch_key", None,
                     key_ids=moved)
    return moved


def startup(db: Database) -> list[str]:
    """Start-up duties of this module (after migrating): move legacy keys out of the table."""
    return migrate_legacy_keys(db)
