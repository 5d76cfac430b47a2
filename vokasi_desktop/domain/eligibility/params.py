"""Rule-set parameters: a versioned, dated set of eligibility settings, stored as JSON.

A rule set is data, not code: the rules in :mod:`.rules` read their thresholds from
:class:`RuleSetParams`. The JSON shape (``to_dict``/``from_dict``) is::

    {"code": "VOKASI-2020", "version": 1, "name": "...",
     "effective_from": "2020-03-01", "effective_to": null,
     "parameters": {"require_kpj": true, "min_contribution_months": 12, ...}}

Every key inside ``parameters`` is optional and defaults to "rule not applied" (see each field),
so a rule set stored by an older version of the app keeps loading; unknown keys and wrong types
are refused with a :class:`RuleSetError` naming the key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from vokasi_desktop.domain.eligibility.catalog import NEVER_OVERRIDABLE, RULE_IDS, SEVERITIES
from vokasi_desktop.domain.eligibility.facts import EMPLOYMENT_STATUSES, INSTITUTION_TYPES, SEGMENTS
from vokasi_desktop.domain.formatting import format_date_id

__all__ = [
    "WINDOW_ANCHORS",
    "NoRuleSetError",
    "RuleSetError",
    "RuleSetParams",
    "select_rule_set",
]

WINDOW_ANCHORS = ("check_date", "layoff")
"""Where the contribution window ends: the month of the check date, or the layoff month."""


class RuleSetError(ValueError):
    """A rule set's data is malformed or inconsistent."""


class NoRuleSetError(LookupError):
    """No rule set is in force on the requested date (message in Indonesian, for the user)."""


