"""Composition root: config -> engine -> migrate -> services -> windows."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.migrate import upgrade_database


def run_gui(db_url: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    try:
        db = open_database(db_url)
        upgrade_database(db.engine)
    except Exception as exc:  # shown to the user, then exit
        QMessageBox.critical(None, "Vokasi Desktop", str(exc))
        return 2
    window = QMainWindow()
    window.setWindowTitle("Vokasi Indonesia Pekerja")
    window.setCentralWidget(QLabel(db.description))
    window.resize(1200, 800)
    window.show()
    return int(app.exec())
