"""Database initialisation: branch profile, branch signing key, first administrator."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.migrate import MigrationResult, upgrade_database
from vokasi_desktop.db.models import Branch, Setting, User
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.auth import UserInfo, create_user
from vokasi_desktop.services.branch import BranchProfile as BranchProfile  # re-exported
from vokasi_desktop.services.branch import local_branch
from vokasi_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from vokasi_desktop.services.text_input import text_field

BRANCH_CODE_RE = re.compile(r"^[A-Z0-9]{2,16}$")


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


validate_profile = _validate_profile

LOGO_MAX_BYTES = 2_000_000
_LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def read_logo(path: str) -> bytes:
    """Read a letterhead logo file: a PNG or JPEG of at most 2 MB (checked by content)."""
    from pathlib import Path

    file = Path(path).expanduser()
    if not file.is_file():
        raise ValidationError("logo_missing", f"Berkas logo {file} tidak ada.", "logo")
    if file.stat().st_size > LOGO_MAX_BYTES:
        raise ValidationError("logo_too_big", f"Berkas logo {file.name} lebih dari 2 MB.", "logo")
    data = file.read_bytes()
    if not data.startswith(_LOGO_MAGIC):
        raise ValidationError("logo_format", f"Berkas logo {file.name} bukan gambar PNG atau "
                              "JPEG.", "logo")
    validate_logo(data)
    return data


LOGO_MIN_PIXELS = 32
LOGO_MAX_PIXELS = 4000


def validate_logo(data: bytes) -> None:
    """Refuse anything but a readable PNG or JPEG of at most 2 MB and 32-4000 pixels a side
    (checked by decoding it, not by the file name)."""
    import io

    from PIL import Image

    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError("logo_too_big", "Berkas logo lebih dari 2 MB.", "logo")
    if not data.startswith(_LOGO_MAGIC):
        raise ValidationError("logo_format", "Logo harus gambar PNG atau JPEG.", "logo")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            width, height = image.size
            if kind in ("PNG", "JPEG") and max(width, height) <= LOGO_MAX_PIXELS:
                image.load()  # decode fully: a truncated or corrupt file fails here
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError("logo_unreadable", "Berkas logo rusak atau tidak dapat dibaca "
                              "sebagai gambar PNG/JPEG.", "logo") from exc
    if kind not in ("PNG", "JPEG"):
        raise ValidationError("logo_format", "Logo harus gambar PNG atau JPEG.", "logo")
    if max(width, height) > LOGO_MAX_PIXELS or min(width, height) < LOGO_MIN_PIXELS:
        raise ValidationError(
            "logo_pixels",
            f"Ukuran logo {width}x{height} piksel; yang diterima {LOGO_MIN_PIXELS} sampai "
            f"{LOGO_MAX_PIXELS} piksel per sisi.", "logo")


def set_branch_logo(db: Database, logo: bytes | None, *,
                    principal: Principal | None = None) -> None:
    """Store (or with None remove) the local branch's letterhead logo.

    ``principal=None`` is the bootstrap path (first-run wizard), refused once a user exists.
    """
    if principal is not None:
        authorize(db, principal, Action.BRANCH_PROFILE_EDIT)
    actor = principal.username if principal is not None else "init"
    if logo is not None:
        validate_logo(logo)
    with db.write() as session:
        if principal is None:
            _bootstrap_only(session)
        local = session.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one_or_none()
        if local is None:
            raise NotFoundError("branch_missing", "Profil kantor belum diisi.")
        local.letterhead_logo = logo
        audit.record(session, actor, "branch.logo", "branch", None, code=local.code,
                     removed=logo is None)


def get_branch_logo(db: Database) -> bytes | None:
    with db.read() as session:
        return session.execute(select(Branch.letterhead_logo).where(
            Branch.is_local.is_(True))).scalar_one_or_none()


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
        before = {f: getattr(local, f) for f in _AUDITED_FIELDS}
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
        changes = {f: [before[f], getattr(local, f)] for f in _AUDITED_FIELDS
                   if before[f] != getattr(local, f)}
        audit.record(session, actor, "branch.profile", "branch", None, code=profile.code,
                     changes=changes)
    from vokasi_desktop.services.enrolment import ensure_rule_sets

    ensure_rule_sets(db)


_AUDITED_FIELDS = ("name", "address", "city", "phone", "email", "head_name", "head_title",
                   "head_npp", "region_code")


def letterhead_preview(profile: BranchProfile, logo: bytes | None) -> bytes:
    """A PDF of the letterhead exactly as documents print it, for the profile being edited
    (validated first: the preview shows only what could be saved)."""
    from vokasi_desktop.documents.pdf import BranchProfile as PrintedBranch
    from vokasi_desktop.documents.pdf import render_letterhead_preview_bytes

    profile = _validate_profile(profile)
    if logo is not None:
        validate_logo(logo)
    return render_letterhead_preview_bytes(PrintedBranch(
        profile.code, profile.name, profile.address, profile.city, profile.phone,
        profile.email, profile.head_name, profile.head_title, logo=logo))


def get_branch_profile(db: Database) -> BranchProfile:
    """The local branch; NotFoundError before ``init``."""
    profile = local_branch(db)
    if profile is None:
        raise NotFoundError(
            "branch_missing",
            "Profil kantor belum diisi. Jalankan 'vokasi-desktop init' terlebih dahulu.",
        )
    return profile


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


# ------------------------------------------------------------------ first start (CLI init, wizard)

IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT = 5
RETENTION_KEY = "retention_years"
RETENTION_DEFAULT = 10


def validate_admin(username: str, full_name: str, password: str, repeat: str | None = None) -> None:
    """Check the first administrator's fields before anything is written."""
    from vokasi_desktop.services.auth import USERNAME_RE, validate_password

    if not USERNAME_RE.match((username or "").strip().lower()):
        raise ValidationError(
            "admin_username_invalid",
            "Nama pengguna administrator 3-64 karakter: huruf kecil, angka, titik, garis bawah "
            "atau tanda hubung, diawali huruf.", "admin_user")
    if not (full_name or "").strip():
        raise ValidationError("admin_name_empty", "Nama lengkap administrator wajib diisi.",
                              "admin_name")
    if repeat is not None and password != repeat:
        raise ValidationError("admin_password_mismatch", "Kedua kata sandi administrator tidak "
                              "sama.", "admin_password")
    validate_password(password)


