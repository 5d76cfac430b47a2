"""Texts that come from ``domain/`` (Indonesian there), in the language of the GUI.

The domain gives stable ids: rule ids (``membership.kpj``) and identifier error codes
(``nik_length``). Here each id has an English source text that goes through Qt's translation
system (context ``DomainText``), so the English GUI is English and the Indonesian GUI reads the
same words the domain writes. An id without a text here falls back to the domain's own text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vokasi_desktop.domain.identifiers import IdentifierError, clean_identifier
from vokasi_desktop.ui import labels

CONTEXT = "DomainText"

RULE_TITLES = {
    "membership.kpj": QT_TRANSLATE_NOOP("DomainText", "Membership card (KPJ)"),
    "membership.active": QT_TRANSLATE_NOOP("DomainText", "Active membership"),
    "membership.inactive": QT_TRANSLATE_NOOP("DomainText", "Membership no longer active"),
    "membership.verified": QT_TRANSLATE_NOOP("DomainText", "Membership verification"),
    "contribution.min_months": QT_TRANSLATE_NOOP("DomainText", "Contribution months"),
    "contribution.window": QT_TRANSLATE_NOOP("DomainText", "Contributions within the period"),
    "contribution.consecutive": QT_TRANSLATE_NOOP("DomainText", "Consecutive contributions"),
    "member.segment": QT_TRANSLATE_NOOP("DomainText", "Member segment"),
    "member.employment_status": QT_TRANSLATE_NOOP("DomainText", "Employment status"),
    "member.layoff_window": QT_TRANSLATE_NOOP("DomainText", "Time since the layoff"),
    "member.age": QT_TRANSLATE_NOOP("DomainText", "Age limit"),
    "member.once_per_person": QT_TRANSLATE_NOOP("DomainText", "Once per person"),
    "member.membership_duration": QT_TRANSLATE_NOOP("DomainText", "Length of membership"),
    "enrollment.overlap": QT_TRANSLATE_NOOP("DomainText", "No schedule clash"),
    "quota.seats": QT_TRANSLATE_NOOP("DomainText", "Branch seat quota"),
    "quota.budget": QT_TRANSLATE_NOOP("DomainText", "Branch budget"),
    "class.status": QT_TRANSLATE_NOOP("DomainText", "Class status"),
    "class.capacity": QT_TRANSLATE_NOOP("DomainText", "Class capacity"),
    "class.mode_region": QT_TRANSLATE_NOOP("DomainText", "Class mode and PSBB"),
    "class.cost_cap": QT_TRANSLATE_NOOP("DomainText", "Training cost cap"),
    "institution.status": QT_TRANSLATE_NOOP("DomainText", "Institution status"),
    "institution.type": QT_TRANSLATE_NOOP("DomainText", "Institution type"),
    "institution.licence": QT_TRANSLATE_NOOP("DomainText", "Institution licence"),
    "institution.experience": QT_TRANSLATE_NOOP("DomainText", "Institution experience"),
    "institution.partnership": QT_TRANSLATE_NOOP("DomainText", "Partnership agreement (PKS)"),
}

# Identifier errors whose text needs only what the clerk typed (%1 = digits typed, %2 = the
# character that is not allowed, %3 = the two digits in question).
IDENTIFIER_ERRORS = {
    "nik_empty": QT_TRANSLATE_NOOP("DomainText", "NIK is empty."),
    "nik_nondigit": QT_TRANSLATE_NOOP(
        "DomainText", "NIK may contain digits only; there is a '%2'."),
    "nik_length": QT_TRANSLATE_NOOP(
        "DomainText", "NIK must be 16 digits; %1 digits were typed."),
    "nik_province": QT_TRANSLATE_NOOP(
        "DomainText", "Province code %3 in the NIK (first 2 digits) is unknown."),
    "nik_regency": QT_TRANSLATE_NOOP(
        "DomainText", "The regency/city code in the NIK (digits 3 and 4) cannot be 00."),
    "nik_district": QT_TRANSLATE_NOOP(
        "DomainText", "The district code in the NIK (digits 5 and 6) cannot be 00."),
    "nik_day": QT_TRANSLATE_NOOP(
        "DomainText", "The birth day in the NIK (digits 7 and 8) must be 01-31 for men or "
        "41-71 for women; it is %3."),
    "nik_month": QT_TRANSLATE_NOOP(
        "DomainText", "The birth month in the NIK (digits 9 and 10) must be 01-12; it is %3."),
    "nik_date": QT_TRANSLATE_NOOP(
        "DomainText", "The birth date in the NIK does not exist in the calendar."),
    "nik_serial": QT_TRANSLATE_NOOP(
        "DomainText", "The serial number in the NIK (last 4 digits) cannot be 0000."),
    "kpj_empty": QT_TRANSLATE_NOOP("DomainText", "The KPJ number is empty."),
    "kpj_chars": QT_TRANSLATE_NOOP(
        "DomainText", "The KPJ number may contain digits and letters A-Z only; there is a '%2'."),
    "kpj_length": QT_TRANSLATE_NOOP(
        "DomainText", "The KPJ number must be 11 characters (digits, or letters on old "
        "Jamsostek cards); %1 characters were typed."),
}

_CODE_DIGITS = {"nik_province": slice(0, 2), "nik_day": slice(6, 8), "nik_month": slice(8, 10)}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_title(rule_id: str, fallback: str = "") -> str:
    """The title of a rule in the GUI's language (``fallback``, else the id, when unknown)."""
    source = RULE_TITLES.get(rule_id)
    return _tr(str(source)) if source else (fallback or rule_id)


