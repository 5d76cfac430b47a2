"""Pengaturan, Kantor: idle-lock minutes and retention years, administrator only."""

from __future__ import annotations

from typing import Any

import pytest

from vokasi_desktop.domain.access import PermissionDenied
from vokasi_desktop.services.errors import ValidationError
from vokasi_desktop.services.setup import (
    OfficeSettings,
    get_office_settings,
    save_office_settings,
)
from vokasi_desktop.ui.pages.settings import SettingsPage


def test_admin_saves_office_settings_and_a_clerk_only_sees_them(
        qtbot: Any, make_ctx: Any, demo_db: Any) -> None:
    assert get_office_settings(demo_db) == OfficeSettings(5, 10)  # the defaults
    admin = make_ctx(demo_db, "admin")
    page = SettingsPage(admin, current_language="id")
    qtbot.addWidget(page)
    section = page.officeSection
    assert section.save_button.isEnabled()
    section.idle_lock.setValue(12)
    section.retention.setValue(7)
    section.save_button.click()
    assert section.message.text() == "Tersimpan."
    assert get_office_settings(demo_db) == OfficeSettings(12, 7)

    clerk = make_ctx(demo_db, "petugas")
    clerk_page = SettingsPage(clerk, current_language="id")
    qtbot.addWidget(clerk_page)
    assert not clerk_page.officeSection.idle_lock.isEnabled()
    assert not clerk_page.officeSection.save_button.isEnabled()
    assert clerk_page.officeSection.idle_lock.value() == 12
    # The service refuses a clerk even when called directly (audited refusal).
    with pytest.raises(PermissionDenied):
        save_office_settings(demo_db, clerk.user, OfficeSettings(1, 1))
    assert get_office_settings(demo_db) == OfficeSettings(12, 7)


def test_office_settings_out_of_range_are_refused_in_indonesian(
        make_ctx: Any, demo_db: Any) -> None:
    admin = make_ctx(demo_db, "admin").user
    with pytest.raises(ValidationError, match="1-120 menit"):
        save_office_settings(demo_db, admin, OfficeSettings(0, 10))
    with pytest.raises(ValidationError, match="1-30 tahun"):
        save_office_settings(demo_db, admin, OfficeSettings(5, 99))
    assert get_office_settings(demo_db) == OfficeSettings(5, 10)
