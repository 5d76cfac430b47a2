"""Translated labels for the short codes stored in the database.

The codes (``laid_off``, ``daring``, ...) are data; what the clerk reads goes through Qt's
translation system (context ``Labels``). Each table is ``code -> English source text``; lupdate
finds the texts through ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

SEGMENTS = {
    "PU": QT_TRANSLATE_NOOP("Labels", "Wage earner (PU)"),
    "BPU": QT_TRANSLATE_NOOP("Labels", "Non-wage earner (BPU)"),
    "PMI": QT_TRANSLATE_NOOP("Labels", "Migrant worker (PMI)"),
    "JAKON": QT_TRANSLATE_NOOP("Labels", "Construction (Jakon)"),
}
EMPLOYMENT_STATUSES = {
    "employed": QT_TRANSLATE_NOOP("Labels", "Employed"),
    "laid_off": QT_TRANSLATE_NOOP("Labels", "Laid off (PHK)"),
    "contract_ended": QT_TRANSLATE_NOOP("Labels", "Contract ended"),
    "informal": QT_TRANSLATE_NOOP("Labels", "Informal worker"),
    "migrant": QT_TRANSLATE_NOOP("Labels", "Migrant worker"),
}
MEMBERSHIP_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active member"),
    "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive member"),
    "none": QT_TRANSLATE_NOOP("Labels", "Not a member"),
}
SEXES = {
    "L": QT_TRANSLATE_NOOP("Labels", "Male"),
    "P": QT_TRANSLATE_NOOP("Labels", "Female"),
}
INSTITUTION_TYPES = {
    "LPK": QT_TRANSLATE_NOOP("Labels", "LPK (job training institution)"),
    "LKP": QT_TRANSLATE_NOOP("Labels", "LKP (course institution)"),
    "LSP": QT_TRANSLATE_NOOP("Labels", "LSP (certification body)"),
    "BLK": QT_TRANSLATE_NOOP("Labels", "BLK (public training centre)"),
    "OTHER": QT_TRANSLATE_NOOP("Labels", "Other"),
}
INSTITUTION_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
    "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
}
OWNERSHIPS = {
    "pemerintah": QT_TRANSLATE_NOOP("Labels", "Government"),
    "swasta": QT_TRANSLATE_NOOP("Labels", "Private"),
    "perusahaan": QT_TRANSLATE_NOOP("Labels", "Company"),
    "": QT_TRANSLATE_NOOP("Labels", "Not recorded"),
}
ACCREDITATIONS = {
    "A": QT_TRANSLATE_NOOP("Labels", "A"),
    "B": QT_TRANSLATE_NOOP("Labels", "B"),
    "C": QT_TRANSLATE_NOOP("Labels", "C"),
    "": QT_TRANSLATE_NOOP("Labels", "Not accredited"),
}
LICENCE_STATES = {
    "valid": QT_TRANSLATE_NOOP("Labels", "Valid"),
    "expiring": QT_TRANSLATE_NOOP("Labels", "Expiring soon"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "missing": QT_TRANSLATE_NOOP("Labels", "No licence on record"),
}
CLASS_MODES = {
    "daring": QT_TRANSLATE_NOOP("Labels", "Online (daring)"),
    "luring": QT_TRANSLATE_NOOP("Labels", "Face to face (luring)"),
    "blended": QT_TRANSLATE_NOOP("Labels", "Blended"),
}
CLASS_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "running": QT_TRANSLATE_NOOP("Labels", "Running"),
    "finished": QT_TRANSLATE_NOOP("Labels", "Finished"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
ENROLLMENT_STATUSES = {
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
    "in_training": QT_TRANSLATE_NOOP("Labels", "In training"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "not_passed": QT_TRANSLATE_NOOP("Labels", "Not passed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
VERDICTS = {
    "eligible": QT_TRANSLATE_NOOP("Labels", "Eligible"),
    "eligible_with_warnings": QT_TRANSLATE_NOOP("Labels", "Eligible with warnings"),
    "needs_override": QT_TRANSLATE_NOOP("Labels", "Needs supervisor approval"),
    "not_eligible": QT_TRANSLATE_NOOP("Labels", "Not eligible"),
}
ROLES = {
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "clerk": QT_TRANSLATE_NOOP("Labels", "Counter clerk"),
    "head": QT_TRANSLATE_NOOP("Labels", "Head of branch"),
    "auditor": QT_TRANSLATE_NOOP("Labels", "Auditor"),
}
VERIFICATION_METHODS = {
    "card": QT_TRANSLATE_NOOP("Labels", "membership card"),
    "jmo": QT_TRANSLATE_NOOP("Labels", "JMO app"),
    "head_office": QT_TRANSLATE_NOOP("Labels", "head-office data"),
    "other": QT_TRANSLATE_NOOP("Labels", "other evidence"),
}

DOCUMENT_TYPES = {
    "letter": QT_TRANSLATE_NOOP("Labels", "Enrolment letter"),
    "slip": QT_TRANSLATE_NOOP("Labels", "Eligibility slip"),
    "certificate": QT_TRANSLATE_NOOP("Labels", "Certificate"),
}


def label(table: Mapping[str, object], code: str | None) -> str:
    """Translated label of ``code`` in ``table``; unknown codes are shown as they are.

    (The tables' values are ``QT_TRANSLATE_NOOP`` results: ``str`` at run time, typed
    ``object`` by the stubs.)"""
    if code is None:
        return ""
    source = table.get(code)
    if source is None:
        return code
    return QCoreApplication.translate(CONTEXT, str(source))


def choices(table: Mapping[str, object]) -> list[tuple[str, str]]:
    """``(code, translated label)`` pairs in the table's order, for combo boxes."""
    return [(code, QCoreApplication.translate(CONTEXT, str(text)))
            for code, text in table.items()]