def validate_templates(templates: dict[str, str]) -> None:
    """Check numbering templates by document type (the message names the document)."""
    from vokasi_desktop.db.models import DOC_TYPES
    from vokasi_desktop.domain.numbering import NumberTemplateError, validate_template

    for doc_type, pattern in templates.items():
        if doc_type not in DOC_TYPES:
            raise ValidationError("doc_type", "Jenis dokumen tidak dikenal.", "doc_type")
        try:
            validate_template(pattern)
        except NumberTemplateError as exc:
            raise ValidationError("template_invalid", f"Templat nomor {vocabulary.DOC_TYPES.phrase(doc_type)}: {exc}",
                                  f"template_{doc_type}") from exc


def init_branch(db: Database, profile: BranchProfile, *, admin_user: str | None,
                admin_name: str, password: str | None, key_passphrase: str | None,
                templates: dict[str, str] | None = None,
                principal: Principal | None = None, logo: bytes | None = None) -> bool:
    """``vokasi-desktop init`` and the first-run wizard: profile, key, first administrator.

    Every input (profile, administrator, passphrase, numbering templates) is validated before
    the first write. The administrator is created only while the database has no users;
    returns True when it was created.
    """
    _validate_profile(profile)
    need_admin = not has_users(db)
    if need_admin:
        if admin_user is None or password is None:
            raise ValidationError("admin_missing", "Administrator pertama wajib diisi.",
                                  "admin_user")
        validate_admin(admin_user, admin_name, password)
    validate_templates(templates or {})
    set_branch_profile(db, profile, principal=principal, key_passphrase=key_passphrase)
    if templates:
        from vokasi_desktop.services.documents import set_template, write_template

        for doc_type, pattern in templates.items():
            if principal is None:
                write_template(db, doc_type, pattern, "init", bootstrap=True)
            else:
                set_template(db, doc_type, pattern, principal)
    if logo is not None:
        set_branch_logo(db, logo, principal=principal)
    if need_admin and admin_user is not None and password is not None:
        create_admin(db, admin_user, admin_name, password)
    return need_admin


@dataclass(frozen=True)
class DatabaseProbe:
    """What a connection test found: where (password-free), and the schema state.

    ``state``: ``empty`` (no tables), ``current``, ``outdated`` (migrations to run),
    ``newer`` (written by a newer app) or ``foreign`` (tables of another application).
    """

    description: str
    state: str
    revision: str | None
    users: bool


