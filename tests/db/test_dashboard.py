"""Dashboard aggregates and the monthly report on known data, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update

from tests.conftest import both_backends
from tests.db.factories import (
    add_class,
    add_institution,
    add_member,
    as_user,
    cli_login,
    setup_branch,
)
from vokasi_desktop.cli import main as cli_main
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Enrollment
from vokasi_desktop.services.dashboard import Period, dashboard, write_monthly_report
from vokasi_desktop.services.enrolment import enrol
from vokasi_desktop.services.errors import ValidationError

TODAY = date(2027, 3, 17)  # a Wednesday; the week runs 15..21 March


def _at(day: date, hour: int = 10) -> datetime:
    """Local wall-clock time of ``day`` as UTC (what the service compares with)."""
    return datetime.combine(day, time(hour)).astimezone().astimezone(UTC)


def _world(db: Database) -> dict[str, int]:
    """Branch + quota 2027, two institutions (one licence expiring in 30 days), three classes,
    seven enrolments with fixed dates and statuses."""
    setup_branch(db, seats=50, budget=100_000_000, year=2027)
    a = add_institution(db, "LPK-A", name="LPK Alpha")
    b = add_institution(db, "LPK-B", name="LPK Beta",
                        licence_expires=TODAY + timedelta(days=30))
    add_institution(db, "LPK-C", name="LPK Gamma", licence_expires=TODAY + timedelta(days=90))
    c1 = add_class(db, a, "KLS-A1", mode="luring", capacity=10, start_date=date(2027, 1, 11),
                   end_date=date(2027, 2, 26), cost_per_participant=2_000_000)
    c2 = add_class(db, b, "KLS-B1", mode="daring", capacity=10, start_date=date(2027, 1, 11),
                   end_date=date(2027, 2, 26), cost_per_participant=1_000_000)
    add_class(db, b, "KLS-B2", mode="daring", capacity=10, start_date=TODAY + timedelta(days=2),
              end_date=TODAY + timedelta(days=40))
    plan = [  # (class, segment, employment, enrolled on, status)
        (c1, "PU", "laid_off", date(2027, 1, 5), "completed"),
        (c1, "PU", "laid_off", date(2027, 1, 20), "completed"),
        (c1, "BPU", "informal", date(2027, 2, 3), "not_passed"),
        (c2, "BPU", "informal", date(2027, 2, 27), "in_training"),
        (c2, "PMI", "migrant", date(2027, 3, 16), "enrolled"),
        (c2, "PU", "contract_ended", TODAY, "cancelled"),
        (c1, "PU", "laid_off", TODAY, "enrolled"),
    ]
    for i, (klass, segment, employment, day, status) in enumerate(plan):
        member = add_member(db, segment=segment, employment=employment)
        e = enrol(db, member, klass, f"req-{i}", as_user(db, "petugas"), on_date=date(2027, 1, 4))
        with db.write() as s:
            s.execute(update(Enrollment).where(Enrollment.id == e.id).values(
                enrolled_at=_at(day), status=status, status_changed_at=_at(day),
                status_reason="pindah kerja" if status == "cancelled" else ""))
    return {"a": a, "b": b}


@both_backends
def test_dashboard_figures_on_known_data(database: Database) -> None:
    _world(database)
    board = dashboard(database, Period.year(2027), today=TODAY)
    assert board.branch_code == "KRJ"
    assert board.enrolments == 7
    assert board.cost == 4 * 2_000_000 + 3 * 1_000_000  # class A x4, class B x3
    assert dict(board.per_month)["2027-01"] == 2
    assert dict(board.per_month)["2027-02"] == 2
    assert dict(board.per_month)["2027-03"] == 3
    assert len(board.per_month) == 12 and sum(n for _m, n in board.per_month) == 7
    assert dict(board.funnel) == {"enrolled": 2, "in_training": 1, "completed": 2,
                                  "not_passed": 1, "cancelled": 1}
    inst = {i.code: i for i in board.institutions}
    assert (inst["LPK-A"].enrolled, inst["LPK-A"].completed, inst["LPK-A"].not_passed) == (4, 2, 1)
    assert inst["LPK-A"].rate == pytest.approx(2 / 3)
    assert inst["LPK-B"].rate is None  # nobody finished yet
    assert dict(board.segments) == {"PU": 4, "BPU": 2, "PMI": 1}
    assert dict(board.employment) == {"laid_off": 3, "informal": 2, "migrant": 1,
                                      "contract_ended": 1}
    assert board.modes == (("luring", 4), ("daring", 3))
    assert [(e.code, e.days_left) for e in board.expiring] == [("LPK-B", 30)]
    assert [(c.code, c.seats_left) for c in board.starting] == [("KLS-B2", 10)]
    assert board.quota is not None and board.quota.seats == 50
    today = board.today
    assert (today.enrolled, today.cancelled) == (2, 1)
    assert today.cancel_reasons == (("pindah kerja", 1),)
    # Served today: the two members enrolled today (their registration audit entries are of
    # today's real clock, not of TODAY, unless the test runs on that date).
    assert today.served >= 2

    march = dashboard(database, Period.month(2027, 3), today=TODAY)
    assert march.enrolments == 3
    assert march.per_month == (("2027-03", 3),)
    assert dict(march.funnel)["cancelled"] == 1


@both_backends
def test_monthly_workbook_and_pdf_reopened(database: Database, tmp_path: Path) -> None:
    _world(database)
    xlsx = write_monthly_report(database, 2027, 2, tmp_path / "feb.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Ringkasan", "Lembaga", "Komposisi", "Lisensi"]
    ws = wb["Ringkasan"]
    summary = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(4, 12)}
    assert summary["Bulan laporan"] == "Februari 2027"
    assert summary["Pendaftaran bulan ini"] == 2
    assert summary["Biaya pelatihan bulan ini"] == "Rp3.000.000"
    assert len(ws._charts) == 3  # native charts: per month, status, segment
    values = {ws.cell(r, 4).value: ws.cell(r, 5).value for r in range(1, 60)}
    assert values["Jan 27"] == 2 and values["Feb 27"] == 2
    assert values["Lulus"] == 0 and values["Tidak lulus"] == 1 and values["Sedang pelatihan"] == 1
    inst = [[c.value for c in row] for row in wb["Lembaga"].iter_rows(min_row=2)]
    assert inst == [["LPK-A", "LPK Alpha", 1, 0, 1, 0.0], ["LPK-B", "LPK Beta", 1, 0, 0, None]]
    lic = [[c.value for c in row] for row in wb["Lisensi"].iter_rows(min_row=2)]
    assert lic[0][0] == "LPK-B"

    pdf = write_monthly_report(database, 2027, 2, tmp_path / "feb.pdf", today=TODAY)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "LAPORAN BULANAN PROGRAM VOKASI INDONESIA" in words
    assert "Bulan Februari 2027" in words
    assert "Rp3.000.000" in words
    assert "Hadi Purnomo" in words
    assert "LPK-B · LPK Beta" in words


@both_backends
def test_monthly_report_refuses_bad_input(database: Database, tmp_path: Path) -> None:
    _world(database)
    with pytest.raises(ValidationError):
        write_monthly_report(database, 2027, 13, tmp_path / "x.xlsx")
    with pytest.raises(ValidationError):
        write_monthly_report(database, 2027, 2, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_cli_report_monthly(database: Database, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    _world(database)
    url = database.url.render_as_string(hide_password=False)
    login = cli_login(monkeypatch)
    out = tmp_path / "maret.xlsx"
    assert cli_main(["--db", url, "report", "monthly", *login, "--month", "2027-03",
                     "--out", str(out)]) == 0
    assert openpyxl.load_workbook(out)["Ringkasan"]["B6"].value == 3
    assert cli_main(["--db", url, "report", "monthly", *login, "--month", "2027-3",
                     "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["Kesalahan: --month '2027-3' tidak valid; gunakan format YYYY-MM."]
    assert cli_main(["--db", url, "report", "monthly", *login, "--month", "2027-03",
                     "--out", str(tmp_path / "nope" / "x.pdf")]) == 2
