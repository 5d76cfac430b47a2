"""CLI subcommands for personal data (UU 27/2022): ``person-report`` and ``purge``.

Both log in (``--user``, password asked or ``--password-stdin``); the services check the role.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vokasi_desktop.cli.login import add_login_args
from vokasi_desktop.domain.clock import utc_now

EXIT_OK = 0


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="basis data (URL atau path berkas SQLite)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("person-report",
                       help="laporan data pribadi yang disimpan tentang satu peserta (PDF/xlsx)")
    p.add_argument("--nik", required=True, metavar="NIK", help="NIK peserta (16 digit)")
    p.add_argument("--out", required=True, metavar="BERKAS.pdf|BERKAS.xlsx")
    p.add_argument("--overwrite", action="store_true", help="timpa berkas yang sudah ada")
    _db_arg(p)
    add_login_args(p)
    p.set_defaults(handler=cmd_person_report)

    p = sub.add_parser("purge", help="hapus data pribadi peserta yang melewati masa simpan "
                                     "(Pengaturan > Kantor)")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true",
                      help="hanya hitung peserta yang akan dihapus; tidak ada yang diubah")
    mode.add_argument("--yes", action="store_true", help="hapus sekarang (tidak dapat dibatalkan)")
    _db_arg(p)
    add_login_args(p)
    p.set_defaults(handler=cmd_purge)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from vokasi_desktop.cli.common import open_db as _open_db

    if not hasattr(args, "db"):
        args.db = None
    return _open_db(args)


def cmd_person_report(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import check_output_file
    from vokasi_desktop.cli.login import login
    from vokasi_desktop.services.privacy import person_report

    check_output_file(args.out, overwrite=args.overwrite)
    db = _open(args)
    try:
        result = person_report(db, login(db, args), args.nik, Path(args.out),
                               now=utc_now(db.clock))
    finally:
        db.dispose()
    counts = ", ".join(f"{name}: {n}" for name, n in result.sections.items())
    print(f"Laporan data pribadi tersimpan di {result.path} ({counts}).")
    print("Berkas ini berisi NIK lengkap: serahkan hanya kepada peserta yang bersangkutan.")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.login import login
    from vokasi_desktop.services.privacy import purge, purge_preview

    db = _open(args)
    today = db.clock.today()
    try:
        principal = login(db, args)
        preview = purge_preview(db, principal, today=today)
        print(f"Masa simpan {preview.retention_years} tahun: {preview.count} peserta tanpa "
              f"kegiatan sejak sebelum {preview.cutoff:%d/%m/%Y}.")
        if args.dry_run:
            print("Uji coba (--dry-run): tidak ada data yang diubah.")
            return EXIT_OK
        n = purge(db, principal, today=today, expected_count=preview.count)
    finally:
        db.dispose()
    print(f"Data pribadi {n} peserta dihapus. Tercatat di log audit (tanpa data pribadi).")
    return EXIT_OK
