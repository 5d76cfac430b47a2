"""Developer commands: compile forms, update and build translations.

    python -m vokasi_desktop.ui.devtools forms         # forms/*.ui -> ui/generated/ui_*.py
    python -m vokasi_desktop.ui.devtools translations  # lupdate sources -> vokasi_id.ts, lrelease
    python -m vokasi_desktop.ui.devtools all
    python -m vokasi_desktop.ui.devtools screenshots DEMO.sqlite3   # docs/screenshots/*.png

The generated Python and the built ``.qm`` are committed (no build step at install time);
tests regenerate them into a temporary folder and fail when the committed copy is stale.
The ``.ts`` keeps no source locations (``-locations none``), so moving code does not churn it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parents[1]
REPO_DIR = PACKAGE_DIR.parent
FORMS_DIR = REPO_DIR / "forms"
GENERATED_DIR = PACKAGE_DIR / "ui" / "generated"
TRANSLATIONS_DIR = REPO_DIR / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / "vokasi_id.ts"
QM_FILE = TRANSLATIONS_DIR / "vokasi_id.qm"
GENERATED_HEADER = "# Generated from forms/{name} by pyside6-uic: do not edit; run\n" \
                   "# `python -m vokasi_desktop.ui.devtools forms` after changing the form.\n"


def tool(name: str) -> str:
    """Path of a PySide6 command-line tool next to this interpreter (or on PATH)."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6-Essentials)")
    return found


def form_files() -> list[Path]:
    return sorted(FORMS_DIR.glob("*.ui"))


