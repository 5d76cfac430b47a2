"""Kemendagri region tables (vokasi_desktop.domain.regions) and the resources path."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from vokasi_desktop.domain import regions
from vokasi_desktop.paths import resources_dir

REGIONS_DIR = resources_dir() / "regions"


def test_domain_reads_the_same_folder_as_paths() -> None:
    assert regions._regions_dir() == REGIONS_DIR
    assert (REGIONS_DIR / "provinces.csv").is_file()
    assert (REGIONS_DIR / "regencies.csv").is_file()


def test_resources_dir_prefers_the_checkout() -> None:
    repo_root = Path(__file__).resolve().parents[2]
    assert resources_dir() == repo_root / "resources"


def test_38_provinces_with_kemendagri_papua_codes() -> None:
    provinces = regions.all_provinces()
    assert len(provinces) == 38
    assert [p.code for p in provinces] == sorted(p.code for p in provinces)
    papua = {p.code: p.name for p in provinces if p.code.startswith("9")}
    assert papua == {
        "91": "PAPUA",
        "92": "PAPUA BARAT",
        "93": "PAPUA SELATAN",
        "94": "PAPUA TENGAH",
        "95": "PAPUA PEGUNUNGAN",
        "96": "PAPUA BARAT DAYA",
    }


@pytest.mark.parametrize(
    ("code", "name"),
    [("11", "ACEH"), ("31", "DKI JAKARTA"), ("35", "JAWA TIMUR"), ("65", "KALIMANTAN UTARA")],
)
def test_province_name(code: str, name: str) -> None:
    assert regions.province_name(code) == name


def test_unknown_province() -> None:
    assert regions.province_name("99") is None
    assert regions.province_name("") is None
    assert not regions.is_known_province("20")


def test_514_current_regencies() -> None:
    current = regions.all_regencies()
    assert len(current) == 514
    assert not any(r.is_alias for r in current)
    per_province = Counter(r.province_code for r in current)
    # Counts per Kepmendagri: spot checks across the country.
    assert per_province["11"] == 23
    assert per_province["31"] == 6
    assert per_province["32"] == 27
    assert per_province["33"] == 35
    assert per_province["35"] == 38
    assert per_province["91"] == 9
    assert per_province["92"] == 7
    assert per_province["93"] == 4
    assert per_province["94"] == 8
    assert per_province["95"] == 8
    assert per_province["96"] == 6
    assert set(per_province) == {p.code for p in regions.all_provinces()}


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("1109", "KABUPATEN SIMEULUE"),
        ("3101", "KABUPATEN ADMINISTRASI KEPULAUAN SERIBU"),
        ("3171", "KOTA ADMINISTRASI JAKARTA PUSAT"),
        ("3578", "KOTA SURABAYA"),
        ("6571", "KOTA TARAKAN"),
        ("9171", "KOTA JAYAPURA"),
        ("9301", "KABUPATEN MERAUKE"),
        ("9671", "KOTA SORONG"),
    ],
)
def test_regency_name(code: str, name: str) -> None:
    assert regions.regency_name(code) == name


def test_unknown_regency() -> None:
    assert regions.regency_name("3599") is None
    assert regions.get_regency("3500") is None
    assert regions.canonical_regency_code("3599") is None
    assert not regions.is_known_regency("9901")


def test_dotted_codes_are_accepted() -> None:
    assert regions.regency_name("35.78") == "KOTA SURABAYA"


@pytest.mark.parametrize(
    ("old", "new", "name"),
    [
        ("9101", "9301", "KABUPATEN MERAUKE"),
        ("9102", "9501", "KABUPATEN JAYAWIJAYA"),
        ("9109", "9404", "KABUPATEN MIMIKA"),
        ("9128", "9408", "KABUPATEN DEIYAI"),
        ("9201", "9601", "KABUPATEN SORONG"),
        ("9271", "9671", "KOTA SORONG"),
    ],
)
def test_pre_split_papua_codes_resolve(old: str, new: str, name: str) -> None:
    regency = regions.get_regency(old)
    assert regency is not None and regency.is_alias
    assert regency.alias_of == new
    assert regions.regency_name(old) == name == regions.regency_name(new)
    assert regions.canonical_regency_code(old) == new
    assert regions.canonical_regency_code(new) == new


def test_aliases_are_exactly_the_26_papua_moves() -> None:
    aliases = [r for r in regions.all_regencies(include_aliases=True) if r.is_alias]
    assert len(aliases) == 26
    assert {r.province_code for r in aliases} == {"91", "92"}
    for alias in aliases:
        target = regions.get_regency(alias.alias_of or "")
        assert target is not None and not target.is_alias
        assert target.province_code in {"93", "94", "95", "96"}
        assert target.name == alias.name
        assert alias.is_kota == target.is_kota


def test_regencies_of_lists_current_rows_only() -> None:
    papua = regions.regencies_of("91")
    assert [r.code for r in papua] == [
        "9103", "9105", "9106", "9110", "9111", "9115", "9119", "9120", "9171",
    ]  # fmt: skip
    dki = regions.regencies_of("31")
    assert dki[0].name == "KABUPATEN ADMINISTRASI KEPULAUAN SERIBU"
    assert len(dki) == 6
    assert regions.regencies_of("99") == ()


@pytest.mark.parametrize(
    ("code", "expected"),
    [("3578", True), ("3171", True), ("9671", True), ("3507", False), ("3101", False),
     ("3569", False), ("3599", True), ("35", False), ("", False), ("35ab", False)],
)  # fmt: skip
def test_is_kota(code: str, expected: bool) -> None:
    assert regions.is_kota(code) is expected


def test_every_row_is_kabupaten_or_kota_by_name() -> None:
    for regency in regions.all_regencies(include_aliases=True):
        kk = int(regency.code[2:])
        assert 1 <= kk <= 99
        if regency.is_kota:
            assert regency.name.startswith("KOTA "), regency
        else:
            assert regency.name.startswith("KABUPATEN "), regency


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("35", "JAWA TIMUR"),
        ("3578", "KOTA SURABAYA, JAWA TIMUR"),
        ("3101", "KABUPATEN ADMINISTRASI KEPULAUAN SERIBU, DKI JAKARTA"),
        ("9101", "KABUPATEN MERAUKE, PAPUA SELATAN (kode lama 9101, kini 9301)"),
        ("99", "Kode wilayah 99 tidak dikenal"),
        ("3599", "Kode wilayah 3599 tidak dikenal"),
        ("357801", "Kode wilayah 357801 tidak dikenal"),
        ("", "Kode wilayah (kosong) tidak dikenal"),
    ],
)
def test_region_label(code: str, label: str) -> None:
    assert regions.region_label(code) == label


def test_csv_files_are_well_formed() -> None:
    with (REGIONS_DIR / "regencies.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["code", "province_code", "name", "alias_of"]
        rows = list(reader)
    assert len(rows) == 540
    assert [r["code"] for r in rows] == sorted(r["code"] for r in rows)
    for row in rows:
        assert row["name"] == row["name"].upper().strip()
        assert row["code"][:2] == row["province_code"]
    with (REGIONS_DIR / "provinces.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == ["code", "name"]


def test_tables_are_loaded_once() -> None:
    assert regions._tables() is regions._tables()
