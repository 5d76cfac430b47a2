"""Class dialog (kelas): institution, schedule, mode, seats and cost per participant.

Warns while editing when the institution could not take participants at the class start
(licence expired by then, less than a year of experience, not active).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from vokasi_desktop.domain.formatting import FormatError, format_rupiah, parse_rupiah
from vokasi_desktop.services import catalog
from vokasi_desktop.services.browse import experience_under_a_year
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.base import EditDialog
from vokasi_desktop.ui.format import fmt_date
from vokasi_desktop.ui.generated.ui_class_dialog import Ui_ClassDialog
from vokasi_desktop.ui.signals import CLASS
from vokasi_desktop.ui.widgets import (
    DateField,
    RegionField,
    fill_choices,
    mark_invalid,
    select_data,
    show_message,
)


class ClassDialog(EditDialog):
    """Create (``class_id=None``) or edit a class."""

    def __init__(self, ctx: UiContext, class_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ClassDialog()
        self.ui.setupUi(self)
        self.class_id = class_id
        self.view: Any = None
        ui = self.ui
        self.start_date = DateField(ui.startDateEdit)
        self.end_date = DateField(ui.endDateEdit)
        self.region = RegionField(ui.regionEdit, ui.regionInfoLabel)
        # A small lookup table: all institutions are loaded (tens to hundreds of rows).
        self.institutions = {i.id: i for i in catalog.list_institutions(ctx.db)}
        fill_choices(ui.institutionCombo, [
            (i.id, f"{i.name} ({i.code})") for i in self.institutions.values()])
        fill_choices(ui.modeCombo, labels.choices(labels.CLASS_MODES))
        fill_choices(ui.statusCombo, labels.choices(labels.CLASS_STATUSES))
        ui.capacitySpin.setMinimum(1)
        for label in (ui.institutionInfoLabel, ui.titleError, ui.regionInfoLabel, ui.datesError,
                      ui.seatsLabel, ui.costError, ui.warningsLabel, ui.messageLabel):
            show_message(label, "")
        self.wire_buttons()
        ui.institutionCombo.currentIndexChanged.connect(self._institution_changed)
        ui.startDateEdit.editingFinished.connect(self._check_dates)
        ui.endDateEdit.editingFinished.connect(self._check_dates)
        ui.costEdit.editingFinished.connect(self._check_cost)
        ui.titleEdit.editingFinished.connect(self._check_title)
        if class_id is None:
            self.setWindowTitle(self.tr("New class"))
            select_data(ui.modeCombo, "luring")
            select_data(ui.statusCombo, "open")
            ui.capacitySpin.setValue(20)
            ui.institutionCombo.setCurrentIndex(-1)
        else:
            self._load(class_id)
        self._institution_changed()
        self.take_snapshot()
        ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, class_id: int) -> None:
        view = catalog.get_class(self.ctx.db, class_id)
        self.view = view
        ui = self.ui
        self.setWindowTitle(self.tr("Class: %1").replace("%1", f"{view.code} {view.title}"))
        ui.codeEdit.setText(view.code)
        select_data(ui.institutionCombo, view.institution_id)
        ui.titleEdit.setText(view.title)
        ui.fieldEdit.setText(view.field)
        ui.hoursSpin.setValue(view.hours)
        select_data(ui.modeCombo, view.mode)
        self.region.set_code(view.region_code)
        ui.locationEdit.setText(view.location)
        self.start_date.set_value(view.start_date)
        self.end_date.set_value(view.end_date)
        ui.capacitySpin.setValue(view.capacity)
        ui.costEdit.setText(format_rupiah(view.cost_per_participant))
        select_data(ui.statusCombo, view.status)
        show_message(ui.seatsLabel, self.tr("%1 of %2 seats taken.").replace(
            "%1", str(view.seats_used)).replace("%2", str(view.capacity)), "info")

    # -- EditDialog -----------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "code": ui.codeEdit.text().strip(), "institution": ui.institutionCombo.currentData(),
            "title": ui.titleEdit.text().strip(), "field": ui.fieldEdit.text().strip(),
            "hours": ui.hoursSpin.value(), "mode": ui.modeCombo.currentData(),
            "region": self.region.code(), "location": ui.locationEdit.text().strip(),
            "start": ui.startDateEdit.text().strip(), "end": ui.endDateEdit.text().strip(),
            "capacity": ui.capacitySpin.value(), "cost": ui.costEdit.text().strip(),
            "status": ui.statusCombo.currentData(),
        }

    def field_targets(self) -> dict[str, tuple[QWidget, QLabel | None]]:
        ui = self.ui
        return {
            "code": (ui.codeEdit, None), "title": (ui.titleEdit, ui.titleError),
            "institution_id": (ui.institutionCombo, ui.institutionInfoLabel),
            "mode": (ui.modeCombo, None), "status": (ui.statusCombo, None),
            "region_code": (ui.regionEdit, ui.regionInfoLabel),
            "start_date": (ui.startDateEdit, ui.datesError),
            "end_date": (ui.endDateEdit, ui.datesError),
            "capacity": (ui.capacitySpin, ui.seatsLabel),
            "cost_per_participant": (ui.costEdit, ui.costError), "hours": (ui.hoursSpin, None),
        }

    def message_label(self) -> QLabel:
        return self.ui.messageLabel

    def button_box(self) -> QDialogButtonBox:
        return self.ui.buttonBox

    def unsaved_text(self) -> str:
        return self.tr("The class has been changed. Save the changes?")

    # -- inline checks --------------------------------------------------------------------------

    def _institution_changed(self) -> None:
        institution = self.institutions.get(self.ui.institutionCombo.currentData())
        if institution is None:
            show_message(self.ui.institutionInfoLabel, "")
            return
        if not self.region.code() and institution.region_code:
            self.region.set_code(institution.region_code)
        self._update_warnings()

    def _update_warnings(self) -> None:
        """What would stop participants joining, judged on the class start date."""
        institution = self.institutions.get(self.ui.institutionCombo.currentData())
        if institution is None:
            show_message(self.ui.institutionInfoLabel, "")
            return
        start, _ = self.start_date.check()
        on: date = start or self.ctx.today()
        warnings = []
        if institution.status != "active":
            warnings.append(self.tr("The institution is %1.").replace(
                "%1", labels.label(labels.INSTITUTION_STATUSES, institution.status).lower()))
        licence = institution.licence_status(on)
        if licence == "missing":
            warnings.append(self.tr("The institution has no licence on record."))
        elif licence == "not_yet" and institution.licence_issued is not None:
            warnings.append(self.tr("Its licence is issued on %1, after the class starts.")
                            .replace("%1", fmt_date(institution.licence_issued)))
        elif licence == "expired" and institution.licence_expires is not None:
            warnings.append(self.tr("Its licence ends on %1, before the class starts.").replace(
                "%1", fmt_date(institution.licence_expires)))
        if experience_under_a_year(institution.founded_on, on):
            warnings.append(self.tr("It has less than one year of experience at the class "
                                    "start."))
        show_message(self.ui.institutionInfoLabel, " ".join(warnings), "warning")

    def _check_title(self) -> None:
        error = "" if self.ui.titleEdit.text().strip() else self.tr("Fill in the class title.")
        show_message(self.ui.titleError, error)
        mark_invalid(self.ui.titleEdit, bool(error))

    def _check_dates(self) -> tuple[date | None, date | None, str]:
        start, start_error = self.start_date.check()
        end, end_error = self.end_date.check()
        error = start_error or end_error
        if not error and (start is None or end is None):
            error = self.tr("Fill in the start and end dates (dd/mm/yyyy).")
        if not error and start is not None and end is not None and end < start:
            error = self.tr("The class ends before it starts.")
        show_message(self.ui.datesError, error)
        mark_invalid(self.ui.startDateEdit, bool(start_error) or start is None)
        mark_invalid(self.ui.endDateEdit, bool(end_error) or end is None or (
            start is not None and end is not None and end < start))
        self._update_warnings()
        return start, end, error

    def _check_cost(self) -> tuple[int | None, str]:
        text = self.ui.costEdit.text().strip()
        if not text:
            cost, error = None, self.tr("Fill in the cost per participant (0 if free).")
        else:
            try:
                cost, error = parse_rupiah(text), ""
            except FormatError as exc:
                cost, error = None, exc.message
        show_message(self.ui.costError, error)
        mark_invalid(self.ui.costEdit, bool(error))
        if cost is not None:
            show_message(self.ui.costError, format_rupiah(cost), "info")
        return cost, error

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        ui = self.ui
        self._check_title()
        start, end, dates_error = self._check_dates()
        cost, cost_error = self._check_cost()
        institution_id = ui.institutionCombo.currentData()
        institution_error = "" if institution_id is not None else self.tr(
            "Choose the institution that holds the class.")
        if institution_error:
            show_message(ui.institutionInfoLabel, institution_error, "error")
        region_error = self.region.error() or ("" if self.region.code() else self.tr(
            "Fill in the regency/city where the class takes place."))
        if region_error:
            show_message(ui.regionInfoLabel, region_error)
        mark_invalid(ui.regionEdit, bool(region_error))
        if (ui.titleError.isVisible() or dates_error or cost_error or institution_error
                or region_error):
            show_message(ui.messageLabel, self.tr(
                "Some fields need attention: see the messages in red."))
            return
        show_message(ui.messageLabel, "")
        values: dict[str, Any] = {
            "code": ui.codeEdit.text().strip(), "institution_id": institution_id,
            "title": ui.titleEdit.text().strip(), "mode": ui.modeCombo.currentData(),
            "region_code": self.region.code(), "start_date": start, "end_date": end,
            "capacity": ui.capacitySpin.value(), "cost_per_participant": cost,
            "hours": ui.hoursSpin.value(), "field": ui.fieldEdit.text().strip(),
            "location": ui.locationEdit.text().strip(), "status": ui.statusCombo.currentData(),
        }
        names = {f.name for f in fields(catalog.ClassInput)}
        data = catalog.ClassInput(**{k: v for k, v in values.items() if k in names})
        self.submit(catalog.save_class, self.ctx.db, data, self.ctx.user,
                    class_id=self.class_id,
                    expected_version=self.view.version if self.view is not None else None,
                    changes=frozenset({CLASS}), name="save-class")
