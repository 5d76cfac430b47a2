"""CLI subcommands for user management: ``vokasi-desktop user list|create|disable|enable|
unlock|reset-password|set-role|passwd``.

Every command logs in first (``--user`` and a password typed at the prompt or read as the first
line of standard input with ``--password-stdin``); a new password (create, reset-password,
passwd) is typed twice at the prompt or read as the second line of standard input. Passwords
are never taken from the command line (they would show in the process list and shell history).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from vokasi_desktop.domain.access import ROLE_CODES, ROLE_LABELS_ID

EXIT_OK, EXIT_ERROR = 0, 2


def _err(message: str) -> Exception:
    from vokasi_desktop.cli.common import CliError

    return CliError(message)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", default=None,
                   help="nama pengguna yang login (administrator; wajib)")
    p.add_argument("--password-stdin", action="store_true",
                   help="baca kata sandi dari baris pertama stdin (kata sandi baru: baris kedua)")
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="basis data (URL atau path berkas SQLite)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("user", help="kelola pengguna: daftar, buat, nonaktifkan, buka kunci, "
                                    "atur ulang kata sandi, peran, ganti kata sandi sendiri")
    us = p.add_subparsers(dest="user_command", metavar="PERINTAH", required=True)
    c = us.add_parser("list", help="daftar pengguna dengan peran, status dan login terakhir")
    _common(c)
    c.set_defaults(handler=cmd_list)
    c = us.add_parser("create", help="buat pengguna (wajib mengganti kata sandi saat login)")
    c.add_argument("username")
    c.add_argument("--name", required=True, help="nama lengkap")
    c.add_argument("--role", required=True, choices=ROLE_CODES, help="peran")
    _common(c)
    c.set_defaults(handler=cmd_create)
    for name, helptext, handler in (
        ("disable", "nonaktifkan pengguna", "cmd_disable"),
        ("enable", "aktifkan kembali pengguna", "cmd_enable"),
        ("unlock", "buka kunci akun setelah terlalu banyak percobaan gagal", "cmd_unlock"),
        ("reset-password", "atur kata sandi sementara (wajib diganti saat login)", "cmd_reset"),
    ):
        c = us.add_parser(name, help=helptext)
        c.add_argument("username")
        _common(c)
        c.set_defaults(handler=globals()[handler])
    c = us.add_parser("set-role", help="ubah peran pengguna")
    c.add_argument("username")
    c.add_argument("role", choices=ROLE_CODES)
    _common(c)
    c.set_defaults(handler=cmd_set_role)
    c = us.add_parser("passwd", help="ganti kata sandi sendiri (kata sandi lama = kata sandi login)")
    _common(c)
    c.set_defaults(handler=cmd_passwd)


class _Secrets:
    """Password lines from stdin (``--password-stdin``) or the terminal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.lines: list[str] | None = None
        if args.password_stdin:
            self.lines = [line.rstrip("\r\n") for line in sys.stdin.readlines()]

    def login(self) -> str:
        if self.lines is not None:
            if not self.lines or not self.lines[0]:
                raise _err("Kata sandi login tidak ada di stdin.")
            return self.lines[0]
        return getpass.getpass("Kata sandi: ")

    def new(self) -> str:
        if self.lines is not None:
            if len(self.lines) < 2 or not self.lines[1]:
                raise _err("Kata sandi baru tidak ada di stdin (baris kedua).")
            return self.lines[1]
        first = getpass.getpass("Kata sandi baru: ")
        if getpass.getpass("Ulangi kata sandi baru: ") != first:
            raise _err("Kedua kata sandi baru tidak sama.")
        return first


def _login(args: argparse.Namespace, secrets: _Secrets):  # type: ignore[no-untyped-def]
    """Open the database and log in; returns (db, principal, login password)."""
    from vokasi_desktop.cli.common import open_db
    from vokasi_desktop.cli.login import LoginError, _open_sessions
    from vokasi_desktop.services import auth
    from vokasi_desktop.services.errors import AuthError

    if not (args.user or "").strip():  # exit 3 like every other command, not argparse's 2
        raise LoginError("Perintah ini mengubah data atau menampilkan data pribadi: login "
                         "dengan --user NAMA (kata sandi ditanyakan, atau --password-stdin).")
    db = open_db(args)
    try:
        password = secrets.login()
        info = auth.authenticate(db, args.user, password, source="cli")
    except AuthError as exc:
        db.dispose()
        raise LoginError(str(exc)) from None
    except BaseException:
        db.dispose()
        raise

    _open_sessions.append((db, info))  # cli.main ends the session when the command ends
    return db, info, password


def _show(row) -> str:  # type: ignore[no-untyped-def]
    state = "aktif" if row.active else "nonaktif"
    if row.locked:
        state += ", terkunci"
    if row.must_change_password:
        state += ", wajib ganti kata sandi"
    last = f"{row.last_login_at.astimezone():%d/%m/%Y %H:%M}" if row.last_login_at else "-"
    return (f"{row.username:<16} {row.full_name[:30]:<30} "
            f"{ROLE_LABELS_ID.get(row.role, row.role):<15} {state:<36} {last}")


def _run(args: argparse.Namespace, action, *, new_password: bool = False) -> int:  # type: ignore[no-untyped-def]
    secrets = _Secrets(args)
    db, principal, password = _login(args, secrets)
    try:
        new = secrets.new() if new_password else None
        result = action(db, principal, password, new)
    finally:
        db.dispose()
    if isinstance(result, list):
        for row in result:
            print(_show(row))
    elif result is not None:
        print(_show(result))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    print(f"{'PENGGUNA':<16} {'NAMA':<30} {'PERAN':<15} {'STATUS':<36} LOGIN TERAKHIR")
    return _run(args, lambda db, p, _pw, _new: users.list_users(db, p))


def cmd_create(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    return _run(args, lambda db, p, _pw, new: users.create_user(
        db, p, args.username, args.name, args.role, new), new_password=True)


def cmd_disable(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    return _run(args, lambda db, p, _pw, _new: users.disable_user(db, p, args.username))


def cmd_enable(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    return _run(args, lambda db, p, _pw, _new: users.enable_user(db, p, args.username))


def cmd_unlock(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    return _run(args, lambda db, p, _pw, _new: users.unlock_user(db, p, args.username))


def cmd_reset(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    return _run(args, lambda db, p, _pw, new: users.reset_password(db, p, args.username, new),
                new_password=True)


def cmd_set_role(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    return _run(args, lambda db, p, _pw, _new: users.set_role(db, p, args.username, args.role))


def cmd_passwd(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import users

    def change(db, p, pw, new):  # type: ignore[no-untyped-def]
        users.change_own_password(db, p, pw, new)
        print("Kata sandi diganti.")

    return _run(args, change, new_password=True)
