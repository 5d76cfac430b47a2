"""Document numbers from templates.

A template is a ``str.format`` pattern over a fixed set of fields, e.g. the government-style
default ``B/{seq:04d}/KC-{branch}/{month_roman}/{year}`` -> ``B/0123/KC-KRJ/XI/2026``.
BPJAMSOSTEK's exact pattern is not public, so the pattern is a setting; the sequence is per
(branch, document type, year) and the template must contain ``{seq}`` and ``{year}`` (or the
number would repeat across years) and ``{branch}`` (or numbers collide between offices).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from vokasi_desktop.domain.formatting import roman_month

FIELDS = frozenset({"seq", "branch", "year", "month", "month_roman", "day", "type_code"})
REQUIRED = frozenset({"seq", "year", "branch"})
DEFAULT_TEMPLATES = {
    "letter": "B/{seq:04d}/KC-{branch}/{month_roman}/{year}",
    "slip": "KLY/{seq:04d}/KC-{branch}/{month_roman}/{year}",
    "certificate": "SRT/{seq:04d}/VIP/KC-{branch}/{year}",
}
TYPE_CODES = {"letter": "B", "slip": "KLY", "certificate": "SRT"}
MAX_LENGTH = 100
# Characters a number may not contain: Windows path separators and reserved file-name
# characters ("/" is the usual separator in Indonesian letter numbers and is replaced in
# file names; "\\" and the others are not).
_FORBIDDEN = frozenset('\\<>:"|?*')


class NumberTemplateError(ValueError):
    """A template the app refuses; ``str()`` is an Indonesian message."""


@dataclass(frozen=True)
class NumberTemplate:
    """A validated number template."""

    pattern: str

    def __post_init__(self) -> None:
        validate_template(self.pattern)

    def render(self, seq: int, branch: str, on: date, doc_type: str = "letter") -> str:
        return render_number(self.pattern, seq, branch, on, doc_type)


def _fields_of(pattern: str) -> set[str]:
    names: set[str] = set()
    try:
        for _literal, name, _spec, _conv in string.Formatter().parse(pattern):
            if name is not None:
                if name == "" or not name.isidentifier():
                    raise NumberTemplateError(
                        "Templat nomor memakai kolom tanpa nama; gunakan misalnya {seq:04d}.")
                names.add(name)
    except ValueError as exc:
        raise NumberTemplateError(f"Templat nomor tidak valid: {exc}.") from exc
    return names


def validate_template(pattern: str) -> None:
    """Raise NumberTemplateError unless ``pattern`` is a usable template."""
    if not pattern.strip():
        raise NumberTemplateError("Templat nomor tidak boleh kosong.")
    names = _fields_of(pattern)
    literal = "".join(text for text, *_rest in string.Formatter().parse(pattern))
    bad = sorted({c for c in literal if c in _FORBIDDEN or ord(c) < 32})
    if bad or ".." in literal:
        shown = " ".join(bad) if bad else ".."
        raise NumberTemplateError(
            f"Templat nomor tidak boleh memuat {shown!r}: nomor dipakai juga dalam nama berkas "
            "(garis miring / boleh dipakai sebagai pemisah nomor).")
    unknown = names - FIELDS
    if unknown:
        raise NumberTemplateError(
            f"Kolom tidak dikenal dalam templat nomor: {', '.join(sorted(unknown))}. "
            f"Yang tersedia: {', '.join(sorted(FIELDS))}.")
    missing = REQUIRED - names
    if missing:
        raise NumberTemplateError(
            "Templat nomor wajib memuat {seq}, {year} dan {branch} agar nomor tidak pernah "
            f"berulang; yang kurang: {', '.join('{' + m + '}' for m in sorted(missing))}.")
    try:
        sample = render_number(pattern, 1, "KRJ", date(2026, 11, 28), "letter")
    except (ValueError, KeyError, IndexError) as exc:
        raise NumberTemplateError(f"Templat nomor tidak dapat dipakai: {exc}.") from exc
    if len(sample) > MAX_LENGTH:
        raise NumberTemplateError(f"Nomor yang dihasilkan lebih dari {MAX_LENGTH} karakter.")


def render_number(pattern: str, seq: int, branch: str, on: date, doc_type: str = "letter") -> str:
    """Fill ``pattern`` for one document."""
    if seq < 1:
        raise ValueError("sequence numbers start at 1")
    return pattern.format(
        seq=seq, branch=branch, year=on.year, month=f"{on.month:02d}",
        month_roman=roman_month(on.month), day=f"{on.day:02d}",
        type_code=TYPE_CODES.get(doc_type, doc_type.upper()),
    )


def preview_numbers(pattern: str, doc_type: str, branch: str, today: date, seed_year: int,
                    last_used: int) -> tuple[str, str]:
    """What a template gives, for the numbering settings: an example (number 7 today) and the
    number that follows ``last_used`` in ``seed_year`` (on 2 January for another year).

    Raises NumberTemplateError for a template that cannot be saved.
    """
    validate_template(pattern)
    example = render_number(pattern, 7, branch, today, doc_type)
    seed_day = today if seed_year == today.year else date(seed_year, 1, 2)
    return example, render_number(pattern, last_used + 1, branch, seed_day, doc_type)
