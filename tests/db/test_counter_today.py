"""The counter's "Hari ini" list: built from lookups, registrations, enrolments and documents."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import both_backends
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import audit, counter, documents, enrolment
from vokasi_desktop.services import members as member_service


@both_backends
def test_today_lists_each_worker_once_with_what_happened(database: Database,
                                                         tmp_path: Path) -> None:
    setup_branch(database)
    klass = add_class(database, add_institution(database), "KLS-1")
    eligible = add_member(database)
    refused = add_member(database, kpj=False, months=0)
    someone_else = add_member(database, verified=False)

    refused_check = enrolment.check_eligibility(database, refused, None, TODAY).result
    counter.record_lookup(database, refused, as_user(database, "petugas"), refused_check)
    documents.issue_slip(database, refused, as_user(database, "petugas"), tmp_path / "slip.pdf", on=TODAY)
    check = enrolment.check_eligibility(database, eligible, klass, TODAY).result
    counter.record_lookup(database, eligible, as_user(database, "petugas"), check, "KLS-1")
    view = enrolment.enrol(database, eligible, klass, "req-1", as_user(database, "petugas"), on_date=TODAY)
    letter = documents.issue_letter(database, view.id, as_user(database, "petugas"), tmp_path / "l.pdf", on=TODAY)
    # Another clerk's customer is not on this clerk's list.
    other_check = enrolment.check_eligibility(database, someone_else, None, TODAY).result
    counter.record_lookup(database, someone_else, as_user(database, "petugas2", "clerk"), other_check)

    rows = counter.today_activity(database, as_user(database, "petugas"))
    assert [r.member_id for r in rows] == [eligible, refused]  # most recent first
    first, second = rows
    assert first.verdict == "eligible" and first.enrolled and first.class_code == "KLS-1"
    assert first.letter_numbers == (letter.number,)
    assert second.verdict == "not_eligible" and not second.enrolled
    assert "membership.kpj" in second.reasons
    assert len(second.slip_numbers) == 1
    name = member_service.get_member(database, refused).name
    assert second.name == name and "*" in second.nik_masked
    assert counter.today_activity(database, as_user(database, "petugas2", "clerk"))[0].member_id == someone_else
    # Another day is empty.
    assert counter.today_activity(database, as_user(database, "petugas"), TODAY.replace(year=2020)) == []
    # The lookup entries carry no personal data and keep the audit chain intact.
    with database.read() as session:
        assert audit.verify_chain(session).ok
