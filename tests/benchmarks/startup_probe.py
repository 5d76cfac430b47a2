"""Child process for the start-up and memory metrics.

    python -m tests.benchmarks.startup_probe bare|login|ready|mainwindow|memory DB_URL T0

``T0`` is the parent's ``time.time()`` just before it spawned this process. Prints one JSON
line:

- ``bare``: seconds from T0 to the first paint of a bare PySide6 dialog (the floor);
- ``login``: seconds from T0 to the first paint of the app's login dialog reached through the
  real ``run_gui`` path, the CPU seconds of this process by then, and which heavy libraries
  were already imported at that moment;
- ``ready``: the same, plus ``ready``: seconds from T0 until the start-up checks passed and
  "Masuk" was enabled (``LoginDialog.set_database``);
- ``mainwindow``: a real login through ``run_gui``: from the first paint a simulated clerk
  types ``petugas`` / ``vokasi-petugas`` at :data:`KEY_INTERVAL_MS` per key (the key events
  are queued like a keyboard's: the start-up work goes on meanwhile) and presses Enter;
  ``seconds`` is from the login accepted (``LoginDialog.accept``, after the password check)
  to the main window painted with the focus on the counter page (and its CPU seconds);
- ``memory``: the app's peak RSS after logging in as the supervisor and then the
  administrator, opening every page each may see and scrolling every records table from its
  first row to its last (``scroll_steps`` jumps per table, each page of 200 rows read).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import os
import sys
import time

HEAVY = ("alembic", "openpyxl", "reportlab", "argon2", "cryptography", "segno", "sqlalchemy.orm",
         "sqlalchemy")
KEY_INTERVAL_MS = 120  # a quick typist: about 8 keys a second
USERNAME, PASSWORD = "petugas", "vokasi-petugas"


def _loaded() -> list[str]:
    return [name for name in HEAVY if name in sys.modules]


def _emit(data: dict[str, object]) -> None:
    print(json.dumps(data), flush=True)


def _paint_probe(on_paint):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject

    class Probe(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                on_paint()
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
    probe = _paint_probe(lambda: _emit({"seconds": time.time() - t0,
                                        "cpu": time.process_time()}))
    dialog.installEventFilter(probe)
    dialog.show()
    while not probe.done:
        QCoreApplication.processEvents()
    app.quit()


def _prefs():  # type: ignore[no-untyped-def]
    from pathlib import Path

    from vokasi_desktop.ui.i18n import Preferences

    prefs_file = os.environ.get("VOKASI_BENCH_PREFS")
    return Preferences(Path(prefs_file)) if prefs_file else None


class _NoStartBackup(importlib.abc.MetaPathFinder):
    """The day's automatic backup (a reader thread reading the whole file) must not compete
    with the start it would otherwise slow down: it is not part of the measurement. Patched
    when the app imports ``ui.backup`` (importing it here would load SQLAlchemy before the
    login paints and so falsify the measurement)."""

    NAME = "vokasi_desktop.ui.backup"

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        if name != self.NAME:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        real_exec = spec.loader.exec_module

        def exec_module(module):  # type: ignore[no-untyped-def]
            real_exec(module)
            module.automatic_backup = lambda *_args, **_kwargs: None

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _no_start_backup() -> None:
    if "vokasi_desktop.ui.backup" in sys.modules:
        sys.modules["vokasi_desktop.ui.backup"].automatic_backup = (  # type: ignore[attr-defined]
            lambda *_args, **_kwargs: None)
    else:
        sys.meta_path.insert(0, _NoStartBackup())


def login(t0: float, db_url: str, mode: str) -> None:
    import vokasi_desktop.app as app_module
    from vokasi_desktop.ui.login import LoginDialog

    out: dict[str, object] = {}
    real_init = LoginDialog.__init__
    real_set_database = LoginDialog.set_database

    def painted() -> None:
        out.update(seconds=time.time() - t0, cpu=time.process_time(), loaded=_loaded())
        if mode == "login":
            _emit(out)
            # The benchmark stops here: nothing of the start-up checks is waited for.
            os._exit(0)

    def init(self: LoginDialog, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        if "seconds" not in out:
            self._bench_probe = _paint_probe(painted)  # type: ignore[attr-defined]
            self.installEventFilter(self._bench_probe)  # type: ignore[attr-defined]

    def set_database(self: LoginDialog, *args: object, **kwargs: object) -> None:
        out.update(ready=time.time() - t0, ready_cpu=time.process_time(), loaded=_loaded())
        if mode == "ready":
            _emit(out)
            os._exit(0)
        real_set_database(self, *args, **kwargs)  # type: ignore[arg-type]

    LoginDialog.__init__ = init  # type: ignore[method-assign]
    LoginDialog.set_database = set_database  # type: ignore[method-assign]
    _no_start_backup()
    app_module.run_gui(db_url, "id", prefs=_prefs(), argv=sys.argv[:1])
    _emit(out | {"error": "run_gui returned before the probe's moment"})


def mainwindow(t0: float, db_url: str) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import vokasi_desktop.app as app_module
    from vokasi_desktop.ui.login import LoginDialog

    out: dict[str, object] = {}
    real_init = LoginDialog.__init__
    real_accept = LoginDialog.accept

    def type_like_a_clerk(dialog: LoginDialog) -> None:
        keys: list[tuple[object, object]] = [(dialog.ui.usernameEdit, ch) for ch in USERNAME]
        keys.append((dialog.ui.usernameEdit, Qt.Key.Key_Return))
        keys += [(dialog.ui.passwordEdit, ch) for ch in PASSWORD]
        keys.append((dialog.ui.passwordEdit, Qt.Key.Key_Return))
        for number, (widget, key) in enumerate(keys, start=1):
            # One timer per key: the key events queue up like a keyboard's, the start-up work
            # between them goes on (QTest's own delay would block in a nested loop).
            QTimer.singleShot(number * KEY_INTERVAL_MS, dialog,
                              lambda w=widget, k=key: QTest.keyClick(w, k))  # type: ignore[misc]

    def init(self: LoginDialog, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        if "painted" not in out:
            out["painted"] = True

            def on_paint(dialog: LoginDialog = self) -> None:
                out["login_painted"] = time.time() - t0
                type_like_a_clerk(dialog)

            self._bench_probe = _paint_probe(on_paint)  # type: ignore[attr-defined]
            self.installEventFilter(self._bench_probe)  # type: ignore[attr-defined]

    def accept(self: LoginDialog) -> None:
        out["accepted"] = time.time() - t0
        out["accepted_cpu"] = time.process_time()
        real_accept(self)

    class MainPainted(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            from vokasi_desktop.ui.main_window import MainWindow

            if (event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow)
                    and "accepted" in out):
                # The window's focus child (QApplication.focusWidget() stays empty until
                # the window manager activates the window).
                focus = obj.focusWidget()
                counter = obj.pages.built() and obj.page("counter")
                on_counter = bool(counter and focus is not None and counter.isAncestorOf(focus))
                now = time.time() - t0
                _emit({"seconds": now - float(out["accepted"]),  # type: ignore[arg-type]
                       "cpu": time.process_time() - float(out["accepted_cpu"]),  # type: ignore[arg-type]
                       "login_painted": out.get("login_painted"),
                       "accepted": out["accepted"], "counter_focused": on_counter,
                       "focus": type(focus).__name__ + ":" + (focus.objectName() if focus else ""),
                       "pages_built": obj.pages.built()})
                os._exit(0)
            return False

    LoginDialog.__init__ = init  # type: ignore[method-assign]
    LoginDialog.accept = accept  # type: ignore[method-assign]
    _no_start_backup()
    real_instance_init = QApplication.__init__

    def app_init(self: QApplication, *args: object) -> None:
        real_instance_init(self, *args)  # type: ignore[arg-type]
        self._bench_main = MainPainted()  # type: ignore[attr-defined]
        self.installEventFilter(self._bench_main)  # type: ignore[attr-defined]

    QApplication.__init__ = app_init  # type: ignore[method-assign]
    app_module.run_gui(db_url, "id", prefs=_prefs(), argv=sys.argv[:1])
    _emit({"error": "run_gui returned before the main window painted", **out})


def _settle(app, runner, seconds: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    app.processEvents()
    while runner.pending and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def _vm() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process in MB: C allocations included (tracemalloc is blind
    to Qt's, SQLite's and argon2's memory).

    Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries the high-water mark across
    ``execve``, so a probe started by a big benchmark process reported the parent's RSS at the
    fork (the full suite's memory metric read 364-365 MB "after the first login" that way,
    while the app itself peaked at 326 MB). VmHWM belongs to this process's own memory map."""
    found = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line.split(":")[0]] = int(line.split()[1]) // 1024
    return found.get("VmRSS", 0), found.get("VmHWM", 0)