def identifier_message(exc: IdentifierError, typed: str) -> str:
    """An identifier error in the GUI's language, from its code and what was typed.

    ``nik_date`` keeps the domain's exact reason in Indonesian (it names the impossible
    date); everything else is rebuilt from the code, so no sentence mixes two languages.
    """
    source = IDENTIFIER_ERRORS.get(exc.code)
    if source is None:
        return exc.message
    text = _tr(str(source))
    if exc.code == "nik_date" and text == source:
        return text  # English: the general sentence
    if exc.code == "nik_date":
        return exc.message  # Indonesian: the domain's own, more precise sentence
    cleaned = clean_identifier(typed)
    if exc.code.startswith("nik"):
        bad = next((ch for ch in cleaned if ch not in "0123456789"), "")
    else:  # a KPJ is read in upper case
        cleaned = cleaned.upper()
        bad = next((ch for ch in cleaned if not ("0" <= ch <= "9" or "A" <= ch <= "Z")), "")
    part = cleaned[_CODE_DIGITS[exc.code]] if exc.code in _CODE_DIGITS else ""
    return text.replace("%1", str(len(cleaned))).replace("%2", bad).replace("%3", part)




# -- eligibility messages and next steps ------------------------------------------------------
# English wording of every code in ``rules.MESSAGE_CODES``; ``{name}`` is a parameter of the
# outcome (formatted by ``_param``). The Indonesian GUI shows the domain's own sentence, which
# is built from the same values, so both languages say the same.

