"""Free-text fields through the one domain validator, as ValidationError naming the field."""

from __future__ import annotations

from vokasi_desktop.domain.text import TextError, clean_text
from vokasi_desktop.services.errors import ValidationError


def text_field(value: str | None, label: str, field: str, *, max_len: int, min_len: int = 0,
               multiline: bool = False) -> str:
    """:func:`~vokasi_desktop.domain.text.clean_text` for a service: ``label`` is the Indonesian
    name in the message, ``field`` the input attribute a form highlights."""
    try:
        return clean_text(value, label, max_len=max_len, min_len=min_len, multiline=multiline)
    except TextError as exc:
        raise ValidationError(exc.code, exc.message, field) from exc


def optional_text_field(value: str | None, label: str, field: str, *,
                        max_len: int) -> str | None:
    """Like :func:`text_field`, keeping None as None."""
    if value is None:
        return None
    return text_field(value, label, field, max_len=max_len)
