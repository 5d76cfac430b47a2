"""Pengaturan sections for the branch: profile with a live letterhead preview and logo, document
number templates and seeds, programme year and quota.

Each section is editable only for the roles the permission table allows (``can``); the others
see the same values read-only with a note. Every change goes through a service (validation,
permission, one transaction, audit entry); errors are shown through ``ui.errors.error_text``.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.db.models import DOC_TYPES
from vokasi_desktop.domain.access import Action, can
from vokasi_desktop.domain.formatting import FormatError, format_rupiah, parse_rupiah
from vokasi_desktop.domain.numbering import render_number
from vokasi_desktop.services import catalog, documents, setup
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.errors import error_text
from vokasi_desktop.ui.format import fmt_money
from vokasi_desktop.ui.widgets import show_message


def _row(button: QPushButton, message: QLabel) -> QHBoxLayout:
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(message, 1)
    return row


def pdf_page_image(data: bytes, width: int) -> QImage:
    """Page 1 of a PDF rendered ``width`` pixels wide (QtPdf, the same engine as the preview
    dialog)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    size = document.pagePointSize(0)
    height = max(1, round(width * size.height() / max(1.0, size.width())))
    image = document.render(0, QSize(width, height))
    document.close()
    return image


class BranchProfileSection(QGroupBox):
    """Branch profile (code read-only), logo and the letterhead exactly as printed."""

    PREVIEW_WIDTH = 620

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("branchProfileGroup")
        self.setTitle(self.tr("Branch profile and letterhead"))
        self.editable = can(ctx.user.role, Action.BRANCH_PROFILE_EDIT)
        self.code = QLabel()
        self.code.setObjectName("branchCode")
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(52)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.head_name = QLineEdit()
        self.head_title = QLineEdit()
        self.head_npp = QLineEdit()
        self.logo: bytes | None = None
        self.logo_label = QLabel()
        self.logo_choose = QPushButton(self.tr("Choose &logo..."))
        self.logo_remove = QPushButton(self.tr("Remove logo"))
        self.preview = QLabel()
        self.preview.setObjectName("letterheadPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumHeight(60)
        self.save_button = QPushButton(self.tr("Save &branch profile"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Branch code"), self.code)
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("&Address"), self.address),
                              (self.tr("City"), self.city), (self.tr("Phone"), self.phone),
                              (self.tr("Email"), self.email),
                              (self.tr("Head of branch"), self.head_name),
                              (self.tr("Head's position"), self.head_title),
                              (self.tr("Head's NPP"), self.head_npp)):
            form.addRow(label, widget)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_remove)
        form.addRow(self.tr("Logo"), logo_row)
        # A parent before show_message: a parentless label shown is a window of its own (it
        # flashes on screen and takes the activation from the main window).
        hint = QLabel(self.tr("PNG or JPEG, at most 2 MB and 32 to 4000 pixels a side."), self)
        hint.setWordWrap(True)
        show_message(hint, hint.text(), "hint")
        form.addRow("", hint)
        form.addRow(self.tr("Letterhead preview"), self.preview)
        form.addRow("", _row(self.save_button, self.message))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        for edit in (self.name, self.city, self.phone, self.email, self.head_name,
                     self.head_title, self.head_npp):
            edit.textChanged.connect(self._timer.start)
        self.address.textChanged.connect(self._timer.start)
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(self.remove_logo)
        self.save_button.clicked.connect(self.save)
        inputs: tuple[QWidget, ...] = (
            self.name, self.address, self.city, self.phone, self.email, self.head_name,
            self.head_title, self.head_npp, self.logo_choose, self.logo_remove, self.save_button)
        for control in inputs:
            control.setEnabled(self.editable)
        if not self.editable:
            show_message(self.message, self.tr(
                "Only the head of branch or an administrator changes the branch profile."),
                "hint")
        self.load()

    def load(self) -> None:
        try:
            profile = setup.get_branch_profile(self.ctx.db)
        except ServiceError as exc:
            show_message(self.message, error_text(exc))
            return
        self._profile = profile
        self.code.setText(profile.code)
        self.name.setText(profile.name)
        self.address.setPlainText(profile.address)
        self.city.setText(profile.city)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.head_name.setText(profile.head_name)
        self.head_title.setText(profile.head_title)
        self.head_npp.setText(profile.head_npp)
        self.logo = setup.get_branch_logo(self.ctx.db)
        self._show_logo_state()
        self.refresh_preview()

    def profile(self) -> setup.BranchProfile:
        return dataclasses.replace(
            self._profile, name=self.name.text(), address=self.address.toPlainText(),
            city=self.city.text(), phone=self.phone.text(), email=self.email.text(),
            head_name=self.head_name.text(), head_title=self.head_title.text(),
            head_npp=self.head_npp.text())

    def _show_logo_state(self) -> None:
        self.logo_label.setText(self.tr("Stored logo (%1 KB)").replace(
            "%1", str(max(1, len(self.logo) // 1024))) if self.logo else self.tr(
            "No logo: a neutral emblem is printed."))
        self.logo_remove.setEnabled(self.editable and self.logo is not None)

    def refresh_preview(self) -> None:
        """Render the letterhead with the printing code and show it."""
        try:
            data = setup.letterhead_preview(self.profile(), self.logo)
        except ServiceError as exc:
            show_message(self.message, error_text(exc))
            return
        width = self.PREVIEW_WIDTH
        image = pdf_page_image(data, width)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setFixedSize(image.size())
        if self.editable:
            show_message(self.message, "", "hint")

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the letterhead logo"), "",
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.use_logo_file(path)

    def use_logo_file(self, path: str) -> None:
        """Check and store the logo at ``path`` (the file dialog's choice)."""
        try:
            data = setup.read_logo(path)
            setup.set_branch_logo(self.ctx.db, data, principal=self.ctx.user)
        except ServiceError as exc:
            show_message(self.message, error_text(exc))
            return
        self.logo = data
        self._show_logo_state()
        self.refresh_preview()
        show_message(self.message, self.tr("Logo saved; documents print it from now on."), "ok")

    def remove_logo(self) -> None:
        try:
            setup.set_branch_logo(self.ctx.db, None, principal=self.ctx.user)
        except ServiceError as exc:
            show_message(self.message, error_text(exc))
            return
        self.logo = None
        self._show_logo_state()
        self.refresh_preview()
        show_message(self.message, self.tr("Logo removed."), "ok")

    def save(self) -> None:
        try:
            setup.set_branch_profile(self.ctx.db, self.profile(), principal=self.ctx.user)
        except ServiceError as exc:
            show_message(self.message, error_text(exc))
            return
        self.load()
        show_message(self.message, self.tr("Saved."), "ok")


class NumberingSection(QGroupBox):
    """Number template per document type and the last number used this year (seed)."""

    def __init__(self, ctx: UiContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setObjectName("numberingGroup")
        self.setTitle(self.tr("Document numbers"))
        self.editable = can(ctx.user.role, Action.DOCUMENT_SETTINGS)
        try:
            self.branch_code = setup.get_branch_profile(ctx.db).code
        except ServiceError:
            self.branch_code = "KRJ"
        self.templates: dict[str, QLineEdit] = {}
        self.samples: dict[str, QLabel] = {}
        self.seeds: dict[str, QSpinBox] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        for doc_type in DOC_TYPES:
            edit = QLineEdit()
            edit.setObjectName(f"template_{doc_type}")
            sample = QLabel()
            seed = QSpinBox()
            seed.setObjectName(f"seed_{doc_type}")
            seed.setRange(0, 9_999_999)
            self.templates[doc_type], self.samples[doc_type], self.seeds[doc_type] = (
                edit, sample, seed)
            edit.textChanged.connect(lambda _t, d=doc_type: self._sample(d))
            seed.valueChanged.connect(lambda _v, d=doc_type: self._sample(d))
            # Template on its own line (it needs the width), the next number and the seed
            # below it: the section fits 1024x768 without scrolling sideways.
            form.addRow(labels.label(labels.DOCUMENT_TYPES, doc_type), edit)
            row = QHBoxLayout()
            row.addWidget(sample, 1)
            row.addWidget(QLabel(self.tr("last number used in %1").replace(
                "%1", str(today.year))))
            row.addWidget(seed)
            form.addRow("", row)
        hint = QLabel(self.tr(
            "Fields: {seq} (e.g. {seq:04d}), {branch}, {year}, {month}, {month_roman}, {day}, "
            "{type_code}; {seq}, {branch} and {year} are required. The last number used can "
            "only go up: a number is never issued twice."), self)
        hint.setWordWrap(True)
        show_message(hint, hint.text(), "hint")
        layout.addWidget(hint)
        self.save_button = QPushButton(self.tr("Save &numbering"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addLayout(_row(self.save_button, self.message))
        for widget in [*self.templates.values(), *self.seeds.values(), self.save_button]:
            widget.setEnabled(self.editable)
        if not self.editable:
            show_message(self.message, self.tr(
                "Only the head of branch or an administrator changes document numbers."), "hint")
        self.load()

    def load(self) -> None:
        for doc_type in DOC_TYPES:
            self.templates[doc_type].setText(documents.get_template(self.ctx.db, doc_type))
            try:
                last = documents.last_sequence_number(self.ctx.db, doc_type, self.today.year)
            except ServiceError:
                last = 0
            self.seeds[doc_type].setValue(last)
            self.seeds[doc_type].setMinimum(last if self.editable else 0)

    def _sample(self, doc_type: str) -> None:
        seq = self.seeds[doc_type].value() + 1
        try:
            text = render_number(self.templates[doc_type].text(), seq, self.branch_code, self.today,
                                 doc_type)
            show_message(self.samples[doc_type], self.tr("Next: %1").replace("%1", text), "hint")
        except (ValueError, KeyError, IndexError):
            show_message(self.samples[doc_type], self.tr("The template is not valid yet."))

    def save(self) -> None:
        try:
            for doc_type in DOC_TYPES:
                pattern = self.templates[doc_type].text().strip()
                if pattern != documents.get_template(self.ctx.db, doc_type):
                    documents.set_template(self.ctx.db, doc_type, pattern, self.ctx.user)
                seed = self.seeds[doc_type].value()
                if seed != documents.last_sequence_number(self.ctx.db, doc_type,
                                                          self.today.year):
                    documents.set_sequence_seed(self.ctx.db, doc_type, self.today.year, seed,
                                                self.ctx.user)
        except ServiceError as exc:
            show_message(self.message, error_text(exc))
            return
        self.load()
        show_message(self.message, self.tr("Saved."), "ok")


class ProgrammeSection(QGroupBox):
    """Programme year (national target, budget) and this branch's quota, until the regional
    office sends its allocation (then read-only with a note)."""

    def __init__(self, ctx: UiContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("programmeGroup")
        self.setTitle(self.tr("Programme year and quota"))
        self.editable = can(ctx.user.role, Action.QUOTA_EDIT)
        self.year = QSpinBox()
        self.year.setRange(2019, 2100)
        self.year.setValue(today.year)
        self.target = QSpinBox()
        self.target.setRange(0, 10_000_000)
        self.target.setSuffix(self.tr(" seats"))
        self.budget_total = QLineEdit()
        self.seats = QSpinBox()
        self.seats.setRange(0, 1_000_000)
        self.seats.setSuffix(self.tr(" seats"))
        self.budget = QLineEdit()
        self.used = QLabel()
        self.used.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save &programme year"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("National target"), self.target)
        form.addRow(self.tr("National budget (Rp)"), self.budget_total)
        form.addRow(self.tr("This branch's seats"), self.seats)
        form.addRow(self.tr("This branch's budget (Rp)"), self.budget)
        form.addRow(self.tr("Used"), self.used)
        form.addRow("", self.note)
        form.addRow("", _row(self.save_button, self.message))
        self.year.valueChanged.connect(self.load)
        if not self.editable:
            show_message(self.message, self.tr(
                "Only the head of branch changes the programme year and quota."), "hint")
        self.load()

    def load(self) -> None:
        year = self.year.value()
        py = catalog.get_program_year(self.ctx.db, year)
        quota = catalog.get_quota(self.ctx.db, year)
        regional = catalog.quota_from_region(self.ctx.db, year)
        self.target.setValue(py.national_target if py else 0)
        self.budget_total.setText(format_rupiah(py.budget_total if py else 0))
        self.seats.setValue(quota.seats if quota else 0)
        self.budget.setText(format_rupiah(quota.budget if quota else 0))
        self.used.setText(self.tr("%1 seats, %2").replace(
            "%1", str(quota.seats_used if quota else 0)).replace(
            "%2", fmt_money(quota.budget_used if quota else 0)))
        if regional:
            show_message(self.note, self.tr(
                "The regional office has sent the allocation for this year: it applies and "
                "is changed only there."), "hint")
        else:
            show_message(self.note, self.tr(
                "Until the regional office sends the allocation, the head of branch enters it "
                "here."), "hint")
        for widget in (self.target, self.budget_total, self.seats, self.budget):
            widget.setEnabled(self.editable and not regional)
        self.save_button.setEnabled(self.editable and not regional)

    def save(self) -> None:
        amounts: list[int] = []
        for edit in (self.budget_total, self.budget):
            try:
                amounts.append(parse_rupiah(edit.text()))
            except FormatError:
                show_message(self.message, self.tr(
                    "Write the amount in rupiah, for example 2.400.000."))
                edit.setFocus()
                return
        try:
            catalog.save_programme(self.ctx.db, self.ctx.user, self.year.value(),
                                   national_target=self.target.value(),
                                   budget_total=amounts[0], seats=self.seats.value(),
                                   budget=amounts[1])
        except ServiceError as exc:
            show_message(self.message, error_text(exc))
            return
        self.load()
        show_message(self.message, self.tr("Saved."), "ok")
