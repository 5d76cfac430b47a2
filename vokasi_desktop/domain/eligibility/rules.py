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

from vokasi_desktop.domain import vocabulary
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
from vokasi_desktop.domain.formatting import (
    format_date_id,
    format_month_id,
    format_period_id,
    format_rupiah,
    join_id,
)
from vokasi_desktop.domain.licence import licence_state

__all__ = ["MESSAGE_CODES", "Check", "CheckStatus", "Rule", "RuleContext", "Text", "all_rules",
           "rule_by_id"]

CheckStatus = Literal["met", "unmet", "caveat", "not_applicable"]

Figures = dict[str, int | str]


MESSAGE_CODES: frozenset[str] = frozenset({
    "off", "no_class", "no_institution", "kpj.met", "kpj.unmet", "active.met", "active.inactive",
    "active.none", "inactive.met", "inactive.active", "inactive.none", "verified.met",
    "verified.unmet", "min_months.count", "window.no_layoff", "window.count",
    "window.count_layoff", "consecutive.no_layoff", "consecutive.layoff",
    "consecutive.layoff_span", "consecutive.longest", "consecutive.longest_span", "segment.met",
    "segment.unmet", "employment.met", "employment.unmet", "layoff.missing", "layoff.future",
    "layoff.too_early", "layoff.too_late", "layoff.met", "age.future", "age.count", "once.met",
    "once.unmet", "duration.missing", "duration.count", "overlap.same", "overlap.met",
    "overlap.clash", "seats.none", "seats.met", "seats.unmet", "budget.none", "budget.left",
    "budget.empty", "budget.class", "class_status.not_open", "class_status.ended",
    "class_status.late", "class_status.met", "capacity.met", "capacity.full", "mode.free",
    "mode.daring", "mode.not_daring", "cost.met", "cost.unmet", "institution_status.met",
    "institution_status.unmet", "institution_type.met", "institution_type.unmet",
    "licence.missing", "licence.no_issuer", "licence.wrong_issuer", "licence.not_yet",
    "licence.expired", "licence.expires_during", "licence.met", "licence.met_issuer",
    "licence.met_until", "licence.met_issuer_until", "experience.missing", "experience.count",
    "pks.missing", "pks.not_yet", "pks.ended", "pks.ends_during", "pks.met", "pks.met_until",
    "step.register_first", "step.register_then_pay", "step.recheck_history", "step.missing_layoff",
    "step.other_institution", "step.reactivate", "step.report_deactivation", "step.cannot_join",
    "step.verify", "step.register_and_pay", "step.pay_missing", "step.window_missing",
    "step.pay_consecutive", "step.check_segment", "step.check_employment", "step.check_layoff",
    "step.come_back", "step.deadline_passed", "step.check_birth", "step.too_old",
    "step.no_second_time", "step.record_membership_start", "step.already_enrolled",
    "step.pick_no_clash", "step.no_quota", "step.waiting_list_quota", "step.more_budget",
    "step.cheaper_class", "step.other_open_class", "step.late_join", "step.other_class_or_wait",
    "step.daring_or_elsewhere", "step.cost_cap", "step.record_licence", "step.check_issuer",
    "step.after_licence", "step.renew_licence", "step.renew_licence_before",
    "step.record_founding", "step.experience_from", "step.make_pks", "step.renew_pks",
    "step.after_pks",
})
"""Every message and next-step code a rule may give (see :class:`Text`)."""


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
    code: str = ""
    step_code: str = ""
    params: Figures = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Wording built with ``_t`` carries its code and parameters: copy them out.
        params: Figures = {}
        for text, attr in ((self.message, "code"), (self.next_step, "step_code")):
            if isinstance(text, Text):
                object.__setattr__(self, attr, text.code)
                params.update(text.params)
        if params and not self.params:
            object.__setattr__(self, "params", params)


class Text(str):
    """Indonesian wording that also carries its stable code and parameters.

    The domain writes Indonesian (slips, stored results); a screen in another language builds
    the same sentence from ``code`` and ``params`` (values: numbers, codes, ISO dates
    ``*_date``, months ``*_month`` as YYYY-MM, amounts ``*_rp``, lists ``*_list`` as
    comma-separated codes).
    """

    code: str
    params: Figures

    def __new__(cls, code: str, text: str, params: Figures) -> Text:
        if code not in MESSAGE_CODES:
            raise ValueError(f"message code {code!r} is not in MESSAGE_CODES")
        self = super().__new__(cls, text)
        self.code = code
        self.params = params
        return self


