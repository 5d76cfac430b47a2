"""The "Tentang" (About) dialog from the Bantuan menu: what IT asks for on the telephone.

Version, database (no password: ``Database.description`` never has one, and the text is scrubbed
again), data folder, log folder, Python, Qt and PySide versions, the operating system. "Copy"
puts the same lines on the clipboard; "Open log folder" opens it in the file manager.
"""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop import __version__
from vokasi_desktop.paths import data_dir, log_dir
from vokasi_desktop.ui.crash import scrub


class AboutDialog(QDialog):
    """Attributes:
    rows: (label, value) pairs shown, in order (tests read them).
    """

    def __init__(self, database_description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Vokasi Desktop"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr(
            "<b>Vokasi Desktop %1</b><br>Branch office application for the Vokasi Indonesia "
            "Pekerja training programme of BPJS Ketenagakerjaan.").replace("%1", __version__))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.rows: list[tuple[str, str]] = [
            (self.tr("Version"), __version__),
            (self.tr("Database"), scrub(database_description)),
            (self.tr("Data folder"), str(data_dir())),
            (self.tr("Log folder"), str(log_dir())),
            (self.tr("Python"), platform.python_version()),
            (self.tr("Qt / PySide6"), f"{qVersion()} / {PySide6.__version__}"),
            (self.tr("Operating system"), f"{platform.system()} {platform.release()} "
                                          f"({platform.machine()})"),
        ]
        if getattr(sys, "frozen", False):
            self.rows.append((self.tr("Installation"), self.tr("bundle (%1)").replace(
                "%1", str(sys.executable))))
        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for label, value in self.rows:
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", value_label)
            self.value_labels[label] = value_label
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.log_button = QPushButton(self.tr("Open log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.log_button.clicked.connect(self.open_log_folder)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.setMaximumWidth(900)

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_about(parent: QWidget | None, database_description: str) -> AboutDialog:
    """Open the dialog window-modal without blocking (``open()``, not ``exec()``)."""
    dialog = AboutDialog(database_description, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
