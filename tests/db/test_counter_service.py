"""The counter's use cases without Qt: lookup, counter state, resume, letter and slip files.

The GUI page only presents what ``services.counter`` returns; these tests drive the same
functions the page and the CLI call, on SQLite and (with ``VOKASI_TEST_PG_URL``) PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import DocumentRecord, Enrollment
from vokasi_desktop.services import counter, enrolment
from vokasi_desktop.services import members as member_service
from vokasi_desktop.services.changes import (
    CLASS,
    DOCUMENT,
    ENROLLMENT,
    MEMBER,
    QUOTA,
    changes_of,
)


@pytest.fixture
def documents_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "dokumen"
    monkeypatch.setenv("VOKASI_DOCUMENTS_DIR", str(folder))
    return folder


def _world(db: Database) -> tuple[int, int]:
    setup_branch(db)
    institution = add_institution(db)
    first = add_class(db, institution, "KLS-1")
    second = add_class(db, institution, "KLS-2", title="Barista", mode="daring",
                       start_date=date(2027, 3, 1), end_date=date(2027, 3, 26))
    return first, second


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every read session any ``Database`` opens from now on (one entry each)."""
    opened: list[int] = []
    real_read = Database.read

    @contextmanager
    def read(self: Database) -> Iterator[Session]:
        opened.append(1)
        with real_read(self) as session:
            yield session

    monkeypatch.setattr(Database, "read", read)
    return opened


@both_backends
def test_lookup_by_nik_and_kpj_gives_the_whole_counter_state(database: Database) -> None:
    first, second = _world(database)
    member_id = add_member(database)
    member = member_service.get_member(database, member_id)

    state = counter.lookup(database, member.nik, TODAY)
    assert state is not None
    assert state.member.id == member_id and state.enrollments == ()
    assert state.check.result.verdict in ("eligible", "eligible_with_warnings")
    assert {o.id for o in state.offer} == {first, second}
    assert all(o.klass.code in ("KLS-1", "KLS-2") for o in state.offer)
    assert member.kpj is not None
    by_kpj = counter.lookup(database, member.kpj, TODAY)
    assert by_kpj is not None and by_kpj.member.id == member_id
    assert counter.lookup(database, "3201010101900009", TODAY) is None


def test_counter_state_is_read_in_one_session(database: Database, reads: list[int]) -> None:
    """Issue 10: the state was five separate read transactions (five snapshots)."""
    _world(database)
    member_id = add_member(database)
    nik = member_service.get_member(database, member_id).nik
    reads.clear()
    state = counter.load_state(database, member_id, TODAY)
    assert state.offer and len(reads) == 1
    reads.clear()
    assert counter.lookup(database, nik, TODAY) is not None
    assert len(reads) == 1
    reads.clear()
    counter.resume(database, member_id, None, TODAY)
    assert len(reads) == 1


@both_backends
def test_enrol_letter_slip_and_resume(database: Database, documents_dir: Path) -> None:
    first, _second = _world(database)
    member_id = add_member(database)
    clerk = as_user(database, "petugas")

    view = counter.enrol(database, member_id, first, "req-1", clerk, on_date=TODAY)
    again = counter.enrol(database, member_id, first, "req-1", clerk, on_date=TODAY)
    assert again.id == view.id  # the same request id never enrols twice

    letter = counter.issue_letter(database, view.id, clerk, TODAY)
    assert letter.path is not None and letter.path.exists()
    assert letter.path.parent == documents_dir / "Surat Pengantar"
    assert letter.path == counter.letter_path(letter.number)
    assert "/" not in letter.path.name and letter.path.read_bytes().startswith(b"%PDF")
    assert not list(letter.path.parent.glob(".issuing-*"))

    slip = counter.issue_slip(database, member_id, clerk, TODAY, enrollment_id=view.id)
    assert slip.path is not None and slip.path.parent == documents_dir / (
        "Hasil Pemeriksaan Kelayakan")

    resumed = counter.resume(database, member_id, view.id, TODAY)
    assert resumed.state.member.id == member_id
    assert resumed.enrollment is not None and resumed.enrollment.id == view.id
    assert resumed.letter is not None and resumed.letter.number == letter.number
    assert resumed.letter.path == letter.path
    assert [e.class_code for e in resumed.state.enrollments] == ["KLS-1"]

    # The file was moved away: the letter is still known, without a path to preview.
    letter.path.unlink()
    assert counter.resume(database, member_id, view.id, TODAY).letter is not None
    assert counter.resume(database, member_id, view.id, TODAY).letter.path is None  # type: ignore[union-attr]

    # Cancelled since: nothing to continue.
    enrolment.change_status(database, view.id, "cancelled", as_user(database, "supervisor"),
                            reason="Peserta mengundurkan diri")
    assert counter.resume(database, member_id, view.id, TODAY).enrollment is None


