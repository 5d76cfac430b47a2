"""What a training institution's licence (izin) is on a given day: one definition.

Screens (institution page and dialog, class dialog), the browse filter, exports and the
eligibility engine all ask :func:`licence_state`, so a licence cannot be valid in one place and
missing in another.

Meaning (DOMAIN.md: an institution must be licensed by the Dinas; the import template says
"Kosongkan bila izin tidak berbatas waktu"):

- no licence number: ``missing`` (whatever the dates say);
- a number and an issue date after the day: ``not_yet`` (the licence is not in force yet);
- a number and no expiry date: the licence does not expire, so ``valid``;
- an expiry date before the day: ``expired``; on or within ``warning_days`` after the day:
  ``expiring`` (still in force through its last day); later: ``valid``.

The codes are :data:`vokasi_desktop.domain.vocabulary.LICENCE_STATES`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final, Literal

__all__ = ["EXPIRY_WARNING_DAYS", "USABLE_STATES", "LicenceState", "licence_state"]

LicenceState = Literal["valid", "expiring", "expired", "not_yet", "missing"]

EXPIRY_WARNING_DAYS: Final = 60
"""Days before the expiry date from which a licence is shown as ``expiring``."""

USABLE_STATES: Final[frozenset[str]] = frozenset({"valid", "expiring"})
"""States in which the licence is in force on the day (participants may be trained)."""


def licence_state(number: str | None, issued: date | None, expires: date | None, on: date,
                  *, warning_days: int = EXPIRY_WARNING_DAYS) -> LicenceState:
    """The state of a licence on the day ``on`` (see the module docstring)."""
    if not (number or "").strip():
        return "missing"
    if issued is not None and issued > on:
        return "not_yet"
    if expires is None:
        return "valid"
    if expires < on:
        return "expired"
    if expires <= on + timedelta(days=warning_days):
        return "expiring"
    return "valid"
