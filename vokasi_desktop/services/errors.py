"""Errors the services raise for the user: ``str()`` is a clear Indonesian message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vokasi_desktop.db.engine import DatabaseBusyError
from vokasi_desktop.domain.errors import ServiceError

__all__ = ["AuthError", "ConflictError", "DatabaseBusyError", "NotFoundError",
           "QuotaExhaustedError", "ServiceError", "ValidationError"]


class NotFoundError(ServiceError):
    """The thing asked for does not exist."""


class ValidationError(ServiceError):
    """Input that cannot be accepted; ``field`` names where."""

    def __init__(self, code: str, message: str, field: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(code, message, params)
        self.field = field


class ConflictError(ServiceError):
    """A duplicate or a concurrent change."""


class QuotaExhaustedError(ServiceError):
    """No seat or budget left; never overridable."""


class AuthError(ServiceError):
    """Login or permission failure."""
