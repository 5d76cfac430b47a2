"""Personal data in the GUI: the NIK reveal dialog (members page) and the export approval."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from vokasi_desktop.db.models import AuditEntry, Member
from vokasi_desktop.services import audit
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.reveal_nik import RevealNikDialog
from vokasi_desktop.ui.pages.members import MembersPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _page(qtbot: Any, ctx: UiContext) -> MembersPage:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    return page


def test_clerk_has_no_reveal_action(qtbot: Any, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    assert not page.reveal_button.isVisibleTo(page)


def test_supervisor_reveals_a_nik_with_a_reason_for_a_short_time(
        qtbot: Any, demo_db: Any, make_ctx: Any) -> None:
    ctx = make_ctx(demo_db, "supervisor")
    page = _page(qtbot, ctx)
    assert page.reveal_button.isVisibleTo(page)
    dialog = page.reveal_nik()
    assert isinstance(dialog, RevealNikDialog)
    row = page.model.row_at(0)
    with ctx.db.read() as s:
        nik = s.execute(select(Member.nik).where(Member.id == row.id)).scalar_one()
    # no details: refused inline, nothing shown
    dialog.reason_edit.setText("ktp")
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.show_button.isEnabled(), timeout=10_000)
    assert dialog.nik_label.text() == "" and "5" in dialog.message.text()
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("identity_check"))
    dialog.reason_edit.setText("KTP asli diperlihatkan peserta")
    dialog.seconds = 1
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.revealed, timeout=10_000)
    assert dialog.nik_label.text().replace(" ", "") == nik
    if os.environ.get("VOKASI_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "reveal_nik.png"))
    left_on_screen: list[str] = []
    dialog.finished.connect(lambda _r: left_on_screen.append(dialog.nik_label.text()))
    qtbot.waitUntil(lambda: bool(left_on_screen), timeout=5_000)
    assert left_on_screen == [""]  # wiped when it closed by itself
    with ctx.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "nik.reveal")).scalar_one()
    assert entry.actor == "supervisor"
    assert entry.person_ref == audit.person_ref(ctx.db, nik)
    assert nik not in str(entry.detail)


def test_person_report_and_purge_from_the_settings_section(
        qtbot: Any, database: Any, make_ctx: Any, answers: Any, tmp_path: Path,
        monkeypatch: Any) -> None:
    from pypdf import PdfReader

    from tests.db.factories import as_role
    from tests.db.test_privacy import _age, _nik, _purge_world
    from vokasi_desktop.services.setup import OfficeSettings, save_office_settings
    from vokasi_desktop.ui import prompts
    from vokasi_desktop.ui.privacy_panel import PersonalDataSection

    ids = _purge_world(database, tmp_path)
    _age(database)
    save_office_settings(database, as_role(database, "admin"), OfficeSettings(retention_years=5))
    nik = _nik(database, ids["done"])
    clerk = PersonalDataSection(make_ctx(database, "petugas"))
    qtbot.addWidget(clerk)
    assert clerk.isHidden()
    as_role(database, "head")
    section = PersonalDataSection(make_ctx(database, "kepala"))
    qtbot.addWidget(section)
    section.show()
    assert section.report_button.isVisibleTo(section) and section.purge_button.isVisibleTo(section)
    out = tmp_path / "orang.pdf"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a, **_k: out)
    section.nik_edit.setText(nik)
    section.report_button.click()
    qtbot.waitUntil(lambda: section.report_path is not None, timeout=20_000)
    text = "".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    assert nik in text and "Sudah Selesai" in text
    if os.environ.get("VOKASI_SCREENSHOTS"):
        import subprocess

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                        str(out), str(SCREENSHOTS / "person_report")], check=True)
        section.resize(700, section.sizeHint().height())
        section.grab().save(str(SCREENSHOTS / "personal_data_section.png"))
    answers.queue.append(False)  # "Remove ... now?" -> No: nothing happens
    section.purge_button.click()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=10_000)
    assert "2" in answers.asked[0][2]
    qtbot.waitUntil(lambda: section.purge_button.isEnabled(), timeout=10_000)
    assert section.purged is None
    answers.queue.append(True)
    section.purge_button.click()
    qtbot.waitUntil(lambda: section.purged is not None, timeout=20_000)
    assert section.purged == 2
    with database.read() as s:
        assert s.get(Member, ids["plain"]) is None
