"""Records pages: lazy models pass Qt's model tester, search as you type, SQL sorting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from tests.gui.conftest import wait_loaded
from vokasi_desktop.db.models import Member
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.pages.classes import ClassesPage
from vokasi_desktop.ui.pages.enrollments import EnrollmentsPage
from vokasi_desktop.ui.pages.institutions import InstitutionsPage
from vokasi_desktop.ui.pages.members import MembersPage
from vokasi_desktop.ui.pages.records import RecordsPage
from vokasi_desktop.ui.table_model import ROW_ID_ROLE

PAGES: list[Callable[[UiContext], RecordsPage]] = [
    MembersPage, InstitutionsPage, ClassesPage, EnrollmentsPage]


def show(qtbot: Any, page: RecordsPage) -> RecordsPage:
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wait_loaded(qtbot, page.model)
    return page


def column_of(page: RecordsPage, key: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.key == key)


def cell(page: RecordsPage, row: int, key: str) -> str:
    return page.model.index(row, column_of(page, key)).data()


@pytest.mark.parametrize("factory", PAGES, ids=lambda f: f.__name__)
def test_records_model_passes_qt_model_tester(qtbot: Any, qtmodeltester: Any, ctx: UiContext,
                                               factory: Callable[[UiContext], RecordsPage]) -> None:
    page = show(qtbot, factory(ctx))
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    # A new query while the tester watches the model's signals.
    page.model.refresh()
    wait_loaded(qtbot, page.model)
    assert page.model.rowCount() > 0
    assert page.count_label.text()


def test_members_search_by_name_prefix_as_you_type(qtbot: Any, ctx: UiContext) -> None:
    page = show(qtbot, MembersPage(ctx))
    total = page.model.total
    with ctx.db.read() as session:
        name = session.execute(select(Member.name).where(Member.name.like("% %"))
                               .order_by(Member.id)).scalars().first()
    first, second = name.split()[:2]
    typed = f"{first.lower()} {second[:3].lower()}"
    QTest.keyClicks(page.search_edit, typed)
    assert page.model.total == total  # nothing ran yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.total < total and not page.model.loading, timeout=5000)
    assert page.model.total >= 1
    for row in range(page.model.rowCount()):
        words = cell(page, row, "name").upper().split()
        assert any(w.startswith(first.upper()) for w in words)
        assert any(w.startswith(second[:3].upper()) for w in words)
    assert "peserta" in page.count_label.text()


def test_members_search_by_exact_nik_with_spaces_and_kpj(qtbot: Any, ctx: UiContext) -> None:
    page = show(qtbot, MembersPage(ctx))
    with ctx.db.read() as session:
        member_id, nik, kpj = session.execute(
            select(Member.id, Member.nik, Member.kpj).where(Member.kpj.is_not(None))
            .order_by(Member.id.desc())).first()
    spaced = f"{nik[:4]} {nik[4:8]}.{nik[8:12]} {nik[12:]}"
    page.search_edit.setText(spaced)
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter searches at once
    wait_loaded(qtbot, page.model)
    assert page.model.total == 1
    assert page.model.index(0, 0).data(ROW_ID_ROLE) == member_id
    shown_nik = cell(page, 0, "nik")
    assert shown_nik == f"******{nik[6:12]}****"  # masked in the list
    page.search_edit.setText(kpj)
    page.apply_filter()
    wait_loaded(qtbot, page.model)
    assert page.model.total == 1 and page.model.id_at(0) == member_id
    # A partial number finds nothing rather than leaking NIKs by prefix.
    page.search_edit.setText(nik[:8])
    page.apply_filter()
    wait_loaded(qtbot, page.model)
    assert page.model.total == 0


def test_clicking_a_header_sorts_in_sql(qtbot: Any, ctx: UiContext) -> None:
    page = show(qtbot, MembersPage(ctx))
    first_by_name = cell(page, 0, "name")
    header = page.table.horizontalHeader()
    birth = column_of(page, "birth_date")
    x = header.sectionViewportPosition(birth) + header.sectionSize(birth) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    wait_loaded(qtbot, page.model)
    assert page.model.query.sort == "birth_date"
    with ctx.db.read() as session:
        oldest = session.execute(select(Member.name).order_by(Member.birth_date, Member.id)
                                 ).scalars().first()
        youngest = session.execute(select(Member.name).order_by(Member.birth_date.desc(),
                                                                Member.id.desc())).scalars().first()
    first = cell(page, 0, "name")
    assert first in (oldest, youngest)
    assert first != first_by_name or oldest == first_by_name
    # Clicking again reverses the order.
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    wait_loaded(qtbot, page.model)
    assert cell(page, 0, "name") in (oldest, youngest) and cell(page, 0, "name") != first


def test_filters_narrow_the_members(qtbot: Any, ctx: UiContext) -> None:
    page = show(qtbot, MembersPage(ctx))
    total = page.model.total
    combo = page.ui.segmentCombo
    combo.setCurrentIndex(combo.findData("PMI"))
    wait_loaded(qtbot, page.model)
    assert 0 < page.model.total < total
    segment = column_of(page, "segment")
    values = {page.model.index(r, segment).data() for r in range(page.model.total)}
    assert values == {"PMI"}, values


def test_institutions_show_licence_status_in_colour(qtbot: Any, ctx: UiContext) -> None:
    page = show(qtbot, InstitutionsPage(ctx))
    licence = column_of(page, "licence")
    states = {}
    for row in range(page.model.rowCount()):
        index = page.model.index(row, licence)
        states[index.data()] = index.data(Qt.ItemDataRole.ForegroundRole)
    assert any(text.startswith("Kedaluwarsa") for text in states)
    assert any(text.startswith("Berlaku") for text in states)
    expired = next(v for k, v in states.items() if k.startswith("Kedaluwarsa"))
    valid = next(v for k, v in states.items() if k.startswith("Berlaku"))
    assert expired is not None and valid is not None and expired.color() != valid.color()
    page.ui.licenceCombo.setCurrentIndex(page.ui.licenceCombo.findData("expired"))
    wait_loaded(qtbot, page.model)
    assert page.model.total >= 1
    assert all(page.model.index(r, licence).data().startswith("Kedaluwarsa")
               for r in range(page.model.total))
    page.ui.licenceCombo.setCurrentIndex(0)
    page.ui.underYearCheck.setChecked(True)
    wait_loaded(qtbot, page.model)
    experience = column_of(page, "experience")
    assert page.model.total >= 1
    assert all(page.model.index(r, experience).data() == "< 1 tahun"
               for r in range(page.model.total))


def test_enter_opens_the_member_dialog(qtbot: Any, ctx: UiContext) -> None:
    page = show(qtbot, MembersPage(ctx))
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus() or page.table.currentIndex().isValid()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    from vokasi_desktop.ui.dialogs.member import MemberDialog

    dialogs = page.findChildren(MemberDialog)
    assert len(dialogs) == 1
    assert dialogs[0].member_id == page.model.id_at(0)
    dialogs[0].reject()


def test_new_member_from_the_search_field_and_refresh_after_save(qtbot: Any,
                                                                 ctx: UiContext) -> None:
    from vokasi_desktop.domain.identifiers import encode_nik
    from vokasi_desktop.ui.dialogs.member import MemberDialog

    page = show(qtbot, MembersPage(ctx))
    page.activateWindow()
    qtbot.waitActive(page)
    nik = encode_nik("3515", date(1988, 3, 9), "L", 4321)
    page.search_edit.setText(nik)
    page.apply_filter()
    wait_loaded(qtbot, page.model)
    assert page.model.total == 0  # not registered yet
    QTest.keyClick(page.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = page.findChildren(MemberDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.ui.nikEdit.text() == nik  # the NIK typed in the search is carried over
    dialog.ui.nameEdit.setText("Bagus Prasetyo")
    dialog.ui.employmentCombo.setCurrentIndex(dialog.ui.employmentCombo.findData("informal"))
    dialog.ui.segmentCombo.setCurrentIndex(dialog.ui.segmentCombo.findData("BPU"))
    assert dialog.consent_check is not None
    dialog.consent_check.setChecked(True)  # the worker agreed to the consent text
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    new_id = saved.args[0].id
    # data_changed({"member"}) makes the page run its query again and select the new row.
    qtbot.waitUntil(lambda: page.model.total == 1 and page.current_id() == new_id,
                    timeout=10_000)
    page.activateWindow()
    qtbot.waitActive(page)
    page.table.setFocus()
    QTest.keyClick(page.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    assert page.search_edit.selectedText() == nik


def test_a_slow_search_clears_old_rows_and_shows_it_is_busy(
        qtbot: Any, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from vokasi_desktop.services import browse

    page = show(qtbot, MembersPage(ctx))
    assert page.model.rowCount() > 0
    release = threading.Event()
    slow_ids = browse.member_ids

    def cold_disk(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)  # the first search on a cold million-row database
        return slow_ids(*args, **kwargs)

    monkeypatch.setattr(browse, "member_ids", cold_disk)
    QTest.keyClicks(page.search_edit, "zzzz")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)  # search now
    # At once: no stale rows, a busy sign, a label that says what is happening.
    assert page.model.loading
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Mencari…"
    assert page.table.viewport().cursor().shape() == Qt.CursorShape.BusyCursor
    release.set()
    wait_loaded(qtbot, page.model)
    assert "memuat" not in page.count_label.text() and "Mencari" not in page.count_label.text()
    assert page.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor


def test_members_filter_the_unverified(qtbot: Any, ctx: UiContext) -> None:
    from sqlalchemy import func

    page = show(qtbot, MembersPage(ctx))
    with ctx.db.read() as session:
        unverified = session.execute(select(func.count()).select_from(Member).where(
            Member.kpj.is_not(None), Member.verified_at.is_(None))).scalar_one()
        unverified_ids = set(session.execute(select(Member.id).where(
            Member.kpj.is_not(None), Member.verified_at.is_(None))).scalars())
    assert 0 < unverified < page.model.total
    check = page.unverified_check
    assert check.isVisible() and check.text() == "Belum diverifikasi"
    row = page.ui.newButton.geometry()  # in the header row, before "Peserta baru"
    assert check.geometry().right() < row.left() and abs(check.geometry().center().y()
                                                         - row.center().y()) < 10
    assert page.minimumSizeHint().width() < 1366 - 200  # beside the sidebar on a laptop
    check.setChecked(True)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == unverified,
                    timeout=10_000)
    shown = {page.model.id_at(r) for r in range(page.model.rowCount())}
    assert shown == unverified_ids
    check.setChecked(False)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total > unverified,
                    timeout=10_000)


def test_a_page_painted_from_a_short_first_batch_fills_in_when_the_rest_arrives(
        qtbot: Any) -> None:
    """A name search delivers one screen of ids first (fewer than a page of rows): the page
    painted from it must not keep placeholders for the rows whose ids came later."""
    import threading
    from array import array
    from dataclasses import dataclass

    from vokasi_desktop.ui.jobs import JobRunner
    from vokasi_desktop.ui.table_model import (
        PLACEHOLDER,
        Column,
        Query,
        RecordsModel,
        RecordSource,
    )

    @dataclass(frozen=True)
    class Row:
        id: int

    release = threading.Event()
    everything = array("q", range(1, 26))

    def ids(flt: Any, sort: str, descending: bool, *, cancel: Any,
            on_batch: Callable[[array[int]], None]) -> array[int]:
        on_batch(everything[:3])  # the head: one screen
        release.wait(10)
        on_batch(everything[3:])
        return everything

    source: RecordSource[None, Row] = RecordSource(
        count=lambda flt: len(everything), ids=ids,
        rows=lambda page_ids: [Row(i) for i in page_ids])
    runner = JobRunner()
    try:
        model = RecordsModel(source, [Column("id", "Id", lambda r: f"row {r.id}")], runner,
                             Query(None, "id"), page_size=10)
        model.refresh()
        qtbot.waitUntil(lambda: model.ids_loaded == 3, timeout=5000)
        assert model.index(0, 0).data() == "row 1"  # painted: page 0 fetched with 3 ids
        release.set()
        wait_loaded(qtbot, model)
        shown = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert shown == [f"row {i}" for i in everything]
        assert PLACEHOLDER not in shown
    finally:
        release.set()
        runner.shutdown()
