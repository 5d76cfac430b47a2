"""Branch signing keys: out of the database, encrypted, unlocked once, rotated, revoked."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import both_backends
from tests.db.factories import (
    TEST_PASSWORD,
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_user,
    setup_branch,
)
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import BranchKey
from vokasi_desktop.documents.signing import (
    generate_keypair,
    key_id,
    make_payload,
    sign_payload,
)
from vokasi_desktop.services import documents, keys
from vokasi_desktop.services.enrolment import enrol
from vokasi_desktop.services.errors import ServiceError, ValidationError
from vokasi_desktop.services.setup import BranchProfile, set_branch_profile

PASS = "frasa-sandi-kunci-9"
PROFILE = BranchProfile(code="KRJ", name="Kantor Cabang Surabaya Karimunjawa", city="Surabaya")


@pytest.fixture(autouse=True)
def _fresh_process_memory() -> None:
    keys.forget_unlocked()
    keys.set_passphrase_provider(None)


def _enrolment(db: Database) -> int:
    setup_branch(db)
    class_id = add_class(db, add_institution(db))
    return enrol(db, add_member(db, name="Siti Nurhaliza"), class_id, "k-1", as_user(db, "petugas"),
                 on_date=TODAY).id


def _db_bytes(db: Database) -> bytes:
    if not db.is_sqlite:
        return b""
    path = Path(db.url.database or "")
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


@both_backends
def test_private_key_is_not_in_the_database(database: Database) -> None:
    _enrolment(database)
    with database.read() as s:
        row = s.execute(select(BranchKey)).scalar_one()
    assert row.private_key is None
    path = keys.key_path(database.private_dir, row.key_id)
    assert path.is_file() and path.stat().st_mode & 0o777 == 0o600
    assert b"PRIVATE KEY" not in _db_bytes(database)


@both_backends
def test_encrypted_key_must_be_unlocked_once_per_process(database: Database,
                                                          tmp_path: Path) -> None:
    set_branch_profile(database, PROFILE, key_passphrase=PASS)
    enrollment_id = _enrolment(database)
    with database.read() as s:
        kid = s.execute(select(BranchKey.key_id)).scalar_one()
    data = keys.key_path(database.private_dir, kid).read_bytes()
    assert data.startswith(b"-----BEGIN VOKASI ENCRYPTED PRIVATE KEY-----")
    assert b"\"kdf\": \"scrypt\"" in data and b"BEGIN PRIVATE KEY" not in data
    keys.forget_unlocked()  # a new process
    assert keys.is_locked(database)
    with pytest.raises(ServiceError) as info:
        documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "a.pdf", on=TODAY)
    assert info.value.code == "key_locked" and "frasa sandi" in str(info.value)
    assert not (tmp_path / "a.pdf").exists()
    with pytest.raises(ValidationError):
        keys.unlock(database, "bukan-frasa-yang-benar")
    assert keys.unlock(database, PASS) == kid and not keys.is_locked(database)
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "a.pdf", on=TODAY)
    assert documents.verify(database, doc.qr_text).status == "valid"


def test_short_passphrase_refused(database: Database) -> None:
    with pytest.raises(ValidationError):
        set_branch_profile(database, PROFILE, key_passphrase="pendek")


@both_backends
def test_legacy_key_in_table_is_moved_out_and_old_documents_still_verify(
        database: Database, tmp_path: Path) -> None:
    enrollment_id = _enrolment(database)
    # An old installation: its key lived in the table, and it signed a document.
    private_pem, public_raw = generate_keypair()
    old_kid = key_id(public_raw)
    with database.write() as s:
        for row in s.execute(select(BranchKey)).scalars():
            row.active = False
        s.add(BranchKey(branch_code="KRJ", key_id=old_kid, public_key=public_raw,
                        private_key=private_pem, active=True))
    old_qr = sign_payload(make_payload(number="B/0099/KC-KRJ/XI/2026", doc_type="letter",
                                       branch_code="KRJ", issue_date=TODAY, name="Lama",
                                       nik_last4="1234"), private_pem)
    keys.forget_unlocked()
    assert keys.startup(database) == [old_kid]
    with database.read() as s:
        assert s.execute(select(BranchKey.private_key).where(
            BranchKey.key_id == old_kid)).scalar_one() is None
    assert keys.key_path(database.private_dir, old_kid).is_file()
    assert keys.startup(database) == []  # idempotent
    # Old documents verify; the moved key keeps signing.
    assert documents.verify(database, old_qr).status in ("valid", "unregistered")
    doc = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "n.pdf", on=TODAY)
    assert doc.qr_text.split(".")[2] == old_kid


@both_backends
def test_rotate_then_revoke(database: Database, tmp_path: Path) -> None:
    enrollment_id = _enrolment(database)
    before = documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "a.pdf",
                                    on=TODAY)
    old_kid = before.qr_text.split(".")[2]
    new_kid = keys.rotate(database, PASS, principal=as_user(database, "admin"))
    assert new_kid != old_kid
    listed = {k.key_id: k for k in keys.list_keys(database)}
    assert listed[new_kid].active and listed[new_kid].encrypted
    assert not listed[old_kid].active and listed[old_kid].revoked_at is None
    # Old documents still verify after rotation; new ones carry the new key.
    assert documents.verify(database, before.qr_text).status == "valid"
    # Stolen old key: a QR minted after rotation verifies until the key is revoked ...
    old_pem = keys.key_path(database.private_dir, old_kid).read_bytes()
    forged = sign_payload(make_payload(number="B/0777/KC-KRJ/XI/2026", doc_type="letter",
                                       branch_code="KRJ", issue_date=TODAY, name="Palsu",
                                       nik_last4="0000"), old_pem)
    with pytest.raises(ValidationError):
        keys.revoke(database, old_kid, "  ", principal=as_user(database, "admin"))
    info = keys.revoke(database, old_kid, "laptop dicuri", principal=as_user(database, "admin"))
    assert info.revoked_at is not None
    # ... and afterwards as "kunci dicabut", its own outcome.
    for qr in (forged, before.qr_text):
        answer = documents.verify(database, qr)
        assert answer.status == "revoked"
        assert "Kunci dicabut" in answer.message and "laptop dicuri" in answer.message
    with pytest.raises(ValidationError):
        keys.revoke(database, old_kid, "lagi", principal=as_user(database, "admin"))


@both_backends
def test_revoking_the_active_key_stops_signing(database: Database, tmp_path: Path) -> None:
    enrollment_id = _enrolment(database)
    kid = keys.list_keys(database)[0].key_id
    keys.revoke(database, kid, "bocor", principal=as_user(database, "admin"))
    with pytest.raises(ServiceError) as info:
        documents.issue_letter(database, enrollment_id, as_user(database, "petugas"), tmp_path / "a.pdf", on=TODAY)
    assert info.value.code == "key_missing" and "key rotate" in str(info.value)


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


@both_backends
def test_cli_init_with_passphrase_and_key_commands(database: Database,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(database)
    # No passphrase source and no terminal: refused, nothing created.
    monkeypatch.setattr(sys, "stdin", io.StringIO("rahasia-sekali\n"))
    assert main(["init", "--db", url, "--branch-code", "KRJ", "--branch-name", "KC",
                 "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert "--no-key-passphrase" in err and "Traceback" not in err
    assert keys.list_keys(database) == []
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"rahasia-sekali\n{PASS}\n"))
    assert main(["--key-passphrase-stdin", "init", "--db", url, "--branch-code", "KRJ",
                 "--branch-name", "KC", "--password-stdin"]) == 0
    capsys.readouterr()
    first = keys.list_keys(database)
    assert len(first) == 1 and first[0].encrypted
    assert PASS not in capsys.readouterr().err
    monkeypatch.setenv("VOKASI_KEY_PASSPHRASE", PASS)
    monkeypatch.setattr(sys, "stdin", io.StringIO("rahasia-sekali\n" * 5))
    admin = ["--user", "admin", "--password-stdin"]
    assert main(["key", "rotate", "--db", url]) == 3  # no login
    assert main(["key", "rotate", "--db", url, *admin]) == 0
    assert main(["key", "list", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "AKTIF" in out and first[0].key_id in out
    assert main(["key", "revoke", first[0].key_id, "--reason", "uji", "--db", url, *admin]) == 0
    assert main(["key", "revoke", "deadbeef", "--reason", "uji", "--db", url, *admin]) == 2
    assert "Kesalahan:" in capsys.readouterr().err


@both_backends
def test_cli_print_with_locked_key(database: Database, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    set_branch_profile(database, PROFILE, key_passphrase=PASS)
    enrollment_id = _enrolment(database)
    keys.forget_unlocked()
    monkeypatch.setattr(sys, "stdin", io.StringIO("vokasi-petugas\n"))
    url = _url(database)
    out = tmp_path / "s.pdf"
    clerk = ["--user", "petugas", "--password-stdin"]
    assert main(["print", "letter", str(enrollment_id), "--out", str(out), "--db", url,
                 *clerk]) == 2
    err = capsys.readouterr().err
    assert "terkunci" in err and "Traceback" not in err and not out.exists()
    keys.forget_unlocked()
    monkeypatch.setattr(sys, "stdin", io.StringIO("vokasi-petugas\n" + PASS + "\n"))
    assert main(["--key-passphrase-stdin", "print", "letter", str(enrollment_id), "--out",
                 str(out), "--db", url, *clerk]) == 0
    assert out.is_file()


def test_cli_key_passphrase_encrypts_a_moved_key(database: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    enrollment_id = _enrolment(database)  # key stored without a passphrase (tests, demo)
    assert keys.list_keys(database)[0].encrypted is False
    url = _url(database)
    as_user(database, "admin")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TEST_PASSWORD}\n" * 2
                                                  + "vokasi-petugas\n" * 2))
    admin = ["--user", "admin", "--password-stdin"]
    clerk = ["--user", "petugas", "--password-stdin"]
    monkeypatch.setenv("VOKASI_NEW_KEY_PASSPHRASE", "pendek")
    assert main(["key", "passphrase", "--db", url, *admin]) == 2
    assert "minimal 8" in capsys.readouterr().err
    monkeypatch.setenv("VOKASI_NEW_KEY_PASSPHRASE", PASS)
    assert main(["key", "passphrase", "--db", url, *admin]) == 0
    assert keys.list_keys(database)[0].encrypted is True
    keys.forget_unlocked()
    out = tmp_path / "a.pdf"
    assert main(["print", "letter", str(enrollment_id), "--out", str(out), "--db", url,
                 *clerk]) == 2
    monkeypatch.setenv("VOKASI_KEY_PASSPHRASE", PASS)
    assert main(["print", "letter", str(enrollment_id), "--out", str(out), "--db", url,
                 *clerk]) == 0
    assert out.is_file()
