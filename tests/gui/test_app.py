"""Composition root: database problems end in an Indonesian message and exit code 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import text

from tests.gui.conftest import Answers, user_named
from vokasi_desktop import app as app_module
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.ui import wizard as wizard_module
from vokasi_desktop.ui.i18n import Preferences, resolve_language
from vokasi_desktop.ui.login import LoginDialog
from vokasi_desktop.ui.main_window import MainWindow


def test_language_choice_order(tmp_path: Path) -> None:
    prefs = Preferences(tmp_path / "p.ini")
    assert resolve_language(None, {}, prefs) == "id"  # Indonesian by default
    prefs.language = "en"
    assert resolve_language(None, {}, prefs) == "en"
    assert resolve_language(None, {"VOKASI_LANG": "id_ID.UTF-8"}, prefs) == "id"
    assert resolve_language("en", {"VOKASI_LANG": "id"}, prefs) == "en"
    assert resolve_language("xx", {}, None) == "id"


def test_database_without_users_tells_what_to_run(qapp: QApplication, tmp_path: Path,
                                                   answers: Answers,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # A new SQLite file gets the first-run wizard (tests/gui/test_wizard.py); a database that
    # exists without users (a server database nobody prepared) still gets this message.
    monkeypatch.setattr(wizard_module, "first_start_needed", lambda _url: False)
    code = app_module.run_gui(f"sqlite:///{tmp_path / 'empty.sqlite3'}", "id",
                              prefs=Preferences(tmp_path / "p.ini"))
    assert code == 2
    kind, _title, message = answers.asked[-1]
    assert kind == "error"
    assert "vokasi-desktop init" in message and "vokasi-desktop demo" in message
    assert message.startswith("Basis data ini belum memiliki pengguna")


def test_database_from_a_newer_app_is_refused(qapp: QApplication, tmp_path: Path,
                                              answers: Answers) -> None:
    path = tmp_path / "future.sqlite3"
    db = open_database(f"sqlite:///{path}")
    upgrade_database(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    code = app_module.run_gui(str(path), "id", prefs=Preferences(tmp_path / "p.ini"))
    assert code == 2
    assert "versi aplikasi yang lebih baru" in answers.asked[-1][2]


def test_bad_database_url_is_refused(qapp: QApplication, tmp_path: Path,
                                     answers: Answers) -> None:
    code = app_module.run_gui("mysql://x@y/z", "id", prefs=Preferences(tmp_path / "p.ini"))
    assert code == 2
    assert "tidak didukung" in answers.asked[-1][2]


def test_login_then_main_window(qapp: QApplication, demo_db: Database, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    clerk = user_named(demo_db, "petugas")
    seen: dict[str, Any] = {}

    def fake_login(self: LoginDialog) -> int:
        seen["branch"] = self.ui.branchLabel.text()
        self.user = clerk
        return QDialog.DialogCode.Accepted

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                   and w.isVisible()]
        seen["title"] = windows[0].windowTitle()
        seen["page"] = windows[0].current_key
        for window in windows:
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    url = demo_db.url.render_as_string(hide_password=False)
    assert app_module.run_gui(url, "id", prefs=Preferences(tmp_path / "p.ini")) == 0
    assert seen["branch"] == "Kantor Cabang Surabaya Karimunjawa"
    assert seen["title"].endswith("Kantor Cabang Surabaya Karimunjawa")
    assert seen["page"] == "counter"


def test_cancelled_login_exits_quietly(qapp: QApplication, demo_db: Database, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    url = demo_db.url.render_as_string(hide_password=False)
    assert app_module.run_gui(url, "id", prefs=Preferences(tmp_path / "p.ini")) == 0


def test_startup_database_error_hides_the_driver_text(qapp: object) -> None:
    """The GUI never shows the driver's English text (it may quote SQL); the log has it."""
    from sqlalchemy.exc import OperationalError

    from vokasi_desktop.app import _database_error_text

    exc = OperationalError("SELECT nik FROM member WHERE nik = '3578014107900003'", {},
                           Exception("database disk image is malformed"))
    text = _database_error_text(exc)
    assert "malformed" not in text and "3578014107900003" not in text and "SELECT" not in text
    assert "Exception" in text


def test_login_paints_before_the_heavy_libraries_are_imported(demo_db: Database,
                                                              tmp_path: Path) -> None:
    """Start-up speed: the real ``run_gui`` path up to the painted login dialog imports
    neither SQLAlchemy nor argon2 (they load on a worker thread after the first paint), nor
    Alembic, openpyxl, reportlab, segno or cryptography (they load after login)."""
    import json
    import os
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[2]
    prefs = tmp_path / "prefs.ini"
    prefs.write_text(f"[backup]\nfolder={tmp_path / 'backups'}\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VOKASI_BENCH_PREFS=str(prefs),
               PYTHONPATH=str(root))
    url = str(demo_db.url)
    demo_db.dispose()
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.startup_probe", "login", url,
                          repr(time.time())], env=env, cwd=root, capture_output=True, text=True,
                         timeout=300)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, out.stderr[-3000:]
    loaded = set(json.loads(lines[-1])["loaded"])
    assert loaded.isdisjoint({"alembic", "openpyxl", "reportlab", "segno", "cryptography",
                              "sqlalchemy", "argon2"}), loaded
