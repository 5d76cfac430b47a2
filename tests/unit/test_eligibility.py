"""Eligibility engine: every rule's pass and fail edge, presets, overrides, JKP-style rules."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vokasi_desktop.domain.eligibility import (
    NEVER_OVERRIDABLE,
    RULE_IDS,
    ClassFacts,
    EligibilityResult,
    EnrollmentFacts,
    InstitutionFacts,
    MemberFacts,
    QuotaFacts,
    RegionRestrictionFacts,
    RuleSetParams,
    all_rules,
    default_rule_sets,
    evaluate,
    month_index,
    months_from_periods,
)
from vokasi_desktop.domain.eligibility.presets import PILOT_2019, VOKASI_2020

V2020 = RuleSetParams.from_dict(VOKASI_2020)
P2019 = RuleSetParams.from_dict(PILOT_2019)
ON = date(2020, 7, 1)

CLASS_RULES = ("enrollment.overlap", "class.status", "class.capacity", "class.mode_region")
INSTITUTION_RULES = (
    "institution.status",
    "institution.type",
    "institution.licence",
    "institution.experience",
    "institution.partnership",
)


def paid(first: tuple[int, int], last: tuple[int, int]) -> frozenset[int]:
    """Paid months from (year, month) to (year, month), inclusive."""
    return frozenset(range(month_index(*first), month_index(*last) + 1))


def member(**changes: Any) -> MemberFacts:
    base = MemberFacts(
        member_uuid="7f0c8a52-0000-4000-8000-000000000001",
        has_kpj=True,
        membership_status="active",
        membership_verified=True,
        membership_since=date(2018, 1, 2),
        segment="PU",
        employment_status="laid_off",
        layoff_date=date(2020, 4, 15),
        birth_date=date(1990, 5, 10),
        contribution_months=paid((2018, 6), (2020, 6)),
    )
    return replace(base, **changes)


def klass(**changes: Any) -> ClassFacts:
    base = ClassFacts(
        class_code="KLS-2020-001",
        title="Menjahit dasar",
        mode="luring",
        region_code="3578",
        start_date=date(2020, 8, 3),
        end_date=date(2020, 8, 28),
        capacity=20,
        seats_used=5,
        cost=2_000_000,
        status="open",
    )
    return replace(base, **changes)


def institution(**changes: Any) -> InstitutionFacts:
    base = InstitutionFacts(
        code="LPK-SBY-01",
        name="LPK Karya Mandiri",
        type="LPK",
        licence_number="563/123/436.6.15/2019",
        licence_issuer="Dinas Ketenagakerjaan Kota Surabaya",
        licence_issued=date(2019, 1, 10),
        licence_expires=date(2022, 1, 9),
        founded_on=date(2015, 2, 1),
        partnership_from=date(2020, 3, 15),
        partnership_to=date(2021, 3, 14),
        status="active",
    )
    return replace(base, **changes)


def quota(**changes: Any) -> QuotaFacts:
    base = QuotaFacts(
        program_year=2020,
        seats=225,
        seats_used=100,
        budget=500_000_000,
        budget_used=200_000_000,
    )
    return replace(base, **changes)


def check(
    rule_set: RuleSetParams = V2020,
    *,
    m: MemberFacts | None = None,
    k: ClassFacts | None = None,
    i: InstitutionFacts | None = None,
    q: QuotaFacts | None = None,
    no_class: bool = False,
    no_quota: bool = False,
    restrictions: tuple[RegionRestrictionFacts, ...] = (),
    on: date = ON,
    overrides: frozenset[str] = frozenset(),
) -> EligibilityResult:
    return evaluate(
        rule_set,
        m or member(),
        None if no_class else (k or klass()),
        None if no_class else (i or institution()),
        None if no_quota else (q or quota()),
        restrictions,
        on,
        overrides=overrides,
    )


def outcome_of(result: EligibilityResult, rule_id: str) -> str:
    return result.outcome_of(rule_id).outcome


# --- the whole check ---------------------------------------------------------------------------


def test_happy_path_vokasi_2020_is_eligible_and_reports_every_rule() -> None:
    result = check()
    assert result.verdict == "eligible"
    assert result.summary_id() == "Memenuhi syarat"
    assert result.is_eligible
    assert [o.rule_id for o in result.outcomes] == list(RULE_IDS)
    assert result.rule_set_code == "VOKASI-2020"
    assert result.rule_set_version == 1
    assert result.checked_on == ON
    assert result.blocking == () and result.warnings == ()
    # Pilot-only rules are not part of the 2020 rule set.
    for rule_id in (
        "membership.inactive",
        "member.layoff_window",
        "member.age",
        "member.once_per_person",
        "member.membership_duration",
        "contribution.window",
        "contribution.consecutive",
        "class.cost_cap",
    ):
        o = result.outcome_of(rule_id)
        assert o.outcome == "not_applicable", rule_id
        assert o.message == "Tidak diterapkan pada aturan VOKASI-2020 versi 1."
    for o in result.outcomes:
        if o.outcome in ("pass", "not_applicable"):
            assert o.next_step == ""
        assert o.title


def test_registry_matches_catalogue() -> None:
    rules = all_rules()
    assert [r.rule_id for r in rules] == list(RULE_IDS)
    assert {r.rule_id for r in rules if r.never_overridable} == NEVER_OVERRIDABLE
    assert len({r.title for r in rules}) == len(rules)


def test_member_only_check_skips_class_and_institution_rules_but_not_quota() -> None:
    result = check(no_class=True)
    for rule_id in CLASS_RULES + INSTITUTION_RULES:
        assert outcome_of(result, rule_id) == "not_applicable", rule_id
    assert result.outcome_of("class.status").message == "Tidak berlaku: pemeriksaan tanpa kelas."
    assert result.outcome_of("institution.licence").message == (
        "Tidak berlaku: pemeriksaan tanpa lembaga pelatihan."
    )
    seats = result.outcome_of("quota.seats")
    assert seats.outcome == "pass"
    assert seats.figures["seats_left"] == 125
    budget = result.outcome_of("quota.budget")
    assert budget.outcome == "pass"
    assert budget.message == "Sisa anggaran cabang 2020: Rp300.000.000."
    assert result.verdict == "eligible"


def test_member_only_check_without_quota_blocks() -> None:
    result = check(no_class=True, no_quota=True)
    assert result.verdict == "not_eligible"
    assert {o.rule_id for o in result.blocking} == {"quota.seats", "quota.budget"}
    assert result.outcome_of("quota.seats").message == (
        "Kuota cabang untuk tahun program ini belum ditetapkan."
    )


def test_member_only_check_with_empty_budget_blocks() -> None:
    result = check(no_class=True, q=quota(budget_used=500_000_000))
    assert outcome_of(result, "quota.budget") == "fail"


def test_class_without_institution_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="without its institution"):
        evaluate(V2020, member(), klass(), None, quota(), (), ON)


def test_all_failures_are_reported_not_only_the_first() -> None:
    stranger = member(
        has_kpj=False,
        membership_status="none",
        membership_verified=False,
        membership_since=None,
        contribution_months=frozenset(),
    )
    result = check(m=stranger)
    failed = {o.rule_id for o in result.blocking}
    assert failed == {
        "membership.kpj",
        "membership.active",
        "membership.verified",
        "contribution.min_months",
    }
    assert result.verdict == "not_eligible"
    assert result.summary_id() == "Tidak memenuhi syarat"
    kpj = result.outcome_of("membership.kpj")
    assert kpj.next_step == (
        "Daftar sebagai peserta BPJS Ketenagakerjaan terlebih dahulu. "
        "Setelah itu bayar iuran 12 bulan, lalu kembali."
    )
    assert result.outcome_of("contribution.min_months").next_step == (
        "Daftar sebagai peserta BPJS Ketenagakerjaan dan bayar iuran 12 bulan terlebih dahulu."
    )


# --- membership ---------------------------------------------------------------------------------


def test_kpj_required() -> None:
    assert outcome_of(check(), "membership.kpj") == "pass"
    o = check(m=member(has_kpj=False)).outcome_of("membership.kpj")
    assert o.outcome == "fail"
    assert o.next_step.startswith("Daftar sebagai peserta BPJS Ketenagakerjaan terlebih dahulu.")
    assert o.figures == {"has_kpj": 0}


@pytest.mark.parametrize(
    ("status", "outcome", "next_step_start"),
    [
        ("active", "pass", ""),
        ("inactive", "fail", "Aktifkan kembali kepesertaan"),
        ("none", "fail", "Daftar sebagai peserta"),
    ],
)
def test_active_membership(status: str, outcome: str, next_step_start: str) -> None:
    o = check(m=member(membership_status=status)).outcome_of("membership.active")
    assert o.outcome == outcome
    assert o.next_step.startswith(next_step_start)
    assert o.figures["membership_status"] == status


@pytest.mark.parametrize(
    ("status", "outcome"), [("inactive", "pass"), ("active", "fail"), ("none", "fail")]
)
def test_inactive_membership_for_the_pilot(status: str, outcome: str) -> None:
    result = check(P2019, m=pilot_member(membership_status=status), on=date(2019, 9, 2))
    assert outcome_of(result, "membership.inactive") == outcome


def test_unverified_membership_needs_override_and_override_makes_it_eligible() -> None:
    unverified = member(membership_verified=False)
    result = check(m=unverified)
    o = result.outcome_of("membership.verified")
    assert (o.outcome, o.overridable, o.overridden) == ("fail", True, False)
    assert "JMO" in o.next_step
    assert result.verdict == "needs_override"
    assert result.summary_id() == "Perlu persetujuan supervisor"
    assert result.overridable_failures == (o,)
    assert not result.is_eligible

    overridden = check(m=unverified, overrides=frozenset({"membership.verified"}))
    o = overridden.outcome_of("membership.verified")
    assert (o.outcome, o.overridden) == ("fail", True)
    assert overridden.blocking == ()
    assert overridden.overridden == (o,)
    assert overridden.verdict == "eligible_with_warnings"
    assert overridden.summary_id() == "Memenuhi syarat dengan catatan"
    assert overridden.is_eligible


def test_override_on_a_passing_rule_changes_nothing() -> None:
    result = check(overrides=frozenset({"membership.verified"}))
    assert result.verdict == "eligible"
    assert result.overridden == ()


def test_override_of_a_rule_the_rule_set_does_not_make_overridable_is_ignored() -> None:
    result = check(
        m=member(contribution_months=paid((2020, 1), (2020, 6))),
        overrides=frozenset({"contribution.min_months"}),
    )
    o = result.outcome_of("contribution.min_months")
    assert (o.outcome, o.overridable, o.overridden) == ("fail", False, False)
    assert result.verdict == "not_eligible"


def test_unknown_override_id_is_refused() -> None:
    with pytest.raises(ValueError, match=r"membership\.typo"):
        check(overrides=frozenset({"membership.typo"}))


def test_mixed_failures_need_more_than_an_override() -> None:
    result = check(m=member(membership_verified=False, segment="PU"), k=klass(status="closed"))
    assert result.verdict == "not_eligible"
    assert [o.rule_id for o in result.overridable_failures] == ["membership.verified"]
    assert {o.rule_id for o in result.blocking} == {"membership.verified", "class.status"}


@pytest.mark.parametrize("rule_id", sorted(NEVER_OVERRIDABLE))
def test_never_overridable_rules_resist_params_and_overrides(rule_id: str) -> None:
    params = RuleSetParams.from_dict(
        {**VOKASI_2020, "parameters": {**VOKASI_2020["parameters"], "overridable_rules": [rule_id]}}
    )
    assert params.overridable_rules == (rule_id,)
    assert not params.is_overridable(rule_id)
    k, q = {
        "quota.seats": (klass(), quota(seats_used=225)),
        "quota.budget": (klass(), quota(budget_used=499_000_000)),
        "class.capacity": (klass(seats_used=20), quota()),
    }[rule_id]
    result = check(params, k=k, q=q, overrides=frozenset({rule_id}))
    o = result.outcome_of(rule_id)
    assert (o.outcome, o.overridable, o.overridden) == ("fail", False, False)
    assert result.blocking == (o,)
    assert result.verdict == "not_eligible"


# --- contributions ------------------------------------------------------------------------------


@pytest.mark.parametrize(("months", "outcome"), [(11, "fail"), (12, "pass"), (13, "pass")])
def test_contribution_months_11_vs_12(months: int, outcome: str) -> None:
    # Paid months ending with the check month (July 2020 is the month of ON).
    history = frozenset(range(month_index(2020, 7) - months + 1, month_index(2020, 7) + 1))
    o = check(m=member(contribution_months=history)).outcome_of("contribution.min_months")
    assert o.outcome == outcome
    assert o.message == f"Iuran tercatat {months} bulan; minimal 12 bulan."
    assert o.figures["paid_months"] == months
    assert o.figures["required_months"] == 12
    if outcome == "fail":
        assert o.next_step == "Lunasi iuran 1 bulan lagi, lalu kembali."
        assert o.figures["missing_months"] == 1
    else:
        assert o.next_step == ""


def test_contribution_message_from_the_brief() -> None:
    history = months_from_periods([(date(2019, 12, 1), date(2020, 6, 30))])
    o = check(m=member(contribution_months=history)).outcome_of("contribution.min_months")
    assert o.message == "Iuran tercatat 7 bulan; minimal 12 bulan."
    assert o.next_step == "Lunasi iuran 5 bulan lagi, lalu kembali."


def test_contributions_paid_in_advance_do_not_count() -> None:
    history = paid((2020, 1), (2020, 12))  # 12 months, 5 of them after July 2020
    o = check(m=member(contribution_months=history)).outcome_of("contribution.min_months")
    assert o.outcome == "fail"
    assert o.figures["paid_months"] == 7


def test_gaps_in_contributions_still_count_towards_the_total() -> None:
    history = paid((2016, 1), (2016, 6)) | paid((2020, 1), (2020, 6))
    assert outcome_of(check(m=member(contribution_months=history)), "contribution.min_months") == (
        "pass"
    )


# --- JKP-style: N months within a window, N consecutive before the layoff --------------------

JKP = RuleSetParams(
    code="JKP-LIKE",
    version=1,
    name="Uji JKP",
    effective_from=date(2021, 2, 2),
    require_kpj=True,
    require_active_membership=False,
    min_contribution_months=12,
    contribution_window_months=24,
    contribution_window_anchor="layoff",
    min_consecutive_months=6,
    consecutive_before_layoff=True,
    allowed_segments=("PU",),
    allowed_employment_statuses=("laid_off", "contract_ended"),
    layoff_months_max=6,
    max_cost_per_participant=2_400_000,
)
JKP_ON = date(2025, 7, 1)
JKP_LAYOFF = date(2025, 5, 20)  # May 2025; the 24-month window is June 2023 .. May 2025


def jkp(history: frozenset[int], **changes: Any) -> EligibilityResult:
    return check(
        JKP,
        m=member(contribution_months=history, layoff_date=JKP_LAYOFF, **changes),
        k=klass(cost=2_400_000, start_date=date(2025, 8, 4), end_date=date(2025, 8, 29)),
        i=institution(licence_expires=None, partnership_from=date(2025, 1, 1), partnership_to=None),
        q=quota(program_year=2025),
        on=JKP_ON,
    )


def test_jkp_like_rule_set_passes_a_typical_laid_off_worker() -> None:
    result = jkp(paid((2024, 6), (2025, 5)))
    window = result.outcome_of("contribution.window")
    assert window.outcome == "pass"
    assert window.message == (
        "Iuran dalam 24 bulan sampai PHK (Juni 2023 s.d. Mei 2025) tercatat 12 bulan; "
        "minimal 12 bulan."
    )
    assert window.figures["window_first"] == "2023-06"
    assert window.figures["window_last"] == "2025-05"
    run = result.outcome_of("contribution.consecutive")
    assert run.outcome == "pass"
    assert run.figures["consecutive_months"] == 12
    assert outcome_of(result, "contribution.min_months") == "not_applicable"
    assert outcome_of(result, "class.cost_cap") == "pass"
    assert result.verdict == "eligible"


def test_jkp_window_counts_only_months_inside_the_window() -> None:
    # 11 months inside (July 2024 .. May 2025) plus May 2023, just outside the window.
    history = paid((2024, 7), (2025, 5)) | {month_index(2023, 5)}
    o = jkp(history).outcome_of("contribution.window")
    assert o.outcome == "fail"
    assert o.figures["paid_months"] == 11
    assert "koreksi data iuran" in o.next_step
    # June 2023 is the first month inside the window.
    history = paid((2024, 7), (2025, 5)) | {month_index(2023, 6)}
    assert outcome_of(jkp(history), "contribution.window") == "pass"


def test_jkp_months_after_the_layoff_do_not_rescue_the_window() -> None:
    history = paid((2024, 7), (2025, 7))  # 11 before/at the layoff month, 2 after
    o = jkp(history).outcome_of("contribution.window")
    assert (o.outcome, o.figures["paid_months"]) == ("fail", 11)


def test_jkp_consecutive_run_must_reach_the_layoff() -> None:
    # 12 months within the window, but the last run before the layoff is 5 months.
    history = paid((2023, 7), (2023, 12)) | paid((2024, 1), (2024, 1)) | paid((2025, 1), (2025, 5))
    result = jkp(history)
    assert outcome_of(result, "contribution.window") == "pass"
    o = result.outcome_of("contribution.consecutive")
    assert o.outcome == "fail"
    assert o.figures["consecutive_months"] == 5
    assert o.message == (
        "Iuran berturut-turut sampai PHK (Mei 2025) 5 bulan (Januari 2025 s.d. Mei 2025); "
        "minimal 6 bulan."
    )


def test_jkp_run_may_end_the_month_before_the_layoff() -> None:
    history = paid((2024, 5), (2025, 4))  # layoff month May 2025 itself unpaid
    o = jkp(history).outcome_of("contribution.consecutive")
    assert (o.outcome, o.figures["consecutive_months"], o.figures["run_last"]) == (
        "pass",
        12,
        "2025-04",
    )


def test_jkp_run_ending_two_months_before_the_layoff_fails() -> None:
    history = paid((2024, 4), (2025, 3))
    o = jkp(history).outcome_of("contribution.consecutive")
    assert (o.outcome, o.figures["consecutive_months"]) == ("fail", 0)
    assert o.message == "Iuran berturut-turut sampai PHK (Mei 2025) 0 bulan; minimal 6 bulan."


def test_jkp_without_layoff_date_fails_with_a_data_step() -> None:
    result = check(JKP, m=member(layoff_date=None), on=JKP_ON, k=klass(cost=1))
    for rule_id in ("contribution.window", "contribution.consecutive", "member.layoff_window"):
        o = result.outcome_of(rule_id)
        assert o.outcome == "fail", rule_id
        assert o.next_step.startswith("Lengkapi tanggal PHK"), rule_id


def test_jkp_cost_cap_edges() -> None:
    m = member(contribution_months=paid((2024, 6), (2025, 5)), layoff_date=JKP_LAYOFF)
    at_cap = check(JKP, m=m, k=klass(cost=2_400_000), on=JKP_ON)
    assert outcome_of(at_cap, "class.cost_cap") == "pass"
    over = check(JKP, m=m, k=klass(cost=2_400_001), on=JKP_ON).outcome_of("class.cost_cap")
    assert over.outcome == "fail"
    assert over.message == "Biaya kelas Rp2.400.001 per peserta melebihi batas Rp2.400.000."
    assert over.figures == {"class_cost": 2_400_001, "cost_cap": 2_400_000}


def test_window_anchored_at_the_check_date() -> None:
    params = replace(JKP, contribution_window_anchor="check_date", consecutive_before_layoff=False)
    # Window July 2023 .. June 2025 when checked in June 2025.
    on = date(2025, 6, 30)
    history = paid((2024, 7), (2025, 6)) | {month_index(2023, 6)}
    o = check(params, m=member(contribution_months=history), on=on).outcome_of(
        "contribution.window"
    )
    assert (o.outcome, o.figures["paid_months"]) == ("pass", 12)
    history = paid((2024, 8), (2025, 6)) | {month_index(2023, 6)}
    o = check(params, m=member(contribution_months=history), on=on).outcome_of(
        "contribution.window"
    )
    assert (o.outcome, o.figures["paid_months"]) == ("fail", 11)
    assert o.next_step.startswith("Perlu sedikitnya 1 bulan iuran lagi dalam 24 bulan terakhir")


def test_longest_run_without_layoff_anchor() -> None:
    params = replace(V2020, min_consecutive_months=6)
    history = paid((2019, 1), (2019, 4)) | paid((2019, 6), (2019, 10)) | paid((2020, 1), (2020, 6))
    o = check(params, m=member(contribution_months=history)).outcome_of("contribution.consecutive")
    assert (o.outcome, o.figures["consecutive_months"], o.figures["run_last"]) == (
        "pass",
        6,
        "2020-06",
    )
    history = paid((2019, 1), (2019, 5)) | paid((2019, 7), (2019, 11))
    o = check(params, m=member(contribution_months=history)).outcome_of("contribution.consecutive")
    assert (o.outcome, o.figures["consecutive_months"]) == ("fail", 5)
    assert o.next_step.startswith("Bayar iuran tanpa terputus")


# --- member rules ---------------------------------------------------------------------------------


def pilot_member(**changes: Any) -> MemberFacts:
    base = member(
        membership_status="inactive",
        membership_since=date(2016, 3, 1),
        segment="PU",
        employment_status="laid_off",
        layoff_date=date(2019, 3, 15),
        birth_date=date(1985, 1, 20),
        contribution_months=paid((2016, 3), (2019, 3)),
    )
    return replace(base, **changes)


def pilot(on: date, m: MemberFacts | None = None, **kwargs: Any) -> EligibilityResult:
    k = kwargs.pop("k", klass(start_date=date(2019, 10, 7), end_date=date(2019, 11, 1)))
    i = kwargs.pop("i", institution(partnership_from=date(2019, 1, 1)))
    return check(
        P2019, m=m or pilot_member(), k=k, i=i, q=quota(program_year=2019), on=on, **kwargs
    )


def test_pilot_happy_path() -> None:
    result = pilot(date(2019, 9, 2))
    assert result.verdict == "eligible", [o.message for o in result.blocking]
    assert result.rule_set_code == "PILOT-2019"
    assert outcome_of(result, "membership.active") == "not_applicable"
    assert outcome_of(result, "class.mode_region") == "not_applicable"
    assert outcome_of(result, "contribution.min_months") == "not_applicable"


@pytest.mark.parametrize(
    ("segment", "outcome"), [("PU", "pass"), ("BPU", "fail"), ("PMI", "fail"), ("JAKON", "fail")]
)
def test_pilot_segment(segment: str, outcome: str) -> None:
    o = pilot(date(2019, 9, 2), pilot_member(segment=segment)).outcome_of("member.segment")
    assert o.outcome == outcome
    if outcome == "fail":
        assert o.message.endswith("tidak termasuk; yang diizinkan: PU.")


@pytest.mark.parametrize("segment", ["PU", "BPU", "PMI", "JAKON"])
@pytest.mark.parametrize(
    "status", ["employed", "laid_off", "contract_ended", "informal", "migrant"]
)
def test_vokasi_2020_admits_every_segment_and_status(segment: str, status: str) -> None:
    result = check(m=member(segment=segment, employment_status=status))
    assert outcome_of(result, "member.segment") == "pass"
    assert outcome_of(result, "member.employment_status") == "pass"


@pytest.mark.parametrize(
    ("status", "outcome"),
    [("laid_off", "pass"), ("contract_ended", "pass"), ("employed", "fail"), ("informal", "fail")],
)
def test_pilot_employment_status(status: str, outcome: str) -> None:
    result = pilot(date(2019, 9, 2), pilot_member(employment_status=status))
    assert outcome_of(result, "member.employment_status") == outcome


@pytest.mark.parametrize(
    ("on", "outcome"),
    [
        (date(2019, 4, 14), "fail"),  # 0 full months
        (date(2019, 4, 15), "pass"),  # exactly 1 month
        (date(2021, 3, 15), "pass"),  # exactly 24 months
        (date(2021, 3, 16), "fail"),  # 24 months and a day
    ],
)
def test_layoff_window_edges(on: date, outcome: str) -> None:
    o = pilot(on, k=klass(start_date=on, end_date=on)).outcome_of("member.layoff_window")
    assert o.outcome == outcome
    assert o.figures["layoff_date"] == "2019-03-15"
    if on == date(2019, 4, 14):
        assert o.next_step == "Kembali pada atau setelah 15 April 2019."
    if on == date(2021, 3, 16):
        assert o.message == "PHK 15 Maret 2019; batas 24 bulan sejak PHK berakhir 15 Maret 2021."


def test_layoff_window_clamps_month_ends() -> None:
    m = pilot_member(layoff_date=date(2019, 1, 31))
    assert outcome_of(pilot(date(2019, 2, 27), m), "member.layoff_window") == "fail"
    assert outcome_of(pilot(date(2019, 2, 28), m), "member.layoff_window") == "pass"


def test_layoff_window_missing_or_future_layoff() -> None:
    missing = pilot(date(2019, 9, 2), pilot_member(layoff_date=None)).outcome_of(
        "member.layoff_window"
    )
    assert missing.outcome == "fail"
    assert missing.next_step.startswith("Lengkapi tanggal PHK")
    future = pilot(date(2019, 9, 2), pilot_member(layoff_date=date(2019, 10, 1))).outcome_of(
        "member.layoff_window"
    )
    assert future.outcome == "fail"
    assert future.next_step == "Periksa kembali tanggal PHK pada data peserta."


@pytest.mark.parametrize(
    ("birth", "on", "age", "outcome"),
    [
        (date(1979, 6, 10), date(2019, 6, 9), 39, "pass"),
        (date(1978, 6, 10), date(2019, 6, 9), 40, "pass"),  # day before 41st birthday
        (date(1978, 6, 10), date(2019, 6, 10), 41, "fail"),  # 41st birthday
        (date(1978, 2, 28), date(2019, 2, 27), 40, "pass"),
    ],
)
def test_pilot_age_limit(birth: date, on: date, age: int, outcome: str) -> None:
    result = pilot(on, pilot_member(birth_date=birth, layoff_date=date(2019, 1, 2)))
    o = result.outcome_of("member.age")
    assert (o.outcome, o.figures["age"]) == (outcome, age)
    assert o.message == f"Usia {age} tahun; ketentuan maksimal 40 tahun."


def test_age_with_a_29_february_birthday() -> None:
    params = replace(P2019, effective_to=None)
    m = pilot_member(birth_date=date(1980, 2, 29), layoff_date=date(2020, 12, 1))
    k = klass(start_date=date(2021, 3, 8), end_date=date(2021, 3, 31))
    # In 2021 (not a leap year) the 41st birthday falls on 1 March.
    before = check(params, m=m, k=k, on=date(2021, 2, 28)).outcome_of("member.age")
    assert (before.outcome, before.figures["age"]) == ("pass", 40)
    on_birthday = check(params, m=m, k=k, on=date(2021, 3, 1)).outcome_of("member.age")
    assert (on_birthday.outcome, on_birthday.figures["age"]) == ("fail", 41)


def test_minimum_age_tells_when_to_come_back() -> None:
    params = replace(V2020, age_min=18)
    m = member(birth_date=date(2004, 2, 29))
    o = check(params, m=m, on=date(2022, 2, 28)).outcome_of("member.age")
    assert (o.outcome, o.figures["age"]) == ("fail", 17)
    assert o.next_step == "Kembali pada atau setelah 1 Maret 2022."
    assert outcome_of(check(params, m=m, on=date(2022, 3, 1)), "member.age") == "pass"


@pytest.mark.parametrize(("count", "outcome"), [(0, "pass"), (1, "fail"), (3, "fail")])
def test_once_per_person(count: int, outcome: str) -> None:
    o = pilot(date(2019, 9, 2), pilot_member(past_enrollment_count=count)).outcome_of(
        "member.once_per_person"
    )
    assert (o.outcome, o.figures["past_enrollments"]) == (outcome, count)
    # VOKASI-2020 allows repeated training.
    assert outcome_of(check(m=member(past_enrollment_count=count)), "member.once_per_person") == (
        "not_applicable"
    )


@pytest.mark.parametrize(
    ("since", "outcome", "months"),
    [(date(2018, 9, 2), "pass", 12), (date(2018, 9, 3), "fail", 11)],
)
def test_membership_duration_edges(since: date, outcome: str, months: int) -> None:
    o = pilot(date(2019, 9, 2), pilot_member(membership_since=since)).outcome_of(
        "member.membership_duration"
    )
    assert (o.outcome, o.figures["membership_months"]) == (outcome, months)
    if outcome == "fail":
        assert o.next_step == "Kembali pada atau setelah 3 September 2019."


def test_membership_duration_unknown_start() -> None:
    o = pilot(date(2019, 9, 2), pilot_member(membership_since=None)).outcome_of(
        "member.membership_duration"
    )
    assert o.outcome == "fail"
    assert o.next_step.startswith("Lengkapi tanggal mulai kepesertaan")


def test_pilot_refuses_an_active_member_and_a_second_training() -> None:
    result = pilot(
        date(2019, 9, 2), pilot_member(membership_status="active", past_enrollment_count=1)
    )
    assert {o.rule_id for o in result.blocking} == {"membership.inactive", "member.once_per_person"}


# --- enrolment overlap ------------------------------------------------------------------------------


def enrolled(code: str, start: date, end: date) -> MemberFacts:
    return member(active_enrollments=(EnrollmentFacts(code, start, end, "enrolled"),))


@pytest.mark.parametrize(
    ("start", "end", "outcome"),
    [
        (date(2020, 7, 1), date(2020, 8, 2), "pass"),  # ends the day before
        (date(2020, 7, 1), date(2020, 8, 3), "fail"),  # ends on the class's first day
        (date(2020, 8, 28), date(2020, 9, 30), "fail"),  # starts on the class's last day
        (date(2020, 8, 29), date(2020, 9, 30), "pass"),  # starts the day after
        (date(2020, 8, 10), date(2020, 8, 12), "fail"),  # inside
    ],
)
def test_overlap_edges(start: date, end: date, outcome: str) -> None:
    o = check(m=enrolled("KLS-OTHER", start, end)).outcome_of("enrollment.overlap")
    assert o.outcome == outcome
    if outcome == "fail":
        assert o.figures["conflicting_class"] == "KLS-OTHER"
        assert "KLS-OTHER" in o.next_step


def test_already_enrolled_in_the_same_class() -> None:
    o = check(m=enrolled("KLS-2020-001", date(2020, 8, 3), date(2020, 8, 28))).outcome_of(
        "enrollment.overlap"
    )
    assert o.outcome == "fail"
    assert o.message == "Peserta sudah terdaftar di kelas KLS-2020-001."


# --- quota and class ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("used", "outcome"), [(224, "pass"), (225, "fail")])
def test_quota_seats(used: int, outcome: str) -> None:
    o = check(q=quota(seats_used=used)).outcome_of("quota.seats")
    assert o.outcome == outcome
    assert o.overridable is False
    if outcome == "fail":
        assert o.message == "Kuota cabang 2020 habis: 225 dari 225 kursi terpakai."


@pytest.mark.parametrize(("left", "outcome"), [(2_000_000, "pass"), (1_999_999, "fail")])
def test_quota_budget_against_class_cost(left: int, outcome: str) -> None:
    o = check(q=quota(budget=10_000_000, budget_used=10_000_000 - left)).outcome_of("quota.budget")
    assert o.outcome == outcome
    assert o.figures["budget_left"] == left
    assert o.figures["class_cost"] == 2_000_000
    if outcome == "fail":
        assert o.message == (
            "Sisa anggaran cabang 2020 Rp1.999.999; biaya kelas Rp2.000.000 per peserta."
        )


def test_quota_rules_can_be_switched_off_by_the_rule_set() -> None:
    params = replace(V2020, require_quota_seats=False, require_quota_budget=False)
    result = check(params, no_quota=True)
    assert outcome_of(result, "quota.seats") == "not_applicable"
    assert outcome_of(result, "quota.budget") == "not_applicable"
    assert result.verdict == "eligible"


@pytest.mark.parametrize(("used", "outcome"), [(19, "pass"), (20, "fail"), (25, "fail")])
def test_class_capacity(used: int, outcome: str) -> None:
    o = check(k=klass(seats_used=used)).outcome_of("class.capacity")
    assert o.outcome == outcome
    assert o.figures["seats_left"] == max(20 - used, 0)


@pytest.mark.parametrize(
    ("status", "on", "outcome"),
    [
        ("open", date(2020, 8, 3), "pass"),  # enrolling on the first day
        ("open", date(2020, 8, 4), "warn"),  # joining late
        ("open", date(2020, 8, 28), "warn"),  # last day
        ("open", date(2020, 8, 29), "fail"),  # finished
        ("closed", ON, "fail"),
        ("draft", ON, "fail"),
    ],
)
def test_class_status(status: str, on: date, outcome: str) -> None:
    result = check(k=klass(status=status), on=on)
    o = result.outcome_of("class.status")
    assert o.outcome == outcome
    if outcome == "warn":
        assert result.verdict == "eligible_with_warnings"
        assert result.warnings == (o,)
        assert o.next_step
    if status == "closed":
        assert o.message == (
            "Status kelas KLS-2020-001: ditutup; pendaftaran hanya untuk kelas yang dibuka."
        )


# --- PSBB: daring only ---------------------------------------------------------------------------------


def psbb(code: str, start: date, end: date, level: str = "PSBB") -> RegionRestrictionFacts:
    return RegionRestrictionFacts(code, level, start, end)


@pytest.mark.parametrize(
    ("restriction", "outcome"),
    [
        (psbb("3578", date(2020, 4, 28), date(2020, 8, 3)), "fail"),  # ends on class start day
        (psbb("3578", date(2020, 4, 28), date(2020, 8, 2)), "pass"),  # ends the day before
        (psbb("3578", date(2020, 8, 28), date(2020, 9, 30)), "fail"),  # starts on the last day
        (psbb("3578", date(2020, 8, 29), date(2020, 9, 30)), "pass"),  # starts the day after
        (psbb("35", date(2020, 8, 10), date(2020, 8, 11)), "fail"),  # province-wide
        (psbb("31", date(2020, 4, 10), date(2020, 12, 31)), "pass"),  # another province
        (psbb("3515", date(2020, 4, 28), date(2020, 9, 30)), "pass"),  # neighbouring regency
        (psbb("3578", date(2020, 4, 28), date(2020, 9, 30), "psbb"), "fail"),  # case
        (psbb("3578", date(2020, 4, 28), date(2020, 9, 30), "PPKM"), "pass"),  # other level
    ],
)
def test_psbb_region_forces_daring(restriction: RegionRestrictionFacts, outcome: str) -> None:
    o = check(restrictions=(restriction,)).outcome_of("class.mode_region")
    assert o.outcome == outcome
    if outcome == "fail":
        assert o.next_step == "Pilih kelas daring atau kelas di wilayah lain."
        assert o.figures["restriction_region"] == restriction.region_code


def test_psbb_message_and_modes() -> None:
    restriction = psbb("3578", date(2020, 4, 28), date(2020, 8, 31))
    luring = check(restrictions=(restriction,)).outcome_of("class.mode_region")
    assert luring.message == (
        "Kabupaten/Kota 3578 berstatus PSBB (28 April 2020 s.d. 31 Agustus 2020) selama jadwal "
        "kelas; "
        "kelas luring (tatap muka) tidak diizinkan, hanya daring."
    )
    blended = check(k=klass(mode="blended"), restrictions=(restriction,))
    assert outcome_of(blended, "class.mode_region") == "fail"
    daring = check(k=klass(mode="daring"), restrictions=(restriction,))
    assert outcome_of(daring, "class.mode_region") == "pass"
    assert daring.verdict == "eligible"


def test_psbb_rule_not_in_the_pilot() -> None:
    restriction = psbb("3578", date(2019, 1, 1), date(2019, 12, 31))
    assert outcome_of(
        pilot(date(2019, 9, 2), restrictions=(restriction,)), "class.mode_region"
    ) == ("not_applicable")


# --- institution ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "outcome"), [("active", "pass"), ("suspended", "fail"), ("inactive", "fail")]
)
def test_institution_status(status: str, outcome: str) -> None:
    assert outcome_of(check(i=institution(status=status)), "institution.status") == outcome


def test_institution_type() -> None:
    params = replace(V2020, allowed_institution_types=("LPK", "BLK"))
    assert outcome_of(check(params), "institution.type") == "pass"
    o = check(params, i=institution(type="LKP", licence_issuer="Dinas Pendidikan")).outcome_of(
        "institution.type"
    )
    assert o.outcome == "fail"
    assert o.message == "Jenis lembaga LKP tidak termasuk; yang diizinkan: LPK dan BLK."


@pytest.mark.parametrize(
    ("expires", "outcome"),
    [
        (date(2020, 8, 2), "fail"),  # the day before the class starts
        (date(2020, 8, 3), "warn"),  # on the start day: valid, but not until the class ends
        (date(2020, 8, 27), "warn"),
        (date(2020, 8, 28), "pass"),  # until the last class day
        (None, "pass"),  # no expiry
    ],
)
def test_licence_validity_on_class_start(expires: date | None, outcome: str) -> None:
    o = check(i=institution(licence_expires=expires)).outcome_of("institution.licence")
    assert o.outcome == outcome
    if expires == date(2020, 8, 2):
        assert o.message == (
            "Izin 563/123/436.6.15/2019 berakhir 2 Agustus 2020, sebelum kelas mulai "
            "3 Agustus 2020."
        )
        assert o.next_step.startswith("Minta lembaga memperpanjang izin")


def test_licence_issued_after_class_start_fails() -> None:
    o = check(i=institution(licence_issued=date(2020, 8, 4))).outcome_of("institution.licence")
    assert o.outcome == "fail"
    assert "baru terbit 4 Agustus 2020" in o.message
    on_start = check(i=institution(licence_issued=date(2020, 8, 3)))
    assert outcome_of(on_start, "institution.licence") == "pass"


@pytest.mark.parametrize("number", [None, "", "   "])
def test_licence_missing(number: str | None) -> None:
    o = check(i=institution(licence_number=number)).outcome_of("institution.licence")
    assert o.outcome == "fail"
    assert o.message == "Izin lembaga LPK Karya Mandiri belum tercatat."


@pytest.mark.parametrize(
    ("kind", "issuer", "outcome"),
    [
        ("LPK", "Dinas Ketenagakerjaan Kota Surabaya", "pass"),
        ("LPK", "DINAS KETENAGAKERJAAN KOTA SURABAYA", "pass"),
        ("LPK", "Dinas Tenaga Kerja Kota Surabaya", "pass"),
        ("LPK", "Disnakertrans Provinsi Jawa Timur", "pass"),
        ("LPK", "Dinas Pendidikan Kota Surabaya", "fail"),
        ("LPK", "Dinas Perdagangan Kota Surabaya", "fail"),
        ("LPK", None, "fail"),
        ("BLK", "Kementerian Ketenagakerjaan", "pass"),
        ("LKP", "Dinas Pendidikan Kota Surabaya", "pass"),
        ("LKP", "Dinas Ketenagakerjaan Kota Surabaya", "fail"),
        ("LSP", "BNSP", "pass"),
        ("LSP", "Badan Nasional Sertifikasi Profesi", "pass"),
        ("LSP", "Dinas Ketenagakerjaan Kota Surabaya", "fail"),
        ("OTHER", "Dinas Ketenagakerjaan Kabupaten Sidoarjo", "pass"),
    ],
)
def test_licence_issuer_per_institution_type(kind: str, issuer: str | None, outcome: str) -> None:
    o = check(i=institution(type=kind, licence_issuer=issuer)).outcome_of("institution.licence")
    assert o.outcome == outcome


def test_licence_issuer_fallback_keyword_for_types_without_their_own() -> None:
    params = replace(
        V2020,
        licence_issuer_must_contain="Ketenagakerjaan",
        licence_issuer_keywords=(("LKP", ("Pendidikan",)),),
    )
    assert params.issuer_keywords_for("LPK") == ("Ketenagakerjaan",)
    assert params.issuer_keywords_for("LKP") == ("Pendidikan",)
    ok = check(params, i=institution(licence_issuer="Dinas Ketenagakerjaan Kota Surabaya"))
    assert outcome_of(ok, "institution.licence") == "pass"
    bad = check(params, i=institution(licence_issuer="Dinas Perdagangan")).outcome_of(
        "institution.licence"
    )
    assert bad.outcome == "fail"
    assert bad.message == (
        "Penerbit izin \u201cDinas Perdagangan\u201d bukan instansi yang berwenang untuk LPK "
        "(harus memuat: Ketenagakerjaan)."
    )
    any_issuer = replace(params, licence_issuer_must_contain=None, licence_issuer_keywords=())
    assert outcome_of(
        check(any_issuer, i=institution(licence_issuer=None)), "institution.licence"
    ) == ("pass")


@pytest.mark.parametrize(
    ("start", "outcome", "months"),
    [(date(2026, 1, 15), "pass", 12), (date(2026, 1, 14), "fail", 11)],
)
def test_institution_experience_of_exactly_twelve_months(
    start: date, outcome: str, months: int
) -> None:
    i = institution(
        founded_on=date(2025, 1, 15),
        licence_issued=date(2025, 1, 15),
        licence_expires=None,
        partnership_from=date(2025, 6, 1),
        partnership_to=None,
    )
    k = klass(start_date=start, end_date=date(2026, 2, 27))
    o = check(i=i, k=k, q=quota(program_year=2026), on=date(2026, 1, 5)).outcome_of(
        "institution.experience"
    )
    assert (o.outcome, o.figures["experience_months"]) == (outcome, months)
    assert o.figures["qualifies_from"] == "2026-01-15"
    if outcome == "fail":
        assert o.message == (
            "Pengalaman lembaga 11 bulan pada kelas mulai 14 Januari 2026 (berdiri "
            "15 Januari 2025); minimal 12 bulan."
        )
        assert o.next_step.startswith("Lembaga memenuhi syarat pengalaman mulai 15 Januari 2026")


def test_institution_experience_unknown_or_future_founding() -> None:
    assert outcome_of(check(i=institution(founded_on=None)), "institution.experience") == "fail"
    future = check(i=institution(founded_on=date(2020, 9, 1))).outcome_of("institution.experience")
    assert (future.outcome, future.figures["experience_months"]) == ("fail", 0)


@pytest.mark.parametrize(
    ("start", "end", "outcome"),
    [
        (None, None, "fail"),  # no PKS
        (date(2020, 8, 4), None, "fail"),  # starts the day after class start
        (date(2020, 8, 3), None, "pass"),  # starts on class start
        (date(2019, 1, 1), date(2020, 8, 2), "fail"),  # ended the day before
        (date(2019, 1, 1), date(2020, 8, 3), "warn"),  # ends during the class
        (date(2019, 1, 1), date(2020, 8, 28), "pass"),
    ],
)
def test_partnership_in_force_on_class_start(
    start: date | None, end: date | None, outcome: str
) -> None:
    i = institution(partnership_from=start, partnership_to=end)
    assert outcome_of(check(i=i), "institution.partnership") == outcome


# --- severities, verdicts, JSON --------------------------------------------------------------------------


def test_rule_severity_can_be_softened_to_a_warning() -> None:
    params = replace(V2020, age_max=40, rule_severities=(("member.age", "warn"),))
    result = check(params, m=member(birth_date=date(1970, 1, 1)))
    o = result.outcome_of("member.age")
    assert (o.outcome, o.severity) == ("warn", "warn")
    assert o.next_step
    assert result.verdict == "eligible_with_warnings"


def test_result_json_round_trip() -> None:
    result = check(
        m=member(membership_verified=False),
        k=klass(mode="blended"),
        restrictions=(psbb("35", date(2020, 8, 1), date(2020, 8, 31)),),
        overrides=frozenset({"membership.verified"}),
    )
    data = result.to_dict()
    text = json.dumps(data, ensure_ascii=False)
    restored = EligibilityResult.from_dict(json.loads(text))
    assert restored == result
    assert restored.verdict == result.verdict == "not_eligible"
    assert data["verdict"] == "not_eligible"
    assert data["outcomes"][0]["rule_id"] == "membership.kpj"


@settings(deadline=None, max_examples=60)
@given(
    months=st.frozensets(st.integers(month_index(2017, 1), month_index(2020, 12)), max_size=48),
    verified=st.booleans(),
    status=st.sampled_from(["active", "inactive", "none"]),
    seats_used=st.integers(0, 30),
    with_class=st.booleans(),
    override=st.booleans(),
)
def test_random_checks_are_consistent_and_round_trip(
    months: frozenset[int],
    verified: bool,
    status: str,
    seats_used: int,
    with_class: bool,
    override: bool,
) -> None:
    m = member(contribution_months=months, membership_verified=verified, membership_status=status)
    result = check(
        m=m,
        k=klass(seats_used=seats_used),
        no_class=not with_class,
        overrides=frozenset({"membership.verified"}) if override else frozenset(),
    )
    assert [o.rule_id for o in result.outcomes] == list(RULE_IDS)
    expected_paid = sum(1 for month in months if month <= month_index(2020, 7))
    min_months = result.outcome_of("contribution.min_months")
    assert min_months.figures["paid_months"] == expected_paid
    assert min_months.outcome == ("pass" if expected_paid >= 12 else "fail")
    for o in result.outcomes:
        assert (o.next_step == "") == (o.outcome in ("pass", "not_applicable")), o
    blocking = result.blocking
    if not blocking:
        assert result.verdict in ("eligible", "eligible_with_warnings")
    elif all(o.overridable for o in blocking):
        assert result.verdict == "needs_override"
    else:
        assert result.verdict == "not_eligible"
    assert EligibilityResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result


def test_default_rule_sets_are_the_two_presets() -> None:
    sets = default_rule_sets()
    assert [(s.code, s.version) for s in sets] == [("PILOT-2019", 1), ("VOKASI-2020", 1)]
    assert sets == (P2019, V2020)
