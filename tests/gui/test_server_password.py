"""The saved branch server: the URL in the per-user settings, never its password."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QSettings

from vokasi_desktop.services import server_password
from vokasi_desktop.ui.i18n import Preferences

URL = "postgresql+psycopg://vokasi:s3cret-Sandi@db.cabang.lan:5432/vokasi"
BARE = "postgresql+psycopg://vokasi@db.cabang.lan:5432/vokasi"


def test_password_is_not_stored_in_the_settings_file(tmp_path: Path) -> None:
    ini = tmp_path / "prefs.ini"
    Preferences(ini).database_url = URL
    assert "s3cret" not in ini.read_text()
    assert QSettings(str(ini), QSettings.Format.IniFormat).value("database/url") == BARE
    secret = server_password.password_file(BARE)
    assert secret is not None and secret.is_file()
    assert b"s3cret" not in secret.read_bytes()  # encoded (DPAPI on Windows), not greppable
    if os.name == "posix":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert Preferences(ini).database_url == URL  # a new start gets the full URL back


def test_an_old_saved_url_with_password_is_migrated_on_first_read(tmp_path: Path) -> None:
    ini = tmp_path / "prefs.ini"
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.setValue("database/url", URL)
    old.sync()
    assert "s3cret" in ini.read_text()
    assert Preferences(ini).database_url == URL
    assert "s3cret" not in ini.read_text()
    assert Preferences(ini).database_url == URL


def test_clearing_the_server_removes_the_password(tmp_path: Path) -> None:
    prefs = Preferences(tmp_path / "prefs.ini")
    prefs.database_url = URL
    prefs.database_url = BARE  # saved again without a password: the old one is dropped
    assert prefs.database_url == BARE
    assert server_password.load_password(BARE) is None
    prefs.database_url = None
    assert prefs.database_url is None


def test_url_without_password_and_sqlite_are_left_alone(tmp_path: Path) -> None:
    prefs = Preferences(tmp_path / "prefs.ini")
    prefs.database_url = BARE
    assert prefs.database_url == BARE
    assert server_password.password_file("sqlite:///x.sqlite3") is None
