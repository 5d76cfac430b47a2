"""The eligibility engine: run every rule of a rule set and collect the outcomes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from vokasi_desktop.domain.eligibility.catalog import RULE_IDS
from vokasi_desktop.domain.eligibility.facts import (
    ClassFacts,
    InstitutionFacts,
    MemberFacts,
    QuotaFacts,
    RegionRestrictionFacts,
)
from vokasi_desktop.domain.eligibility.params import RuleSetParams
from vokasi_desktop.domain.eligibility.result import (
    EligibilityResult,
    Outcome,
    RuleOutcome,
    Severity,
)
from vokasi_desktop.domain.eligibility.rules import Check, RuleContext, all_rules

__all__ = ["evaluate"]


def evaluate(
    rule_set: RuleSetParams,
    member: MemberFacts,
    klass: ClassFacts | None,
    institution: InstitutionFacts | None,
    quota: QuotaFacts | None,
    restrictions: Iterable[RegionRestrictionFacts],
    on_date: date,
    *,
    overrides: frozenset[str] = frozenset(),
) -> EligibilityResult:
    """Check a worker against ``rule_set`` on ``on_date`` and return every rule's outcome.

    Args:
        rule_set: the rule set to apply (usually from :func:`select_rule_set` on ``on_date``;
            it is not re-checked here, so a what-if check with another rule set is possible).
        member: the worker.
        klass: the class applied for, or ``None`` for a member-only check at the counter: the
            class and institution rules are then ``not_applicable``.
        institution: the class's institution; required when ``klass`` is given.
        quota: the branch quota for the programme year the seat is charged to; ``None`` when
            the branch has no quota for that year (the quota rules then block).
        restrictions: region restrictions (PSBB) to consider; those not touching the class's
            region or dates are ignored by the rules.
        on_date: the check date.
        overrides: rule ids a supervisor has overridden. An override only takes effect on a
            failed rule that the rule set makes overridable; ``quota.seats``, ``quota.budget``
            and ``class.capacity`` never yield. Unknown ids raise ``ValueError``.

    Returns:
        An :class:`EligibilityResult` with one outcome per rule in the catalogue order.
    """
    unknown = sorted(overrides - set(RULE_IDS))
    if unknown:
        raise ValueError(f"unknown rule id(s) in overrides: {', '.join(unknown)}")
    if klass is not None and institution is None:
        raise ValueError(f"class {klass.class_code} was given without its institution")
    ctx = RuleContext(
        params=rule_set,
        member=member,
        klass=klass,
        institution=institution,
        quota=quota,
        restrictions=tuple(restrictions),
        on_date=on_date,
    )
    outcomes: list[RuleOutcome] = []
    for rule in all_rules():
        check = rule.check(ctx)
        severity = _severity(rule_set.severity_of(rule.rule_id, rule.severity))
        overridable = rule_set.is_overridable(rule.rule_id)
        outcome = _outcome(check, severity)
        outcomes.append(
            RuleOutcome(
                rule_id=rule.rule_id,
                title=rule.title,
                outcome=outcome,
                severity=severity,
                overridable=overridable,
                message=check.message,
                next_step=check.next_step if outcome in ("fail", "warn") else "",
                figures=dict(check.figures),
                message_code=check.code,
                next_step_code=check.step_code if outcome in ("fail", "warn") else "",
                params=dict(check.params),
                overridden=outcome == "fail" and overridable and rule.rule_id in overrides,
            )
        )
    return EligibilityResult(
        rule_set_code=rule_set.code,
        rule_set_version=rule_set.version,
        checked_on=on_date,
        outcomes=tuple(outcomes),
    )


def _severity(value: str) -> Severity:
    if value == "block":
        return "block"
    if value == "warn":
        return "warn"
    if value == "info":
        return "info"
    raise ValueError(f"unknown severity {value!r}")  # pragma: no cover - params validate it


def _outcome(check: Check, severity: Severity) -> Outcome:
    """Map a rule's finding to an outcome: an unmet ``block`` rule fails, an unmet ``warn``
    or ``info`` rule and any caveat warn."""
    if check.status == "met":
        return "pass"
    if check.status == "not_applicable":
        return "not_applicable"
    if check.status == "caveat":
        return "warn"
    return "fail" if severity == "block" else "warn"
