"""Texts that come from ``domain/`` (Indonesian there), in the language of the GUI.

The domain gives stable ids: rule ids (``membership.kpj``) and identifier error codes
(``nik_length``). Here each id has an English source text that goes through Qt's translation
system (context ``DomainText``), so the English GUI is English and the Indonesian GUI reads the
same words the domain writes. An id without a text here falls back to the domain's own text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vokasi_desktop.domain.identifiers import IdentifierError, clean_identifier

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
    return _tr(source) if source else (fallback or rule_id)


def identifier_message(exc: IdentifierError, typed: str) -> str:
    """An identifier error in the GUI's language, from its code and what was typed.

    ``nik_date`` keeps the domain's exact reason in Indonesian (it names the impossible
    date); everything else is rebuilt from the code, so no sentence mixes two languages.
    """
    source = IDENTIFIER_ERRORS.get(exc.code)
    if source is None:
        return exc.message
    text = _tr(source)
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


__all__ = ["IDENTIFIER_ERRORS", "RULE_TITLES", "identifier_message", "rule_title"]
