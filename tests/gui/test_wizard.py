"""First-run wizard: driven to a working database on each path, then the login works."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import PG_ENV, pg_admin_url
from vokasi_desktop.db.engine import open_database
from vokasi_desktop.services.auth import authenticate
from vokasi_desktop.services.documents import get_template
from vokasi_desktop.services.setup import get_branch_logo, get_branch_profile
from vokasi_desktop.ui import wizard as wizard_module
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.wizard import (
    PAGE_ADMIN,
    PAGE_BRANCH,
    PAGE_DEMO,
    PAGE_DONE,
    PAGE_MODE,
    PAGE_SERVER,
    FirstStartWizard,
    first_start_needed,
    run_first_start,
)

PASSWORD = "Rahasia-Kantor-2026"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shot(widget: Any, name: str) -> None:
    """Save a README/guide screenshot when VOKASI_SCREENSHOTS=1 (never in a normal run)."""
    if os.environ.get("VOKASI_SCREENSHOTS") == "1":
        widget.grab().save(str(SCREENSHOTS / name))


def make_wizard(qtbot: Any, tmp_path: Path, translators: list[Any] | None = None) -> FirstStartWizard:
    wiz = FirstStartWizard(Preferences(tmp_path / "prefs.ini"),
                           target_url=f"sqlite:///{tmp_path / 'data' / 'vokasi.sqlite3'}",
                           demo_path=tmp_path / "data" / "vokasi-demo.sqlite3",
                           translators=translators if translators is not None else [],
                           language="id")
    qtbot.addWidget(wiz)
    wiz.resize(1000, 700)
    wiz.show()
    return wiz


def fill_branch(wiz: FirstStartWizard, code: str = "KRJ", logo: Path | None = None) -> None:
    page = wiz.branch_page
    page.code.setText(code)
    page.name.setText("Kantor Cabang Surabaya Karimunjawa")
    page.address.setText("Jl. Karimunjawa No. 6, Surabaya")
    page.city.setText("Surabaya")
    page.head_name.setText("Hadi Purnomo")
    page.head_npp.setText("E 12345")
    if logo is not None:
        page.logo.setText(str(logo))


def fill_admin(wiz: FirstStartWizard, backup: Path | None = None, repeat: str = PASSWORD) -> None:
    page = wiz.admin_page
    page.user.setText("kepala")
    page.full_name.setText("Siti Rahayu")
    page.password.setText(PASSWORD)
    page.repeat.setText(repeat)
    page.passphrase.setText("frasa sandi kunci kantor")
    page.passphrase_repeat.setText("frasa sandi kunci kantor")
    if backup is not None:
        page.backup.setText(str(backup))


def png_logo(path: Path) -> Path:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b7f4b"))
    assert image.save(str(path))
    return path


def test_new_branch_path_creates_a_database_and_the_admin_can_log_in(
        qtbot: Any, tmp_path: Path) -> None:
    backup = tmp_path / "cadangan"
    backup.mkdir()
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    assert wiz.currentId() == PAGE_MODE
    shot(wiz, "wizard_mode.png")
    wiz.next()
    assert wiz.currentId() == PAGE_BRANCH
    fill_branch(wiz, logo=png_logo(tmp_path / "logo.png"))
    shot(wiz, "wizard_branch.png")
    wiz.next()
    assert wiz.currentId() == PAGE_ADMIN
    fill_admin(wiz, backup)
    wiz.admin_page.templates["letter"].setText("B/{seq:05d}/KC-{branch}/{year}")
    shot(wiz, "wizard_admin.png")
    wiz.next()
    assert wiz.currentId() == PAGE_DONE, wiz.admin_page.error.text()
    assert "administrator" in wiz.done_page.text.text()
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.result() == QWizard.DialogCode.Accepted

    url = wiz.result_url()
    assert url == f"sqlite:///{tmp_path / 'data' / 'vokasi.sqlite3'}"
    db = open_database(url)
    try:
        user = authenticate(db, "kepala", PASSWORD)
        assert (user.role, user.full_name) == ("admin", "Siti Rahayu")
        profile = get_branch_profile(db)
        assert (profile.code, profile.head_npp, profile.city) == ("KRJ", "E 12345", "Surabaya")
        assert get_template(db, "letter") == "B/{seq:05d}/KC-{branch}/{year}"
        assert get_branch_logo(db) == (tmp_path / "logo.png").read_bytes()
    finally:
        db.dispose()
    assert wiz.prefs.backup_dir == str(backup)
    assert wiz.prefs.database_url is None  # a local file: nothing saved for the next start
    assert not first_start_needed(url)


def test_bad_branch_input_stays_on_the_page_with_a_message(qtbot: Any, tmp_path: Path) -> None:
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    wiz.next()
    fill_branch(wiz, code="K R")
    wiz.next()
    assert wiz.currentId() == PAGE_BRANCH
    assert "Kode kantor" in wiz.branch_page.error.text()
    fill_branch(wiz, logo=tmp_path / "tidak-ada.png")
    wiz.next()
    assert wiz.currentId() == PAGE_BRANCH
    assert "tidak-ada.png tidak ada" in wiz.branch_page.error.text()
    (tmp_path / "bukan-gambar.png").write_text("halo")
    fill_branch(wiz, logo=tmp_path / "bukan-gambar.png")
    wiz.next()
    assert "bukan gambar PNG atau JPEG" in wiz.branch_page.error.text()
    fill_branch(wiz)
    wiz.branch_page.logo.clear()
    wiz.next()
    assert wiz.currentId() == PAGE_ADMIN
    fill_admin(wiz, repeat="lain-sekali-2026")
    wiz.next()
    assert wiz.currentId() == PAGE_ADMIN
    assert "Kedua kata sandi administrator tidak sama" in wiz.admin_page.error.text()
    fill_admin(wiz)
    wiz.admin_page.passphrase_repeat.setText("beda")
    wiz.next()
    assert "frasa sandi kunci tidak sama" in wiz.admin_page.error.text()
    fill_admin(wiz)
    wiz.admin_page.templates["slip"].setText("KLY/{seq}")
    wiz.next()
    assert wiz.currentId() == PAGE_ADMIN
    assert "Templat nomor slip kelayakan" in wiz.admin_page.error.text()
    # Nothing was written while the input was refused.
    assert not (tmp_path / "data" / "vokasi.sqlite3").exists()
    fill_admin(wiz)
    wiz.admin_page.templates["slip"].setText("KLY/{seq:04d}/KC-{branch}/{year}")
    wiz.admin_page.no_passphrase.setChecked(True)
    assert "tanpa frasa sandi" in wiz.admin_page.warning.text().lower() or \
        "Peringatan" in wiz.admin_page.warning.text()
    wiz.next()
    assert wiz.currentId() == PAGE_DONE, wiz.admin_page.error.text()


def test_language_is_applied_at_once_and_remembered(qtbot: Any, tmp_path: Path,
                                                    indonesian_ui: list[Any]) -> None:
    wiz = make_wizard(qtbot, tmp_path, translators=indonesian_ui)
    try:
        assert wiz.mode_page.title() == "Bagaimana komputer ini akan dipakai?"
        combo = wiz.language_page.combo
        combo.setCurrentIndex(combo.findData("en"))
        assert wiz.mode_page.title() == "How will this computer be used?"
        assert wiz.language_page.title() == "Welcome to Vokasi Desktop"
        assert wiz.prefs.language == "en"
    finally:
        wiz.set_language("id")
    assert wiz.mode_page.title() == "Bagaimana komputer ini akan dipakai?"
    assert indonesian_ui  # the session's translators are back


def test_demo_path_fills_in_the_background_then_the_clerk_logs_in(
        qtbot: Any, tmp_path: Path) -> None:
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    wiz.mode_page.demo_radio.setChecked(True)
    wiz.next()
    assert wiz.currentId() == PAGE_DEMO
    page = wiz.demo_page
    assert not page.isComplete()
    page.members.setValue(50)
    page.start_button.click()
    assert page.running
    qtbot.waitUntil(lambda: page.finished, timeout=120_000)
    shot(wiz, "wizard_demo.png")
    assert page.progress.value() == page.progress.maximum()
    wiz.next()
    assert wiz.currentId() == PAGE_DONE
    wiz.button(QWizard.WizardButton.FinishButton).click()
    url = wiz.result_url()
    assert url == f"sqlite:///{tmp_path / 'data' / 'vokasi-demo.sqlite3'}"
    db = open_database(url)
    try:
        assert authenticate(db, "petugas", "vokasi-petugas").role == "clerk"
    finally:
        db.dispose()
    # The real database was not created: the wizard comes again at the next start.
    assert first_start_needed(f"sqlite:///{tmp_path / 'data' / 'vokasi.sqlite3'}")


def test_server_that_does_not_answer_is_explained_without_the_password(
        qtbot: Any, tmp_path: Path) -> None:
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    wiz.mode_page.server_radio.setChecked(True)
    wiz.next()
    assert wiz.currentId() == PAGE_SERVER
    page = wiz.server_page
    page.url.setText("mysql://kantor@server/vokasi")
    wiz.next()
    assert wiz.currentId() == PAGE_SERVER
    assert "postgresql://" in page.result.text()
    page.url.setText("postgresql://kantor@127.0.0.1:1/vokasi")
    page.password.setText("sandi-rahasia-server")
    wiz.next()
    assert wiz.currentId() == PAGE_SERVER
    message = page.result.text()
    assert "tidak dapat dihubungi" in message and "127.0.0.1:1/vokasi" in message
    assert "sandi-rahasia-server" not in message
    assert wiz.prefs.database_url is None


@pytest.fixture
def pg_database() -> Any:
    admin = pg_admin_url()
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    name = f"vokasi_h16b_wizard_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin).set(database=name)
    finally:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        engine.dispose()


def test_server_path_prepares_an_empty_server_database_and_saves_it(
        qtbot: Any, tmp_path: Path, pg_database: Any) -> None:
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    wiz.mode_page.server_radio.setChecked(True)
    wiz.next()
    page = wiz.server_page
    page.url.setText(pg_database.set(password=None).render_as_string(hide_password=False))
    page.password.setText(pg_database.password or "")
    assert page.test()
    assert page.probe.state == "empty"
    wiz.next()  # migrates; no users yet: the branch pages follow
    assert wiz.currentId() == PAGE_BRANCH, page.result.text()
    fill_branch(wiz)
    wiz.next()
    fill_admin(wiz)
    wiz.next()
    assert wiz.currentId() == PAGE_DONE, wiz.admin_page.error.text()
    wiz.button(QWizard.WizardButton.FinishButton).click()
    saved = wiz.prefs.database_url
    assert saved is not None and make_url(saved).database == pg_database.database
    db = open_database(saved)
    try:
        assert authenticate(db, "kepala", PASSWORD).role == "admin"
    finally:
        db.dispose()
    # A second counter: the server is ready, so the wizard ends after the connection test.
    wiz2 = make_wizard(qtbot, tmp_path / "counter2")
    wiz2.next()
    wiz2.mode_page.server_radio.setChecked(True)
    wiz2.next()
    wiz2.server_page.url.setText(saved)
    wiz2.next()
    assert wiz2.currentId() == PAGE_DONE
    wiz2.button(QWizard.WizardButton.FinishButton).click()
    assert wiz2.prefs.database_url == saved
    # ... and the next start opens the saved server without the wizard.
    start = run_first_start(QApplication.instance(), wiz2.prefs, None, [], "id")
    assert start.db_url == saved and not start.cancelled


def test_start_without_a_database_shows_the_wizard_and_cancel_exits(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[FirstStartWizard] = []

    def fake_exec(self: FirstStartWizard) -> int:
        shown.append(self)
        return QWizard.DialogCode.Rejected

    monkeypatch.setattr(wizard_module.FirstStartWizard, "exec", fake_exec)
    monkeypatch.delenv("VOKASI_DB_URL", raising=False)
    target = tmp_path / "new.sqlite3"
    start = run_first_start(QApplication.instance(), Preferences(tmp_path / "p.ini"),
                            str(target), [], "id")
    assert shown and start.cancelled and start.db_url is None
    assert not target.exists()
    for wiz in shown:
        wiz.deleteLater()
