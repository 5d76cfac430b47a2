"""Shared fixtures: real databases in tmp_path (SQLite) or a throwaway PostgreSQL database.

PostgreSQL tests run when ``VOKASI_TEST_PG_URL`` points at a server where the user may create
databases (``.ci/run`` sets it when 127.0.0.1:5432 answers); otherwise they skip with a reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

# Must be set before the first QApplication exists (pytest-qt does not set it).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VOKASI_LANG", "id")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.migrate import upgrade_database

PG_ENV = "VOKASI_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path) -> Iterator[None]:
    """PostgreSQL databases keep their private folder (keys, audit checkpoints) under
    VOKASI_DATA_DIR: a per-test folder, not the user's data directory. (Not through the
    ``monkeypatch`` fixture: a test's ``monkeypatch.undo()`` must not move the folder.)"""
    saved = {k: os.environ.get(k) for k in ("VOKASI_DATA_DIR", "VOKASI_KEY_PASSPHRASE")}
    os.environ["VOKASI_DATA_DIR"] = str(tmp_path / "vokasi-data")
    os.environ.pop("VOKASI_KEY_PASSPHRASE", None)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def new_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a new, empty database on the backend named by ``request.param``."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'vokasi.sqlite3'}"
        return
    admin = pg_admin_url()
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (no server configured)")
    name = f"vokasi_test_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin_engine.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin_engine.dispose()


@pytest.fixture
def database(new_db_url: str) -> Iterator[Database]:
    """A migrated, empty database (SQLite unless parametrised with ``indirect``)."""
    db = open_database(new_db_url)
    upgrade_database(db.engine)
    try:
        yield db
    finally:
        db.dispose()


def both_backends(func):  # type: ignore[no-untyped-def]
    """Run a test on SQLite and on PostgreSQL (the latter skips without a server)."""
    return pytest.mark.parametrize("new_db_url", BACKENDS, indirect=True)(func)
