"""Document number templates."""

from __future__ import annotations

import re
from datetime import date

import pytest

from vokasi_desktop.domain.numbering import (
    DEFAULT_TEMPLATES,
    NumberTemplate,
    NumberTemplateError,
    render_number,
    validate_template,
)


def test_default_letter_number_follows_government_pattern() -> None:
    assert render_number(DEFAULT_TEMPLATES["letter"], 123, "KRJ", date(2026, 11, 28)) == \
        "B/0123/KC-KRJ/XI/2026"
    assert render_number(DEFAULT_TEMPLATES["certificate"], 7, "BIK", date(2027, 1, 2),
                         "certificate") == "SRT/0007/VIP/KC-BIK/2027"


@pytest.mark.parametrize("pattern", DEFAULT_TEMPLATES.values())
def test_defaults_are_valid(pattern: str) -> None:
    validate_template(pattern)


@pytest.mark.parametrize(
    ("pattern", "fragment"),
    [
        ("", "kosong"),
        ("{seq}/{year}", "{branch}"),
        ("{seq}/{branch}", "{year}"),
        ("{branch}/{year}", "{seq}"),
        ("{seq}/{branch}/{year}/{nik}", "tidak dikenal"),
        ("{seq}/{branch}/{year}/{", "tidak valid"),
        ("{}/{branch}/{year}", "tanpa nama"),
        ("{seq:04q}/{branch}/{year}", "tidak dapat dipakai"),
        ("X" * 120 + "{seq}/{branch}/{year}", "100 karakter"),
    ],
)
def test_bad_templates_are_refused_with_a_reason(pattern: str, fragment: str) -> None:
    with pytest.raises(NumberTemplateError) as info:
        NumberTemplate(pattern)
    assert fragment in str(info.value)


def test_sequence_starts_at_one() -> None:
    with pytest.raises(ValueError):
        render_number(DEFAULT_TEMPLATES["letter"], 0, "KRJ", date(2026, 1, 1))


def test_all_fields() -> None:
    template = NumberTemplate("{type_code}-{seq:03d}-{branch}-{day}{month}{year}-{month_roman}")
    assert template.render(5, "KRJ", date(2026, 4, 9), "slip") == "KLY-005-KRJ-09042026-IV"


def test_every_default_template_pads_the_sequence_to_the_same_width() -> None:
    """Defect: letters used 4 digits, slips and certificates 5."""
    widths = {kind: re.search(r"\{seq:0(\d)d\}", t).group(1)  # type: ignore[union-attr]
              for kind, t in DEFAULT_TEMPLATES.items()}
    assert set(widths.values()) == {"4"}, widths
