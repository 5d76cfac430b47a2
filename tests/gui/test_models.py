"""Every item model of the GUI passes Qt's model tester (pytest-qt ``qtmodeltester``) with real
rows: the counter's class offer and "Hari ini" lists and the import problems table.
(``RecordsModel``, the windowed model of the big lists, is checked in test_records_pages.)"""

from __future__ import annotations

from typing import Any

import pytest

from tests.db.factories import add_member
from tests.gui.test_counter import (  # noqa: F401  (world: fixture)
    World,
    _TickingClock,
    idle,
    search,
    world,
)
from vokasi_desktop.db import timeutil
from vokasi_desktop.documents.xlsx_import import CellError
from vokasi_desktop.services import members as member_service
from vokasi_desktop.ui.pages.reports import ImportIssuesModel


def test_counter_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any,
                                              world: World,  # noqa: F811
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # The lookups are stamped by the database clock and "Hari ini" covers the app's today:
    # both on TODAY, so the test passes on any real date, also just after midnight.
    monkeypatch.setattr(timeutil, "datetime", _TickingClock)
    page = world.page
    member = member_service.get_member(world.db, add_member(world.db, name="Dewi Lestari"))
    search(qtbot, page, member.nik)
    idle(qtbot, page)
    assert page.model.rowCount() > 0  # classes offered to an eligible worker
    qtmodeltester.check(page.model)
    qtbot.waitUntil(lambda: page.today_model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(page.today_model)
    # A new lookup resets both lists while the tester watches their signals.
    search(qtbot, page, member.nik)
    idle(qtbot, page)
    assert page.model.rowCount() > 0


def test_import_issues_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any) -> None:
    model = ImportIssuesModel()
    errors = [CellError(2, "A", "NIK", "3578", "NIK harus 16 digit.", "nik_length"),
              CellError(3, "C", "Tanggal Lahir", "31/02/1990", "Tanggal tidak valid.",
                        "date_format")]
    warnings = [CellError(4, "F", "Telepon", "0812", "Nomor telepon pendek.", "phone_format",
                          severity="warning")]
    model.set_issues(errors, warnings)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.set_issues([], [])
    assert model.rowCount() == 0


def test_import_problems_show_the_nik_masked(qtbot: Any) -> None:
    """Privacy defect (issue 10 stretch): the problems table showed the full NIK of the row,
    in the value column, its tooltip and a message that quotes it."""
    import re

    full = "3578010509900001"
    model = ImportIssuesModel()
    model.set_issues([CellError(2, "A", "NIK", full, f"NIK {full} sudah terdaftar.",
                                "duplicate"),
                      CellError(3, "A", "NIK", "3578 0105 0990 0002", "NIK tidak valid.",
                                "nik_region")], [])
    shown = [str(model.data(model.index(row, column), role))
             for row in range(model.rowCount()) for column in range(model.columnCount())
             for role in (0, 3)]  # DisplayRole, ToolTipRole
    assert not [text for text in shown if re.search(r"\d{4}\D?\d{4}\D?\d{4}\D?\d{4}", text)]
    assert any("******" in text for text in shown)
