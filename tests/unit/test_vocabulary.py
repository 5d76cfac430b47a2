"""The one vocabulary: code sets, groups and their wordings (domain.vocabulary)."""

from __future__ import annotations

import pytest

from vokasi_desktop.db import models
from vokasi_desktop.domain import vocabulary as v
from vokasi_desktop.domain.access import Role
from vokasi_desktop.domain.eligibility import facts
from vokasi_desktop.domain.eligibility.result import OUTCOMES, VERDICTS


@pytest.mark.parametrize("code_set", v.ALL_SETS, ids=lambda s: s.name)
def test_every_term_has_an_indonesian_label_and_an_english_source(code_set: v.CodeSet) -> None:
    assert len(code_set) > 0
    for term in code_set:
        assert term.label.strip() and term.en.strip(), term
        assert term.in_sentence.strip() and term.template_note.strip(), term


def test_lookups() -> None:
    assert v.CLASS_MODES.label("daring") == "Daring"
    assert v.CLASS_MODES.phrase("blended") == "campuran (daring dan tatap muka)"
    assert v.CLASS_MODES.term("luring").template_choice == "luring"
    assert v.SEGMENTS.term("PU").template_choice == "PU"  # no choice given: the code
    assert v.ENROLLMENT_STATUSES.label("unknown_code") == "unknown_code"
    assert v.ENROLLMENT_STATUSES.label(None) == ""
    assert "daring" in v.CLASS_MODES and "online" not in v.CLASS_MODES
    with pytest.raises(KeyError):
        v.CLASS_MODES.term("online")


def test_groups_are_members_of_their_sets() -> None:
    assert set(v.LAID_OFF_STATUSES) < set(v.EMPLOYMENT_STATUSES.codes)
    assert set(v.ACTIVE_ENROLLMENT_STATUSES) < set(v.ENROLLMENT_STATUSES.codes)
    with pytest.raises(ValueError, match="unknown codes"):
        v._group(("fired",), v.EMPLOYMENT_STATUSES)


def test_a_code_listed_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        v.CodeSet("x", (v.Term("a", "A", "A"), v.Term("a", "B", "B")))


def test_database_and_engine_take_their_codes_from_the_vocabulary() -> None:
    assert models.CLASS_MODES == v.CLASS_MODES.codes == facts.CLASS_MODES
    assert models.SEGMENTS == v.SEGMENTS.codes == facts.SEGMENTS
    assert models.EMPLOYMENT_STATUSES == v.EMPLOYMENT_STATUSES.codes == facts.EMPLOYMENT_STATUSES
    assert models.ROLES == v.ROLES.codes == tuple(r.value for r in Role)
    assert v.VERDICTS.codes == VERDICTS
    assert v.OUTCOMES.codes == OUTCOMES
