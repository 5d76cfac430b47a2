"""The Verify dialog's button that saves the offline verifier page for outsiders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import Answers
from vokasi_desktop.ui import prompts
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.verify import open_verify_dialog


def test_verify_dialog_saves_the_verifier_page(qtbot: Any, ctx: UiContext, tmp_path: Path,
                                               answers: Answers,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "untuk lembaga" / "verifikasi-vokasi.html"
    chosen: list[Path | None] = [target, None]
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: chosen.pop(0))
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = open_verify_dialog(owner, ctx)
    button = dialog.pageButton
    assert button.text() == "Halaman verifikasi untuk pihak lain…"
    button.click()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=10_000)
    kind, _title, text = answers.asked[-1]
    assert kind == "inform", text
    assert str(target) in text
    html = target.read_text(encoding="utf-8")
    assert "vokasi-keys/1" in html and "default-src 'none'" in html
    assert button.isEnabled()
    button.click()  # cancelled: nothing asked, nothing written
    assert len(answers.asked) == 1
    dialog.close()
