"""CLI subcommand ``verifier``: write the offline verifier page (one self-contained HTML file)."""

from __future__ import annotations

import argparse

from vokasi_desktop.services.verifier import DEFAULT_FILE_NAME

EXIT_OK = 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "verifier",
        help="tulis halaman verifikasi luring (satu berkas HTML) untuk pihak luar",
        description="Menulis satu berkas HTML mandiri yang memeriksa kode QR surat dan "
                    "sertifikat tanpa aplikasi dan tanpa internet, dengan kunci publik yang "
                    "dipercaya kantor ini.")
    p.add_argument("--out", default=DEFAULT_FILE_NAME, metavar="BERKAS.html",
                   help=f"berkas keluaran (bawaan: {DEFAULT_FILE_NAME})")
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="basis data (URL atau path berkas SQLite)")
    p.set_defaults(handler=cmd_verifier)


def cmd_verifier(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import open_db
    from vokasi_desktop.services.verifier import build_verifier_page

    db = open_db(args)
    try:
        page = build_verifier_page(db, args.out)
    finally:
        db.dispose()
    revoked = f", {page.revoked_count} dicabut" if page.revoked_count else ""
    print(f"Halaman verifikasi ditulis: {page.path} ({page.key_count} kunci{revoked}, "
          f"{page.size // 1024} KB, dibuat {page.made_at:%d-%m-%Y %H:%M} UTC).")
    return EXIT_OK
