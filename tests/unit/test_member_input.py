"""clean_member_input: each field is refused under its own code, in the clerk's order."""

from __future__ import annotations

from datetime import date

import pytest

from vokasi_desktop.services.errors import ValidationError
from vokasi_desktop.services.members import MemberInput, clean_member_input

TODAY = date(2026, 11, 28)
NIK_SITI = "3578014107900003"  # Kota Surabaya, woman, born 01/07/1990


@pytest.mark.parametrize("sex", ["", "X", "p"])
def test_sex_not_chosen_is_refused_as_sex_not_as_a_nik_mismatch(sex: str) -> None:
    # A sex that is neither L nor P must not reach the NIK check (where it read as a
    # "sex differs from the NIK" warning asking for a reason).
    with pytest.raises(ValidationError) as info:
        clean_member_input(MemberInput(
            nik=NIK_SITI, name="Siti", birth_date=date(1990, 7, 1), sex=sex, segment="PU",
            employment_status="employed"), TODAY)
    assert info.value.code == "sex_invalid"
    assert info.value.field == "sex"


def test_sex_matching_the_nik_passes() -> None:
    data, warnings = clean_member_input(MemberInput(
        nik=NIK_SITI, name="Siti", birth_date=date(1990, 7, 1), sex="P", segment="PU",
        employment_status="employed"), TODAY)
    assert data.sex == "P" and warnings == []
