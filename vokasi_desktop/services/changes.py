"""What a write changed, said by the service itself (Anki's ``OpChanges``).

A write service declares the kinds of entity it touches with :func:`changes`; the GUI's job
runner reads them with :func:`changes_of` and broadcasts them with the initiator (the page or
dialog that asked), so views refresh without guessing who wrote. The entity names are the
constants below; ``ui/signals.py`` re-exports them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

MEMBER = "member"
INSTITUTION = "institution"
CLASS = "class"
ENROLLMENT = "enrollment"
QUOTA = "quota"
SETTING = "setting"
DOCUMENT = "document"
ALL_ENTITIES = frozenset({MEMBER, INSTITUTION, CLASS, ENROLLMENT, QUOTA, SETTING})

_ATTRIBUTE = "__vokasi_changes__"
F = TypeVar("F", bound=Callable[..., Any])


def changes(*entities: str) -> Callable[[F], F]:
    """Decorate a write service with the entity kinds a successful call changes."""
    declared = frozenset(entities)

    def mark(fn: F) -> F:
        setattr(fn, _ATTRIBUTE, declared)
        return fn

    return mark


def changes_of(fn: object) -> frozenset[str]:
    """The entity kinds ``fn`` declares (empty for reads and undeclared functions)."""
    declared = getattr(fn, _ATTRIBUTE, None)
    return declared if isinstance(declared, frozenset) else frozenset()


__all__ = ["ALL_ENTITIES", "CLASS", "DOCUMENT", "ENROLLMENT", "INSTITUTION", "MEMBER", "QUOTA",
           "SETTING", "changes", "changes_of"]
