"""Eligibility + enrolment services on real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import both_backends
from tests.db.factories import (
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_user,
    cli_login,
    setup_branch,
)
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import BranchQuota, Enrollment, TrainingClass
from vokasi_desktop.services import catalog
from vokasi_desktop.services.enrolment import (
    NotEligibleError,
    Override,
    OverrideRequiredError,
    change_status,
    check_eligibility,
    eligible_classes,
    enrol,
    get_enrollment,
)
from vokasi_desktop.services.errors import (
    AuthError,
    ConflictError,
    QuotaExhaustedError,
    ValidationError,
)


def _quota(db: Database) -> tuple[int, int]:
    with db.read() as s:
        q = s.execute(select(BranchQuota)).scalar_one()
        return q.seats_used, q.budget_used


@both_backends
def test_eligible_member_enrols_once_per_request(database: Database) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database)
    check = check_eligibility(database, member_id, class_id, TODAY)
    assert check.verdict == "eligible", [o.message for o in check.result.blocking]
    assert check.result.rule_set_code == "VOKASI-2020"
    first = enrol(database, member_id, class_id, "req-1", as_user(database, "petugas"), on_date=TODAY)
    again = enrol(database, member_id, class_id, "req-1", as_user(database, "petugas"), on_date=TODAY)
    assert first.id == again.id and first.status == "enrolled"
    assert first.eligibility["verdict"] == "eligible"
    assert len(first.eligibility["outcomes"]) >= 20
    assert _quota(database) == (1, 2_400_000)
    with database.read() as s:
        assert s.execute(select(TrainingClass.seats_used)).scalar_one() == 1
    # A second request for the same class is refused (already enrolled / overlapping).
    with pytest.raises((ConflictError, NotEligibleError)):
        enrol(database, member_id, class_id, "req-2", as_user(database, "petugas"), on_date=TODAY)
    assert _quota(database) == (1, 2_400_000)


@both_backends
def test_eleven_months_is_not_eligible_with_reason(database: Database) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database, months=11)
    check = check_eligibility(database, member_id, class_id, TODAY)
    assert check.verdict == "not_eligible"
    outcome = check.result.outcome_of("contribution.min_months")
    assert outcome.outcome == "fail"
    assert "11" in outcome.message and "12" in outcome.message
    assert "1 bulan" in outcome.next_step
    with pytest.raises(NotEligibleError) as info:
        enrol(database, member_id, class_id, "req-x", as_user(database, "petugas"), on_date=TODAY)
    assert "Iuran" in str(info.value) or "iuran" in str(info.value)
    assert _quota(database) == (0, 0)
    with database.read() as s:
        assert s.execute(select(func.count(Enrollment.id))).scalar_one() == 0


@both_backends
def test_member_without_kpj_gets_next_step(database: Database) -> None:
    setup_branch(database)
    member_id = add_member(database, kpj=False, months=0)
    check = check_eligibility(database, member_id, None, TODAY)
    assert check.verdict == "not_eligible"
    kpj = check.result.outcome_of("membership.kpj")
    assert kpj.outcome == "fail" and "Daftar" in kpj.next_step
    assert check.result.outcome_of("institution.licence").outcome == "not_applicable"


@both_backends
def test_override_needs_supervisor_and_reason(database: Database) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database, verified=False)
    check = check_eligibility(database, member_id, class_id, TODAY)
    failing = [o.rule_id for o in check.result.blocking]
    if check.verdict != "needs_override":
        pytest.skip(f"unverified membership is not overridable in the preset: {failing}")
    with pytest.raises(OverrideRequiredError):
        enrol(database, member_id, class_id, "r1", as_user(database, "petugas"), on_date=TODAY)
    with pytest.raises(ValidationError):
        enrol(database, member_id, class_id, "r1", as_user(database, "petugas"), on_date=TODAY,
              overrides=failing, override=Override("supervisor", "vokasi-supervisor"), override_reason=" ")
    with pytest.raises(AuthError):
        enrol(database, member_id, class_id, "r1", as_user(database, "petugas"), on_date=TODAY,
              overrides=failing, override=Override("petugas", "vokasi-petugas"), override_reason="Kartu dibawa besok")
    view = enrol(database, member_id, class_id, "r1", as_user(database, "petugas"), on_date=TODAY,
                 overrides=failing, override=Override("supervisor", "vokasi-supervisor"), override_reason="Kartu dibawa besok")
    assert view.override_by == "supervisor" and view.override_reason == "Kartu dibawa besok"
    assert view.verdict == "eligible_with_warnings"
    stored = {o["rule_id"]: o for o in view.eligibility["outcomes"]}
    assert all(stored[r]["overridden"] for r in failing)


@both_backends
def test_quota_exhaustion_is_never_overridable(database: Database) -> None:
    setup_branch(database, seats=1)
    class_id = add_class(database, add_institution(database))
    a, b = add_member(database), add_member(database)
    enrol(database, a, class_id, "a", as_user(database, "petugas"), on_date=TODAY)
    check = check_eligibility(database, b, class_id, TODAY)
    seats = check.result.outcome_of("quota.seats")
    assert seats.outcome == "fail" and not seats.overridable
    with pytest.raises(QuotaExhaustedError):
        enrol(database, b, class_id, "b", as_user(database, "petugas"), on_date=TODAY,
              overrides=["quota.seats"], override=Override("supervisor", "vokasi-supervisor"), override_reason="x")


@both_backends
def test_budget_and_class_capacity(database: Database) -> None:
    setup_branch(database, seats=10, budget=2_400_000 * 2)
    inst = add_institution(database)
    small = add_class(database, inst, "KLS-SMALL", capacity=1)
    big = add_class(database, inst, "KLS-BIG", capacity=30, start_date=date(2027, 3, 1),
                    end_date=date(2027, 3, 30))
    a, b, c = add_member(database), add_member(database), add_member(database)
    enrol(database, a, small, "a", as_user(database, "petugas"), on_date=TODAY)
    with pytest.raises(QuotaExhaustedError):
        enrol(database, b, small, "b", as_user(database, "petugas"), on_date=TODAY)  # class full
    enrol(database, b, big, "b2", as_user(database, "petugas"), on_date=TODAY)
    with pytest.raises(QuotaExhaustedError):
        enrol(database, c, big, "c", as_user(database, "petugas"), on_date=TODAY)  # budget used up
    assert _quota(database) == (2, 4_800_000)


@both_backends
def test_status_flow_and_cancel_frees_seat(database: Database) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    member_id = add_member(database)
    e = enrol(database, member_id, class_id, "r", as_user(database, "petugas"), on_date=TODAY)
    with pytest.raises(ValidationError):
        change_status(database, e.id, "completed", as_user(database, "petugas"))  # must be in training first
    with pytest.raises(ValidationError):
        change_status(database, e.id, "cancelled", as_user(database, "petugas"))  # reason required
    e = change_status(database, e.id, "cancelled", as_user(database, "petugas"), reason="Mengundurkan diri")
    assert e.status == "cancelled"
    assert _quota(database) == (0, 0)
    with database.read() as s:
        assert s.execute(select(TrainingClass.seats_used)).scalar_one() == 0
    with pytest.raises(ValidationError):
        change_status(database, e.id, "in_training", as_user(database, "petugas"))  # final
    # A cancelled enrolment lets the member enrol again in the same class.
    e2 = enrol(database, member_id, class_id, "r2", as_user(database, "petugas"), on_date=TODAY)
    e2 = change_status(database, e2.id, "in_training", as_user(database, "petugas"))
    e2 = change_status(database, e2.id, "completed", as_user(database, "petugas"), result="Kompeten",
                       completion_date=date(2027, 2, 26))
    assert get_enrollment(database, e2.id).result == "Kompeten"
    assert _quota(database) == (1, 2_400_000)


@both_backends
def test_psbb_region_allows_daring_only(database: Database) -> None:
    setup_branch(database)
    inst = add_institution(database)
    luring = add_class(database, inst, "KLS-L", mode="luring")
    daring = add_class(database, inst, "KLS-D", mode="daring", start_date=date(2027, 3, 1),
                       end_date=date(2027, 3, 30))
    catalog.add_region_restriction(database, "35", date(2027, 2, 26), date(2027, 3, 31),
                                   as_user(database, "kepala"), note="PSBB Jawa Timur")
    member_id = add_member(database)
    luring_check = check_eligibility(database, member_id, luring, TODAY)
    assert luring_check.result.outcome_of("class.mode_region").outcome == "fail"
    daring_check = check_eligibility(database, member_id, daring, TODAY)
    assert daring_check.result.outcome_of("class.mode_region").outcome == "pass"
    offered = [cid for cid, _ in eligible_classes(database, member_id, TODAY)]
    assert daring in offered and luring not in offered


@both_backends
def test_pilot_2019_rule_set_is_data_driven(database: Database) -> None:
    setup_branch(database)
    class_id = add_class(database, add_institution(database))
    old = add_member(database, birth=date(1980, 1, 1))  # 46 years old
    check = check_eligibility(database, old, class_id, TODAY, rule_set_code="PILOT-2019")
    assert check.result.rule_set_code == "PILOT-2019"
    assert check.result.outcome_of("member.age").outcome == "fail"
    default = check_eligibility(database, old, class_id, TODAY)
    assert default.result.outcome_of("member.age").outcome == "not_applicable"


def test_cli_check_exit_codes_and_json(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from vokasi_desktop.cli import main
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.services.members import get_member

    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    db = open_database(url)
    from vokasi_desktop.db.migrate import upgrade_database

    upgrade_database(db.engine)
    setup_branch(db)
    add_class(db, add_institution(db), "KLS-OK")
    good = get_member(db, add_member(db))
    short = get_member(db, add_member(db, months=7))
    db.dispose()
    args = ["--db", url, "check", "--date", TODAY.isoformat(),
            *cli_login(monkeypatch, "petugas", "vokasi-petugas")]
    assert main([*args, good.nik, "--class", "KLS-OK"]) == 0
    out = capsys.readouterr().out
    assert "MEMENUHI SYARAT" in out and good.nik not in out and good.nik_masked in out
    assert main([*args, short.kpj or "", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "not_eligible"
    assert data["member"]["nik"] == short.nik_masked
    failed = {o["rule_id"]: o for o in data["outcomes"] if o["outcome"] == "fail"}
    assert "contribution.min_months" in failed
    assert "Iuran tercatat 7 bulan" in failed["contribution.min_months"]["message"]
    assert main([*args, "3578 0150 0590 0001"]) == 2  # valid shape, unknown member
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main([*args, "12345"]) == 2
    assert "16 digit" in capsys.readouterr().err
    assert main([*args, good.nik, "--class", "NOPE"]) == 2
    assert main(["--db", url, "check", good.nik, "--date", "28-11-2026"]) == 2
