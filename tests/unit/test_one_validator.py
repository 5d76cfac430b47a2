"""One validator per value: the Excel importer and the services agree on every value.

Each case is a value a clerk types; the importer (cell parsing) and the service validator that
the dialogs call must both accept it (to the same stored value) or both refuse it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vokasi_desktop.documents.xlsx_import import CellError, ParsedRow, RawRow, validate_rows
from vokasi_desktop.documents.xlsx_templates import import_spec
from vokasi_desktop.domain import fields
from vokasi_desktop.services.catalog import InstitutionInput, validate_institution_input
from vokasi_desktop.services.errors import ValidationError
from vokasi_desktop.services.members import MemberInput, clean_member_input

TODAY = date(2026, 11, 28)
NIK_SITI = "3578014107900003"  # Kota Surabaya, woman, born 01/07/1990


def _letters(kind: str) -> dict[str, str]:
    return {f.key: chr(ord("A") + i) for i, f in enumerate(import_spec(kind).fields)}


def importer_value(kind: str, values: dict[str, Any], key: str) -> tuple[bool, Any]:
    """(accepted, parsed value) of ``key`` in one row read by the importer."""
    items = list(validate_rows([RawRow(2, values, letters=_letters(kind))], kind, today=TODAY))
    problems = [i for i in items if isinstance(i, CellError) and i.severity == "error"]
    assert all(p.column_letter == _letters(kind)[key] for p in problems), problems
    if problems:
        return False, None
    row = next(i for i in items if isinstance(i, ParsedRow))
    return True, row.values[key]


def institution_row(code: str = "LPK-SBY-001", phone: str | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"code": code, "name": "LPK Maju", "type": "LPK",
                           "licence_number": "503/123/2020", "region_code": "3578"}
    if phone is not None:
        row["phone"] = phone
    return row


def member_row(phone: str) -> dict[str, Any]:
    return {"nik": NIK_SITI, "name": "Siti", "birth_date": date(1990, 7, 1), "sex": "P",
            "segment": "PU", "employment_status": "employed", "membership_status": "active",
            "phone": phone}


def service_institution(code: str = "LPK-SBY-001", phone: str = "") -> tuple[bool, Any]:
    try:
        data = validate_institution_input(InstitutionInput(
            code=code, name="LPK Maju", type="LPK", licence_number="503/123/2020",
            region_code="3578", phone=phone), today=TODAY)
    except ValidationError:
        return False, None
    return True, data


def service_member_phone(phone: str) -> tuple[bool, Any]:
    try:
        data, _ = clean_member_input(MemberInput(
            nik=NIK_SITI, name="Siti", birth_date=date(1990, 7, 1), sex="P", segment="PU",
            employment_status="employed", phone=phone), TODAY)
    except ValidationError:
        return False, None
    return True, data.phone


CODES = ["LPK-SBY-001", "LPK_SBY_001", "lpk.sby/01", "A", "X" * 32, "X" * 33, "LPK SBY",
         "-LPK", "LPK#1"]


@pytest.mark.parametrize("code", CODES)
def test_institution_code_importer_and_service_agree(code: str) -> None:
    imported, value = importer_value("institutions", institution_row(code), "code")
    accepted, data = service_institution(code)
    assert imported == accepted, (code, imported, accepted)
    if accepted:
        assert value == data.code


PHONES = ["081234567890", "+6281234567890", "0812-3456-7890", "0812 3456 7890",
          "(031) 555.1234", "12345", "0812345678901234567", "08123abc", "+62 (812) 3456-7890",
          "0812--3456"]


@pytest.mark.parametrize("phone", PHONES)
def test_member_phone_importer_and_service_agree(phone: str) -> None:
    imported, value = importer_value("members", member_row(phone), "phone")
    accepted, stored = service_member_phone(phone)
    assert imported == accepted, (phone, imported, accepted)
    if accepted:
        assert value == stored


@pytest.mark.parametrize("phone", PHONES)
def test_institution_phone_importer_and_service_agree(phone: str) -> None:
    imported, value = importer_value("institutions", institution_row(phone=phone), "phone")
    accepted, data = service_institution(phone=phone)
    assert imported == accepted, (phone, imported, accepted)
    if accepted:
        assert value == data.phone


def test_the_domain_validators_give_codes_and_params() -> None:
    assert fields.parse_code(" lpk_sby-01 ") == "LPK_SBY-01"
    assert fields.parse_phone("+62 (812) 3456-7890") == "+6281234567890"
    with pytest.raises(fields.FieldError) as caught:
        fields.parse_code("LPK SBY")
    assert caught.value.code == "code_format"
    with pytest.raises(fields.FieldError) as caught:
        fields.parse_phone("12345")
    assert caught.value.code == "phone_format"
    assert caught.value.params == {"low": 6, "high": 15}


REGIONS = ["3578", "35.78", "35", "3599", "9999", "35780", "abcd"]


@pytest.mark.parametrize("region", REGIONS)
def test_institution_region_importer_and_service_agree(region: str) -> None:
    row = {**institution_row(), "region_code": region}
    imported, value = importer_value("institutions", row, "region_code")
    try:
        data = validate_institution_input(InstitutionInput(
            code="LPK-SBY-001", name="LPK Maju", type="LPK", licence_number="503/123/2020",
            region_code=region), today=TODAY)
        accepted, stored = True, data.region_code
    except ValidationError:
        accepted, stored = False, None
    assert imported == accepted, (region, imported, accepted)
    if accepted:
        assert value == stored


@pytest.mark.parametrize("region", REGIONS)
def test_member_region_importer_and_service_agree(region: str) -> None:
    imported, value = importer_value("members", {**member_row(""), "phone": None,
                                                 "region_code": region}, "region_code")
    try:
        data, _ = clean_member_input(MemberInput(
            nik=NIK_SITI, name="Siti", birth_date=date(1990, 7, 1), sex="P", segment="PU",
            employment_status="employed", region_code=region), TODAY)
        accepted, stored = True, data.region_code
    except ValidationError:
        accepted, stored = False, None
    assert imported == accepted, (region, imported, accepted)
    if accepted:
        assert value == stored
