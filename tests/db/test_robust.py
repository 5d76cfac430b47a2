"""Bad input and bad moments: identity re-check, lock errors, text hygiene (defects 10-12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Enrollment, Member
from vokasi_desktop.services.enrolment import NotEligibleError, check_eligibility, enrol


@both_backends
def test_invalid_stored_nik_is_not_eligible(database: Database) -> None:
    """A NIK written around the services (import, manual fix) is re-validated on use."""
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database)
    with database.write() as s:  # province 99 does not exist
        s.execute(update(Member).where(Member.id == member_id).values(nik="9901011201900001"))
    check = check_eligibility(database, member_id, class_id, TODAY)
    assert check.verdict == "not_eligible"
    assert [o.rule_id for o in check.result.blocking] == ["identity.nik"]
    assert "NIK" in check.result.blocking[0].message
    assert "9901011201900001" not in check.result.blocking[0].message
    with pytest.raises(NotEligibleError) as info:
        enrol(database, member_id, class_id, "req-nik", as_user(database, "petugas"), on_date=TODAY)
    assert "NIK" in str(info.value)
    with database.read() as s:
        assert s.execute(select(Enrollment)).first() is None


def test_write_while_another_writer_holds_the_lock_says_so(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: a writer that cannot get the lock gets an Indonesian ServiceError, not
    "database is locked" from the driver."""
    import sqlite3

    from vokasi_desktop.db import engine as engine_mod
    from vokasi_desktop.services.errors import DatabaseBusyError, ServiceError

    if not database.is_sqlite:
        pytest.skip("SQLite writer lock")
    setup_branch(database)
    monkeypatch.setattr(engine_mod, "SQLITE_BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(database.url.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(ServiceError) as info:
            add_institution(database, code="LPK-LOCK")
        assert isinstance(info.value, DatabaseBusyError)
        assert "mohon tunggu" in str(info.value)
        assert "locked" not in str(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    add_institution(database, code="LPK-LOCK")  # works again once the lock is gone


BAD_TEXT = ["SITI\x00AMINAH", "SITI \u202eHANIMA", "SI\u200bTI AMINAH"]


@pytest.mark.parametrize("bad", BAD_TEXT)
def test_free_text_fields_refuse_control_bidi_and_zero_width(database: Database,
                                                             bad: str) -> None:
    from vokasi_desktop.services import catalog
    from vokasi_desktop.services.auth import create_user
    from vokasi_desktop.services.enrolment import change_status
    from vokasi_desktop.services.errors import ValidationError
    from vokasi_desktop.services.setup import BranchProfile, set_branch_profile

    setup_branch(database)
    inst = add_institution(database)
    attempts = [
        ("name", lambda: add_member(database, name=bad)),
        ("name", lambda: add_institution(database, code="LPK-002", name=bad)),
        ("address", lambda: add_institution(database, code="LPK-003", address=bad)),
        ("title", lambda: add_class(database, inst, code="KLS-9", title=bad)),
        ("location", lambda: add_class(database, inst, code="KLS-8", location=bad)),
        ("head_name", lambda: set_branch_profile(
            database, BranchProfile(code="KRJ", name="Kantor", head_name=bad))),
    ]
    for field, attempt in attempts:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert info.value.field == field, (field, info.value.message)
        assert "berisi" in info.value.message
    with pytest.raises(ValidationError) as info, database.write() as s:
        create_user(s, "kasir", bad, "clerk", "kata-sandi-panjang")
    assert info.value.field == "full_name"
    class_id = add_class(database, inst)
    member_id = add_member(database)
    view = enrol(database, member_id, class_id, "req-text", as_user(database, "petugas"), on_date=TODAY)
    with pytest.raises(ValidationError) as info:
        change_status(database, view.id, "cancelled", as_user(database, "petugas"), reason=bad)
    assert info.value.field == "reason"
    assert catalog.list_institutions(database)[0].name == "LPK Bina Karya"


def test_names_are_nfc_normalised_and_capped(database: Database) -> None:
    from vokasi_desktop.services.errors import ValidationError
    from vokasi_desktop.services.members import get_member

    setup_branch(database)
    member_id = add_member(database, name="ANDRE\u0301 WIJAYA")
    assert get_member(database, member_id).name == "ANDR\u00c9 WIJAYA"
    with pytest.raises(ValidationError) as info:
        add_institution(database, code="LPK-LONG", name="X" * 201)
    assert info.value.field == "name" and "maksimal 200" in info.value.message


@both_backends
def test_search_escapes_like_wildcards_and_caps_length(database: Database) -> None:
    from vokasi_desktop.services import browse

    setup_branch(database)
    add_institution(database, code="LPK-PCT", name="LPK 100% Mandiri")
    add_institution(database, code="LPK-ZERO", name="LPK 1000 Mandiri")
    inst = add_institution(database, code="LPK-UND", name="LPK A_B")
    add_institution(database, code="LPK-AXB", name="LPK AXB")
    add_class(database, inst, code="KLS-U", title="Las_Listrik")
    add_class(database, inst, code="KLS-X", title="LasXListrik")

    def names(text: str) -> set[str]:
        flt = browse.InstitutionFilter(text=text)
        ids = list(browse.institution_ids(database, flt))
        return {r.name for r in browse.institution_rows(database, ids)}

    assert names("100%") == {"LPK 100% Mandiri"}
    assert names("A_B") == {"LPK A_B"}
    assert names("%") == {"LPK 100% Mandiri"}
    assert browse.class_count(database, browse.ClassFilter(text="Las_L")) == 1
    assert browse.enrollment_count(database, browse.EnrollmentFilter(text="KLS_U")) == 0
    huge = "A" * 100_000
    for count in (browse.institution_count(database, browse.InstitutionFilter(text=huge)),
                  browse.class_count(database, browse.ClassFilter(text=huge)),
                  browse.member_count(database, browse.MemberFilter(text=huge)),
                  browse.enrollment_count(database, browse.EnrollmentFilter(text=huge))):
        assert count == 0
    assert browse.institution_count(database, browse.InstitutionFilter(
        text="LPK " + "q " * 5000)) == 0


@both_backends
def test_demo_interrupted_leaves_nothing_half_built_and_if_empty_finishes(
        new_db_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A demo killed after the members were loaded: nothing of it stays (one transaction),
    and ``demo --if-empty`` then builds it completely; a complete demo is skipped."""
    from sqlalchemy import func

    from vokasi_desktop.cli import main
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.models import Institution, TrainingClass
    from vokasi_desktop.services import demo

    def killed(*_args: object, **_kwargs: object) -> int:
        raise KeyboardInterrupt  # the process dies here (after members and classes)

    monkeypatch.setattr(demo, "_demo_enrollments", killed)
    assert main(["demo", "--db", new_db_url, "--members", "300"]) == 130
    db = open_database(new_db_url)
    try:
        with db.read() as s:
            for model in (Member, Institution, TrainingClass, Enrollment):
                assert s.execute(select(func.count()).select_from(model)).scalar_one() == 0
    finally:
        db.dispose()
    monkeypatch.undo()
    capsys.readouterr()
    assert main(["demo", "--db", new_db_url, "--members", "300", "--if-empty"]) == 0
    assert "Selesai" in capsys.readouterr().out
    db = open_database(new_db_url)
    try:
        with db.read() as s:
            assert s.execute(select(func.count()).select_from(Member)).scalar_one() == 300
            assert s.execute(select(func.count()).select_from(Enrollment)).scalar_one() > 0
    finally:
        db.dispose()
    assert main(["demo", "--db", new_db_url, "--members", "300", "--if-empty"]) == 0
    assert "(data demo lengkap)" in capsys.readouterr().out


def test_import_does_not_hold_the_write_lock_while_reading_the_file(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another counter can write while the workbook is being read and validated (defect 8)."""
    from tests.db.test_imports import _fill, _member_row
    from vokasi_desktop.db import engine as engine_mod
    from vokasi_desktop.services.imports import import_file
    from vokasi_desktop.services.progress import Progress

    setup_branch(database)
    path = _fill(tmp_path, "members", [_member_row(i) for i in range(1, 40)])
    monkeypatch.setattr(engine_mod, "SQLITE_BUSY_TIMEOUT_MS", 300)
    wrote: list[int] = []

    def progress(_step: Progress) -> None:
        if not wrote:  # a counter enrols/registers while the file is read
            wrote.append(add_institution(database, code="LPK-DURING"))

    result = import_file(database, "members", path, as_user(database, "supervisor"), report=progress)
    assert wrote and result.ok and result.created == 39, result.summary()


def test_reimport_reports_rows_whose_data_changed(database: Database, tmp_path: Path) -> None:
    from tests.db.test_imports import _fill, _member_row
    from vokasi_desktop.services.imports import import_file

    setup_branch(database)
    rows = [_member_row(i) for i in range(1, 6)]
    assert import_file(database, "members", _fill(tmp_path, "members", rows), as_user(database, "supervisor")).created == 5
    same = import_file(database, "members", _fill(tmp_path, "members", rows, "a.xlsx"), as_user(database, "supervisor"))
    assert same.existing == 5 and not [w for w in same.warnings if w.code == "exists_different"]
    changed = [dict(r) for r in rows]
    changed[2]["Nama"] = "Nama Yang Lain"
    again = import_file(database, "members", _fill(tmp_path, "members", changed, "b.xlsx"),
                        as_user(database, "supervisor"))
    assert again.committed and again.created == 0 and again.existing == 5
    notes = [w for w in again.warnings if w.code == "exists_different"]
    assert len(notes) == 1 and notes[0].row == 4
    assert "sudah ada, data berbeda: kolom Nama" in notes[0].message
