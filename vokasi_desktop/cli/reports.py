"""CLI subcommand for the monthly report: ``vokasi-desktop report monthly --month YYYY-MM``."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from vokasi_desktop.cli.common import db_arg as _db_arg
from vokasi_desktop.cli.login import add_login_args

_MONTH = re.compile(r"(\d{4})-(\d{2})")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="laporan untuk kantor wilayah")
    rsub = p.add_subparsers(dest="report_kind", required=True)
    m = rsub.add_parser("monthly", help="laporan bulanan (xlsx dengan grafik, atau PDF satu halaman)")
    m.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan laporan")
    m.add_argument("--out", required=True, metavar="BERKAS",
                   help="berkas keluaran: .xlsx (buku kerja) atau .pdf (untuk ditandatangani)")
    _db_arg(m)
    add_login_args(m)
    m.set_defaults(handler=cmd_monthly)


def cmd_monthly(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import CliError, open_db
    from vokasi_desktop.services.dashboard import write_monthly_report

    match = _MONTH.fullmatch(args.month or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise CliError(f"--month {args.month!r} tidak valid; gunakan format YYYY-MM.")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"folder {str(out.parent)!r} tidak ada.")
    from vokasi_desktop.cli.login import login_for
    from vokasi_desktop.domain.access import Action

    db = open_db(args)
    try:
        login_for(db, args, Action.REPORT_VIEW)
        path = write_monthly_report(db, int(match.group(1)), int(match.group(2)), out)
    finally:
        db.engine.dispose()
    print(f"Laporan bulanan ditulis ke {path}")
    return 0
