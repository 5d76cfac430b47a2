"""The certificate button's refusal names the enrolment's real situation: a cancelled or
failed enrolment is not told to "record the result first" (it can never get a certificate)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import Answers
from vokasi_desktop.db.engine import Database
from vokasi_desktop.services.browse import EnrollmentRow
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.document_actions import DocumentActions


def _row(status: str) -> EnrollmentRow:
    return EnrollmentRow(1, datetime(2026, 11, 2, tzinfo=UTC), 1, "Ani", "3578********0001",
                         None, 1, "K-1", "Las", "LPK", status, 0, "eligible", False, "petugas")


@pytest.mark.parametrize(("status", "says", "never"), [
    ("cancelled", "dibatalkan", "Catat hasil"),
    ("not_passed", "tidak lulus", "Catat hasil"),
    ("in_training", "Catat hasil", "dibatalkan"),
])
def test_certificate_refusal_fits_the_status(qtbot: Any, demo_db: Database,
                                             make_ctx: Callable[..., UiContext],
                                             answers: Answers, status: str, says: str,
                                             never: str) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = DocumentActions(make_ctx(demo_db, "petugas"), widget)
    actions.print_certificate(_row(status))
    [(kind, _title, text)] = answers.asked
    assert kind == "inform"
    assert says in text and never not in text, text
