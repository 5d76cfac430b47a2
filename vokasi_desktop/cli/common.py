"""What the CLI's command modules share: the error type, opening ``--db``, dates and output paths.

The feature modules (``documents``, ``keys``, ``backup``, ...) import from here, never from
``entry`` (which imports them to register their subcommands).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from vokasi_desktop.domain.clock import SYSTEM_CLOCK

if TYPE_CHECKING:
    from vokasi_desktop.db.engine import Database

log = logging.getLogger("vokasi_desktop")


class CliError(Exception):
    """A user-facing CLI failure (message already in Indonesian)."""


FOREIGN_DB = ("Berkas {where} bukan basis data vokasi-desktop atau rusak; periksa --db "
              "(pulihkan dari cadangan bila berkas ini seharusnya basis data aplikasi).")
DOCUMENT_DATE_FIRST = date(2019, 1, 1)
DOCUMENT_DATE_AHEAD_DAYS = 366


def open_db(args: argparse.Namespace, *, migrate: bool = True,
            create: bool = False) -> Database:
    """Open (and migrate) the database of ``--db``; refuse rather than damage or invent one.

    A SQLite file that does not exist is created only when ``create`` (``init``, ``demo``);
    a file or database holding other tables than vokasi-desktop's is refused before the
    migration could add tables to it.
    """
    from sqlalchemy import inspect

    from vokasi_desktop.db.engine import open_database, resolve_url
    from vokasi_desktop.db.migrate import upgrade_database

    url = resolve_url(args.db)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if path.is_dir():
            raise CliError(f"{path} adalah folder, bukan berkas basis data.")
        if not path.exists() and not create:
            raise CliError(f"Basis data {path} tidak ada. Buat dulu dengan 'vokasi-desktop init' "
                           "(atau 'vokasi-desktop demo'), atau periksa --db.")
    db = open_database(url, clock=SYSTEM_CLOCK)  # the CLI process's one clock
    try:
        tables = set(inspect(db.engine).get_table_names())
        if tables and "alembic_version" not in tables:
            raise CliError(FOREIGN_DB.format(where=db.description))
        if migrate:
            result = upgrade_database(db.engine)
            if result.changed:
                log.info("database upgraded from %s to %s", result.from_revision,
                         result.to_revision)
                if result.backup_path:
                    print(f"Salinan basis data sebelum pembaruan: {result.backup_path}",
                          file=sys.stderr)
            startup(db)
    except BaseException:
        db.dispose()
        raise
    return db


def startup(db: Database) -> None:
    """Start-up duties for every CLI command: move legacy keys out, anchor the audit chain."""
    from vokasi_desktop.services import audit, keys

    moved = keys.startup(db)
    if moved:
        print(f"Kunci tanda tangan {', '.join(moved)} dipindahkan dari basis data ke berkas di "
              f"{db.private_dir} (belum berfrasa sandi: jalankan 'vokasi-desktop key "
              "passphrase').", file=sys.stderr)
    try:
        audit.anchor(db)
    except OSError as exc:
        print(f"Peringatan: checkpoint audit tidak dapat ditulis ({exc.strerror}).",
              file=sys.stderr)


def parse_cli_date(text: str | None, what: str = "--date", *,
                   today: date | None = None) -> date | None:
    """A ``YYYY-MM-DD`` argument within the programme's sane range (2019 to a year ahead)."""
    if not text:
        return None
    try:
        value = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise CliError(f"{what} {text!r} tidak valid; gunakan format YYYY-MM-DD.") from exc
    last = (today or date.today()) + timedelta(days=DOCUMENT_DATE_AHEAD_DAYS)
    if not DOCUMENT_DATE_FIRST <= value <= last:
        raise CliError(f"{what} {value:%d/%m/%Y} di luar rentang yang wajar "
                       f"({DOCUMENT_DATE_FIRST:%d/%m/%Y} sampai {last:%d/%m/%Y}).")
    return value


def check_output_file(path: str | Path, *, overwrite: bool = False) -> Path:
    """Refuse an output file that cannot or should not be written, before any work is done.

    The folder must exist and be writable; an existing file is replaced only with
    ``--overwrite``; a folder in its place is refused. The message names the file.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise CliError(f"{target} adalah folder; berikan nama berkas keluaran.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(f"Folder {folder} untuk berkas {target.name} tidak ada.")
    if not os.access(folder, os.W_OK):
        raise CliError(f"Folder {folder} tidak dapat ditulisi (izin atau disk hanya-baca).")
    if target.exists() and not overwrite:
        raise CliError(f"Berkas {target} sudah ada; tidak ditimpa. Pakai --overwrite untuk "
                       "menimpanya, atau pilih nama lain.")
    return target


def check_output_dir(path: str | Path) -> Path:
    """An existing, writable output folder (refused with a message naming it otherwise)."""
    folder = Path(path).expanduser()
    if not folder.is_dir():
        what = "bukan folder" if folder.exists() else "tidak ada"
        raise CliError(f"Folder keluaran {folder} {what}.")
    if not os.access(folder, os.W_OK):
        raise CliError(f"Folder {folder} tidak dapat ditulisi (izin atau disk hanya-baca).")
    return folder




def db_arg(p: argparse.ArgumentParser) -> None:
    """``--db URL`` on a subcommand (the top-level value is kept when it is not given)."""
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="basis data (URL atau path berkas SQLite)")
