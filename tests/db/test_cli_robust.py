"""Hostile CLI arguments: one Indonesian line, exit 2, no traceback, nothing overwritten."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import pytest

from vokasi_desktop.cli import main

NIK = "3578010101900001"


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "v.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO("rahasia-sekali\n"))
    assert main(["init", "--db", str(path), "--branch-code", "KRJ", "--branch-name", "Kantor", "--no-key-passphrase",
                 "--password-stdin"]) == 0
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code  # type: ignore[assignment]
    err = capsys.readouterr().err
    return int(code), err


def _one_indonesian_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Kesalahan: "), err
    assert "Traceback" not in err and "error:" not in err
    return lines[0]


@pytest.mark.parametrize("content", [b"garbage, not a database\n", bytes(range(256)) * 40])
def test_corrupted_or_foreign_file_is_named_not_a_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    for argv in (["check", NIK, "--db", str(bad)], ["migrate", "--db", str(bad)]):
        code, err = _run(argv, capsys)
        assert code == 2
        assert "bukan basis data vokasi-desktop" in _one_indonesian_line(err)
    assert bad.read_bytes() == content


def test_another_apps_sqlite_file_is_not_migrated(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    code, err = _run(["migrate", "--db", str(other)], capsys)
    assert code == 2 and "bukan basis data vokasi-desktop" in _one_indonesian_line(err)
    with sqlite3.connect(other) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == {"notes"}


def test_missing_database_is_not_created_except_by_init(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.sqlite3"
    for argv in (["check", NIK, "--db", str(missing)], ["migrate", "--db", str(missing)],
                 ["export", "quota", "--db", str(missing), "--out", str(tmp_path / "q.xlsx")]):
        code, err = _run(argv, capsys)
        assert code == 2 and "tidak ada" in _one_indonesian_line(err)
        assert not missing.exists()


def test_dates_outside_a_sane_range_are_refused(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["check", NIK, "--db", str(db_path), "--date", "9999-12-31"],
                 ["check", NIK, "--db", str(db_path), "--date", "2018-12-31"],
                 ["print", "letter", "1", "--db", str(db_path), "--date", "9999-01-01",
                  "--out", str(tmp_path / "a.pdf")],
                 ["export", "recap", "--db", str(db_path), "--from", "0001-01-01",
                  "--out", str(tmp_path / "r.xlsx")]):
        code, err = _run(argv, capsys)
        assert code == 2 and "rentang" in _one_indonesian_line(err), argv
    assert not (tmp_path / "a.pdf").exists()


def test_huge_ids_and_numbers(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    from tests.db.factories import TEST_PASSWORD, as_user, cli_login
    from vokasi_desktop.db.engine import open_database

    db = open_database(f"sqlite:///{db_path}")
    as_user(db, "supervisor")  # a user who may run all four commands
    db.dispose()
    login = cli_login(monkeypatch, "supervisor", TEST_PASSWORD)
    huge = str(10**30)
    for argv in (["check", huge, "--db", str(db_path), *login],
                 ["print", "letter", huge, "--db", str(db_path), "--out", str(tmp_path / "x.pdf"),
                  *login],
                 ["reprint", huge, "--reason", "x", "--db", str(db_path),
                  "--out", str(tmp_path / "y.pdf"), *login],
                 ["export", "quota", "--year", huge, "--db", str(db_path),
                  "--out", str(tmp_path / "z.xlsx"), *login]):
        code, err = _run(argv, capsys)
        assert code == 2, (argv, err)
        _one_indonesian_line(err)


def test_output_paths_missing_folder_directory_and_existing_file(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / "laporan.xlsx"
    existing.write_bytes(b"keep me")
    cases = [
        (["export", "quota", "--out", str(tmp_path / "nope" / "q.xlsx")], "tidak ada"),
        (["export", "quota", "--out", str(tmp_path)], "folder"),
        (["export", "quota", "--out", str(existing)], "--overwrite"),
        (["template", "members", str(existing)], "--overwrite"),
        (["print", "certificate", "--class", "KLS-1", "--out-dir", str(tmp_path / "nope")],
         "tidak ada"),
    ]
    for argv, words in cases:
        if argv[0] != "template":
            argv = [*argv, "--db", str(db_path)]
        code, err = _run(argv, capsys)
        assert code == 2, (argv, err)
        assert words in _one_indonesian_line(err), err
    assert existing.read_bytes() == b"keep me"
    code, err = _run(["template", "members", str(existing), "--overwrite"], capsys)
    assert code == 0, err
    assert existing.read_bytes() != b"keep me"


def test_argparse_speaks_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "penggunaan:" in out and "opsi:" in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out
    for argv, word in ((["--bogus"], "tidak dikenal"), (["check"], "wajib"),
                       (["demo", "--members", "abc"], "bilangan bulat"),
                       (["export", "nonsense", "--out", "x"], "pilihan")):
        code, err = _run(argv, capsys)
        assert code == 2 and word in _one_indonesian_line(err), err
        assert "usage" not in err and "invalid" not in err
