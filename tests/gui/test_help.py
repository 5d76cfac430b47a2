"""The user guide: F1 on every page opens its section; every link and image in the guide exists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vokasi_desktop.paths import docs_dir
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.help import PAGE_SECTIONS, GuideDialog, open_guide
from vokasi_desktop.ui.main_window import MainWindow

GUIDES = ("panduan", "guide-en")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def guide_dialogs() -> list[GuideDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog)
            and w.isVisible()]


@pytest.mark.parametrize("guide", GUIDES)
def test_every_link_and_image_in_the_guide_exists(guide: str) -> None:
    folder = docs_dir() / guide
    files = sorted(folder.glob("*.md"))
    assert len(files) >= 13
    images = 0
    for md in files:
        for target in LINK.findall(md.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "#")):
                continue
            path = (md.parent / target.split("#")[0]).resolve()
            assert path.is_file(), f"{md.name}: {target} does not exist"
            images += target.endswith(".png")
    assert images >= 6
    # Every section F1 can open exists in both languages.
    for section in set(PAGE_SECTIONS.values()):
        assert (folder / f"{section}.md").is_file()


def test_f1_on_each_page_opens_its_section(qtbot: Any, make_ctx: Any, demo_db: Any) -> None:
    ctx: UiContext = make_ctx(demo_db, "supervisor")  # the supervisor also has the dashboard
    window = MainWindow(ctx, language="id")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    checked = []
    try:
        for key in window._keys:
            if key == "counter":
                continue
            window.show_page(key)
            page = window.page(key)
            target = QApplication.focusWidget()
            assert target is not None and page.isAncestorOf(target), key
            qtbot.keyClick(target, Qt.Key.Key_F1)
            dialogs = guide_dialogs()
            assert dialogs, f"F1 on {key} opened nothing"
            assert dialogs[0].current_file.name == f"{PAGE_SECTIONS[key]}.md", key
            assert dialogs[0].current_file.parent.name == "panduan"
            checked.append(key)
        assert {"members", "institutions", "classes", "enrollments", "reports", "settings",
                "dashboard"} <= set(checked)
        # The Bantuan menu opens the current page's section as well.
        window.show_page("members")
        window.ui.actionGuide.trigger()
        assert guide_dialogs()[0].current_file.name == "peserta.md"
    finally:
        for dialog in guide_dialogs():
            dialog.close()


def test_counter_f1_keeps_its_keys_and_links_to_the_guide(qtbot: Any, ctx: UiContext) -> None:
    from vokasi_desktop.ui.pages.counter import CounterPage

    page = CounterPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_keys()
    assert page.keys_dialog is not None and "Ctrl+L" in page.keys_dialog.text()
    page.guide_button.click()
    dialogs = guide_dialogs()
    try:
        assert dialogs and dialogs[0].current_file.name == "loket.md"
        assert page.keys_dialog is not None  # the key list stays open beside the guide
    finally:
        for dialog in dialogs:
            dialog.close()
        page.keys_dialog.close()


def test_guide_renders_markdown_with_its_images(qtbot: Any, tmp_path: Path) -> None:
    dialog = open_guide(None, "mulai")
    qtbot.addWidget(dialog)
    html = dialog.browser.toHtml()
    assert "Mulai pertama kali" in dialog.browser.toPlainText()
    assert "wizard_mode.png" in html
    image = dialog.browser.document().resource(3, dialog.browser.source().resolved(
        __import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("../screenshots/wizard_mode.png")))
    assert image is not None and not image.isNull()
    dialog.resize(1000, 700)
    dialog.grab().save(str(tmp_path / "guide.png"))
    dialog.close()
