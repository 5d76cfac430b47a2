"""User management (administrator) and a user's own password.

Every function that changes a user takes the acting :class:`Principal`, checks
``Action.USER_MANAGE`` with ``services.access.authorize`` before its write transaction (except
:func:`change_own_password` and :func:`verify_own_password`, which act on the principal's own
account), does the whole change in one transaction and audits it with ids, usernames and role
codes only: never a password or a hash.

Rules:
- passwords: at least ``auth.MIN_PASSWORD_LENGTH`` characters, not the username and not
  containing it (case-insensitive); hashed with argon2id through ``auth.hash_password``;
- the last active administrator can be neither disabled nor given another role (the active
  admin rows are locked first, so two administrators demoting each other at once on
  PostgreSQL cannot both succeed);
- an administrator's reset sets ``must_change_password``: the next login asks for a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import User
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain.access import ROLE_CODES, ROLE_LABELS_ID, Action, Principal, Role
from vokasi_desktop.services import audit, auth
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import AuthError, ConflictError, NotFoundError, ValidationError

__all__ = [
    "UserRow", "change_own_password", "check_password_policy", "count_active_admins",
    "create_user", "disable_user",
    "enable_user", "list_users", "must_change_password", "reset_password", "set_role",
    "unlock_user", "verify_own_password",
]

_verifier = PasswordHasher()  # verify() reads the parameters from the stored hash


@dataclass(frozen=True)
class UserRow:
    """One line of the user list (never the hash)."""

    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked: bool
    last_login_at: datetime | None
    must_change_password: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS_ID.get(self.role, self.role)


def check_password_policy(username: str, password: str) -> None:
    """Raise ValidationError unless ``password`` is acceptable for ``username``."""
    auth.validate_password(password)
    name = username.strip().lower()
    if name and name in password.lower():
        raise ValidationError(
            "password_contains_username",
            "Kata sandi tidak boleh sama dengan atau memuat nama pengguna.",
            "password",
        )


def _row(user: User, now: datetime) -> UserRow:
    locked = user.locked_until is not None and user.locked_until > now
    return UserRow(user.id, user.username, user.full_name, user.role, bool(user.active), locked,
                   user.last_login_at, bool(user.must_change_password))


def list_users(db: Database, principal: Principal) -> list[UserRow]:
    """All users, ordered by username, with their last login."""
    authorize(db, principal, Action.USER_MANAGE)
    now = utcnow()
    with db.read() as session:
        users = session.execute(select(User).order_by(User.username)).scalars()
        return [_row(u, now) for u in users]


def _get(session: Session, username: str) -> User:
    name = username.strip().lower()
    user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
    if user is None:
        raise NotFoundError("user_not_found", f"Pengguna {name!r} tidak ditemukan.")
    return user


def _check_role(role: str) -> str:
    if role not in ROLE_CODES:
        raise ValidationError("role_invalid", f"Peran tidak dikenal: {role}.", "role")
    return role


def _guard_last_admin(session: Session, user: User) -> None:
    """Refuse when ``user`` is the only active administrator (admin rows locked first)."""
    if user.role != Role.ADMIN or not user.active:
        return
    admins = session.execute(
        select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True))
        .order_by(User.id).with_for_update()
    ).scalars().all()
    if [i for i in admins if i != user.id]:
        return
    raise ConflictError(
        "last_admin",
        "Ini administrator aktif terakhir: buat atau aktifkan administrator lain terlebih dahulu.",
    )


def create_user(db: Database, principal: Principal, username: str, full_name: str, role: str,
                password: str, *, must_change: bool = True) -> UserRow:
    """Create a user; by default the first login must choose a new password."""
    authorize(db, principal, Action.USER_MANAGE)
    _check_role(role)
    check_password_policy(username, password)
    with db.write() as session:
        info = auth.create_user(session, username, full_name, role, password,
                                actor=principal.username)
        user = session.get(User, info.id)
        assert user is not None
        user.must_change_password = must_change
        session.flush()
        return _row(user, utcnow())


def _set_active(db: Database, principal: Principal, username: str, active: bool) -> UserRow:
    """Disable or enable a user (one transaction; audited only when the state changes)."""
    authorize(db, principal, Action.USER_MANAGE)
    with db.write() as session:
        user = _get(session, username)
        if not active:
            if user.id == principal.user_id:
                raise ConflictError("disable_self", "Anda tidak dapat menonaktifkan akun sendiri.")
            _guard_last_admin(session, user)
        if bool(user.active) != active:
            user.active = active
            audit.record(session, principal.username,
                         "user.enable" if active else "user.disable", "user", None,
                         user_id=user.id, username=user.username)
        return _row(user, utcnow())


def disable_user(db: Database, principal: Principal, username: str) -> UserRow:
    return _set_active(db, principal, username, False)


def enable_user(db: Database, principal: Principal, username: str) -> UserRow:
    return _set_active(db, principal, username, True)


def unlock_user(db: Database, principal: Principal, username: str) -> UserRow:
    """Lift a lockout after failed logins."""
    authorize(db, principal, Action.USER_MANAGE)
    with db.write() as session:
        user = _get(session, username)
        user.locked_until = None
        user.failed_attempts = 0
        audit.record(session, principal.username, "user.unlock", "user", None,
                     user_id=user.id, username=user.username)
        return _row(user, utcnow())


def reset_password(db: Database, principal: Principal, username: str,
                   new_password: str) -> UserRow:
    """Set a temporary password; the user must change it at the next login."""
    authorize(db, principal, Action.USER_MANAGE)
    with db.write() as session:
        user = _get(session, username)
        check_password_policy(user.username, new_password)
        user.password_hash = auth.hash_password(new_password)
        user.must_change_password = True
        user.locked_until = None
        user.failed_attempts = 0
        audit.record(session, principal.username, "user.password_reset", "user", None,
                     user_id=user.id, username=user.username)
        return _row(user, utcnow())


def set_role(db: Database, principal: Principal, username: str, role: str) -> UserRow:
    authorize(db, principal, Action.USER_MANAGE)
    _check_role(role)
    with db.write() as session:
        user = _get(session, username)
        if user.role == role:
            return _row(user, utcnow())
        if user.role == Role.ADMIN:
            _guard_last_admin(session, user)
        old = user.role
        user.role = role
        audit.record(session, principal.username, "user.role_change", "user", None,
                     user_id=user.id, username=user.username, old_role=old, new_role=role)
        return _row(user, utcnow())


def _password_matches(stored_hash: str, password: str) -> bool:
    try:
        return bool(_verifier.verify(stored_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _failed(session: Session, user: User, action: str) -> None:
    user.failed_attempts += 1
    audit.record(session, user.username, action, "user", None, user_id=user.id,
                 attempt=user.failed_attempts)
    if user.failed_attempts >= auth.MAX_FAILED_ATTEMPTS:
        user.locked_until = utcnow() + auth.LOCKOUT
        user.failed_attempts = 0
        audit.record(session, user.username, "user.locked", "user", None, user_id=user.id)


def change_own_password(db: Database, principal: Principal, old_password: str,
                        new_password: str) -> None:
    """The logged-in user changes their own password (the old one is required)."""
    with db.write() as session:
        user = session.get(User, principal.user_id)
        if user is None or not user.active:
            raise AuthError("login_failed", "Akun tidak aktif atau tidak ditemukan.")
        if not _password_matches(user.password_hash, old_password):
            _failed(session, user, "user.password_change_failed")
            session.commit()
            raise AuthError("old_password_wrong", "Kata sandi lama salah.")
        check_password_policy(user.username, new_password)
        if old_password == new_password:
            raise ValidationError("password_unchanged",
                                  "Kata sandi baru harus berbeda dari kata sandi lama.",
                                  "password")
        user.password_hash = auth.hash_password(new_password)
        user.must_change_password = False
        audit.record(session, principal.username, "user.password_change", "user", None,
                     user_id=user.id)


def must_change_password(db: Database, user_id: int) -> bool:
    """True when an administrator's reset requires this user to choose a new password."""
    with db.read() as session:
        value = session.execute(
            select(User.must_change_password).where(User.id == user_id)
        ).scalar_one_or_none()
        return bool(value)


