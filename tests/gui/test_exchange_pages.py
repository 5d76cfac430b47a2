"""Conflicts page and regional recap page: role visibility, decisions, screenshots."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    BranchQuota,
    Conflict,
    DuplicateCase,
    Enrollment,
    ExchangePackage,
    Member,
    ProgramYear,
    Setting,
)
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.main_window import MainWindow
from vokasi_desktop.ui.pages.conflicts import ConflictsPage
from vokasi_desktop.ui.pages.regional import RegionalPage

SHOTS = Path(os.environ.get("VOKASI_SCREENSHOT_DIR", "")) if os.environ.get(
    "VOKASI_SCREENSHOT_DIR") else None


def _shot(window: MainWindow, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / name))


def _seed_conflicts(db: Database) -> tuple[int, str]:
    with db.write() as s:
        members = list(s.execute(select(Member).order_by(Member.id).limit(4)).scalars())
        pkg = ExchangePackage(direction="in", peer_branch="BIK", sequence=7, status="applied")
        s.add(pkg)
        s.flush()
        m = members[0]
        s.add(Conflict(package_id=pkg.id, entity="member", entity_uuid=m.uuid, field="phone",
                       local_value=m.phone or "081200001111", remote_value="081377778888"))
        s.add(Conflict(package_id=pkg.id, entity="member", entity_uuid=members[1].uuid,
                       field="address", local_value=members[1].address,
                       remote_value="Jl. Raya Biak No. 12, Biak"))
        s.add(DuplicateCase(nik=members[2].nik, member_uuid_a=members[2].uuid, remote_data={},
                            member_uuid_b=uuid.uuid4(), office_a="KRJ", office_b="BIK",
                            status="open", note=""))
        return m.id, members[2].nik


def test_conflicts_page_resolves_and_is_hidden_from_clerks(
        qtbot: Any, demo_db: Database, make_ctx: Callable[..., UiContext]) -> None:
    member_id, dup_nik = _seed_conflicts(demo_db)
    clerk = MainWindow(make_ctx(demo_db, "petugas"), language="id")
    qtbot.addWidget(clerk)
    assert "conflicts" not in clerk.pages and "regional" not in clerk.pages
    window = MainWindow(make_ctx(demo_db, "supervisor"), language="id")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("conflicts")
    page = window.pages["conflicts"]
    assert isinstance(page, ConflictsPage)
    assert page.conflict_table.rowCount() == 2 and page.duplicate_table.rowCount() == 1
    assert page.conflict_table.item(0, 6).text() == "BIK"
    assert page.conflict_table.item(0, 4).text() == "081377778888"
    shown = " ".join(page.duplicate_table.item(0, c).text() for c in range(5))
    assert dup_nik not in shown and dup_nik[6:12] in shown
    assert "regional" not in window.pages  # a branch installation
    _shot(window, "conflicts.png")
    page.conflict_table.selectRow(0)
    page.remote_button.click()
    with demo_db.read() as s:
        assert s.get(Member, member_id).phone == "081377778888"  # type: ignore[union-attr]
    assert page.conflict_table.rowCount() == 1
    assert "081377778888" in page.status_label.text()


def test_regional_page_on_a_regional_installation(
        qtbot: Any, demo_db: Database, make_ctx: Callable[..., UiContext]) -> None:
    with demo_db.write() as s:
        s.merge(Setting(key="office_kind", value="regional"))
        ids = list(s.execute(select(Enrollment.id).order_by(Enrollment.id)).scalars())
        for n, code in enumerate(("BIK", "MRK", "KSR")):
            s.execute(update(Enrollment).where(Enrollment.id.in_(ids[n::4]))
                      .values(origin_branch=code))
        year = s.execute(select(ProgramYear.year).join(
            BranchQuota, BranchQuota.program_year_id == ProgramYear.id)
            .order_by(ProgramYear.year.desc())).scalars().first()
    window = MainWindow(make_ctx(demo_db, "supervisor"), language="id")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("regional")
    page = window.pages["regional"]
    assert isinstance(page, RegionalPage)
    page.year_spin.setValue(year)
    assert page.recap is not None and page.recap.year == year
    codes = [b.code for b in page.recap.branches]
    assert {"BIK", "MRK", "KSR"} <= set(codes)
    assert page.table.rowCount() == len(codes)
    assert not page.allocate_button.isEnabled()  # supervisors see, heads allocate
    _shot(window, "regional_recap.png")
