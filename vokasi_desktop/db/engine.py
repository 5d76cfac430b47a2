"""Engine creation: the embedded SQLite default and PostgreSQL for multi-counter branches.

SQLite settings follow NOTES.md: WAL, ``synchronous=FULL``, ``foreign_keys=ON``,
``busy_timeout``, ``secure_delete=ON``. The driver's own transaction handling is switched off
and SQLAlchemy emits ``BEGIN`` itself, so that write transactions can start with
``BEGIN IMMEDIATE`` (take the write lock up front: a deferred ``BEGIN`` that later upgrades to
a writer fails with "database is locked" instead of waiting).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from vokasi_desktop.domain.errors import ServiceError

APP_NAME = "vokasi-desktop"
ENV_DB_URL = "VOKASI_DB_URL"
ENV_DATA_DIR = "VOKASI_DATA_DIR"
SQLITE_BUSY_TIMEOUT_MS = 30_000
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "smb3", "ncpfs", "afs", "9p", "fuse.sshfs",
     "sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph", "lustre"}
)


class DatabaseConfigError(Exception):
    """A database location the app refuses to use; ``str()`` is an Indonesian message."""


BUSY_MESSAGE = ("Basis data sedang dipakai untuk menulis di tempat lain (mis. sedang ada impor "
                "data); mohon tunggu sebentar lalu coba lagi.")


class DatabaseBusyError(ServiceError):
    """The write lock could not be had in time (another counter or an import holds it).

    Raised by :meth:`Database.write` in place of the driver's English "database is locked",
    busy-timeout, lock-timeout or deadlock error; nothing was written.
    """

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__("database_busy", message)


def is_lock_error(exc: BaseException) -> bool:
    """True for SQLite "database is locked"/busy and PostgreSQL lock-timeout/deadlock errors."""
    if not isinstance(exc, OperationalError):
        return False
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in ("55P03", "40P01", "57014"):  # lock_not_available, deadlock, statement timeout
        return True
    text = str(orig).lower()
    return "database is locked" in text or "database is busy" in text or "deadlock" in text \
        or "lock timeout" in text


def default_sqlite_path() -> Path:
    """The embedded database file in the user's data directory."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "vokasi.sqlite3"


def resolve_url(explicit: str | None = None) -> URL:
    """Pick the database URL: ``--db`` first, then ``VOKASI_DB_URL``, then the SQLite default.

    A bare file path is accepted as a SQLite database; ``postgresql://`` means psycopg 3.
    """
    raw = explicit or os.environ.get(ENV_DB_URL) or ""
    if not raw:
        return URL.create("sqlite", database=str(default_sqlite_path()))
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except Exception as exc:  # sqlalchemy raises ArgumentError with English text
        raise DatabaseConfigError(f"Alamat basis data tidak valid: {raw!r}.") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseConfigError(
            f"Jenis basis data {url.get_backend_name()!r} tidak didukung; "
            "gunakan SQLite (berkas) atau PostgreSQL."
        )
    return url


def describe_url(url: URL) -> str:
    """A short, password-free description for the status bar and logs."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database}"
    return f"PostgreSQL: {url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _mount_fstype(path: Path) -> str | None:
    """Filesystem type of the mount holding ``path`` (Linux /proc/mounts), or None."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def is_network_path(path: Path) -> bool:
    """True when ``path`` lies on a network share (SQLite's locking is unsafe there)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
        return False
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    fstype = _mount_fstype(existing.resolve())
    return fstype is not None and fstype in NETWORK_FILESYSTEMS


def check_sqlite_path(path: Path) -> None:
    """Refuse a SQLite file on a network share; create the folder of a local one."""
    if is_network_path(path):
        raise DatabaseConfigError(
            f"Berkas basis data {path} berada di folder jaringan. SQLite akan rusak bila "
            "dipakai bersama lewat jaringan; untuk beberapa loket gunakan server PostgreSQL "
            "(--db postgresql://...)."
        )
    path.parent.mkdir(parents=True, exist_ok=True)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver must not open transactions on its own; SQLAlchemy's "begin" hook does.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "foreign_keys=ON",
        f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
        "secure_delete=ON",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: URL | str | None = None, *, echo: bool = False) -> Engine:
    """Create the engine for ``url`` (default: :func:`resolve_url`) with the right settings."""
    if url is None or isinstance(url, str):
        url = resolve_url(url)
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database in ("", ":memory:"):
            raise DatabaseConfigError(
                "Basis data di memori tidak didukung; berikan nama berkas SQLite."
            )
        check_sqlite_path(Path(database))
        engine = create_engine(
            url,
            echo=echo,
            # One connection per checkout: no connection is ever shared between threads, and
            # a background writer thread never holds a reader's connection.
            poolclass=NullPool,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5)


@dataclass(frozen=True)
class Database:
    """An engine plus session factories for reads and for writes.

    Attributes:
        engine: the SQLAlchemy engine.
        url: where it points.
    """

    engine: Engine
    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @property
    def private_dir(self) -> Path:
        """The folder of secrets and integrity files that belong to this database.

        Signing keys, the audit key and the signed audit checkpoints live here, outside the
        database, so that whoever can read (or rewrite) the database alone can neither mint
        documents nor rewrite the audit trail unnoticed. See :func:`private_dir_for`.
        """
        return private_dir_for(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read session; closing it ends the transaction without writing.

        Objects loaded here stay readable after the block (closed, not expired), but
        services return frozen dataclasses rather than ORM objects anyway.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any error.

        On SQLite it starts with ``BEGIN IMMEDIATE``; on PostgreSQL the services lock the rows
        they change (``SELECT ... FOR UPDATE``) or use conditional UPDATEs.
        """
        bind = self.engine.execution_options(sqlite_immediate=True)
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if is_lock_error(exc):
                    raise DatabaseBusyError() from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def private_dir_for(url: URL) -> Path:
    """Where the private files of the database at ``url`` live (not created here).

    SQLite: ``<file>-private/`` beside the database file (like ``-wal``), so a copied data
    folder keeps its keys with it. PostgreSQL: ``$VOKASI_DATA_DIR`` (a folder the branch's
    counters share, e.g. on the server) or the user data directory, one folder per server and
    database.
    """
    if url.get_backend_name() == "sqlite":
        db_path = Path(url.database or default_sqlite_path())
        return db_path.with_name(db_path.name + "-private")
    base = Path(os.environ.get(ENV_DATA_DIR) or user_data_dir(APP_NAME, appauthor=False))
    tag = f"pg-{url.host or 'localhost'}-{url.port or 5432}-{url.database}"
    return base / "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in tag)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def write_private_file(path: Path, data: bytes) -> Path:
    """Write ``data`` atomically to ``path`` with mode 0600 (temporary file, fsync, rename)."""
    ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)  # mkstemp creates the file 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def open_database(url: URL | str | None = None, *, echo: bool = False) -> Database:
    """Engine for ``url`` wrapped in a :class:`Database` (does not migrate)."""
    resolved = url if isinstance(url, URL) else resolve_url(url)
    return Database(make_engine(resolved, echo=echo), resolved)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