def _t(code: str, text: str, **params: int | str) -> Text:
    """Indonesian ``text`` with its message ``code`` and the ``params`` it is built from."""
    return Text(code, text, dict(params))


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
        _t("off", f"Tidak diterapkan pada aturan {ctx.params.code} versi {ctx.params.version}.",
           rule_set=ctx.params.code, version=ctx.params.version),
    )


_NO_CLASS = Check("not_applicable", _t("no_class", "Tidak berlaku: pemeriksaan tanpa kelas."))
_NO_INSTITUTION = Check("not_applicable", _t(
    "no_institution", "Tidak berlaku: pemeriksaan tanpa lembaga pelatihan."))

_REGISTER_FIRST = _t("step.register_first",
                     "Daftar sebagai peserta BPJS Ketenagakerjaan terlebih dahulu.")
_RECHECK_HISTORY = _t(
    "step.recheck_history",
    "Syarat ini dihitung dari iuran sebelum PHK; bila ada iuran yang belum tercatat, "
    "ajukan koreksi data iuran, lalu periksa ulang."
)
_MISSING_LAYOFF = _t(
    "step.missing_layoff",
    "Lengkapi tanggal PHK/berakhirnya kontrak sesuai surat keterangan PHK, lalu periksa ulang."
)
_OTHER_INSTITUTION = _t("step.other_institution", "Pilih kelas dari lembaga pelatihan lain.")

SEGMENT_LABELS = {t.code: t.in_sentence for t in vocabulary.SEGMENTS}
EMPLOYMENT_LABELS = {t.code: t.in_sentence for t in vocabulary.EMPLOYMENT_STATUSES}
MODE_LABELS = {t.code: t.in_sentence for t in vocabulary.CLASS_MODES}
CLASS_STATUS_LABELS = {t.code: t.in_sentence for t in vocabulary.CLASS_STATUSES}
INSTITUTION_STATUS_LABELS = {t.code: t.in_sentence for t in vocabulary.INSTITUTION_STATUSES}


def _d(day: date) -> str:
    return format_date_id(day)


def _month(index: int) -> str:
    """A month index (see ``dates.month_index``) as "Januari 2026"."""
    return format_month_id(*month_of_index(index))


def _range(low: int | None, high: int | None) -> str:
    """A range as a parameter: "1-24", "18-" (at least) or "-40" (at most)."""
    return f"{'' if low is None else low}-{'' if high is None else high}"


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
        return _met(_t("kpj.met", "Peserta memiliki nomor KPJ BPJS Ketenagakerjaan."), has_kpj=1)
    next_step = _REGISTER_FIRST
    months = ctx.params.min_contribution_months
    if months:
        next_step = _t("step.register_then_pay", next_step
                       + f" Setelah itu bayar iuran {months} bulan, lalu kembali.", months=months)
    return _unmet(
        _t("kpj.unmet", "Peserta belum memiliki kartu/nomor KPJ BPJS Ketenagakerjaan."),
        next_step, has_kpj=0
    )


@_rule("membership.active", "Kepesertaan aktif")
def check_active(ctx: RuleContext) -> Check:
    """The membership must be active."""
    if not ctx.params.require_active_membership:
        return _off(ctx)
    status = ctx.member.membership_status
    if status == "active":
        return _met(_t("active.met", "Kepesertaan aktif."), membership_status=status)
    if status == "inactive":
        return _unmet(
            _t("active.inactive",
               "Kepesertaan tidak aktif; program ini mensyaratkan kepesertaan aktif."),
            _t("step.reactivate",
               "Aktifkan kembali kepesertaan dengan membayar iuran bulan berjalan, lalu kembali."),
            membership_status=status,
        )
    return _unmet(
        _t("active.none", "Belum terdaftar sebagai peserta BPJS Ketenagakerjaan."),
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
            _t("inactive.met", "Kepesertaan sudah tidak aktif, sesuai syarat program."),
            membership_status=status
        )
    if status == "active":
        return _unmet(
            _t("inactive.active", "Kepesertaan masih aktif; program ini untuk mantan peserta "
               "yang sudah tidak aktif."),
            _t("step.report_deactivation",
               "Bila peserta sudah berhenti bekerja, minta perusahaan melaporkan penonaktifan "
               "kepesertaan, lalu kembali."),
            membership_status=status,
        )
    return _unmet(
        _t("inactive.none", "Belum pernah terdaftar sebagai peserta BPJS Ketenagakerjaan; "
           "program ini untuk mantan peserta."),
        _t("step.cannot_join", "Peserta tidak dapat mengikuti program ini."),
        membership_status=status,
    )


