"""The rule sets shipped with the application, as JSON-shaped data.

* ``VOKASI-2020`` v1, from 1 March 2020: the programme as described by BPJAMSOSTEK's Director of
  Services (Surya, 30 June 2020): a membership card (KPJ) with a year of contributions, every
  segment and employment situation (informal, migrant, wage earners, laid off or contract
  ended, and employed workers wanting extra skills), institutions (LPK, LKP, LSP, BLK and
  similar) licensed and with at least one year of experience, daring only under PSBB, within
  the branch's seats and budget.
* ``PILOT-2019`` v1, for 2019: the narrower pilot reported in the press: former wage-earner
  (PU) members only, laid off or contract ended 1 to 24 months before, membership of at least
  12 months and no longer active, age 40 or under, training once per person.

Choices not stated by the sources, kept here as data so an office can change them:

* "Licensed by the Dinas Ketenagakerjaan" is matched by issuer keywords per institution type;
  an LKP's licence comes from the Dinas Pendidikan and an LSP's from BNSP, so those types have
  their own keywords.
* A supervisor may override only the membership verification (an offline branch cannot always
  reach head-office data; the evidence is recorded instead).
* The pilot's institution requirements are taken to be those of 2020 (without PSBB, which did
  not exist in 2019).
"""

from __future__ import annotations

import copy
from typing import Any

from vokasi_desktop.domain.eligibility.params import RuleSetParams

__all__ = ["PILOT_2019", "VOKASI_2020", "default_rule_sets", "preset_dicts"]

_MANPOWER_OFFICE = ["Ketenagakerjaan", "Tenaga Kerja", "Disnaker", "Kemnaker"]
_ISSUER_KEYWORDS: dict[str, list[str]] = {
    "LPK": _MANPOWER_OFFICE,
    "BLK": _MANPOWER_OFFICE,
    "OTHER": _MANPOWER_OFFICE,
    "LKP": ["Pendidikan", "Disdik"],
    "LSP": ["BNSP", "Badan Nasional Sertifikasi Profesi"],
}

VOKASI_2020: dict[str, Any] = {
    "code": "VOKASI-2020",
    "version": 1,
    "name": "Vokasi Indonesia Pekerja 2020",
    "effective_from": "2020-03-01",
    "effective_to": None,
    "parameters": {
        "require_kpj": True,
        "require_active_membership": True,
        "require_inactive_membership": False,
        "require_verified_membership": True,
        "min_contribution_months": 12,
        "contribution_window_months": None,
        "contribution_window_anchor": "check_date",
        "min_consecutive_months": None,
        "consecutive_before_layoff": False,
        "allowed_segments": ["PU", "BPU", "PMI", "JAKON"],
        "allowed_employment_statuses": [
            "employed",
            "laid_off",
            "contract_ended",
            "informal",
            "migrant",
        ],
        "layoff_months_min": None,
        "layoff_months_max": None,
        "age_min": None,
        "age_max": None,
        "once_per_person": False,
        "min_membership_months": None,
        "no_overlapping_enrollment": True,
        "require_quota_seats": True,
        "require_quota_budget": True,
        "allowed_institution_types": ["LPK", "LKP", "LSP", "BLK", "OTHER"],
        "require_licence_valid_on_start": True,
        "licence_issuer_must_contain": "Ketenagakerjaan",
        "licence_issuer_keywords": _ISSUER_KEYWORDS,
        "min_institution_experience_months": 12,
        "require_partnership": True,
        "psbb_daring_only": True,
        "daring_only_levels": ["PSBB"],
        "overridable_rules": ["membership.verified"],
        "max_cost_per_participant": None,
        "rule_severities": {},
    },
}

PILOT_2019: dict[str, Any] = {
    "code": "PILOT-2019",
    "version": 1,
    "name": "Uji coba pelatihan vokasi 2019",
    "effective_from": "2019-01-01",
    "effective_to": "2019-12-31",
    "parameters": {
        "require_kpj": True,
        "require_active_membership": False,
        "require_inactive_membership": True,
        "require_verified_membership": True,
        "min_contribution_months": 0,
        "contribution_window_months": None,
        "contribution_window_anchor": "check_date",
        "min_consecutive_months": None,
        "consecutive_before_layoff": False,
        "allowed_segments": ["PU"],
        "allowed_employment_statuses": ["laid_off", "contract_ended"],
        "layoff_months_min": 1,
        "layoff_months_max": 24,
        "age_min": None,
        "age_max": 40,
        "once_per_person": True,
        "min_membership_months": 12,
        "no_overlapping_enrollment": True,
        "require_quota_seats": True,
        "require_quota_budget": True,
        "allowed_institution_types": ["LPK", "LKP", "LSP", "BLK", "OTHER"],
        "require_licence_valid_on_start": True,
        "licence_issuer_must_contain": "Ketenagakerjaan",
        "licence_issuer_keywords": _ISSUER_KEYWORDS,
        "min_institution_experience_months": 12,
        "require_partnership": True,
        "psbb_daring_only": False,
        "daring_only_levels": ["PSBB"],
        "overridable_rules": ["membership.verified"],
        "max_cost_per_participant": None,
        "rule_severities": {},
    },
}


def preset_dicts() -> tuple[dict[str, Any], ...]:
    """Return deep copies of the shipped rule sets' JSON forms (e.g. to seed the database)."""
    return tuple(copy.deepcopy(data) for data in (PILOT_2019, VOKASI_2020))


def default_rule_sets() -> tuple[RuleSetParams, ...]:
    """Return the shipped rule sets, oldest first."""
    return tuple(RuleSetParams.from_dict(data) for data in preset_dicts())
