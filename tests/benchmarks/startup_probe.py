"""Child process for the start-up metric: time from process start to a window painted.

    python -m tests.benchmarks.startup_probe bare|login DB_URL T0

``T0`` is the parent's ``time.time()`` just before it spawned this process. Prints one JSON
line: seconds from T0 to the first paint of the bare dialog (``bare``) or of the app's login
dialog reached through the real ``run_gui`` path (``login``), and which heavy libraries were
already imported at that moment.
"""

from __future__ import annotations

import json
import os
import sys
import time

HEAVY = ("alembic", "openpyxl", "reportlab", "argon2", "cryptography", "segno", "sqlalchemy.orm")


def _report(t0: float) -> None:
    painted = time.time() - t0
    loaded = [name for name in HEAVY if name in sys.modules]
    print(json.dumps({"seconds": painted, "loaded": loaded}), flush=True)


def _paint_probe(t0: float):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject

    class Probe(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                _report(t0)
            return False

    probe = Probe()
    probe.done = False  # type: ignore[attr-defined]
    return probe


def bare(t0: float) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

    app = QApplication(sys.argv[:1])
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Nama pengguna"))
    layout.addWidget(QLineEdit())
    probe = _paint_probe(t0)
    dialog.installEventFilter(probe)
    dialog.show()
    while not probe.done:
        QCoreApplication.processEvents()
    app.quit()


def login(t0: float, db_url: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog

    import vokasi_desktop.app as app_module
    from vokasi_desktop.ui.i18n import Preferences
    from vokasi_desktop.ui.login import LoginDialog

    def exec_once(self: QDialog) -> int:
        probe = _paint_probe(t0)
        self.installEventFilter(probe)
        self.show()
        while not probe.done:
            QCoreApplication.processEvents()
        if os.environ.get("VOKASI_BENCH_EXIT_AT_PAINT"):
            # The benchmark stops here: the day's automatic start-up backup (a reader thread,
            # minutes for a 1 GB database) is not waited for; its temporary file is discarded.
            sys.stdout.flush()
            os._exit(0)
        return int(QDialog.DialogCode.Rejected)

    LoginDialog.exec = exec_once  # type: ignore[method-assign,assignment]
    # The day's automatic backup (a reader thread reading the whole file) must not compete
    # with the start it would otherwise slow down: it is not part of the measurement.
    import vokasi_desktop.ui.backup as ui_backup

    ui_backup.automatic_backup = lambda *_args, **_kwargs: None  # type: ignore[assignment]
    from pathlib import Path

    prefs_file = os.environ.get("VOKASI_BENCH_PREFS")
    prefs = Preferences(Path(prefs_file)) if prefs_file else None
    app_module.run_gui(db_url, "id", prefs=prefs, argv=sys.argv[:1])


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "bare":
        bare(float(sys.argv[3]))
    else:
        login(float(sys.argv[3]), sys.argv[2])