@_rule("membership.verified", "Verifikasi kepesertaan")
def check_verified(ctx: RuleContext) -> Check:
    """Staff must have verified the membership (card, JMO app or head-office data)."""
    if not ctx.params.require_verified_membership:
        return _off(ctx)
    if ctx.member.membership_verified:
        return _met(_t("verified.met", "Kepesertaan sudah diverifikasi petugas."), verified=1)
    return _unmet(
        _t("verified.unmet", "Kepesertaan belum diverifikasi."),
        _t("step.verify", "Verifikasi kepesertaan melalui kartu peserta, aplikasi JMO, atau data "
           "kantor pusat, lalu catat buktinya."),
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
    message = _t("min_months.count", f"Iuran tercatat {paid} bulan; minimal {required} bulan.",
                 paid=paid, required=required)
    if paid >= required:
        return _met(message, paid_months=paid, required_months=required)
    missing = required - paid
    if ctx.member.membership_status == "none":
        next_step = _t(
            "step.register_and_pay",
            f"Daftar sebagai peserta BPJS Ketenagakerjaan dan bayar iuran {required} bulan "
            "terlebih dahulu.", required=required
        )
    else:
        next_step = _t("step.pay_missing", f"Lunasi iuran {missing} bulan lagi, lalu kembali.",
                       missing=missing)
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
                _t("window.no_layoff", f"Tanggal PHK belum tercatat; iuran dihitung dalam "
                   f"{window} bulan sampai PHK.", window=window),
                _MISSING_LAYOFF,
                window_months=window,
                required_months=required,
            )
        anchor = month_index_of(ctx.member.layoff_date)
        where = f"{window} bulan sampai PHK"
        code = "window.count_layoff"
    else:
        anchor = month_index_of(ctx.on_date)
        where = f"{window} bulan terakhir"
        code = "window.count"
    first = anchor - window + 1
    paid = count_paid_in_window(ctx.member.contribution_months, anchor, window)
    figures: Figures = {
        "paid_months": paid,
        "required_months": required,
        "window_months": window,
        "window_first": _month_code(first),
        "window_last": _month_code(anchor),
    }
    message = _t(
        code,
        f"Iuran dalam {where} ({_month(first)} s.d. {_month(anchor)}) "
        f"tercatat {paid} bulan; minimal {required} bulan.",
        window=window, first_month=_month_code(first), last_month=_month_code(anchor),
        paid=paid, required=required,
    )
    if paid >= required:
        return _met(message, **figures)
    missing = required - paid
    if p.contribution_window_anchor == "layoff":
        next_step = _RECHECK_HISTORY
    else:
        next_step = _t(
            "step.window_missing",
            f"Perlu sedikitnya {missing} bulan iuran lagi dalam {window} bulan terakhir; "
            "bayar iuran berjalan, lalu periksa ulang.", missing=missing, window=window
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
                _t("consecutive.no_layoff",
                   "Tanggal PHK belum tercatat; iuran berturut-turut dihitung sampai PHK."),
                _MISSING_LAYOFF,
                required_months=required,
            )
        layoff_month = month_index_of(layoff)
        last = layoff_month if layoff_month in paid else layoff_month - 1
        length = run_ending_at(paid, last)
        where = f"sampai PHK ({_month(layoff_month)})"
        where_params: Figures = {"layoff_month": _month_code(layoff_month)}
        next_step = _RECHECK_HISTORY
    else:
        length, found_last = longest_run(paid, month_index_of(ctx.on_date))
        last = found_last if found_last is not None else month_index_of(ctx.on_date)
        where = "terpanjang"
        where_params = {}
        next_step = _t(
            "step.pay_consecutive",
            f"Bayar iuran tanpa terputus hingga tercatat {required} bulan berturut-turut, "
            "lalu kembali.", required=required
        )
    span = f" ({_month(last - length + 1)} s.d. {_month(last)})" if length else ""
    code = "consecutive." + ("layoff" if where_params else "longest") + ("_span" if length else "")
    span_params: Figures = (
        {"first_month": _month_code(last - length + 1), "last_month": _month_code(last)}
        if length else {})
    message = _t(code, f"Iuran berturut-turut {where} {length} bulan{span}; minimal {required} "
                 "bulan.", length=length, required=required, **where_params, **span_params)
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
        return _met(_t("segment.met", f"Segmen peserta {label} termasuk yang diizinkan.",
                       segment=segment), **figures)
    return _unmet(
        _t("segment.unmet",
           f"Segmen peserta {label} tidak termasuk; yang diizinkan: {join_id(allowed)}.",
           segment=segment, allowed_list=",".join(allowed)),
        _t("step.check_segment", "Periksa kembali segmen kepesertaan; bila sudah benar, peserta "
           "tidak dapat mengikuti program ini."),
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
        return _met(_t("employment.met",
                       f"Status pekerjaan \u201c{label}\u201d termasuk yang diizinkan.",
                       employment=status), **figures)
    allowed_labels = join_id(EMPLOYMENT_LABELS[item] for item in allowed)
    return _unmet(
        _t("employment.unmet", f"Status pekerjaan \u201c{label}\u201d tidak termasuk; yang "
           f"diizinkan: {allowed_labels}.", employment=status,
           allowed_employment_list=",".join(allowed)),
        _t("step.check_employment", "Periksa kembali status pekerjaan peserta; bila sudah benar, "
           "peserta tidak dapat mengikuti program ini."),
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
            _t("layoff.missing", f"Tanggal PHK/berakhirnya kontrak belum tercatat; ketentuan "
               f"{rule_text} sejak PHK.", months_range=_range(low, high)),
            _MISSING_LAYOFF,
        )
    if layoff > ctx.on_date:
        return _unmet(
            _t("layoff.future",
               f"Tanggal PHK {_d(layoff)} setelah tanggal pemeriksaan {_d(ctx.on_date)}.",
               layoff_date=layoff.isoformat(), check_date=ctx.on_date.isoformat()),
            _t("step.check_layoff", "Periksa kembali tanggal PHK pada data peserta."),
            layoff_date=layoff.isoformat(),
        )
    months = months_between(layoff, ctx.on_date)
    figures: Figures = {"layoff_date": layoff.isoformat(), "months_since_layoff": months}
    if low is not None:
        earliest = add_months(layoff, low)
        figures["earliest_date"] = earliest.isoformat()
        if ctx.on_date < earliest:
            return _unmet(
                _t("layoff.too_early",
                   f"PHK {_d(layoff)}, baru {months} bulan; ketentuan {rule_text} sejak PHK.",
                   layoff_date=layoff.isoformat(), months=months,
                   months_range=_range(low, high)),
                _t("step.come_back", f"Kembali pada atau setelah {_d(earliest)}.",
                   ready_date=earliest.isoformat()),
                **figures,
            )
    if high is not None:
        latest = add_months(layoff, high)
        figures["latest_date"] = latest.isoformat()
        if ctx.on_date > latest:
            return _unmet(
                _t("layoff.too_late",
                   f"PHK {_d(layoff)}; batas {high} bulan sejak PHK berakhir {_d(latest)}.",
                   layoff_date=layoff.isoformat(), high=high, latest_date=latest.isoformat()),
                _t("step.deadline_passed",
                   "Batas waktu sudah lewat; peserta tidak dapat mengikuti program ini."),
                **figures,
            )
    return _met(
        _t("layoff.met", f"PHK {_d(layoff)}, {months} bulan lalu; ketentuan {rule_text} sejak PHK.",
           layoff_date=layoff.isoformat(), months=months, months_range=_range(low, high)),
        **figures
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
            _t("age.future", f"Tanggal lahir {_d(birth)} setelah tanggal pemeriksaan.",
               birth_date=birth.isoformat()),
            _t("step.check_birth", "Periksa kembali tanggal lahir peserta."),
            birth_date=birth.isoformat(),
        )
    age = age_on(birth, ctx.on_date)
    rule_text = _bounds(low, high, "tahun")
    figures: Figures = {"age": age}
    if low is not None:
        figures["age_min"] = low
    if high is not None:
        figures["age_max"] = high
    message = _t("age.count", f"Usia {age} tahun; ketentuan {rule_text}.", age=age,
                 years_range=_range(low, high))
    if low is not None and age < low:
        ready = date_reaching_age(birth, low)
        return _unmet(
            message,
            _t("step.come_back", f"Kembali pada atau setelah {_d(ready)}.",
               ready_date=ready.isoformat()),
            **figures,
        )
    if high is not None and age > high:
        return _unmet(
            message,
            _t("step.too_old", "Peserta tidak dapat mengikuti program ini karena batas usia."),
            **figures,
        )
    return _met(message, **figures)


@_rule("member.once_per_person", "Sekali per orang")
def check_once(ctx: RuleContext) -> Check:
    """No earlier non-cancelled enrolment (completed, running or planned)."""
    if not ctx.params.once_per_person:
        return _off(ctx)
    count = ctx.member.past_enrollment_count
    if count == 0:
        return _met(_t("once.met", "Belum pernah mengikuti pelatihan program ini."),
                    past_enrollments=0)
    return _unmet(
        _t("once.unmet", f"Sudah pernah terdaftar pada pelatihan program ini ({count} kali); "
           "pelatihan hanya sekali per orang.", count=count),
        _t("step.no_second_time", "Peserta tidak dapat mendaftar lagi pada program ini."),
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
            _t("duration.missing",
               f"Tanggal mulai kepesertaan belum tercatat; minimal {required} bulan.",
               required=required),
            _t("step.record_membership_start", "Lengkapi tanggal mulai kepesertaan dari kartu "
               "peserta atau data kantor pusat, lalu periksa ulang."),
            required_months=required,
        )
    months = months_between(since, ctx.on_date) if since <= ctx.on_date else 0
    ready = add_months(since, required)
    message = _t("duration.count", f"Lama kepesertaan {months} bulan (sejak {_d(since)}); "
                 f"minimal {required} bulan.", months=months, since_date=since.isoformat(),
                 required=required)
    figures: Figures = {
        "membership_months": months,
        "required_months": required,
        "membership_since": since.isoformat(),
    }
    if ctx.on_date >= ready:
        return _met(message, **figures)
    return _unmet(message, _t("step.come_back", f"Kembali pada atau setelah {_d(ready)}.",
                              ready_date=ready.isoformat()), **figures)


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
                _t("overlap.same", f"Peserta sudah terdaftar di kelas {klass.class_code}.",
                   class_code=klass.class_code),
                _t("step.already_enrolled",
                   "Tidak perlu mendaftar ulang; periksa data pendaftaran yang sudah ada."),
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
            _t("overlap.met", "Tidak ada jadwal yang bentrok dengan kelas lain yang sedang "
               "diikuti."),
            active_enrollments=len(active),
        )
    first = min(clashes, key=lambda enrollment: enrollment.start_date)
    others = f" dan {len(clashes) - 1} kelas lain" if len(clashes) > 1 else ""
    return _unmet(
        _t("overlap.clash", f"Jadwal bentrok dengan kelas {first.class_code} "
           f"({format_period_id(first.start_date, first.end_date)}){others}.",
           class_code=first.class_code, from_date=first.start_date.isoformat(),
           to_date=first.end_date.isoformat(), others=len(clashes) - 1),
        _t("step.pick_no_clash", f"Pilih kelas yang jadwalnya tidak bentrok dengan kelas "
           f"{first.class_code}, atau selesaikan/batalkan pendaftaran itu terlebih dahulu.",
           class_code=first.class_code),
        conflicting_class=first.class_code,
        conflicts=len(clashes),
    )


