"""Outcomes of an eligibility check, and their JSON form stored with the enrolment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from vokasi_desktop.domain import vocabulary

__all__ = [
    "OUTCOMES",
    "RESULT_FORMAT",
    "VERDICTS",
    "EligibilityResult",
    "Outcome",
    "ResultFormatError",
    "RuleOutcome",
    "Severity",
    "Verdict",
]

Outcome = Literal["pass", "fail", "warn", "not_applicable"]
Severity = Literal["block", "warn", "info"]
Verdict = Literal["eligible", "eligible_with_warnings", "needs_override", "not_eligible"]

OUTCOMES: tuple[Outcome, ...] = ("pass", "fail", "warn", "not_applicable")
VERDICTS: tuple[Verdict, ...] = (
    "eligible",
    "eligible_with_warnings",
    "needs_override",
    "not_eligible",
)
_SEVERITIES: tuple[Severity, ...] = ("block", "warn", "info")

RESULT_FORMAT = 1
"""Version of the JSON layout produced by :meth:`EligibilityResult.to_dict`."""

_SUMMARIES: dict[Verdict, str] = {v: vocabulary.VERDICTS.label(v) for v in VERDICTS}


class ResultFormatError(ValueError):
    """A stored eligibility result cannot be read."""


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """What one rule concluded.

    Attributes:
        rule_id: the rule id, e.g. ``contribution.min_months``.
        title: short Indonesian name of the rule, e.g. "Jumlah bulan iuran".
        outcome: ``pass``; ``fail`` (unmet, severity ``block``); ``warn`` (unmet with severity
            ``warn``/``info``, or met with a caveat); ``not_applicable`` (the rule set does not
            use this rule, or the check has no class/institution).
        severity: the rule's severity under the rule set: ``block``, ``warn`` or ``info``.
        overridable: whether a supervisor may override a failure of this rule.
        message: Indonesian explanation with the actual figures.
        next_step: Indonesian advice for the worker; empty when the rule passes.
        figures: machine-readable numbers and values behind the message.
        overridden: a supervisor overrode this failure (only ever true for an overridable
            ``fail``).
        message_code: stable id of the message's wording (``contribution.min_months.count``),
            so a screen in another language can say the same from ``params``; empty in
            results stored before codes existed.
        next_step_code: the same for ``next_step``.
        params: the values the wording is built from (see ``rules.MESSAGE_CODES``).
    """

    rule_id: str
    title: str
    outcome: Outcome
    severity: Severity
    overridable: bool
    message: str
    next_step: str = ""
    figures: dict[str, int | str] = field(default_factory=dict, hash=False)
    overridden: bool = False
    message_code: str = ""
    next_step_code: str = ""
    params: dict[str, int | str] = field(default_factory=dict, hash=False)

    @property
    def is_blocking(self) -> bool:
        """Whether this outcome refuses the enrolment (a failed block not overridden)."""
        return self.outcome == "fail" and self.severity == "block" and not self.overridden

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-safe form."""
        return {
            "rule_id": self.rule_id,
            "title": self.title,
            "outcome": self.outcome,
            "severity": self.severity,
            "overridable": self.overridable,
            "overridden": self.overridden,
            "message": self.message,
            "next_step": self.next_step,
            "figures": dict(self.figures),
            "message_code": self.message_code,
            "next_step_code": self.next_step_code,
            "params": dict(self.params),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleOutcome:
        """Read an outcome written by :meth:`to_dict`; raises ``ResultFormatError``."""
        if not isinstance(data, Mapping):
            raise ResultFormatError(f"outcome must be an object, got {type(data).__name__}")
        outcome = _text(data, "outcome")
        if outcome not in OUTCOMES:
            raise ResultFormatError(f"unknown outcome {outcome!r}")
        severity = _text(data, "severity")
        if severity not in _SEVERITIES:
            raise ResultFormatError(f"unknown severity {severity!r}")
        figures = _values(data, "figures")
        params = _values(data, "params")
        return cls(
            rule_id=_text(data, "rule_id"),
            title=_text(data, "title"),
            outcome=outcome,
            severity=severity,
            overridable=_flag(data, "overridable"),
            message=_text(data, "message"),
            next_step=_text(data, "next_step", ""),
            figures=dict(figures),
            overridden=_flag(data, "overridden", False),
            message_code=_text(data, "message_code", ""),
            next_step_code=_text(data, "next_step_code", ""),
            params=params,
        )


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    """Every rule's outcome for one check, and the verdict drawn from them.

    Attributes:
        rule_set_code: code of the rule set that produced the result.
        rule_set_version: its version.
        checked_on: the date the check was made for.
        outcomes: one outcome per rule, in the catalogue order.
    """

    rule_set_code: str
    rule_set_version: int
    checked_on: date
    outcomes: tuple[RuleOutcome, ...]

    @property
    def blocking(self) -> tuple[RuleOutcome, ...]:
        """Failed ``block`` rules that were not overridden."""
        return tuple(outcome for outcome in self.outcomes if outcome.is_blocking)

    @property
    def overridable_failures(self) -> tuple[RuleOutcome, ...]:
        """Blocking failures a supervisor may still override."""
        return tuple(outcome for outcome in self.blocking if outcome.overridable)

    @property
    def overridden(self) -> tuple[RuleOutcome, ...]:
        """Failures a supervisor has overridden."""
        return tuple(outcome for outcome in self.outcomes if outcome.overridden)

    @property
    def warnings(self) -> tuple[RuleOutcome, ...]:
        """Outcomes flagged ``warn``."""
        return tuple(outcome for outcome in self.outcomes if outcome.outcome == "warn")

    @property
    def verdict(self) -> Verdict:
        """``not_eligible`` if a non-overridable rule blocks; ``needs_override`` if only
        overridable rules block; ``eligible_with_warnings`` if something warned or was
        overridden; else ``eligible``."""
        blocking = self.blocking
        if blocking:
            if all(outcome.overridable for outcome in blocking):
                return "needs_override"
            return "not_eligible"
        if self.warnings or self.overridden:
            return "eligible_with_warnings"
        return "eligible"

    @property
    def is_eligible(self) -> bool:
        """Whether the worker may be enrolled now (``eligible`` or ``eligible_with_warnings``)."""
        return self.verdict in ("eligible", "eligible_with_warnings")

    def outcome_of(self, rule_id: str) -> RuleOutcome:
        """Return the outcome of ``rule_id``; raises ``KeyError`` if it is not in the result."""
        for outcome in self.outcomes:
            if outcome.rule_id == rule_id:
                return outcome
        raise KeyError(rule_id)

    def summary_id(self) -> str:
        """Return the one-line Indonesian verdict, e.g. "Tidak memenuhi syarat"."""
        return _SUMMARIES[self.verdict]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-safe form stored with the enrolment (``verdict`` included for
        readers of the raw JSON; it is recomputed, not trusted, on reading)."""
        return {
            "format": RESULT_FORMAT,
            "rule_set_code": self.rule_set_code,
            "rule_set_version": self.rule_set_version,
            "checked_on": self.checked_on.isoformat(),
            "verdict": self.verdict,
            "outcomes": [outcome.to_dict() for outcome in self.outcomes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EligibilityResult:
        """Read a result written by :meth:`to_dict`; raises ``ResultFormatError``."""
        if not isinstance(data, Mapping):
            raise ResultFormatError(f"result must be an object, got {type(data).__name__}")
        stored_format = data.get("format")
        if stored_format != RESULT_FORMAT:
            raise ResultFormatError(f"unsupported result format {stored_format!r}")
        version = data.get("rule_set_version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise ResultFormatError(f"rule_set_version must be an integer, got {version!r}")
        try:
            checked_on = date.fromisoformat(_text(data, "checked_on"))
        except ValueError as error:
            raise ResultFormatError(f"checked_on is not an ISO date: {error}") from None
        outcomes = data.get("outcomes")
        if not isinstance(outcomes, list):
            raise ResultFormatError("outcomes must be a list")
        return cls(
            rule_set_code=_text(data, "rule_set_code"),
            rule_set_version=version,
            checked_on=checked_on,
            outcomes=tuple(RuleOutcome.from_dict(item) for item in outcomes),
        )


def _text(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ResultFormatError(f"{key!r} must be a string, got {value!r}")
    return value


def _values(data: Mapping[str, Any], key: str) -> dict[str, int | str]:
    values = data.get(key, {})
    if not isinstance(values, Mapping) or not all(
        isinstance(name, str) and isinstance(value, (int, str)) and not isinstance(value, bool)
        for name, value in values.items()
    ):
        raise ResultFormatError(f"{key} must map names to integers or strings: {values!r}")
    return dict(values)


def _flag(data: Mapping[str, Any], key: str, default: bool | None = None) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise ResultFormatError(f"{key!r} must be true or false, got {value!r}")
    return value
