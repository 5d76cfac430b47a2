"""Offices for exchange tests: branches and a regional office that trust each other."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text

from tests.db import factories
from tests.db.factories import as_role
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.services import catalog, enrolment, exchange
from vokasi_desktop.services.setup import BranchProfile, set_branch_profile


def admin_of(db: Database) -> Principal:
    """A logged-in administrator of ``db``."""
    return factories.as_role(db, "admin")


ON = factories.TODAY


def make_office(url: str, code: str, *, kind: str = "branch", year: int = 2027,
                seats: int = 100) -> Database:
    db = open_database(url)
    upgrade_database(db.engine)
    set_branch_profile(db, BranchProfile(code=code, name=f"Kantor {code}", city="Kota",
                                         head_name="Kepala"))
    if kind != "branch":
        exchange.set_office_kind(db, admin_of(db), kind)
    catalog.set_program_year(db, year, as_role(db, "head"), budget_total=10**11)
    if kind == "branch":
        catalog.set_branch_quota(db, year, code, seats, 10**10, as_role(db, "head"))
    return db


def trust_each_other(a: Database, b: Database) -> None:
    exchange.add_trusted(a, admin_of(a), exchange.export_own_key(b, admin_of(b)))
    exchange.add_trusted(b, admin_of(b), exchange.export_own_key(a, admin_of(a)))


def send(src: Database, dst_code: str, out: Path) -> Path:
    exchange.export_package(src, admin_of(src), dst_code, out)
    return out


def receive(dst: Database, path: Path) -> exchange.ImportResult:
    return exchange.import_package(dst, admin_of(dst), path)


def enrol_some(db: Database, n: int, *, class_code: str, inst_code: str,
               region: str = "3578") -> list[int]:
    inst = factories.add_institution(db, inst_code)
    klass = factories.add_class(db, inst, class_code, capacity=50)
    ids = []
    for i in range(n):
        m = factories.add_member(db, region=region)
        ids.append(enrolment.enrol(db, m, klass, f"{class_code}-{i}", as_role(db, "clerk"),
                                   on_date=ON).id)
    return ids


def dump(db: Database, *, skip: tuple[str, ...] = ("audit_entry",)) -> dict[str, list[Any]]:
    """Every row of every table (sorted), for before/after comparisons."""
    out: dict[str, list[Any]] = {}
    with db.engine.connect() as conn:
        for name in sorted(inspect(conn).get_table_names()):
            if name in skip or name.startswith("alembic"):
                continue
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            out[name] = sorted(tuple(map(repr, r)) for r in rows)
    return out


def audit_actions(db: Database) -> list[str]:
    from vokasi_desktop.db.models import AuditEntry

    with db.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


__all__ = ["admin_of", "date", "dump", "enrol_some", "make_office", "receive", "send",
           "trust_each_other"]
