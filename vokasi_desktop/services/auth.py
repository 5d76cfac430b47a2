"""Users, argon2id password hashes, login with lockout."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import ROLES, User
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.services import audit
from vokasi_desktop.services.errors import AuthError, ConflictError, ValidationError
from vokasi_desktop.services.text_input import text_field

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{2,63}$")

_hasher = PasswordHasher()  # argon2id, 64 MiB, t=3 (~0.25 s here: fine for a login)
# A dummy hash so an unknown username costs as much time as a wrong password. Stored, not
# computed at import (that cost ~0.25 s before the login window could paint); a test checks
# it carries the hasher's current parameters, so verifying it costs the same as a real one.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$1nLnxUrmOWzSNVQSjnDYzA$uZSSWII+m/bVd26LEi1w0etDpM5zocjabAya5NDTkxw"
)

ROLE_LABELS = {"admin": "Administrator", "supervisor": "Supervisor", "clerk": "Petugas Loket"}


@dataclass(frozen=True)
class UserInfo:
    """A logged-in or listed user (never carries the hash)."""

    id: int
    username: str
    full_name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password_short",
            f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter.",
            "password",
        )


def create_user(session: Session, username: str, full_name: str, role: str, password: str,
                *, actor: str = "system") -> UserInfo:
    """Create a user inside the caller's transaction."""
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "username_invalid",
            "Nama pengguna 3-64 karakter: huruf kecil, angka, titik, garis bawah atau tanda "
            "hubung, diawali huruf.",
            "username",
        )
    if role not in ROLES:
        raise ValidationError("role_invalid", f"Peran tidak dikenal: {role}.", "role")
    if not full_name.strip():
        raise ValidationError("full_name_empty", "Nama lengkap wajib diisi.", "full_name")
    full_name = text_field(full_name, "Nama lengkap", "full_name", max_len=200, min_len=1)
    validate_password(password)
    if session.execute(select(User.id).where(User.username == username)).first():
        raise ConflictError("username_taken", f"Nama pengguna {username!r} sudah dipakai.")
    user = User(username=username, full_name=full_name.strip(), role=role,
                password_hash=hash_password(password))
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", "user", None, username=username, role=role)
    return UserInfo(user.id, user.username, user.full_name, user.role)


def authenticate(db: Database, username: str, password: str) -> UserInfo:
    """Check a login; lock the account for a while after repeated failures.

    Raises AuthError with a message that does not reveal whether the username exists.
    """
    username = username.strip().lower()
    with db.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        now = utcnow()
        if user is None or not user.active:
            with contextlib.suppress(VerificationError):
                _hasher.verify(_DUMMY_HASH, password + "x")
            # An unknown name may be a password typed into the wrong field: never recorded.
            if user is None:
                audit.record(session, "-", "user.login_failed", "user", None,
                             reason="unknown_user")
            else:
                audit.record(session, username, "user.login_failed", "user", None,
                             reason="inactive")
            session.commit()
            raise AuthError("login_failed", "Nama pengguna atau kata sandi salah.")
        if user.locked_until is not None and user.locked_until > now:
            audit.record(session, username, "user.login_failed", "user", None, reason="locked")
            session.commit()
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AuthError(
                "login_locked",
                f"Akun dikunci sementara karena terlalu banyak percobaan gagal. "
                f"Coba lagi dalam {minutes} menit atau hubungi administrator.",
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            user.failed_attempts += 1
            audit.record(session, username, "user.login_failed", "user", None,
                         reason="wrong_password", attempt=user.failed_attempts)
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = now + LOCKOUT
                user.failed_attempts = 0
                audit.record(session, username, "user.locked", "user", None)
            session.commit()
            raise AuthError("login_failed", "Nama pengguna atau kata sandi salah.") from None
        user.failed_attempts = 0
        user.locked_until = None
        user.last_login_at = now
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        audit.record(session, username, "user.login", "user", None)
        return UserInfo(user.id, user.username, user.full_name, user.role)


def verify_supervisor(db: Database, username: str, password: str) -> UserInfo:
    """Authenticate a supervisor (or admin) approving an override at the counter."""
    info = authenticate(db, username, password)
    if not info.is_supervisor:
        raise AuthError(
            "not_supervisor", f"Pengguna {info.username} bukan supervisor; persetujuan ditolak."
        )
    return info


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as session:
        rows = session.execute(select(User).order_by(User.username)).scalars()
        return [UserInfo(u.id, u.username, u.full_name, u.role) for u in rows]
