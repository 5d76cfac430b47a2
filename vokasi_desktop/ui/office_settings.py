"""Pengaturan, "Kantor": idle-lock minutes and data retention years (administrator edits,
other roles see the values read-only). Saved through ``services.setup.save_office_settings``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vokasi_desktop.domain.access import Action, can
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.services.setup import OfficeSettings, get_office_settings, save_office_settings
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.widgets import show_message


class OfficeSettingsSection(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("officeGroup")
        self.setTitle(self.tr("Office"))
        self.editable = can(ctx.user.role, Action.SETTINGS_EDIT)
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(1, 120)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.retention = QSpinBox()
        self.retention.setRange(1, 30)
        self.retention.setSuffix(self.tr(" years"))
        self.save_button = QPushButton(self.tr("&Save office settings"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        idle_label = QLabel(self.tr("&Lock the screen after idle"))
        idle_label.setBuddy(self.idle_lock)
        retention_label = QLabel(self.tr("&Keep personal data for"))
        retention_label.setBuddy(self.retention)
        form = QFormLayout(self)
        form.addRow(idle_label, self.idle_lock)
        form.addRow(retention_label, self.retention)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        form.addRow("", row)
        for widget in (self.idle_lock, self.retention, self.save_button):
            widget.setEnabled(self.editable)
        if not self.editable:
            show_message(self.message, self.tr("Only an administrator changes these."), "hint")
        self.load()

    def load(self) -> None:
        values = get_office_settings(self.ctx.db)
        self.idle_lock.setValue(values.idle_lock_minutes)
        self.retention.setValue(values.retention_years)

    def save(self) -> None:
        try:
            save_office_settings(self.ctx.db, self.ctx.user, OfficeSettings(
                self.idle_lock.value(), self.retention.value()))
        except ServiceError as exc:
            show_message(self.message, str(exc))
            return
        show_message(self.message, self.tr("Saved."), "ok")
