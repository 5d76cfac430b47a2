"""The eligibility rules: small pure functions, one per rule id.

Each rule reads a :class:`RuleContext` (the rule-set parameters plus the facts) and returns a
:class:`Check`: met, unmet, met with a caveat, or not applicable. The engine turns a check into
a :class:`~vokasi_desktop.domain.eligibility.result.RuleOutcome` using the rule's severity and
the rule set's override list. Messages are Indonesian and carry the actual figures; the next
step tells the counter worker what the walk-in worker can do.

When the check has no class (a member-only check at the counter), rules about the class and
its institution are not applicable; the quota rules still run on the quota facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from vokasi_desktop.domain.eligibility.catalog import NEVER_OVERRIDABLE, RULE_IDS
from vokasi_desktop.domain.eligibility.dates import (
    add_months,
    age_on,
    count_paid_in_window,
    date_reaching_age,
    longest_run,
    month_index_of,
    month_of_index,
    months_between,
    ranges_overlap,
    run_ending_at,
)
from vokasi_desktop.domain.eligibility.facts import (
    ClassFacts,
    InstitutionFacts,
    MemberFacts,
    QuotaFacts,
    RegionRestrictionFacts,
)
from vokasi_desktop.domain.eligibility.params import RuleSetParams
from vokasi_desktop.domain.eligibility.result import Severity
from vokasi_desktop.domain.eligibility.wording import (
    format_date_id,
    format_month_id,
    format_period_id,
    format_rupiah,
    join_id,
)

__all__ = ["Check", "CheckStatus", "Rule", "RuleContext", "all_rules", "rule_by_id"]

CheckStatus = Literal["met", "unmet", "caveat", "not_applicable"]

Figures = dict[str, int | str]


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Everything a rule may look at.

    Attributes:
        params: the rule set in use.
        member: the worker.
        klass: the class applied for, or ``None`` for a member-only check.
        institution: the class's institution, or ``None``.
        quota: the branch quota for the programme year, or ``None`` when none is defined.
        restrictions: region restrictions (PSBB etc.) that may concern the class.
        on_date: the check date (ages, windows and waiting periods are measured to it).
    """

    params: RuleSetParams
    member: MemberFacts
    klass: ClassFacts | None
    institution: InstitutionFacts | None
    quota: QuotaFacts | None
    restrictions: tuple[RegionRestrictionFacts, ...]
    on_date: date

    @property
    def reference_date(self) -> date:
        """The day institution facts are judged on: class start, else the check date."""
        return self.klass.start_date if self.klass is not None else self.on_date

    @property
    def reference_label(self) -> str:
        """How :attr:`reference_date` is named in messages."""
        return "kelas mulai" if self.klass is not None else "tanggal pemeriksaan"


@dataclass(frozen=True, slots=True)
class Check:
    """A rule's raw finding, before severity and overrides are applied.

    Attributes:
        status: ``met``, ``unmet``, ``caveat`` (met, but something needs attention) or
            ``not_applicable``.
        message: Indonesian explanation with figures.
        next_step: Indonesian advice for the worker (used when unmet or caveat).
        figures: machine-readable figures.
    """

    status: CheckStatus
    message: str
    next_step: str = ""
    figures: Figures = field(default_factory=dict)


