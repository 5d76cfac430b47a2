"""Input facts for an eligibility check: plain frozen data built by the service layer.

The engine never reads the database: a service loads the member, class, institution, quota and
region restrictions and hands them over as these dataclasses. Each validates its closed
vocabularies on construction, so a mapping mistake fails loudly at the boundary instead of
silently producing a wrong verdict.

Domain words: *KPJ* is the BPJS Ketenagakerjaan membership number (Kartu Peserta Jamsostek);
*iuran* is the monthly contribution; *daring*/*luring* are online/face-to-face training;
*PSBB* (Pembatasan Sosial Berskala Besar) is the large-scale social restriction status of a
region; *PHK* is a layoff.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vokasi_desktop.domain import vocabulary

__all__ = [
    "CLASS_MODES",
    "EMPLOYMENT_STATUSES",
    "INSTITUTION_STATUSES",
    "INSTITUTION_TYPES",
    "MEMBERSHIP_STATUSES",
    "SEGMENTS",
    "ClassFacts",
    "EnrollmentFacts",
    "InstitutionFacts",
    "MemberFacts",
    "QuotaFacts",
    "RegionRestrictionFacts",
]

# The closed vocabularies checked at the boundary (codes from domain.vocabulary).
MEMBERSHIP_STATUSES = vocabulary.MEMBERSHIP_STATUSES.codes
SEGMENTS = vocabulary.SEGMENTS.codes
EMPLOYMENT_STATUSES = vocabulary.EMPLOYMENT_STATUSES.codes
CLASS_MODES = vocabulary.CLASS_MODES.codes
INSTITUTION_TYPES = vocabulary.INSTITUTION_TYPES.codes
INSTITUTION_STATUSES = vocabulary.INSTITUTION_STATUSES.codes


def _require(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")


def _require_order(first: date | None, last: date | None, what: str) -> None:
    if first is not None and last is not None and last < first:
        raise ValueError(f"{what}: end {last} is before start {first}")


def _require_non_negative(value: int, what: str) -> None:
    if value < 0:
        raise ValueError(f"{what} must not be negative, got {value}")


def _require_region(code: str, lengths: tuple[int, ...], what: str) -> None:
    if not (code.isascii() and code.isdigit() and len(code) in lengths):
        expected = " or ".join(f"{n}-digit" for n in lengths)
        raise ValueError(f"{what} must be a {expected} Kemendagri code, got {code!r}")


@dataclass(frozen=True, slots=True)
class EnrollmentFacts:
    """An enrolment of the member that is neither cancelled nor finished.

    Attributes:
        class_code: code of the class the member is enrolled in.
        start_date: first day of that class.
        end_date: last day of that class (inclusive).
        status: the enrolment status as stored (shown in messages only).
    """

    class_code: str
    start_date: date
    end_date: date
    status: str

    def __post_init__(self) -> None:
        _require_order(self.start_date, self.end_date, f"enrolment in {self.class_code}")


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """What the rules need to know about the worker being checked.

    Attributes:
        member_uuid: the member's UUID (text), for traceability only.
        has_kpj: whether the worker holds a BPJS Ketenagakerjaan membership number (KPJ).
        membership_status: ``active``, ``inactive`` or ``none`` (see ``MEMBERSHIP_STATUSES``).
        membership_verified: whether staff verified the membership (card, JMO app, head-office
            data) and recorded the evidence.
        membership_since: first day of membership, if known.
        segment: ``PU``, ``BPU``, ``PMI`` or ``JAKON``.
        employment_status: see ``EMPLOYMENT_STATUSES``.
        layoff_date: day of the layoff (PHK) or contract end, if any.
        birth_date: date of birth.
        contribution_months: month indexes (``year * 12 + month - 1``) with a paid contribution;
            build it with :func:`~vokasi_desktop.domain.eligibility.dates.months_from_periods`.
        active_enrollments: enrolments that are neither cancelled nor finished.
        past_enrollment_count: number of enrolments ever made that were not cancelled
            (completed, running or planned), used by the once-per-person rule. The service must
            leave out the enrolment being re-checked, if any.
    """

    member_uuid: str
    has_kpj: bool
    membership_status: str
    membership_verified: bool
    membership_since: date | None
    segment: str
    employment_status: str
    layoff_date: date | None
    birth_date: date
    contribution_months: frozenset[int] = frozenset()
    active_enrollments: tuple[EnrollmentFacts, ...] = ()
    past_enrollment_count: int = 0

    def __post_init__(self) -> None:
        _require(self.membership_status, MEMBERSHIP_STATUSES, "membership status")
        _require(self.segment, SEGMENTS, "segment")
        _require(self.employment_status, EMPLOYMENT_STATUSES, "employment status")
        _require_non_negative(self.past_enrollment_count, "past_enrollment_count")


@dataclass(frozen=True, slots=True)
class ClassFacts:
    """A training class the worker wants to join.

    Attributes:
        class_code: the class code.
        title: the class title, for messages.
        mode: ``daring`` (online), ``luring`` (face to face) or ``blended``.
        region_code: 4-digit Kemendagri regency/city code where the class is held
            (its first two digits are the province).
        start_date: first day of the class.
        end_date: last day of the class (inclusive).
        capacity: seats in the class.
        seats_used: seats already taken.
        cost: cost per participant in whole Rupiah.
        status: the class status as stored; only ``open`` accepts enrolments.
    """

    class_code: str
    title: str
    mode: str
    region_code: str
    start_date: date
    end_date: date
    capacity: int
    seats_used: int
    cost: int
    status: str

    def __post_init__(self) -> None:
        _require(self.mode, CLASS_MODES, "class mode")
        _require_region(self.region_code, (4,), "class region_code")
        _require_order(self.start_date, self.end_date, f"class {self.class_code}")
        _require_non_negative(self.capacity, "capacity")
        _require_non_negative(self.seats_used, "seats_used")
        _require_non_negative(self.cost, "cost")


@dataclass(frozen=True, slots=True)
class InstitutionFacts:
    """The training institution running the class.

    Attributes:
        code: institution code.
        name: institution name, for messages.
        type: ``LPK``, ``LKP``, ``LSP``, ``BLK`` or ``OTHER``.
        licence_number: licence (izin) number, if recorded.
        licence_issuer: issuing office, e.g. "Dinas Ketenagakerjaan Kota Surabaya".
        licence_issued: day the licence was issued, if known.
        licence_expires: last day the licence is valid; ``None`` means no expiry.
        founded_on: founding or first-activity date (the experience test).
        partnership_from: first day of the partnership agreement (PKS) with the branch.
        partnership_to: last day of the PKS; ``None`` means open-ended.
        status: ``active``, ``suspended`` or ``inactive``.
    """

    code: str
    name: str
    type: str
    licence_number: str | None
    licence_issuer: str | None
    licence_issued: date | None
    licence_expires: date | None
    founded_on: date | None
    partnership_from: date | None
    partnership_to: date | None
    status: str

    def __post_init__(self) -> None:
        _require(self.type, INSTITUTION_TYPES, "institution type")
        _require(self.status, INSTITUTION_STATUSES, "institution status")
        _require_order(self.licence_issued, self.licence_expires, f"licence of {self.code}")
        _require_order(self.partnership_from, self.partnership_to, f"partnership with {self.code}")


@dataclass(frozen=True, slots=True)
class QuotaFacts:
    """The branch's quota for the programme year the seat is charged to.

    Pass ``None`` instead of an instance when no quota is defined: the quota rules then block.

    Attributes:
        program_year: the programme year.
        seats: seats granted to the branch.
        seats_used: seats already taken.
        budget: budget granted to the branch, whole Rupiah.
        budget_used: budget already committed, whole Rupiah.
    """

    program_year: int
    seats: int
    seats_used: int
    budget: int
    budget_used: int

    def __post_init__(self) -> None:
        for name in ("seats", "seats_used", "budget", "budget_used"):
            _require_non_negative(getattr(self, name), name)

    @property
    def seats_left(self) -> int:
        """Seats still free (never negative)."""
        return max(self.seats - self.seats_used, 0)

    @property
    def budget_left(self) -> int:
        """Budget still free in Rupiah (never negative)."""
        return max(self.budget - self.budget_used, 0)


@dataclass(frozen=True, slots=True)
class RegionRestrictionFacts:
    """A period of restrictions (e.g. PSBB) in a province or a regency/city.

    Attributes:
        region_code: 2-digit province or 4-digit regency/city Kemendagri code.
        level: restriction level, e.g. ``PSBB``.
        date_from: first day (inclusive).
        date_to: last day (inclusive).
    """

    region_code: str
    level: str
    date_from: date
    date_to: date

    def __post_init__(self) -> None:
        _require_region(self.region_code, (2, 4), "restriction region_code")
        _require_order(self.date_from, self.date_to, f"restriction in {self.region_code}")

    def covers_region(self, regency_code: str) -> bool:
        """Return whether this restriction applies to the 4-digit ``regency_code``."""
        return regency_code.startswith(self.region_code)
