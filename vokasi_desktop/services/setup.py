"""Database initialisation: branch profile, branch signing key, first administrator."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.migrate import MigrationResult, upgrade_database
from vokasi_desktop.db.models import Branch, Setting, User
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.auth import UserInfo, create_user
from vokasi_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from vokasi_desktop.services.text_input import text_field

BRANCH_CODE_RE = re.compile(r"^[A-Z0-9]{2,16}$")


@dataclass(frozen=True)
class BranchProfile:
    """The local office as printed on letterheads."""

    code: str
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_title: str = "Kepala Kantor Cabang"
    region_code: str | None = None
    head_npp: str = ""


def _validate_profile(profile: BranchProfile) -> BranchProfile:
    if not BRANCH_CODE_RE.match(profile.code):
        raise ValidationError(
            "branch_code_invalid",
            "Kode kantor 2-16 huruf besar/angka tanpa spasi, misalnya KRJ.",
            "code",
        )
    if not profile.name.strip():
        raise ValidationError("branch_name_empty", "Nama kantor wajib diisi.", "name")
    return replace(
        profile,
        name=text_field(profile.name, "Nama kantor", "name", max_len=200, min_len=1),
        address=text_field(profile.address, "Alamat kantor", "address", max_len=400,
                           multiline=True),
        city=text_field(profile.city, "Kota", "city", max_len=100),
        phone=text_field(profile.phone, "Telepon", "phone", max_len=50),
        email=text_field(profile.email, "Email", "email", max_len=200),
        head_name=text_field(profile.head_name, "Nama kepala kantor", "head_name", max_len=200),
        head_title=text_field(profile.head_title, "Jabatan kepala kantor", "head_title",
                              max_len=200),
        head_npp=text_field(profile.head_npp, "NPP kepala kantor", "head_npp", max_len=30),
    )


def migrate(db: Database) -> MigrationResult:
    """Create or upgrade the schema to this app's version."""
    return upgrade_database(db.engine)


def _ensure_branch_key(session: Session, code: str, passphrase: str | None) -> None:
    from vokasi_desktop.services import keys

    kid = keys.ensure_branch_key(session, code, passphrase)
    if kid is not None:
        audit.record(session, "init", "key.create", "branch_key", None, key_id=kid,
                     encrypted=passphrase is not None)


def set_branch_profile(db: Database, profile: BranchProfile, *,
                       principal: Principal | None = None,
                       key_passphrase: str | None = None) -> None:
    """Create or update the local branch; generate its signing key on first use.

    ``principal=None`` is the bootstrap path (``init``, ``demo``, the first-run wizard): allowed
    only while the database has no user at all, refused (``bootstrap_closed``) afterwards.
    Otherwise the principal needs ``BRANCH_PROFILE_EDIT``.

    The private key goes to an encrypted key file in ``db.private_dir`` (services.keys);
    ``key_passphrase=None`` stores it unencrypted: the CLI and GUI pass None only when the
    administrator chose that explicitly (tests and the demo database do so too).
    """
    if principal is not None:
        authorize(db, principal, Action.BRANCH_PROFILE_EDIT)
    actor = principal.username if principal is not None else "init"
    profile = _validate_profile(profile)
    if key_passphrase is not None:
        from vokasi_desktop.services.keys import validate_passphrase

        validate_passphrase(key_passphrase)
    with db.write() as session:
        if principal is None:
            _bootstrap_only(session)
        local = session.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one_or_none()
        if local is not None and local.code != profile.code:
            raise ValidationError(
                "branch_code_fixed",
                f"Basis data ini milik kantor {local.code}; kode kantor tidak dapat diganti "
                "karena nomor dokumen dan data pertukaran memakai kode itu.",
                "code",
            )
        if local is None:
            local = session.execute(
                select(Branch).where(Branch.code == profile.code)
            ).scalar_one_or_none()
        if local is None:
            local = Branch(code=profile.code, name=profile.name)
            session.add(local)
        local.is_local = True
        local.name = profile.name.strip()
        local.address = profile.address.strip()
        local.city = profile.city.strip()
        local.phone = profile.phone.strip()
        local.email = profile.email.strip()
        local.head_name = profile.head_name.strip()
        local.head_title = profile.head_title.strip() or "Kepala Kantor Cabang"
        local.head_npp = profile.head_npp.strip()
        local.region_code = profile.region_code
        session.flush()
        _ensure_branch_key(session, profile.code, key_passphrase)
        audit.record(session, actor, "branch.profile", "branch", None, code=profile.code)
    from vokasi_desktop.services.enrolment import ensure_rule_sets

    ensure_rule_sets(db)


def get_branch_profile(db: Database) -> BranchProfile:
    """The local branch; NotFoundError before ``init``."""
    with db.read() as session:
        b = session.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one_or_none()
        if b is None:
            raise NotFoundError(
                "branch_missing",
                "Profil kantor belum diisi. Jalankan 'vokasi-desktop init' terlebih dahulu.",
            )
        return BranchProfile(b.code, b.name, b.address, b.city, b.phone, b.email, b.head_name,
                             b.head_title, b.region_code, b.head_npp)


def has_users(db: Database) -> bool:
    with db.read() as session:
        return bool(session.execute(select(func.count(User.id))).scalar_one())


def _bootstrap_only(session: Session) -> None:
    """Refuse the system bootstrap path once any user exists (then a login is needed)."""
    if session.execute(select(func.count(User.id))).scalar_one():
        raise ConflictError(
            "bootstrap_closed",
            "Basis data ini sudah memiliki pengguna; penyiapan awal tanpa login tidak "
            "diizinkan lagi. Login sebagai kepala cabang atau administrator.")


def create_admin(db: Database, username: str, full_name: str, password: str) -> UserInfo:
    """Create the FIRST administrator (bootstrap path): refused once any user exists."""
    with db.write() as session:
        _bootstrap_only(session)
        return create_user(session, username, full_name, "admin", password, actor="init")


def get_setting(db: Database, key: str, default: object = None) -> object:
    with db.read() as session:
        row = session.get(Setting, key)
        return default if row is None else row.value


def set_setting(db: Database, key: str, value: object, *, principal: Principal) -> None:
    authorize(db, principal, Action.SETTINGS_EDIT)
    actor = principal.username
    with db.write() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(session, actor, "setting.change", "setting", None, key=key)
