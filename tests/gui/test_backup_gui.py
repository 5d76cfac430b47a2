"""Start-up guard (damaged database, second instance), automatic backups, settings section."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.conftest import Answers
from vokasi_desktop import app as app_module
from vokasi_desktop.db.engine import Database, InstanceLock
from vokasi_desktop.services import backup as bk
from vokasi_desktop.ui.backup import BackupSection, guard_database
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.login import LoginDialog
from vokasi_desktop.ui.pages.settings import SettingsPage

SHOTS = Path(os.environ.get("VOKASI_SHOTS", "")) if os.environ.get("VOKASI_SHOTS") else None


def _corrupt(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db_file.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x00\xff" * 40)


def _files(folder: Path) -> dict[str, bytes]:
    """Every file beside the database except the (empty) instance lock file."""
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and not p.name.endswith(".lock")}


def test_damaged_database_offers_newest_backup_and_restores(
        qapp: QApplication, demo_db: Database, tmp_path: Path, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    prefs = Preferences(tmp_path / "p.ini")
    prefs.backup_dir = str(tmp_path / "backups")
    good = bk.create_backup(demo_db, prefs.backup_dir)
    demo_db.dispose()
    db_file = Path(demo_db.url.database or "")
    _corrupt(db_file)
    before = _files(db_file.parent)
    url = demo_db.url.render_as_string()

    answers.queue.append(False)  # "restore?" -> no: the app stops, nothing written
    assert app_module.run_gui(url, "id", prefs=prefs) == 2
    kind, _title, text = answers.asked[-1]
    assert kind == "yes_no" and good.path.name in text and "rusak" in text
    assert _files(db_file.parent) == before

    answers.queue.append(True)  # yes: restored, then the login dialog (cancelled here)
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app_module.run_gui(url, "id", prefs=prefs) == 0
    assert bk.check_at_startup(demo_db.url, prefs.backup_dir).ok
    assert list(db_file.parent.glob(f"{db_file.name}.replaced-*"))


def test_damaged_database_without_backup_is_not_replaced(
        qapp: QApplication, tmp_path: Path, answers: Answers) -> None:
    db_file = tmp_path / "vokasi.sqlite3"
    db_file.write_bytes(b"SQLite format 3\x00" + b"\xab" * 8000)
    prefs = Preferences(tmp_path / "p.ini")
    assert app_module.run_gui(str(db_file), "id", prefs=prefs) == 2
    kind, _title, text = answers.asked[-1]
    assert kind == "error" and "cadangan" in text
    assert db_file.read_bytes() == b"SQLite format 3\x00" + b"\xab" * 8000
    # "vokasi-data" is this test's data folder (VOKASI_DATA_DIR, tests/conftest.py): the log
    # of the refused start goes there, not beside the database.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in ("p.ini", "vokasi-data")) == [
        "vokasi.sqlite3", "vokasi.sqlite3.lock"]


def test_second_instance_is_refused(qapp: QApplication, demo_db: Database, tmp_path: Path,
                                    answers: Answers) -> None:
    db_file = Path(demo_db.url.database or "")
    with InstanceLock(db_file):
        go_on, lock = guard_database(str(db_file), Preferences(tmp_path / "p.ini"), "Vokasi")
        assert not go_on and lock is None
    kind, _title, text = answers.asked[-1]
    assert kind == "error" and "sudah berjalan" in text


def test_backups_at_start_once_a_day_and_at_exit(qapp: QApplication, demo_db: Database,
                                                 tmp_path: Path, answers: Answers,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def login_while_backing_up(self: LoginDialog) -> int:
        # The start-up backup runs on a reader thread while the user logs in.
        deadline = time.monotonic() + 20
        while not bk.list_backups(tmp_path / "auto") and time.monotonic() < deadline:
            time.sleep(0.05)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", login_while_backing_up)
    prefs = Preferences(tmp_path / "p.ini")
    prefs.backup_dir = str(tmp_path / "auto")
    url = demo_db.url.render_as_string()
    assert app_module.run_gui(url, "id", prefs=prefs) == 0
    assert [p.name.split("-")[-1] for p in bk.list_backups(tmp_path / "auto")] == ["start.vkbak"]
    assert stat.S_IMODE((tmp_path / "auto").stat().st_mode) == 0o700


def test_settings_backup_section(qtbot: Any, ctx: UiContext, tmp_path: Path) -> None:
    ctx.prefs.backup_dir = str(tmp_path / "manual")
    page = SettingsPage(ctx, current_language="id")
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    section = page.findChild(BackupSection)
    assert section is not None and section.folderValue.text() == str(tmp_path / "manual")
    section.back_up_now()
    qtbot.waitUntil(lambda: section.backupButton.isEnabled(), timeout=20_000)
    made = bk.list_backups(tmp_path / "manual")
    assert len(made) == 1 and str(made[0]) in section.messageLabel.text()
    assert section.messageLabel.property("role") == "ok"
    bad = tmp_path / "bad.vkbak"
    bad.write_bytes(b"nope")
    section.verify(bad)
    qtbot.waitUntil(lambda: section.messageLabel.property("role") == "error", timeout=10_000)
    assert "tidak dapat dipakai" in section.messageLabel.text()
    section.verify(made[0])
    qtbot.waitUntil(lambda: section.messageLabel.property("role") == "ok", timeout=10_000)
    assert "Cadangan baik" in section.messageLabel.text() and "KRJ" in section.messageLabel.text()
    if SHOTS:
        page.grab().save(str(SHOTS / "settings_backup.png"))
