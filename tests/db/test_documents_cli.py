"""CLI for document integrity: verify exit codes per outcome, check-documents, bulk re-run."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from tests.db.factories import (
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_user,
    cli_login,
    setup_branch,
)
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import DocumentRecord, TrainingClass
from vokasi_desktop.services import documents
from vokasi_desktop.services.enrolment import change_status, enrol


def test_verify_exit_codes_labels_and_check_documents(
        database: Database, new_db_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    e = enrol(database, add_member(database, name="Siti"), class_id, "cli-1", as_user(database, "petugas"),
              on_date=TODAY)
    doc = documents.issue_letter(database, e.id, as_user(database, "petugas"), tmp_path / "l.pdf", on=TODAY)
    capsys.readouterr()
    assert main(["verify", doc.qr_text, "--db", new_db_url]) == 0
    out = capsys.readouterr().out
    assert "SAH" in out and TODAY.strftime("%Y") in out and "Terdaftar" in out
    assert "Kode kelas" in out and TODAY.isoformat() not in out
    assert main(["verify", "bukan kode", "--db", new_db_url]) == 5
    assert main(["check-documents", "--db", new_db_url]) == 0
    with database.write() as s:
        s.execute(update(DocumentRecord).values(pdf_sha256="0" * 64))
    capsys.readouterr()
    assert main(["check-documents", "--db", new_db_url]) == 1
    assert doc.number in capsys.readouterr().out
    assert main(["verify", doc.qr_text, "--db", new_db_url]) == 9
    with database.write() as s:
        s.execute(update(DocumentRecord).values(pdf_sha256=doc.pdf_sha256))
    documents.void_document(database, doc.id, as_user(database, "supervisor"), "Salah")
    assert main(["verify", doc.qr_text, "--db", new_db_url]) == 6
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    helptext = capsys.readouterr().out
    assert "Kode keluar" in helptext and "TIDAK COCOK DENGAN REGISTER" in helptext


def test_class_certificates_rerun_explains_zero(database: Database, new_db_url: str,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    e = enrol(database, add_member(database, name="Budi Santoso"), class_id, "cli-2", as_user(database, "petugas"),
              on_date=TODAY)
    with database.read() as s:
        klass_code = s.get(TrainingClass, class_id).code  # type: ignore[union-attr]
    (tmp_path / "out").mkdir()  # an output folder must exist (the CLI refuses a missing one)
    args = ["print", "certificate", "--class", klass_code, "--out-dir", str(tmp_path / "out"),
            "--db", new_db_url, *cli_login(monkeypatch, "petugas", "vokasi-petugas")]
    assert main(args) == 0
    assert "0 diterbitkan: belum ada peserta berstatus selesai" in capsys.readouterr().err
    change_status(database, e.id, "in_training", as_user(database, "petugas"))
    change_status(database, e.id, "completed", as_user(database, "petugas"))
    assert main(args) == 0
    files = list((tmp_path / "out").glob("*.pdf"))
    assert len(files) == 1 and "budi-santoso" in files[0].name
    capsys.readouterr()
    assert main(args) == 0
    assert "0 diterbitkan: semua 1 peserta yang selesai sudah memiliki" in capsys.readouterr().err


def test_print_letter_by_member_uses_the_counters_live_enrolment(
        database: Database, new_db_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``print letter --member NIK`` finds the enrolment through ``services.counter``
    (the CLI had its own ORM query); a member without one gets a clear message."""
    from vokasi_desktop.services import members as member_service

    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database)
    nik = member_service.get_member(database, member_id).nik
    login = cli_login(monkeypatch, "petugas", "vokasi-petugas")
    out = tmp_path / "surat.pdf"
    args = ["print", "letter", "--member", nik, "--out", str(out), "--db", new_db_url, *login]
    assert main(args) == 2  # EXIT_ERROR, as before the move
    assert "Pendaftaran aktif peserta tersebut tidak ditemukan." in capsys.readouterr().err
    assert not out.exists()
    enrol(database, member_id, class_id, "cli-3", as_user(database, "petugas"), on_date=TODAY)
    assert main(args) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert nik not in capsys.readouterr().out  # no full NIK in the output
