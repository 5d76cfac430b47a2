"""CLI subcommands ``backup`` and ``restore`` (see services/backup.py for the file format)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vokasi_desktop.cli.common import db_arg as _db_arg
from vokasi_desktop.cli.login import add_login_args

EXIT_OK = 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="buat cadangan terverifikasi (basis data + folder privat)")
    p.add_argument("--out", metavar="BERKAS.vkbak",
                   help="berkas cadangan; bawaan: berkas baru di folder cadangan")
    p.add_argument("--dir", metavar="FOLDER", help="folder cadangan (bila --out tidak diberikan)")
    p.add_argument("--keep", type=int, default=None,
                   help="setelah mencadangkan ke folder, simpan hanya N cadangan terbaru")
    _db_arg(p)
    add_login_args(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan (diperiksa dulu)")
    p.add_argument("file", metavar="BERKAS.vkbak")
    p.add_argument("--check-only", action="store_true",
                   help="hanya periksa berkas cadangan; tidak ada yang diubah")
    _db_arg(p)
    add_login_args(p)
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import open_db
    from vokasi_desktop.services.backup import create_backup, prune_backups

    if not hasattr(args, "db"):
        args.db = None
    from vokasi_desktop.cli.login import login_for
    from vokasi_desktop.domain.access import Action

    db = open_db(args)
    try:
        login_for(db, args, Action.BACKUP_CREATE)
        info = create_backup(db, args.dir, out=args.out)
    finally:
        db.dispose()
    if args.keep and not args.out:
        prune_backups(info.path.parent, args.keep)
    print(f"Cadangan tersimpan dan terverifikasi: {info.path} "
          f"({len(info.parts)} bagian, {info.audit_entries} entri log audit).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from vokasi_desktop.db.engine import resolve_url
    from vokasi_desktop.services.backup import restore_backup, verify_backup

    if args.check_only:
        info = verify_backup(Path(args.file))
        print(f"Cadangan baik: dibuat {info.created_at:%Y-%m-%d %H:%M} UTC, kantor "
              f"{info.branch or '-'}, versi aplikasi {info.app_version}.")
        return EXIT_OK
    url = resolve_url(getattr(args, "db", None))
    verify_backup(Path(args.file))  # a bad file is refused before anyone is asked to log in
    _authorize_restore(args)
    result = restore_backup(url, Path(args.file))
    print(f"Basis data dipulihkan dari cadangan {result.backup.created_at:%Y-%m-%d %H:%M} UTC.")
    for path in result.replaced:
        print(f"Data yang diganti disimpan di {path}")
    return EXIT_OK


def _authorize_restore(args: argparse.Namespace) -> None:
    """Restoring replaces the database: an administrator's login to the CURRENT database.

    When the current database cannot be opened, has no user or is not at this app's schema
    version (the disaster the restore is for), nobody can log in to it and the restore goes
    ahead (the file and its version are checked by the restore itself).
    """
    from vokasi_desktop.cli.common import open_db
    from vokasi_desktop.cli.login import login_for
    from vokasi_desktop.domain.access import Action
    from vokasi_desktop.services.setup import has_users

    try:
        db = open_db(args, migrate=False)
    except Exception:  # a broken database is what a restore repairs
        return
    try:
        try:
            users = has_users(db)
        except Exception:  # unreadable: nobody can log in to it
            return
        from vokasi_desktop.db.migrate import current_revision, head_revision

        try:
            usable = current_revision(db.engine) == head_revision()
        except Exception:  # unreadable version: this app cannot log anyone in to it
            usable = False
        if users and usable:
            login_for(db, args, Action.BACKUP_RESTORE)
    finally:
        db.dispose()
