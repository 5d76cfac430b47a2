"""Every CLI command that changes data or shows personal data: no login or a wrong password
exits 3, a role the permission table refuses exits 4 (audited as ``access.denied``, nothing
written), and the allowed user's work is audited under that real user's name."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.db.factories import (
    TEST_PASSWORD,
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_role,
    as_user,
    setup_branch,
)
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, Base, Member
from vokasi_desktop.services import documents, enrolment

PASSWORDS = {"petugas": "vokasi-petugas", "supervisor": "vokasi-supervisor"}


@dataclass(frozen=True)
class Command:
    name: str
    argv: Callable[[dict[str, str], Path], list[str]]
    allowed: str            # a user whose role may run it
    refused: str            # a user whose role may not
    audited: str | None     # the audit action the allowed run records under that user
    extra_stdin: str = ""   # lines after the login password (e.g. a new user's password)


COMMANDS = [
    Command("check", lambda w, t: ["check", w["kpj"]], "petugas", "admin", None),
    Command("print", lambda w, t: ["print", "slip", "--member", w["kpj"], "--out",
                                   str(t / "slip.pdf")], "petugas", "admin", "document.issue.slip"),
    Command("reprint", lambda w, t: ["reprint", w["number"], "--reason", "kertas rusak", "--out",
                                     str(t / "salinan.pdf")], "petugas", "auditor",
            "document.reprint"),
    Command("void", lambda w, t: ["void", w["number"], "--reason", "salah cetak nama"],
            "supervisor", "petugas", "document.void"),
    Command("export-full-nik", lambda w, t: [
        "export", "enrolments", "--full-nik", "--reason", "sertifikasi LSP", "--from",
        "2020-01-01", "--to", "2026-12-31", "--out", str(t / "nik.xlsx")],
        "supervisor", "petugas", None),
    Command("export", lambda w, t: ["export", "institutions", "--out", str(t / "lembaga.xlsx")],
            "petugas", "admin", None),
    Command("import", lambda w, t: ["import", "institutions", w["template"], "--dry-run"],
            "supervisor", "petugas", None),
    Command("key-rotate", lambda w, t: ["key", "rotate", "--no-key-passphrase"],
            "admin", "supervisor", None),
    Command("backup", lambda w, t: ["backup", "--out", str(t / "cadangan.vkbak")],
            "supervisor", "petugas", None),
    Command("report-monthly", lambda w, t: ["report", "monthly", "--month", "2027-01", "--out",
                                            str(t / "bulanan.xlsx")],
            "supervisor", "petugas", None),
    Command("exchange-export", lambda w, t: ["exchange", "export", "--to", "KC-LAIN", "--out",
                                             str(t / "paket.zip")], "supervisor", "petugas",
            None),
    Command("region-allocate", lambda w, t: ["region", "allocate", "--year", "2027", "--branch",
                                             "KC-LAIN", "--seats", "5", "--budget", "100"],
            "kepala", "supervisor", None),
    Command("user-list", lambda w, t: ["user", "list"], "admin", "kepala", None),
    Command("user-create", lambda w, t: ["user", "create", "baru", "--name", "Pengguna Baru",
                                         "--role", "clerk"], "admin", "kepala", "user.create",
            extra_stdin="Rahasia-Loket-2027\n"),
    Command("user-disable", lambda w, t: ["user", "disable", "petugas"], "admin", "kepala",
            "user.disable"),
    Command("user-unlock", lambda w, t: ["user", "unlock", "petugas"], "admin", "supervisor",
            "user.unlock"),
    Command("user-reset-password", lambda w, t: ["user", "reset-password", "petugas"], "admin",
            "auditor", "user.password_reset", extra_stdin="Sementara-Loket-2027\n"),
    Command("user-set-role", lambda w, t: ["user", "set-role", "petugas", "supervisor"],
            "admin", "petugas", "user.role_change"),
    Command("exchange-import", lambda w, t: ["exchange", "import", str(t / "tidak-ada.zip")],
            "supervisor", "petugas", None),
    Command("exchange-office", lambda w, t: ["exchange", "office", "--kind", "branch"],
            "admin", "supervisor", None),
    Command("exchange-trust-export", lambda w, t: ["exchange", "trust", "export-own", "--out",
                                                   str(t / "kunci.json")], "admin", "kepala",
            None),
    Command("region-recap", lambda w, t: ["region", "recap", "--year", "2027"], "kepala",
            "petugas", None),
    Command("key-revoke", lambda w, t: ["key", "revoke", "tidak-ada", "--reason", "bocor"],
            "admin", "kepala", None),
]


def _world(db: Database, tmp: Path) -> dict[str, str]:
    setup_branch(db)
    for name in ("kepala", "admin", "auditor"):
        as_role(db, {"kepala": "head", "admin": "admin", "auditor": "auditor"}[name])
    member_id = add_member(db)
    enrolment.enrol(db, member_id, add_class(db, add_institution(db)), "c-1",
                    as_role(db, "clerk"), on_date=TODAY)
    doc = documents.issue_slip(db, member_id, as_user(db, "petugas"), tmp / "asli.pdf")
    with db.read() as s:
        kpj = s.execute(select(Member.kpj).where(Member.id == member_id)).scalar_one()
    template = tmp / "lembaga-templat.xlsx"
    assert main(["template", "institutions", str(template)]) == 0
    return {"kpj": str(kpj), "number": doc.number, "template": str(template)}


def _counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables
                if t.name not in ("audit_entry", "login_session", "app_user")}


def _run(argv: list[str], db_url: str, monkeypatch: pytest.MonkeyPatch, user: str | None,
         password: str = "", extra: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{password}\n{extra}"))
    login = [] if user is None else ["--user", user, "--password-stdin"]
    return main([*argv, "--db", db_url, *login])


def _audit(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_cli_command_refuses_without_login_and_audits_the_real_user(
        command: Command, new_db_url: str, database: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    world = _world(database, tmp_path)
    argv = command.argv(world, tmp_path)
    before = _counts(database)
    capsys.readouterr()
    # No login at all, then a wrong password: exit 3, nothing written, no password echoed.
    assert _run(argv, new_db_url, monkeypatch, None) == 3
    assert "--user" in capsys.readouterr().err
    assert _run(argv, new_db_url, monkeypatch, command.allowed, "sandi-keliru-123",
                command.extra_stdin) == 3
    assert "sandi-keliru-123" not in capsys.readouterr().err
    assert _counts(database) == before
    # A role the permission table refuses: exit 4, audited as access.denied, nothing written.
    refused_password = PASSWORDS.get(command.refused, TEST_PASSWORD)
    assert _run(argv, new_db_url, monkeypatch, command.refused, refused_password,
                command.extra_stdin) == 4
    assert "Ditolak" in capsys.readouterr().err
    assert _counts(database) == before
    denied = [e for e in _audit(database) if e.action == "access.denied"]
    assert [e.actor for e in denied] == [command.refused]
    # The allowed role gets past login and permission; its work is audited under its name.
    seq = len(_audit(database))
    code = _run(argv, new_db_url, monkeypatch, command.allowed,
                PASSWORDS.get(command.allowed, TEST_PASSWORD), command.extra_stdin)
    assert code not in (3, 4), capsys.readouterr().err
    entries = _audit(database)[seq:]
    assert ("user.login", command.allowed) in [(e.action, e.actor) for e in entries]
    assert all(e.actor in (command.allowed, "-", "system") for e in entries), [
        (e.action, e.actor) for e in entries]
    if command.audited is not None:
        assert (command.audited, command.allowed) in [(e.action, e.actor) for e in entries]
    with database.read() as s:
        assert s.execute(text("SELECT count(*) FROM login_session WHERE source = 'cli' "
                              "AND ended_at IS NULL")).scalar_one() == 0
