"""Windows that fit the screen: every page and dialog at 1366x768 and 1024x768, the remembered
geometry per user, the event filter that pulls a window back onto the screen, and "Tentang"."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from tests.gui.conftest import Answers
from vokasi_desktop import __version__
from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import documents
from vokasi_desktop.services.browse import local_branch
from vokasi_desktop.ui.about import AboutDialog
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.institution import InstitutionDialog
from vokasi_desktop.ui.dialogs.key_passphrase import KeyPassphraseDialog
from vokasi_desktop.ui.dialogs.klass import ClassDialog
from vokasi_desktop.ui.dialogs.member import MemberDialog
from vokasi_desktop.ui.dialogs.override import OverrideDialog
from vokasi_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from vokasi_desktop.ui.dialogs.verify import VerifyDialog
from vokasi_desktop.ui.geometry import (
    MAIN_WINDOW_SIZE,
    PREVIEW_SIZE,
    ScreenFitter,
    WindowGeometryStore,
    fit_window,
    on_a_screen,
    sideways_scrolling,
    widgets_outside,
)
from vokasi_desktop.ui.login import LoginDialog
from vokasi_desktop.ui.main_window import MainWindow

SCREENS = {"1366x768": QRect(0, 0, 1366, 768), "1024x768": QRect(0, 0, 1024, 768)}
# A task bar of 40 px at the bottom (Windows) leaves this much for windows.
AVAILABLE = {name: QRect(0, 0, rect.width(), rect.height() - 40) for name, rect in SCREENS.items()}
SHOTS = Path(os.environ.get("VOKASI_SCREENSHOTS", "")) if os.environ.get("VOKASI_SCREENSHOTS") \
    else None


def _settle(qtbot: Any, ctx: UiContext) -> None:
    ctx.runner.wait_idle(10)
    QCoreApplication.processEvents()
    qtbot.wait(20)


def _main_window(qtbot: Any, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx, language="id")
    qtbot.addWidget(window)
    return window


# Pages are hidden by role: the supervisor sees the enrolment pages, the dashboard and the
# exchange pages; the administrator also the audit log and the users page. Together they show
# every branch page.
PAGE_USERS = ("supervisor", "admin")
# Pages that re-flow (forms wrap, columns shrink, the counter's hint gets shorter) instead of
# scrolling sideways at 1024x768.
REFLOWING_PAGES = {"members", "institutions", "classes", "enrollments", "settings", "counter",
                   "reports"}
ALL_BRANCH_PAGES = {"dashboard", "counter", "members", "institutions", "classes", "enrollments",
                    "reports", "settings", "exchange", "conflicts", "audit", "users"}


@pytest.mark.parametrize("screen", list(AVAILABLE))
def test_every_page_fits(qtbot: Any, demo_db: Database, make_ctx: Callable[..., UiContext],
                         screen: str) -> None:
    area = AVAILABLE[screen]
    seen: set[str] = set()
    for username in PAGE_USERS:
        ctx = make_ctx(demo_db, username)
        window = _main_window(qtbot, ctx)
        fit_window(window, MAIN_WINDOW_SIZE, area=area)
        window.show()
        for key in window.pages:
            window.show_page(key)
            _settle(qtbot, ctx)
            outside = widgets_outside(window, area)
            assert outside == [], f"page {key} ({username}) at {screen}: {outside}"
            if key in REFLOWING_PAGES:
                sideways = sideways_scrolling(window.page(key))
                wrapper = window.findChild(QScrollArea, "screenFitScrollArea")
                if wrapper is not None:  # the small-screen wrapper must not scroll sideways
                    QCoreApplication.processEvents()
                    sideways += sideways_scrolling(wrapper)
                assert sideways == [], f"page {key} ({username}) at {screen}: {sideways}"
            if SHOTS and key == "counter" and screen == "1024x768":
                SHOTS.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(SHOTS / "counter-1024x768.png"))
            seen.add(key)
        assert window.width() <= area.width() and window.height() <= area.height()
        window.close()
    assert seen == ALL_BRANCH_PAGES


def _dialogs(ctx: UiContext, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    db = ctx.db

    def preview() -> QDialog:
        from sqlalchemy import select

        from vokasi_desktop.db.models import Enrollment

        with db.read() as s:
            enrollment_id = s.execute(select(Enrollment.id).where(
                Enrollment.status == "enrolled").order_by(Enrollment.id)).scalars().first()
        doc = documents.issue_letter(db, enrollment_id, ctx.user, tmp_path / "letter.pdf")
        return PdfPreviewDialog(Path(doc.path), doc.number)

    branch = local_branch(db)
    return {
        "login": lambda: LoginDialog(db, ctx.runner, branch_name=branch.name if branch else ""),
        "member_new": lambda: MemberDialog(ctx),
        "member_edit": lambda: MemberDialog(ctx, 1),
        "institution": lambda: InstitutionDialog(ctx),
        "institution_edit": lambda: InstitutionDialog(ctx, 1),
        "class": lambda: ClassDialog(ctx),
        "class_edit": lambda: ClassDialog(ctx, 1),
        "override": lambda: OverrideDialog(db, ctx.runner, []),
        "verify": lambda: VerifyDialog(ctx),
        "key_passphrase": lambda: KeyPassphraseDialog(None, "Frasa sandi salah."),
        "about": lambda: AboutDialog(db.description),
        "pdf_preview": preview,
    }


DIALOG_NAMES = ["login", "member_new", "member_edit", "institution", "institution_edit", "class",
                "class_edit", "override", "verify", "key_passphrase", "about", "pdf_preview"]
WANTED = {"pdf_preview": PREVIEW_SIZE, "verify": QSize(640, 600)}


@pytest.mark.parametrize("screen", list(AVAILABLE))
@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_fits(qtbot: Any, qapp: QApplication, ctx: UiContext, tmp_path: Path, answers: Answers,
                           screen: str, name: str) -> None:
    area = AVAILABLE[screen]
    dialog = _dialogs(ctx, tmp_path)[name]()
    qtbot.addWidget(dialog)
    fitter = ScreenFitter(area=area)  # as run_gui installs it, with this screen
    qapp.installEventFilter(fitter)
    try:
        fit_window(dialog, WANTED.get(name, dialog.sizeHint()), area=area)
        dialog.show()
        _settle(qtbot, ctx)
    finally:
        qapp.removeEventFilter(fitter)
    assert widgets_outside(dialog, area) == [], f"{name} at {screen}"
    if name == "pdf_preview":
        # the preview asked for 900x900 gets the screen's height, not more
        assert dialog.height() <= area.height() - 40 and dialog.width() == 900
        if SHOTS and screen == "1024x768":
            dialog.grab().save(str(SHOTS / "preview-1024x768.png"))
    dialog.close()


def test_fit_window_centres_on_the_parent_inside_the_area(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(600, 300, 700, 400)
    parent.show()
    child = QDialog(parent)
    qtbot.addWidget(child)
    fit_window(child, QSize(900, 900), area=QRect(0, 0, 1366, 728), parent=parent)
    assert child.size() == QSize(900, 728 - 40)
    assert child.x() >= 0 and child.x() + 900 + 16 <= 1366
    assert child.y() == 0  # would be above the screen if centred on the parent


def test_geometry_is_remembered_per_user(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat)
    areas = [QRect(0, 0, 1920, 1040)]
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(100, 80, 1000, 700)
    WindowGeometryStore(settings, "petugas").save(window, "main")

    other = QWidget()
    qtbot.addWidget(other)
    assert not WindowGeometryStore(settings, "admin").restore(other, "main", QSize(1300, 800),
                                                             areas=areas)
    assert other.size() == QSize(1300, 800)  # the other user gets the default

    again = QWidget()
    qtbot.addWidget(again)
    assert WindowGeometryStore(settings, "petugas").restore(again, "main", QSize(1300, 800),
                                                           areas=areas)
    assert again.geometry() == QRect(100, 80, 1000, 700)


def test_remembered_geometry_off_screen_is_not_restored(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat)
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(2000, 100, 1200, 800)  # on a second monitor, since unplugged
    store = WindowGeometryStore(settings, "petugas")
    store.save(window, "main")
    laptop = [QRect(0, 0, 1366, 728)]
    restored = QWidget()
    qtbot.addWidget(restored)
    assert not store.restore(restored, "main", MAIN_WINDOW_SIZE, areas=laptop)
    assert restored.width() <= 1366 - 16 and restored.height() <= 728 - 40
    assert laptop[0].contains(QRect(restored.pos(), restored.size()))
    assert on_a_screen(QRect(-50, 10, 800, 600), laptop) is not None  # partly visible is fine
    assert on_a_screen(QRect(100, 760, 800, 600), laptop) is None  # title bar below the screen


def test_corrupt_remembered_geometry_is_ignored(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat)
    settings.setValue("windows/petugas/main/rect", "rusak")
    window = QWidget()
    qtbot.addWidget(window)
    assert not WindowGeometryStore(settings, "petugas").restore(
        window, "main", QSize(800, 600), areas=[QRect(0, 0, 1366, 728)])
    assert window.size() == QSize(800, 600)


def test_screen_fitter_pulls_a_window_back_onto_the_screen(qtbot: Any, qapp: QApplication) -> None:
    fitter = ScreenFitter()
    qapp.installEventFilter(fitter)
    try:
        area = qapp.primaryScreen().availableGeometry()
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.setGeometry(area.right() - 50, area.bottom() - 50, area.width() + 200, 300)
        dialog.show()
        assert area.contains(dialog.frameGeometry())
    finally:
        qapp.removeEventFilter(fitter)


def test_about_dialog(qtbot: Any, ctx: UiContext) -> None:
    window = _main_window(qtbot, ctx)
    window.show()
    window.ui.actionAbout.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    rows = dict(dialog.rows)
    assert rows["Versi"] == __version__
    assert rows["Basis data"].startswith("SQLite: ")
    assert rows["Folder log"].endswith("logs")
    assert "Python" in rows and "Qt / PySide6" in rows
    dialog.copy()
    assert "Folder data:" in QApplication.clipboard().text()
    dialog.close()


def test_about_masks_a_database_password() -> None:
    dialog = AboutDialog("PostgreSQL: postgresql://kasir:rahasia@srv:5432/vokasi")
    assert "rahasia" not in dialog.text()


def test_small_screen_wrapping_keeps_the_counter_focused(qtbot: Any, ctx: UiContext) -> None:
    """On a screen too small for it the window's content moves into a scroll area; the focus
    stays on the counter's search field (it used to land on the scroll area after a login)."""
    window = _main_window(qtbot, ctx)
    counter = window.page("counter")
    assert window.focusWidget() is counter.ui.searchEdit
    fit_window(window, MAIN_WINDOW_SIZE, area=QRect(0, 0, 800, 560))
    assert window.findChild(QScrollArea, "screenFitScrollArea") is not None
    assert window.focusWidget() is counter.ui.searchEdit