RULE_MESSAGES_EN: dict[str, str] = {
    "off": "Not applied under rule set {rule_set} version {version}.",
    "no_class": "Not applicable: the check has no class.",
    "no_institution": "Not applicable: the check has no training institution.",
    "kpj.met": "The worker has a BPJS Ketenagakerjaan membership number (KPJ).",
    "kpj.unmet": "The worker has no BPJS Ketenagakerjaan membership card/number (KPJ) yet.",
    "active.met": "Membership is active.",
    "active.inactive": "Membership is inactive; this programme requires an active membership.",
    "active.none": "Not registered as a BPJS Ketenagakerjaan member.",
    "inactive.met": "Membership is no longer active, as the programme requires.",
    "inactive.active": "Membership is still active; this programme is for former members whose "
                       "membership has ended.",
    "inactive.none": "Never registered as a BPJS Ketenagakerjaan member; this programme is for "
                     "former members.",
    "verified.met": "Membership has been verified by staff.",
    "verified.unmet": "Membership has not been verified.",
    "min_months.count": "{paid} months of contributions recorded; at least {required} months.",
    "window.no_layoff": "The layoff date is not recorded; contributions are counted in the "
                        "{window} months up to the layoff.",
    "window.count": "Contributions in the last {window} months ({first_month} to {last_month}): "
                    "{paid} months recorded; at least {required} months.",
    "window.count_layoff": "Contributions in the {window} months up to the layoff ({first_month} "
                           "to {last_month}): {paid} months recorded; at least {required} "
                           "months.",
    "consecutive.no_layoff": "The layoff date is not recorded; consecutive contributions are "
                             "counted up to the layoff.",
    "consecutive.layoff": "Consecutive contributions up to the layoff ({layoff_month}): "
                          "{length} months; at least {required} months.",
    "consecutive.layoff_span": "Consecutive contributions up to the layoff ({layoff_month}): "
                               "{length} months ({first_month} to {last_month}); at least "
                               "{required} months.",
    "consecutive.longest": "Longest run of consecutive contributions: {length} months; at least "
                           "{required} months.",
    "consecutive.longest_span": "Longest run of consecutive contributions: {length} months "
                                "({first_month} to {last_month}); at least {required} months.",
    "segment.met": "Member segment {segment} is admitted.",
    "segment.unmet": "Member segment {segment} is not admitted; admitted: {allowed_list}.",
    "employment.met": "Employment status \u201c{employment}\u201d is admitted.",
    "employment.unmet": "Employment status \u201c{employment}\u201d is not admitted; admitted: "
                        "{allowed_employment_list}.",
    "layoff.missing": "The date of the layoff/end of contract is not recorded; the rule is "
                      "{months_range} since the layoff.",
    "layoff.future": "The layoff date {layoff_date} is after the check date {check_date}.",
    "layoff.too_early": "Laid off on {layoff_date}, only {months} months ago; the rule is "
                        "{months_range} since the layoff.",
    "layoff.too_late": "Laid off on {layoff_date}; the limit of {high} months since the layoff "
                       "ended on {latest_date}.",
    "layoff.met": "Laid off on {layoff_date}, {months} months ago; the rule is {months_range} "
                  "since the layoff.",
    "age.future": "The birth date {birth_date} is after the check date.",
    "age.count": "Age {age} years; the rule is {years_range}.",
    "once.met": "Has not taken part in this programme's training before.",
    "once.unmet": "Already enrolled in this programme's training ({count} times); the training "
                  "is once per person.",
    "duration.missing": "The membership start date is not recorded; at least {required} months.",
    "duration.count": "Member for {months} months (since {since_date}); at least {required} "
                      "months.",
    "overlap.same": "The worker is already enrolled in class {class_code}.",
    "overlap.met": "No schedule clash with another class the worker is taking.",
    "overlap.clash": "The schedule clashes with class {class_code} ({from_date} to {to_date})"
                     "{others}.",
    "seats.none": "The branch quota for this programme year has not been set.",
    "seats.met": "Branch quota {year}: {left} of {seats} seats still free.",
    "seats.unmet": "Branch quota {year} used up: {used} of {seats} seats taken.",
    "budget.none": "The branch budget for this programme year has not been set.",
    "budget.left": "Branch budget {year} left: {left_rp}.",
    "budget.empty": "Branch budget {year} used up.",
    "budget.class": "Branch budget {year} left {left_rp}; class cost {cost_rp} per participant.",
    "class_status.not_open": "Class {class_code} status: {class_status}; only open classes take "
                             "enrolments.",
    "class_status.ended": "Class {class_code} ended on {end_date}.",
    "class_status.late": "Class {class_code} has been running since {start_date}; the worker "
                         "joins late.",
    "class_status.met": "Class {class_code} is open; starts {start_date}.",
    "capacity.met": "{left} of {capacity} class seats free.",
    "capacity.full": "Class full: {used} of {capacity} seats taken.",
    "mode.free": "Region {region} is not under {levels_text_list} during the class; a "
                 "{mode} class is allowed.",
    "mode.daring": "{area} {region} is under {level} ({from_date} to {to_date}); an online "
                   "class is allowed.",
    "mode.not_daring": "{area} {region} is under {level} ({from_date} to {to_date}) during the "
                       "class; a {mode} class is not allowed, only online.",
    "cost.met": "Class cost {cost_rp} per participant; limit {cap_rp}.",
    "cost.unmet": "Class cost {cost_rp} per participant is over the limit of {cap_rp}.",
    "institution_status.met": "Institution {name} is active.",
    "institution_status.unmet": "Institution {name} is {institution_status}.",
    "institution_type.met": "Institution type {type} is admitted.",
    "institution_type.unmet": "Institution type {type} is not admitted; admitted: "
                              "{allowed_list}.",
    "licence.missing": "The licence of institution {name} is not recorded.",
    "licence.no_issuer": "The issuer of licence {number} is not recorded.",
    "licence.wrong_issuer": "Licence issuer \u201c{issuer}\u201d is not the competent authority "
                            "for {type} (must contain: {keywords}).",
    "licence.not_yet": "Licence {number} was only issued on {issued_date}, after {ref} "
                       "{ref_date}.",
    "licence.expired": "Licence {number} expired on {expires_date}, before {ref} {ref_date}.",
    "licence.expires_during": "Licence {number} is valid until {expires_date}, before the class "
                              "ends on {end_date}.",
    "licence.met": "Licence {number} is valid with no end date.",
    "licence.met_issuer": "Licence {number} from {issuer} is valid with no end date.",
    "licence.met_until": "Licence {number} is valid until {expires_date}.",
    "licence.met_issuer_until": "Licence {number} from {issuer} is valid until {expires_date}.",
    "experience.missing": "The founding or first-activity date of institution {name} is not "
                          "recorded.",
    "experience.count": "Institution experience {months} months at {ref} {ref_date} (founded "
                        "{founded_date}); at least {required} months.",
    "pks.missing": "There is no partnership agreement (PKS) between the branch and {name}.",
    "pks.not_yet": "The PKS only applies from {from_date}, after {ref} {ref_date}.",
    "pks.ended": "The PKS ended on {to_date}, before {ref} {ref_date}.",
    "pks.ends_during": "The PKS ends on {to_date}, before the class ends on {end_date}.",
    "pks.met": "The PKS applies from {from_date} with no end date.",
    "pks.met_until": "The PKS applies from {from_date} until {to_date}.",
    "step.register_first": "Register as a BPJS Ketenagakerjaan member first.",
    "step.register_then_pay": "Register as a BPJS Ketenagakerjaan member first. Then pay "
                              "{months} months of contributions and come back.",
    "step.recheck_history": "This rule counts contributions before the layoff; if some are not "
                            "recorded, ask for a correction of the contribution data, then check "
                            "again.",
    "step.missing_layoff": "Record the date of the layoff/end of contract from the layoff "
                           "letter, then check again.",
    "step.other_institution": "Choose a class from another training institution.",
    "step.reactivate": "Reactivate the membership by paying this month's contribution, then "
                       "come back.",
    "step.report_deactivation": "If the worker has stopped working, ask the employer to report "
                                "the end of the membership, then come back.",
    "step.cannot_join": "The worker cannot take part in this programme.",
    "step.verify": "Verify the membership with the member card, the JMO app or head-office "
                   "data, then record the evidence.",
    "step.register_and_pay": "Register as a BPJS Ketenagakerjaan member and pay {required} "
                             "months of contributions first.",
    "step.pay_missing": "Pay {missing} more months of contributions, then come back.",
    "step.window_missing": "At least {missing} more months of contributions are needed within "
                           "the last {window} months; pay the current contribution, then check "
                           "again.",
    "step.pay_consecutive": "Pay contributions without a gap until {required} consecutive months "
                            "are recorded, then come back.",
    "step.check_segment": "Check the membership segment again; if it is right, the worker "
                          "cannot take part in this programme.",
    "step.check_employment": "Check the worker's employment status again; if it is right, the "
                             "worker cannot take part in this programme.",
    "step.check_layoff": "Check the layoff date in the member's data again.",
    "step.come_back": "Come back on or after {ready_date}.",
    "step.deadline_passed": "The time limit has passed; the worker cannot take part in this "
                            "programme.",
    "step.check_birth": "Check the worker's birth date again.",
    "step.too_old": "The worker cannot take part in this programme because of the age limit.",
    "step.no_second_time": "The worker cannot enrol in this programme again.",
    "step.record_membership_start": "Record the membership start date from the member card or "
                                    "head-office data, then check again.",
    "step.already_enrolled": "No need to enrol again; look at the existing enrolment.",
    "step.pick_no_clash": "Choose a class whose schedule does not clash with class "
                          "{class_code}, or finish/cancel that enrolment first.",
    "step.no_quota": "Ask the regional office to set the branch quota and budget, then check "
                     "again.",
    "step.waiting_list_quota": "Put the worker on the waiting list or ask the regional office "
                               "for more quota.",
    "step.more_budget": "Ask the regional office for more budget.",
    "step.cheaper_class": "Choose a class costing at most {left_rp}, or ask the regional office "
                          "for more budget.",
    "step.other_open_class": "Choose another class that is still open.",
    "step.late_join": "Make sure the institution still accepts workers who join late.",
    "step.other_class_or_wait": "Choose another class or put the worker on the waiting list.",
    "step.daring_or_elsewhere": "Choose an online class or a class in another region.",
    "step.cost_cap": "Choose a class costing at most {cap_rp} per participant.",
    "step.record_licence": "Ask the institution for a copy of its licence, then record its "
                           "number, issuer and validity.",
    "step.check_issuer": "Check the licence issuer again; if the institution has no licence "
                         "from the competent authority, choose a class from another "
                         "institution.",
    "step.after_licence": "Choose a class that starts after the licence was issued, or a class "
                          "from another institution.",
    "step.renew_licence": "Ask the institution to renew its licence, or choose a class from "
                          "another institution.",
    "step.renew_licence_before": "Ask the institution to renew its licence before "
                                 "{expires_date}.",
    "step.record_founding": "Record the institution's founding/first-activity date from its "
                            "founding documents, then check again.",
    "step.experience_from": "The institution meets the experience rule from {ready_date}; "
                            "choose a class starting on or after that date, or a class from "
                            "another institution.",
    "step.make_pks": "Conclude a PKS with the institution before the class starts.",
    "step.renew_pks": "Renew the PKS with the institution, or choose a class from another "
                      "institution.",
    "step.after_pks": "Choose a class that starts after the PKS applies, or a class from "
                      "another institution.",
}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_REF_EN = {"class_start": "the class start", "check_date": "the check date"}
_AREA_EN = {"province": "Province", "regency": "Regency/city"}


