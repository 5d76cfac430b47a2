"""Translated labels for the short codes stored in the database.

The codes (``laid_off``, ``daring``, ...) are data; what the clerk reads goes through Qt's
translation system (context ``Labels``). The codes and the English source texts come from the
one vocabulary (``domain.vocabulary``, which lupdate reads); each table here is
``code -> English source text`` of one of its sets.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vokasi_desktop.domain import vocabulary

CONTEXT = "Labels"


def _table(code_set: vocabulary.CodeSet) -> dict[str, str]:
    """``code -> English source text`` of one vocabulary set, in its order."""
    return {term.code: term.en for term in code_set}


SEGMENTS = _table(vocabulary.SEGMENTS)
EMPLOYMENT_STATUSES = _table(vocabulary.EMPLOYMENT_STATUSES)
MEMBERSHIP_STATUSES = _table(vocabulary.MEMBERSHIP_STATUSES)
SEXES = _table(vocabulary.SEXES)
INSTITUTION_TYPES = _table(vocabulary.INSTITUTION_TYPES)
INSTITUTION_STATUSES = _table(vocabulary.INSTITUTION_STATUSES)
OWNERSHIPS = _table(vocabulary.OWNERSHIPS)
ACCREDITATIONS = _table(vocabulary.ACCREDITATIONS)
LICENCE_STATES = _table(vocabulary.LICENCE_STATES)
CLASS_MODES = _table(vocabulary.CLASS_MODES)
CLASS_STATUSES = _table(vocabulary.CLASS_STATUSES)
ENROLLMENT_STATUSES = _table(vocabulary.ENROLLMENT_STATUSES)
VERDICTS = _table(vocabulary.VERDICTS)
OUTCOMES = _table(vocabulary.OUTCOMES)
ROLES = _table(vocabulary.ROLES)
VERIFICATION_METHODS = _table(vocabulary.VERIFICATION_METHODS)
CONTRIBUTION_SOURCES = _table(vocabulary.CONTRIBUTION_SOURCES)
CONSENT_METHODS = _table(vocabulary.CONSENT_METHODS)
DOCUMENT_TYPES = _table(vocabulary.DOC_TYPES)
OFFICE_KINDS = _table(vocabulary.OFFICE_KINDS)


def label(table: Mapping[str, object], code: str | None) -> str:
    """Translated label of ``code`` in ``table``; unknown codes are shown as they are.

    (Typed ``Mapping[str, object]`` so callers may pass their own tables.)"""
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
