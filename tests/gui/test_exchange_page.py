"""Pertukaran Data page: peers listed, a package exported and imported through the job runner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.db.exchange_world import enrol_some, make_office, trust_each_other
from tests.gui.conftest import user_named
from tests.gui.shots import save_doc_shot
from vokasi_desktop.services.auth import create_user
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.pages.exchange import ExchangePage


def test_exchange_page_export_import_and_refusal(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    a = make_office(f"sqlite:///{tmp_path / 'krj.sqlite3'}", "KRJ")
    reg = make_office(f"sqlite:///{tmp_path / 'kw.sqlite3'}", "KWJT", kind="regional")
    b = make_office(f"sqlite:///{tmp_path / 'bik.sqlite3'}", "BIK")
    trust_each_other(a, reg)
    trust_each_other(b, reg)
    for db in (a, reg):
        with db.write() as s:
            create_user(s, "supervisor", "Siti Rahmawati", "supervisor", "vokasi-supervisor")
    enrol_some(a, 2, class_code="KLS-A", inst_code="LPK-A")

    def page_for(db: Any) -> ExchangePage:
        ctx = UiContext(db=db, runner=runner, signals=runner.signals,
                        user=user_named(db, "supervisor"), prefs=Preferences(tmp_path / "p.ini"))
        page = ExchangePage(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
        return page

    pa = page_for(a)
    assert pa.peer_combo.currentText() == "KWJT"
    pkg = tmp_path / "paket.zip"
    pa.export_to("KWJT", pkg)
    qtbot.waitUntil(lambda: not pa.busy, timeout=20_000)
    assert (pkg.exists() and "nomor 1" in pa.result_label.text().lower()) or "1" in pa.result_label.text()

    pr = page_for(reg)
    pr.import_from(pkg)
    qtbot.waitUntil(lambda: not pr.busy, timeout=20_000)
    assert "diterapkan" in pr.result_label.text()
    qtbot.waitUntil(lambda: pr.table.item(0, 4) is not None and
                    pr.table.item(1, 4).text() == "#1", timeout=10_000)
    pr.resize(1100, 560)
    save_doc_shot(pr, "exchange.png", tmp_path)

    bad = tmp_path / "rusak.zip"
    bad.write_bytes(pkg.read_bytes()[:100])
    pr.import_from(bad)
    qtbot.waitUntil(lambda: not pr.busy, timeout=20_000)
    assert "ditolak" in pr.result_label.text().lower()
    for db in (a, reg, b):
        db.dispose()


def test_clerk_has_no_exchange_page(qtbot: Any, ctx: UiContext) -> None:
    window = MainWindow(ctx, language="id")
    qtbot.addWidget(window)
    assert "exchange" not in window.pages


def test_supervisor_has_the_exchange_page(qtbot: Any, demo_db: Any, make_ctx: Any) -> None:
    window = MainWindow(make_ctx(demo_db, "supervisor"), language="id")
    qtbot.addWidget(window)
    assert isinstance(window.pages["exchange"], ExchangePage)