def verify_own_password(db: Database, principal: Principal, password: str) -> None:
    """Check the principal's own password to lift the idle lock.

    A failure is audited (``session.unlock_failed``) and counts towards the same lockout as a
    failed login; a locked or disabled account cannot unlock (AuthError either way).
    """
    with db.write() as session:
        user = session.get(User, principal.user_id)
        now = utcnow()
        if user is None or not user.active:
            raise AuthError("login_failed", "Akun tidak aktif atau tidak ditemukan.")
        if user.locked_until is not None and user.locked_until > now:
            audit.record(session, user.username, "session.unlock_failed", "user", None,
                         user_id=user.id, reason="locked")
            session.commit()
            raise AuthError("login_locked",
                            "Akun dikunci sementara karena terlalu banyak percobaan gagal. "
                            "Hubungi administrator atau coba lagi nanti.")
        if not _password_matches(user.password_hash, password):
            _failed(session, user, "session.unlock_failed")
            session.commit()
            raise AuthError("login_failed", "Kata sandi salah.")
        user.failed_attempts = 0
        audit.record(session, user.username, "session.unlock", "user", None, user_id=user.id)
    # The password proved the user is at the counter: the session counts as used now.
    auth.touch_session(db, principal, now=now)


def count_active_admins(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(
            select(func.count(User.id)).where(User.role == Role.ADMIN.value,
                                              User.active.is_(True))
        ).scalar_one())
