"""The user guide (docs/panduan, docs/guide-en): Markdown shown in a QTextBrowser.

One file per section; F1 on a page opens that page's section (``PAGE_SECTIONS``). Images are
resolved relative to the Markdown file, so the same files read well on GitHub and in the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from vokasi_desktop.paths import docs_dir

PAGE_SECTIONS = {
    "counter": "loket",
    "members": "peserta",
    "institutions": "lembaga-kelas",
    "classes": "lembaga-kelas",
    "enrollments": "cetak",
    "reports": "impor-ekspor",
    "dashboard": "dasbor",
    "settings": "pengaturan",
    # the exchange pages added with inter-office data exchange share its section
    "exchange": "pertukaran",
    "conflicts": "pertukaran",
    "regional": "pertukaran",
    # the audit log and the user list share the access section
    "audit": "audit-pengguna",
    "users": "audit-pengguna",
}


def guide_dir(language: str | None = None) -> Path:
    """The guide in the interface language (Indonesian unless English is in use)."""
    if language is None:
        language = "en" if QLocale().language() == QLocale.Language.English else "id"
    return docs_dir() / ("guide-en" if language == "en" else "panduan")


def section_file(section: str = "index", language: str | None = None) -> Path:
    path = guide_dir(language) / f"{section}.md"
    return path if path.is_file() else guide_dir(language) / "index.md"


class GuideDialog(QDialog):
    """A non-blocking window with the guide; links between sections work inside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.contents_button = QPushButton(self.tr("&Contents"), self)
        self.contents_button.clicked.connect(lambda: self.show_section("index"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.clicked.connect(self.browser.backward)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.contents_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(820, 640)

    def show_section(self, section: str) -> None:
        path = section_file(section)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    @property
    def current_file(self) -> Path:
        return Path(self.browser.source().toLocalFile())


_open: dict[int, GuideDialog] = {}


def open_guide(parent: QWidget | None, section: str = "index") -> GuideDialog:
    """Show the guide at ``section`` (one window per top-level parent, raised if open)."""
    key = id(parent.window()) if parent is not None else 0
    dialog = _open.get(key)
    if dialog is None:
        dialog = GuideDialog(parent.window() if parent is not None else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_a, k=key: _open.pop(k, None))
        _open[key] = dialog
    dialog.show_section(section)
    dialog.show()
    dialog.raise_()
    return dialog


def install_page_help(page: QWidget, key: str) -> QShortcut:
    """F1 on ``page`` opens its section (the counter keeps its own F1 with a guide link)."""
    return QShortcut(QKeySequence("F1"), page,
                     lambda: open_guide(page, PAGE_SECTIONS.get(key, "index")),
                     context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
