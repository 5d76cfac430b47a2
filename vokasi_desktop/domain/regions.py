"""Kemendagri province and regency (kabupaten/kota) codes, as used in NIK prefixes.

Data: ``resources/regions/provinces.csv`` and ``regencies.csv`` (see the README there).
Retired codes (the 2022 Papua split) are kept as aliases so old NIKs still resolve.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

__all__ = [
    "Province",
    "Regency",
    "all_provinces",
    "all_regencies",
    "canonical_regency_code",
    "get_regency",
    "is_known_province",
    "is_known_regency",
    "is_kota",
    "province_name",
    "regencies_of",
    "regency_name",
    "region_label",
]


@dataclass(frozen=True, slots=True)
class Province:
    """A province: 2-digit code and upper-case name."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Regency:
    """A kabupaten/kota: 4-digit code ``PPKK``; ``alias_of`` is set for retired codes."""

    code: str
    province_code: str
    name: str
    alias_of: str | None = None

    @property
    def is_alias(self) -> bool:
        """True for a retired code that now belongs to ``alias_of``."""
        return self.alias_of is not None

    @property
    def is_kota(self) -> bool:
        """True for a kota (KK 71-99), False for a kabupaten (KK 01-69)."""
        return is_kota(self.code)


@dataclass(frozen=True, slots=True)
class _Tables:
    provinces: Mapping[str, Province]
    regencies: Mapping[str, Regency]


def _regions_dir() -> Path:
    """Same rule as ``vokasi_desktop.paths.resources_dir`` (domain imports only stdlib)."""
    package = Path(__file__).resolve().parent.parent
    checkout = package.parent
    if (checkout / "resources").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout / "resources" / "regions"
    return package / "resources" / "regions"


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


@cache
def _tables() -> _Tables:
    """Load and check both CSV files once per process."""
    folder = _regions_dir()
    provinces: dict[str, Province] = {}
    for row in _read_rows(folder / "provinces.csv"):
        code = row["code"]
        if len(code) != 2 or not code.isdigit() or code in provinces:
            raise ValueError(f"provinces.csv: bad or duplicate code {code!r}")
        provinces[code] = Province(code, row["name"])

    regencies: dict[str, Regency] = {}
    for row in _read_rows(folder / "regencies.csv"):
        code, prov = row["code"], row["province_code"]
        if len(code) != 4 or not code.isdigit() or code in regencies:
            raise ValueError(f"regencies.csv: bad or duplicate code {code!r}")
        if code[:2] != prov or prov not in provinces:
            raise ValueError(f"regencies.csv: {code} has province {prov!r}")
        regencies[code] = Regency(code, prov, row["name"], row.get("alias_of") or None)

    for regency in regencies.values():
        target = regency.alias_of
        if target is not None and (target not in regencies or regencies[target].is_alias):
            raise ValueError(f"regencies.csv: {regency.code} aliases unknown code {target}")
    return _Tables(MappingProxyType(provinces), MappingProxyType(regencies))


def _digits(code: str | int) -> str:
    return str(code).strip().replace(".", "")


def province_name(code: str) -> str | None:
    """Name of the province with this 2-digit code, or None if unknown."""
    province = _tables().provinces.get(_digits(code))
    return province.name if province else None


def is_known_province(code: str) -> bool:
    """True if ``code`` is one of the 38 province codes."""
    provinces = _tables().provinces
    return code in provinces or _digits(code) in provinces  # clean codes skip _digits


def get_regency(code: str) -> Regency | None:
    """The regency row (current or retired alias) for a 4-digit code."""
    regencies = _tables().regencies
    return regencies.get(code) or regencies.get(_digits(code))  # clean codes skip _digits


def regency_name(code: str) -> str | None:
    """Name of the kabupaten/kota with this 4-digit code (aliases resolve), or None."""
    regency = get_regency(code)
    return regency.name if regency else None


def is_known_regency(code: str) -> bool:
    """True if the 4-digit code is a current or retired (alias) regency code."""
    return get_regency(code) is not None


def canonical_regency_code(code: str) -> str | None:
    """Current code for a regency code (itself, or the target of an alias); None if unknown."""
    regency = get_regency(code)
    if regency is None:
        return None
    return regency.alias_of or regency.code


def is_kota(regency_code: str) -> bool:
    """True if the KK part of a 4-digit code is 71-99 (kota), False otherwise."""
    digits = _digits(regency_code)
    if len(digits) < 4 or not digits[:4].isdigit():
        return False
    return 71 <= int(digits[2:4]) <= 99


def all_provinces() -> tuple[Province, ...]:
    """The 38 provinces, ordered by code."""
    return tuple(sorted(_tables().provinces.values(), key=lambda p: p.code))


def all_regencies(*, include_aliases: bool = False) -> tuple[Regency, ...]:
    """Every current regency (514), ordered by code; optionally with retired aliases."""
    rows = _tables().regencies.values()
    return tuple(
        sorted((r for r in rows if include_aliases or not r.is_alias), key=lambda r: r.code)
    )


def regencies_of(province_code: str) -> tuple[Regency, ...]:
    """Current regencies of a province, ordered by code (retired aliases excluded)."""
    prov = _digits(province_code)
    return tuple(r for r in all_regencies() if r.province_code == prov)


def region_label(code: str) -> str:
    """Readable Indonesian label for a 2-digit province or 4-digit regency code.

    ``"35"`` -> ``"JAWA TIMUR"``; ``"3578"`` -> ``"KOTA SURABAYA, JAWA TIMUR"``;
    a retired code names the current province and the old code, e.g.
    ``"9101"`` -> ``"KABUPATEN MERAUKE, PAPUA SELATAN (kode lama 9101, kini 9301)"``.
    Unknown codes give ``"Kode wilayah 9999 tidak dikenal"``.
    """
    digits = _digits(code)
    if len(digits) == 2:
        name = province_name(digits)
        return name if name else f"Kode wilayah {digits} tidak dikenal"
    if len(digits) == 4:
        regency = get_regency(digits)
        if regency is None:
            return f"Kode wilayah {digits} tidak dikenal"
        current = get_regency(regency.alias_of) if regency.alias_of else regency
        assert current is not None
        label = f"{regency.name}, {province_name(current.province_code)}"
        if regency.alias_of:
            label += f" (kode lama {regency.code}, kini {regency.alias_of})"
        return label
    return f"Kode wilayah {digits or '(kosong)'} tidak dikenal"
