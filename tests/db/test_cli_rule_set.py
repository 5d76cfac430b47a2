"""``check --rule-set``: a rule set not in force on the check date is used, with a warning.

Issue 10 item 9: the option silently evaluated a member with, e.g., the 2019 pilot rules on a
2027 date. The check still runs (comparing rule sets is what the option is for), but stderr
says which rule set, its period and the check date, in Indonesian.
"""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from tests.db.factories import TODAY, add_member, setup_branch
from vokasi_desktop.cli import main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Member


def _check(new_db_url: str, database: Database, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str, str]:
    setup_branch(database)
    member_id = add_member(database)
    with database.read() as s:
        kpj = s.execute(select(Member.kpj).where(Member.id == member_id)).scalar_one()
    monkeypatch.setattr("sys.stdin", io.StringIO("vokasi-petugas\n"))
    capsys.readouterr()
    code = main(["check", str(kpj), "--db", new_db_url, "--user", "petugas", "--password-stdin",
                 "--date", TODAY.isoformat(), *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_rule_set_not_in_force_on_the_check_date_warns_and_still_checks(
        new_db_url: str, database: Database, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _check(new_db_url, database, monkeypatch, capsys, "--rule-set", "PILOT-2019")
    assert code in (0, 1)  # the check ran
    assert "Aturan  : PILOT-2019 versi" in out
    warning = [line for line in err.splitlines() if line.startswith("Peringatan: ")]
    assert len(warning) == 1, err
    assert "PILOT-2019" in warning[0]
    assert "1 Januari 2019" in warning[0] and "31 Desember 2019" in warning[0]
    assert f"{TODAY.day} " in warning[0] and str(TODAY.year) in warning[0]  # the check date
    assert "tidak berlaku" in warning[0]


def test_rule_set_in_force_or_chosen_by_date_gives_no_warning(
        new_db_url: str, database: Database, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _check(new_db_url, database, monkeypatch, capsys, "--rule-set", "VOKASI-2020")
    assert code in (0, 1) and "VOKASI-2020" in out
    assert "Peringatan" not in err
