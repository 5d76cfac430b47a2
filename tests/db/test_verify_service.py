"""The document check behind the verify dialog, without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import counter
from vokasi_desktop.services.verify import check_document


def test_an_issued_letter_checks_valid_and_names_the_branch(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOKASI_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    setup_branch(database)
    klass = add_class(database, add_institution(database), "KLS-1")
    member_id = add_member(database)
    clerk = as_user(database, "petugas")
    view = counter.enrol(database, member_id, klass, "req-1", clerk, on_date=TODAY)
    letter = counter.issue_letter(database, view.id, clerk, TODAY)
    assert letter.path is not None

    answer = check_document(database, str(letter.path))
    assert answer.verification.status == "valid"
    assert answer.verification.document is not None
    assert answer.verification.document.number == letter.number
    assert answer.branch is not None and answer.branch.code == "KRJ"

    edited = tmp_path / "edited.pdf"
    edited.write_bytes(letter.path.read_bytes() + b"\n% edited\n")
    assert check_document(database, str(edited)).verification.status != "valid"
    assert check_document(database, "bukan kode").verification.status == "malformed"