def probe_database(url: str) -> DatabaseProbe:
    """Connect to a database URL and report its state; nothing is written.

    Errors are ServiceErrors with an Indonesian message that never quotes the password.
    """
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from vokasi_desktop.db.engine import (
        DatabaseConfigError,
        describe_url,
        open_database,
        resolve_url,
    )
    from vokasi_desktop.db.migrate import current_revision, head_revision
    from vokasi_desktop.services.errors import ServiceError

    raw = (url or "").strip()
    if not raw.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        raise ValidationError("server_url_invalid", "Alamat server harus berbentuk "
                              "postgresql://pengguna:sandi@server:5432/nama_basis_data.", "url")
    try:
        resolved = resolve_url(raw)
    except DatabaseConfigError as exc:
        raise ValidationError("server_url_invalid", "Alamat server tidak valid; contoh: "
                              "postgresql://pengguna:sandi@server:5432/vokasi.", "url") from exc
    where = describe_url(resolved)
    if not resolved.database:
        raise ValidationError("server_url_no_db", "Alamat server belum memuat nama basis data "
                              "(bagian setelah garis miring terakhir).", "url")
    try:
        db = open_database(resolved)
    except DatabaseConfigError as exc:
        raise ServiceError("server_unusable", str(exc)) from exc
    try:
        tables = set(inspect(db.engine).get_table_names())
        revision = current_revision(db.engine) if "alembic_version" in tables else None
        users = False
        if not tables:
            state = "empty"
        elif "alembic_version" not in tables:
            state = "foreign"
        elif revision == head_revision():
            state = "current"
        elif revision is None:
            state = "outdated"  # an empty version table: alembic counts it as the base
        else:
            from alembic.script import ScriptDirectory

            from vokasi_desktop.db.migrate import _config

            try:
                ScriptDirectory.from_config(_config()).get_revision(revision)
                state = "outdated"
            except Exception:
                state = "newer"
        if state in ("current", "outdated") and "app_user" in tables:
            users = has_users(db)
        return DatabaseProbe(where, state, revision, users)
    except SQLAlchemyError as exc:
        import logging

        logging.getLogger(__name__).warning("connection test to %s failed: %s", where,
                                            type(getattr(exc, "orig", exc)).__name__)
        raise ServiceError(
            "server_unreachable",
            f"Server {where} tidak dapat dihubungi atau menolak masuk (alamat, port, nama "
            "pengguna, kata sandi, atau nama basis data salah; atau server mati).") from exc
    finally:
        db.dispose()


@dataclass(frozen=True)
class OfficeSettings:
    """Branch-wide settings kept in the database (the same on every counter)."""

    idle_lock_minutes: int = IDLE_LOCK_DEFAULT
    retention_years: int = RETENTION_DEFAULT


def get_office_settings(db: Database) -> OfficeSettings:
    def number(key: str, default: int) -> int:
        value = get_setting(db, key, default)
        if not isinstance(value, int | float | str):
            return default
        try:
            return int(value)
        except (ValueError, OverflowError):
            return default

    return OfficeSettings(number(IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT),
                          number(RETENTION_KEY, RETENTION_DEFAULT))


def save_office_settings(db: Database, principal: Principal, settings: OfficeSettings) -> None:
    """Save the idle-lock minutes and data retention years (administrator only), one
    transaction, audited by key with the old and the new value."""
    from vokasi_desktop.domain.access import Action
    from vokasi_desktop.services.access import authorize

    if not 1 <= settings.idle_lock_minutes <= 120:
        raise ValidationError("idle_lock_range", "Kunci layar otomatis harus 1-120 menit.",
                              "idle_lock_minutes")
    if not 1 <= settings.retention_years <= 30:
        raise ValidationError("retention_range", "Masa simpan data harus 1-30 tahun.",
                              "retention_years")
    authorize(db, principal, Action.SETTINGS_EDIT)
    with db.write() as session:
        for key, value in ((IDLE_LOCK_KEY, settings.idle_lock_minutes),
                           (RETENTION_KEY, settings.retention_years)):
            row = session.get(Setting, key)
            old = None if row is None else row.value
            if old == value:
                continue
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.record(session, principal.username, "setting.change", "setting", None,
                         key=key, old=old, new=value)
