"""CLI subcommands for the audit trail and the signing keys.

``audit verify`` (exit 0 intact, 1 tampered), ``key list``, ``key rotate``,
``key revoke KEY_ID --reason``, ``key passphrase``. Also the passphrase sources every command
shares: ``VOKASI_KEY_PASSPHRASE``, the top-level ``--key-passphrase-stdin`` and, on a
terminal, a prompt.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from vokasi_desktop.cli.common import db_arg as _db_arg

EXIT_OK, EXIT_NO, EXIT_ERROR = 0, 1, 2
ENV_PASSPHRASE = "VOKASI_KEY_PASSPHRASE"
ENV_NEW_PASSPHRASE = "VOKASI_NEW_KEY_PASSPHRASE"


def _err(message: str) -> Exception:
    from vokasi_desktop.cli.common import CliError

    return CliError(message)


def _user_arg(p: argparse.ArgumentParser) -> None:
    from vokasi_desktop.cli.login import add_login_args

    add_login_args(p)


def _login(db: Any, args: argparse.Namespace) -> Any:
    from vokasi_desktop.cli.login import login

    return login(db, args)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="periksa log audit (rantai hash dan checkpoint bertanda tangan)")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="PERINTAH", required=True)
    v = audit_sub.add_parser("verify", help="periksa keutuhan log audit: 0 utuh, 1 diubah")
    v.add_argument("--json", action="store_true", help="keluaran JSON")
    _db_arg(v)
    v.set_defaults(handler=cmd_audit_verify)

    p = sub.add_parser("key", help="kunci tanda tangan kantor: daftar, ganti, cabut, frasa sandi")
    key_sub = p.add_subparsers(dest="key_command", metavar="PERINTAH", required=True)
    k = key_sub.add_parser("list", help="daftar kunci (aktif, dicabut, berkas kunci di komputer ini)")
    _db_arg(k)
    k.set_defaults(handler=cmd_key_list)
    k = key_sub.add_parser("rotate", help="buat kunci baru untuk menandatangani mulai sekarang; "
                                          "kunci lama tetap dipakai untuk memeriksa")
    k.add_argument("--no-key-passphrase", action="store_true",
                   help="simpan kunci baru TANPA frasa sandi")
    _user_arg(k)
    _db_arg(k)
    k.set_defaults(handler=cmd_key_rotate)
    k = key_sub.add_parser("revoke", help="cabut kunci: dokumennya diperiksa sebagai 'kunci dicabut'")
    k.add_argument("key_id", metavar="KEY_ID")
    k.add_argument("--reason", required=True, help="alasan pencabutan (dicatat)")
    _user_arg(k)
    _db_arg(k)
    k.set_defaults(handler=cmd_key_revoke)
    k = key_sub.add_parser("passphrase", help="ganti/pasang frasa sandi kunci aktif (frasa baru: "
                                              "prompt, baris stdin berikutnya atau "
                                              "VOKASI_NEW_KEY_PASSPHRASE)")
    k.add_argument("--remove", action="store_true",
                   help="simpan kunci TANPA frasa sandi (tidak disarankan)")
    _user_arg(k)
    _db_arg(k)
    k.set_defaults(handler=cmd_key_passphrase)


# ------------------------------------------------------------------------ passphrase sources

_stdin_cache: dict[str, str] = {}


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline()
    if not line:
        raise _err(f"{what} tidak terbaca dari stdin.")
    return line.rstrip("\r\n")


def _unlock_passphrase(args: argparse.Namespace) -> str | None:
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    if getattr(args, "key_passphrase_stdin", False):
        if "unlock" not in _stdin_cache:
            _stdin_cache["unlock"] = _stdin_line("Frasa sandi kunci")
        return _stdin_cache["unlock"]
    if sys.stdin.isatty():
        return getpass.getpass("Frasa sandi kunci tanda tangan: ")
    return None


@contextlib.contextmanager
def passphrase_provider(args: argparse.Namespace) -> Iterator[None]:
    """While a command runs, a locked key unlocks on demand from env, stdin or a prompt."""
    from vokasi_desktop.services import keys

    _stdin_cache.clear()
    keys.set_passphrase_provider(lambda _kid: _unlock_passphrase(args))
    try:
        yield
    finally:
        keys.set_passphrase_provider(None)
        _stdin_cache.clear()


def new_key_passphrase(args: argparse.Namespace, env: str = ENV_PASSPHRASE) -> str | None:
    """The passphrase for a new key file; None only with ``--no-key-passphrase``."""
    from vokasi_desktop.services.keys import validate_passphrase

    if getattr(args, "no_key_passphrase", False):
        return None
    value = os.environ.get(env)
    if not value and getattr(args, "key_passphrase_stdin", False):
        value = _stdin_line("Frasa sandi kunci")
    if not value:
        if not sys.stdin.isatty():
            raise _err("Frasa sandi kunci tanda tangan diperlukan: berikan --key-passphrase-stdin "
                       f"atau {env}, atau pilih --no-key-passphrase secara sadar.")
        value = getpass.getpass("Frasa sandi baru untuk kunci tanda tangan (min. 8 karakter): ")
        validate_passphrase(value)
        if getpass.getpass("Ulangi frasa sandi: ") != value:
            raise _err("Kedua frasa sandi tidak sama.")
    validate_passphrase(value)
    return value


def needs_new_key(db: Any) -> bool:
    """True when ``init`` will create the branch's first signing key."""
    from sqlalchemy import select

    from vokasi_desktop.db.models import BranchKey

    with db.read() as session:
        return session.execute(select(BranchKey.id).where(
            BranchKey.active.is_(True), BranchKey.revoked_at.is_(None))).first() is None


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from vokasi_desktop.cli.common import open_db

    return open_db(args)


