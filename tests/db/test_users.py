"""User management: admin-only, password rules, last active admin, own password, idle unlock."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.conftest import both_backends
from tests.db.factories import as_user
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, User
from vokasi_desktop.domain.access import PermissionDenied, Principal
from vokasi_desktop.services import auth, users
from vokasi_desktop.services.errors import AuthError, ConflictError, ValidationError


def make_user(db: Database, username: str, role: str, password: str | None = None) -> Principal:
    with db.write() as session:
        info = auth.create_user(session, username, f"Nama {username}", role,
                                password or f"rahasia-{role}-123")
    return as_user(db, info.username)


def _audit(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


@both_backends
def test_admin_creates_user_who_must_change_password(database: Database) -> None:
    admin = make_user(database, "admin1", "admin")
    row = users.create_user(database, admin, "kepala", "Kepala Cabang", "head", "Sandi-Awal-99")
    assert row.role == "head" and row.active and row.must_change_password
    assert users.must_change_password(database, row.id)
    listed = {u.username: u for u in users.list_users(database, admin)}
    assert listed["kepala"].role_label == "Kepala Cabang"
    entry = _audit(database)[-1]
    assert entry.action == "user.create" and entry.actor == "admin1"
    assert "Sandi-Awal-99" not in str(entry.detail)


@both_backends
def test_non_admin_is_refused_and_refusal_audited(database: Database) -> None:
    clerk = make_user(database, "petugas", "clerk")
    with pytest.raises(PermissionDenied):
        users.create_user(database, clerk, "baru", "Baru", "clerk", "Sandi-Awal-99")
    with pytest.raises(PermissionDenied):
        users.list_users(database, clerk)
    with database.read() as session:
        assert session.execute(select(User).where(User.username == "baru")).first() is None
    assert _audit(database)[-1].action == "access.denied"


@pytest.mark.parametrize("password", ["pendek", "budiman-99", "XXBUDIMANxx", "budiman1"])
def test_password_policy(database: Database, password: str) -> None:
    admin = make_user(database, "admin1", "admin")
    with pytest.raises(ValidationError) as err:
        users.create_user(database, admin, "budiman", "Budiman", "clerk", password)
    assert err.value.field == "password"
    with database.read() as session:
        assert session.execute(select(User).where(User.username == "budiman")).first() is None


@both_backends
def test_last_active_admin_cannot_be_disabled_or_demoted(database: Database) -> None:
    admin = make_user(database, "admin1", "admin")
    other = make_user(database, "admin2", "admin")
    users.disable_user(database, admin, "admin2")
    with pytest.raises(ConflictError) as err:
        users.set_role(database, admin, "admin1", "clerk")
    assert err.value.code == "last_admin"
    with pytest.raises(ConflictError):
        users.disable_user(database, admin, "admin1")  # self, and last admin
    # The disabled admin can neither act as the last admin nor log in.
    with pytest.raises(AuthError):
        auth.authenticate(database, "admin2", "rahasia-admin-123")
    users.enable_user(database, admin, "admin2")
    users.set_role(database, admin, "admin1", "auditor")
    with pytest.raises(ConflictError):
        users.set_role(database, other, "admin2", "clerk")
    assert users.count_active_admins(database) == 1
    actions = [e.action for e in _audit(database)]
    assert actions.count("user.role_change") == 1
    assert "user.disable" in actions and "user.enable" in actions


@both_backends
def test_reset_password_unlock_and_own_change(database: Database) -> None:
    admin = make_user(database, "admin1", "admin")
    clerk = make_user(database, "petugas", "clerk", "sandi-lama-123")
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthError):
            auth.authenticate(database, "petugas", "salah-salah")
    assert {u.username: u for u in users.list_users(database, admin)}["petugas"].locked
    users.unlock_user(database, admin, "petugas")
    assert not {u.username: u for u in users.list_users(database, admin)}["petugas"].locked
    users.reset_password(database, admin, "petugas", "Sementara-2026")
    assert users.must_change_password(database, clerk.user_id)
    auth.authenticate(database, "petugas", "Sementara-2026")
    with pytest.raises(AuthError):
        users.change_own_password(database, clerk, "bukan-ini", "Sandi-Baru-2026")
    with pytest.raises(ValidationError):
        users.change_own_password(database, clerk, "Sementara-2026", "petugas-2026")
    users.change_own_password(database, clerk, "Sementara-2026", "Sandi-Baru-2026")
    assert not users.must_change_password(database, clerk.user_id)
    auth.authenticate(database, "petugas", "Sandi-Baru-2026")
    with database.read() as session:
        hashes = session.execute(select(User.password_hash)).scalars().all()
    assert all(h.startswith("$argon2id$") for h in hashes)
    text = " ".join(str(e.detail) for e in _audit(database))
    for secret in ("Sementara-2026", "Sandi-Baru-2026", "bukan-ini", "$argon2"):
        assert secret not in text


@both_backends
def test_idle_unlock_checks_own_password_and_locks_after_failures(database: Database) -> None:
    clerk = make_user(database, "petugas", "clerk", "sandi-lama-123")
    users.verify_own_password(database, clerk, "sandi-lama-123")
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthError):
            users.verify_own_password(database, clerk, "salah")
    with pytest.raises(AuthError) as err:
        users.verify_own_password(database, clerk, "sandi-lama-123")
    assert err.value.code == "login_locked"
    actions = [e.action for e in _audit(database)]
    assert actions.count("session.unlock_failed") == auth.MAX_FAILED_ATTEMPTS + 1
    assert "user.locked" in actions and actions.count("session.unlock") == 1


def test_unknown_role_and_user(database: Database) -> None:
    admin = make_user(database, "admin1", "admin")
    with pytest.raises(ValidationError):
        users.create_user(database, admin, "baru", "Baru", "root", "Sandi-Awal-99")
    with pytest.raises(Exception) as err:
        users.disable_user(database, admin, "tidakada")
    assert "tidak ditemukan" in str(err.value)
