"""Every code of the vocabulary has a screen label, translated into Indonesian."""

from __future__ import annotations

import pytest

from vokasi_desktop.domain import vocabulary
from vokasi_desktop.ui import labels

TABLES = {
    vocabulary.SEXES: labels.SEXES, vocabulary.SEGMENTS: labels.SEGMENTS,
    vocabulary.EMPLOYMENT_STATUSES: labels.EMPLOYMENT_STATUSES,
    vocabulary.MEMBERSHIP_STATUSES: labels.MEMBERSHIP_STATUSES,
    vocabulary.VERIFICATION_METHODS: labels.VERIFICATION_METHODS,
    vocabulary.CONTRIBUTION_SOURCES: labels.CONTRIBUTION_SOURCES,
    vocabulary.CONSENT_METHODS: labels.CONSENT_METHODS,
    vocabulary.INSTITUTION_TYPES: labels.INSTITUTION_TYPES,
    vocabulary.INSTITUTION_STATUSES: labels.INSTITUTION_STATUSES,
    vocabulary.OWNERSHIPS: labels.OWNERSHIPS, vocabulary.ACCREDITATIONS: labels.ACCREDITATIONS,
    vocabulary.LICENCE_STATES: labels.LICENCE_STATES, vocabulary.CLASS_MODES: labels.CLASS_MODES,
    vocabulary.CLASS_STATUSES: labels.CLASS_STATUSES,
    vocabulary.ENROLLMENT_STATUSES: labels.ENROLLMENT_STATUSES,
    vocabulary.VERDICTS: labels.VERDICTS, vocabulary.OUTCOMES: labels.OUTCOMES,
    vocabulary.DOC_TYPES: labels.DOCUMENT_TYPES, vocabulary.ROLES: labels.ROLES,
    vocabulary.OFFICE_KINDS: labels.OFFICE_KINDS,
}


def test_every_vocabulary_set_has_a_screen_table() -> None:
    assert {s.name for s in TABLES} == {s.name for s in vocabulary.ALL_SETS}


@pytest.mark.parametrize("code_set", vocabulary.ALL_SETS, ids=lambda s: s.name)
def test_every_code_has_a_translated_label(code_set: vocabulary.CodeSet) -> None:
    table = TABLES[code_set]
    assert tuple(table) == code_set.codes
    for term in code_set:
        shown = labels.label(table, term.code)
        assert shown.strip(), term
        # Indonesian by default: the English source is translated (a few words are the same
        # in both languages: the grades, "Supervisor", "Auditor", "Administrator").
        if term.en not in {"A", "B", "C", "Supervisor", "Auditor", "Administrator"}:
            assert shown != term.en, term