def generated_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python code pyside6-uic makes of ``form`` (with our header)."""
    out = subprocess.run(
        [tool("pyside6-uic"), "--no-autoconnection", str(form)],
        check=True, capture_output=True, text=True,
    ).stdout
    return GENERATED_HEADER.format(name=form.name) + out


def compile_forms(target: Path = GENERATED_DIR) -> list[Path]:
    """Compile every form into ``target``; returns the files written."""
    target.mkdir(parents=True, exist_ok=True)
    init = target / "__init__.py"
    if not init.exists():
        init.write_text('"""Code generated from forms/*.ui: do not edit."""\n')
    written = []
    for form in form_files():
        path = target / generated_name(form)
        path.write_text(compile_form(form))
        written.append(path)
    return written


def translation_sources() -> list[Path]:
    """Files lupdate reads: the ui package (not the generated code), the vocabulary, the forms."""
    sources = [p for p in sorted((PACKAGE_DIR / "ui").rglob("*.py"))
               if GENERATED_DIR not in p.parents]
    sources.append(PACKAGE_DIR / "app.py")
    # The screen labels of the codes (QT_TRANSLATE_NOOP markers, no Qt import there).
    sources.append(PACKAGE_DIR / "domain" / "vocabulary.py")
    return sources + form_files()


def update_ts(ts_file: Path = TS_FILE) -> str:
    """Run lupdate over the sources into ``ts_file``; returns lupdate's report."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tool("pyside6-lupdate"), *map(str, translation_sources()), "-locations", "none",
           "-no-obsolete", "-source-language", "en", "-target-language", "id_ID",
           "-ts", str(ts_file)]
    result = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return result.stdout + result.stderr


def release_qm(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> str:
    """Build the binary translation with lrelease; returns its report."""
    result = subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
                            check=True, capture_output=True, text=True)
    return result.stdout + result.stderr


SCREENSHOTS_DIR = REPO_DIR / "docs" / "screenshots"


def _demo_member_ids(db: Any, today: Any) -> dict[str, int]:
    """Demo members for the counter screenshots: one eligible for a class, one not
    eligible for anything, one who needs a supervisor's approval."""
    from sqlalchemy import select

    from vokasi_desktop.db.models import Member
    from vokasi_desktop.services import enrolment

    found: dict[str, int] = {}
    with db.read() as session:
        ids = session.execute(select(Member.id).order_by(Member.id).limit(400)).scalars().all()
    for member_id in ids:
        offer = enrolment.eligible_classes(db, member_id, today)
        if offer:
            kind = {"eligible": "eligible", "needs_override": "override"}.get(offer[0][1].verdict)
        else:
            check = enrolment.check_eligibility(db, member_id, None, today)
            kind = "not_eligible" if check.verdict == "not_eligible" else None
        if kind is not None:
            found.setdefault(kind, member_id)
        if len(found) == 3:
            break
    return found


def _counter_screenshots(window: Any, ctx: Any, settle: Any, save: Any) -> None:
    """``counter_eligible``, ``counter_not_eligible`` and ``counter_override`` (the approval
    dialog painted over the window, as the clerk sees it). Nothing is written."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest

    from vokasi_desktop.services.members import get_member

    window.show_page("counter")
    page = window.page("counter")
    members = _demo_member_ids(ctx.db, ctx.today())
    for kind in ("eligible", "not_eligible", "override"):
        if kind not in members:
            print(f"no demo member for counter_{kind}")
            continue
        nik = get_member(ctx.db, members[kind]).nik
        page.next_customer()
        QTest.keyClicks(page.ui.searchEdit, f"{nik[:6]} {nik[6:12]}.{nik[12:]}")
        QTest.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
        settle()
        if kind != "override":
            save(window, f"counter_{kind}")
            continue
        page.enrol()  # opens the supervisor dialog
        settle()
        dialog = page.override_dialog
        if dialog is None:
            save(window, "counter_override")
            continue
        dialog.ui.usernameEdit.setText("supervisor")
        dialog.ui.passwordEdit.setText("vokasi-supervisor")
        dialog.ui.reasonEdit.setText("Kartu peserta asli sudah diperiksa di loket")
        settle(0.2)
        # Offscreen there is no window manager: paint the dialog and a plain title bar over
        # the dimmed window, roughly where it opens.
        shot = window.grab()
        inner = dialog.grab()
        bar = 28
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
        corner = QPoint((shot.width() - inner.width()) // 2,
                        (shot.height() - inner.height() - bar) // 3)
        painter.fillRect(corner.x() - 1, corner.y() - 1, inner.width() + 2,
                         inner.height() + bar + 2, QColor("#7a8a83"))
        painter.fillRect(corner.x(), corner.y(), inner.width(), bar, QColor("#e4ebe7"))
        painter.setPen(QColor("#1f2d27"))
        painter.drawText(corner.x() + 10, corner.y(), inner.width() - 20, bar,
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         dialog.windowTitle())
        painter.drawPixmap(corner + QPoint(0, bar), inner)
        painter.end()
        save(shot, "counter_override")
        dialog.reject()
        settle(0.1)
    page.next_customer()


def screenshots(db_path: str, target: Path = SCREENSHOTS_DIR, lang: str = "id") -> list[Path]:
    """Grab the login dialog, the members and institutions pages, the member dialog and the
    counter (eligible, not eligible, supervisor approval).

    Runs offscreen on a demo database (``vokasi-desktop demo``), signed in as the demo clerk.
    """
    import os
    import tempfile
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.services.auth import authenticate
    from vokasi_desktop.services.browse import local_branch
    from vokasi_desktop.services.demo import DEMO_USERS
    from vokasi_desktop.ui.context import UiContext
    from vokasi_desktop.ui.dialogs.member import MemberDialog
    from vokasi_desktop.ui.i18n import Preferences, install_translators
    from vokasi_desktop.ui.jobs import JobRunner
    from vokasi_desktop.ui.login import LoginDialog
    from vokasi_desktop.ui.main_window import MainWindow
    from vokasi_desktop.ui.pages.counter import CounterPage
    from vokasi_desktop.ui.signals import AppSignals
    from vokasi_desktop.ui.style import STYLE_SHEET

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, lang)
    app.setStyleSheet(STYLE_SHEET)  # type: ignore[attr-defined]
    db = open_database(db_path)
    signals = AppSignals()
    runner = JobRunner(signals)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or runner.pending:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def save(widget: Any, name: str) -> None:
        path = target / f"{name}.png"
        (widget.grab() if hasattr(widget, "grab") else widget).save(str(path))
        written.append(path)

    try:
        # A real login session: pages and services check the Principal's session.
        username, password = next((u, p) for u, _name, role, p in DEMO_USERS if role == "clerk")
        clerk = authenticate(db, username, password)
        branch = local_branch(db)
        login = LoginDialog(db, runner, branch_name=branch.name if branch else "")
        login.ui.usernameEdit.setText(clerk.username)
        login.show()
        settle()
        save(login, "login")
        login.close()
        ctx = UiContext(db=db, runner=runner, signals=signals, user=clerk,
                        prefs=Preferences(Path(tempfile.mkdtemp()) / "prefs.ini"))
        window = MainWindow(ctx, language=lang, counter_factory=CounterPage)
        window.resize(1280, 760)
        window.show()
        window.show_page("members")
        settle()
        members = window.page("members")
        members.table.setFocus()  # type: ignore[attr-defined]
        members.table.selectRow(2)  # type: ignore[attr-defined]
        settle()
        save(window, "members")
        window.show_page("institutions")
        settle()
        save(window, "institutions")
        member_id = members.model.id_at(2)  # type: ignore[attr-defined]
        dialog = MemberDialog(ctx, member_id, parent=window)
        dialog.show()
        settle()
        save(dialog, "member_dialog")
        dialog.done(0)
        _counter_screenshots(window, ctx, settle, save)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        runner.shutdown()
        db.dispose()
        for translator in translators:
            app.removeTranslator(translator)
    return written


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    what = args[0] if args else "all"
    if what == "screenshots":
        if len(args) < 2:
            print("usage: python -m vokasi_desktop.ui.devtools screenshots DEMO.sqlite3")
            return 2
        for path in screenshots(args[1]):
            print(f"wrote {path.relative_to(REPO_DIR)}")
        return 0
    if what in ("forms", "all"):
        for path in compile_forms():
            print(f"wrote {path.relative_to(REPO_DIR)}")
    if what in ("translations", "all"):
        print(update_ts())
        print(release_qm())
    if what not in ("forms", "translations", "all"):
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
