"""Member dialog: register a new member or edit one.

- The NIK is decoded as it is typed (``parse_nik``): birth date, sex and region it encodes are
  shown, empty fields are filled from it, and mismatches with what was typed are warnings
  that need a reason (a NIK is never reissued), not errors.
- Fields are checked inline in Indonesian; the service's own validation (``ValidationError``
  with a ``field``) is shown next to that field.
- Likely duplicates are flagged: the same NIK or KPJ already registered (checked while typing)
  and, on save, members with a similar name and the same birth date
  (``SimilarMembersFound``), which the clerk may accept after checking.
- Closing with unsaved changes asks Save / Don't save / Cancel.
- Editing a member shows the NIK masked and read-only. "Show NIK" (roles with
  ``Action.NIK_REVEAL`` only) opens the reveal dialog: a reason from a list plus text, audited
  by ``privacy.reveal_nik``; after that reveal the full NIK is shown and, for roles that may
  update members, can be corrected. A new member's NIK is typed as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QWidget,
)

from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Action
from vokasi_desktop.domain.identifiers import (
    IdentifierError,
    clean_identifier,
    parse_kk,
    parse_kpj,
    parse_nik,
)
from vokasi_desktop.domain.privacy import CONSENT_PURPOSE, CONSENT_TEXT, CONSENT_TEXT_VERSION
from vokasi_desktop.services import browse
from vokasi_desktop.services import members as member_service
from vokasi_desktop.services.errors import ConflictError, ValidationError
from vokasi_desktop.ui import errors, labels, messages
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.reveal_nik import RevealNikDialog
from vokasi_desktop.ui.format import fmt_date, fmt_datetime
from vokasi_desktop.ui.generated.ui_member_dialog import Ui_MemberDialog
from vokasi_desktop.ui.signals import MEMBER
from vokasi_desktop.ui.widgets import (
    DateField,
    RegionField,
    fill_choices,
    mark_invalid,
    select_data,
    show_message,
)

DEFAULT_CONSENT_PURPOSE = CONSENT_PURPOSE  # stored data, not UI (domain.privacy)


class MemberDialog(QDialog):
    """Register (``member_id=None``) or edit a member.

    Attributes:
        saved: emitted with the service's ``MemberView`` after a successful save.
        view: the member as loaded or last saved (None for a new one).
    """

    saved = Signal(object)

    def __init__(self, ctx: UiContext, member_id: int | None = None, *, nik: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.member_id = member_id
        self.view: Any = None
        self._saving = False
        self._nik_checked: str | None = None
        self._kpj_checked: str | None = None
        self._sex_touched = False
        self._nik_has_mismatch = False
        self._snapshot: dict[str, object] = {}
        self.contributions_label: QLabel | None = None
        # Editing: the full NIK, kept here while the field shows it masked (until a reveal).
        self._hidden_nik: str | None = None

        ui = self.ui
        self.birth_date = DateField(ui.birthDateEdit)
        self.layoff_date = DateField(ui.layoffDateEdit)
        self.membership_since = DateField(ui.membershipSinceEdit)
        self.region = RegionField(ui.regionEdit, ui.regionInfoLabel)
        fill_choices(ui.sexCombo, [(code, text) for code, text in labels.choices(labels.SEXES)])
        fill_choices(ui.segmentCombo, labels.choices(labels.SEGMENTS))
        fill_choices(ui.employmentCombo, labels.choices(labels.EMPLOYMENT_STATUSES))
        fill_choices(ui.membershipCombo, labels.choices(labels.MEMBERSHIP_STATUSES))
        for label in self._message_labels():
            show_message(label, "")
        self._set_minimum_widths()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

        self.reveal_button = QPushButton(self.tr("Show N&IK"), self)
        self.reveal_button.setObjectName("revealNikButton")
        self.reveal_button.setAutoDefault(False)  # Enter still saves
        self.reveal_button.setToolTip(self.tr(
            "Show the full NIK (reason recorded in the audit log); needed to correct it"))
        self.reveal_button.clicked.connect(self.reveal_nik)
        self.reveal_button.hide()
        position = ui.identityForm.getWidgetPosition(ui.nikEdit)  # stubs: object
        assert isinstance(position, tuple)  # (row, role)
        row = int(position[0])
        ui.identityForm.removeWidget(ui.nikEdit)
        nik_row = QHBoxLayout()
        nik_row.setContentsMargins(0, 0, 0, 0)
        nik_row.addWidget(ui.nikEdit, 1)
        nik_row.addWidget(self.reveal_button)
        ui.identityForm.setLayout(row, QFormLayout.ItemRole.FieldRole, nik_row)
        ui.nikEdit.textChanged.connect(self._nik_changed)
        ui.nikEdit.editingFinished.connect(self._check_duplicate_nik)
        ui.nameEdit.editingFinished.connect(self._check_name)
        ui.birthDateEdit.editingFinished.connect(self._check_birth_date)
        ui.kkEdit.editingFinished.connect(self._check_kk)
        ui.kpjEdit.editingFinished.connect(self._check_kpj)
        ui.layoffDateEdit.editingFinished.connect(self._check_layoff)
        ui.membershipSinceEdit.editingFinished.connect(self._check_since)
        ui.sexCombo.activated.connect(self._sex_chosen)
        ui.employmentCombo.currentIndexChanged.connect(self._employment_changed)
        ui.membershipCombo.currentIndexChanged.connect(self._membership_changed)

        self.consent_check: QCheckBox | None = None
        if member_id is None:
            self.setWindowTitle(self.tr("New member"))
            ui.consentPurposeEdit.setText(DEFAULT_CONSENT_PURPOSE)
            self._add_consent_check()
            ui.verificationLabel.setText(self.tr("Recorded after registration."))
            select_data(ui.membershipCombo, "none")
            if nik:
                ui.nikEdit.setText(nik)
        else:
            self._load(member_id)
        self._employment_changed()
        self._membership_changed()
        self._update_reason_field()
        self._snapshot = self._values()
        # A NIK brought from the counter (or a member being edited) is kept: the clerk
        # starts typing the name, which must never land in (and replace) the NIK.
        first = ui.nameEdit if (nik or member_id is not None) else ui.nikEdit
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.nikEdit.deselect()

    def _add_consent_check(self) -> None:
        """The consent text (official wording, Indonesian: ``domain.privacy``) and the clerk's
        confirmation that the worker agreed; registration needs it (UU 27/2022)."""
        text = QLabel(f"{CONSENT_TEXT} (versi {CONSENT_TEXT_VERSION})")
        text.setObjectName("consentTextLabel")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check = QCheckBox(self.tr("The worker has &agreed to this consent text"))
        check.setObjectName("consentCheck")
        self.ui.consentForm.addRow(text)
        self.ui.consentForm.addRow(check)
        self.consent_check = check

    def _set_minimum_widths(self) -> None:
        """Wide enough for the NIK messages and for the placeholders to show in full."""
        ui = self.ui
        metrics = self.fontMetrics()
        ui.nikInfoLabel.setMinimumWidth(metrics.horizontalAdvance("x" * 52))
        for edit in self.findChildren(QLineEdit):
            hint = edit.placeholderText()
            if hint:
                edit.setMinimumWidth(max(edit.minimumWidth(),
                                         metrics.horizontalAdvance(hint) + 24))

    def _fit_messages(self) -> None:
        """Reserve the height a wrapped message needs at its width.

        A word-wrapped label in a form layout otherwise keeps the height of one line: a
        two-line NIK warning was clipped and drawn over the Name field.
        """
        for label in (self.ui.nikInfoLabel, *self._message_labels()):
            if label.wordWrap() and label.isVisibleTo(self) and label.text():
                width = max(label.width(), label.minimumWidth())
                label.setMinimumHeight(label.heightForWidth(width))
            else:
                label.setMinimumHeight(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_messages()

    # -- loading ------------------------------------------------------------------------------------

    def _load(self, member_id: int) -> None:
        # A primary-key read of one member: milliseconds, fine on the GUI thread.
        view = member_service.get_member(self.ctx.db, member_id)
        notes = browse.member_notes(self.ctx.db, member_id)
        self.view = view
        ui = self.ui
        self.setWindowTitle(self.tr("Member: %1").replace("%1", view.name))
        # The NIK is personal data: masked and read-only until a reveal (see reveal_nik).
        self._hidden_nik = view.nik
        ui.nikEdit.setText(view.nik_masked)
        ui.nikEdit.setReadOnly(True)
        ui.nikEdit.setToolTip(self.tr(
            "The NIK is masked. A supervisor can show it with a reason (recorded in the audit "
            "log) and then correct it."))
        self.reveal_button.setVisible(self.ctx.user.can(Action.NIK_REVEAL))
        ui.nameEdit.setText(view.name)
        ui.birthPlaceEdit.setText(view.birth_place)
        self.birth_date.set_value(view.birth_date)
        select_data(ui.sexCombo, view.sex)
        self._sex_touched = True
        ui.kkEdit.setText(view.kk or "")
        ui.addressEdit.setPlainText(view.address)
        self.region.set_code(view.region_code)
        ui.phoneEdit.setText(view.phone)
        ui.kpjEdit.setText(view.kpj or "")
        select_data(ui.segmentCombo, view.segment)
        select_data(ui.employmentCombo, view.employment_status)
        self.layoff_date.set_value(view.layoff_date)
        select_data(ui.membershipCombo, view.membership_status)
        self.membership_since.set_value(view.membership_since)
        ui.consentPurposeEdit.setText(notes.consent_purpose if notes else "")
        ui.nikReasonEdit.setText(notes.nik_warning_reason if notes else "")
        if view.verified_at is not None:
            method = labels.label(labels.VERIFICATION_METHODS, view.verified_method)
            ui.verificationLabel.setText(
                self.tr("Membership checked by %1 on %2 (%3); %4 contribution months on record.")
                .replace("%1", view.verified_by or "?").replace("%2", fmt_datetime(view.verified_at))
                .replace("%3", method).replace("%4", str(view.contribution_months)))
        else:
            ui.verificationLabel.setText(
                self.tr("Membership not checked yet; %1 contribution months on record.")
                .replace("%1", str(view.contribution_months)))
        self._nik_checked = view.nik
        self._kpj_checked = view.kpj
        self._show_contributions(member_service.list_contributions(self.ctx.db, member_id))

    def _show_contributions(self, periods: Sequence[Any]) -> None:
        """The contribution history (periods on record), under the verification."""
        ui = self.ui
        if self.contributions_label is None:
            self.contributions_label = QLabel(self)
            self.contributions_label.setObjectName("contributionsLabel")
            self.contributions_label.setWordWrap(True)
            self.contributions_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            ui.membershipForm.addRow(self.tr("Contributions"), self.contributions_label)
        if not periods:
            self.contributions_label.setText(self.tr("No contribution period on record."))
            return
        locale = QLocale()
        sources = {"card": self.tr("membership card"), "jmo": self.tr("JMO app"),
                   "head_office": self.tr("head-office data"), "import": self.tr("import"),
                   "manual": self.tr("typed in")}
        lines = []
        for p in sorted(periods, key=lambda p: p.month_from, reverse=True):
            lines.append(self.tr("%1 – %2: %3 months (%4)")
                         .replace("%1", locale.toString(p.month_from, "MMM yyyy"))
                         .replace("%2", locale.toString(p.month_to, "MMM yyyy"))
                         .replace("%3", str(p.months))
                         .replace("%4", sources.get(p.source, p.source)))
        self.contributions_label.setText("\n".join(lines))

    # -- the NIK: masked when editing, until a reveal -----------------------------------------------

    def _nik_text(self) -> str:
        """The NIK as typed, or the member's full NIK while the field shows it masked."""
        return self._hidden_nik if self._hidden_nik is not None else self.ui.nikEdit.text()

    def reveal_nik(self) -> RevealNikDialog | None:
        """"Show NIK": the reveal dialog (reason, audited); afterwards the field shows the full
        NIK, editable for roles that may update members (a correction)."""
        if self._hidden_nik is None or self.member_id is None or self.view is None:
            return None
        dialog = RevealNikDialog(self.ctx, self.member_id, self.view.nik_masked, parent=self)
        dialog.shown.connect(lambda nik: self._nik_revealed(dialog, nik))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _nik_revealed(self, dialog: RevealNikDialog, nik: str) -> None:
        ui = self.ui
        self._hidden_nik = None
        ui.nikEdit.setText(nik)
        ui.nikEdit.setReadOnly(not self.ctx.user.can(Action.MEMBER_UPDATE))
        ui.nikEdit.setToolTip("")
        self.reveal_button.hide()
        dialog.accept()  # the NIK is in the field now; the dialog need not show it as well
        ui.nikEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.nikEdit.deselect()

    # -- values -------------------------------------------------------------------------------------

    def _values(self) -> dict[str, object]:
        """Everything the user can change, to detect unsaved changes."""
        ui = self.ui
        return {
            "nik": clean_identifier(self._nik_text()), "name": ui.nameEdit.text().strip(),
            "birth_place": ui.birthPlaceEdit.text().strip(),
            "birth_date": ui.birthDateEdit.text().strip(), "sex": ui.sexCombo.currentData(),
            "kk": clean_identifier(ui.kkEdit.text()),
            "address": ui.addressEdit.toPlainText().strip(), "region": self.region.code(),
            "phone": ui.phoneEdit.text().strip(), "kpj": clean_identifier(ui.kpjEdit.text()),
            "segment": ui.segmentCombo.currentData(),
            "employment": ui.employmentCombo.currentData(),
            "layoff": ui.layoffDateEdit.text().strip(),
            "membership": ui.membershipCombo.currentData(),
            "since": ui.membershipSinceEdit.text().strip(),
            "consent": ui.consentPurposeEdit.text().strip(),
            "reason": ui.nikReasonEdit.text().strip(),
        }

    @property
    def dirty(self) -> bool:
        """True when a field differs from what was loaded or last saved."""
        return self._values() != self._snapshot

    def _message_labels(self) -> list[QLabel]:
        ui = self.ui
        return [ui.nikInfoLabel, ui.nameError, ui.birthDateError, ui.kkError, ui.kpjError,
                ui.layoffDateError, ui.membershipSinceError, ui.regionInfoLabel,
                ui.duplicatesLabel, ui.messageLabel]

    # -- inline checks ------------------------------------------------------------------------------

    def _nik_changed(self) -> None:
        ui = self.ui
        digits = clean_identifier(self._nik_text())
        mark_invalid(ui.nikEdit, False)
        if len(digits) < 16:
            show_message(ui.nikInfoLabel, "")
            self._nik_has_mismatch = False
            self._update_reason_field()
            if self._nik_checked and digits != self._nik_checked:
                show_message(ui.duplicatesLabel, "")
            return
        self._decode_nik(show_errors=True)

    def _decode_nik(self, *, show_errors: bool) -> Any:
        """Parse the NIK against the typed birth date and sex; show what it encodes."""
        ui = self.ui
        typed_birth, _ = self.birth_date.check()
        typed_sex = ui.sexCombo.currentData() if self._sex_touched else None
        try:
            nik = parse_nik(self._nik_text(), self.ctx.today(), birth_date=typed_birth,
                            sex=typed_sex)
        except IdentifierError as exc:
            if show_errors:
                show_message(ui.nikInfoLabel, exc.message, "error")
                mark_invalid(ui.nikEdit, True)
            self._nik_has_mismatch = False
            self._update_reason_field()
            return None
        mark_invalid(ui.nikEdit, False)
        # Fill what the NIK encodes into fields still empty.
        if not ui.birthDateEdit.text().strip():
            self.birth_date.set_value(nik.birth_date)
        if not self._sex_touched:
            select_data(ui.sexCombo, nik.sex)
        if not ui.regionEdit.text().strip():
            self.region.set_code(nik.regency_code)
        text = self.tr("NIK: born %1 · %2 · issued in %3").replace(
            "%1", fmt_date(nik.birth_date)).replace(
            "%2", labels.label(labels.SEXES, nik.sex)).replace("%3", nik.region_label)
        if nik.warnings:
            text += "\n" + "\n".join(f"⚠ {w.message}" for w in nik.warnings)
        show_message(ui.nikInfoLabel, text, "warning" if nik.warnings else "info")
        self._fit_messages()
        self._nik_has_mismatch = any(
            w.code in ("nik_birthdate_mismatch", "nik_sex_mismatch") for w in nik.warnings)
        self._update_reason_field()
        return nik

    def _update_reason_field(self) -> None:
        needed = self._nik_has_mismatch or bool(self.ui.nikReasonEdit.text().strip())
        self.ui.nikReasonEdit.setEnabled(needed)
        self.ui.nikReasonLabel.setEnabled(needed)

    def _sex_chosen(self) -> None:
        self._sex_touched = True
        if len(clean_identifier(self._nik_text())) == 16:
            self._decode_nik(show_errors=True)

    def _check_duplicate_nik(self) -> None:
        digits = clean_identifier(self._nik_text())
        if len(digits) != 16 or digits == self._nik_checked:
            return
        self._nik_checked = digits
        self.ctx.runner.read(member_service.find_member, self.ctx.db, digits,
                             on_done=lambda found: self._duplicate_found(found, "nik", digits),
                             on_error=errors.logged("find-nik"), name="find-nik")

    def _check_kpj(self) -> None:
        ui = self.ui
        text = ui.kpjEdit.text()
        if not text.strip():
            show_message(ui.kpjError, "")
            mark_invalid(ui.kpjEdit, False)
            return
        try:
            kpj = parse_kpj(text)
        except IdentifierError as exc:
            show_message(ui.kpjError, exc.message)
            mark_invalid(ui.kpjEdit, True)
            return
        show_message(ui.kpjError, "")
        mark_invalid(ui.kpjEdit, False)
        if kpj != self._kpj_checked:
            self._kpj_checked = kpj
            self.ctx.runner.read(member_service.find_member, self.ctx.db, kpj,
                                 on_done=lambda found: self._duplicate_found(found, "kpj", kpj),
                                 on_error=errors.logged("find-kpj"), name="find-kpj")

    def _duplicate_found(self, found: Any, kind: str, value: str) -> None:
        if found is None or (self.member_id is not None and found.id == self.member_id):
            return
        if kind == "nik" and clean_identifier(self._nik_text()) != value:
            return
        if kind == "kpj" and clean_identifier(self.ui.kpjEdit.text()).upper() != value:
            return
        if kind == "nik":
            text = self.tr("This NIK is already registered to %1 (KPJ %2). Open that member "
                           "instead of registering the person again.")
        else:
            text = self.tr("This KPJ is already registered to %1 (NIK %2).")
        text = text.replace("%1", found.name).replace(
            "%2", (found.kpj or "-") if kind == "nik" else found.nik_masked)
        show_message(self.ui.duplicatesLabel, text, "warning")

    def _check_name(self) -> None:
        name = " ".join(self.ui.nameEdit.text().split())
        error = "" if len(name) >= 2 else self.tr("Fill in the name as written on the KTP.")
        show_message(self.ui.nameError, error)
        mark_invalid(self.ui.nameEdit, bool(error))

    def _check_birth_date(self) -> None:
        value, error = self.birth_date.check()
        if not error and value is None:
            error = self.tr("Fill in the birth date (dd/mm/yyyy).")
        if not error and value is not None and value > self.ctx.today():
            error = self.tr("The birth date is in the future.")
        show_message(self.ui.birthDateError, error)
        mark_invalid(self.ui.birthDateEdit, bool(error))
        if not error and len(clean_identifier(self._nik_text())) == 16:
            self._decode_nik(show_errors=True)

    def _check_kk(self) -> None:
        text = self.ui.kkEdit.text()
        error = ""
        if text.strip():
            try:
                parse_kk(text)
            except IdentifierError as exc:
                error = exc.message
        show_message(self.ui.kkError, error)
        mark_invalid(self.ui.kkEdit, bool(error))

    def _layoff_needed(self) -> bool:
        return self.ui.employmentCombo.currentData() in vocabulary.LAID_OFF_STATUSES

    def _check_layoff(self) -> None:
        value, error = self.layoff_date.check()
        if not error and value is None and self._layoff_needed():
            error = self.tr("Fill in the date of the layoff or of the end of the contract.")
        if not error and value is not None and value > self.ctx.today():
            error = self.tr("The layoff date cannot be in the future.")
        show_message(self.ui.layoffDateError, error)
        mark_invalid(self.ui.layoffDateEdit, bool(error))

    def _check_since(self) -> None:
        _value, error = self.membership_since.check()
        show_message(self.ui.membershipSinceError, error)
        mark_invalid(self.ui.membershipSinceEdit, bool(error))

    def _employment_changed(self) -> None:
        needed = self._layoff_needed()
        self.ui.layoffDateEdit.setEnabled(needed or bool(self.ui.layoffDateEdit.text().strip()))
        self.ui.layoffDateLabel.setEnabled(self.ui.layoffDateEdit.isEnabled())
        if not needed:
            show_message(self.ui.layoffDateError, "")

    def _membership_changed(self) -> None:
        is_member = self.ui.membershipCombo.currentData() != "none"
        self.ui.kpjLabel.setText(self.tr("KP&J number") + (" *" if is_member else ""))

    # -- saving ---------------------------------------------------------------------------------------

    def _collect(self) -> Any:
        """Validate every field; returns a ``MemberInput`` or None (errors shown inline)."""
        ui = self.ui
        for check in (self._check_name, self._check_birth_date, self._check_kk,
                      self._check_layoff, self._check_since):
            check()
        nik = self._decode_nik(show_errors=True)
        if nik is None and not self._nik_text().strip():
            show_message(ui.nikInfoLabel, self.tr("Fill in the 16-digit NIK from the KTP."))
            mark_invalid(ui.nikEdit, True)
        kpj_text = ui.kpjEdit.text().strip()
        kpj_error = ""
        if kpj_text:
            try:
                parse_kpj(kpj_text)
            except IdentifierError as exc:
                kpj_error = exc.message
        elif ui.membershipCombo.currentData() != "none":
            kpj_error = self.tr("An active or inactive member has a KPJ number: fill it in, "
                                "or choose \"Not a member\".")
        show_message(ui.kpjError, kpj_error)
        mark_invalid(ui.kpjEdit, bool(kpj_error))
        region_error = self.region.error()
        if region_error:
            show_message(ui.regionInfoLabel, region_error)
        reason_error = ""
        if self._nik_has_mismatch and not ui.nikReasonEdit.text().strip():
            reason_error = self.tr("The NIK does not match the birth date or sex typed: check the "
                                   "KTP and write the reason in \"NIK warning reason\".")
            mark_invalid(ui.nikReasonEdit, True)
        else:
            mark_invalid(ui.nikReasonEdit, False)
        birth, birth_error = self.birth_date.check()
        layoff, layoff_error = self.layoff_date.check()
        since, since_error = self.membership_since.check()
        problems = [ui.nameError.text() if ui.nameError.isVisible() else "",
                    birth_error, layoff_error, since_error, kpj_error, region_error,
                    reason_error, ui.kkError.text() if ui.kkError.isVisible() else "",
                    ui.birthDateError.text() if ui.birthDateError.isVisible() else "",
                    ui.layoffDateError.text() if ui.layoffDateError.isVisible() else ""]
        consent_error = ""
        if self.consent_check is not None and not self.consent_check.isChecked():
            consent_error = self.tr("Ask the worker to agree to the consent text, then tick "
                                    "the consent box: a member is registered only with consent.")
        problems.append(consent_error)
        if nik is None or birth is None or any(problems):
            show_message(ui.messageLabel, reason_error or (
                consent_error if consent_error and not any(problems[:-1]) else "") or self.tr(
                "Some fields need attention: see the messages in red."))
            self._focus_first_invalid()
            if consent_error and not any(problems[:-1]) and self.consent_check is not None:
                self.consent_check.setFocus()
            return None
        show_message(ui.messageLabel, "")
        values: dict[str, Any] = {
            "nik": nik.value, "name": " ".join(ui.nameEdit.text().split()),
            "birth_place": ui.birthPlaceEdit.text().strip(), "birth_date": birth,
            "sex": ui.sexCombo.currentData(), "kk": clean_identifier(ui.kkEdit.text()) or None,
            "kpj": clean_identifier(kpj_text).upper() or None,
            "address": ui.addressEdit.toPlainText().strip(),
            "region_code": self.region.code() or nik.regency_code,
            "phone": ui.phoneEdit.text().strip(), "segment": ui.segmentCombo.currentData(),
            "employment_status": ui.employmentCombo.currentData(), "layoff_date": layoff,
            "membership_status": ui.membershipCombo.currentData(), "membership_since": since,
            "consent_purpose": ui.consentPurposeEdit.text().strip() or DEFAULT_CONSENT_PURPOSE,
            "nik_warning_reason": ui.nikReasonEdit.text().strip(),
        }
        names = {f.name for f in fields(member_service.MemberInput)}
        return member_service.MemberInput(**{k: v for k, v in values.items() if k in names})

    def _focus_first_invalid(self) -> None:
        ui = self.ui
        for widget in (ui.nikEdit, ui.nameEdit, ui.birthDateEdit, ui.kkEdit, ui.regionEdit,
                       ui.kpjEdit, ui.layoffDateEdit, ui.membershipSinceEdit, ui.nikReasonEdit):
            if widget.property("invalid"):
                widget.setFocus()
                return

    def save(self, *, accept_similar: bool = False) -> None:
        """Validate and save through the member service on the writer thread."""
        if self._saving:
            return
        data = self._collect()
        if data is None:
            return
        self._set_saving(True)
        actor = self.ctx.user
        if self.member_id is None:
            self.ctx.runner.write(member_service.register_member, self.ctx.db, data, actor,
                                  accept_similar=accept_similar,
                                  consent_confirmed=self.consent_check is not None
                                  and self.consent_check.isChecked(), on_done=self._saved,
                                  on_error=self._save_failed, changes=frozenset({MEMBER}),
                                  name="register-member")
        else:
            self.ctx.runner.write(member_service.update_member, self.ctx.db, self.member_id,
                                  data, actor, expected_version=self.view.version,
                                  on_done=self._saved, on_error=self._save_failed,
                                  changes=frozenset({MEMBER}), name="update-member")

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.buttonBox.setEnabled(not saving)

    def _saved(self, view: Any) -> None:
        self._set_saving(False)
        self.view = view
        self.member_id = view.id
        self._snapshot = self._values()
        self._confirm_saved(view)
        self.saved.emit(view)
        self.accept()

    def _confirm_saved(self, view: Any) -> None:
        """Say that the member was saved: in the main window's status bar (the dialog closes)."""
        text = self.tr("Member %1 saved (NIK %2).").replace("%1", view.name).replace(
            "%2", view.nik_masked)
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        ui = self.ui
        if isinstance(exc, member_service.SimilarMembersFound):
            lines = "\n".join(
                f"• {c.name} — {c.nik_masked} — {fmt_date(c.birth_date)}"
                for c in exc.candidates[:5])
            question = self.tr("Members with a similar name and the same birth date are "
                               "already registered:\n\n%1\n\nIs this a different person? "
                               "Choose Yes only after checking the KTP.").replace("%1", lines)
            show_message(ui.duplicatesLabel, str(exc), "warning")
            if messages.ask_yes_no(self, self.tr("Possible duplicate"), question):
                self.save(accept_similar=True)
            return
        if isinstance(exc, ValidationError):
            self._show_field_error(exc.field, str(exc))
            return
        if isinstance(exc, ConflictError):
            if exc.code == "nik_exists":
                self._show_field_error("nik", str(exc))
            elif exc.code == "kpj_exists":
                self._show_field_error("kpj", str(exc))
            else:
                show_message(ui.messageLabel, str(exc))
                if exc.code == "stale":
                    messages.warn(self, self.tr("Changed elsewhere"), str(exc))
            return
        show_message(ui.messageLabel, errors.explain(exc, "member dialog"))

    def _show_field_error(self, field: str | None, message: str) -> None:
        ui = self.ui
        targets: dict[str, tuple[QWidget, QLabel]] = {
            "nik": (ui.nikEdit, ui.nikInfoLabel), "name": (ui.nameEdit, ui.nameError),
            "birth_date": (ui.birthDateEdit, ui.birthDateError), "kk": (ui.kkEdit, ui.kkError),
            "kpj": (ui.kpjEdit, ui.kpjError), "region_code": (ui.regionEdit, ui.regionInfoLabel),
            "layoff_date": (ui.layoffDateEdit, ui.layoffDateError),
            "membership_since": (ui.membershipSinceEdit, ui.membershipSinceError),
        }
        widget_for: dict[str, QWidget] = {
            "sex": ui.sexCombo, "segment": ui.segmentCombo, "phone": ui.phoneEdit,
            "employment_status": ui.employmentCombo, "membership_status": ui.membershipCombo,
            "nik_warning_reason": ui.nikReasonEdit, "consent_purpose": ui.consentPurposeEdit,
        }
        if field in targets:
            widget, label = targets[field]
            show_message(label, message)
            mark_invalid(widget, True)
            widget.setFocus()
            show_message(ui.messageLabel, "")
            return
        show_message(ui.messageLabel, message)
        if field in widget_for:
            if field == "nik_warning_reason":
                ui.nikReasonEdit.setEnabled(True)
                ui.nikReasonLabel.setEnabled(True)
            mark_invalid(widget_for[field], True)
            widget_for[field].setFocus()

    # -- closing ------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc / Cancel / window close: ask before dropping unsaved changes."""
        if self._saving:
            return
        if self.dirty:
            answer = messages.ask_save_discard_cancel(
                self, self.tr("Unsaved changes"),
                self.tr("The member's data has been changed. Save the changes?"))
            if answer == "cancel":
                return
            if answer == "save":
                self.save()  # closes the dialog when the save succeeds
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
