"""Placeholder page: Layanan Loket (filled by the counter step)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage


class CounterPage(QWidget):
    """Layanan Loket: the walk-in worker flow (NIK/KPJ search, eligibility, enrolment).

    A placeholder until the counter step replaces it; the main window gives it the first slot
    and focus.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CounterPage()
        self.ui.setupUi(self)
