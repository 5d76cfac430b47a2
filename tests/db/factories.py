"""Builders for a small, valid world: branch, quota, institution, class, eligible members."""

from __future__ import annotations

import io
import itertools
import secrets
import weakref
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import LoginSession, User
from vokasi_desktop.domain.access import Principal, Role
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services import catalog, members
from vokasi_desktop.services.auth import create_user, hash_password
from vokasi_desktop.services.setup import BranchProfile, set_branch_profile

TODAY = date(2026, 11, 28)
_serial = itertools.count(1)


def setup_branch(db: Database, *, seats: int = 100, budget: int = 10**10, year: int = 2027) -> None:
    set_branch_profile(db, BranchProfile(code="KRJ", name="Kantor Cabang Surabaya Karimunjawa",
                                         city="Surabaya", head_name="Hadi Purnomo"))
    with db.write() as session:
        create_user(session, "petugas", "Budi Santoso", "clerk", "vokasi-petugas")
        create_user(session, "supervisor", "Siti Rahmawati", "supervisor", "vokasi-supervisor")
    catalog.set_program_year(db, year, as_user(db, "kepala"), budget_total=budget)
    catalog.set_branch_quota(db, year, "KRJ", seats, budget, as_user(db, "kepala"))


def add_institution(db: Database, code: str = "LPK-001", **overrides: object) -> int:
    values: dict[str, object] = dict(
        code=code, name="LPK Bina Karya", type="LPK", region_code="3578",
        licence_number="503/123/436.7/2020", licence_issuer="Dinas Ketenagakerjaan Kota Surabaya",
        licence_issued=date(2020, 1, 10), licence_expires=date(2030, 1, 10),
        founded_on=date(2019, 6, 1), pks_number="PKS/001/KC-KRJ/2026",
        pks_from=date(2026, 1, 1), pks_to=date(2028, 12, 31), capacity=200,
    )
    values.update(overrides)
    return catalog.save_institution(db, catalog.InstitutionInput(**values), as_user(db, "supervisor")).id  # type: ignore[arg-type]


def add_class(db: Database, institution_id: int, code: str = "KLS-1", **overrides: object) -> int:
    values: dict[str, object] = dict(
        code=code, institution_id=institution_id, title="Menjahit dan Tata Busana",
        mode="luring", region_code="3578", start_date=date(2027, 1, 11),
        end_date=date(2027, 2, 26), capacity=30, cost_per_participant=2_400_000, hours=120,
    )
    values.update(overrides)
    return catalog.save_class(db, catalog.ClassInput(**values), as_user(db, "supervisor")).id  # type: ignore[arg-type]


def add_member(db: Database, *, months: int = 24, verified: bool = True, segment: str = "PU",
               employment: str = "laid_off", birth: date = date(1990, 5, 17), sex: str = "L",
               name: str | None = None, kpj: bool = True, region: str = "3578") -> int:
    n = next(_serial)
    nik = encode_nik(f"{region}01", birth, sex, n % 9999 + 1)  # type: ignore[arg-type]
    data = members.MemberInput(
        nik=nik, name=name or f"Peserta Uji {n}", birth_date=birth, sex=sex, segment=segment,
        employment_status=employment,
        layoff_date=TODAY - timedelta(days=90) if employment in ("laid_off", "contract_ended") else None,
        kpj=f"{10**10 + n:011d}" if kpj else None,
        membership_status="active" if kpj else "none",
        membership_since=date(2015, 1, 1) if kpj else None,
    )
    view = members.register_member(db, data, as_user(db, "test", "clerk"), accept_similar=True,
                                   today=TODAY)
    if kpj and months:
        last = TODAY.replace(day=1) - timedelta(days=1)
        last = last.replace(day=1)
        first_index = last.year * 12 + last.month - 1 - (months - 1)
        first = date(first_index // 12, first_index % 12 + 1, 1)
        members.add_contribution_period(db, view.id, first, last, as_user(db, "supervisor"), "head_office")
    if kpj and verified:
        members.record_verification(db, view.id, "card", as_user(db, "petugas"),
                                    "kartu KPJ dilihat di loket")
    return view.id


# -- principals ---------------------------------------------------------------------------------
# A test logs in without paying argon2 every time: users get one precomputed hash (password
# TEST_PASSWORD) and a login_session row is opened directly, as services.auth.authenticate
# would. Services then check that session like any other.

TEST_PASSWORD = "vokasi-uji-rahasia"
ROLE_USERS = {"clerk": "petugas", "supervisor": "supervisor", "head": "kepala", "admin": "admin",
              "auditor": "auditor"}
_USER_ROLES = {v: k for k, v in ROLE_USERS.items()}
_hash_cache: list[str] = []
_principals: weakref.WeakKeyDictionary[Database, dict[str, Principal]] = (
    weakref.WeakKeyDictionary())


def _test_hash() -> str:
    if not _hash_cache:
        _hash_cache.append(hash_password(TEST_PASSWORD))
    return _hash_cache[0]


def as_user(db: Database, username: str = "petugas", role: str | None = None) -> Principal:
    """A logged-in Principal for ``username`` (created with ``role`` when missing).

    Known names: petugas (clerk), supervisor, kepala (head), admin, auditor; pass ``role`` for
    others. One session per database and user, reused.
    """
    cache = _principals.setdefault(db, {})
    if username in cache:
        return cache[username]
    with db.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            user = User(username=username, full_name=f"Pengguna {username}",
                        role=role or _USER_ROLES.get(username, "clerk"),
                        password_hash=_test_hash())
            session.add(user)
            session.flush()
        token = secrets.token_urlsafe(24)
        session.add(LoginSession(id=token, user_id=user.id, role=user.role, source="gui"))
        principal = Principal(user.id, user.username, user.full_name, Role(user.role), token)
    cache[username] = principal
    return principal


def as_role(db: Database, role: str) -> Principal:
    """The Principal of the standard test user holding ``role``."""
    return as_user(db, ROLE_USERS[role], role)


def cli_login(monkeypatch: Any, user: str = "supervisor", password: str = "vokasi-supervisor",
              times: int = 20) -> list[str]:
    """``--user USER --password-stdin`` with stdin holding the password for ``times`` commands."""
    monkeypatch.setattr("sys.stdin", io.StringIO((password + "\n") * times))
    return ["--user", user, "--password-stdin"]
