"""Personal data (UU 27/2022): consent, NIK reveal, full-NIK export approval, person report,
retention purge; on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select, update

from tests.conftest import both_backends
from tests.db.factories import (
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_role,
    as_user,
    setup_branch,
)
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    AuditEntry,
    ContributionPeriod,
    DocumentRecord,
    Enrollment,
    Member,
    MemberConsent,
    PurgedPerson,
)
from vokasi_desktop.documents.signing import make_payload, sign_payload
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.domain.privacy import CONSENT_PURPOSE_CODE, CONSENT_TEXT_VERSION
from vokasi_desktop.services import audit, documents, members, privacy
from vokasi_desktop.services.enrolment import change_status, enrol
from vokasi_desktop.services.errors import ServiceError, ValidationError
from vokasi_desktop.services.setup import OfficeSettings, save_office_settings

NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def _nik(db: Database, member_id: int) -> str:
    with db.read() as s:
        return s.execute(select(Member.nik).where(Member.id == member_id)).scalar_one()


def _entries(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.seq)).scalars())


# ------------------------------------------------------------------------------ consent


@both_backends
def test_registration_records_consent_who_when_purpose(database: Database) -> None:
    setup_branch(database)
    member_id = add_member(database)
    with database.read() as s:
        rows = list(s.execute(select(MemberConsent).where(
            MemberConsent.member_id == member_id)).scalars())
    assert [(r.purpose_code, r.text_version, r.method, r.recorded_by) for r in rows] == [
        (CONSENT_PURPOSE_CODE, CONSENT_TEXT_VERSION, "counter", "test")]
    assert rows[0].recorded_at is not None


@both_backends
def test_registration_without_consent_is_refused_and_writes_nothing(database: Database) -> None:
    setup_branch(database)
    data = members.MemberInput(nik=encode_nik("357801", date(1990, 5, 17), "L", 77),
                               name="Tanpa Persetujuan", birth_date=date(1990, 5, 17), sex="L",
                               segment="PU", employment_status="working")
    with pytest.raises(ValidationError) as err:
        members.register_member(database, data, as_role(database, "clerk"), today=TODAY,
                                consent_confirmed=False)
    assert err.value.code == "consent_missing"
    with database.read() as s:
        assert s.execute(select(func.count()).select_from(Member)).scalar_one() == 0


# ------------------------------------------------------------------------------ reveal


@both_backends
def test_reveal_nik_needs_role_reason_and_is_audited_without_the_nik(database: Database) -> None:
    setup_branch(database)
    member_id = add_member(database)
    nik = _nik(database, member_id)
    with pytest.raises(ServiceError) as err:
        privacy.reveal_nik(database, as_role(database, "clerk"), member_id, "identity_check",
                           "KTP asli diperlihatkan")
    assert err.value.code == "forbidden"
    with pytest.raises(ValidationError):
        privacy.reveal_nik(database, as_role(database, "supervisor"), member_id, "bogus",
                           "KTP asli diperlihatkan")
    with pytest.raises(ValidationError):
        privacy.reveal_nik(database, as_role(database, "supervisor"), member_id,
                           "identity_check", "ktp")
    shown = privacy.reveal_nik(database, as_role(database, "supervisor"), member_id,
                               "identity_check", "KTP asli diperlihatkan")
    assert shown == nik
    [entry] = _entries(database, "nik.reveal")
    assert entry.actor == "supervisor"
    assert entry.person_ref == audit.person_ref(database, nik)
    assert entry.detail["reason_code"] == "identity_check"
    assert nik not in str(entry.detail)


# ------------------------------------------------------------------------------ export


@both_backends
def test_full_nik_export_needs_another_supervisors_password(database: Database,
                                                            tmp_path: Path) -> None:
    from vokasi_desktop.services.auth import create_user
    from vokasi_desktop.services.reports import ExportRequest, export

    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database)
    nik = _nik(database, member_id)
    enrol(database, member_id, class_id, "ex-1", as_user(database, "petugas"), on_date=TODAY)
    with database.write() as s:
        create_user(s, "kepala2", "Kepala Dua", "head", "rahasia-kepala-2")
    sup = as_user(database, "supervisor")

    def req(approval: privacy.ExportApproval | None) -> ExportRequest:
        return ExportRequest(kind="participants", principal=sup, full_nik=True, class_code="KLS-1",
                             full_nik_reason="sertifikasi LSP batch 3", approval=approval)

    out = tmp_path / "p.xlsx"
    with pytest.raises(ValidationError):
        export(database, req(None), out)
    # the exporter approving their own export: refused
    with pytest.raises(ServiceError) as err:
        export(database, req(privacy.ExportApproval("supervisor", "vokasi-supervisor",
                                                    "lsp_certification", "uji kompetensi")), out)
    assert err.value.code == "self_approval"
    # a clerk cannot approve; a wrong password fails
    with pytest.raises(ServiceError):
        export(database, req(privacy.ExportApproval("petugas", "vokasi-petugas",
                                                    "lsp_certification", "uji kompetensi")), out)
    with pytest.raises(ServiceError):
        export(database, req(privacy.ExportApproval("kepala2", "salah",
                                                    "lsp_certification", "uji kompetensi")), out)
    assert not out.exists()
    export(database, req(privacy.ExportApproval("kepala2", "rahasia-kepala-2",
                                                "lsp_certification", "uji kompetensi")), out)
    cells = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert nik in cells
    [entry] = _entries(database, "export.participants")
    assert entry.actor == "supervisor" and entry.detail["approved_by"] == "kepala2"
    assert entry.detail["reason_code"] == "lsp_certification"
    assert nik not in str(entry.detail)


# ------------------------------------------------------------------------------ person report


@both_backends
def test_person_report_xlsx_and_pdf(database: Database, tmp_path: Path) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database, name="Rina Kartika")
    nik = _nik(database, member_id)
    enrol(database, member_id, class_id, "pr-1", as_user(database, "petugas"), on_date=TODAY)
    with pytest.raises(ServiceError):
        privacy.person_report(database, as_role(database, "clerk"), nik, tmp_path / "x.xlsx",
                              now=NOW)
    assert not (tmp_path / "x.xlsx").exists()
    result = privacy.person_report(database, as_role(database, "head"), nik,
                                   tmp_path / "r.xlsx", now=NOW)
    cells = [str(c.value) for row in load_workbook(result.path).active.iter_rows()
             for c in row if c.value is not None]
    assert nik in cells and "Rina Kartika" in cells and "KLS-1" in cells
    assert result.sections["Periode iuran"] == 1
    assert result.sections["Pendaftaran pelatihan"] == 1
    assert result.sections["Persetujuan pengolahan data"] == 1
    assert result.sections["Catatan audit tentang peserta"] >= 3
    privacy.person_report(database, as_role(database, "supervisor"), nik, tmp_path / "r.pdf",
                          now=NOW)
    text = "".join(p.extract_text() or "" for p in PdfReader(str(tmp_path / "r.pdf")).pages)
    assert "Rina Kartika" in text and nik in text and "UU Nomor 27" in text
    entries = _entries(database, "person.report")
    assert [e.detail["format"] for e in entries] == ["xlsx", "pdf"]
    assert all(e.person_ref == audit.person_ref(database, nik) for e in entries)
    with pytest.raises(ServiceError):
        privacy.person_report(database, as_role(database, "head"), "3578010101900009",
                              tmp_path / "none.xlsx", now=NOW)


# ------------------------------------------------------------------------------ purge


def _purge_world(db: Database, tmp_path: Path) -> dict[str, int]:
    setup_branch(db)
    class_id = add_class(db, add_institution(db))
    plain = add_member(db, name="Hanya Terdaftar")
    live = add_member(db, name="Masih Pelatihan")
    done = add_member(db, name="Sudah Selesai")
    enrol(db, live, class_id, "pg-live", as_user(db, "petugas"), on_date=TODAY)
    e = enrol(db, done, class_id, "pg-done", as_user(db, "petugas"), on_date=TODAY)
    documents.issue_letter(db, e.id, as_user(db, "petugas"), tmp_path / "letter.pdf",
                           on=TODAY)
    change_status(db, e.id, "cancelled", as_user(db, "petugas"), reason="pindah kerja")
    return {"plain": plain, "live": live, "done": done}


FUTURE = date(2040, 1, 1)  # every 2026 activity is older than 5 years


def _age(db: Database) -> None:
    """Move every activity of the world back to 2015 (the CLI purges as of today)."""
    old = datetime(2015, 3, 1, 8, 0, tzinfo=UTC)
    with db.write() as s:
        for model in (Member, ContributionPeriod, Enrollment):
            s.execute(update(model).values(created_at=old, updated_at=old))
        s.execute(update(ContributionPeriod).values(month_from=date(2014, 1, 1),
                                                    month_to=date(2015, 1, 1), updated_at=old))
        s.execute(update(Enrollment).where(Enrollment.status == "cancelled").values(
            enrolled_at=old, status_changed_at=old, updated_at=old))
        s.execute(update(DocumentRecord).values(issued_at=old))


@both_backends
def test_purge_preview_and_purge(database: Database, tmp_path: Path) -> None:
    ids = _purge_world(database, tmp_path)
    niks = {k: _nik(database, v) for k, v in ids.items()}
    admin = as_role(database, "admin")
    save_office_settings(database, admin, OfficeSettings(retention_years=5))
    head = as_role(database, "head")
    with pytest.raises(ServiceError):
        privacy.purge_preview(database, as_role(database, "clerk"), today=FUTURE)
    # nothing is past retention today
    assert privacy.purge_preview(database, head, today=TODAY).count == 0
    preview = privacy.purge_preview(database, head, today=FUTURE)
    assert sorted(preview.member_ids) == sorted([ids["plain"], ids["done"]])
    with pytest.raises(ValidationError):
        privacy.purge(database, head, today=FUTURE, expected_count=7)
    assert privacy.purge(database, head, today=FUTURE, expected_count=preview.count) == 2
    with database.read() as s:
        assert s.get(Member, ids["plain"]) is None
        done = s.get(Member, ids["done"])
        assert done is not None and done.name == "DATA DIHAPUS" and done.nik != niks["done"]
        assert done.kpj is None and done.address == "" and done.phone == ""
        assert s.get(Member, ids["live"]).nik == niks["live"]  # type: ignore[union-attr]
        assert s.execute(select(func.count()).select_from(ContributionPeriod).where(
            ContributionPeriod.member_id.in_([ids["plain"], ids["done"]]))).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(MemberConsent).where(
            MemberConsent.member_id.in_([ids["plain"], ids["done"]]))).scalar_one() == 0
        # statistics stay: the enrolment row is kept
        assert s.execute(select(func.count()).select_from(Enrollment)).scalar_one() == 2
        doc = s.execute(select(DocumentRecord)).scalar_one()
        assert "Selesai" not in str(doc.payload) and "Selesai" not in doc.qr_text
        assert doc.number.startswith("B/0001/")
        refs = set(s.execute(select(PurgedPerson.person_ref)).scalars())
    assert refs == {audit.person_ref(database, niks["plain"]),
                    audit.person_ref(database, niks["done"])}
    # the registry still verifies (re-signed) and the audit chain too
    assert documents.check_registry(database).failed == []
    assert audit.verify(database).ok
    [entry] = _entries(database, "person.purge")
    assert entry.detail["count"] == 2 and entry.detail["deleted"] == 1
    assert entry.person_ref is None
    assert not any(n in str(entry.detail) for n in niks.values())
    # a second run finds nobody
    assert privacy.purge_preview(database, head, today=FUTURE).count == 0


@both_backends
def test_documents_of_a_purged_person_still_verify_as_issued(
        database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Letters printed before the purge are genuine: the desk must not call them unregistered
    or forged. A valid one verifies as ``purged`` (signature and register number good, the
    holder's data erased so the printed name can no longer be compared); a voided one stays
    ``voided``. A QR whose other fields were changed is still refused."""
    ids = _purge_world(database, tmp_path)  # "done": a cancelled enrolment, its letter voided
    class_id = add_class(database, add_institution(database, "LPK-002"), "KLS-2")
    passed = add_member(database, name="Lulus Pelatihan")
    e = enrol(database, passed, class_id, "pg-pass", as_user(database, "petugas"), on_date=TODAY)
    documents.issue_letter(database, e.id, as_user(database, "petugas"), tmp_path / "ok.pdf",
                           on=TODAY)
    change_status(database, e.id, "in_training", as_user(database, "petugas"))
    change_status(database, e.id, "completed", as_user(database, "petugas"))
    with database.read() as s:
        rows = {r.member_id: (r.qr_text, r.number) for r in s.execute(select(DocumentRecord))
                .scalars()}
    good_qr, good_no = rows[passed]
    voided_qr, voided_no = rows[ids["done"]]
    assert documents.verify(database, good_qr).status == "valid"
    assert documents.verify(database, voided_qr).status == "voided"
    save_office_settings(database, as_role(database, "admin"), OfficeSettings(retention_years=5))
    head = as_role(database, "head")
    preview = privacy.purge_preview(database, head, today=FUTURE)
    assert passed in preview.member_ids and ids["done"] in preview.member_ids
    privacy.purge(database, head, today=FUTURE, expected_count=preview.count)
    for text in (good_qr, str(tmp_path / "ok.pdf")):
        answer = documents.verify(database, text)
        assert answer.status == "purged", (answer.status, answer.message)
        assert good_no in answer.message and "dihapus" in answer.message
        assert "Lulus Pelatihan" not in answer.message  # the register names nobody now
    from vokasi_desktop.cli import main

    url = database.url.render_as_string(hide_password=False)
    assert main(["--db", url, "verify", good_qr]) == 12
    assert "DATA PEMEGANG DIHAPUS" in capsys.readouterr().out
    voided = documents.verify(database, voided_qr)
    assert voided.status == "voided" and voided_no in voided.message
    # a code signed with the branch key (stolen) under this number but with another class is
    # still refused: only the erased name and NIK digits are not compared
    with database.read() as s:
        real = dict(s.execute(select(DocumentRecord).where(
            DocumentRecord.number == good_no)).scalar_one().payload["qr"])
        key = documents._private_key(s, real["b"])
    forged = make_payload(number=real["no"], doc_type=real["t"], branch_code=real["b"],
                          issue_date=real["d"], name="Orang Lain", nik_last4="9999",
                          class_code="KLS-LAIN")
    assert documents.verify(database, sign_payload(forged, key)).status == "mismatch"


