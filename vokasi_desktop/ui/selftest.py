"""``vokasi-desktop --self-test``: does this installation work? (the bundle, a fresh PC, CI)

Everything happens in a temporary folder on a temporary SQLite database (the user's data folder,
settings and database are not touched): the schema is created by the migrations, demo data is
filled in, a letter and a certificate are issued, the certificate's printed QR is decoded and
verified, an Excel export is written and read back, the bundled fonts, translations and
verifier page are found, and the main window opens (offscreen unless a platform is chosen) and
closes, with every widget inside a 1366x768 screen. Each check prints one Indonesian line;
the exit code is 0 only when all passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from vokasi_desktop.domain import vocabulary

EXIT_OK = 0
EXIT_FAILED = 1


class _Checks:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failed: list[str] = []
        self.started = time.perf_counter()

    def run(self, title: str, fn: Callable[[], str]) -> Any:
        started = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:
            self.failed.append(title)
            print(f"GAGAL  {title}: {type(exc).__name__}: {exc}", file=self.out)
            traceback.print_exc(file=sys.stderr)
            return None
        ms = (time.perf_counter() - started) * 1000
        print(f"OK     {title}: {detail} ({ms:.0f} ms)", file=self.out, flush=True)
        return detail


def run_self_test(out: TextIO | None = None, *, keep: Path | None = None) -> int:
    """Run every check; print one line each; return 0 when all passed."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="vokasi-selftest-") as tmp_name:
        tmp = keep or Path(tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        saved_env = {k: os.environ.get(k) for k in ("VOKASI_DATA_DIR", "VOKASI_DB_URL")}
        os.environ["VOKASI_DATA_DIR"] = str(tmp / "data")
        try:
            return _run(out, tmp)
        finally:
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _run(out: TextIO, tmp: Path) -> int:
    from vokasi_desktop import __version__

    print(f"Uji mandiri vokasi-desktop {__version__} (folder sementara {tmp})", file=out)
    checks = _Checks(out)
    state: dict[str, Any] = {}

    def resources() -> str:
        from vokasi_desktop.paths import resources_dir

        root = resources_dir()
        needed = ["fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf",
                  "translations/vokasi_id.qm", "verifier/verifier.html", "icons/app.svg",
                  "regions/regencies.csv"]
        missing = [name for name in needed if not (root / name).is_file()]
        if missing:
            raise FileNotFoundError("tidak ada: " + ", ".join(missing))
        return f"{len(needed)} berkas sumber daya ditemukan di {root}"

    def database() -> str:
        from vokasi_desktop.db.engine import open_database
        from vokasi_desktop.db.migrate import head_revision, upgrade_database

        db = open_database(f"sqlite:///{tmp / 'uji.sqlite3'}")
        state["db"] = db
        upgrade_database(db.engine)
        return f"basis data baru dibuat, skema {head_revision()}"

    def demo() -> str:
        from vokasi_desktop.services.demo import fill_demo

        summary = fill_demo(state["db"], members=60, seed=2020)
        return f"data demo diisi ({getattr(summary, 'members', 60)} peserta)"

    def _signed_in(role: str) -> Any:
        key = f"principal:{role}"
        if key not in state:
            state[key] = _principal(state["db"], role)
        return state[key]

    def _try_issue(kind: str, statuses: tuple[str, ...]) -> Any:
        from sqlalchemy import select

        from vokasi_desktop.db.models import Enrollment
        from vokasi_desktop.services import documents
        from vokasi_desktop.services.errors import ServiceError

        db = state["db"]
        with db.read() as session:
            ids = list(session.execute(select(Enrollment.id).where(
                Enrollment.status.in_(statuses)).order_by(Enrollment.id)).scalars())
        issue = documents.issue_letter if kind == "letter" else documents.issue_certificate
        last: Exception | None = None
        for enrollment_id in ids[:40]:
            try:
                return issue(db, enrollment_id, _signed_in("supervisor"), tmp / f"{kind}-{enrollment_id}.pdf")
            except ServiceError as exc:  # already issued, class not open yet, ...
                last = exc
        raise RuntimeError(f"tidak ada pendaftaran untuk diterbitkan ({last})")

    def letter() -> str:
        doc = _try_issue("letter", vocabulary.ACTIVE_ENROLLMENT_STATUSES)
        path = Path(doc.path)
        if not path.read_bytes().startswith(b"%PDF"):
            raise ValueError(f"{path.name} bukan PDF")
        return f"surat pengantar {doc.number} ({path.stat().st_size // 1024} KB)"

    def certificate() -> str:
        from vokasi_desktop.services import documents

        doc = _try_issue("certificate", ("completed",))
        result = documents.verify(state["db"], str(doc.path))
        if result.status != "valid":
            raise ValueError(f"QR sertifikat tidak sah: {result.status} {result.message}")
        from reportlab.lib.rl_accel import fp_str

        # A bundle without reportlab's C accelerators still prints, at half the speed.
        if getattr(fp_str, "__module__", "") != "_rl_accel":
            raise ImportError("akselerator C reportlab (_rl_accel) tidak termuat")
        return f"sertifikat {doc.number}, kode QR tercetak terbaca dan sah"

    def xlsx() -> str:
        from openpyxl import load_workbook

        from vokasi_desktop.services.reports import ExportRequest, export

        path = tmp / "lembaga.xlsx"
        export(state["db"], ExportRequest(kind="institutions", principal=_signed_in("supervisor")), path)
        workbook = load_workbook(path, read_only=True)
        rows = sum(1 for sheet in workbook.worksheets for _ in sheet.iter_rows())
        workbook.close()
        return f"ekspor Excel {path.name} ditulis dan dibaca ({rows} baris)"

    def window() -> str:
        return _open_main_window(state["db"], tmp, _signed_in("admin"))

    checks.run("Sumber daya", resources)
    if checks.run("Basis data", database) is not None:
        try:
            if checks.run("Data demo", demo) is not None:
                checks.run("Surat", letter)
                checks.run("Sertifikat", certificate)
                checks.run("Excel", xlsx)
                checks.run("Jendela utama", window)
        finally:
            state["db"].dispose()
    total = time.perf_counter() - checks.started
    if checks.failed:
        print(f"Uji mandiri GAGAL: {', '.join(checks.failed)} ({total:.1f} s)", file=out)
        return EXIT_FAILED
    print(f"Uji mandiri berhasil: semua pemeriksaan lulus ({total:.1f} s)", file=out)
    return EXIT_OK


def _principal(db: Any, role: str) -> Any:
    """A live login session for the demo data's first user holding ``role`` (the self-test's own
    throw-away database), as services and the main window now need an authenticated Principal."""
    import secrets

    from sqlalchemy import select

    from vokasi_desktop.db.models import LoginSession, User
    from vokasi_desktop.domain.access import Principal, Role

    with db.write() as session:
        user = session.execute(select(User).where(User.role == role, User.active.is_(True))
                               .order_by(User.id)).scalars().first()
        if user is None:
            raise RuntimeError(f"data demo tidak punya pengguna berperan {role}")
        token = secrets.token_urlsafe(24)
        session.add(LoginSession(id=token, user_id=user.id, role=user.role, source="gui"))
        return Principal(user.id, user.username, user.full_name, Role(user.role), token)


def _open_main_window(db: Any, tmp: Path, principal: Any) -> str:
    from PySide6.QtCore import QCoreApplication, QRect, QSize
    from PySide6.QtWidgets import QApplication

    from vokasi_desktop.ui.context import UiContext
    from vokasi_desktop.ui.geometry import MAIN_WINDOW_SIZE, fit_window, widgets_outside
    from vokasi_desktop.ui.i18n import Preferences, install_translators, remove_translators
    from vokasi_desktop.ui.jobs import JobRunner
    from vokasi_desktop.ui.main_window import MainWindow
    from vokasi_desktop.ui.signals import AppSignals

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    translators = install_translators(app, "id")
    signals = AppSignals()
    runner = JobRunner(signals)
    try:
        translated = QCoreApplication.translate("MainWindow", "Members")
        if translated == "Members":
            raise RuntimeError("terjemahan Indonesia tidak termuat")
        ctx = UiContext(db=db, runner=runner, signals=signals, user=principal,
                        prefs=Preferences(tmp / "prefs.ini"))
        window = MainWindow(ctx, language="id")
        screen = QRect(0, 0, 1366, 768)
        fit_window(window, MAIN_WINDOW_SIZE, area=screen)
        window.show()
        pages = 0
        outside: list[str] = []
        for key in list(window.pages):
            window.show_page(key)
            QCoreApplication.processEvents()
            outside += widgets_outside(window, screen)
            pages += 1
        runner.wait_idle(10)
        size: QSize = window.size()
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        if outside:
            raise RuntimeError("di luar layar 1366x768: " + "; ".join(sorted(set(outside))[:5]))
        return (f"jendela utama dibuka dan ditutup ({app.platformName()}, "
                f"{size.width()}x{size.height()}, {pages} halaman)")
    finally:
        runner.shutdown()
        remove_translators(app, translators)