# ---------------------------------------------------------------------------------- commands

def cmd_audit_verify(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import audit

    db = _open(args)
    try:
        report = audit.verify(db)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"ok": report.ok, "problem": report.problem, "count": report.count,
                          "broken_at": report.broken_at, "checkpoint": report.checkpoint_seq,
                          "message": report.message}, ensure_ascii=False))
    elif report.ok:
        print(report.message)
    else:
        print(f"LOG AUDIT TIDAK UTUH ({report.problem}): {report.message}")
    return EXIT_OK if report.ok else EXIT_NO


def cmd_key_list(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import keys

    db = _open(args)
    try:
        rows = keys.list_keys(db)
        folder = db.private_dir
    finally:
        db.dispose()
    if not rows:
        print("Belum ada kunci tanda tangan.")
        return EXIT_OK
    print(f"Folder kunci: {folder}")
    for k in rows:
        state = ("DICABUT " + f"{k.revoked_at:%d/%m/%Y}" + f" ({k.revoked_reason})"
                 if k.revoked_at else "AKTIF" if k.active else "lama (hanya memeriksa)")
        if not k.has_private:
            file_state = "tanpa berkas kunci di sini"
        else:
            file_state = "berkas terenkripsi" if k.encrypted else "berkas TANPA frasa sandi"
        print(f"  {k.key_id}  {k.branch_code:<6} {k.created_at:%d/%m/%Y}  {state}; {file_state}")
    return EXIT_OK


def cmd_key_rotate(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import keys

    db = _open(args)
    try:
        principal = _login(db, args)  # the password is the first line of stdin
        passphrase = new_key_passphrase(args)
        kid = keys.rotate(db, passphrase, principal=principal)
    finally:
        db.dispose()
    print(f"Kunci baru {kid} aktif; kunci lama tetap dipakai untuk memeriksa dokumen lama.")
    return EXIT_OK


def cmd_key_revoke(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import keys

    db = _open(args)
    try:
        info = keys.revoke(db, args.key_id, args.reason, principal=_login(db, args))
    finally:
        db.dispose()
    print(f"Kunci {info.key_id} dicabut. Dokumen bertanda tangan kunci ini kini diperiksa sebagai "
          "'kunci dicabut'.")
    return EXIT_OK


def cmd_key_passphrase(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import keys

    db = _open(args)
    try:
        principal = _login(db, args)  # the password is the first line of stdin
        old = _unlock_passphrase(args) if keys.is_locked(db) else None
        if args.remove:
            new = None
        else:
            ns = argparse.Namespace(key_passphrase_stdin=args.key_passphrase_stdin)
            new = new_key_passphrase(ns, ENV_NEW_PASSPHRASE)
        kid = keys.change_passphrase(db, old, new, principal=principal)
    finally:
        db.dispose()
    print(f"Frasa sandi kunci {kid} " + ("dihapus (kunci TANPA frasa sandi)." if new is None
                                         else "diperbarui."))
    return EXIT_OK