def test_purged_nik_is_gone_from_the_sqlite_file(database: Database, tmp_path: Path) -> None:
    ids = _purge_world(database, tmp_path)
    niks = [_nik(database, ids["plain"]), _nik(database, ids["done"])]
    names = [b"Hanya Terdaftar", b"Sudah Selesai"]
    save_office_settings(database, as_role(database, "admin"), OfficeSettings(retention_years=5))
    privacy.purge(database, as_role(database, "head"), today=FUTURE)
    path = Path(database.engine.url.database or "")
    database.dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    blob = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        blob += wal.read_bytes()
    for nik in niks:
        assert nik.encode() not in blob
    for name in names:
        assert name not in blob and name.upper() not in blob


# ------------------------------------------------------------------------------ CLI


@both_backends
def test_cli_person_report_and_purge(database: Database, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from tests.db.factories import TEST_PASSWORD, cli_login
    from vokasi_desktop.cli import main

    ids = _purge_world(database, tmp_path)
    nik = _nik(database, ids["plain"])
    _age(database)
    as_role(database, "head")
    save_office_settings(database, as_role(database, "admin"), OfficeSettings(retention_years=5))
    url = database.url.render_as_string(hide_password=False)
    out = tmp_path / "orang.xlsx"
    clerk = cli_login(monkeypatch, "petugas", "vokasi-petugas")
    assert main(["--db", url, "person-report", "--nik", nik, "--out", str(out), *clerk]) == 4
    assert not out.exists()
    head = cli_login(monkeypatch, "kepala", TEST_PASSWORD)
    assert main(["--db", url, "person-report", "--nik", nik, "--out", str(out), *head]) == 0
    assert nik in [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    capsys.readouterr()
    assert main(["--db", url, "purge", "--dry-run", *head]) == 0
    assert "2 peserta" in capsys.readouterr().out
    assert privacy.purge_preview(database, as_role(database, "head"), today=TODAY).count == 2
    assert main(["--db", url, "purge", "--yes", *head]) == 0
    assert "2 peserta dihapus" in capsys.readouterr().out
    assert privacy.purge_preview(database, as_role(database, "head"), today=TODAY).count == 0
    err = capsys.readouterr()
    assert nik not in err.out + err.err


@both_backends
def test_cli_full_nik_export_asks_the_approver(database: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from tests.db.factories import TEST_PASSWORD
    from vokasi_desktop.cli import main

    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database)
    enrol(database, member_id, class_id, "cli-1", as_user(database, "petugas"), on_date=TODAY)
    as_role(database, "head")
    url = database.url.render_as_string(hide_password=False)
    out = tmp_path / "full.xlsx"
    base = ["--db", url, "export", "participants", "--class", "KLS-1", "--out", str(out),
            "--full-nik", "--reason", "sertifikasi LSP batch 3", "--user", "supervisor",
            "--password-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO("vokasi-supervisor\n"))
    assert main(base) == 2  # no --approver
    monkeypatch.setattr("sys.stdin", io.StringIO("vokasi-supervisor\nvokasi-supervisor\n"))
    assert main([*base, "--approver", "supervisor"]) != 0  # self-approval
    assert not out.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO(f"vokasi-supervisor\n{TEST_PASSWORD}\n"))
    assert main([*base, "--approver", "kepala", "--approval-reason",
                 "lsp_certification"]) == 0
    assert _nik(database, member_id) in [
        c.value for row in load_workbook(out).active.iter_rows() for c in row]
    [entry] = _entries(database, "export.participants")
    assert entry.detail["approved_by"] == "kepala"


@both_backends
def test_import_records_consent_by_import_for_the_importer(database: Database,
                                                           tmp_path: Path) -> None:
    from tests.db.test_imports import _fill, _member_row
    from vokasi_desktop.services.imports import import_file

    setup_branch(database)
    good = _fill(tmp_path, "members", [_member_row(i) for i in range(5)])
    dry = import_file(database, "members", good, as_user(database, "supervisor"), dry_run=True)
    assert dry.ok
    with database.read() as s:
        assert s.execute(select(func.count()).select_from(MemberConsent)).scalar_one() == 0
    done = import_file(database, "members", good, as_user(database, "supervisor"))
    assert done.committed and done.created == 5
    with database.read() as s:
        rows = list(s.execute(select(MemberConsent)).scalars())
    assert len(rows) == 5
    assert {(r.method, r.recorded_by, r.text_version) for r in rows} == {
        ("import", "supervisor", CONSENT_TEXT_VERSION)}


@both_backends
def test_migration_0008_priv_downgrades_and_upgrades(database: Database) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from vokasi_desktop.db.migrate import _config, current_revision, upgrade_database

    setup_branch(database)
    add_member(database)  # a consent row exists
    cfg = _config()
    with database.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, "0007_h11b")
    tables = set(inspect(database.engine).get_table_names())
    assert "member_consent" not in tables and "purged_person" not in tables
    upgrade_database(database.engine, backup=False)
    assert current_revision(database.engine) == "0008_priv"
    tables = set(inspect(database.engine).get_table_names())
    assert {"member_consent", "purged_person"} <= tables


@both_backends
def test_two_purges_at_once_remove_each_person_once(database: Database, tmp_path: Path) -> None:
    import threading

    ids = _purge_world(database, tmp_path)
    save_office_settings(database, as_role(database, "admin"), OfficeSettings(retention_years=5))
    heads = [as_role(database, "head"), as_user(database, "kepala2", "head")]
    barrier = threading.Barrier(2)
    results: list[object] = []

    def run(principal: object) -> None:
        barrier.wait()
        try:
            results.append(privacy.purge(database, principal, today=FUTURE))  # type: ignore[arg-type]
        except Exception as exc:
            results.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in heads]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(r for r in results if isinstance(r, int)) == [0, 2], results
    with database.read() as s:
        assert s.execute(select(func.count()).select_from(PurgedPerson)).scalar_one() == 2
        assert s.get(Member, ids["live"]) is not None
    assert audit.verify(database).ok