_NO_QUOTA_NEXT = _t("step.no_quota", "Minta Kantor Wilayah menetapkan kuota dan anggaran cabang, "
                    "lalu periksa ulang.")


@_rule("quota.seats", "Kuota kursi cabang")
def check_quota_seats(ctx: RuleContext) -> Check:
    """The branch quota must still have a free seat. Never overridable."""
    if not ctx.params.require_quota_seats:
        return _off(ctx)
    quota = ctx.quota
    if quota is None:
        return _unmet(_t("seats.none", "Kuota cabang untuk tahun program ini belum ditetapkan."),
                      _NO_QUOTA_NEXT)
    figures: Figures = {
        "program_year": quota.program_year,
        "seats": quota.seats,
        "seats_used": quota.seats_used,
        "seats_left": quota.seats_left,
    }
    if quota.seats_left >= 1:
        return _met(
            _t("seats.met", f"Kuota cabang {quota.program_year}: {quota.seats_left} dari "
               f"{quota.seats} kursi masih tersedia.", year=quota.program_year,
               left=quota.seats_left, seats=quota.seats),
            **figures,
        )
    return _unmet(
        _t("seats.unmet", f"Kuota cabang {quota.program_year} habis: {quota.seats_used} dari "
           f"{quota.seats} kursi terpakai.", year=quota.program_year, used=quota.seats_used,
           seats=quota.seats),
        _t("step.waiting_list_quota",
           "Catat peserta dalam daftar tunggu atau minta tambahan kuota ke Kantor Wilayah."),
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
        return _unmet(_t("budget.none", "Anggaran cabang untuk tahun program ini belum "
                         "ditetapkan."), _NO_QUOTA_NEXT)
    left = quota.budget_left
    figures: Figures = {
        "program_year": quota.program_year,
        "budget": quota.budget,
        "budget_used": quota.budget_used,
        "budget_left": left,
    }
    next_step = _t("step.more_budget", "Minta tambahan anggaran ke Kantor Wilayah.")
    year = quota.program_year
    if ctx.klass is None:
        if left > 0:
            return _met(
                _t("budget.left", f"Sisa anggaran cabang {year}: {format_rupiah(left)}.",
                   year=year, left_rp=left), **figures
            )
        return _unmet(_t("budget.empty", f"Anggaran cabang {year} habis.", year=year),
                      next_step, **figures)
    cost = ctx.klass.cost
    figures["class_cost"] = cost
    message = _t(
        "budget.class",
        f"Sisa anggaran cabang {year} {format_rupiah(left)}; biaya kelas "
        f"{format_rupiah(cost)} per peserta.", year=year, left_rp=left, cost_rp=cost
    )
    if left >= cost:
        return _met(message, **figures)
    return _unmet(
        message,
        _t("step.cheaper_class", f"Pilih kelas dengan biaya paling banyak {format_rupiah(left)}, "
           "atau minta tambahan anggaran ke Kantor Wilayah.", left_rp=left),
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
    other = _t("step.other_open_class", "Pilih kelas lain yang masih dibuka.")
    code = klass.class_code
    if klass.status != "open":
        return _unmet(
            _t("class_status.not_open", f"Status kelas {code}: {label}; pendaftaran hanya untuk "
               "kelas yang dibuka.", class_code=code, class_status=klass.status),
            other,
            **figures,
        )
    if ctx.on_date > klass.end_date:
        return _unmet(
            _t("class_status.ended", f"Kelas {code} sudah berakhir {_d(klass.end_date)}.",
               class_code=code, end_date=klass.end_date.isoformat()), other, **figures
        )
    if ctx.on_date > klass.start_date:
        return _caveat(
            _t("class_status.late", f"Kelas {code} sudah berjalan sejak {_d(klass.start_date)}; "
               "peserta bergabung terlambat.", class_code=code,
               start_date=klass.start_date.isoformat()),
            _t("step.late_join",
               "Pastikan lembaga masih menerima peserta yang bergabung terlambat."),
            **figures,
        )
    return _met(
        _t("class_status.met", f"Kelas {code} dibuka; mulai {_d(klass.start_date)}.",
           class_code=code, start_date=klass.start_date.isoformat()),
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
        return _met(_t("capacity.met", f"Tersedia {left} dari {klass.capacity} kursi kelas.",
                       left=left, capacity=klass.capacity), **figures)
    return _unmet(
        _t("capacity.full", f"Kelas penuh: {klass.seats_used} dari {klass.capacity} kursi "
           "terisi.", used=klass.seats_used, capacity=klass.capacity),
        _t("step.other_class_or_wait", "Pilih kelas lain atau catat peserta dalam daftar tunggu."),
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
            _t("mode.free", f"Wilayah {klass.region_code} tidak berstatus "
               f"{join_id(p.daring_only_levels)} selama jadwal kelas; kelas {mode} diizinkan.",
               region=klass.region_code, levels_text_list=",".join(p.daring_only_levels),
               mode=klass.mode),
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
    status_params: Figures = {
        "area": "province" if len(first.region_code) == 2 else "regency",
        "region": first.region_code, "level": first.level,
        "from_date": first.date_from.isoformat(), "to_date": first.date_to.isoformat(),
    }
    if klass.mode == "daring":
        return _met(_t("mode.daring", f"{status}; kelas daring sesuai ketentuan.",
                       **status_params), **figures)
    return _unmet(
        _t("mode.not_daring",
           f"{status} selama jadwal kelas; kelas {mode} tidak diizinkan, hanya daring.",
           mode=klass.mode, **status_params),
        _t("step.daring_or_elsewhere", "Pilih kelas daring atau kelas di wilayah lain."),
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
            _t("cost.met", f"Biaya kelas {format_rupiah(klass.cost)} per peserta; batas "
               f"{format_rupiah(cap)}.", cost_rp=klass.cost, cap_rp=cap),
            **figures,
        )
    return _unmet(
        _t("cost.unmet", f"Biaya kelas {format_rupiah(klass.cost)} per peserta melebihi batas "
           f"{format_rupiah(cap)}.", cost_rp=klass.cost, cap_rp=cap),
        _t("step.cost_cap", f"Pilih kelas dengan biaya paling banyak {format_rupiah(cap)} per "
           "peserta.", cap_rp=cap),
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
        return _met(_t("institution_status.met", f"Lembaga {inst.name} berstatus aktif.",
                       name=inst.name), **figures)
    return _unmet(_t("institution_status.unmet", f"Lembaga {inst.name} berstatus {label}.",
                     name=inst.name, institution_status=inst.status),
                  _OTHER_INSTITUTION, **figures)


@_rule("institution.type", "Jenis lembaga")
def check_institution_type(ctx: RuleContext) -> Check:
    """The institution type must be admitted by the rule set."""
    inst = ctx.institution
    if inst is None:
        return _NO_INSTITUTION
    allowed = ctx.params.allowed_institution_types
    figures: Figures = {"institution_type": inst.type, "allowed": ",".join(allowed)}
    if inst.type in allowed:
        return _met(_t("institution_type.met", f"Jenis lembaga {inst.type} termasuk yang "
                       "diizinkan.", type=inst.type), **figures)
    return _unmet(
        _t("institution_type.unmet", f"Jenis lembaga {inst.type} tidak termasuk; yang "
           f"diizinkan: {join_id(allowed)}.", type=inst.type, allowed_list=",".join(allowed)),
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

    Valid on the start day means ``domain.licence.licence_state`` is in force on it
    (``issued <= start <= expires``; no expiry date = no end), the same definition the screens
    use: a licence expiring the day before the class starts fails, one expiring on the start day
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
    ref_kind = "class_start" if ctx.klass is not None else "check_date"
    record = _t(
        "step.record_licence",
        "Minta lembaga menyerahkan salinan izin, lalu catat nomor, penerbit, dan masa berlakunya."
    )
    number = (inst.licence_number or "").strip()
    state = licence_state(number, inst.licence_issued, inst.licence_expires, ref)
    if state == "missing":
        return _unmet(_t("licence.missing", f"Izin lembaga {inst.name} belum tercatat.",
                         name=inst.name), record)
    figures: Figures = {"licence_number": number}
    keywords = ctx.params.issuer_keywords_for(inst.type)
    issuer = (inst.licence_issuer or "").strip()
    if keywords:
        figures["issuer_keywords"] = ",".join(keywords)
        if not issuer:
            return _unmet(_t("licence.no_issuer", f"Penerbit izin {number} belum tercatat.",
                             number=number), record, **figures)
        if not issuer_matches(issuer, keywords):
            return _unmet(
                _t("licence.wrong_issuer",
                   f"Penerbit izin \u201c{issuer}\u201d bukan instansi yang berwenang untuk "
                   f"{inst.type} (harus memuat: {', '.join(keywords)}).", issuer=issuer,
                   type=inst.type, keywords=", ".join(keywords)),
                _t("step.check_issuer", "Periksa kembali penerbit izin; bila lembaga belum "
                   "berizin dari instansi yang berwenang, pilih kelas dari lembaga pelatihan "
                   "lain."),
                **figures,
            )
    if inst.licence_issued is not None:
        figures["licence_issued"] = inst.licence_issued.isoformat()
        if state == "not_yet":
            return _unmet(
                _t("licence.not_yet", f"Izin {number} baru terbit {_d(inst.licence_issued)}, "
                   f"setelah {ref_label} {_d(ref)}.", number=number,
                   issued_date=inst.licence_issued.isoformat(), ref=ref_kind,
                   ref_date=ref.isoformat()),
                _t("step.after_licence",
                   "Pilih kelas yang mulai setelah izin terbit, atau kelas dari lembaga lain."),
                **figures,
            )
    expires = inst.licence_expires
    if expires is not None:
        figures["licence_expires"] = expires.isoformat()
        if state == "expired":
            return _unmet(
                _t("licence.expired", f"Izin {number} berakhir {_d(expires)}, sebelum "
                   f"{ref_label} {_d(ref)}.", number=number, expires_date=expires.isoformat(),
                   ref=ref_kind, ref_date=ref.isoformat()),
                _t("step.renew_licence",
                   "Minta lembaga memperpanjang izin, atau pilih kelas dari lembaga lain."),
                **figures,
            )
        if ctx.klass is not None and expires < ctx.klass.end_date:
            return _caveat(
                _t("licence.expires_during", f"Izin {number} berlaku sampai {_d(expires)}, "
                   f"sebelum kelas selesai {_d(ctx.klass.end_date)}.", number=number,
                   expires_date=expires.isoformat(), end_date=ctx.klass.end_date.isoformat()),
                _t("step.renew_licence_before",
                   f"Minta lembaga memperpanjang izin sebelum {_d(expires)}.",
                   expires_date=expires.isoformat()),
                **figures,
            )
    until = f"sampai {_d(expires)}" if expires is not None else "tanpa batas waktu"
    source = f" dari {issuer}" if issuer else ""
    code = "licence.met" + ("_issuer" if issuer else "") + ("_until" if expires else "")
    licence_params: Figures = {"number": number}
    if issuer:
        licence_params["issuer"] = issuer
    if expires is not None:
        licence_params["expires_date"] = expires.isoformat()
    return _met(_t(code, f"Izin {number}{source} berlaku {until}.", **licence_params), **figures)


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
            _t("experience.missing", f"Tanggal berdiri atau kegiatan pertama lembaga {inst.name} "
               "belum tercatat.", name=inst.name),
            _t("step.record_founding", "Lengkapi tanggal berdiri/kegiatan pertama lembaga dari "
               "dokumen pendiriannya, lalu periksa ulang."),
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
    message = _t(
        "experience.count",
        f"Pengalaman lembaga {months} bulan pada {ctx.reference_label} {_d(ref)} (berdiri "
        f"{_d(founded)}); minimal {required} bulan.", months=months,
        ref="class_start" if ctx.klass is not None else "check_date", ref_date=ref.isoformat(),
        founded_date=founded.isoformat(), required=required,
    )
    if ref >= ready:
        return _met(message, **figures)
    return _unmet(
        message,
        _t("step.experience_from", f"Lembaga memenuhi syarat pengalaman mulai {_d(ready)}; pilih "
           "kelas yang mulai pada atau setelah tanggal itu, atau kelas dari lembaga lain.",
           ready_date=ready.isoformat()),
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
    ref_kind = "class_start" if ctx.klass is not None else "check_date"
    start, end = inst.partnership_from, inst.partnership_to
    if start is None:
        return _unmet(
            _t("pks.missing", f"Belum ada perjanjian kerja sama (PKS) antara kantor cabang dan "
               f"{inst.name}.", name=inst.name),
            _t("step.make_pks", "Selesaikan PKS dengan lembaga sebelum kelas dimulai."),
        )
    figures: Figures = {"partnership_from": start.isoformat()}
    if end is not None:
        figures["partnership_to"] = end.isoformat()
    renew = _t("step.renew_pks",
               "Perpanjang PKS dengan lembaga, atau pilih kelas dari lembaga lain.")
    if ref < start:
        return _unmet(
            _t("pks.not_yet", f"PKS baru berlaku mulai {_d(start)}, setelah {ref_label} "
               f"{_d(ref)}.", from_date=start.isoformat(), ref=ref_kind,
               ref_date=ref.isoformat()),
            _t("step.after_pks",
               "Pilih kelas yang mulai setelah PKS berlaku, atau kelas dari lembaga lain."),
            **figures,
        )
    if end is not None and end < ref:
        return _unmet(_t("pks.ended", f"PKS berakhir {_d(end)}, sebelum {ref_label} {_d(ref)}.",
                         to_date=end.isoformat(), ref=ref_kind, ref_date=ref.isoformat()),
                      renew, **figures)
    if end is not None and ctx.klass is not None and end < ctx.klass.end_date:
        return _caveat(
            _t("pks.ends_during", f"PKS berakhir {_d(end)}, sebelum kelas selesai "
               f"{_d(ctx.klass.end_date)}.", to_date=end.isoformat(),
               end_date=ctx.klass.end_date.isoformat()),
            renew,
            **figures,
        )
    until = f"sampai {_d(end)}" if end is not None else "tanpa batas waktu"
    if end is not None:
        return _met(_t("pks.met_until", f"PKS berlaku sejak {_d(start)} {until}.",
                       from_date=start.isoformat(), to_date=end.isoformat()), **figures)
    return _met(_t("pks.met", f"PKS berlaku sejak {_d(start)} {until}.",
                   from_date=start.isoformat()), **figures)


if set(_REGISTRY) != set(RULE_IDS):  # pragma: no cover - a programming error caught on import
    raise RuntimeError(f"rules missing for {sorted(set(RULE_IDS) - set(_REGISTRY))}")
