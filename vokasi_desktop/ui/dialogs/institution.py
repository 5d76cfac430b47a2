"""Institution dialog: training institution with its licence, experience and PKS.

The licence verdict (valid / expiring soon / expired / missing) and the one-year-experience
test are shown as the dates are typed, with the consequence for the clerk.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from vokasi_desktop.domain.licence import licence_state
from vokasi_desktop.services import catalog
from vokasi_desktop.services.browse import experience_under_a_year
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.base import EditDialog
from vokasi_desktop.ui.format import fmt_date
from vokasi_desktop.ui.generated.ui_institution_dialog import Ui_InstitutionDialog
from vokasi_desktop.ui.signals import CLASS, INSTITUTION
from vokasi_desktop.ui.widgets import (
    DateField,
    RegionField,
    fill_choices,
    mark_invalid,
    select_data,
    show_message,
)


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


class InstitutionDialog(EditDialog):
    """Create (``institution_id=None``) or edit a training institution."""

    def __init__(self, ctx: UiContext, institution_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_InstitutionDialog()
        self.ui.setupUi(self)
        self.institution_id = institution_id
        self.view: Any = None
        ui = self.ui
        self.dates = {
            "licence_issued": DateField(ui.licenceIssuedEdit),
            "licence_expires": DateField(ui.licenceExpiresEdit),
            "founded_on": DateField(ui.foundedEdit),
            "accreditation_expires": DateField(ui.accreditationExpiresEdit),
            "pks_from": DateField(ui.pksFromEdit),
            "pks_to": DateField(ui.pksToEdit),
        }
        self.region = RegionField(ui.regionEdit, ui.regionInfoLabel)
        fill_choices(ui.typeCombo, labels.choices(labels.INSTITUTION_TYPES))
        fill_choices(ui.statusCombo, labels.choices(labels.INSTITUTION_STATUSES))
        fill_choices(ui.ownershipCombo, labels.choices(labels.OWNERSHIPS))
        fill_choices(ui.accreditationCombo, labels.choices(labels.ACCREDITATIONS))
        for label in (ui.nameError, ui.regionInfoLabel, ui.licenceStateLabel,
                      ui.experienceLabel, ui.messageLabel):
            show_message(label, "")
        self.wire_buttons()
        ui.licenceNumberEdit.editingFinished.connect(self._update_licence)
        ui.licenceExpiresEdit.editingFinished.connect(self._update_licence)
        ui.licenceIssuedEdit.editingFinished.connect(self._update_licence)
        ui.foundedEdit.editingFinished.connect(self._update_experience)
        ui.nameEdit.editingFinished.connect(self._check_name)
        for name, field in self.dates.items():
            field.edit.editingFinished.connect(lambda n=name: self._check_date(n))
        if institution_id is None:
            self.setWindowTitle(self.tr("New training institution"))
            select_data(ui.ownershipCombo, "swasta")
        else:
            self._load(institution_id)
        self._update_licence()
        self._update_experience()
        self.take_snapshot()
        ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, institution_id: int) -> None:
        view = catalog.get_institution(self.ctx.db, institution_id)
        self.view = view
        ui = self.ui
        self.setWindowTitle(self.tr("Training institution: %1").replace("%1", view.name))
        ui.codeEdit.setText(view.code)
        ui.nameEdit.setText(view.name)
        select_data(ui.typeCombo, view.type)
        select_data(ui.ownershipCombo, view.ownership)
        select_data(ui.statusCombo, view.status)
        ui.capacitySpin.setValue(view.capacity)
        ui.addressEdit.setPlainText(view.address)
        self.region.set_code(view.region_code)
        ui.contactEdit.setText(view.contact_name)
        ui.phoneEdit.setText(view.phone)
        ui.emailEdit.setText(view.email)
        ui.licenceNumberEdit.setText(view.licence_number or "")
        ui.licenceIssuerEdit.setText(view.licence_issuer or "")
        select_data(ui.accreditationCombo, view.accreditation)
        ui.pksNumberEdit.setText(view.pks_number or "")
        for name, field in self.dates.items():
            field.set_value(getattr(view, name))

    # -- EditDialog -----------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        ui = self.ui
        values: dict[str, object] = {
            "code": ui.codeEdit.text().strip(), "name": ui.nameEdit.text().strip(),
            "type": ui.typeCombo.currentData(), "ownership": ui.ownershipCombo.currentData(),
            "status": ui.statusCombo.currentData(), "capacity": ui.capacitySpin.value(),
            "address": ui.addressEdit.toPlainText().strip(), "region": self.region.code(),
            "contact": ui.contactEdit.text().strip(), "phone": ui.phoneEdit.text().strip(),
            "email": ui.emailEdit.text().strip(),
            "licence_number": ui.licenceNumberEdit.text().strip(),
            "licence_issuer": ui.licenceIssuerEdit.text().strip(),
            "accreditation": ui.accreditationCombo.currentData(),
            "pks_number": ui.pksNumberEdit.text().strip(),
        }
        values.update({name: f.edit.text().strip() for name, f in self.dates.items()})
        return values

    def field_targets(self) -> dict[str, tuple[QWidget, QLabel | None]]:
        ui = self.ui
        targets: dict[str, tuple[QWidget, QLabel | None]] = {
            "code": (ui.codeEdit, None), "name": (ui.nameEdit, ui.nameError),
            "type": (ui.typeCombo, None), "status": (ui.statusCombo, None),
            "region_code": (ui.regionEdit, ui.regionInfoLabel),
            "capacity": (ui.capacitySpin, None),
            "licence_expires": (ui.licenceExpiresEdit, ui.licenceStateLabel),
            "founded_on": (ui.foundedEdit, ui.experienceLabel),
        }
        for name, field in self.dates.items():
            targets.setdefault(name, (field.edit, None))
        return targets

    def message_label(self) -> QLabel:
        return self.ui.messageLabel

    def button_box(self) -> QDialogButtonBox:
        return self.ui.buttonBox

    def unsaved_text(self) -> str:
        return self.tr("The institution's data has been changed. Save the changes?")

    # -- inline checks --------------------------------------------------------------------------

    def _check_name(self) -> None:
        error = "" if self.ui.nameEdit.text().strip() else self.tr(
            "Fill in the institution's name.")
        show_message(self.ui.nameError, error)
        mark_invalid(self.ui.nameEdit, bool(error))

    def _check_date(self, name: str) -> str:
        _value, error = self.dates[name].check()
        mark_invalid(self.dates[name].edit, bool(error))
        if error:
            show_message(self.ui.messageLabel, error)
        return error

    def _update_licence(self) -> None:
        today = self.ctx.today()
        number = self.ui.licenceNumberEdit.text().strip() or None
        expires, error = self.dates["licence_expires"].check()
        issued, issued_error = self.dates["licence_issued"].check()
        if error or issued_error:
            show_message(self.ui.licenceStateLabel, error or issued_error, "error")
            return
        state = licence_state(number, issued, expires, today)
        if state == "valid" and expires is None:
            text, role = self.tr("Licence valid, without an expiry date."), "ok"
        elif state == "valid":
            text, role = self.tr("Licence valid until %1.").replace("%1", fmt_date(expires)), "ok"
        elif state == "expiring":
            assert expires is not None
            days = (expires - today).days
            text = self.tr("Licence expires in %1 days (%2): ask the institution for the "
                           "renewed licence.").replace("%1", str(days)).replace(
                               "%2", fmt_date(expires))
            role = "warning"
        elif state == "expired":
            text = self.tr("Licence expired on %1: its classes cannot take participants until "
                           "it is renewed.").replace("%1", fmt_date(expires))
            role = "error"
        elif state == "not_yet":
            assert issued is not None
            text = self.tr("Licence issued on %1: it is not in force yet.").replace(
                "%1", fmt_date(issued))
            role = "warning"
        else:
            text = self.tr("No licence number recorded: an institution needs a licence from "
                           "the Dinas before it can train participants.")
            role = "error"
        show_message(self.ui.licenceStateLabel, text, role)

    def _update_experience(self) -> None:
        founded, error = self.dates["founded_on"].check()
        if error:
            show_message(self.ui.experienceLabel, error, "error")
            return
        today = self.ctx.today()
        under = experience_under_a_year(founded, today)
        if under is None:
            show_message(self.ui.experienceLabel, self.tr(
                "Founding or first-activity date unknown: the one-year experience rule cannot "
                "be checked."), "warning")
            return
        assert founded is not None
        months = _months_between(founded, today)
        if under:
            show_message(self.ui.experienceLabel, self.tr(
                "Less than 1 year of experience (%1 months): the programme requires at least "
                "one year.").replace("%1", str(max(months, 0))), "warning")
        else:
            show_message(self.ui.experienceLabel, self.tr(
                "%1 years %2 months of experience.").replace("%1", str(months // 12)).replace(
                    "%2", str(months % 12)), "ok")

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        ui = self.ui
        self._check_name()
        errors = [self._check_date(name) for name in self.dates]
        region_error = self.region.error()
        if not self.region.code():
            region_error = region_error or self.tr("Fill in the regency/city of the institution.")
        if region_error:
            show_message(ui.regionInfoLabel, region_error)
            mark_invalid(ui.regionEdit, True)
        else:
            mark_invalid(ui.regionEdit, False)
        if ui.nameError.isVisible() or any(errors) or region_error:
            show_message(ui.messageLabel, next((e for e in errors if e), "") or self.tr(
                "Some fields need attention: see the messages in red."))
            return
        show_message(ui.messageLabel, "")
        values: dict[str, Any] = {
            "code": ui.codeEdit.text().strip(), "name": ui.nameEdit.text().strip(),
            "type": ui.typeCombo.currentData(), "region_code": self.region.code(),
            "licence_number": ui.licenceNumberEdit.text().strip() or None,
            "licence_issuer": ui.licenceIssuerEdit.text().strip() or None,
            "accreditation": ui.accreditationCombo.currentData() or "",
            "pks_number": ui.pksNumberEdit.text().strip() or None,
            "address": ui.addressEdit.toPlainText().strip(),
            "contact_name": ui.contactEdit.text().strip(), "phone": ui.phoneEdit.text().strip(),
            "email": ui.emailEdit.text().strip(), "capacity": ui.capacitySpin.value(),
            "ownership": ui.ownershipCombo.currentData() or "",
            "status": ui.statusCombo.currentData(),
        }
        values.update({name: f.value() for name, f in self.dates.items()})
        names = {f.name for f in fields(catalog.InstitutionInput)}
        data = catalog.InstitutionInput(**{k: v for k, v in values.items() if k in names})
        self.submit(catalog.save_institution, self.ctx.db, data, self.ctx.user,
                    institution_id=self.institution_id,
                    expected_version=self.view.version if self.view is not None else None,
                    changes=frozenset({INSTITUTION, CLASS}), name="save-institution")