def test_cancelled_purge_changes_nothing(database: Database, tmp_path: Path) -> None:
    from vokasi_desktop.domain.progress import Cancelled, CancelToken, Progress

    ids = _purge_world(database, tmp_path)
    save_office_settings(database, as_role(database, "admin"), OfficeSettings(retention_years=5))
    seen: list[Progress] = []
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        privacy.purge(database, as_role(database, "head"), today=FUTURE, report=seen.append,
                      cancel=token)
    with database.read() as s:
        assert s.get(Member, ids["plain"]) is not None
        assert s.execute(select(func.count()).select_from(PurgedPerson)).scalar_one() == 0
    assert privacy.purge(database, as_role(database, "head"), today=FUTURE,
                         report=seen.append) == 2
    assert seen and seen[-1].total == 2


@both_backends
def test_import_does_not_bring_back_a_purged_person(database: Database, tmp_path: Path) -> None:
    """A member file made before the purge must not revive the purged people: their rows are
    refused with the row and the NIK column named, and nothing of the file is written."""
    from tests.db.test_imports import _fill, _member_row
    from vokasi_desktop.services.imports import import_file

    setup_branch(database)
    supervisor = as_user(database, "supervisor")
    rows = [_member_row(i) for i in range(1, 6)]
    first = import_file(database, "members", _fill(tmp_path, "members", rows), supervisor)
    assert first.committed and first.created == 5
    with database.write() as s:  # rows 2 and 4 of the file go past retention
        old = datetime(2015, 3, 1, 8, 0, tzinfo=UTC)
        s.execute(update(Member).where(Member.nik.in_([rows[1]["NIK"], rows[3]["NIK"]]))
                  .values(created_at=old, updated_at=old))
    save_office_settings(database, as_role(database, "admin"),
                         OfficeSettings(retention_years=5))
    head = as_role(database, "head")
    assert privacy.purge(database, head, today=TODAY, expected_count=2) == 2
    members_before = _count_members(database)

    again = import_file(database, "members", _fill(tmp_path, "members", rows, "again.xlsx"),
                        supervisor)
    assert not again.committed and not again.ok
    refused = sorted((e.row, e.column_letter, e.code) for e in again.errors)
    nik_column = refused[0][1]
    assert refused == [(3, nik_column, "nik_purged"), (5, nik_column, "nik_purged")]
    assert [e.header for e in again.errors] == ["NIK", "NIK"]
    assert "dihapus" in again.errors[0].message
    assert rows[1]["NIK"] not in again.errors[0].message  # no full NIK in the message
    assert _count_members(database) == members_before  # nothing half-written
    with database.read() as s:
        assert s.execute(select(Member.id).where(
            Member.nik.in_([rows[1]["NIK"], rows[3]["NIK"]]))).first() is None
    # the three that stayed are "already there"; a file with only new people still imports
    fresh = import_file(database, "members",
                        _fill(tmp_path, "members", [_member_row(9)], "new.xlsx"), supervisor)
    assert fresh.committed and fresh.created == 1


def _count_members(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(Member)).scalar_one())
