"""evaluate_many (the counter's class list) gives exactly what evaluate gives per class."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_eligibility import P2019, V2020, institution, klass, member, paid, quota
from vokasi_desktop.domain.eligibility import RegionRestrictionFacts, default_rule_sets
from vokasi_desktop.domain.eligibility.engine import evaluate, evaluate_many
from vokasi_desktop.domain.eligibility.facts import EnrollmentFacts

RULE_SETS = [V2020, P2019, *default_rule_sets()]

classes = st.builds(
    lambda start, length, mode, status, used, cost, region: klass(
        start_date=date(2020, 1, 1) + timedelta(days=start),
        end_date=date(2020, 1, 1) + timedelta(days=start + length),
        mode=mode, status=status, seats_used=used, cost=cost, region_code=region),
    st.integers(0, 700), st.integers(1, 90), st.sampled_from(["luring", "daring"]),
    st.sampled_from(["open", "closed", "draft"]), st.integers(0, 20),
    st.sampled_from([1_000_000, 2_000_000, 9_000_000]), st.sampled_from(["3578", "3171"]),
)
institutions = st.builds(
    lambda expires, pks_to, status: institution(
        licence_expires=date(2020, 1, 1) + timedelta(days=expires),
        partnership_to=date(2020, 1, 1) + timedelta(days=pks_to), status=status),
    st.integers(-100, 800), st.integers(80, 800), st.sampled_from(["active", "suspended"]),
)
quotas = st.one_of(st.none(), st.builds(lambda used: quota(seats_used=used),
                                        st.integers(0, 225)))
members = st.builds(
    lambda status, verified, first, active: member(
        membership_status=status, membership_verified=verified,
        contribution_months=paid((2019 - first // 12, 1 + first % 12), (2020, 6)),
        active_enrollments=(EnrollmentFacts("KLS-X", date(2020, 8, 10), date(2020, 8, 20),
                                            "enrolled"),) if active else ()),
    st.sampled_from(["active", "inactive"]), st.booleans(), st.integers(0, 30), st.booleans(),
)
restrictions = st.lists(st.builds(
    lambda region, start: RegionRestrictionFacts(region, "PSBB",
                                                 date(2020, 1, 1) + timedelta(days=start),
                                                 date(2020, 1, 1) + timedelta(days=start + 60)),
    st.sampled_from(["3578", "35", "31"]), st.integers(0, 600)), max_size=2)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(RULE_SETS), members,
       st.lists(st.tuples(classes, institutions, quotas, restrictions), min_size=1, max_size=6),
       st.integers(0, 700), st.sampled_from([frozenset(), frozenset({"membership.verified"})]))
def test_evaluate_many_equals_evaluate_per_class(rule_set, m, cases, day, overrides) -> None:  # type: ignore[no-untyped-def]
    on = date(2020, 1, 1) + timedelta(days=day)
    many = evaluate_many(rule_set, m, cases, on, overrides=overrides)
    one_by_one = [evaluate(rule_set, m, k, i, q, r, on, overrides=overrides)
                  for k, i, q, r in cases]
    assert many == one_by_one


def test_class_dependent_rules_are_run_for_every_class() -> None:
    early = klass(start_date=date(2020, 7, 6), end_date=date(2020, 7, 30))
    full = replace(klass(), capacity=5, seats_used=5)
    results = evaluate_many(V2020, member(), [(early, institution(), quota(), ()),
                                              (full, institution(), quota(), ())],
                            date(2020, 7, 1))
    capacity = [next(o for o in r.outcomes if o.rule_id == "class.capacity") for r in results]
    assert [c.outcome for c in capacity] == ["pass", "fail"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(RULE_SETS), st.lists(members, min_size=2, max_size=4),
       st.lists(st.tuples(classes, institutions, quotas, restrictions), min_size=1, max_size=5),
       st.lists(quotas, min_size=1, max_size=3), st.integers(0, 700),
       st.sampled_from([frozenset(), frozenset({"membership.verified"})]))
def test_a_queue_of_members_against_one_class_list_gets_what_each_would_alone(  # type: ignore[no-untyped-def]
        rule_set, queue, cases, later_quotas, day, overrides) -> None:
    """The class-side outcomes kept from one member's list for the next members (and across
    a quota change, as after an enrolment) never change a result."""
    on = date(2020, 1, 1) + timedelta(days=day)
    for n, m in enumerate(queue):
        if n:  # the quota of every class changes between two members, as after an enrolment
            q = later_quotas[n % len(later_quotas)]
            cases = [(k, i, q if n % 2 else old_q, r) for k, i, old_q, r in cases]
        many = evaluate_many(rule_set, m, cases, on, overrides=overrides)
        one_by_one = [evaluate(rule_set, m, k, i, q, r, on, overrides=overrides)
                      for k, i, q, r in cases]
        assert many == one_by_one


def test_the_class_side_is_reused_for_the_next_member(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The second member's list does not run the class-only rules again (and the quota rules
    run again after the quota changed)."""
    from vokasi_desktop.domain.eligibility import rules as rules_module

    cases = [(klass(), institution(), quota(), ())]
    on = date(2020, 7, 1)
    evaluate_many(V2020, member(), cases, on)  # a first member fills the cache
    ran: list[str] = []
    wrapped = {}
    for rule in rules_module.all_rules():
        def spy(ctx, _check=rule.check, _id=rule.rule_id):  # type: ignore[no-untyped-def]
            ran.append(_id)
            return _check(ctx)
        wrapped[rule.rule_id] = replace(rule, check=spy)
    monkeypatch.setattr(rules_module, "_REGISTRY", wrapped)
    from vokasi_desktop.domain.eligibility import engine as engine_module
    monkeypatch.setattr(engine_module, "all_rules", rules_module.all_rules)
    other = member(membership_status="inactive")
    evaluate_many(V2020, other, cases, on)
    assert "class.capacity" not in ran and "institution.licence" not in ran
    assert "membership.active" in ran
    ran.clear()
    evaluate_many(V2020, other, [(klass(), institution(), quota(seats_used=7), ())], on)
    assert "quota.seats" in ran and "class.capacity" not in ran
