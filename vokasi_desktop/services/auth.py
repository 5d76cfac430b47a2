"""Users, argon2id password hashes, login sessions (Principal) with lockout, override approval."""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import ROLES, LoginSession, User
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import PERMISSIONS, Action, Principal, Role
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

ROLE_LABELS = vocabulary.ROLES.labels()
GENERIC_FAILURE = "Nama pengguna atau kata sandi salah, atau akun sedang dikunci."
SESSION_SOURCES = ("gui", "cli")
# Every refused login or approval answers no sooner than this after it began: unknown user,
# wrong password and locked account then take the same time by construction, not only about
# the same work (their database writes differ a little, and a busy disk made that visible).
# It also slows password guessing. A refusal takes about 0.15-0.25 s of real work here.
FAILURE_FLOOR_SECONDS = 0.4
# A login session unused for longer than this is expired: ``authorize`` refuses it and the
# next start ends it. 12 hours covers a full counter day with the screen locked over lunch
# (the idle lock is minutes; this is the limit after which the password is asked again on a
# new login, e.g. a window left open overnight or a session a power cut never closed).
SESSION_IDLE_LIMIT = timedelta(hours=12)
# ``last_seen_at`` is written at most once per this interval per session (not on every call).
LAST_SEEN_RESOLUTION = timedelta(minutes=1)



@dataclass(frozen=True)
class UserInfo:
    """A logged-in or listed user (never carries the hash)."""

    id: int
    username: str
    full_name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "head")


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


def _fail() -> AuthError:
    return AuthError("login_failed", GENERIC_FAILURE)


def _check_password(session: Session, username: str, password: str, source: str) -> User:
    """The shared password check of a login and an override approval (inside a transaction).

    Unknown user, inactive user, locked account and wrong password all cost one argon2
    verification and give the same answer (nobody can tell which usernames exist). Failures
    are counted per user and per path: logins (GUI, CLI) and override approvals have separate
    counters and locks.
    """
    username = username.strip().lower()
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    now = utcnow()
    if user is None or not user.active:
        with contextlib.suppress(VerificationError):
            _hasher.verify(_DUMMY_HASH, password + "x")
        # An unknown name may be a password typed into the wrong field: never recorded.
        if user is None:
            audit.record(session, "-", "user.login_failed", "user", None,
                         reason="unknown_user", source=source)
        else:
            audit.record(session, username, "user.login_failed", "user", None,
                         reason="inactive", source=source)
        session.commit()
        raise _fail()
    # Separate counters for logins and for the override dialog: failed logins typed by a
    # clerk lock the supervisor's login, never the supervisor's approvals (and vice versa).
    override = source == "override"
    locked_until = user.override_locked_until if override else user.locked_until
    locked = locked_until is not None and locked_until > now
    try:
        _hasher.verify(user.password_hash, password)
        ok = True
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    if locked:
        audit.record(session, username, "user.login_failed", "user", None, reason="locked",
                     source=source)
        session.commit()
        raise _fail()
    if not ok:
        attempts = (user.override_failed_attempts if override else user.failed_attempts) + 1
        audit.record(session, username, "user.login_failed", "user", None,
                     reason="wrong_password", attempt=attempts, source=source)
        if attempts >= MAX_FAILED_ATTEMPTS:
            attempts = 0
            if override:
                user.override_locked_until = now + LOCKOUT
            else:
                user.locked_until = now + LOCKOUT
            audit.record(session, username, "user.locked", "user", None, source=source)
        if override:
            user.override_failed_attempts = attempts
        else:
            user.failed_attempts = attempts
        session.commit()
        raise _fail()
    if override:
        user.override_failed_attempts = 0
        user.override_locked_until = None
    else:
        user.failed_attempts = 0
        user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


@contextlib.contextmanager
def _failure_floor(started: float) -> Iterator[None]:
    """On AuthError, wait until :data:`FAILURE_FLOOR_SECONDS` after ``started``, then re-raise."""
    try:
        yield
    except AuthError:
        rest = FAILURE_FLOOR_SECONDS - (time.monotonic() - started)
        if rest > 0:
            time.sleep(rest)
        raise


def authenticate(db: Database, username: str, password: str, *,
                 source: str = "gui") -> Principal:
    """Check a login and open a login session; return the Principal of that session.

    Raises AuthError with one message whatever went wrong (unknown user, wrong password, locked
    account: same text, about the same time), so the answer does not reveal which usernames
    exist. After :data:`MAX_FAILED_ATTEMPTS` failures the account is locked for
    :data:`LOCKOUT` for logins (GUI and CLI); the override path has its own lock.
    """
    if source not in SESSION_SOURCES:
        raise ValueError(f"unknown login source {source!r}")
    started = time.monotonic()
    with _failure_floor(started), db.write() as session:
        user = _check_password(session, username, password, source)
        now = utcnow()
        user.last_login_at = now
        token = secrets.token_urlsafe(32)
        session.add(LoginSession(id=token, user_id=user.id, role=user.role, source=source,
                                 started_at=now, last_seen_at=now))
        audit.record(session, user.username, "user.login", "user", None, source=source)
        return Principal(user.id, user.username, user.full_name, Role(user.role), token)


def logout(db: Database, principal: Principal) -> None:
    """End the principal's login session (idempotent); later use of it is refused."""
    if not isinstance(principal, Principal):
        return
    with db.write() as session:
        row = session.get(LoginSession, principal.session_id)
        if row is None or row.ended_at is not None or row.user_id != principal.user_id:
            return
        row.ended_at = utcnow()
        audit.record(session, principal.username, "user.logout", "user", None)


