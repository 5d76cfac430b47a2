"""The base of every user-facing error, here so that every layer (db, services) can raise it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ServiceError(Exception):
    """A user-facing failure.

    ``code`` is stable for programs and is what the UI translates (with ``params``, the values
    the message needs: counts, numbers, field names; never personal data); ``message`` is the
    Indonesian text the CLI prints and the fallback when the UI has no translation for ``code``.
    """

    def __init__(self, code: str, message: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: dict[str, Any] = dict(params or {})

    def __str__(self) -> str:
        return self.message
