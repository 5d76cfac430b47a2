"""Rule-set parameters: JSON round trip, validation, presets and selection by date."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from vokasi_desktop.domain.eligibility import (
    EligibilityResult,
    NoRuleSetError,
    ResultFormatError,
    RuleOutcome,
    RuleSetError,
    RuleSetParams,
    default_rule_sets,
    preset_dicts,
    select_rule_set,
)
from vokasi_desktop.domain.eligibility.presets import PILOT_2019, VOKASI_2020


def with_params(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(base)
    data["parameters"].update(changes)
    return data


# --- presets --------------------------------------------------------------------------------------


def test_vokasi_2020_preset_matches_the_article() -> None:
    p = RuleSetParams.from_dict(VOKASI_2020)
    assert (p.code, p.version, p.effective_from, p.effective_to) == (
        "VOKASI-2020",
        1,
        date(2020, 3, 1),
        None,
    )
    assert p.require_kpj and p.require_active_membership and p.require_verified_membership
    assert p.min_contribution_months == 12 and p.contribution_window_months is None
    assert p.allowed_segments == ("PU", "BPU", "PMI", "JAKON")
    assert set(p.allowed_employment_statuses) == {
        "employed",
        "laid_off",
        "contract_ended",
        "informal",
        "migrant",
    }
    assert p.no_overlapping_enrollment and p.require_quota_seats and p.require_quota_budget
    assert p.allowed_institution_types == ("LPK", "LKP", "LSP", "BLK", "OTHER")
    assert p.require_licence_valid_on_start
    assert p.min_institution_experience_months == 12
    assert p.require_partnership and p.psbb_daring_only
    assert not p.once_per_person and p.age_max is None
    assert "Pendidikan" in p.issuer_keywords_for("LKP")
    assert "BNSP" in p.issuer_keywords_for("LSP")
    assert "Ketenagakerjaan" in p.issuer_keywords_for("LPK")


def test_pilot_2019_preset_matches_the_press() -> None:
    p = RuleSetParams.from_dict(PILOT_2019)
    assert (p.code, p.effective_from, p.effective_to) == (
        "PILOT-2019",
        date(2019, 1, 1),
        date(2019, 12, 31),
    )
    assert p.allowed_segments == ("PU",)
    assert set(p.allowed_employment_statuses) == {"laid_off", "contract_ended"}
    assert (p.layoff_months_min, p.layoff_months_max) == (1, 24)
    assert p.age_max == 40 and p.once_per_person and p.min_membership_months == 12
    assert p.require_inactive_membership and not p.require_active_membership
    assert not p.psbb_daring_only


def test_preset_dicts_are_copies() -> None:
    first = preset_dicts()
    first[0]["parameters"]["age_max"] = 99
    assert preset_dicts()[0]["parameters"]["age_max"] == 40
    assert PILOT_2019["parameters"]["age_max"] == 40


@pytest.mark.parametrize("params", default_rule_sets(), ids=lambda p: p.code)
def test_params_json_round_trip(params: RuleSetParams) -> None:
    text = json.dumps(params.to_dict())
    restored = RuleSetParams.from_dict(json.loads(text))
    assert restored == params
    assert restored.to_dict() == params.to_dict()
    assert hash(restored) == hash(params)


def test_round_trip_of_a_jkp_like_rule_set() -> None:
    params = RuleSetParams(
        code="JKP-LIKE",
        version=3,
        name="Uji JKP",
        effective_from=date(2025, 2, 7),
        effective_to=date(2026, 12, 31),
        min_contribution_months=12,
        contribution_window_months=24,
        contribution_window_anchor="layoff",
        min_consecutive_months=6,
        consecutive_before_layoff=True,
        max_cost_per_participant=2_400_000,
        licence_issuer_keywords=(("LKP", ("Pendidikan",)),),
        rule_severities=(("member.age", "warn"),),
        overridable_rules=("membership.verified", "institution.experience"),
    )
    assert RuleSetParams.from_dict(json.loads(json.dumps(params.to_dict()))) == params


def test_missing_parameters_take_defaults_that_disable_rules() -> None:
    p = RuleSetParams.from_dict(
        {"code": "MIN", "version": 1, "name": "Minimal", "effective_from": "2030-01-01"}
    )
    assert not p.require_kpj and p.min_contribution_months == 0
    assert p.allowed_segments == ("PU", "BPU", "PMI", "JAKON")
    assert p.require_quota_seats and p.require_quota_budget
    assert p.overridable_rules == ()


# --- validation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**VOKASI_2020, "colour": "red"}, "unknown key(s) 'colour'"),
        (with_params(VOKASI_2020, min_contribution_month=12), "'min_contribution_month'"),
        (with_params(VOKASI_2020, require_kpj=1), "'require_kpj' must be true or false"),
        (with_params(VOKASI_2020, min_contribution_months="12"), "must be an integer"),
        (with_params(VOKASI_2020, min_contribution_months=True), "must be an integer"),
        (with_params(VOKASI_2020, allowed_segments="PU"), "must be a list of strings"),
        (with_params(VOKASI_2020, allowed_segments=["PU", "XX"]), "unknown value 'XX'"),
        (with_params(VOKASI_2020, allowed_segments=[]), "allowed_segments must not be empty"),
        (with_params(VOKASI_2020, allowed_institution_types=["LPK", "SMK"]), "'SMK'"),
        (with_params(VOKASI_2020, overridable_rules=["member.nope"]), "'member.nope'"),
        (with_params(VOKASI_2020, age_min=41, age_max=40), "age_min (41) is greater"),
        (with_params(VOKASI_2020, layoff_months_min=25, layoff_months_max=24), "layoff_months_min"),
        (with_params(VOKASI_2020, min_contribution_months=-1), "must not be negative"),
        (
            with_params(VOKASI_2020, contribution_window_months=6),
            "cannot fit in contribution_window_months",
        ),
        (
            with_params(VOKASI_2020, contribution_window_anchor="layoff"),
            "'layoff' needs contribution_window_months",
        ),
        (with_params(VOKASI_2020, contribution_window_anchor="birthday"), "must be one of"),
        (
            with_params(VOKASI_2020, consecutive_before_layoff=True),
            "consecutive_before_layoff needs min_consecutive_months",
        ),
        (with_params(VOKASI_2020, min_consecutive_months=0), "at least 1"),
        (with_params(VOKASI_2020, require_inactive_membership=True), "exclude each other"),
        (with_params(VOKASI_2020, licence_issuer_keywords={"SMK": ["x"]}), "'SMK'"),
        (with_params(VOKASI_2020, licence_issuer_keywords={"LKP": []}), "non-empty"),
        (with_params(VOKASI_2020, licence_issuer_keywords=["LKP"]), "an object"),
        (with_params(VOKASI_2020, licence_issuer_must_contain=" "), "must not be blank"),
        (with_params(VOKASI_2020, rule_severities={"member.age": "fatal"}), "'fatal'"),
        (with_params(VOKASI_2020, rule_severities={"quota.seats": "warn"}), "always blocks"),
        (with_params(VOKASI_2020, rule_severities={"nope": "warn"}), "'nope'"),
        (with_params(VOKASI_2020, daring_only_levels=[]), "psbb_daring_only needs"),
        ({**VOKASI_2020, "effective_from": "2020-3-1"}, "ISO date"),
        ({**VOKASI_2020, "effective_from": 20200301}, "ISO date"),
        ({**VOKASI_2020, "effective_to": "2020-02-01"}, "before effective_from"),
        ({**VOKASI_2020, "version": 0}, "version must be >= 1"),
        ({**VOKASI_2020, "code": " "}, "code must not be empty"),
        ({**VOKASI_2020, "parameters": []}, "parameters must be an object"),
        ({k: v for k, v in VOKASI_2020.items() if k != "code"}, "missing key 'code'"),
    ],
)
def test_invalid_rule_sets_are_refused_with_a_clear_error(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(RuleSetError) as excinfo:
        RuleSetParams.from_dict(data)
    assert message in str(excinfo.value)


def test_several_problems_are_reported_together() -> None:
    data = with_params(VOKASI_2020, age_min=50, age_max=40, allowed_segments=["XX"])
    with pytest.raises(RuleSetError) as excinfo:
        RuleSetParams.from_dict(data)
    assert "age_min" in str(excinfo.value) and "'XX'" in str(excinfo.value)


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(RuleSetError, match="unknown value"):
        RuleSetParams("X", 1, "X", date(2020, 1, 1), allowed_segments=("pu",))


def test_never_overridable_rules_stay_so_even_when_listed() -> None:
    params = RuleSetParams.from_dict(
        with_params(VOKASI_2020, overridable_rules=["quota.seats", "membership.verified"])
    )
    assert params.is_overridable("membership.verified")
    assert not params.is_overridable("quota.seats")
    assert not params.is_overridable("contribution.min_months")


# --- selection by date ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "code"),
    [
        (date(2019, 1, 1), "PILOT-2019"),
        (date(2019, 6, 15), "PILOT-2019"),
        (date(2019, 12, 31), "PILOT-2019"),
        (date(2020, 3, 1), "VOKASI-2020"),
        (date(2026, 11, 28), "VOKASI-2020"),
    ],
)
def test_select_rule_set_by_date(on: date, code: str) -> None:
    assert select_rule_set(default_rule_sets(), on).code == code


@pytest.mark.parametrize("on", [date(2018, 12, 31), date(2020, 1, 15), date(2020, 2, 29)])
def test_no_rule_set_in_force(on: date) -> None:
    with pytest.raises(NoRuleSetError) as excinfo:
        select_rule_set(default_rule_sets(), on)
    assert str(excinfo.value).startswith("Tidak ada aturan kelayakan yang berlaku pada tanggal")


def test_latest_start_wins_and_higher_version_breaks_ties() -> None:
    v2020, pilot = default_rule_sets()[1], default_rule_sets()[0]
    v2021 = replace(v2020, code="VOKASI-2021", effective_from=date(2021, 1, 1))
    v2020_v2 = replace(v2020, version=2, name="revisi")
    sets = [pilot, v2020, v2021, v2020_v2]
    assert select_rule_set(sets, date(2020, 12, 31)) == v2020_v2
    assert select_rule_set(sets, date(2021, 1, 1)) == v2021
    # An old rule set with an end date stops applying after it.
    ended = replace(v2021, effective_to=date(2021, 6, 30))
    assert select_rule_set([v2020, ended], date(2021, 7, 1)) == v2020


def test_ambiguous_rule_sets_are_refused() -> None:
    v2020 = default_rule_sets()[1]
    rival = replace(v2020, code="OTHER-2020")
    with pytest.raises(RuleSetError, match="ambiguous"):
        select_rule_set([v2020, rival], date(2020, 5, 1))
    twin = replace(v2020, name="berbeda")
    with pytest.raises(RuleSetError, match="ambiguous"):
        select_rule_set([v2020, twin], date(2020, 5, 1))
    assert select_rule_set([v2020, v2020], date(2020, 5, 1)) == v2020


# --- stored results ---------------------------------------------------------------------------------------


def stored_result() -> dict[str, Any]:
    outcome = RuleOutcome(
        rule_id="contribution.min_months",
        title="Jumlah bulan iuran",
        outcome="fail",
        severity="block",
        overridable=False,
        message="Iuran tercatat 7 bulan; minimal 12 bulan.",
        next_step="Lunasi iuran 5 bulan lagi, lalu kembali.",
        figures={"paid_months": 7, "required_months": 12},
    )
    result = EligibilityResult("VOKASI-2020", 1, date(2020, 7, 1), (outcome,))
    return result.to_dict()


def test_stored_result_reads_back() -> None:
    data = json.loads(json.dumps(stored_result()))
    result = EligibilityResult.from_dict(data)
    assert result.verdict == "not_eligible"
    assert result.outcome_of("contribution.min_months").figures["paid_months"] == 7
    with pytest.raises(KeyError):
        result.outcome_of("member.age")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format=2), "unsupported result format"),
        (lambda d: d.update(checked_on="1 Juli 2020"), "ISO date"),
        (lambda d: d.update(rule_set_version="1"), "must be an integer"),
        (lambda d: d.update(outcomes={}), "outcomes must be a list"),
        (lambda d: d["outcomes"][0].update(outcome="ok"), "unknown outcome"),
        (lambda d: d["outcomes"][0].update(severity="fatal"), "unknown severity"),
        (lambda d: d["outcomes"][0].update(overridable="no"), "true or false"),
        (lambda d: d["outcomes"][0].update(figures={"x": 1.5}), "figures"),
        (lambda d: d["outcomes"].append("x"), "outcome must be an object"),
    ],
)
def test_corrupt_stored_results_are_refused(mutate: Any, message: str) -> None:
    data = stored_result()
    mutate(data)
    with pytest.raises(ResultFormatError, match=message):
        EligibilityResult.from_dict(data)