def session_problem(session: Session, principal: Principal, *,
                    now: datetime | None = None) -> str | None:
    """Why ``principal`` is not a live login (None when it is).

    A forged Principal (no such session, someone else's session), an ended session, a session
    idle longer than :data:`SESSION_IDLE_LIMIT`, a user disabled or given another role since
    the login: all refused.
    """
    if not isinstance(principal, Principal):
        return "not_a_principal"
    row = session.get(LoginSession, principal.session_id)
    if row is None:
        return "no_session"
    if row.ended_at is not None:
        return "session_ended"
    if row.last_seen_at is not None and (now or utcnow()) - row.last_seen_at > SESSION_IDLE_LIMIT:
        return "session_expired"
    user = session.get(User, row.user_id)
    if user is None or row.user_id != principal.user_id or user.username != principal.username:
        return "session_mismatch"
    if not user.active:
        return "user_inactive"
    if user.role != row.role or str(principal.role) != user.role:
        return "role_changed"
    return None


def last_seen(session: Session, principal: Principal) -> datetime | None:
    """When the principal's session was last used (None for no such session)."""
    row = session.get(LoginSession, principal.session_id)
    return row.last_seen_at if row is not None else None


TOUCH_BUSY_MS = 250  # a GUI-thread check never waits longer than this for the SQLite write lock


def touch_session(db: Database, principal: Principal, *, now: datetime | None = None) -> bool:
    """Record that the session is in use, at most once per :data:`LAST_SEEN_RESOLUTION`.

    One conditional UPDATE (no read, no audit): a session seen less than a minute ago, an
    ended one or someone else's is left alone. True when the row was written. Best effort:
    on SQLite it waits at most :data:`TOUCH_BUSY_MS` for the write lock (a long import on the
    writer thread must not freeze the window for the busy timeout) and gives up quietly.
    """
    now = now or utcnow()
    stmt = (update(LoginSession)
            .where(LoginSession.id == principal.session_id,
                   LoginSession.user_id == principal.user_id,
                   LoginSession.ended_at.is_(None),
                   LoginSession.last_seen_at < now - LAST_SEEN_RESOLUTION)
            .values(last_seen_at=now))
    if db.engine.dialect.name != "sqlite":
        with db.write() as session:
            result = session.execute(stmt.execution_options(synchronize_session=False))
            return bool(getattr(result, "rowcount", 0))
    from sqlalchemy.exc import OperationalError

    from vokasi_desktop.db.engine import SQLITE_BUSY_TIMEOUT_MS

    with db.engine.connect() as conn:
        try:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={TOUCH_BUSY_MS}")
            written = bool(conn.execute(stmt).rowcount)
            conn.commit()
            return written
        except OperationalError:
            conn.rollback()
            return False
        finally:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            conn.commit()


def end_stale_sessions(db: Database, *, now: datetime | None = None) -> int:
    """End every open session idle longer than :data:`SESSION_IDLE_LIMIT`; return how many.

    Called at start-up: GUI sessions a power cut or a killed process never closed end here
    (with one ``user.session_expired`` audit entry per session). Live sessions of other
    counters sharing a PostgreSQL database are not touched: they were seen within the limit.
    """
    now = now or utcnow()
    with db.write() as session:
        rows = session.execute(
            select(LoginSession, User.username)
            .join(User, User.id == LoginSession.user_id)
            .where(LoginSession.ended_at.is_(None),
                   LoginSession.last_seen_at < now - SESSION_IDLE_LIMIT)
            .order_by(LoginSession.started_at)
            .with_for_update(of=LoginSession)
        ).all()
        for row, username in rows:
            row.ended_at = now
            audit.record(session, username, "user.session_expired", "user", None,
                         source=row.source, last_seen=row.last_seen_at.isoformat())
        return len(rows)


def verify_approver(db: Database, username: str, password: str, *, requester: Principal,
                    action: Action = Action.OVERRIDE_APPROVE) -> str:
    """Check an approving supervisor's password for ONE action; return the approver's username.

    The approver must hold a role allowed to do ``action`` and must not be the requester
    (nobody approves their own override: four eyes). The override path has its own failure
    counter and lock: a clerk typing wrong passwords for the supervisor at the login screen
    cannot lock the supervisor out of approving, and vice versa.
    """
    with _failure_floor(time.monotonic()), db.write() as session:
        user = _check_password(session, username, password, "override")
        if Role(user.role) not in PERMISSIONS[action]:
            audit.record(session, user.username, "override.refused", "user", None,
                         reason="role", requester=requester.username, approval=action.value)
            session.commit()
            raise AuthError("not_supervisor",
                            f"Pengguna {user.username} tidak berwenang menyetujui; "
                            "persetujuan ditolak.")
        if user.id == requester.user_id:
            audit.record(session, user.username, "override.refused", "user", None,
                         reason="self_approval", approval=action.value)
            session.commit()
            raise AuthError("self_approval",
                            "Persetujuan harus diberikan oleh supervisor lain, bukan oleh "
                            "pengguna yang sedang bertugas.")
        return user.username


def verify_supervisor(db: Database, username: str, password: str) -> UserInfo:
    """Authenticate a supervisor (or head of branch) by password without opening a session.

    Kept for the GUI dialogs that only want to know the password is right; services that act
    on an approval call :func:`verify_approver` themselves.
    """
    with _failure_floor(time.monotonic()), db.write() as session:
        user = _check_password(session, username, password, "override")
        info = UserInfo(user.id, user.username, user.full_name, user.role)
    if not info.is_supervisor:
        raise AuthError(
            "not_supervisor", f"Pengguna {info.username} bukan supervisor; persetujuan ditolak."
        )
    return info


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as session:
        rows = session.execute(select(User).order_by(User.username)).scalars()
        return [UserInfo(u.id, u.username, u.full_name, u.role) for u in rows]