RuleCheck = Callable[[RuleContext], Check]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule.

    Attributes:
        rule_id: id from :data:`~vokasi_desktop.domain.eligibility.catalog.RULE_IDS`.
        title: short Indonesian name shown on screens and slips.
        severity: default severity (a rule set may replace it, see ``rule_severities``).
        check: the pure function deciding the rule.
    """

    rule_id: str
    title: str
    severity: Severity
    check: RuleCheck

    @property
    def never_overridable(self) -> bool:
        """Whether no rule set can make this rule overridable."""
        return self.rule_id in NEVER_OVERRIDABLE


_REGISTRY: dict[str, Rule] = {}


def _rule(
    rule_id: str, title: str, severity: Severity = "block"
) -> Callable[[RuleCheck], RuleCheck]:
    """Register the decorated function as the check of ``rule_id``."""
    if rule_id not in RULE_IDS:
        raise ValueError(f"rule id {rule_id!r} is not in the catalogue")

    def register(check: RuleCheck) -> RuleCheck:
        if rule_id in _REGISTRY:
            raise ValueError(f"rule {rule_id!r} registered twice")
        _REGISTRY[rule_id] = Rule(rule_id, title, severity, check)
        return check

    return register


def all_rules() -> tuple[Rule, ...]:
    """Return every rule, in the catalogue order."""
    return tuple(_REGISTRY[rule_id] for rule_id in RULE_IDS)


def rule_by_id(rule_id: str) -> Rule:
    """Return the rule registered as ``rule_id``; raises ``KeyError`` if unknown."""
    return _REGISTRY[rule_id]


# -- check constructors ---------------------------------------------------------------


def _met(message: str, **figures: int | str) -> Check:
    return Check("met", message, "", dict(figures))


def _unmet(message: str, next_step: str, **figures: int | str) -> Check:
    return Check("unmet", message, next_step, dict(figures))


def _caveat(message: str, next_step: str, **figures: int | str) -> Check:
    return Check("caveat", message, next_step, dict(figures))


def _off(ctx: RuleContext) -> Check:
    """Not applicable: the rule set does not use this rule."""
    return Check(
        "not_applicable",
        f"Tidak diterapkan pada aturan {ctx.params.code} versi {ctx.params.version}.",
    )


_NO_CLASS = Check("not_applicable", "Tidak berlaku: pemeriksaan tanpa kelas.")
_NO_INSTITUTION = Check("not_applicable", "Tidak berlaku: pemeriksaan tanpa lembaga pelatihan.")

_REGISTER_FIRST = "Daftar sebagai peserta BPJS Ketenagakerjaan terlebih dahulu."
_RECHECK_HISTORY = (
    "Syarat ini dihitung dari iuran sebelum PHK; bila ada iuran yang belum tercatat, "
    "ajukan koreksi data iuran, lalu periksa ulang."
)
_MISSING_LAYOFF = (
    "Lengkapi tanggal PHK/berakhirnya kontrak sesuai surat keterangan PHK, lalu periksa ulang."
)
_OTHER_INSTITUTION = "Pilih kelas dari lembaga pelatihan lain."

SEGMENT_LABELS = {
    "PU": "Penerima Upah",
    "BPU": "Bukan Penerima Upah",
    "PMI": "Pekerja Migran Indonesia",
    "JAKON": "Jasa Konstruksi",
}
EMPLOYMENT_LABELS = {
    "employed": "masih bekerja",
    "laid_off": "terkena PHK",
    "contract_ended": "kontrak kerja berakhir",
    "informal": "pekerja informal",
    "migrant": "pekerja migran",
}
MODE_LABELS = {
    "daring": "daring (online)",
    "luring": "luring (tatap muka)",
    "blended": "campuran (daring dan tatap muka)",
}
CLASS_STATUS_LABELS = {
    "open": "dibuka",
    "draft": "draf",
    "closed": "ditutup",
    "full": "penuh",
    "running": "berjalan",
    "finished": "selesai",
    "cancelled": "dibatalkan",
}
INSTITUTION_STATUS_LABELS = {"active": "aktif", "suspended": "dibekukan", "inactive": "tidak aktif"}


def _d(day: date) -> str:
    return format_date_id(day)


def _bounds(low: int | None, high: int | None, unit: str) -> str:
    """Describe an inclusive range: "1 s.d. 24 bulan", "minimal 18 tahun", "maksimal 40 tahun"."""
    if low is not None and high is not None:
        return f"{low} s.d. {high} {unit}"
    if low is not None:
        return f"minimal {low} {unit}"
    return f"maksimal {high} {unit}"


# -- membership -----------------------------------------------------------------------


@_rule("membership.kpj", "Kartu peserta (KPJ)")
def check_kpj(ctx: RuleContext) -> Check:
    """The worker must hold a BPJS Ketenagakerjaan membership number (KPJ)."""
    if not ctx.params.require_kpj:
        return _off(ctx)
    if ctx.member.has_kpj:
        return _met("Peserta memiliki nomor KPJ BPJS Ketenagakerjaan.", has_kpj=1)
    next_step = _REGISTER_FIRST
    months = ctx.params.min_contribution_months
    if months:
        next_step += f" Setelah itu bayar iuran {months} bulan, lalu kembali."
    return _unmet(
        "Peserta belum memiliki kartu/nomor KPJ BPJS Ketenagakerjaan.", next_step, has_kpj=0
    )


@_rule("membership.active", "Kepesertaan aktif")
def check_active(ctx: RuleContext) -> Check:
    """The membership must be active."""
    if not ctx.params.require_active_membership:
        return _off(ctx)
    status = ctx.member.membership_status
    if status == "active":
        return _met("Kepesertaan aktif.", membership_status=status)
    if status == "inactive":
        return _unmet(
            "Kepesertaan tidak aktif; program ini mensyaratkan kepesertaan aktif.",
            "Aktifkan kembali kepesertaan dengan membayar iuran bulan berjalan, lalu kembali.",
            membership_status=status,
        )
    return _unmet(
        "Belum terdaftar sebagai peserta BPJS Ketenagakerjaan.",
        _REGISTER_FIRST,
        membership_status=status,
    )


@_rule("membership.inactive", "Kepesertaan sudah tidak aktif")
def check_inactive(ctx: RuleContext) -> Check:
    """The worker must be a former member whose membership is no longer active (2019 pilot)."""
    if not ctx.params.require_inactive_membership:
        return _off(ctx)
    status = ctx.member.membership_status
    if status == "inactive":
        return _met(
            "Kepesertaan sudah tidak aktif, sesuai syarat program.", membership_status=status
        )
    if status == "active":
        return _unmet(
            "Kepesertaan masih aktif; program ini untuk mantan peserta yang sudah tidak aktif.",
            "Bila peserta sudah berhenti bekerja, minta perusahaan melaporkan penonaktifan "
            "kepesertaan, lalu kembali.",
            membership_status=status,
        )
    return _unmet(
        "Belum pernah terdaftar sebagai peserta BPJS Ketenagakerjaan; program ini untuk mantan "
        "peserta.",
        "Peserta tidak dapat mengikuti program ini.",
        membership_status=status,
    )


@_rule("membership.verified", "Verifikasi kepesertaan")
def check_verified(ctx: RuleContext) -> Check:
    """Staff must have verified the membership (card, JMO app or head-office data)."""
    if not ctx.params.require_verified_membership:
        return _off(ctx)
    if ctx.member.membership_verified:
        return _met("Kepesertaan sudah diverifikasi petugas.", verified=1)
    return _unmet(
        "Kepesertaan belum diverifikasi.",
        "Verifikasi kepesertaan melalui kartu peserta, aplikasi JMO, atau data kantor pusat, "
        "lalu catat buktinya.",
        verified=0,
    )


# -- contributions (iuran) --------------------------------------------------------------


@_rule("contribution.min_months", "Jumlah bulan iuran")
def check_min_months(ctx: RuleContext) -> Check:
    """At least N paid months over all time, up to and including the check month.

    Applies when ``min_contribution_months > 0`` and no window is set (with a window the
    count is made by ``contribution.window`` instead). Months paid in advance do not count.
    """
    required = ctx.params.min_contribution_months
    if required <= 0 or ctx.params.contribution_window_months is not None:
        return _off(ctx)
    paid = count_paid_in_window(ctx.member.contribution_months, month_index_of(ctx.on_date), None)
    message = f"Iuran tercatat {paid} bulan; minimal {required} bulan."
    if paid >= required:
        return _met(message, paid_months=paid, required_months=required)
    missing = required - paid
    if ctx.member.membership_status == "none":
        next_step = (
            f"Daftar sebagai peserta BPJS Ketenagakerjaan dan bayar iuran {required} bulan "
            "terlebih dahulu."
        )
    else:
        next_step = f"Lunasi iuran {missing} bulan lagi, lalu kembali."
    return _unmet(
        message, next_step, paid_months=paid, required_months=required, missing_months=missing
    )


@_rule("contribution.window", "Iuran dalam periode")
def check_window(ctx: RuleContext) -> Check:
    """At least N paid months within the last W months.

    The window is the W calendar months ending with the anchor month, which is included: the
    month of the check date (``contribution_window_anchor = "check_date"``) or the layoff
    month (``"layoff"``, as for JKP: 12 months within the 24 before the layoff).
    """
    p = ctx.params
    window = p.contribution_window_months
    required = p.min_contribution_months
    if window is None or required <= 0:
        return _off(ctx)
    if p.contribution_window_anchor == "layoff":
        if ctx.member.layoff_date is None:
            return _unmet(
                f"Tanggal PHK belum tercatat; iuran dihitung dalam {window} bulan sampai PHK.",
                _MISSING_LAYOFF,
                window_months=window,
                required_months=required,
            )
        anchor = month_index_of(ctx.member.layoff_date)
        where = f"{window} bulan sampai PHK"
    else:
        anchor = month_index_of(ctx.on_date)
        where = f"{window} bulan terakhir"
    first = anchor - window + 1
    paid = count_paid_in_window(ctx.member.contribution_months, anchor, window)
    figures: Figures = {
        "paid_months": paid,
        "required_months": required,
        "window_months": window,
        "window_first": _month_code(first),
        "window_last": _month_code(anchor),
    }
    message = (
        f"Iuran dalam {where} ({format_month_id(first)} s.d. {format_month_id(anchor)}) "
        f"tercatat {paid} bulan; minimal {required} bulan."
    )
    if paid >= required:
        return _met(message, **figures)
    missing = required - paid
    if p.contribution_window_anchor == "layoff":
        next_step = _RECHECK_HISTORY
    else:
        next_step = (
            f"Perlu sedikitnya {missing} bulan iuran lagi dalam {window} bulan terakhir; "
            "bayar iuran berjalan, lalu periksa ulang."
        )
    return _unmet(message, next_step, missing_months=missing, **figures)


@_rule("contribution.consecutive", "Iuran berturut-turut")
def check_consecutive(ctx: RuleContext) -> Check:
    """At least N consecutive paid months.

    Without ``consecutive_before_layoff``, the longest run up to the check month counts. With
    it, the run must end in the layoff month, or in the month before it when the layoff month
    itself is unpaid.
    """
    p = ctx.params
    required = p.min_consecutive_months
    if required is None:
        return _off(ctx)
    paid = ctx.member.contribution_months
    if p.consecutive_before_layoff:
        layoff = ctx.member.layoff_date
        if layoff is None:
            return _unmet(
                "Tanggal PHK belum tercatat; iuran berturut-turut dihitung sampai PHK.",
                _MISSING_LAYOFF,
                required_months=required,
            )
        layoff_month = month_index_of(layoff)
        last = layoff_month if layoff_month in paid else layoff_month - 1
        length = run_ending_at(paid, last)
        where = f"sampai PHK ({format_month_id(layoff_month)})"
        next_step = _RECHECK_HISTORY
    else:
        length, found_last = longest_run(paid, month_index_of(ctx.on_date))
        last = found_last if found_last is not None else month_index_of(ctx.on_date)
        where = "terpanjang"
        next_step = (
            f"Bayar iuran tanpa terputus hingga tercatat {required} bulan berturut-turut, "
            "lalu kembali."
        )
    span = f" ({format_month_id(last - length + 1)} s.d. {format_month_id(last)})" if length else ""
    message = f"Iuran berturut-turut {where} {length} bulan{span}; minimal {required} bulan."
    figures: Figures = {"consecutive_months": length, "required_months": required}
    if length:
        figures["run_first"] = _month_code(last - length + 1)
        figures["run_last"] = _month_code(last)
    if length >= required:
        return _met(message, **figures)
    return _unmet(message, next_step, missing_months=required - length, **figures)


def _month_code(index: int) -> str:
    """Return a month index as "YYYY-MM" for figures."""
    year, month = month_of_index(index)
    return f"{year:04d}-{month:02d}"


# -- member -----------------------------------------------------------------------------


@_rule("member.segment", "Segmen peserta")
def check_segment(ctx: RuleContext) -> Check:
    """The membership segment (PU, BPU, PMI, JAKON) must be admitted by the rule set."""
    segment = ctx.member.segment
    allowed = ctx.params.allowed_segments
    label = f"{segment} ({SEGMENT_LABELS[segment]})"
    figures: Figures = {"segment": segment, "allowed": ",".join(allowed)}
    if segment in allowed:
        return _met(f"Segmen peserta {label} termasuk yang diizinkan.", **figures)
    return _unmet(
        f"Segmen peserta {label} tidak termasuk; yang diizinkan: {join_id(allowed)}.",
        "Periksa kembali segmen kepesertaan; bila sudah benar, peserta tidak dapat mengikuti "
        "program ini.",
        **figures,
    )


@_rule("member.employment_status", "Status pekerjaan")
def check_employment(ctx: RuleContext) -> Check:
    """The employment status must be admitted by the rule set."""
    status = ctx.member.employment_status
    allowed = ctx.params.allowed_employment_statuses
    figures: Figures = {"employment_status": status, "allowed": ",".join(allowed)}
    label = EMPLOYMENT_LABELS[status]
    if status in allowed:
        return _met(f"Status pekerjaan \u201c{label}\u201d termasuk yang diizinkan.", **figures)
    allowed_labels = join_id(EMPLOYMENT_LABELS[item] for item in allowed)
    return _unmet(
        f"Status pekerjaan \u201c{label}\u201d tidak termasuk; yang diizinkan: {allowed_labels}.",
        "Periksa kembali status pekerjaan peserta; bila sudah benar, peserta tidak dapat "
        "mengikuti program ini.",
        **figures,
    )


@_rule("member.layoff_window", "Jangka waktu sejak PHK")
def check_layoff_window(ctx: RuleContext) -> Check:
    """The layoff must lie between ``layoff_months_min`` and ``layoff_months_max`` months ago.

    Passes from ``layoff + min months`` up to and including ``layoff + max months``
    (see :func:`~vokasi_desktop.domain.eligibility.dates.add_months`): laid off 2019-03-15,
    1..24 months passes from 2019-04-15 to 2021-03-15.
    """
    low, high = ctx.params.layoff_months_min, ctx.params.layoff_months_max
    if low is None and high is None:
        return _off(ctx)
    layoff = ctx.member.layoff_date
    rule_text = _bounds(low, high, "bulan")
    if layoff is None:
        return _unmet(
            f"Tanggal PHK/berakhirnya kontrak belum tercatat; ketentuan {rule_text} sejak PHK.",
            _MISSING_LAYOFF,
        )
    if layoff > ctx.on_date:
        return _unmet(
            f"Tanggal PHK {_d(layoff)} setelah tanggal pemeriksaan {_d(ctx.on_date)}.",
            "Periksa kembali tanggal PHK pada data peserta.",
            layoff_date=layoff.isoformat(),
        )
    months = months_between(layoff, ctx.on_date)
    figures: Figures = {"layoff_date": layoff.isoformat(), "months_since_layoff": months}
    if low is not None:
        earliest = add_months(layoff, low)
        figures["earliest_date"] = earliest.isoformat()
        if ctx.on_date < earliest:
            return _unmet(
                f"PHK {_d(layoff)}, baru {months} bulan; ketentuan {rule_text} sejak PHK.",
                f"Kembali pada atau setelah {_d(earliest)}.",
                **figures,
            )
    if high is not None:
        latest = add_months(layoff, high)
        figures["latest_date"] = latest.isoformat()
        if ctx.on_date > latest:
            return _unmet(
                f"PHK {_d(layoff)}; batas {high} bulan sejak PHK berakhir {_d(latest)}.",
                "Batas waktu sudah lewat; peserta tidak dapat mengikuti program ini.",
                **figures,
            )
    return _met(
        f"PHK {_d(layoff)}, {months} bulan lalu; ketentuan {rule_text} sejak PHK.", **figures
    )


@_rule("member.age", "Batas usia")
def check_age(ctx: RuleContext) -> Check:
    """Age in full years on the check date within ``age_min``..``age_max`` (inclusive).

    ``age_max = 40`` admits someone until the day before their 41st birthday.
    """
    low, high = ctx.params.age_min, ctx.params.age_max
    if low is None and high is None:
        return _off(ctx)
    birth = ctx.member.birth_date
    if birth > ctx.on_date:
        return _unmet(
            f"Tanggal lahir {_d(birth)} setelah tanggal pemeriksaan.",
            "Periksa kembali tanggal lahir peserta.",
            birth_date=birth.isoformat(),
        )
    age = age_on(birth, ctx.on_date)
    rule_text = _bounds(low, high, "tahun")
    figures: Figures = {"age": age}
    if low is not None:
        figures["age_min"] = low
    if high is not None:
        figures["age_max"] = high
    if low is not None and age < low:
        return _unmet(
            f"Usia {age} tahun; ketentuan {rule_text}.",
            f"Kembali pada atau setelah {_d(date_reaching_age(birth, low))}.",
            **figures,
        )
    if high is not None and age > high:
        return _unmet(
            f"Usia {age} tahun; ketentuan {rule_text}.",
            "Peserta tidak dapat mengikuti program ini karena batas usia.",
            **figures,
        )
    return _met(f"Usia {age} tahun; ketentuan {rule_text}.", **figures)


@_rule("member.once_per_person", "Sekali per orang")
def check_once(ctx: RuleContext) -> Check:
    """No earlier non-cancelled enrolment (completed, running or planned)."""
    if not ctx.params.once_per_person:
        return _off(ctx)
    count = ctx.member.past_enrollment_count
    if count == 0:
        return _met("Belum pernah mengikuti pelatihan program ini.", past_enrollments=0)
    return _unmet(
        f"Sudah pernah terdaftar pada pelatihan program ini ({count} kali); pelatihan hanya "
        "sekali per orang.",
        "Peserta tidak dapat mendaftar lagi pada program ini.",
        past_enrollments=count,
    )


@_rule("member.membership_duration", "Lama kepesertaan")
def check_membership_duration(ctx: RuleContext) -> Check:
    """At least N full months from ``membership_since`` to the check date."""
    required = ctx.params.min_membership_months
    if required is None:
        return _off(ctx)
    since = ctx.member.membership_since
    if since is None:
        return _unmet(
            f"Tanggal mulai kepesertaan belum tercatat; minimal {required} bulan.",
            "Lengkapi tanggal mulai kepesertaan dari kartu peserta atau data kantor pusat, "
            "lalu periksa ulang.",
            required_months=required,
        )
    months = months_between(since, ctx.on_date) if since <= ctx.on_date else 0
    ready = add_months(since, required)
    message = f"Lama kepesertaan {months} bulan (sejak {_d(since)}); minimal {required} bulan."
    figures: Figures = {
        "membership_months": months,
        "required_months": required,
        "membership_since": since.isoformat(),
    }
    if ctx.on_date >= ready:
        return _met(message, **figures)
    return _unmet(message, f"Kembali pada atau setelah {_d(ready)}.", **figures)


# -- enrolment, quota ---------------------------------------------------------------------


@_rule("enrollment.overlap", "Jadwal tidak bentrok")
def check_overlap(ctx: RuleContext) -> Check:
    """The class must not share a day with another active enrolment (or be the same class)."""
    if not ctx.params.no_overlapping_enrollment:
        return _off(ctx)
    klass = ctx.klass
    if klass is None:
        return _NO_CLASS
    active = ctx.member.active_enrollments
    for enrollment in active:
        if enrollment.class_code == klass.class_code:
            return _unmet(
                f"Peserta sudah terdaftar di kelas {klass.class_code}.",
                "Tidak perlu mendaftar ulang; periksa data pendaftaran yang sudah ada.",
                conflicting_class=enrollment.class_code,
            )
    clashes = [
        enrollment
        for enrollment in active
        if ranges_overlap(
            enrollment.start_date, enrollment.end_date, klass.start_date, klass.end_date
        )
    ]
    if not clashes:
        return _met(
            "Tidak ada jadwal yang bentrok dengan kelas lain yang sedang diikuti.",
            active_enrollments=len(active),
        )
    first = min(clashes, key=lambda enrollment: enrollment.start_date)
    others = f" dan {len(clashes) - 1} kelas lain" if len(clashes) > 1 else ""
    return _unmet(
        f"Jadwal bentrok dengan kelas {first.class_code} "
        f"({format_period_id(first.start_date, first.end_date)}){others}.",
        f"Pilih kelas yang jadwalnya tidak bentrok dengan kelas {first.class_code}, atau "
        "selesaikan/batalkan pendaftaran itu terlebih dahulu.",
        conflicting_class=first.class_code,
        conflicts=len(clashes),
    )


_NO_QUOTA_NEXT = "Minta Kantor Wilayah menetapkan kuota dan anggaran cabang, lalu periksa ulang."


@_rule("quota.seats", "Kuota kursi cabang")
def check_quota_seats(ctx: RuleContext) -> Check:
    """The branch quota must still have a free seat. Never overridable."""
    if not ctx.params.require_quota_seats:
        return _off(ctx)
    quota = ctx.quota
    if quota is None:
        return _unmet("Kuota cabang untuk tahun program ini belum ditetapkan.", _NO_QUOTA_NEXT)
    figures: Figures = {
        "program_year": quota.program_year,
        "seats": quota.seats,
        "seats_used": quota.seats_used,
        "seats_left": quota.seats_left,
    }
    if quota.seats_left >= 1:
        return _met(
            f"Kuota cabang {quota.program_year}: {quota.seats_left} dari {quota.seats} kursi "
            "masih tersedia.",
            **figures,
        )
    return _unmet(
        f"Kuota cabang {quota.program_year} habis: {quota.seats_used} dari {quota.seats} kursi "
        "terpakai.",
        "Catat peserta dalam daftar tunggu atau minta tambahan kuota ke Kantor Wilayah.",
        **figures,
    )


@_rule("quota.budget", "Anggaran cabang")
def check_quota_budget(ctx: RuleContext) -> Check:
    """The branch budget left must cover the class cost (without a class: must not be empty).

    Never overridable.
    """
    if not ctx.params.require_quota_budget:
        return _off(ctx)
    quota = ctx.quota
    if quota is None:
        return _unmet("Anggaran cabang untuk tahun program ini belum ditetapkan.", _NO_QUOTA_NEXT)
    left = quota.budget_left
    figures: Figures = {
        "program_year": quota.program_year,
        "budget": quota.budget,
        "budget_used": quota.budget_used,
        "budget_left": left,
    }
    next_step = "Minta tambahan anggaran ke Kantor Wilayah."
    if ctx.klass is None:
        if left > 0:
            return _met(
                f"Sisa anggaran cabang {quota.program_year}: {format_rupiah(left)}.", **figures
            )
        return _unmet(f"Anggaran cabang {quota.program_year} habis.", next_step, **figures)
    cost = ctx.klass.cost
    figures["class_cost"] = cost
    message = (
        f"Sisa anggaran cabang {quota.program_year} {format_rupiah(left)}; biaya kelas "
        f"{format_rupiah(cost)} per peserta."
    )
    if left >= cost:
        return _met(message, **figures)
    return _unmet(
        message,
        f"Pilih kelas dengan biaya paling banyak {format_rupiah(left)}, atau minta tambahan "
        "anggaran ke Kantor Wilayah.",
        **figures,
    )


# -- class ------------------------------------------------------------------------------


@_rule("class.status", "Status kelas")
def check_class_status(ctx: RuleContext) -> Check:
    """The class must be ``open`` and not finished; joining after the start only warns."""
    klass = ctx.klass
    if klass is None:
        return _NO_CLASS
    label = CLASS_STATUS_LABELS.get(klass.status, klass.status)
    figures: Figures = {"class_status": klass.status}
    other = "Pilih kelas lain yang masih dibuka."
    if klass.status != "open":
        return _unmet(
            f"Status kelas {klass.class_code}: {label}; pendaftaran hanya untuk kelas yang dibuka.",
            other,
            **figures,
        )
    if ctx.on_date > klass.end_date:
        return _unmet(
            f"Kelas {klass.class_code} sudah berakhir {_d(klass.end_date)}.", other, **figures
        )
    if ctx.on_date > klass.start_date:
        return _caveat(
            f"Kelas {klass.class_code} sudah berjalan sejak {_d(klass.start_date)}; peserta "
            "bergabung terlambat.",
            "Pastikan lembaga masih menerima peserta yang bergabung terlambat.",
            **figures,
        )
    return _met(
        f"Kelas {klass.class_code} dibuka; mulai {_d(klass.start_date)}.",
        **figures,
    )


@_rule("class.capacity", "Kapasitas kelas")
def check_capacity(ctx: RuleContext) -> Check:
    """The class must have a free seat. Never overridable."""
    klass = ctx.klass
    if klass is None:
        return _NO_CLASS
    left = max(klass.capacity - klass.seats_used, 0)
    figures: Figures = {
        "capacity": klass.capacity,
        "seats_used": klass.seats_used,
        "seats_left": left,
    }
    if left >= 1:
        return _met(f"Tersedia {left} dari {klass.capacity} kursi kelas.", **figures)
    return _unmet(
        f"Kelas penuh: {klass.seats_used} dari {klass.capacity} kursi terisi.",
        "Pilih kelas lain atau catat peserta dalam daftar tunggu.",
        **figures,
    )


@_rule("class.mode_region", "Mode kelas dan PSBB")
def check_mode_region(ctx: RuleContext) -> Check:
    """A class in a region under PSBB (or another daring-only level) must be daring.

    A restriction counts when its region is the class's regency (4 digits) or province
    (2 digits) and its dates (inclusive) share at least one day with the class dates.
    Blended classes have face-to-face parts, so they count as not daring.
    """
    p = ctx.params
    if not p.psbb_daring_only:
        return _off(ctx)
    klass = ctx.klass
    if klass is None:
        return _NO_CLASS
    levels = {level.casefold() for level in p.daring_only_levels}
    hits = sorted(
        (
            restriction
            for restriction in ctx.restrictions
            if restriction.level.casefold() in levels
            and restriction.covers_region(klass.region_code)
            and ranges_overlap(
                restriction.date_from, restriction.date_to, klass.start_date, klass.end_date
            )
        ),
        key=lambda restriction: (restriction.date_from, restriction.region_code),
    )
    mode = MODE_LABELS[klass.mode]
    figures: Figures = {
        "mode": klass.mode,
        "region_code": klass.region_code,
        "restrictions": len(hits),
    }
    if not hits:
        return _met(
            f"Wilayah {klass.region_code} tidak berstatus {join_id(p.daring_only_levels)} selama "
            f"jadwal kelas; kelas {mode} diizinkan.",
            **figures,
        )
    first = hits[0]
    figures.update(
        restriction_region=first.region_code,
        restriction_level=first.level,
        restriction_from=first.date_from.isoformat(),
        restriction_to=first.date_to.isoformat(),
    )
    area = "Provinsi" if len(first.region_code) == 2 else "Kabupaten/Kota"
    status = (
        f"{area} {first.region_code} berstatus {first.level} "
        f"({format_period_id(first.date_from, first.date_to)})"
    )
    if klass.mode == "daring":
        return _met(f"{status}; kelas daring sesuai ketentuan.", **figures)
    return _unmet(
        f"{status} selama jadwal kelas; kelas {mode} tidak diizinkan, hanya daring.",
        "Pilih kelas daring atau kelas di wilayah lain.",
        **figures,
    )


@_rule("class.cost_cap", "Batas biaya pelatihan")
def check_cost_cap(ctx: RuleContext) -> Check:
    """The class cost per participant must not exceed ``max_cost_per_participant``."""
    cap = ctx.params.max_cost_per_participant
    if cap is None:
        return _off(ctx)
    klass = ctx.klass
    if klass is None:
        return _NO_CLASS
    figures: Figures = {"class_cost": klass.cost, "cost_cap": cap}
    if klass.cost <= cap:
        return _met(
            f"Biaya kelas {format_rupiah(klass.cost)} per peserta; batas {format_rupiah(cap)}.",
            **figures,
        )
    return _unmet(
        f"Biaya kelas {format_rupiah(klass.cost)} per peserta melebihi batas {format_rupiah(cap)}.",
        f"Pilih kelas dengan biaya paling banyak {format_rupiah(cap)} per peserta.",
        **figures,
    )


# -- institution -------------------------------------------------------------------------


@_rule("institution.status", "Status lembaga")
def check_institution_status(ctx: RuleContext) -> Check:
    """The institution must be active (not suspended or inactive)."""
    inst = ctx.institution
    if inst is None:
        return _NO_INSTITUTION
    label = INSTITUTION_STATUS_LABELS[inst.status]
    figures: Figures = {"institution_status": inst.status}
    if inst.status == "active":
        return _met(f"Lembaga {inst.name} berstatus aktif.", **figures)
    return _unmet(f"Lembaga {inst.name} berstatus {label}.", _OTHER_INSTITUTION, **figures)


@_rule("institution.type", "Jenis lembaga")
def check_institution_type(ctx: RuleContext) -> Check:
    """The institution type must be admitted by the rule set."""
    inst = ctx.institution
    if inst is None:
        return _NO_INSTITUTION
    allowed = ctx.params.allowed_institution_types
    figures: Figures = {"institution_type": inst.type, "allowed": ",".join(allowed)}
    if inst.type in allowed:
        return _met(f"Jenis lembaga {inst.type} termasuk yang diizinkan.", **figures)
    return _unmet(
        f"Jenis lembaga {inst.type} tidak termasuk; yang diizinkan: {join_id(allowed)}.",
        _OTHER_INSTITUTION,
        **figures,
    )


def issuer_matches(issuer: str, keywords: tuple[str, ...]) -> bool:
    """Return whether ``issuer`` contains one of ``keywords``, ignoring case and spaces.

    Ignoring spaces lets "Tenaga Kerja" match "Dinas Ketenagakerjaan" and "Dinas Tenaga Kerja".
    An empty keyword tuple matches any issuer.
    """
    if not keywords:
        return True
    haystack = "".join(issuer.split()).casefold()
    return any("".join(keyword.split()).casefold() in haystack for keyword in keywords)


@_rule("institution.licence", "Izin lembaga")
def check_licence(ctx: RuleContext) -> Check:
    """A licence must be recorded, issued by the competent office and valid on class start.

    Valid on the start day means ``issued <= start <= expires`` (no expiry date = no end):
    a licence expiring the day before the class starts fails, one expiring on the start day
    passes. Expiry before the class ends passes with a warning. The competent issuer is
    found by keywords per institution type (Dinas Ketenagakerjaan for LPK/BLK, Dinas
    Pendidikan for LKP, BNSP for LSP in the shipped rule sets).
    """
    if not ctx.params.require_licence_valid_on_start:
        return _off(ctx)
    inst = ctx.institution
    if inst is None:
        return _NO_INSTITUTION
    ref, ref_label = ctx.reference_date, ctx.reference_label
    record = (
        "Minta lembaga menyerahkan salinan izin, lalu catat nomor, penerbit, dan masa berlakunya."
    )
    number = (inst.licence_number or "").strip()
    if not number:
        return _unmet(f"Izin lembaga {inst.name} belum tercatat.", record)
    figures: Figures = {"licence_number": number}
    keywords = ctx.params.issuer_keywords_for(inst.type)
    issuer = (inst.licence_issuer or "").strip()
    if keywords:
        figures["issuer_keywords"] = ",".join(keywords)
        if not issuer:
            return _unmet(f"Penerbit izin {number} belum tercatat.", record, **figures)
        if not issuer_matches(issuer, keywords):
            return _unmet(
                f"Penerbit izin \u201c{issuer}\u201d bukan instansi yang berwenang untuk "
                f"{inst.type} (harus memuat: {', '.join(keywords)}).",
                "Periksa kembali penerbit izin; bila lembaga belum berizin dari instansi yang "
                "berwenang, pilih kelas dari lembaga pelatihan lain.",
                **figures,
            )
    if inst.licence_issued is not None:
        figures["licence_issued"] = inst.licence_issued.isoformat()
        if inst.licence_issued > ref:
            return _unmet(
                f"Izin {number} baru terbit {_d(inst.licence_issued)}, setelah {ref_label} "
                f"{_d(ref)}.",
                "Pilih kelas yang mulai setelah izin terbit, atau kelas dari lembaga lain.",
                **figures,
            )
    expires = inst.licence_expires
    if expires is not None:
        figures["licence_expires"] = expires.isoformat()
        if expires < ref:
            return _unmet(
                f"Izin {number} berakhir {_d(expires)}, sebelum {ref_label} {_d(ref)}.",
                "Minta lembaga memperpanjang izin, atau pilih kelas dari lembaga lain.",
                **figures,
            )
        if ctx.klass is not None and expires < ctx.klass.end_date:
            return _caveat(
                f"Izin {number} berlaku sampai {_d(expires)}, sebelum kelas selesai "
                f"{_d(ctx.klass.end_date)}.",
                f"Minta lembaga memperpanjang izin sebelum {_d(expires)}.",
                **figures,
            )
    until = f"sampai {_d(expires)}" if expires is not None else "tanpa batas waktu"
    source = f" dari {issuer}" if issuer else ""
    return _met(f"Izin {number}{source} berlaku {until}.", **figures)


@_rule("institution.experience", "Pengalaman lembaga")
def check_experience(ctx: RuleContext) -> Check:
    """At least N full months from founding/first activity to the class start.

    Founded 2025-01-15 with a class starting 2026-01-15 is exactly 12 months: passes.
    """
    required = ctx.params.min_institution_experience_months
    if required <= 0:
        return _off(ctx)
    inst = ctx.institution
    if inst is None:
        return _NO_INSTITUTION
    founded = inst.founded_on
    if founded is None:
        return _unmet(
            f"Tanggal berdiri atau kegiatan pertama lembaga {inst.name} belum tercatat.",
            "Lengkapi tanggal berdiri/kegiatan pertama lembaga dari dokumen pendiriannya, lalu "
            "periksa ulang.",
            required_months=required,
        )
    ref = ctx.reference_date
    months = months_between(founded, ref) if founded <= ref else 0
    ready = add_months(founded, required)
    figures: Figures = {
        "experience_months": months,
        "required_months": required,
        "founded_on": founded.isoformat(),
        "qualifies_from": ready.isoformat(),
    }
    message = (
        f"Pengalaman lembaga {months} bulan pada {ctx.reference_label} {_d(ref)} (berdiri "
        f"{_d(founded)}); minimal {required} bulan."
    )
    if ref >= ready:
        return _met(message, **figures)
    return _unmet(
        message,
        f"Lembaga memenuhi syarat pengalaman mulai {_d(ready)}; pilih kelas yang mulai pada atau "
        "setelah tanggal itu, atau kelas dari lembaga lain.",
        **figures,
    )


@_rule("institution.partnership", "Perjanjian kerja sama (PKS)")
def check_partnership(ctx: RuleContext) -> Check:
    """A partnership agreement (PKS) with the branch must be in force on the class start.

    In force means ``partnership_from <= start <= partnership_to`` (no end = open-ended); an
    agreement ending before the class ends passes with a warning.
    """
    if not ctx.params.require_partnership:
        return _off(ctx)
    inst = ctx.institution
    if inst is None:
        return _NO_INSTITUTION
    ref, ref_label = ctx.reference_date, ctx.reference_label
    start, end = inst.partnership_from, inst.partnership_to
    if start is None:
        return _unmet(
            f"Belum ada perjanjian kerja sama (PKS) antara kantor cabang dan {inst.name}.",
            "Selesaikan PKS dengan lembaga sebelum kelas dimulai.",
        )
    figures: Figures = {"partnership_from": start.isoformat()}
    if end is not None:
        figures["partnership_to"] = end.isoformat()
    renew = "Perpanjang PKS dengan lembaga, atau pilih kelas dari lembaga lain."
    if ref < start:
        return _unmet(
            f"PKS baru berlaku mulai {_d(start)}, setelah {ref_label} {_d(ref)}.",
            "Pilih kelas yang mulai setelah PKS berlaku, atau kelas dari lembaga lain.",
            **figures,
        )
    if end is not None and end < ref:
        return _unmet(f"PKS berakhir {_d(end)}, sebelum {ref_label} {_d(ref)}.", renew, **figures)
    if end is not None and ctx.klass is not None and end < ctx.klass.end_date:
        return _caveat(
            f"PKS berakhir {_d(end)}, sebelum kelas selesai {_d(ctx.klass.end_date)}.",
            renew,
            **figures,
        )
    until = f"sampai {_d(end)}" if end is not None else "tanpa batas waktu"
    return _met(f"PKS berlaku sejak {_d(start)} {until}.", **figures)


if set(_REGISTRY) != set(RULE_IDS):  # pragma: no cover - a programming error caught on import
    raise RuntimeError(f"rules missing for {sorted(set(RULE_IDS) - set(_REGISTRY))}")
