"""Audit log page: list, person filter by NIK, bad NIK message, export, chain status; sidebar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.gui.shots import save_doc_shot
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Member
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.pages.audit import AuditPage


def test_audit_page(qtbot: Any, demo_db: Database, make_ctx: Callable[..., UiContext],
                    tmp_path: Path) -> None:
    ctx = make_ctx(demo_db, "admin")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.table.rowCount() > 0 and page.total >= page.table.rowCount()
    assert "utuh" in page.chain.text()
    with demo_db.read() as session:
        nik = session.execute(select(Member.nik).limit(1)).scalar_one()
    page.nik.setText(nik)
    page.search_button.click()
    assert page.message.text() == ""
    for i in range(page.table.rowCount()):
        assert page.table.item(i, 5).text() == "✓"
        assert nik not in page.table.item(i, 6).text()
    page.nik.clear()
    page.search_button.click()
    save_doc_shot(page, "audit_viewer.png", tmp_path)
    page.nik.setText("123")
    page.search_button.click()
    assert "NIK" in page.message.text()
    page.nik.clear()
    page.action.setText("user.")
    page.search_button.click()
    assert all(page.table.item(i, 3).text().startswith("user.")
               for i in range(page.table.rowCount()))
    page.export(str(tmp_path / "audit.xlsx"))
    assert (tmp_path / "audit.xlsx").is_file() and "audit.xlsx" in page.message.text()
