"""GUI fixtures: a demo database per test (copied from a session template), the Indonesian
translation installed, a job runner shut down after each test, and modal questions replaced.

A modal ``exec()`` would hang an offscreen test run (NOTES.md): ``ui.messages`` functions are
patched by the autouse ``answers`` fixture, which records what was asked and answers from a
queue the test fills.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.db.factories import as_user
from vokasi_desktop.db.engine import Database, open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.services.auth import list_users
from vokasi_desktop.services.demo import fill_demo
from vokasi_desktop.ui import messages
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.i18n import Preferences, install_translators, remove_translators
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.signals import AppSignals
from vokasi_desktop.ui.style import STYLE_SHEET

DEMO_MEMBERS = 600
BIG_MEMBERS = int(os.environ.get("VOKASI_TEST_BIG_MEMBERS", "100000"))


def _copy_sqlite(source: Path, target: Path) -> None:
    """Consistent copy through the online backup API (a WAL file may hold recent pages)."""
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _make_demo(path: Path, members: int) -> Path:
    db = open_database(f"sqlite:///{path}")
    try:
        upgrade_database(db.engine)
        fill_demo(db, members=members, seed=2020)
    finally:
        db.dispose()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database made once per session (copied for each test)."""
    return _make_demo(tmp_path_factory.mktemp("demo") / "template.sqlite3", DEMO_MEMBERS)


@pytest.fixture(scope="session")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 100,000-member demo database (about a minute to build; read-only in tests)."""
    return _make_demo(tmp_path_factory.mktemp("big") / "big.sqlite3", BIG_MEMBERS)


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite3"
    _copy_sqlite(demo_template, path)
    # The database's private folder (signing key file, audit key and checkpoints) goes with it.
    private = demo_template.with_name(demo_template.name + "-private")
    if private.is_dir():
        shutil.copytree(private, path.with_name(path.name + "-private"))
    db = open_database(f"sqlite:///{path}")
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture(scope="session", autouse=True)
def indonesian_ui(qapp: QApplication) -> Iterator[list[Any]]:
    """The app as a clerk sees it: Indonesian translation and the app style sheet."""
    translators = install_translators(qapp, "id")
    qapp.setStyleSheet(STYLE_SHEET)
    yield translators
    remove_translators(qapp, translators)


@pytest.fixture
def english_ui(qapp: QApplication, indonesian_ui: list[Any]) -> Iterator[None]:
    """The English GUI for one test (widgets made inside the test are English)."""
    from PySide6.QtCore import QLocale

    for translator in indonesian_ui:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    for translator in indonesian_ui:
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[JobRunner]:
    signals = AppSignals()
    job_runner = JobRunner(signals)
    yield job_runner
    job_runner.shutdown()
    QCoreApplication.processEvents()


def user_named(db: Database, username: str) -> Principal:
    """A logged-in Principal of the demo user ``username`` (a session row, like a login)."""
    assert any(u.username == username for u in list_users(db)), username
    return as_user(db, username)


@pytest.fixture
def make_ctx(runner: JobRunner, tmp_path: Path) -> Callable[[Database], UiContext]:
    """Build a UiContext for a database, signed in as the demo clerk."""

    def make(db: Database, username: str = "petugas") -> UiContext:
        assert runner.signals is not None
        return UiContext(db=db, runner=runner, signals=runner.signals,
                         user=user_named(db, username), prefs=Preferences(tmp_path / "prefs.ini"))

    return make


@pytest.fixture
def ctx(demo_db: Database, make_ctx: Callable[[Database], UiContext]) -> UiContext:
    return make_ctx(demo_db)


@dataclass
class Answers:
    """Replaces the modal questions; tests queue answers and read what was asked."""

    queue: list[Any] = field(default_factory=list)
    asked: list[tuple[str, str, str]] = field(default_factory=list)

    def _next(self, kind: str, title: str, text: str, default: Any) -> Any:
        self.asked.append((kind, title, text))
        return self.queue.pop(0) if self.queue else default


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    state = Answers()
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda _p, title, text, **_k: state._next("yes_no", title, text, False))
    monkeypatch.setattr(messages, "ask_save_discard_cancel",
                        lambda _p, title, text: state._next("save", title, text, "cancel"))
    for name in ("warn", "error", "inform"):
        monkeypatch.setattr(messages, name,
                            lambda _p, title, text, _n=name: state._next(_n, title, text, None))
    return state


def wait_loaded(qtbot: Any, model: Any, timeout: int = 10_000) -> None:
    """Wait until a records model has finished its query."""
    qtbot.waitUntil(lambda: not model.loading, timeout=timeout)