def _join_en(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _range_en(value: str, unit: str) -> str:
    low, _, high = value.partition("-")
    if low and high:
        return f"{low} to {high} {unit}"
    if low:
        return f"at least {low} {unit}"
    return f"at most {high} {unit}"


def _param(name: str, value: int | str) -> str:
    """One parameter of an eligibility message in English (see ``rules.Text``)."""
    text = str(value)
    try:
        if name.endswith("_date"):
            year, month, day = (int(part) for part in text.split("-"))
            return f"{day} {_MONTHS_EN[month - 1]} {year}"
        if name.endswith("_month"):
            year, month = (int(part) for part in text.split("-"))
            return f"{_MONTHS_EN[month - 1]} {year}"
    except (ValueError, IndexError):
        return text
    if name.endswith("_rp"):
        return f"Rp{int(value):,}"
    if name == "allowed_employment_list":
        return _join_en([labels.label(labels.EMPLOYMENT_STATUSES, c) for c in text.split(",")])
    if name.endswith("_list"):
        return _join_en(text.split(","))
    if name == "months_range":
        return _range_en(text, "months")
    if name == "years_range":
        return _range_en(text, "years")
    if name == "segment":
        return labels.label(labels.SEGMENTS, text)
    if name == "employment":
        return labels.label(labels.EMPLOYMENT_STATUSES, text)
    if name == "mode":
        return labels.label(labels.CLASS_MODES, text)
    if name == "class_status":
        return labels.label(labels.CLASS_STATUSES, text)
    if name == "institution_status":
        return labels.label(labels.INSTITUTION_STATUSES, text)
    if name == "ref":
        return _REF_EN.get(text, text)
    if name == "area":
        return _AREA_EN.get(text, text)
    if name == "others":
        count = int(value)
        return f" and {count} other class{'es' if count > 1 else ''}" if count else ""
    return text


def is_english() -> bool:
    """Whether the GUI runs in English (the source language: nothing is translated)."""
    probe = str(RULE_TITLES["membership.kpj"])
    return _tr(probe) == probe


def render_message(code: str, params: dict[str, int | str]) -> str | None:
    """The English sentence of an eligibility message code, or ``None`` if unknown."""
    template = RULE_MESSAGES_EN.get(code)
    if template is None:
        return None
    values = {name: _param(name, value) for name, value in params.items()}
    try:
        return template.format_map(values)
    except (KeyError, ValueError):
        return None


def rule_message(outcome: Any) -> str:
    """An outcome's message in the GUI's language (the domain's Indonesian otherwise)."""
    if is_english() and outcome.message_code:
        text = render_message(outcome.message_code, outcome.params)
        if text is not None:
            return text
    return str(outcome.message)


def rule_next_step(outcome: Any) -> str:
    """An outcome's next step in the GUI's language."""
    if is_english() and outcome.next_step_code:
        text = render_message(outcome.next_step_code, outcome.params)
        if text is not None:
            return text
    return str(outcome.next_step)


__all__ = ["IDENTIFIER_ERRORS", "RULE_MESSAGES_EN", "RULE_TITLES", "identifier_message",
           "is_english",
           "render_message", "rule_message", "rule_next_step", "rule_title"]


# --- document verification (services.documents.Verification.detail) ---------------------------

VERIFY_MESSAGES_EN: dict[str, str] = {
    "valid.registered": "The signature is valid. {doc_type} number {number} in the name of "
                        "{name} is in the register.{file}{state}",
    "valid.other_office": "The signature is valid. The document was issued by office {branch} "
                          "(its register is not available here).",
    "signature.tampered": "The signature does not match the text: the code was altered. The "
                          "document is NOT VALID.",
    "signature.unknown_key": "The code is signed with a key this office does not know. Ask the "
                             "issuing office, or import its public key.",
    "signature.revoked": "The code is signed with a key that was revoked. The document is NOT "
                         "VALID; contact the issuing office.",
    "signature.malformed": "This text is not a Vokasi verification code.",
    "malformed.no_qr": "No QR code could be read on the page of this PDF file.",
    "malformed.many_qr": "The page of this PDF file holds more than one QR code; check each "
                         "code separately.",
    "malformed.not_vokasi": "This text is not the QR code of a Vokasi document.",
    "unregistered": "The signature is valid, but the document number is not in this office's "
                    "register.",
    "registry_tampered": "The register entry of number {number} was changed outside the "
                         "application. Do not accept this document; contact the issuing office.",
    "mismatch": "The QR code is signed by the office, but its content does not match the "
                "register for number {number}. The document is NOT VALID.",
    "voided": "Document {number} was VOIDED: {reason}.{state}",
    "not_original": "The code in the file matches register number {number}, but this PDF file "
                    "is not the registered original (its content differs: a copy, or edited). "
                    "Check the QR code printed on the page.",
    "purged": "The signature is valid; {doc_type} number {number} is in the register. The "
              "holder's personal data were erased from the register at the end of the "
              "retention period, so the name on the document can no longer be compared. Check "
              "the holder's identity card (KTP).",
    "voided.purged": "Document {number} was VOIDED: {reason}. The holder's personal data were "
                     "erased from the register at the end of the retention period.",
    "not_original.purged": "The code in the file matches register number {number}, but this PDF "
                           "file is not the registered original. The holder's personal data "
                           "were erased from the register at the end of the retention period.",
}


def verification_message(result: Any) -> str:
    """A verification's explanation in the GUI's language: the service's Indonesian sentence,
    or in English the sentence named by ``result.detail`` filled with ``result.params``."""
    if not is_english() or not getattr(result, "detail", ""):
        return str(result.message)
    template = VERIFY_MESSAGES_EN.get(result.detail)
    if template is None:
        return str(result.message)
    params = dict(result.params)
    values = {
        "number": params.get("number", ""),
        "name": params.get("name", ""),
        "branch": params.get("branch", ""),
        "reason": params.get("reason", ""),
        "doc_type": labels.label(labels.DOCUMENT_TYPES, params.get("doc_type") or None),
        "file": " The PDF file is identical to the registered original."
                if params.get("file") == "original" else "",
        "state": (" Enrolment status: "
                  f"{labels.label(labels.ENROLLMENT_STATUSES, params['enrollment_code'])}."
                  if params.get("enrollment_code") else ""),
    }
    return template.format_map(values)
