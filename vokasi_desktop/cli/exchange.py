"""CLI for exchange packages between offices.

``exchange export --to OFFICE --out FILE``, ``exchange import FILE`` (exit 0 applied or
already applied, 5 refused), ``exchange status``, ``exchange office --kind``, and the trust
registry: ``exchange trust export-own|add|list|revoke``. Every command logs in (``--user``,
password from a prompt or ``--password-stdin``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vokasi_desktop.domain import vocabulary

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 2, 5  # 3 and 4: login failed, role refused (cli_login)


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="basis data (URL atau path berkas SQLite)")
    p.add_argument("--user", default=None, help="nama pengguna yang masuk (wajib)")
    p.add_argument("--password-stdin", action="store_true",
                   help="baca kata sandi dari baris pertama stdin")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("exchange", help="pertukaran data antarkantor: paket bertanda tangan")
    ex = p.add_subparsers(dest="exchange_command", metavar="PERINTAH", required=True)
    e = ex.add_parser("export", help="tulis paket berikutnya untuk satu kantor")
    e.add_argument("--to", required=True, metavar="KANTOR", help="kode kantor tujuan")
    e.add_argument("--out", required=True, metavar="BERKAS", help="berkas paket (.zip)")
    _db_arg(e)
    e.set_defaults(handler=cmd_export)
    i = ex.add_parser("import", help="periksa dan terapkan satu paket (0 diterapkan/sudah, "
                                     "3 ditolak)")
    i.add_argument("file", metavar="BERKAS")
    _db_arg(i)
    i.set_defaults(handler=cmd_import)
    s = ex.add_parser("status", help="kantor mitra dan nomor paket terakhir")
    _db_arg(s)
    s.set_defaults(handler=cmd_status)
    o = ex.add_parser("office", help="jenis kantor ini: branch (cabang) atau regional (wilayah)")
    o.add_argument("--kind", required=True, choices=vocabulary.OFFICE_KINDS.codes)
    _db_arg(o)
    o.set_defaults(handler=cmd_office)
    t = ex.add_parser("trust", help="daftar kunci kantor tepercaya")
    tr = t.add_subparsers(dest="trust_command", metavar="PERINTAH", required=True)
    x = tr.add_parser("export-own", help="tulis kunci publik kantor ini untuk kantor mitra")
    x.add_argument("--out", required=True, metavar="BERKAS")
    _db_arg(x)
    x.set_defaults(handler=cmd_trust_export)
    a = tr.add_parser("add", help="percayai kunci kantor mitra (berkas dari export-own)")
    a.add_argument("file", metavar="BERKAS")
    a.add_argument("--kinds", help="jenis data yang boleh dikirim, dipisah koma (bawaan: "
                                   "sesuai jenis kantor)")
    _db_arg(a)
    a.set_defaults(handler=cmd_trust_add)
    li = tr.add_parser("list", help="daftar kunci tepercaya")
    _db_arg(li)
    li.set_defaults(handler=cmd_trust_list)
    r = tr.add_parser("revoke", help="cabut kepercayaan pada satu kunci")
    r.add_argument("key_id", metavar="KEY_ID")
    r.add_argument("--reason", required=True)
    _db_arg(r)
    r.set_defaults(handler=cmd_trust_revoke)


def _login(args: argparse.Namespace, db: Any) -> Any:
    """The shared CLI login (cli_login): a real session the services check."""
    from vokasi_desktop.cli.login import login

    return login(db, args)


def _run(args: argparse.Namespace, fn: Any) -> int:
    from vokasi_desktop.cli.common import open_db

    db = open_db(args)
    try:
        return int(fn(db, _login(args, db)))
    finally:
        db.dispose()


def cmd_export(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import exchange

    def go(db: Any, who: Any) -> int:
        r = exchange.export_package(db, who, args.to, Path(args.out))
        counts = ", ".join(f"{k} {v}" for k, v in r.counts.items() if v) or "tanpa rekaman"
        print(f"Paket nomor {r.sequence} untuk {r.peer} ditulis ke {r.path} "
              f"({r.bytes} byte; {counts}). sha256 {r.sha256}")
        return EXIT_OK
    return _run(args, go)


def cmd_import(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import exchange
    from vokasi_desktop.services.exchange_format import PackageError

    def go(db: Any, who: Any) -> int:
        try:
            r = exchange.import_package(db, who, Path(args.file))
        except PackageError as exc:
            print(f"Paket ditolak: {exc}", file=sys.stderr)
            return EXIT_REFUSED
        print(r.message)
        return EXIT_OK
    return _run(args, go)


def cmd_status(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import exchange

    def go(db: Any, who: Any) -> int:
        rows = exchange.status(db)
        if not rows:
            print("Belum ada kantor mitra tepercaya.")
        for p in rows:
            print(f"{p.office_code:<8} {p.kind:<9} dikirim #{p.last_sent} (diterima mitra "
                  f"#{p.last_acknowledged}), diterima dari mitra #{p.last_received}")
        if rows:
            print(f"Konflik terbuka: {rows[0].open_conflicts}")
        return EXIT_OK
    return _run(args, go)


def cmd_office(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import exchange

    def go(db: Any, who: Any) -> int:
        exchange.set_office_kind(db, who, args.kind)
        print(f"Jenis kantor ini: {args.kind}.")
        return EXIT_OK
    return _run(args, go)


def cmd_trust_export(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import exchange

    def go(db: Any, who: Any) -> int:
        doc = exchange.export_own_key(db, who)
        Path(args.out).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
        print(f"Kunci publik kantor {doc['office_code']} (ID {doc['key_id']}) ditulis ke "
              f"{args.out}. Cocokkan ID kunci lewat telepon sebelum mitra menambahkannya.")
        return EXIT_OK
    return _run(args, go)


def cmd_trust_add(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import CliError
    from vokasi_desktop.services import exchange

    try:
        doc = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise CliError(f"Berkas kunci {args.file} tidak terbaca atau bukan JSON.") from None
    kinds = [k.strip() for k in args.kinds.split(",")] if args.kinds else None

    def go(db: Any, who: Any) -> int:
        t = exchange.add_trusted(db, who, doc, kinds)
        print(f"Kantor {t.office_code} ({t.kind}) dipercaya dengan kunci {t.key_id}: "
              f"{', '.join(t.data_kinds)}.")
        return EXIT_OK
    return _run(args, go)


def cmd_trust_list(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import exchange

    def go(db: Any, who: Any) -> int:
        for t in exchange.list_trusted(db):
            state = f"DICABUT ({t.revoked_reason})" if t.revoked_at else "aktif"
            print(f"{t.office_code:<8} {t.kind:<9} {t.key_id}  {state}  {', '.join(t.data_kinds)}")
        return EXIT_OK
    return _run(args, go)


def cmd_trust_revoke(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import exchange

    def go(db: Any, who: Any) -> int:
        t = exchange.revoke_trusted(db, who, args.key_id, args.reason)
        print(f"Kunci {t.key_id} kantor {t.office_code} dicabut.")
        return EXIT_OK
    return _run(args, go)
