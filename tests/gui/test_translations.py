"""The Indonesian translation is complete, current and compiled; Qt's own texts included."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from vokasi_desktop.ui import devtools


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_string_has_an_indonesian_translation() -> None:
    missing = []
    for (context, source), message in _messages(devtools.TS_FILE).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            missing.append(f"{context}: {source!r}")
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_ts_matches_the_sources(tmp_path: Path) -> None:
    """lupdate over the code and forms finds no new string and no vanished one."""
    copy = tmp_path / "vokasi_id.ts"
    shutil.copy(devtools.TS_FILE, copy)
    devtools.update_ts(copy)
    before = set(_messages(devtools.TS_FILE))
    after = {key for key, message in _messages(copy).items()
             if message.find("translation").get("type") not in ("vanished", "obsolete")}
    assert after - before == set(), (
        f"strings missing from vokasi_id.ts: {sorted(after - before)}; run "
        "`python -m vokasi_desktop.ui.devtools translations` and translate them")
    assert before - after == set(), f"strings no longer in the sources: {sorted(before - after)}"


def test_compiled_qm_is_current(tmp_path: Path) -> None:
    built = tmp_path / "vokasi_id.qm"
    devtools.release_qm(devtools.TS_FILE, built)
    assert built.read_bytes() == devtools.QM_FILE.read_bytes(), (
        "vokasi_id.qm is stale: run `python -m vokasi_desktop.ui.devtools translations`")


def test_qt_standard_texts_are_indonesian(qtbot: Any) -> None:
    tr = QCoreApplication.translate
    assert tr("QPlatformTheme", "Cancel") == "Batal"
    assert tr("QPlatformTheme", "Save") == "Simpan"
    assert tr("QPlatformTheme", "&Yes") == "&Ya"
    assert tr("QPlatformTheme", "&No") == "&Tidak"
    assert tr("QPlatformTheme", "Discard") == "Jangan simpan"
    assert tr("QLineEdit", "Select All") == "Pilih Semua"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Apply)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Simpan", "Batal", "Tutup", "Terapkan"}
    message = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert {b.text().replace("&", "") for b in message.buttons()} == {"Ya", "Tidak"}


def test_line_edit_context_menu_is_indonesian(qtbot: Any) -> None:
    edit = QLineEdit("teks")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = {a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()}
    assert {"Salin", "Tempel", "Pilih Semua"} <= texts
    menu.deleteLater()


def test_qt_print_dialog_is_indonesian(qtbot: Any) -> None:
    tr = QCoreApplication.translate
    assert tr("QPrintDialog", "Print") == "Cetak"
    assert tr("QPrintDialog", "&Print") == "&Cetak"
    assert tr("QPrintSettingsOutput", "Copies:") == "Jumlah salinan:"
    assert tr("QPrintWidget", "Output &file:") == "&Berkas keluaran:"
    assert tr("QPageSetupWidget", "Portrait") == "Tegak"
    assert tr("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."
              ).startswith("Berkas %1 tidak dapat ditulis.")
