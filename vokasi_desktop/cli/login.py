"""CLI login: commands that change data or reveal personal data authenticate a user.

``--user NAME`` (no default) names the user; the password is asked on the terminal (getpass)
or read from the first line of standard input with ``--password-stdin`` (scripts). The login
opens a session (``source="cli"``) that the command ends when it finishes; the services check
the same permission table as the GUI.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vokasi_desktop.db.engine import Database
    from vokasi_desktop.domain.access import Action, Principal

log = logging.getLogger(__name__)

# Exit codes shared by every command (documented in README "Peran dan hak akses").
EXIT_AUTH = 3    # no login, wrong password, locked or unknown account
EXIT_DENIED = 4  # logged in, but the role may not do this

LOGIN_HELP = "nama pengguna yang menjalankan perintah (wajib; kata sandi ditanyakan)"


def add_login_args(p: argparse.ArgumentParser, *, password_stdin: bool = True) -> None:
    """``--user`` (no default) and, unless the command has it already, ``--password-stdin``."""
    p.add_argument("--user", metavar="PENGGUNA", default=None, help=LOGIN_HELP)
    if password_stdin:
        p.add_argument("--password-stdin", action="store_true",
                       help="baca kata sandi dari baris pertama stdin (untuk skrip)")


class LoginError(Exception):
    """A failed CLI login (message in Indonesian); exits with :data:`EXIT_AUTH`."""


def read_login_password(args: argparse.Namespace) -> str:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise LoginError("Kata sandi tidak terbaca dari stdin (--password-stdin).")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise LoginError("Tidak ada terminal untuk menanyakan kata sandi; gunakan "
                         "--password-stdin.")
    return getpass.getpass(f"Kata sandi {args.user}: ")


def login(db: Database, args: argparse.Namespace) -> Principal:
    """Authenticate ``--user`` (password from the terminal or stdin); LoginError otherwise."""
    from vokasi_desktop.services.auth import authenticate
    from vokasi_desktop.services.errors import AuthError

    username = (getattr(args, "user", None) or "").strip()
    if not username:
        raise LoginError("Perintah ini mengubah data atau menampilkan data pribadi: login "
                         "dengan --user NAMA (kata sandi ditanyakan, atau --password-stdin).")
    password = read_login_password(args)
    try:
        principal = authenticate(db, username, password, source="cli")
    except AuthError as exc:
        raise LoginError(str(exc)) from None
    _open_sessions.append((db, principal))
    return principal


_open_sessions: list[tuple[Database, Principal]] = []


def end_sessions() -> None:
    """End the login sessions opened by this command (``cli.main`` calls it at the end)."""
    from vokasi_desktop.services.auth import logout

    while _open_sessions:
        db, principal = _open_sessions.pop()
        try:
            logout(db, principal)
        except Exception:  # must not hide the command's real result
            log.warning("could not end the CLI login session", exc_info=True)


@contextmanager
def logged_in(db: Database, args: argparse.Namespace) -> Iterator[Principal]:
    """Log in for one command; the session is ended when the command finishes."""
    from vokasi_desktop.services.auth import logout

    principal = login(db, args)
    try:
        yield principal
    finally:
        with contextlib.suppress(Exception):  # must not hide the command's real error
            logout(db, principal)


def login_for(db: Database, args: argparse.Namespace, action: Action) -> Principal:
    """Log in and check ``action`` at once (commands whose service has no principal yet)."""
    from vokasi_desktop.services.access import authorize

    principal = login(db, args)
    authorize(db, principal, action)
    return principal


def approver_password(args: argparse.Namespace, approver: str) -> str:
    """The approver's password: the next line of stdin with ``--password-stdin``, else asked."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise LoginError("Kata sandi penyetuju tidak terbaca dari stdin (baris kedua).")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise LoginError("Tidak ada terminal untuk menanyakan kata sandi penyetuju; gunakan "
                         "--password-stdin (baris kedua).")
    return getpass.getpass(f"Kata sandi penyetuju {approver}: ")
