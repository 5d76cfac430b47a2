"""The base of every user-facing error, here so that every layer (db, services) can raise it."""

from __future__ import annotations


class ServiceError(Exception):
    """A user-facing failure; ``code`` is stable for programs, ``message`` is Indonesian."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message
