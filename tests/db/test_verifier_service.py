"""Building the offline verifier page from the database (service and CLI)."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import both_backends
from tests.db.factories import setup_branch
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Branch, BranchKey
from vokasi_desktop.documents.signing import generate_keypair, key_id
from vokasi_desktop.services.errors import ValidationError
from vokasi_desktop.services.verifier import build_verifier_page, collect_trusted_keys


def _embedded_keys(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="vokasi-keys">(.*?)</script>', html,
                      re.DOTALL)
    assert found
    return json.loads(found.group(1))


@both_backends
def test_page_embeds_own_and_peer_keys(database: Database, tmp_path: Path) -> None:
    setup_branch(database)
    _private, peer_public = generate_keypair()
    with database.write() as s:
        s.add(Branch(code="SBY", name="KC Surabaya </script><script>alert(1)</script>",
                     phone="031-654321"))
        s.add(BranchKey(branch_code="SBY", key_id=key_id(peer_public), public_key=peer_public))
    page = build_verifier_page(database, tmp_path / "out" / "verifikasi-vokasi.html")
    html = page.path.read_text(encoding="utf-8")
    assert page.key_count == 2 and page.revoked_count == 0 and page.size == len(html.encode())
    data = _embedded_keys(html)
    assert data["format"] == "vokasi-keys/1"
    assert data["made_by"]["code"] == "KRJ"
    by_code = {k["branch_code"]: k for k in data["keys"]}
    assert by_code["KRJ"]["own"] is True and by_code["SBY"]["own"] is False
    assert by_code["SBY"]["key_id"] == key_id(peer_public)
    assert by_code["SBY"]["contact"] == "031-654321"
    # No validity columns yet: open periods, nothing revoked (see collect_trusted_keys).
    assert by_code["SBY"]["valid_from"] is None and by_code["SBY"]["valid_until"] is None
    assert by_code["KRJ"]["revoked_at"] is None
    # Self-contained: nothing to fetch, and the hostile office name cannot end the script.
    assert html.count("</script>") == 2
    assert not re.search(r"https?://|<script[^>]+src=|<link", html)
    assert "default-src 'none'" in html
    with database.read() as s:
        assert len(collect_trusted_keys(s)) == 2


@both_backends
def test_refuses_without_keys_or_with_a_corrupt_key(database: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        build_verifier_page(database, tmp_path / "a.html")
    setup_branch(database)
    with pytest.raises(ValidationError):
        build_verifier_page(database, tmp_path / "a.pdf")
    with database.write() as s:
        row = s.execute(select(BranchKey)).scalars().first()
        row.key_id = "00000000"  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        build_verifier_page(database, tmp_path / "a.html")
    assert not (tmp_path / "a.html").exists()


def test_cli_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    db = f"sqlite:///{tmp_path / 'v.sqlite3'}"
    out = tmp_path / "verifikasi-vokasi.html"
    assert main(["verifier", "--db", db, "--out", str(out)]) == 2  # no office yet
    err = capsys.readouterr().err.strip()
    assert err.startswith("Kesalahan: ") and "\n" not in err and "Traceback" not in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("rahasia-sekali\n"))
    assert main(["init", "--db", db, "--branch-code", "KRJ", "--branch-name", "KC Karimunjawa", "--no-key-passphrase",
                 "--password-stdin"]) == 0
    capsys.readouterr()
    assert main(["verifier", "--db", db, "--out", str(out)]) == 0
    assert "Halaman verifikasi ditulis" in capsys.readouterr().out
    assert _embedded_keys(out.read_text(encoding="utf-8"))["made_by"]["code"] == "KRJ"
    assert main(["verifier", "--db", db, "--out", str(tmp_path)]) == 2  # a folder
    assert capsys.readouterr().err.startswith("Kesalahan: ")


def test_collect_reads_rotation_fields_when_they_exist(database: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Once key rotation adds validity/revocation columns, the key list carries them."""
    setup_branch(database)
    monkeypatch.setattr(BranchKey, "valid_from", date(2026, 1, 1), raising=False)
    monkeypatch.setattr(BranchKey, "valid_until", date(2026, 12, 31), raising=False)
    # revocation columns exist now (migration 0004): set them on the row itself
    with database.write() as s:
        row = s.execute(select(BranchKey)).scalar_one()
        row.revoked_at = datetime(2026, 10, 2, tzinfo=UTC)
        row.revoked_reason = "laptop dicuri"
    with database.read() as s:
        (key,) = collect_trusted_keys(s)
    assert (key.valid_from, key.valid_until) == (date(2026, 1, 1), date(2026, 12, 31))
    assert key.revoked_at == datetime(2026, 10, 2, tzinfo=UTC)
    assert key.revoked_reason == "laptop dicuri" and key.own and key.branch_code == "KRJ"
