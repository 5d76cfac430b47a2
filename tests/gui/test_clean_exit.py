"""The app marks a clean exit, and the next start trusts it for the quick start-up check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

import vokasi_desktop.app as app_module
from vokasi_desktop.db.engine import CLEAN_SHUTDOWN_MARKER, Database
from vokasi_desktop.services import backup as bk
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.login import LoginDialog


def test_closing_the_app_marks_a_clean_exit_used_once_by_the_next_start(
        qapp: QApplication, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    demo_db.dispose()  # the fixture's pooled connections would keep a -wal open
    marker = demo_db.private_dir / CLEAN_SHUTDOWN_MARKER
    assert not marker.exists()
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    url = demo_db.url.render_as_string(hide_password=False)
    assert app_module.run_gui(url, "id", prefs=Preferences(tmp_path / "p.ini")) == 0
    assert marker.exists()

    full: list[Path] = []
    real = bk.sqlite_health
    monkeypatch.setattr(bk, "sqlite_health", lambda p: full.append(p) or real(p))
    assert bk.check_at_startup(demo_db.url, tmp_path / "b").ok
    assert full == [] and not marker.exists()  # trusted once, then consumed
