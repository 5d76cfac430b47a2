"""The English GUI shows service refusals in English (setup, server, backup, demo), never the
service's Indonesian message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.test_wizard import fill_admin, fill_branch, make_wizard
from vokasi_desktop.documents.xlsx_import import ImportFileError, precheck_file
from vokasi_desktop.domain.progress import Progress
from vokasi_desktop.services.backup import BackupError, verify_backup
from vokasi_desktop.services.errors import ValidationError
from vokasi_desktop.services.keys import MIN_PASSPHRASE, validate_passphrase
from vokasi_desktop.ui import errors
from vokasi_desktop.ui.wizard import PAGE_ADMIN, PAGE_BRANCH, PAGE_DEMO, PAGE_SERVER

pytestmark = pytest.mark.usefixtures("english_ui")


def test_wizard_refusals_are_english(qtbot: Any, tmp_path: Path) -> None:
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    wiz.next()
    fill_branch(wiz, code="K R")
    wiz.next()
    assert wiz.currentId() == PAGE_BRANCH
    assert wiz.branch_page.error.text() == (
        "The office code is not valid: 2-16 capital letters or digits without spaces, e.g. KRJ.")
    fill_branch(wiz)
    wiz.next()
    assert wiz.currentId() == PAGE_ADMIN
    fill_admin(wiz, repeat="lain-sekali-2026")
    wiz.next()
    assert wiz.currentId() == PAGE_ADMIN
    assert wiz.admin_page.error.text() == "The two administrator passwords are not the same."


def test_server_address_refusal_is_english(qtbot: Any, tmp_path: Path) -> None:
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    wiz.mode_page.server_radio.setChecked(True)
    wiz.next()
    assert wiz.currentId() == PAGE_SERVER
    wiz.server_page.url.setText("mysql://kantor@server/vokasi")
    wiz.next()
    assert wiz.currentId() == PAGE_SERVER
    text = wiz.server_page.result.text()
    assert text.startswith("The server address is not valid"), text
    assert "tidak" not in text


def test_demo_stages_are_english(qtbot: Any, tmp_path: Path) -> None:
    wiz = make_wizard(qtbot, tmp_path)
    wiz.next()
    wiz.mode_page.demo_radio.setChecked(True)
    wiz.next()
    assert wiz.currentId() == PAGE_DEMO
    shown = []
    for stage in ("lembaga", "peserta", "indeks", "pendaftaran"):
        wiz.demo_page._progress(Progress(0, 10, stage))
        shown.append(wiz.demo_page.status.text())
    assert shown == [f"Creating the demo data: {name}…" for name in
                     ("institutions", "workers", "search index", "enrolments")]


def test_a_damaged_backup_is_refused_in_english(tmp_path: Path) -> None:
    broken = tmp_path / "vokasi-20260101-120000-manual.vkbak"
    broken.write_bytes(b"not a backup at all")
    with pytest.raises(BackupError) as caught:
        verify_backup(broken)
    assert errors.error_code(caught.value) == "backup_invalid"
    assert errors.error_text(caught.value) == (
        "The backup file cannot be used: it is damaged or not a backup of this app.")


def test_a_refused_import_file_is_english_through_the_one_presenter(tmp_path: Path) -> None:
    empty = tmp_path / "peserta.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as caught:
        precheck_file(empty)
    assert errors.error_text(caught.value) == "File peserta.xlsx is empty (0 bytes)."


def test_a_parameter_given_by_the_service_fills_the_english_text() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_passphrase("pendek")
    assert errors.error_text(caught.value) == (
        f"The key passphrase must have at least {MIN_PASSPHRASE} characters.")
