"""CLI of the regional office: ``region recap`` and ``region allocate``.

Both log in (``--user``, password asked on the terminal or read from ``--password-stdin``) and
act as that user: the recap needs report rights, an allocation the head's.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK, EXIT_ERROR = 0, 2


def _err(message: str) -> Exception:
    from vokasi_desktop.cli.common import CliError

    return CliError(message)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("region", help="kantor wilayah: rekap per cabang, alokasi kuota cabang")
    region_sub = p.add_subparsers(dest="region_command", metavar="PERINTAH", required=True)

    r = region_sub.add_parser("recap", help="rekap konsolidasi per cabang dan capaian target "
                                            "nasional satu tahun program")
    r.add_argument("--year", type=int, required=True, help="tahun program, mis. 2027")
    r.add_argument("--json", action="store_true", help="keluaran JSON")
    _common(r)
    r.set_defaults(handler=cmd_recap)

    a = region_sub.add_parser("allocate", help="alokasikan kuota kursi dan anggaran ke cabang "
                                               "(tidak melebihi target/anggaran tahun program)")
    a.add_argument("--year", type=int, required=True, help="tahun program")
    a.add_argument("--branch", required=True, metavar="KODE", help="kode kantor cabang")
    a.add_argument("--seats", type=int, required=True, help="jumlah kursi")
    a.add_argument("--budget", type=int, required=True, help="anggaran dalam Rupiah")
    _common(a)
    a.set_defaults(handler=cmd_allocate)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="basis data (URL atau path berkas SQLite)")
    p.add_argument("--user", default=None, help="nama pengguna yang masuk (wajib)")
    p.add_argument("--password-stdin", action="store_true",
                   help="baca kata sandi dari satu baris stdin")


def _login(args: argparse.Namespace, db: Any) -> Any:
    """The shared CLI login (cli_login): a real session the services check."""
    from vokasi_desktop.cli.login import login

    return login(db, args)


def _open(args: argparse.Namespace) -> Any:
    from vokasi_desktop.cli.common import open_db

    return open_db(args)


def _rp(value: int) -> str:
    return "Rp" + f"{value:,}".replace(",", ".")


def cmd_recap(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import regional

    db = _open(args)
    try:
        principal = _login(args, db)
        r = regional.recap(db, principal, args.year)
        kind = regional.office_kind(db)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({
            "year": r.year, "office_kind": kind, "national_target": r.national_target,
            "enrolments": r.enrolments, "completed": r.completed,
            "budget_total": r.budget_total, "budget_used": r.budget_used,
            "branches": [{"code": b.code, "name": b.name, "by_status": b.by_status,
                          "seats": b.seats, "seats_used": b.seats_used, "budget": b.budget,
                          "budget_used": b.budget_used, "letters": b.letters,
                          "certificates": b.certificates, "slips": b.slips,
                          "voided": b.voided} for b in r.branches]},
            ensure_ascii=False))
        return EXIT_OK
    if kind != "regional":
        print("Catatan: instalasi ini adalah kantor cabang; rekap hanya memuat data yang ada "
              "di basis data ini.", file=sys.stderr)
    print(f"Rekap tahun program {r.year}: {r.enrolments} pendaftaran dari target nasional "
          f"{r.national_target} ({r.target_progress:.1%}), {r.completed} selesai; anggaran "
          f"terpakai {_rp(r.budget_used)} dari {_rp(r.budget_total)}.")
    print(f"{'Kantor':<8} {'Daftar':>7} {'Latih':>6} {'Selesai':>7} {'Batal':>6} "
          f"{'Kursi':>11} {'Anggaran terpakai':>32} {'Surat':>6} {'Sert.':>6}")
    for b in r.branches:
        s = b.by_status
        print(f"{b.code:<8} {s.get('enrolled', 0):>7} {s.get('in_training', 0):>6} "
              f"{s.get('completed', 0):>7} {s.get('cancelled', 0):>6} "
              f"{f'{b.seats_used}/{b.seats}':>11} "
              f"{f'{_rp(b.budget_used)}/{_rp(b.budget)}':>32} {b.letters:>6} "
              f"{b.certificates:>6}")
    return EXIT_OK


def cmd_allocate(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import regional

    db = _open(args)
    try:
        principal = _login(args, db)
        a = regional.allocate_quota(db, principal, args.year, args.branch, args.seats,
                                    args.budget)
    finally:
        db.dispose()
    print(f"Kuota {a.branch_code} tahun {a.year}: {a.seats} kursi, {_rp(a.budget)}. "
          f"Belum dialokasikan: {a.seats_unallocated} kursi, {_rp(a.budget_unallocated)}.")
    return EXIT_OK
