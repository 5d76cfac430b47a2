"""The Core table of a mapped class, typed (bulk inserts and reads of plain dicts).

Declarative types ``Model.__table__`` as a ``FromClause``; every model here maps one ``Table``,
which this checks at run time instead of casting.
"""

from __future__ import annotations

from sqlalchemy import Table

from vokasi_desktop.db.models import Base


def table_of(model: type[Base]) -> Table:
    """``model.__table__`` as the ``Table`` it is."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a single table")
    return table


__all__ = ["table_of"]
