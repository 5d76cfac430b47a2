"""Pengaturan: branch profile with letterhead preview and logo, numbering, programme year."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select

from tests.db.factories import as_user
from vokasi_desktop.db.models import AuditEntry, Setting
from vokasi_desktop.services import catalog, documents, setup
from vokasi_desktop.services.exchange import REGION_QUOTA_KEY
from vokasi_desktop.ui.pages.settings import SettingsPage


def _page(qtbot: Any, make_ctx: Any, db: Any, user: str) -> SettingsPage:
    page = SettingsPage(make_ctx(db, user), current_language="id")
    qtbot.addWidget(page)
    return page


def _png(path: Path, size: tuple[int, int], kind: str = "PNG") -> Path:
    out = io.BytesIO()
    Image.new("RGB", size, (255, 0, 255)).save(out, kind)
    path.write_bytes(out.getvalue())
    return path


def _magenta(page: SettingsPage) -> int:
    image = page.branchSection.preview.pixmap().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).name() == "#ff00ff")


def test_admin_edits_the_branch_profile_with_a_live_preview(
        qtbot: Any, make_ctx: Any, demo_db: Any) -> None:
    page = _page(qtbot, make_ctx, demo_db, "admin")
    section = page.branchSection
    assert section.code.text() == setup.get_branch_profile(demo_db).code
    assert not section.preview.pixmap().isNull()
    before = section.preview.pixmap().toImage()
    section.address.setPlainText("Jl. Kapas Krampung No. 35, Surabaya 60133")
    section.refresh_preview()  # the timer does this 250 ms after typing
    assert section.preview.pixmap().toImage() != before
    section.save_button.click()
    assert section.message.text() == "Tersimpan.", section.message.text()
    assert setup.get_branch_profile(demo_db).address == "Jl. Kapas Krampung No. 35, Surabaya 60133"
    section.name.setText("")
    section.save_button.click()
    assert "Nama kantor wajib diisi" in section.message.text()
    assert setup.get_branch_profile(demo_db).name


def test_clerk_sees_the_branch_sections_read_only(qtbot: Any, make_ctx: Any,
                                                 demo_db: Any) -> None:
    page = _page(qtbot, make_ctx, demo_db, "petugas")
    for widget in (page.branchSection.name, page.branchSection.save_button,
                   page.branchSection.logo_choose, page.numberingSection.save_button,
                   page.numberingSection.templates["letter"], page.programmeSection.save_button,
                   page.programmeSection.seats):
        assert not widget.isEnabled(), widget
    assert "administrator" in page.branchSection.message.text()


def test_logo_upload_refuses_other_files_and_prints_the_png(
        qtbot: Any, make_ctx: Any, demo_db: Any, tmp_path: Path) -> None:
    page = _page(qtbot, make_ctx, demo_db, "admin")
    section = page.branchSection
    assert _magenta(page) == 0
    section.use_logo_file(str(_png(tmp_path / "logo.gif", (100, 100), "GIF")))
    assert "PNG" in section.message.text()
    section.use_logo_file(str(_png(tmp_path / "tiny.png", (10, 10))))
    assert "piksel" in section.message.text()
    assert setup.get_branch_logo(demo_db) is None
    section.use_logo_file(str(_png(tmp_path / "logo.png", (200, 200))))
    assert setup.get_branch_logo(demo_db) is not None
    assert _magenta(page) > 10  # the preview shows it where letters print it
    assert section.logo_remove.isEnabled()
    section.logo_remove.click()
    assert setup.get_branch_logo(demo_db) is None and _magenta(page) == 0


def test_numbering_templates_and_seeds(qtbot: Any, make_ctx: Any, demo_db: Any) -> None:
    page = _page(qtbot, make_ctx, demo_db, "admin")
    section = page.numberingSection
    year = page.ctx.today().year
    last = documents.last_sequence_number(demo_db, "letter", year)
    assert section.seeds["letter"].minimum() == last  # cannot go below what was issued
    section.templates["letter"].setText("B\\{seq}\\{branch}\\{year}")
    section.save_button.click()
    assert "tidak boleh memuat" in section.message.text()
    assert documents.get_template(demo_db, "letter") != "B\\{seq}\\{branch}\\{year}"
    section.templates["letter"].setText("SP/{seq:05d}/KC-{branch}/{year}")
    section.seeds["letter"].setValue(last + 50)
    assert f"/{last + 51:05d}/" in section.samples["letter"].text()
    section.save_button.click()
    assert section.message.text() == "Tersimpan.", section.message.text()
    assert documents.get_template(demo_db, "letter") == "SP/{seq:05d}/KC-{branch}/{year}"
    assert documents.last_sequence_number(demo_db, "letter", year) == last + 50


def test_programme_year_and_quota_until_the_region_sends_it(
        qtbot: Any, make_ctx: Any, demo_db: Any) -> None:
    as_user(demo_db, "kepala", "head")
    page = _page(qtbot, make_ctx, demo_db, "kepala")
    section = page.programmeSection
    year = section.year.value()
    quota = catalog.get_quota(demo_db, year)
    used = quota.seats_used if quota else 0
    assert section.save_button.isEnabled()
    section.seats.setValue(used + 7)
    section.budget.setText("Rp12.500.000.000")
    section.target.setValue(30_000)
    section.save_button.click()
    assert section.message.text() == "Tersimpan.", section.message.text()
    saved = catalog.get_quota(demo_db, year)
    assert saved is not None and (saved.seats, saved.budget) == (used + 7, 12_500_000_000)
    section.budget.setText("dua belas")
    section.save_button.click()
    assert "rupiah" in section.message.text()
    with demo_db.write() as session:
        session.add(Setting(key=REGION_QUOTA_KEY.format(year), value=True))
    section.load()
    assert not section.save_button.isEnabled() and not section.seats.isEnabled()
    assert "Kantor Wilayah" in section.note.text()
    with demo_db.read() as session:
        assert session.execute(select(AuditEntry).where(
            AuditEntry.action == "quota.set")).scalars().first() is not None
    assert dataclasses.is_dataclass(saved)