@both_backends
def test_a_slip_for_a_worker_who_is_not_eligible(database: Database,
                                                 documents_dir: Path) -> None:
    _world(database)
    refused = add_member(database, kpj=False, months=0)
    state = counter.load_state(database, refused, TODAY)
    assert state.offer == () and state.check.result.verdict == "not_eligible"
    slip = counter.issue_slip(database, refused, as_user(database, "petugas"), TODAY)
    assert slip.path is not None and slip.path.exists()
    with database.read() as session:
        assert session.execute(select(func.count()).select_from(Enrollment)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(DocumentRecord)).scalar_one() == 1


def test_a_failed_letter_leaves_no_file(database: Database, documents_dir: Path) -> None:
    _world(database)
    with pytest.raises(Exception):  # noqa: B017 - whatever the service raises for a missing row
        counter.issue_letter(database, 999_999, as_user(database, "petugas"), TODAY)
    folder = documents_dir / "Surat Pengantar"
    assert not folder.exists() or not any(folder.iterdir())


def test_counter_writes_declare_what_they_change(database: Database) -> None:
    """The job runner broadcasts what the service declares, not what the caller guesses."""
    assert changes_of(counter.enrol) == {ENROLLMENT, QUOTA, CLASS}
    assert changes_of(counter.record_verification) == {MEMBER}
    assert changes_of(counter.issue_letter) == {DOCUMENT}
    assert changes_of(counter.issue_slip) == {DOCUMENT}
    assert changes_of(counter.lookup) == frozenset()
    assert changes_of(counter.load_state) == frozenset()


def test_record_verification_at_the_counter(database: Database) -> None:
    _world(database)
    member_id = add_member(database, verified=False)
    view = counter.record_verification(database, member_id, "jmo", as_user(database, "petugas"),
                                       "Layar JMO: kepesertaan aktif")
    assert view.verified_at is not None and view.verified_method == "jmo"
    assert counter.load_state(database, member_id, TODAY).member.verified_at is not None


def test_the_live_enrollment_a_letter_is_printed_for(database: Database) -> None:
    """What ``vokasi print letter --member NIK [--class KODE]`` prints for (the CLI had its
    own ORM query for it)."""
    from vokasi_desktop.services.errors import NotFoundError

    first, second = _world(database)
    member_id = add_member(database)
    member = member_service.get_member(database, member_id)
    clerk = as_user(database, "petugas")
    with pytest.raises(NotFoundError) as refused:
        counter.live_enrollment(database, member.nik)
    assert refused.value.code == "enrollment_missing"
    with pytest.raises(NotFoundError) as nobody:
        counter.live_enrollment(database, "3201010101900009")
    assert nobody.value.code == "member_missing"
    one = counter.enrol(database, member_id, first, "req-1", clerk, on_date=TODAY)
    two = counter.enrol(database, member_id, second, "req-2", clerk, on_date=TODAY)
    assert counter.live_enrollment(database, member.nik) == two.id  # the newest
    assert counter.live_enrollment(database, member.nik, "kls-1 ") == one.id
    enrolment.change_status(database, two.id, "cancelled", as_user(database, "supervisor"),
                            reason="Peserta mengundurkan diri")
    assert counter.live_enrollment(database, member.nik) == one.id


def test_recent_classes_for_the_reports_picker(database: Database) -> None:
    """The reports page's class picker reads through the service (it had its own query)."""
    from vokasi_desktop.services import browse

    setup_branch(database)
    institution = add_institution(database)
    for n, month in enumerate((1, 3, 2)):
        add_class(database, institution, f"KLS-{n}", start_date=date(2027, month, 4),
                  end_date=date(2027, month, 25))
    assert [c.code for c in browse.recent_classes(database, 2)] == ["KLS-1", "KLS-2"]
    assert len(browse.recent_classes(database)) == 3
