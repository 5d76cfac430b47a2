"""Pengaturan: interface language, the signed-in user, database, backups, office settings,
branch profile with letterhead preview and logo, document numbers, programme year and quota."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from vokasi_desktop.services import browse
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.backup import BackupSection
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.generated.ui_settings_page import Ui_SettingsPage
from vokasi_desktop.ui.i18n import LANGUAGES, language_name
from vokasi_desktop.ui.office_settings import OfficeSettingsSection
from vokasi_desktop.ui.privacy_panel import PersonalDataSection
from vokasi_desktop.ui.settings_sections import (
    BranchProfileSection,
    NumberingSection,
    ProgrammeSection,
)
from vokasi_desktop.ui.widgets import select_data, show_message


class SettingsPage(QWidget):
    """Settings; the language choice is saved per computer and applies at the next start."""

    def __init__(self, ctx: UiContext, current_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_language = current_language
        self.ui = Ui_SettingsPage()
        # The sections (backup, office settings) are taller than a 1366x768 laptop leaves for
        # a page: they scroll instead of raising the main window's minimum height.
        content = QWidget()
        self.ui.setupUi(content)
        self.setObjectName(content.objectName())  # "SettingsPage", as before
        content.setObjectName("settingsContent")
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.content = content
        ui = self.ui
        for code in LANGUAGES:
            ui.languageCombo.addItem(language_name(code), code)
        select_data(ui.languageCombo, current_language)
        ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        show_message(ui.languageNoteLabel, "", "hint")
        ui.userValue.setText(f"{ctx.user.full_name} ({ctx.user.username})")
        ui.roleValue.setText(labels.label(labels.ROLES, ctx.user.role))
        self.backupSection = BackupSection(ctx.db, ctx.runner, ctx.prefs, content)
        ui.mainLayout.insertWidget(ui.mainLayout.count() - 1, self.backupSection)
        self.officeSection = OfficeSettingsSection(ctx, content)
        ui.mainLayout.insertWidget(ui.mainLayout.count() - 1, self.officeSection)
        # The editable branch profile (read-only for roles without the permission) replaces
        # the form's read-only branch group.
        ui.branchGroup.hide()
        today = ctx.today()
        self.branchSection = BranchProfileSection(ctx, content)
        self.numberingSection = NumberingSection(ctx, today, content)
        self.programmeSection = ProgrammeSection(ctx, today, content)
        for section in (self.branchSection, self.numberingSection, self.programmeSection):
            ui.mainLayout.insertWidget(ui.mainLayout.count() - 1, section)
        self.personalDataSection = PersonalDataSection(ctx, content)
        ui.mainLayout.insertWidget(ui.mainLayout.count() - 1, self.personalDataSection)
        self.load()

    def load(self) -> None:
        """Read the database and branch facts (small, fast queries)."""
        ui = self.ui
        info = browse.database_info(self.ctx.db)
        ui.databaseValue.setText(info.description)
        ui.schemaValue.setText(info.revision or "-")
        ui.searchValue.setText({
            "fts5": self.tr("SQLite FTS5 (word prefix)"),
            "trgm": self.tr("PostgreSQL pg_trgm (word prefix)"),
            "prefix": self.tr("PostgreSQL name prefix (pg_trgm not installed)"),
        }.get(info.search, info.search))
        branch = browse.local_branch(self.ctx.db)
        values = {
            ui.branchCodeValue: branch.code if branch else "",
            ui.branchNameValue: branch.name if branch else self.tr(
                "No branch profile yet: run `vokasi-desktop init`."),
            ui.branchAddressValue: branch.address if branch else "",
            ui.branchCityValue: branch.city if branch else "",
            ui.branchPhoneValue: branch.phone if branch else "",
            ui.branchEmailValue: branch.email if branch else "",
            ui.branchHeadValue: (f"{branch.head_name} ({branch.head_title})"
                                 if branch and branch.head_name else ""),
        }
        for label, text in values.items():
            label.setText(text or "-")

    def _language_chosen(self) -> None:
        code = self.ui.languageCombo.currentData()
        self.ctx.prefs.language = code
        if code == self.current_language:
            show_message(self.ui.languageNoteLabel, "", "hint")
        else:
            show_message(self.ui.languageNoteLabel, self.tr(
                "Saved. The new language is used the next time the application starts."),
                "hint")
