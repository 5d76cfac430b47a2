"""Backups and restore: one verified, self-describing file per backup.

A backup is a zip file (``*.vkbak``, mode 0600) holding:

- ``manifest.json``: format ``vokasi-backup/1``, created at (UTC), backend, branch code, app
  version, schema revision, audit entry count and head hash, and the sha256 and size of every
  other part;
- ``database.sqlite3`` (SQLite, taken with the driver's online backup API: copying the live file
  corrupts) or ``database.sql`` (PostgreSQL, ``pg_dump`` plain format);
- ``private/...``: everything in the database's private folder (signing keys, audit key,
  signed audit checkpoints; see ``Database.private_dir``).

Every backup is verified after it is written and every file is verified again before a
restore: manifest and hashes, ``PRAGMA integrity_check``, the audit hash chain and the document
sequences (every counter >= the highest issued sequence, no duplicate numbers).
A restore never overwrites without a copy: the replaced database (with its ``-wal``/``-shm``
files and private folder) stays beside it as ``<name>.replaced-<stamp>``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from vokasi_desktop import __version__
from vokasi_desktop.db.branch import local_code
from vokasi_desktop.db.engine import (
    Database,
    InstanceLock,
    default_sqlite_path,
    ensure_private_dir,
    private_dir_for,
    sqlite_header_ok,
    sqlite_health,
    take_clean_shutdown,
)
from vokasi_desktop.db.models import DocumentRecord, DocumentSequence
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.domain.clock import utc_now
from vokasi_desktop.services.audit import verify_chain
from vokasi_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

FORMAT = "vokasi-backup/1"
SUFFIX = ".vkbak"
DEFAULT_KEEP = 14
SQLITE_PART = "database.sqlite3"
PG_PART = "database.sql"
PRIVATE_PREFIX = "private/"
_NAME_RE = re.compile(r"^vokasi-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)(?:-\d+)?\.vkbak$")
#: A "now" function (aware datetime); by default the database's injected clock.
Now = Callable[[], datetime]


class BackupError(ServiceError):
    """A backup that cannot be made, or a backup file that must not be restored."""


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup file."""

    path: Path
    created_at: datetime
    backend: str
    branch: str
    app_version: str
    revision: str | None
    audit_entries: int
    parts: dict[str, dict[str, object]] = field(default_factory=dict)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup used and where the replaced data was kept."""

    backup: BackupInfo
    replaced: list[Path]


def _now(db: Database, clock: Now | None) -> datetime:
    return clock() if clock is not None else utc_now(db.clock)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def default_backup_dir(url: URL) -> Path:
    """Where automatic backups go unless the settings name a folder.

    SQLite: ``backups/`` beside the database file; PostgreSQL: ``backups/`` inside the
    database's private folder's parent, one folder per server and database.
    """
    if url.get_backend_name() == "sqlite":
        db_path = Path(url.database or default_sqlite_path())
        return db_path.parent / "backups"
    private = private_dir_for(url)
    return private.parent / "backups" / private.name


# -- checks shared by "after writing" and "before restoring" ----------------------------------


def _check_consistency(session: Session, private_dir: Path) -> tuple[int, str]:
    """Audit chain (against the signed checkpoints in ``private_dir``) and document
    sequences; returns (audit entries, head hash)."""
    report = verify_chain(session, private_dir)
    if not report.ok:
        raise BackupError("backup_audit", "Rantai log audit di dalam cadangan rusak: "
                                          f"{report.message}")
    highest = dict(
        ((b, t, y), int(m or 0))
        for b, t, y, m in session.execute(
            select(DocumentRecord.origin_branch, DocumentRecord.doc_type, DocumentRecord.year,
                   func.max(DocumentRecord.sequence))
            .group_by(DocumentRecord.origin_branch, DocumentRecord.doc_type, DocumentRecord.year))
    )
    counters = {
        (b, t, y): int(v)
        for b, t, y, v in session.execute(
            select(DocumentSequence.branch_code, DocumentSequence.doc_type, DocumentSequence.year,
                   DocumentSequence.last_value))
    }
    for key, top in highest.items():
        if counters.get(key, 0) < top:
            raise BackupError("backup_sequence", (
                f"Penghitung nomor dokumen {key[1]} {key[2]} ({key[0]}) lebih kecil dari nomor "
                "tertinggi yang sudah diterbitkan; cadangan tidak konsisten."))
    dup = session.execute(
        select(DocumentRecord.number).group_by(DocumentRecord.origin_branch, DocumentRecord.number)
        .having(func.count() > 1).limit(1)).scalar()
    if dup is not None:
        raise BackupError("backup_duplicate", f"Nomor dokumen {dup} tercatat lebih dari sekali.")
    return int(report.count), str(report.head)


def _ro_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection: checking a file must never write to it."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True,
                           check_same_thread=False)


def _check_sqlite_file(path: Path, private_dir: Path) -> tuple[str | None, int, str, str]:
    """Integrity + consistency of a SQLite copy: (revision, audit count, head, branch)."""
    try:
        conn = _ro_connect(path)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup_corrupt", "Salinan basis data di dalam cadangan rusak.") from exc
    if result != ["ok"]:
        raise BackupError("backup_corrupt", "Salinan basis data di dalam cadangan rusak "
                                            "(pemeriksaan integritas SQLite gagal).")
    engine = create_engine("sqlite://", creator=lambda: _ro_connect(path), poolclass=NullPool)
    try:
        with Session(engine) as session:
            return _describe(session, private_dir)
    finally:
        engine.dispose()


def _describe(session: Session, private_dir: Path) -> tuple[str | None, int, str, str]:
    from sqlalchemy import text

    count, head = _check_consistency(session, private_dir)
    try:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:
        revision = None
    branch = local_code(session) or ""
    return revision, count, head, branch


# -- writing ------------------------------------------------------------------------------------


def _backup_name(now: datetime, kind: str, folder: Path) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"vokasi-{stamp}-{kind}{SUFFIX}"
    n = 1
    while path.exists():
        path = folder / f"vokasi-{stamp}-{kind}-{n}{SUFFIX}"
        n += 1
    return path


def _remove_stale_work(folder: Path, max_age_s: float = 6 * 3600) -> None:
    """Remove temporary files and folders of backups that a power cut interrupted."""
    import time

    limit = time.time() - max_age_s
    for item in folder.glob(".vokasi-*"):
        try:
            if item.lstat().st_mtime > limit:
                continue
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item, ignore_errors=True)
            else:
                item.unlink(missing_ok=True)
        except OSError:
            continue


def _pg_dump(url: URL, out: Path) -> None:
    exe = shutil.which("pg_dump")
    if exe is None:
        raise BackupError("pg_dump_missing", (
            "Cadangan PostgreSQL memerlukan program pg_dump, yang tidak ditemukan di komputer "
            "ini. Pasang klien PostgreSQL (pg_dump/psql) atau cadangkan dari server."))
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [exe, "--no-owner", "--no-privileges", "--format=plain", "--file", str(out),
            "--host", url.host or "localhost", "--port", str(url.port or 5432),
            "--dbname", str(url.database)]
    if url.username:
        args += ["--username", url.username]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        log.error("pg_dump failed: %s", done.stderr.strip()[:500])
        raise BackupError("pg_dump_failed", "pg_dump gagal membuat cadangan PostgreSQL.")


def create_backup(db: Database, folder: Path | str | None = None, *, out: Path | str | None = None,
                  kind: str = "manual", clock: Now | None = None) -> BackupInfo:
    """Write a verified backup of ``db`` to ``out`` or a new file in ``folder``.

    The file appears under its final name only after it was written, synced and verified.
    """
    now = _now(db, clock)
    if out is not None:
        target = Path(out).expanduser().resolve()
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    else:
        base = Path(folder) if folder is not None else default_backup_dir(db.url)
        target = _backup_name(now, kind, ensure_private_dir(base))
    _remove_stale_work(target.parent)
    work = Path(tempfile.mkdtemp(prefix=".vokasi-backup-", dir=target.parent))
    try:
        parts: dict[str, Path] = {}
        # The private folder first, then the database: signed audit checkpoints taken before
        # the snapshot never claim more entries than the snapshot holds.
        private = db.private_dir
        private_copy = work / "private"
        if private.is_dir():
            for item in sorted(private.rglob("*")):
                if item.is_file() and not item.name.endswith(".tmp"):
                    rel = item.relative_to(private).as_posix()
                    dest = private_copy / rel
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(item, dest)
                    parts[PRIVATE_PREFIX + rel] = dest
        if db.is_sqlite:
            copy = work / SQLITE_PART
            src = _ro_connect(Path(db.url.database or ""))
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
            revision, count, head, branch = _check_sqlite_file(copy, private_copy)
            parts[SQLITE_PART] = copy
        else:
            dump = work / PG_PART
            # The dump is one snapshot; the checks run on the live database (restoring the
            # dump elsewhere to check it would need a second server).
            _pg_dump(db.url, dump)
            if b"PostgreSQL database dump complete" not in dump.read_bytes()[-4096:]:
                raise BackupError("pg_dump_failed", "Hasil pg_dump tidak lengkap.")
            with db.read() as session:
                revision, count, head, branch = _describe(session, private_copy)
            parts[PG_PART] = dump
        manifest = {
            "format": FORMAT,
            "created_at": now.astimezone(UTC).isoformat(timespec="seconds"),
            "backend": "sqlite" if db.is_sqlite else "postgresql",
            "branch": branch,
            "app_version": __version__,
            "revision": revision,
            "audit_entries": count,
            "audit_head": head,
            "parts": {name: {"sha256": _sha256_file(p), "size": p.stat().st_size}
                      for name, p in parts.items()},
        }
        fd, tmp_name = tempfile.mkstemp(prefix=".vokasi-", suffix=".tmp", dir=target.parent)
        tmp = Path(tmp_name)  # 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                    zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
                    for name, p in parts.items():
                        zf.write(p, name)
                fh.flush()
                os.fsync(fh.fileno())
            info = verify_backup(tmp)  # read back what was written, not what was meant
            if out is not None:
                os.replace(tmp, target)
            else:
                while True:  # never replace another process's backup of the same second
                    try:
                        os.link(tmp, target)
                        break
                    except FileExistsError:
                        target = _backup_name(now, kind, target.parent)
                tmp.unlink()
            _fsync_dir(target.parent)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BackupInfo(target, info.created_at, info.backend, info.branch, info.app_version,
                      info.revision, info.audit_entries, info.parts)


# -- reading and verifying ----------------------------------------------------------------------


def _refuse(reason: str) -> BackupError:
    return BackupError("backup_invalid", f"Berkas cadangan tidak dapat dipakai: {reason}")


def _read_manifest(
        zf: zipfile.ZipFile) -> tuple[dict[str, object], dict[str, dict[str, object]]]:
    """The manifest and its parts (name -> {"sha256", "size"}), each checked for its type."""
    try:
        manifest = json.loads(zf.read("manifest.json"))
    except KeyError as exc:
        raise _refuse("manifes tidak ada.") from exc
    except ValueError as exc:
        raise _refuse("manifes tidak terbaca.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse("format tidak dikenal.")
    parts = manifest.get("parts")
    if not isinstance(parts, dict) or not all(isinstance(spec, dict)
                                              for spec in parts.values()):
        raise _refuse("daftar isi tidak valid.")
    for name in parts:
        pure = PurePosixPath(str(name))
        if pure.is_absolute() or ".." in pure.parts or "\\" in str(name):
            raise _refuse(f"nama bagian tidak aman ({name}).")
    listed = zf.namelist()
    if len(listed) != len(set(listed)):
        raise _refuse("berisi bagian ganda.")
    names = set(listed) - {"manifest.json"}
    if names != set(parts):
        raise _refuse("isi berkas tidak sesuai dengan manifes.")
    return manifest, parts


def _extract_part(zf: zipfile.ZipFile, name: str, spec: dict[str, object], dest: Path) -> None:
    digest = hashlib.sha256()
    expected = spec.get("size")
    if not isinstance(expected, int) or zf.getinfo(name).file_size != expected:
        raise _refuse(f"ukuran {name} tidak sesuai dengan manifes.")
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    written = 0
    with os.fdopen(fd, "wb") as out, zf.open(name) as src:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            written += len(chunk)
            if written > expected:  # never inflate more than the manifest declares
                raise _refuse(f"ukuran {name} tidak sesuai dengan manifes.")
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if written != expected or digest.hexdigest() != spec.get("sha256"):
        raise _refuse(f"isi {name} telah berubah (sidik sha256 tidak cocok).")


def _open_and_check(path: Path, work: Path) -> tuple[BackupInfo, dict[str, Path]]:
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise _refuse("bukan berkas cadangan aplikasi ini atau berkas rusak.") from exc
    with zf:
        manifest, specs = _read_manifest(zf)
        revision, entries = manifest.get("revision"), manifest.get("audit_entries")
        if not (revision is None or isinstance(revision, str)) \
                or not (entries is None or isinstance(entries, int)):
            raise _refuse("manifes tidak valid.")
        parts: dict[str, Path] = {}
        try:
            for name, spec in specs.items():
                dest = work / name
                _extract_part(zf, name, spec, dest)
                parts[name] = dest
        except (zipfile.BadZipFile, OSError, EOFError, zlib_error()) as exc:
            raise _refuse("isi berkas rusak.") from exc
    backend = manifest.get("backend")
    if backend == "sqlite":
        if SQLITE_PART not in parts:
            raise _refuse("salinan basis data tidak ada.")
        _revision, count, head, _branch = _check_sqlite_file(parts[SQLITE_PART],
                                                             work / "private")
        if count != entries or head != manifest.get("audit_head"):
            raise _refuse("log audit tidak sesuai dengan manifes.")
    elif backend == "postgresql":
        if PG_PART not in parts:
            raise _refuse("salinan basis data tidak ada.")
    else:
        raise _refuse("jenis basis data tidak dikenal.")
    try:
        created = datetime.fromisoformat(str(manifest.get("created_at")))
    except ValueError as exc:
        raise _refuse("tanggal pembuatan tidak valid.") from exc
    info = BackupInfo(path, created, str(backend), str(manifest.get("branch") or ""),
                      str(manifest.get("app_version") or ""), revision, entries or 0,
                      dict(specs))
    return info, parts


def zlib_error() -> type[BaseException]:
    import zlib

    return zlib.error


def verify_backup(path: Path | str) -> BackupInfo:
    """Check a backup file completely (manifest, hashes, integrity, audit chain, sequences)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup_missing", f"Berkas cadangan {path} tidak ditemukan.")
    work = Path(tempfile.mkdtemp(prefix=".vokasi-verify-"))
    try:
        return _open_and_check(path, work)[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def list_backups(folder: Path | str) -> list[Path]:
    """Backup files in ``folder`` made by this app, newest first (by the name's UTC stamp)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [(m["stamp"], p.name, p) for p in folder.iterdir()
             if (m := _NAME_RE.match(p.name)) and p.is_file()]
    return [p for _stamp, _name, p in sorted(found, reverse=True)]


def newest_good_backup(folder: Path | str) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes :func:`verify_backup`, or None."""
    for path in list_backups(folder):
        try:
            return verify_backup(path)
        except BackupError as exc:
            log.warning("skipping backup %s: %s", path.name, exc.code)
    return None


def prune_backups(folder: Path | str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``folder``; returns what was deleted."""
    removed = []
    for path in list_backups(folder)[max(keep, 1):]:
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _stamp_of(path: Path) -> datetime:
    match = _NAME_RE.match(path.name)
    assert match is not None
    return datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)


def auto_backup(db: Database, folder: Path | str | None, *, when: str, keep: int = DEFAULT_KEEP,
                clock: Now | None = None) -> BackupInfo | None:
    """The automatic backup: ``when="start"`` once a (local) day, ``when="exit"`` every time.

    Returns the new backup, or None when today's start-up backup exists already. Keeps the
    newest ``keep`` files.
    """
    base = Path(folder) if folder is not None else default_backup_dir(db.url)
    now = _now(db, clock)
    if when == "start":
        today = now.astimezone().date()
        if any(_stamp_of(p).astimezone().date() == today for p in list_backups(base)):
            return None
    info = create_backup(db, base, kind=when, clock=lambda: now)
    prune_backups(base, keep)
    return info


# -- restoring ----------------------------------------------------------------------------------


def _refuse_unknown_revision(info: BackupInfo) -> None:
    """A backup made by a newer app would restore a database this app refuses to open."""
    if info.revision is None:
        return
    from alembic.script import ScriptDirectory

    from vokasi_desktop.db.migrate import _config

    try:
        ScriptDirectory.from_config(_config()).get_revision(info.revision)
    except Exception as exc:
        raise BackupError("backup_too_new", (
            f"Cadangan ini dibuat oleh versi aplikasi yang lebih baru ({info.app_version}, "
            f"revisi {info.revision}). Perbarui vokasi-desktop sebelum memulihkannya; "
            "tidak ada yang diubah."), {"version": info.app_version}) from exc


def _aside_name(path: Path, stamp: str) -> Path:
    """``<name>.replaced-<stamp>``, with a counter if a repeated restore already used it."""
    candidate = path.with_name(f"{path.name}.replaced-{stamp}")
    n = 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        candidate = path.with_name(f"{path.name}.replaced-{stamp}-{n}")
        n += 1
    return candidate


def restore_backup(url: URL, backup: Path | str, *, clock: Now = utcnow,
                   lock: bool = True) -> RestoreResult:
    """Replace the SQLite database at ``url`` (and its private folder) with a checked backup.

    The app must not have the database open (the instance lock is taken here unless the
    caller holds it already and passes ``lock=False``). The replaced
    files are kept beside it as ``<name>.replaced-<stamp>``: the database is hard-linked (no
    moment without a database file), its ``-wal``/``-shm`` and private folder are renamed.
    """
    if url.get_backend_name() != "sqlite":
        return _restore_postgresql(url, Path(backup), clock)
    db_path = Path(url.database or default_sqlite_path())
    private = private_dir_for(url)
    ensure_private_dir(db_path.parent) if not db_path.parent.exists() else None
    with InstanceLock(db_path) if lock else nullcontext():
        work = Path(tempfile.mkdtemp(prefix=".vokasi-restore-", dir=db_path.parent))
        try:
            info, parts = _open_and_check(Path(backup), work)
            if info.backend != "sqlite":
                raise _refuse("cadangan PostgreSQL tidak dapat dipulihkan ke berkas SQLite.")
            _refuse_unknown_revision(info)
            stamp = clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
            staged_private = work / "private"
            staged_private.mkdir(mode=0o700, exist_ok=True)
            aside = _aside_name(db_path, stamp)
            replaced: list[Path] = []
            if db_path.exists():
                if sqlite_health(db_path) is None:
                    # Move committed pages out of the -wal into the file first, so the file
                    # alone is complete while its -wal is moved aside below.
                    conn = sqlite3.connect(db_path)
                    try:
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    finally:
                        conn.close()
                os.link(db_path, aside)
                replaced.append(aside)
                for suffix in ("-wal", "-shm", "-journal"):
                    side = Path(f"{db_path}{suffix}")
                    if side.exists():
                        os.replace(side, Path(f"{aside}{suffix}"))
            os.replace(parts[SQLITE_PART], db_path)
            _fsync_dir(db_path.parent)
            if private.exists():
                private_aside = _aside_name(private, stamp)
                os.replace(private, private_aside)
                replaced.append(private_aside)
            os.replace(staged_private, private)
            os.chmod(private, 0o700)
            _fsync_dir(db_path.parent)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return RestoreResult(info, replaced)


def _restore_postgresql(url: URL, backup: Path, clock: Now) -> RestoreResult:
    psql = shutil.which("psql")
    if psql is None:
        raise BackupError("psql_missing", "Pemulihan PostgreSQL memerlukan program psql, yang "
                                          "tidak ditemukan di komputer ini.")
    private = private_dir_for(url)
    work = Path(tempfile.mkdtemp(prefix=".vokasi-restore-"))
    try:
        info, parts = _open_and_check(backup, work)
        if info.backend != "postgresql":
            raise _refuse("cadangan SQLite tidak dapat dipulihkan ke server PostgreSQL.")
        _refuse_unknown_revision(info)
        stamp = clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        # Keep the replaced database: a full backup of it first (fails if pg_dump is missing).
        from vokasi_desktop.db.engine import open_database

        current = open_database(url)
        try:
            kept = create_backup(current, default_backup_dir(url), kind="replaced",
                                 clock=lambda: clock())
        finally:
            current.dispose()
        script = work / "restore.sql"
        with script.open("wb") as out:
            out.write(b"DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n")
            out.write(parts[PG_PART].read_bytes())
        env = dict(os.environ)
        if url.password:
            env["PGPASSWORD"] = str(url.password)
        args = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction",
                "--host", url.host or "localhost", "--port", str(url.port or 5432),
                "--dbname", str(url.database), "--file", str(script)]
        if url.username:
            args += ["--username", url.username]
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log.error("psql restore failed: %s", done.stderr.strip()[:500])
            raise BackupError("restore_failed", "Pemulihan PostgreSQL gagal; basis data tidak "
                                                "diubah.")
        staged_private = work / "private"
        staged_private.mkdir(mode=0o700, exist_ok=True)
        replaced = [kept.path]
        if private.exists():
            aside = _aside_name(private, stamp)
            os.replace(private, aside)
            replaced.append(aside)
        ensure_private_dir(private.parent)
        shutil.move(str(staged_private), str(private))
        os.chmod(private, 0o700)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return RestoreResult(info, replaced)


# -- start-up -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartupCheck:
    """The state of a SQLite database before the app opens it."""

    ok: bool
    problem: str = ""
    newest_backup: BackupInfo | None = None


def check_at_startup(url: URL, backup_folder: Path | str | None = None) -> StartupCheck:
    """``PRAGMA quick_check`` on the SQLite file (read-only: nothing is written to it).

    After a clean shutdown (:func:`~vokasi_desktop.db.engine.mark_clean_shutdown`: the file's
    inode, size and time unchanged since the app closed it, no ``-wal`` pending) only the
    header and schema are read (milliseconds, not the seconds a 1 GB ``quick_check`` takes);
    the full ``integrity_check`` then runs on the copy the day's automatic backup makes.
    Any other start (crash, power cut, a file written or replaced by something else) gets
    the full check. The marker is consumed here, so a session that dies leaves none.

    A damaged file is reported with the newest backup that passes verification, so the app
    can offer it; the app must then not open (and so never recreate) the database.
    """
    if url.get_backend_name() != "sqlite":
        return StartupCheck(True)
    db_path = Path(url.database or default_sqlite_path())
    if take_clean_shutdown(db_path, private_dir_for(url)):
        problem = sqlite_header_ok(db_path)
        if problem is not None:
            problem = sqlite_health(db_path)
    else:
        problem = sqlite_health(db_path)
    if problem is None and not db_path.exists():
        private = private_dir_for(url)
        if private.is_dir() and any(private.iterdir()):
            # Keys without their database: the file was lost, not never created. Opening would
            # create an empty database beside the old keys; offer the backup instead.
            problem = "database file missing but its private folder exists"
    if problem is None:
        return StartupCheck(True)
    log.error("database file failed quick_check: %s", problem)
    folder = Path(backup_folder) if backup_folder is not None else default_backup_dir(url)
    return StartupCheck(False, problem, newest_good_backup(folder))


__all__ = [
    "BackupError", "BackupInfo", "RestoreResult", "StartupCheck", "auto_backup",
    "check_at_startup", "create_backup", "default_backup_dir", "list_backups",
    "newest_good_backup", "prune_backups", "restore_backup", "verify_backup",
]
