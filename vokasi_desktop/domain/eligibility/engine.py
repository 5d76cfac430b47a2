"""The eligibility engine: run every rule of a rule set and collect the outcomes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, cast

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
from vokasi_desktop.domain.eligibility.rules import Check, Rule, RuleContext, all_rules

__all__ = ["ClassCase", "evaluate", "evaluate_many"]

ClassCase = tuple[ClassFacts, InstitutionFacts, "QuotaFacts | None",
                  "Sequence[RegionRestrictionFacts]"]
"""One class to check a member against: the class, its institution, the quota of its
programme year and the region restrictions that may concern it."""

# What a rule may read and still give the same finding for every class of one member.
_CLASS_INDEPENDENT = frozenset({"params", "member", "on_date"})


class _ReadTracker:
    """A :class:`RuleContext` stand-in that records which attributes a rule reads.

    Rules are pure functions of their context: a rule whose run read only
    ``params``/``member``/``on_date`` would have taken the same path, and found the same,
    with any other class. Properties (``reference_date`` ...) count as class-dependent.
    """

    __slots__ = ("_ctx", "read")

    def __init__(self, ctx: RuleContext) -> None:
        self._ctx = ctx
        self.read: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        self.read.add(name)
        return getattr(self._ctx, name)



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
    _check_overrides(overrides)
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
    return _result(rule_set, on_date, overrides, [rule.check(ctx) for rule in all_rules()])


def evaluate_many(
    rule_set: RuleSetParams,
    member: MemberFacts,
    cases: Sequence[ClassCase],
    on_date: date,
    *,
    overrides: frozenset[str] = frozenset(),
) -> list[EligibilityResult]:
    """:func:`evaluate` of one member against many classes (the counter's class list).

    Gives the same results as calling :func:`evaluate` per class, faster:

    - the rules whose finding for the first class did not depend on the class (they read only
      the rule set, the member and the date) are not run again for the others;
    - the rules whose finding for a class did not depend on the member are kept for the next
      members checked against the same classes on the same day with the same rule set (the
      counter serves a queue of workers against one list of classes): per class, institution
      and restrictions for the rules that did not read the quota either, per class case with
      its quota for those that did (an enrolment changes the quota of its year: only the quota
      rules run again for the other classes). Facts are compared by value: a seat taken or a
      licence changed makes another case, checked afresh.
    """
    _check_overrides(overrides)
    rules = all_rules()
    cache = _class_side_cache(rule_set, on_date, overrides)
    without_quota, with_quota = cache
    shared: dict[int, RuleOutcome] = {}
    out: list[EligibilityResult] = []
    for n, (klass, institution, quota, restrictions) in enumerate(cases):
        ctx = RuleContext(params=rule_set, member=member, klass=klass, institution=institution,
                          quota=quota, restrictions=tuple(restrictions), on_date=on_date)
        key_a = (klass, institution, ctx.restrictions)
        key_b = (klass, institution, ctx.restrictions, quota)
        known_a = without_quota.get(key_a)
        known_b = with_quota.get(key_b)
        fresh_a, fresh_b = known_a is None, known_b is None
        side_a: dict[int, RuleOutcome] = {} if known_a is None else known_a
        side_b: dict[int, RuleOutcome] = {} if known_b is None else known_b
        track = n == 0 or fresh_a or fresh_b
        outcomes: list[RuleOutcome] = []
        for i, rule in enumerate(rules):
            known = shared.get(i) or side_a.get(i) or side_b.get(i)
            if known is not None:
                outcomes.append(known)
            elif track:
                tracker = _ReadTracker(ctx)
                made = _rule_outcome(rule, rule.check(cast(RuleContext, tracker)), rule_set,
                                     overrides)
                read = tracker.read
                if n == 0 and read <= _CLASS_INDEPENDENT:
                    shared[i] = made
                elif fresh_a and read <= _MEMBER_AND_QUOTA_INDEPENDENT:
                    side_a[i] = made
                elif fresh_b and read <= _MEMBER_INDEPENDENT:
                    side_b[i] = made
                outcomes.append(made)
            else:
                outcomes.append(_rule_outcome(rule, rule.check(ctx), rule_set, overrides))
        if fresh_a:
            _bounded_put(without_quota, key_a, side_a)
        if fresh_b:
            _bounded_put(with_quota, key_b, side_b)
        out.append(EligibilityResult(rule_set_code=rule_set.code,
                                     rule_set_version=rule_set.version, checked_on=on_date,
                                     outcomes=tuple(outcomes)))
    return out


# What a rule may read and still give the same finding for every member checked against one
# class (``reference_*`` are properties of the class and the date); and without the quota.
_MEMBER_INDEPENDENT = frozenset({"params", "klass", "institution", "quota", "restrictions",
                                 "on_date", "reference_date", "reference_label"})
_MEMBER_AND_QUOTA_INDEPENDENT = _MEMBER_INDEPENDENT - {"quota"}
_MAX_CASES = 2048
_MAX_RULE_SETS = 8
_CaseOutcomes = dict[tuple[object, ...], dict[int, RuleOutcome]]
# (id(rule set), date, overrides) -> (the rule set, outcomes per class without its quota,
# outcomes per class with its quota). The rule set is kept in the value (so its id cannot be
# reused while cached) and compared by identity: the service hands over the same parsed
# object for the same stored rule set.
_CLASS_SIDE: dict[tuple[int, date, frozenset[str]],
                  tuple[RuleSetParams, _CaseOutcomes, _CaseOutcomes]] = {}


def _class_side_cache(rule_set: RuleSetParams, on_date: date, overrides: frozenset[str],
                      ) -> tuple[_CaseOutcomes, _CaseOutcomes]:
    """The member-independent outcomes already found for this rule set, date and overrides
    (bounded; plain dicts: a lost race between two threads only recomputes)."""
    key = (id(rule_set), on_date, overrides)
    entry = _CLASS_SIDE.get(key)
    if entry is None or entry[0] is not rule_set:
        if len(_CLASS_SIDE) >= _MAX_RULE_SETS:
            _CLASS_SIDE.clear()
        entry = _CLASS_SIDE[key] = (rule_set, {}, {})
    return entry[1], entry[2]


def _bounded_put(cache: _CaseOutcomes, key: tuple[object, ...],
                 value: dict[int, RuleOutcome]) -> None:
    if len(cache) >= _MAX_CASES:
        cache.clear()
    cache[key] = value


def _check_overrides(overrides: frozenset[str]) -> None:
    unknown = sorted(overrides - set(RULE_IDS))
    if unknown:
        raise ValueError(f"unknown rule id(s) in overrides: {', '.join(unknown)}")


def _result(rule_set: RuleSetParams, on_date: date, overrides: frozenset[str],
            checks: list[Check]) -> EligibilityResult:
    return EligibilityResult(
        rule_set_code=rule_set.code,
        rule_set_version=rule_set.version,
        checked_on=on_date,
        outcomes=tuple(_rule_outcome(rule, check, rule_set, overrides)
                       for rule, check in zip(all_rules(), checks, strict=True)),
    )


def _rule_outcome(rule: Rule, check: Check, rule_set: RuleSetParams,
                  overrides: frozenset[str]) -> RuleOutcome:
    severity = _severity(rule_set.severity_of(rule.rule_id, rule.severity))
    overridable = rule_set.is_overridable(rule.rule_id)
    outcome = _outcome(check, severity)
    return RuleOutcome(
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
