"""The branch server's password, kept out of the per-user settings.

The first-run wizard saves the chosen PostgreSQL server for the next start. The URL goes to the
per-user settings (QSettings) **without** its password; the password goes to a file
``server-password`` in that server's private folder (``db.engine.private_dir_for``: under the
user's data folder, 0700) written with mode 0600. On Windows the file content is additionally
protected with DPAPI (``CryptProtectData``, bound to the Windows user) when available.

:func:`split_password` takes the password out of a URL; :func:`join_password` puts the saved
one back when the URL is read at start. A URL saved by an older version with its password in
it is migrated on first read by the caller (``ui.i18n.Preferences.database_url``).
"""

from __future__ import annotations

import base64
import logging
import os
import sys
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from vokasi_desktop.db.engine import private_dir_for, write_private_file

log = logging.getLogger(__name__)

FILE_NAME = "server-password"
_DPAPI_PREFIX = b"dpapi:"
_PLAIN_PREFIX = b"plain:"


def _parse(url: str) -> URL | None:
    try:
        return make_url(url)
    except ArgumentError:
        return None


def _without_password(parsed: URL) -> URL:
    # ``URL.set(password=None)`` keeps the password (None means "unchanged" there).
    return URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port,
                      parsed.database, parsed.query)


def split_password(url: str) -> tuple[str, str | None]:
    """``(url without password, password or None)``; a URL that does not parse is returned
    as it is (it cannot be opened anyway, and the caller refuses it with its own message)."""
    parsed = _parse(url)
    if parsed is None or parsed.password is None:
        return url, None
    return (_without_password(parsed).render_as_string(hide_password=False),
            str(parsed.password))


def password_file(url: str) -> Path | None:
    """Where the password of the server in ``url`` is kept (None: not a server URL)."""
    parsed = _parse(url)
    if parsed is None or parsed.get_backend_name() == "sqlite":
        return None
    return private_dir_for(_without_password(parsed)) / FILE_NAME


def save_password(url: str, password: str | None) -> None:
    """Store (or with None/empty remove) the password of the server in ``url``."""
    path = password_file(url)
    if path is None:
        return
    if not password:
        path.unlink(missing_ok=True)
        return
    write_private_file(path, _protect(password.encode("utf-8")))


def load_password(url: str) -> str | None:
    """The saved password of the server in ``url`` (None when none is saved or unreadable)."""
    path = password_file(url)
    if path is None or not path.is_file():
        return None
    try:
        return _unprotect(path.read_bytes()).decode("utf-8")
    except (OSError, ValueError) as exc:
        log.warning("saved server password unreadable (%s): ask again", type(exc).__name__)
        return None


def join_password(url: str) -> str:
    """``url`` with the saved password put back (unchanged when it has one or none is saved)."""
    parsed = _parse(url)
    if parsed is None or parsed.password is not None:
        return url
    password = load_password(url)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


# ------------------------------------------------------------------------------ DPAPI (Windows)

def _protect(data: bytes) -> bytes:
    if os.name == "nt":
        sealed = _dpapi(data, protect=True)
        if sealed is not None:
            return _DPAPI_PREFIX + base64.b64encode(sealed)
    return _PLAIN_PREFIX + base64.b64encode(data)


def _unprotect(content: bytes) -> bytes:
    if content.startswith(_PLAIN_PREFIX):
        return base64.b64decode(content[len(_PLAIN_PREFIX):], validate=True)
    if content.startswith(_DPAPI_PREFIX):
        opened = _dpapi(base64.b64decode(content[len(_DPAPI_PREFIX):], validate=True),
                        protect=False)
        if opened is None:
            raise ValueError("DPAPI could not open the saved password")
        return opened
    raise ValueError("unknown password file format")


def _dpapi(data: bytes, *, protect: bool) -> bytes | None:  # pragma: no cover - Windows only
    """``CryptProtectData`` / ``CryptUnprotectData`` through ctypes; None when unavailable."""
    if sys.platform != "win32":  # also tells mypy that ctypes.windll exists below
        return None
    try:
        import ctypes
        from ctypes import wintypes

        class Blob(ctypes.Structure):
            _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

        crypt32 = ctypes.windll.crypt32
        kernel32 = ctypes.windll.kernel32
        buffer = ctypes.create_string_buffer(data, len(data))
        source = Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
        result = Blob()
        flags = 0x1  # CRYPTPROTECT_UI_FORBIDDEN
        if protect:
            ok = crypt32.CryptProtectData(ctypes.byref(source), None, None, None, None, flags,
                                          ctypes.byref(result))
        else:
            ok = crypt32.CryptUnprotectData(ctypes.byref(source), None, None, None, None, flags,
                                            ctypes.byref(result))
        if not ok:
            return None
        try:
            return ctypes.string_at(result.pbData, result.cbData)
        finally:
            kernel32.LocalFree(result.pbData)
    except (AttributeError, OSError, ImportError):
        return None
