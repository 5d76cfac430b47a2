"""Errors the services raise for the user: ``str()`` is a clear Indonesian message."""

from __future__ import annotations


class ServiceError(Exception):
    """A user-facing failure; ``code`` is stable for programs, ``message`` is Indonesian."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(ServiceError):
    """The thing asked for does not exist."""


class ValidationError(ServiceError):
    """Input that cannot be accepted; ``field`` names where."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(code, message)
        self.field = field


class ConflictError(ServiceError):
    """A duplicate or a concurrent change."""


class QuotaExhaustedError(ServiceError):
    """No seat or budget left; never overridable."""


class AuthError(ServiceError):
    """Login or permission failure."""
