"""First-run wizard: shown at start when there is no database yet.

Pages: language (applied at once) -> what to do: "Cabang baru" (branch profile, first
administrator, backup folder, signing-key passphrase, numbering templates), "Sambungkan ke
server cabang" (PostgreSQL URL tested before it is saved; an empty server database continues
with the branch pages) or "Buka demo" (demo data filled in a background job with a progress bar).

The work is done by ``services.setup`` (the same ``init_branch`` as ``vokasi-desktop init``)
and ``services.demo``; this module only collects input and shows messages.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vokasi_desktop.db.location import ENV_DB_URL, NOT_SQLITE, UNKNOWN, default_sqlite_path
from vokasi_desktop.db.location import sqlite_file as sqlite_file_of
from vokasi_desktop.domain.errors import ServiceError
from vokasi_desktop.ui.i18n import (
    LANGUAGES,
    Preferences,
    install_translators,
    language_name,
    remove_translators,
    resolve_language,
)
from vokasi_desktop.ui.widgets import select_data, show_message

log = logging.getLogger(__name__)

PAGE_LANGUAGE, PAGE_MODE, PAGE_BRANCH, PAGE_ADMIN, PAGE_SERVER, PAGE_DEMO, PAGE_DONE = range(7)
MODE_NEW, MODE_SERVER, MODE_DEMO = "new", "server", "demo"
MAX_LOGO_BYTES = 2_000_000


translate = QCoreApplication.translate

# The demo job's stage names (``services.demo`` reports them in Indonesian) -> English source.
DEMO_STAGES = {
    "lembaga": QT_TRANSLATE_NOOP("Wizard", "institutions"),
    "peserta": QT_TRANSLATE_NOOP("Wizard", "workers"),
    "indeks": QT_TRANSLATE_NOOP("Wizard", "search index"),
    "pendaftaran": QT_TRANSLATE_NOOP("Wizard", "enrolments"),
}


def demo_stage(text: str) -> str:
    """The demo job's stage name in the GUI's language (an unknown one as reported)."""
    source = DEMO_STAGES.get(text)
    return translate("Wizard", str(source)) if source else text


def demo_database_path() -> Path:
    """The demo goes to its own file beside the real one, so a branch never starts on it."""
    return default_sqlite_path().with_name("vokasi-demo.sqlite3")


def _service_message(exc: BaseException) -> str:
    from vokasi_desktop.ui import errors

    if errors.is_expected(exc):
        return errors.error_text(exc)
    from vokasi_desktop.db.engine import DatabaseConfigError

    if isinstance(exc, DatabaseConfigError):
        return str(exc)
    if isinstance(exc, OSError):
        return translate("Wizard", "The file or folder could not be written (%1).").replace(
            "%1", exc.strerror or type(exc).__name__)
    log.error("first start failed", exc_info=exc)
    return translate("Wizard", "The database could not be prepared (%1). The technical details were written "
               "to the log.").replace("%1", type(exc).__name__)


# ------------------------------------------------------------------------------------ pages


class LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.combo = QComboBox()
        for code in LANGUAGES:
            self.combo.addItem(language_name(code), code)
        select_data(self.combo, wizard.language)
        self.combo.currentIndexChanged.connect(
            lambda: wizard.set_language(self.combo.currentData()))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        form = QFormLayout()
        form.addRow(self.label, self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Welcome to Vokasi Desktop"))
        self.intro.setText(translate("Wizard", "This computer has no database yet. A few questions and the "
                               "application is ready; no command line is needed."))
        self.label.setText(translate("Wizard", "&Language"))
        for index in range(self.combo.count()):
            self.combo.setItemText(index, language_name(self.combo.itemData(index)))


class ModePage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.new_radio = QRadioButton()
        self.server_radio = QRadioButton()
        self.demo_radio = QRadioButton()
        self.new_radio.setChecked(True)
        self.notes = [QLabel(), QLabel(), QLabel()]
        layout = QVBoxLayout(self)
        for radio, note in zip((self.new_radio, self.server_radio, self.demo_radio), self.notes,
                               strict=True):
            note.setWordWrap(True)
            note.setProperty("role", "hint")
            note.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(radio)
            layout.addWidget(note)
        layout.addStretch(1)

    @property
    def mode(self) -> str:
        if self.server_radio.isChecked():
            return MODE_SERVER
        if self.demo_radio.isChecked():
            return MODE_DEMO
        return MODE_NEW

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "How will this computer be used?"))
        self.new_radio.setText(translate("Wizard", "&New branch (a database on this computer)"))
        self.server_radio.setText(translate("Wizard", "&Connect to the branch server (several counters)"))
        self.demo_radio.setText(translate("Wizard", "Open the &demo (practice data, not for real work)"))
        self.notes[0].setText(translate("Wizard", "Enter the branch profile, the first administrator and the "
                                  "backup folder. The data stays in a file on this computer."))
        self.notes[1].setText(translate("Wizard", "Several counters share one PostgreSQL database on the branch "
                                  "network. The connection is tested before it is saved."))
        self.notes[2].setText(translate("Wizard", "Made-up workers, institutions and classes, in a separate "
                                  "file. The wizard appears again at the next start."))

    def nextId(self) -> int:
        return {MODE_NEW: PAGE_BRANCH, MODE_SERVER: PAGE_SERVER, MODE_DEMO: PAGE_DEMO}[self.mode]


class BranchPage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.city = QLineEdit()
        self.head_name = QLineEdit()
        self.head_npp = QLineEdit()
        self.logo = QLineEdit()
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_button)
        self.labels = [QLabel() for _ in range(7)]
        self.error = QLabel()
        self.error.setWordWrap(True)
        form = QFormLayout()
        fields: list[Any] = [self.code, self.name, self.address, self.city, self.head_name,
                             self.head_npp, logo_row]
        for label, widget in zip(self.labels, fields, strict=True):
            label.setBuddy(widget if isinstance(widget, QWidget) else widget.itemAt(0).widget())
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Branch office"))
        self.setSubTitle(translate("Wizard", "As printed on the letterhead of every letter and certificate."))
        texts = [translate("Wizard", "Branch &code"), translate("Wizard", "Branch &name"), translate("Wizard", "&Address"), translate("Wizard", "C&ity"),
                 translate("Wizard", "&Head of branch"), translate("Wizard", "Head's &NPP"), translate("Wizard", "&Logo (PNG/JPEG)")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.code.setPlaceholderText(translate("Wizard", "e.g. KRJ"))
        self.name.setPlaceholderText(translate("Wizard", "e.g. Kantor Cabang Surabaya Karimunjawa"))
        self.logo.setPlaceholderText(translate("Wizard", "optional: without a logo a neutral emblem is printed"))
        self.logo_button.setText(translate("Wizard", "Choose…"))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Wizard", "Logo"), "",
                                              translate("Wizard", "Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def profile(self) -> Any:
        from vokasi_desktop.services.setup import BranchProfile

        return BranchProfile(code=self.code.text().strip().upper(), name=self.name.text(),
                             address=self.address.text(), city=self.city.text(),
                             head_name=self.head_name.text(), head_npp=self.head_npp.text())

    def logo_bytes(self) -> bytes | None:
        from vokasi_desktop.services.setup import read_logo

        path = self.logo.text().strip()
        return read_logo(path) if path else None

    def validatePage(self) -> bool:
        from vokasi_desktop.services.setup import validate_profile

        try:
            validate_profile(self.profile())
            self.logo_bytes()
        except ServiceError as exc:
            show_message(self.error, _service_message(exc))
            return False
        show_message(self.error, "")
        return True


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.user = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase_repeat = QLineEdit()
        for edit in (self.password, self.repeat, self.passphrase, self.passphrase_repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.no_passphrase = QCheckBox()
        self.no_passphrase.toggled.connect(self._passphrase_toggled)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.backup = QLineEdit()
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self._choose_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup, 1)
        backup_row.addWidget(self.backup_button)
        from vokasi_desktop.domain.numbering import DEFAULT_TEMPLATES

        self.templates = {doc_type: QLineEdit(pattern)
                          for doc_type, pattern in DEFAULT_TEMPLATES.items()}
        self.labels = [QLabel() for _ in range(10)]
        rows: list[Any] = [self.user, self.full_name, self.password, self.repeat, self.passphrase,
                           self.passphrase_repeat, backup_row, *self.templates.values()]
        form = QFormLayout()
        for label, widget in zip(self.labels, rows, strict=True):
            label.setBuddy(widget if isinstance(widget, QWidget) else widget.itemAt(0).widget())
            form.addRow(label, widget)
            if widget is self.passphrase_repeat:
                form.addRow("", self.no_passphrase)
                form.addRow("", self.warning)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Administrator, signing key and backups"))
        texts = [translate("Wizard", "Administrator &username"), translate("Wizard", "Administrator full na&me"),
                 translate("Wizard", "&Password"), translate("Wizard", "&Repeat password"), translate("Wizard", "Signing key pass&phrase"),
                 translate("Wizard", "Repeat pass&phrase"), translate("Wizard", "&Backup folder"),
                 translate("Wizard", "Letter number template"), translate("Wizard", "Slip number template"),
                 translate("Wizard", "Certificate number template")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.no_passphrase.setText(translate("Wizard", "No passphrase for the signing key"))
        self.backup_button.setText(translate("Wizard", "Choose…"))
        self.backup.setPlaceholderText(translate("Wizard", "empty: the default folder in the user data folder"))
        self._passphrase_toggled(self.no_passphrase.isChecked())

    def _passphrase_toggled(self, checked: bool) -> None:
        self.passphrase.setEnabled(not checked)
        self.passphrase_repeat.setEnabled(not checked)
        if checked:
            show_message(self.warning, translate("Wizard",
                "Warning: without a passphrase anyone who copies the key file from this "
                "computer can sign documents in the branch's name."), "warning")
        else:
            show_message(self.warning, translate("Wizard",
                "The passphrase protects the key that signs every document's QR code. It is "
                "asked when documents are signed; keep it safe, it cannot be recovered."), "hint")

    def _choose_backup(self) -> None:
        path = QFileDialog.getExistingDirectory(self, translate("Wizard", "Backup folder"))
        if path:
            self.backup.setText(path)

    def key_passphrase(self) -> str | None:
        """The passphrase, or None when "no passphrase" was chosen; checks the repetition."""
        if self.no_passphrase.isChecked():
            return None
        from vokasi_desktop.services.errors import ValidationError
        from vokasi_desktop.services.keys import validate_passphrase

        if self.passphrase.text() != self.passphrase_repeat.text():
            raise ValidationError("key_passphrase_mismatch",
                                  "Kedua frasa sandi kunci tidak sama.", "passphrase")
        validate_passphrase(self.passphrase.text())
        return self.passphrase.text()

    def validatePage(self) -> bool:
        from vokasi_desktop.services.setup import validate_admin, validate_templates

        try:
            validate_admin(self.user.text().strip().lower(), self.full_name.text(),
                           self.password.text(), self.repeat.text())
            passphrase = self.key_passphrase()
            backup = self.backup.text().strip()
            if backup and not Path(backup).is_dir():
                from vokasi_desktop.services.errors import ValidationError

                raise ValidationError("backup_dir_missing",
                                      f"Folder cadangan {backup} tidak ada.", "backup")
            templates = {k: e.text().strip() for k, e in self.templates.items()}
            validate_templates(templates)
            self.wiz.create_branch(passphrase, templates, backup or None)
        except ServiceError as exc:
            show_message(self.error, _service_message(exc))
            return False
        except Exception as exc:
            show_message(self.error, _service_message(exc))
            return False
        show_message(self.error, "")
        return True

    def nextId(self) -> int:
        return PAGE_DONE


class ServerPage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.url = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test)
        self.migrate = QCheckBox()
        self.migrate.setChecked(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], self.url)
        form.addRow(self.labels[1], self.password)
        self.labels[0].setBuddy(self.url)
        self.labels[1].setBuddy(self.password)
        form.addRow("", self.test_button)
        form.addRow("", self.migrate)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.probe: Any = None

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Connect to the branch server"))
        self.intro.setText(translate("Wizard", "Ask the branch's IT person for the server address. Example: "
                               "postgresql://vokasi@192.168.1.10:5432/vokasi"))
        self.labels[0].setText(translate("Wizard", "Server &address"))
        self.labels[1].setText(translate("Wizard", "&Password"))
        self.test_button.setText(translate("Wizard", "&Test connection"))
        self.migrate.setText(translate("Wizard", "Prepare or update the server database if needed"))

    def full_url(self) -> str:
        """The URL with the password field added (the password is never shown or logged)."""
        from sqlalchemy.engine import make_url

        raw = self.url.text().strip()
        if self.password.text() and "://" in raw:
            try:
                return make_url(raw).set(password=self.password.text()).render_as_string(
                    hide_password=False)
            except Exception:
                return raw
        return raw

    def test(self) -> bool:
        from vokasi_desktop.services.setup import probe_database

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.probe = probe_database(self.full_url())
        except ServiceError as exc:
            self.probe = None
            show_message(self.result, _service_message(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        text = {
            "empty": translate("Wizard", "Connected to %1. The database is empty: it will be prepared and the "
                         "branch profile entered next."),
            "current": translate("Wizard", "Connected to %1. The database is ready."),
            "outdated": translate("Wizard", "Connected to %1. The database needs an update to this version."),
            "newer": translate("Wizard", "Connected to %1, but the database was written by a newer version of "
                         "the application. Update this computer's application first."),
            "foreign": translate("Wizard", "Connected to %1, but the database holds tables of another "
                           "application. Choose another database name."),
        }[self.probe.state].replace("%1", self.probe.description)
        ok = self.probe.state in ("empty", "current", "outdated")
        show_message(self.result, text, "ok" if ok else "error")
        return ok

    def validatePage(self) -> bool:
        if not self.test():
            return False
        if self.probe.state in ("empty", "outdated"):
            if not self.migrate.isChecked():
                show_message(self.result, translate("Wizard", "The server database must be prepared first: "
                                              "tick the box above or ask the administrator."))
                return False
            try:
                self.wiz.migrate_server(self.full_url())
            except Exception as exc:
                show_message(self.result, _service_message(exc))
                return False
            self.test()
        self.wiz.server_url = self.full_url()
        self.wiz.target_url = self.wiz.server_url
        return True

    def nextId(self) -> int:
        if self.probe is not None and not self.probe.users:
            return PAGE_BRANCH
        return PAGE_DONE


class DemoPage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.members = QSpinBox()
        self.members.setRange(50, 20_000)
        self.members.setSingleStep(500)
        self.members.setValue(2000)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.label = QLabel()
        self.label.setBuddy(self.members)
        form = QFormLayout()
        form.addRow(self.label, self.members)
        form.addRow("", self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.finished = False
        self.running = False

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Demo database"))
        self.setSubTitle(translate("Wizard", "Logins: petugas / vokasi-petugas, supervisor / vokasi-supervisor, "
                             "admin / vokasi-admin."))
        self.label.setText(translate("Wizard", "Number of &workers"))
        self.start_button.setText(translate("Wizard", "&Create the demo"))

    def initializePage(self) -> None:
        from vokasi_desktop.db.engine import open_database
        from vokasi_desktop.services.demo import demo_state

        path = Path(self.wiz.demo_path)
        if path.exists():
            db = open_database(f"sqlite:///{path}")
            try:
                self.finished = demo_state(db) == "complete"
            except Exception:
                self.finished = False
            finally:
                db.dispose()
            if self.finished:
                show_message(self.status, translate("Wizard", "The demo database exists already; it opens "
                                              "as it is."), "ok")

    def isComplete(self) -> bool:
        return self.finished

    def start(self) -> None:
        if self.running or self.finished:
            return
        self.running = True
        self.start_button.setEnabled(False)
        self.members.setEnabled(False)
        self.progress.setRange(0, 0)
        show_message(self.status, translate("Wizard", "Creating the demo data…"), "hint")
        self.wiz.fill_demo(self.members.value(), self._progress, self._done, self._failed)

    def _progress(self, progress: Any) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
        if progress.text:
            self.status.setText(translate("Wizard", "Creating the demo data: %1…").replace(
                "%1", demo_stage(progress.text)))

    def _done(self, _result: Any) -> None:
        self.running = False
        self.finished = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        show_message(self.status, translate("Wizard", "The demo data is ready."), "ok")
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.start_button.setEnabled(True)
        self.members.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        show_message(self.status, _service_message(exc))

    def nextId(self) -> int:
        return PAGE_DONE


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Ready"))
        self.initializePage()

    def initializePage(self) -> None:
        from vokasi_desktop.db.engine import describe_url, resolve_url

        where = describe_url(resolve_url(self.wiz.result_url())) if self.wiz.result_url() else ""
        if self.wiz.mode == MODE_DEMO:
            text = translate("Wizard", "The demo database is ready (%1). Sign in as petugas / vokasi-petugas.")
        elif self.wiz.admin_created:
            text = translate("Wizard", "The database is ready (%1). Sign in with the administrator you created, "
                       "then add the users in Pengaturan and check the branch profile.")
        else:
            text = translate("Wizard", "The database is ready (%1). Sign in with your user name.")
        self.text.setText(text.replace("%1", where))

    def nextId(self) -> int:
        return -1


# ----------------------------------------------------------------------------------- wizard


class FirstStartWizard(QWizard):
    """The first start. ``result_url()`` is the database to open after Finish."""

    def __init__(self, prefs: Preferences, *, target_url: str, demo_path: Path,
                 translators: list[QTranslator] | None = None, language: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.target_url = target_url
        self.local_url = target_url
        self.demo_path = demo_path
        self.translators = translators if translators is not None else []
        self.language = language
        self.server_url: str | None = None
        self.admin_created = False
        self.created_url: str | None = None
        self._runner: Any = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setWindowTitle("Vokasi Indonesia Pekerja")
        self.language_page = LanguagePage(self)
        self.mode_page = ModePage(self)
        self.branch_page = BranchPage(self)
        self.admin_page = AdminPage(self)
        self.server_page = ServerPage(self)
        self.demo_page = DemoPage(self)
        self.done_page = DonePage(self)
        for page_id, page in ((PAGE_LANGUAGE, self.language_page), (PAGE_MODE, self.mode_page),
                              (PAGE_BRANCH, self.branch_page), (PAGE_ADMIN, self.admin_page),
                              (PAGE_SERVER, self.server_page), (PAGE_DEMO, self.demo_page),
                              (PAGE_DONE, self.done_page)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_LANGUAGE)
        self.retranslate()
        self.resize(720, 560)

    @property
    def mode(self) -> str:
        return self.mode_page.mode

    def pages(self) -> list[Any]:
        return [self.page(i) for i in self.pageIds()]

    def retranslate(self) -> None:
        for page in self.pages():
            if page is not self.done_page:
                page.retranslate()
        self.setButtonText(QWizard.WizardButton.NextButton, translate("Wizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("Wizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("Wizard", "&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("Wizard", "Cancel"))

    def set_language(self, code: str) -> None:
        """Apply a language at once (translators swapped) and remember it for next starts."""
        if code not in LANGUAGES or code == self.language:
            return
        app = QCoreApplication.instance()
        if app is not None:
            remove_translators(app, self.translators)
            self.translators.extend(install_translators(app, code))
        self.language = code
        self.prefs.language = code
        self.retranslate()

    def result_url(self) -> str | None:
        if self.mode == MODE_DEMO:
            return f"sqlite:///{self.demo_path}"
        return self.created_url or self.server_url

    # -- the work (services) ----------------------------------------------------------------

    def create_branch(self, passphrase: str | None, templates: dict[str, str],
                      backup_dir: str | None) -> None:
        """Migrate the target database and run ``init_branch`` (validated before writing)."""
        from vokasi_desktop.db.engine import check_sqlite_path, open_database, resolve_url
        from vokasi_desktop.services.setup import init_branch, migrate

        url = resolve_url(self.target_url)
        if url.get_backend_name() == "sqlite":
            check_sqlite_path(Path(url.database or ""))
        logo = self.branch_page.logo_bytes()
        admin = self.admin_page
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        db = open_database(url)
        try:
            migrate(db)
            profile = self.branch_page.profile()
            self.admin_created = init_branch(
                db, profile, admin_user=admin.user.text().strip().lower(),
                admin_name=admin.full_name.text(), password=admin.password.text(),
                key_passphrase=passphrase, templates=templates, logo=logo)
        finally:
            db.dispose()
            QGuiApplication.restoreOverrideCursor()
        if backup_dir:
            self.prefs.backup_dir = backup_dir
        self.created_url = self.target_url

    def migrate_server(self, url: str) -> None:
        from vokasi_desktop.db.engine import open_database
        from vokasi_desktop.services.setup import migrate

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        db = open_database(url)
        try:
            migrate(db)
        finally:
            db.dispose()
            QGuiApplication.restoreOverrideCursor()

    def fill_demo(self, members: int, on_progress: Any, on_done: Any, on_error: Any) -> None:
        """Create, migrate and fill the demo file on a background thread."""
        from vokasi_desktop.ui.jobs import JobRunner

        if self._runner is None:
            self._runner = JobRunner()
        path = Path(self.demo_path)

        def work(report: Any, cancel: Any) -> Any:
            from vokasi_desktop.db.engine import open_database
            from vokasi_desktop.services.demo import fill_demo
            from vokasi_desktop.services.setup import migrate

            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():  # an unfinished or broken earlier demo: start afresh
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            db = open_database(f"sqlite:///{path}")
            try:
                migrate(db)
                return fill_demo(db, members=members, report=report)
            finally:
                db.dispose()

        self._runner.write(work, pass_control=True, on_done=on_done, on_error=on_error,
                           on_progress=on_progress, name="demo")

    def done(self, result: int) -> None:
        if self._runner is not None:
            if self.demo_page.running:
                return  # the fill is one transaction: wait for it
            self._runner.shutdown()
            self._runner = None
        if result == QWizard.DialogCode.Accepted and self.server_url:
            self.prefs.database_url = self.server_url
        super().done(result)


@dataclass
class FirstStart:
    """What :func:`run_first_start` decided: the database to open, or cancelled."""

    db_url: str | None
    language: str
    translators: list[QTranslator] = field(default_factory=list)
    cancelled: bool = False


def first_start_needed(db_url: str | None) -> bool:
    """True when the database to open is a local SQLite file that does not exist yet.

    Answered without SQLAlchemy for the usual spellings (it runs before the login paints).
    """
    found = sqlite_file_of(db_url)
    if found == NOT_SQLITE:
        return False
    if found == UNKNOWN:
        from vokasi_desktop.db.engine import resolve_url

        try:
            url = resolve_url(db_url)
        except Exception:
            return False
        if url.get_backend_name() != "sqlite":
            return False
        found = Path(url.database or "")
    path = Path(found)
    if not path.exists():
        return True
    # A file left by a first start that was interrupted before the administrator was saved.
    import sqlite3

    try:
        # Looking must not write: a read-only open of a WAL database still creates -wal/-shm
        # beside it, so with no -wal file (nothing uncheckpointed) the file is read immutable.
        wal = path.with_name(path.name + "-wal")
        mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        con = sqlite3.connect(f"file:{path}?{mode}", uri=True)
        try:
            if con.execute("SELECT count(*) FROM app_user").fetchone()[0] != 0:
                return False
            # Only a file at this app's own schema: a newer or foreign database gets the
            # normal start's message instead of a wizard that would write into it.
            from vokasi_desktop.db.migrate import _head_from_files

            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return version is not None and version[0] == _head_from_files()
        finally:
            con.close()
    except sqlite3.Error:
        return False  # not ours or damaged: the normal start explains it


def run_first_start(app: QApplication, prefs: Preferences, db_url: str | None,
                    translators: list[QTranslator], language: str) -> FirstStart:
    """At start: pick the saved server, or run the wizard when there is no database yet."""
    if db_url is None and not os.environ.get(ENV_DB_URL) and prefs.database_url:
        db_url = prefs.database_url
    if not first_start_needed(db_url):
        return FirstStart(db_url, language, translators)
    from vokasi_desktop.db.engine import resolve_url

    target = str(resolve_url(db_url).database)
    wizard = FirstStartWizard(prefs, target_url=f"sqlite:///{target}",
                              demo_path=demo_database_path(), translators=translators,
                              language=language)
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    language = resolve_language(None, prefs=prefs) if prefs.language else wizard.language
    url = wizard.result_url() if accepted else None
    return FirstStart(url, wizard.language, wizard.translators, cancelled=url is None)
