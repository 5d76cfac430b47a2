"""Engine creation: the embedded SQLite default and PostgreSQL for multi-counter branches.

SQLite settings follow NOTES.md: WAL, ``synchronous=FULL``, ``foreign_keys=ON``,
``busy_timeout``, ``secure_delete=ON``. The driver's own transaction handling is switched off
and SQLAlchemy emits ``BEGIN`` itself, so that write transactions can start with
``BEGIN IMMEDIATE`` (take the write lock up front: a deferred ``BEGIN`` that later upgrades to
a writer fails with "database is locked" instead of waiting).
"""

from __future__ import annotations

import functools
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from vokasi_desktop.db.location import APP_NAME, raw_url
from vokasi_desktop.db.location import ENV_DB_URL as ENV_DB_URL  # re-exported
from vokasi_desktop.db.location import default_sqlite_path as default_sqlite_path  # re-exported
from vokasi_desktop.domain.clock import SYSTEM_CLOCK, Clock
from vokasi_desktop.domain.errors import ServiceError

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


def resolve_url(explicit: str | None = None) -> URL:
    """Pick the database URL: ``--db`` first, then ``VOKASI_DB_URL``, then the SQLite default.

    A bare file path is accepted as a SQLite database; ``postgresql://`` means psycopg 3.
    """
    raw = raw_url(explicit)
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
    """Refuse a SQLite file on a network share; create the folder of a local one.

    Folders created here are 0700 (the default data folder is made 0700 even if it exists);
    a new database file is created empty with 0600 so SQLite's ``-wal``/``-shm`` files, which
    copy the database file's mode, are 0600 as well.
    """
    if is_network_path(path):
        raise DatabaseConfigError(
            f"Berkas basis data {path} berada di folder jaringan. SQLite akan rusak bila "
            "dipakai bersama lewat jaringan; untuk beberapa loket gunakan server PostgreSQL "
            "(--db postgresql://...)."
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and path.parent == default_sqlite_path().parent:
        os.chmod(path.parent, 0o700)
    secure_sqlite_files(path, create=True)


SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def secure_sqlite_files(path: Path, *, create: bool = False) -> None:
    """Make the database file and its ``-wal``/``-shm``/``-journal`` files 0600 (POSIX).

    With ``create`` a missing database file is created empty with 0600 (SQLite treats an
    empty file as a new database), so it is never world-readable, not even for a moment.
    """
    if create and not path.exists():
        with suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    if os.name != "posix":  # pragma: no cover - Windows ACLs follow the user profile
        return
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_SIDE_SUFFIXES)):
        try:
            if candidate.stat().st_mode & 0o077:
                os.chmod(candidate, 0o600)
        except FileNotFoundError:
            continue


def sqlite_health(path: Path) -> str | None:
    """:func:`_sqlite_health_once`, repeated once after a pause before a file is called damaged.

    A command-line tool may be checkpointing into the file during the read-only check; a real
    corruption is still there half a second later.
    """

    problem = _sqlite_health_once(path)
    if problem is not None:
        time.sleep(0.5)
        problem = _sqlite_health_once(path)
    return problem


