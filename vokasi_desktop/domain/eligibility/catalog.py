"""The catalogue of rule ids, in the order outcomes are reported.

Kept apart from the rule functions so that rule-set parameters can validate rule ids without
importing the rules (which themselves depend on the parameters).
"""

from __future__ import annotations

__all__ = ["NEVER_OVERRIDABLE", "RULE_IDS", "SEVERITIES"]

RULE_IDS: tuple[str, ...] = (
    "membership.kpj",
    "membership.active",
    "membership.inactive",
    "membership.verified",
    "contribution.min_months",
    "contribution.window",
    "contribution.consecutive",
    "member.segment",
    "member.employment_status",
    "member.layoff_window",
    "member.age",
    "member.once_per_person",
    "member.membership_duration",
    "enrollment.overlap",
    "quota.seats",
    "quota.budget",
    "class.status",
    "class.capacity",
    "class.mode_region",
    "class.cost_cap",
    "institution.status",
    "institution.type",
    "institution.licence",
    "institution.experience",
    "institution.partnership",
)
"""Every rule id, in the stable order used for outcomes."""

NEVER_OVERRIDABLE: frozenset[str] = frozenset({"quota.seats", "quota.budget", "class.capacity"})
"""Rules a supervisor can never override and a rule set can never soften: seats and money
that do not exist cannot be handed out."""

SEVERITIES: tuple[str, ...] = ("block", "warn", "info")
"""What an unmet rule does: ``block`` refuses (outcome ``fail``), ``warn`` and ``info`` only
flag it (outcome ``warn``)."""
