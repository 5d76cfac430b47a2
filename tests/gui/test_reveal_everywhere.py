"""'Tampilkan NIK' beyond the members list: the counter's member card and the member dialog.

The NIK stays masked until a role with NIK_REVEAL gives a reason (audited); correcting a NIK in
the member dialog needs that reveal first.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.db.factories import add_member
from tests.gui.conftest import user_named
from tests.gui.test_counter import World, search, spaced, world  # noqa: F401  (fixture)
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, Member
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.services import audit
from vokasi_desktop.services import members as member_service
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.member import MemberDialog
from vokasi_desktop.ui.dialogs.reveal_nik import RevealNikDialog
from vokasi_desktop.ui.pages.counter import CounterPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _first_member(db: Database) -> tuple[int, str]:
    with db.read() as session:
        row = session.execute(select(Member.id, Member.nik).where(Member.kpj.is_not(None))
                              .order_by(Member.id)).first()
    assert row is not None
    return row[0], row[1]


def _open(qtbot: Any, ctx: UiContext, member_id: int | None, nik: str = "") -> MemberDialog:
    dialog = MemberDialog(ctx, member_id, nik=nik)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    return dialog


def _reveal(qtbot: Any, dialog: RevealNikDialog, reason: str = "correction",
            text: str = "Koreksi NIK sesuai KTP asli") -> None:
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(reason))
    dialog.reason_edit.setText(text)
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.revealed, timeout=10_000)


def _reveals(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.execute(select(AuditEntry).where(AuditEntry.action == "nik.reveal"))
                    .scalars())


def test_edit_dialog_shows_the_nik_masked_and_read_only(qtbot: Any, ctx: UiContext) -> None:
    member_id, nik = _first_member(ctx.db)
    dialog = _open(qtbot, ctx, member_id)
    edit = dialog.ui.nikEdit
    assert nik not in edit.text()
    assert edit.text() == dialog.view.nik_masked and "*" in edit.text()
    assert edit.isReadOnly()
    assert not dialog.reveal_button.isVisibleTo(dialog)  # a clerk may not reveal
    assert not dialog.dirty
    # Other fields are still edited and saved; the NIK stays what it was.
    dialog.ui.phoneEdit.setText("085700002222")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert saved.args[0].nik == nik and saved.args[0].phone == "085700002222"


def test_new_member_nik_is_typed_as_before(qtbot: Any, ctx: UiContext) -> None:
    nik = encode_nik("3578", date(1990, 8, 17), "P", 9002)
    dialog = _open(qtbot, ctx, None, nik=nik)
    assert dialog.ui.nikEdit.text() == nik and not dialog.ui.nikEdit.isReadOnly()
    assert not dialog.reveal_button.isVisibleTo(dialog)


def test_supervisor_corrects_a_nik_only_after_an_audited_reveal(
        qtbot: Any, demo_db: Database, make_ctx: Any) -> None:
    ctx = make_ctx(demo_db, "supervisor")
    member_id, nik = _first_member(ctx.db)
    dialog = _open(qtbot, ctx, member_id)
    edit = dialog.ui.nikEdit
    assert edit.isReadOnly() and nik not in edit.text()
    assert dialog.reveal_button.isVisibleTo(dialog)
    if os.environ.get("VOKASI_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "member_dialog_nik_masked.png"))
    before = len(_reveals(ctx.db))
    reveal = dialog.reveal_nik()
    assert isinstance(reveal, RevealNikDialog)
    assert not _reveals(ctx.db)[before:]  # nothing is audited before the reason is given
    assert edit.isReadOnly()
    _reveal(qtbot, reveal)
    qtbot.waitUntil(lambda: not edit.isReadOnly(), timeout=5_000)
    assert edit.text() == nik
    assert not dialog.reveal_button.isVisibleTo(dialog)
    assert not dialog.dirty  # revealing is not a change
    entries = _reveals(ctx.db)[before:]
    assert len(entries) == 1 and entries[0].actor == "supervisor"
    assert entries[0].person_ref == audit.person_ref(ctx.db, nik)
    # The correction: same region, birth date and sex, another serial number.
    corrected = nik[:12] + ("0099" if nik[12:] != "0099" else "0098")
    edit.setText(corrected)
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert saved.args[0].nik == corrected
    assert member_service.get_member(ctx.db, member_id).nik == corrected


def test_counter_card_has_no_reveal_for_a_clerk(qtbot: Any, world: World) -> None:  # noqa: F811
    page, ui = world.page, world.page.ui
    member_id = add_member(world.db, months=24)
    member = member_service.get_member(world.db, member_id)
    # The card shows the masked NIK, and a clerk gets no reveal action.
    search(qtbot, page, spaced(member.nik))
    assert ui.nikValue.text() == member.nik_masked
    assert not page.reveal_button.isVisibleTo(page)
    assert page.reveal_nik() is None


def test_counter_reveal_action(qtbot: Any, world: World) -> None:  # noqa: F811
    ctx = replace(world.ctx, user=user_named(world.db, "supervisor"))
    page = CounterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    ui = page.ui
    member_id = add_member(world.db, months=24)
    member = member_service.get_member(world.db, member_id)
    assert not page.reveal_button.isVisibleTo(page)  # no member on the card yet
    assert page.reveal_nik() is None
    search(qtbot, page, spaced(member.nik))
    assert ui.nikValue.text() == member.nik_masked
    assert page.reveal_button.isVisibleTo(page)
    # The button never takes the keyboard: digits and Enter stay with the search flow.
    assert page.reveal_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    if os.environ.get("VOKASI_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SCREENSHOTS / "counter_reveal_nik.png"))
    with qtbot.waitSignal(page.reveal_button.clicked):
        page.reveal_button.click()
    reveal = page.findChild(RevealNikDialog)
    assert isinstance(reveal, RevealNikDialog) and reveal.member_id == member_id
    reveal.seconds = 1
    with qtbot.waitSignal(reveal.finished, timeout=10_000):  # closes by itself after 1 s
        _reveal(qtbot, reveal, "identity_check", "KTP asli diperlihatkan di loket")
        assert reveal.nik_label.text().replace(" ", "") == member.nik
        assert ui.nikValue.text() == member.nik_masked  # the card itself stays masked
    entries = _reveals(world.db)
    assert len(entries) == 1 and entries[0].actor == "supervisor"
    # Esc (next customer) empties the card and hides the action again.
    page.next_customer()
    assert not page.reveal_button.isVisibleTo(page)