def memory(db_url: str, scroll_steps: int) -> None:
    from pathlib import Path
    from tempfile import mkdtemp

    from PySide6.QtWidgets import QApplication

    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.services.auth import authenticate, logout
    from vokasi_desktop.ui.context import UiContext
    from vokasi_desktop.ui.i18n import Preferences, install_translators
    from vokasi_desktop.ui.jobs import JobRunner
    from vokasi_desktop.ui.main_window import MainWindow
    from vokasi_desktop.ui.pages.counter import CounterPage
    from vokasi_desktop.ui.pages.records import RecordsPage
    from vokasi_desktop.ui.signals import AppSignals
    from vokasi_desktop.ui.style import STYLE_SHEET

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE_SHEET)
    install_translators(app, "id")
    db = open_database(db_url)
    signals = AppSignals()
    runner = JobRunner(signals)
    prefs = Preferences(Path(mkdtemp(prefix="vokasi-bench-")) / "p.ini")
    rss = {}
    pages, rows_seen = 0, 0
    trace = os.environ.get("VOKASI_BENCH_TRACE") == "1"

    def stage(name: str) -> None:
        if trace:
            now, high = _vm()
            print(f"{name:40s} rss {now:4d} MB  peak {high:4d} MB", file=sys.stderr, flush=True)

    stage("imports")
    for username in ("supervisor", "admin"):
        principal = authenticate(db, username, f"vokasi-{username}")
        stage(f"{username}: password checked")
        ctx = UiContext(db=db, runner=runner, signals=signals, user=principal, prefs=prefs)
        window = MainWindow(ctx, language="id", counter_factory=CounterPage)
        window.resize(1366, 740)
        window.show()
        _settle(app, runner)
        rss.setdefault("after_login_mb", _vm()[1])
        stage(f"{username}: main window shown")
        for key in list(window.pages):
            window.show_page(key)
            pages += 1
            page = window.page(key)
            _settle(app, runner)
            stage(f"{username}: page {key}")
            if not isinstance(page, RecordsPage):
                continue
            model = page.model
            deadline = time.monotonic() + 600
            while (model.loading or model.ids_loaded < model.total) and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.005)
            total = model.rowCount()
            if not total:
                continue
            step = max(200, total // scroll_steps)
            for row in [*range(0, total, step), total - 1]:
                page.table.scrollTo(model.index(row, 0))
                page.table.viewport().repaint()  # the view reads the rows it shows
                app.processEvents()
                rows_seen += 1
            stage(f"{username}: page {key} scrolled ({total:,} rows)")
        window.close()
        window.deleteLater()
        logout(db, principal)
        _settle(app, runner)
        stage(f"{username}: logged out")
    runner.shutdown()
    db.dispose()
    _emit({"peak_mb": _vm()[1],
           "pages": pages, "positions": rows_seen, **rss})


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "bare":
        bare(float(sys.argv[3]))
    elif mode == "mainwindow":
        mainwindow(float(sys.argv[3]), sys.argv[2])
    elif mode == "memory":
        memory(sys.argv[2], int(sys.argv[3]))
    else:
        login(float(sys.argv[3]), sys.argv[2], mode)