def _sqlite_health_once(path: Path) -> str | None:
    """``PRAGMA quick_check`` on a SQLite file opened read-only; None when it is healthy.

    Nothing is written: the file is opened with ``mode=ro`` (no journal mode change, no
    PRAGMA that writes). Returns a short English diagnosis (for logs) when the file is damaged
    or not a database at all. A missing or empty file counts as healthy (a new database).
    """
    import sqlite3

    if not path.exists() or path.stat().st_size == 0:
        return None
    wal = Path(f"{path}-wal")
    # Without a write-ahead log to replay, ``immutable=1`` reads the file without creating the
    # ``-shm`` index or taking locks; a leftover non-empty -wal (a crash) must be read too.
    pending_wal = wal.exists() and wal.stat().st_size > 0
    uri = f"file:{quote(str(path))}?mode=ro" + ("" if pending_wal else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return f"cannot open: {exc}"
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"quick_check failed: {exc}"
    finally:
        conn.close()
    found = [str(row[0]) for row in rows]
    return None if found == ["ok"] else "; ".join(found[:5])


CLEAN_SHUTDOWN_MARKER = "clean-shutdown"


def _file_state(path: Path) -> dict[str, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _wal_pending(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def mark_clean_shutdown(path: Path, private_dir: Path) -> None:
    """Record that the app closed the SQLite file cleanly (call after ``dispose()``).

    The marker holds the file's device, inode, size and modification time; a later start
    trusts it only while all of them still match and no ``-wal`` is pending, so any write in
    between (another program, a crash mid-session, a restore, a copy) sends the next start
    through the full ``quick_check``. Nothing is marked while a ``-wal`` is left over.
    """
    import json

    state = _file_state(path)
    if state is None or _wal_pending(path) or not private_dir.is_dir():
        return
    write_private_file(private_dir / CLEAN_SHUTDOWN_MARKER, json.dumps(state).encode())


def take_clean_shutdown(path: Path, private_dir: Path) -> bool:
    """True when the last session closed ``path`` cleanly and nothing touched it since.

    The marker is removed either way, so a session that crashes leaves none behind.
    """
    import json

    marker = private_dir / CLEAN_SHUTDOWN_MARKER
    try:
        recorded = json.loads(marker.read_text())
    except (OSError, ValueError):
        return False
    with suppress(OSError):
        marker.unlink()
    return bool(recorded == _file_state(path) and not _wal_pending(path))


def sqlite_header_ok(path: Path) -> str | None:
    """A cheap check of a file closed cleanly: header magic, first page and schema readable.

    Milliseconds instead of the seconds a ``quick_check`` of a 1 GB file takes; used only
    when :func:`take_clean_shutdown` vouches that the file is as the app left it (the full
    ``integrity_check`` then runs on the daily backup's copy, in the background).
    """
    import sqlite3

    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return f"cannot read: {exc}"
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return "not a SQLite database (bad header)"
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return f"cannot open: {exc}"
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return f"schema unreadable: {exc}"
    finally:
        conn.close()
    return None


class DatabaseInUseError(DatabaseConfigError):
    """Another instance of the app already has this SQLite database open."""


class InstanceLock:
    """An OS lock on ``<database>.lock``: one app instance per SQLite file.

    The lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) is released by the OS
    when the process dies, so a power cut or ``kill -9`` never leaves a stale lock behind; the
    file itself stays and is harmless.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise DatabaseInUseError(
                "Aplikasi sudah berjalan dengan basis data ini (di jendela lain atau oleh "
                "pengguna lain di komputer ini). Tutup aplikasi yang lain terlebih dahulu."
            ) from exc
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows only
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


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
    # The -wal/-shm files exist now (WAL mode); make sure none of them is world-readable.
    row = dbapi_connection.execute("PRAGMA database_list").fetchone()
    if row and row[2]:
        secure_sqlite_files(Path(row[2]))
        _record.info[_FILE_ID] = _file_identity(Path(row[2]))


_FILE_ID = "vokasi_file_id"


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the database file, or None when it is missing."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _sqlite_on_checkin(dbapi_connection: Any, _record: Any) -> None:
    """A pooled connection goes back with foreign keys on, whatever its last user set (the
    SQLite migration turns them off on its connection for batch table copies)."""
    if dbapi_connection is not None and not dbapi_connection.in_transaction:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _sqlite_on_checkout(path: Path) -> Any:
    """A pool checkout hook that drops a connection whose file was replaced on disk.

    A restore (or a copy over the file) puts a new file under the same name; a pooled
    connection still reads the old inode. One ``stat`` per checkout (microseconds) catches it,
    and the pool opens a fresh connection instead.
    """

    def check(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if record.info.get(_FILE_ID) != _file_identity(path):
            raise DisconnectionError("database file replaced")

    return check


def _sqlite_on_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class LookupWriteError(ServiceError):
    """A write (or a row lock) attempted in a PostgreSQL lookup session, which has no
    transaction to roll it back; nothing was sent to the database."""

    def __init__(self) -> None:
        super().__init__("lookup_write", "Kesalahan program: penulisan data di sesi baca "
                                         "(lookup) ditolak; tidak ada yang diubah.")


#: Execution option marking a lookup connection (see :meth:`Database.lookup`).
LOOKUP_OPTION = "vokasi_lookup"
_READ_ONLY_START = re.compile(r"\s*(SELECT|WITH|SHOW|VALUES|EXPLAIN)\b", re.IGNORECASE)
_WRITE_WORD = re.compile(r"\b(INSERT|UPDATE|DELETE|MERGE|FOR\s+SHARE|FOR\s+NO\s+KEY|"
                         r"FOR\s+KEY\s+SHARE|INTO)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def is_read_only_sql(statement: str) -> bool:
    """True for a statement that neither writes nor locks rows (a lookup may run it).

    Conservative: a SELECT that merely mentions ``UPDATE``/``INSERT``/``INTO`` as a word is
    refused too (``FOR UPDATE``, ``SELECT ... INTO``, a data-modifying ``WITH``). Cached: the
    statements of the hot paths are a small fixed set.
    """
    return bool(_READ_ONLY_START.match(statement)) and not _WRITE_WORD.search(statement)


def _refuse_writes_in_lookups(conn: Connection, _cursor: Any, statement: str, _params: Any,
                              _context: Any, _executemany: bool) -> None:
    if conn.get_execution_options().get(LOOKUP_OPTION) and not is_read_only_sql(statement):
        raise LookupWriteError()


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
            # Pooled: opening a connection and applying the PRAGMAs costs ~20 ms, a checkout
            # microseconds. A connection is checked out by one session (one thread) at a time
            # and returned rolled back, so a background writer never shares a reader's
            # connection; connections outlive threads, hence check_same_thread=False.
            poolclass=QueuePool,
            pool_size=5,
            max_overflow=10,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "checkout", _sqlite_on_checkout(Path(database)))
        event.listen(engine, "checkin", _sqlite_on_checkin)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    engine = create_engine(url, echo=echo, pool_size=5, max_overflow=5)
    # Instead of ``pool_pre_ping`` (one more round trip before every read, doubling the cost
    # of a counter lookup), ping only a connection that sat idle in the pool: that is when a
    # server restart or a dropped network link has gone unnoticed. A failure raised by a
    # connection used seconds ago invalidates the pool as usual (the next call reconnects).
    event.listen(engine, "checkout", _pg_on_checkout(engine))
    event.listen(engine, "checkin", _pg_on_checkin)
    event.listen(engine, "before_cursor_execute", _refuse_writes_in_lookups)
    return engine


PG_PING_AFTER_IDLE_S = 10.0
_CHECKED_IN_AT = "vokasi_checked_in_at"


def _pg_on_checkout(engine: Engine) -> Any:
    """A checkout hook pinging connections idle for :data:`PG_PING_AFTER_IDLE_S` or more; a
    dead one is replaced (``DisconnectionError`` makes the pool open a fresh connection)."""

    def check(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_CHECKED_IN_AT)
        if since is None or time.monotonic() - since < PG_PING_AFTER_IDLE_S:
            return  # just opened, or used moments ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("connection lost while idle") from exc

    return check


def _pg_on_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info[_CHECKED_IN_AT] = time.monotonic()


@dataclass(frozen=True)
class Database:
    """An engine plus session factories for reads and for writes.

    Attributes:
        engine: the SQLAlchemy engine.
        url: where it points.
    """

    engine: Engine
    url: URL
    #: "today" and "now" for the services (injected by the composition root; tests may fix it).
    clock: Clock = field(default=SYSTEM_CLOCK, compare=False)
    #: The bind of :meth:`lookup` (same pool as ``engine``; ``engine`` itself on SQLite).
    _lookup_bind: Engine = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        bind = self.engine
        if self.engine.dialect.name == "postgresql":
            bind = bind.execution_options(isolation_level="AUTOCOMMIT", **{LOOKUP_OPTION: True})
        object.__setattr__(self, "_lookup_bind", bind)

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
    def lookup(self) -> Iterator[Session]:
        """A read session for lookups whose statements need not share one snapshot.

        On PostgreSQL the connection runs in autocommit: no ``BEGIN`` and ``ROLLBACK`` round
        trips around the statements (a read at the default READ COMMITTED level gets a new
        snapshot per statement anyway, so nothing is lost), and psycopg's prepared statements
        survive (a ``ROLLBACK`` clears its cache). Each statement sees what was committed
        before it started. There, writes and row locks are refused (:class:`LookupWriteError`):
        no transaction would roll them back.

        On SQLite it is exactly :meth:`read` (a read transaction costs no round trip there,
        and closing it rolls back whatever was written; the engine is left untouched so the
        embedded database's hot paths pay nothing for this).

        Use :meth:`read` for reads that stream with a server-side cursor (``yield_per``) or
        need one snapshot, and :meth:`write` for anything that locks.
        """
        with Session(self._lookup_bind, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def lookup_connection(self) -> Iterator[Connection]:
        """A Core connection with the semantics of :meth:`lookup` (the counter's hot paths:
        no ORM session at all)."""
        with self._lookup_bind.connect() as conn:
            yield conn

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


@contextmanager
def reading(db: Database, session: Session | None = None, *,
            lookup: bool = False) -> Iterator[Session]:
    """The caller's read session when given (several reads in one transaction, e.g. the
    counter state), else a new short read session of ``db`` (a :meth:`Database.lookup`
    session with ``lookup``)."""
    if session is not None:
        yield session
        return
    with db.lookup() if lookup else db.read() as own:
        yield own


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


def open_database(url: URL | str | None = None, *, echo: bool = False,
                  clock: Clock = SYSTEM_CLOCK) -> Database:
    """Engine for ``url`` wrapped in a :class:`Database` (does not migrate).

    ``clock`` is what the services built on it take as "today" and "now" (the composition
    root passes it; tests pass a :class:`~vokasi_desktop.domain.clock.FixedClock`).
    """
    resolved = url if isinstance(url, URL) else resolve_url(url)
    return Database(make_engine(resolved, echo=echo), resolved, clock)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
