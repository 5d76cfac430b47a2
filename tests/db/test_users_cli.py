"""``vokasi-desktop user ...``: login first, passwords only from stdin or a prompt."""

from __future__ import annotations

import io

import pytest

from tests.db.test_users import make_user
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import auth, users


def _run(monkeypatch: pytest.MonkeyPatch, stdin: str, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["user", *argv, "--password-stdin"])


def test_user_commands(database: Database, new_db_url: str, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    admin = make_user(database, "admin1", "admin", "Admin-Sandi-2026")
    base = ["--user", "admin1", "--db", new_db_url]
    assert _run(monkeypatch, "Admin-Sandi-2026\nAwal-Sandi-2026\n", "create", "sari",
                "--name", "Sari Dewi", "--role", "supervisor", *base) == 0
    assert "wajib ganti kata sandi" in capsys.readouterr().out
    assert _run(monkeypatch, "Admin-Sandi-2026\n", "set-role", "sari", "head", *base) == 0
    assert _run(monkeypatch, "Admin-Sandi-2026\n", "list", *base) == 0
    out = capsys.readouterr().out
    assert "Kepala Cabang" in out and "Administrator" in out
    assert _run(monkeypatch, "Admin-Sandi-2026\n", "disable", "admin1", *base) == 2
    assert "akun sendiri" in capsys.readouterr().err
    # sari changes her own password
    assert _run(monkeypatch, "Awal-Sandi-2026\nBaru-Sandi-2026\n", "passwd",
                "--user", "sari", "--db", new_db_url) == 0
    assert not users.must_change_password(database, auth.authenticate(
        database, "sari", "Baru-Sandi-2026").user_id)
    # a head may not manage users (exit 4, role refused); a wrong login password fails
    # without a traceback (exit 2 or 3: never 0)
    assert _run(monkeypatch, "Baru-Sandi-2026\n", "list", "--user", "sari",
                "--db", new_db_url) == 4
    assert _run(monkeypatch, "salah\n", "list", *base) in (2, 3)
    err = capsys.readouterr().err
    assert "tidak berwenang" in err and "Traceback" not in err and "salah" in err
    assert admin.username == "admin1"