@dataclass(frozen=True, slots=True)
class RuleSetParams:
    """One version of the eligibility rules, with its effective dates and parameters.

    Attributes:
        code: rule-set code, e.g. ``VOKASI-2020``.
        version: version number (>= 1) of that code; each decision records code and version.
        name: human-readable name (Indonesian).
        effective_from: first day the rule set applies.
        effective_to: last day it applies (inclusive); ``None`` = open-ended.
        require_kpj: the worker must hold a KPJ.
        require_active_membership: membership status must be ``active``.
        require_inactive_membership: membership status must be ``inactive`` (a former member,
            as in the 2019 pilot); exclusive with ``require_active_membership``.
        require_verified_membership: the membership must have been verified by staff.
        min_contribution_months: paid months needed (0 = no contribution rule). Counted over all
            time, or inside the window when ``contribution_window_months`` is set.
        contribution_window_months: count paid months only in the last N months
            (``None`` = all time); see ``contribution_window_anchor``.
        contribution_window_anchor: ``check_date`` (window ends with the month of the check) or
            ``layoff`` (window ends with the layoff month, as for JKP).
        min_consecutive_months: longest run of consecutive paid months needed (``None`` = none).
        consecutive_before_layoff: the run must end in the layoff month or the month before it.
        allowed_segments: segments admitted.
        allowed_employment_statuses: employment statuses admitted.
        layoff_months_min: at least this many months must have passed since the layoff.
        layoff_months_max: at most this many months may have passed since the layoff.
        age_min: minimum age (full years) on the check date.
        age_max: maximum age (full years) on the check date.
        once_per_person: a worker with any earlier non-cancelled enrolment is refused.
        min_membership_months: full months since ``membership_since`` needed.
        no_overlapping_enrollment: the class must not overlap an active enrolment.
        require_quota_seats: the branch quota must have a free seat.
        require_quota_budget: the branch budget must cover the class cost.
        allowed_institution_types: institution types admitted.
        require_licence_valid_on_start: a licence must be recorded, issued by the competent
            office and valid on the class start date.
        licence_issuer_must_contain: keyword the issuer must contain, for institution types
            without an entry in ``licence_issuer_keywords`` (``None`` = any issuer).
        licence_issuer_keywords: per institution type, keywords of which the issuer must
            contain at least one (e.g. ``("LKP", ("Pendidikan",))``, ``("LSP", ("BNSP",))``).
            Matching ignores case and spaces.
        min_institution_experience_months: full months from founding to class start needed.
        require_partnership: a partnership agreement (PKS) must be in force on class start.
        psbb_daring_only: classes overlapping a restriction in their region must be daring.
        daring_only_levels: restriction levels that force daring classes (default ``PSBB``).
        overridable_rules: rule ids a supervisor may override (``quota.seats``,
            ``quota.budget`` and ``class.capacity`` are never overridable, even if listed).
        max_cost_per_participant: cost cap per participant in Rupiah (``None`` = no cap).
        rule_severities: per rule id, a severity replacing the rule's default
            (``block``/``warn``/``info``); the never-overridable rules cannot be softened.
    """

    code: str
    version: int
    name: str
    effective_from: date
    effective_to: date | None = None
    require_kpj: bool = False
    require_active_membership: bool = False
    require_inactive_membership: bool = False
    require_verified_membership: bool = False
    min_contribution_months: int = 0
    contribution_window_months: int | None = None
    contribution_window_anchor: str = "check_date"
    min_consecutive_months: int | None = None
    consecutive_before_layoff: bool = False
    allowed_segments: tuple[str, ...] = SEGMENTS
    allowed_employment_statuses: tuple[str, ...] = EMPLOYMENT_STATUSES
    layoff_months_min: int | None = None
    layoff_months_max: int | None = None
    age_min: int | None = None
    age_max: int | None = None
    once_per_person: bool = False
    min_membership_months: int | None = None
    no_overlapping_enrollment: bool = False
    require_quota_seats: bool = True
    require_quota_budget: bool = True
    allowed_institution_types: tuple[str, ...] = INSTITUTION_TYPES
    require_licence_valid_on_start: bool = False
    licence_issuer_must_contain: str | None = None
    licence_issuer_keywords: tuple[tuple[str, tuple[str, ...]], ...] = ()
    min_institution_experience_months: int = 0
    require_partnership: bool = False
    psbb_daring_only: bool = False
    daring_only_levels: tuple[str, ...] = ("PSBB",)
    overridable_rules: tuple[str, ...] = ()
    max_cost_per_participant: int | None = None
    rule_severities: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        _validate(self)

    # -- queries -------------------------------------------------------------------------

    def is_effective_on(self, day: date) -> bool:
        """Return whether ``day`` falls within the effective dates (both inclusive)."""
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )

    def issuer_keywords_for(self, institution_type: str) -> tuple[str, ...]:
        """Return the issuer keywords for an institution type (empty = any issuer)."""
        for kind, keywords in self.licence_issuer_keywords:
            if kind == institution_type:
                return keywords
        if self.licence_issuer_must_contain:
            return (self.licence_issuer_must_contain,)
        return ()

    def severity_of(self, rule_id: str, default: str) -> str:
        """Return the severity configured for ``rule_id``, or ``default``."""
        for rule, severity in self.rule_severities:
            if rule == rule_id:
                return severity
        return default

    def is_overridable(self, rule_id: str) -> bool:
        """Return whether a supervisor may override ``rule_id`` under this rule set."""
        return rule_id in self.overridable_rules and rule_id not in NEVER_OVERRIDABLE

    # -- JSON ----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-safe form (dates as ISO strings, tuples as lists)."""
        return {
            "code": self.code,
            "version": self.version,
            "name": self.name,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": None if self.effective_to is None else self.effective_to.isoformat(),
            "parameters": {
                "require_kpj": self.require_kpj,
                "require_active_membership": self.require_active_membership,
                "require_inactive_membership": self.require_inactive_membership,
                "require_verified_membership": self.require_verified_membership,
                "min_contribution_months": self.min_contribution_months,
                "contribution_window_months": self.contribution_window_months,
                "contribution_window_anchor": self.contribution_window_anchor,
                "min_consecutive_months": self.min_consecutive_months,
                "consecutive_before_layoff": self.consecutive_before_layoff,
                "allowed_segments": list(self.allowed_segments),
                "allowed_employment_statuses": list(self.allowed_employment_statuses),
                "layoff_months_min": self.layoff_months_min,
                "layoff_months_max": self.layoff_months_max,
                "age_min": self.age_min,
                "age_max": self.age_max,
                "once_per_person": self.once_per_person,
                "min_membership_months": self.min_membership_months,
                "no_overlapping_enrollment": self.no_overlapping_enrollment,
                "require_quota_seats": self.require_quota_seats,
                "require_quota_budget": self.require_quota_budget,
                "allowed_institution_types": list(self.allowed_institution_types),
                "require_licence_valid_on_start": self.require_licence_valid_on_start,
                "licence_issuer_must_contain": self.licence_issuer_must_contain,
                "licence_issuer_keywords": {
                    kind: list(words) for kind, words in self.licence_issuer_keywords
                },
                "min_institution_experience_months": self.min_institution_experience_months,
                "require_partnership": self.require_partnership,
                "psbb_daring_only": self.psbb_daring_only,
                "daring_only_levels": list(self.daring_only_levels),
                "overridable_rules": list(self.overridable_rules),
                "max_cost_per_participant": self.max_cost_per_participant,
                "rule_severities": dict(self.rule_severities),
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleSetParams:
        """Build and validate a rule set from its JSON form; raises :class:`RuleSetError`."""
        if not isinstance(data, Mapping):
            raise RuleSetError(f"rule set must be an object, got {type(data).__name__}")
        _reject_unknown(data, _TOP_KEYS, "rule set")
        for key in ("code", "version", "name", "effective_from"):
            if key not in data:
                raise RuleSetError(f"rule set: missing key {key!r}")
        p = data.get("parameters", {})
        if not isinstance(p, Mapping):
            raise RuleSetError(f"parameters must be an object, got {type(p).__name__}")
        _reject_unknown(p, _PARAMETER_KEYS, "parameters")
        return cls(
            code=_str(data, "code"),
            version=_int(data, "version"),
            name=_str(data, "name"),
            effective_from=_date(data, "effective_from"),
            effective_to=_opt_date(data, "effective_to"),
            require_kpj=_bool(p, "require_kpj", False),
            require_active_membership=_bool(p, "require_active_membership", False),
            require_inactive_membership=_bool(p, "require_inactive_membership", False),
            require_verified_membership=_bool(p, "require_verified_membership", False),
            min_contribution_months=_int(p, "min_contribution_months", 0),
            contribution_window_months=_opt_int(p, "contribution_window_months"),
            contribution_window_anchor=_str(p, "contribution_window_anchor", "check_date"),
            min_consecutive_months=_opt_int(p, "min_consecutive_months"),
            consecutive_before_layoff=_bool(p, "consecutive_before_layoff", False),
            allowed_segments=_str_tuple(p, "allowed_segments", SEGMENTS),
            allowed_employment_statuses=_str_tuple(
                p, "allowed_employment_statuses", EMPLOYMENT_STATUSES
            ),
            layoff_months_min=_opt_int(p, "layoff_months_min"),
            layoff_months_max=_opt_int(p, "layoff_months_max"),
            age_min=_opt_int(p, "age_min"),
            age_max=_opt_int(p, "age_max"),
            once_per_person=_bool(p, "once_per_person", False),
            min_membership_months=_opt_int(p, "min_membership_months"),
            no_overlapping_enrollment=_bool(p, "no_overlapping_enrollment", False),
            require_quota_seats=_bool(p, "require_quota_seats", True),
            require_quota_budget=_bool(p, "require_quota_budget", True),
            allowed_institution_types=_str_tuple(p, "allowed_institution_types", INSTITUTION_TYPES),
            require_licence_valid_on_start=_bool(p, "require_licence_valid_on_start", False),
            licence_issuer_must_contain=_opt_str(p, "licence_issuer_must_contain"),
            licence_issuer_keywords=_keywords(p, "licence_issuer_keywords"),
            min_institution_experience_months=_int(p, "min_institution_experience_months", 0),
            require_partnership=_bool(p, "require_partnership", False),
            psbb_daring_only=_bool(p, "psbb_daring_only", False),
            daring_only_levels=_str_tuple(p, "daring_only_levels", ("PSBB",)),
            overridable_rules=_str_tuple(p, "overridable_rules", ()),
            max_cost_per_participant=_opt_int(p, "max_cost_per_participant"),
            rule_severities=_severities(p, "rule_severities"),
        )


_TOP_KEYS = frozenset({"code", "version", "name", "effective_from", "effective_to", "parameters"})
_PARAMETER_KEYS = frozenset(
    {
        "require_kpj",
        "require_active_membership",
        "require_inactive_membership",
        "require_verified_membership",
        "min_contribution_months",
        "contribution_window_months",
        "contribution_window_anchor",
        "min_consecutive_months",
        "consecutive_before_layoff",
        "allowed_segments",
        "allowed_employment_statuses",
        "layoff_months_min",
        "layoff_months_max",
        "age_min",
        "age_max",
        "once_per_person",
        "min_membership_months",
        "no_overlapping_enrollment",
        "require_quota_seats",
        "require_quota_budget",
        "allowed_institution_types",
        "require_licence_valid_on_start",
        "licence_issuer_must_contain",
        "licence_issuer_keywords",
        "min_institution_experience_months",
        "require_partnership",
        "psbb_daring_only",
        "daring_only_levels",
        "overridable_rules",
        "max_cost_per_participant",
        "rule_severities",
    }
)


# -- JSON readers (each names the offending key) ----------------------------------------


def _reject_unknown(data: Mapping[str, Any], known: frozenset[str], where: str) -> None:
    unknown = sorted(str(key) for key in data if key not in known)
    if unknown:
        raise RuleSetError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}")


def _type_error(key: str, expected: str, value: object) -> RuleSetError:
    return RuleSetError(f"{key!r} must be {expected}, got {type(value).__name__} {value!r}")


def _bool(data: Mapping[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise _type_error(key, "true or false", value)
    return value


def _int(data: Mapping[str, Any], key: str, default: int | None = None) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(key, "an integer", value)
    return value


def _opt_int(data: Mapping[str, Any], key: str) -> int | None:
    if data.get(key) is None:
        return None
    return _int(data, key)


def _str(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise _type_error(key, "a string", value)
    return value


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    if data.get(key) is None:
        return None
    return _str(data, key)


def _date(data: Mapping[str, Any], key: str) -> date:
    value = data.get(key)
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise _type_error(key, "an ISO date string (YYYY-MM-DD)", value)
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise RuleSetError(f"{key!r} must be an ISO date (YYYY-MM-DD), got {value!r}") from None


def _opt_date(data: Mapping[str, Any], key: str) -> date | None:
    if data.get(key) is None:
        return None
    return _date(data, key)


def _str_tuple(data: Mapping[str, Any], key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = data.get(key, default)
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        raise _type_error(key, "a list of strings", value)
    return tuple(value)


def _keywords(data: Mapping[str, Any], key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise _type_error(key, "an object mapping institution type to keywords", value)
    pairs = [(str(kind), _str_tuple(value, kind, ())) for kind in value]
    return tuple(sorted(pairs))


def _severities(data: Mapping[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise _type_error(key, "an object mapping rule id to severity", value)
    pairs: list[tuple[str, str]] = []
    for rule_id, severity in value.items():
        if not isinstance(severity, str):
            raise _type_error(f"{key}.{rule_id}", "a string", severity)
        pairs.append((str(rule_id), severity))
    return tuple(sorted(pairs))


# -- consistency ------------------------------------------------------------------------


def _validate(p: RuleSetParams) -> None:
    problems: list[str] = []
    if not p.code.strip():
        problems.append("code must not be empty")
    if p.version < 1:
        problems.append(f"version must be >= 1, got {p.version}")
    if p.effective_to is not None and p.effective_to < p.effective_from:
        problems.append(
            f"effective_to {p.effective_to} is before effective_from {p.effective_from}"
        )
    if p.require_active_membership and p.require_inactive_membership:
        problems.append(
            "require_active_membership and require_inactive_membership exclude each other"
        )

    for name in (
        "min_contribution_months",
        "min_institution_experience_months",
        "contribution_window_months",
        "min_consecutive_months",
        "layoff_months_min",
        "layoff_months_max",
        "age_min",
        "age_max",
        "min_membership_months",
        "max_cost_per_participant",
    ):
        number = getattr(p, name)
        if number is not None and number < 0:
            problems.append(f"{name} must not be negative, got {number}")
    if p.min_consecutive_months == 0:
        problems.append("min_consecutive_months must be at least 1 (use null for no rule)")
    if p.contribution_window_months == 0:
        problems.append("contribution_window_months must be at least 1 (use null for all time)")
    for low, high in (("layoff_months_min", "layoff_months_max"), ("age_min", "age_max")):
        low_value, high_value = getattr(p, low), getattr(p, high)
        if low_value is not None and high_value is not None and low_value > high_value:
            problems.append(f"{low} ({low_value}) is greater than {high} ({high_value})")
    window = p.contribution_window_months
    if window is not None and p.min_contribution_months > window:
        problems.append(
            f"min_contribution_months ({p.min_contribution_months}) cannot fit in "
            f"contribution_window_months ({window})"
        )
    if p.contribution_window_anchor not in WINDOW_ANCHORS:
        problems.append(
            f"contribution_window_anchor must be one of {', '.join(WINDOW_ANCHORS)}, "
            f"got {p.contribution_window_anchor!r}"
        )
    elif p.contribution_window_anchor == "layoff" and window is None:
        problems.append("contribution_window_anchor 'layoff' needs contribution_window_months")
    if p.consecutive_before_layoff and p.min_consecutive_months is None:
        problems.append("consecutive_before_layoff needs min_consecutive_months")

    for name, allowed in (
        ("allowed_segments", SEGMENTS),
        ("allowed_employment_statuses", EMPLOYMENT_STATUSES),
        ("allowed_institution_types", INSTITUTION_TYPES),
    ):
        values: tuple[str, ...] = getattr(p, name)
        if not values:
            problems.append(f"{name} must not be empty")
        problems.extend(
            f"{name}: unknown value {value!r} (expected {', '.join(allowed)})"
            for value in values
            if value not in allowed
        )
    if not p.daring_only_levels and p.psbb_daring_only:
        problems.append("psbb_daring_only needs at least one level in daring_only_levels")
    for kind, words in p.licence_issuer_keywords:
        if kind not in INSTITUTION_TYPES:
            problems.append(f"licence_issuer_keywords: unknown institution type {kind!r}")
        if not words or any(not word.strip() for word in words):
            problems.append(f"licence_issuer_keywords.{kind}: keywords must be non-empty strings")
    if p.licence_issuer_must_contain is not None and not p.licence_issuer_must_contain.strip():
        problems.append("licence_issuer_must_contain must not be blank (use null for any issuer)")
    problems.extend(
        f"overridable_rules: unknown rule id {rule_id!r}"
        for rule_id in p.overridable_rules
        if rule_id not in RULE_IDS
    )
    for rule_id, severity in p.rule_severities:
        if rule_id not in RULE_IDS:
            problems.append(f"rule_severities: unknown rule id {rule_id!r}")
        elif severity not in SEVERITIES:
            problems.append(
                f"rule_severities.{rule_id}: severity must be one of {', '.join(SEVERITIES)}, "
                f"got {severity!r}"
            )
        elif rule_id in NEVER_OVERRIDABLE and severity != "block":
            problems.append(f"rule_severities.{rule_id}: this rule always blocks")
    if problems:
        raise RuleSetError(f"rule set {p.code!r} v{p.version}: " + "; ".join(problems))


def select_rule_set(rule_sets: Iterable[RuleSetParams], on_date: date) -> RuleSetParams:
    """Return the rule set in force on ``on_date``.

    Among the rule sets whose effective dates (both inclusive) cover ``on_date``, the one with
    the latest ``effective_from`` wins; if several versions of the same code start that day, the
    highest ``version`` wins. Different codes (or two different copies of one version) starting
    on the same day are ambiguous data and raise :class:`RuleSetError`. No rule set covering the
    date raises :class:`NoRuleSetError`, whose message is meant for the user.
    """
    covering = [rule_set for rule_set in rule_sets if rule_set.is_effective_on(on_date)]
    if not covering:
        raise NoRuleSetError(
            f"Tidak ada aturan kelayakan yang berlaku pada tanggal {format_date_id(on_date)}."
        )
    latest_start = max(rule_set.effective_from for rule_set in covering)
    latest = [rule_set for rule_set in covering if rule_set.effective_from == latest_start]
    codes = sorted({rule_set.code for rule_set in latest})
    if len(codes) > 1:
        raise RuleSetError(
            f"ambiguous rule sets on {on_date}: {', '.join(codes)} all start on {latest_start}"
        )
    best = max(latest, key=lambda rule_set: rule_set.version)
    if any(other.version == best.version and other != best for other in latest):
        raise RuleSetError(
            f"ambiguous rule sets on {on_date}: two different {best.code} v{best.version}"
        )
    return best
