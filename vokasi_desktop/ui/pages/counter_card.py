"""The counter's member card: who the worker is, the membership and its verification, the
contribution months and earlier enrolments. The NIK is shown masked; roles that may reveal it
get a "Show NIK" button (the page opens the audited reveal dialog)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton

from vokasi_desktop.domain.access import Action
from vokasi_desktop.services.counter import ACTIVE_ENROLLMENT_STATUSES
from vokasi_desktop.services.members import MemberEnrollmentView, MemberView
from vokasi_desktop.ui import labels
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.format import fmt_date, fmt_datetime
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.style import MUTED, OK, WARNING


class MemberCard(QObject):
    """The member box of the counter page.

    Attributes:
        reveal_button: "Show NIK" beside the masked NIK (hidden without a member or the right).
    """

    def __init__(self, context: Callable[[], UiContext], ui: Ui_CounterPage,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = ui
        self.reveal_button = self._add_reveal_button()

    @property
    def ctx(self) -> UiContext:
        """The page's context, read at each use (a test or a re-login may replace it)."""
        return self._context()

    def _add_reveal_button(self) -> QPushButton:
        """"Show NIK" next to the masked NIK on the card (roles with NIK_REVEAL, a member on
        the card). A mouse action: it never takes the focus, so digits typed and Enter keep
        going to the search flow."""
        ui = self.ui
        button = QPushButton(self.tr("Show NIK"), ui.memberBox)
        button.setObjectName("revealNikButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setToolTip(self.tr(
            "Show this member's full NIK for a short time (reason recorded in the audit log)"))
        button.hide()
        # PySide6 types the answer as ``object``; it is (row, role).
        row, _role = cast(tuple[int, QFormLayout.ItemRole],
                          ui.memberForm.getWidgetPosition(ui.nikValue))
        ui.memberForm.removeWidget(ui.nikValue)
        nik_row = QHBoxLayout()
        nik_row.setContentsMargins(0, 0, 0, 0)
        nik_row.addWidget(ui.nikValue)
        nik_row.addWidget(button)
        nik_row.addStretch(1)
        ui.memberForm.setLayout(row, QFormLayout.ItemRole.FieldRole, nik_row)
        return button

    def show(self, member: MemberView | None,
             enrollments: Sequence[MemberEnrollmentView] = ()) -> None:
        """Fill the card (``None`` empties it and shows the placeholder)."""
        ui = self.ui
        filled = member is not None
        ui.memberPlaceholder.setVisible(not filled)
        for widget in (ui.nameLabel, ui.nikCaption, ui.nikValue, ui.kpjCaption, ui.kpjValue,
                       ui.segmentCaption, ui.segmentValue, ui.employmentCaption,
                       ui.employmentValue, ui.membershipCaption, ui.membershipValue,
                       ui.contributionCaption, ui.contributionValue, ui.enrollmentsCaption,
                       ui.enrollmentsValue):
            widget.setVisible(filled)
        ui.verifyPanel.setVisible(False)
        self.reveal_button.setVisible(filled and self.ctx.user.can(Action.NIK_REVEAL))
        if member is None:
            return
        born = self.tr("Born %1 · %2 · %3").replace("%1", fmt_date(member.birth_date)).replace(
            "%2", labels.label(labels.SEXES, member.sex)).replace("%3", member.region_name.title())
        ui.nameLabel.setText(f"<b>{html.escape(member.name)}</b><br/>"
                             f"<span style='font-size:9.5pt; color:#35524a'>"
                             f"{html.escape(born)}</span>")
        ui.nikValue.setText(member.nik_masked)
        ui.kpjValue.setText(member.kpj or self.tr("none (not a member yet)"))
        ui.segmentValue.setText(labels.label(labels.SEGMENTS, member.segment))
        employment = labels.label(labels.EMPLOYMENT_STATUSES, member.employment_status)
        if member.layoff_date is not None:
            employment = self.tr("%1 since %2").replace("%1", employment).replace(
                "%2", fmt_date(member.layoff_date))
        ui.employmentValue.setText(employment)
        status = html.escape(labels.label(labels.MEMBERSHIP_STATUSES, member.membership_status))
        if member.verified_at is not None:
            checked = self.tr("verified with %1 on %2 by %3").replace(
                "%1", labels.label(labels.VERIFICATION_METHODS, member.verified_method)).replace(
                "%2", fmt_datetime(member.verified_at)).replace("%3", member.verified_by or "?")
            status += f"<br/><span style='color:{OK.name()}'>✔ {html.escape(checked)}</span>"
        elif member.kpj:
            unchecked = self.tr("not verified yet")
            status += (f"<br/><span style='color:{WARNING.name()}'>⚠ "
                       f"{html.escape(unchecked)}</span>")
            ui.verifyPanel.setVisible(True)
        ui.membershipValue.setText(status)
        months = member.contribution_months
        ui.contributionValue.setText(self.tr("%1 months on record").replace("%1", str(months)))
        ui.enrollmentsValue.setText(self._enrollments_html(enrollments))

    def _enrollments_html(self, enrollments: Sequence[MemberEnrollmentView]) -> str:
        if not enrollments:
            return html.escape(self.tr("none yet"))
        lines = []
        for e in enrollments:
            current = e.status in ACTIVE_ENROLLMENT_STATUSES
            status = labels.label(labels.ENROLLMENT_STATUSES, e.status)
            text = (f"{e.class_code} · {e.class_title} ({fmt_date(e.start_date)} – "
                    f"{fmt_date(e.end_date)}, {status})")
            weight = "600" if current else "normal"
            colour = "#1f2d27" if current else MUTED.name()
            lines.append(f"<span style='font-weight:{weight}; color:{colour}'>"
                         f"{html.escape(text)}</span>")
        return "<br/>".join(lines)


__all__ = ["MemberCard"]
