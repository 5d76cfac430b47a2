"""Pure eligibility engine for Vokasi Indonesia Pekerja (standard library only).

Typical use by a service::

    rule_set = select_rule_set(stored_rule_sets, today)
    result = evaluate(rule_set, member, klass, institution, quota, restrictions, today)
    enrollment.eligibility_json = result.to_dict()

See :mod:`.facts` for the inputs, :mod:`.params` for rule sets, :mod:`.rules` for the rules,
:mod:`.dates` for the date arithmetic and its edge semantics.
"""

from vokasi_desktop.domain.eligibility.catalog import NEVER_OVERRIDABLE, RULE_IDS
from vokasi_desktop.domain.eligibility.dates import (
    add_months,
    age_on,
    month_index,
    month_index_of,
    months_between,
    months_from_periods,
)
from vokasi_desktop.domain.eligibility.engine import evaluate
from vokasi_desktop.domain.eligibility.facts import (
    ClassFacts,
    EnrollmentFacts,
    InstitutionFacts,
    MemberFacts,
    QuotaFacts,
    RegionRestrictionFacts,
)
from vokasi_desktop.domain.eligibility.params import (
    NoRuleSetError,
    RuleSetError,
    RuleSetParams,
    select_rule_set,
)
from vokasi_desktop.domain.eligibility.presets import default_rule_sets, preset_dicts
from vokasi_desktop.domain.eligibility.result import (
    EligibilityResult,
    ResultFormatError,
    RuleOutcome,
)
from vokasi_desktop.domain.eligibility.rules import all_rules

__all__ = [
    "NEVER_OVERRIDABLE",
    "RULE_IDS",
    "ClassFacts",
    "EligibilityResult",
    "EnrollmentFacts",
    "InstitutionFacts",
    "MemberFacts",
    "NoRuleSetError",
    "QuotaFacts",
    "RegionRestrictionFacts",
    "ResultFormatError",
    "RuleOutcome",
    "RuleSetError",
    "RuleSetParams",
    "add_months",
    "age_on",
    "all_rules",
    "default_rule_sets",
    "evaluate",
    "month_index",
    "month_index_of",
    "months_between",
    "months_from_periods",
    "preset_dicts",
    "select_rule_set",
]
