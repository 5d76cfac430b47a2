"""GUI side of the signing key and the audit trail: the passphrase dialog when a document must
be signed with a locked key, and the warning an administrator sees after login when the audit
log was tampered with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.db.factories import as_user
from tests.gui import test_documents_gui as docs_gui
from tests.gui.conftest import Answers, user_named
from tests.gui.test_documents_gui import (
    Prompts,
    World,
    count_documents,
    select_enrolment,
    show_enrolments,
)
from vokasi_desktop.db.engine import Database
from vokasi_desktop.services import keys
from vokasi_desktop.ui.audit_warning import check_audit_for_admin
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs import key_passphrase
from vokasi_desktop.ui.dialogs.key_passphrase import KeyPassphraseDialog

PASS = "frasa-sandi-kunci-9"
# The documents GUI tests' world (a branch, a class, enrolments) and their replaced prompts.
world = docs_gui.world
wctx = docs_gui.wctx
fake_prompts = docs_gui.fake_prompts


@pytest.fixture(autouse=True)
def _fresh_keys() -> Any:
    keys.forget_unlocked()
    keys.set_passphrase_provider(None)
    yield
    keys.forget_unlocked()


def test_locked_key_asks_for_the_passphrase_then_issues(
        qtbot: Any, world: World, wctx: UiContext, answers: Answers, fake_prompts: Prompts,
        monkeypatch: pytest.MonkeyPatch) -> None:
    keys.change_passphrase(world.db, None, PASS, principal=as_user(world.db, "admin"))
    keys.forget_unlocked()  # as after a restart
    asked: list[str] = []
    replies = ["salah-sekali-1", PASS]

    def ask(_parent: Any, error: str = "") -> str | None:
        asked.append(error)
        return replies.pop(0)

    monkeypatch.setattr(key_passphrase, "ask_key_passphrase", ask)
    page = show_enrolments(qtbot, wctx)
    select_enrolment(page, world.enrolled)
    with qtbot.waitSignal(page.documents.issued, timeout=20_000):
        page.ui.letterButton.click()
    assert asked == ["", "Frasa sandi kunci tanda tangan salah."]
    assert count_documents(world.db, "letter") == 1
    assert not keys.is_locked(world.db)
    assert answers.asked == []


def test_cancelled_passphrase_issues_nothing(qtbot: Any, world: World, wctx: UiContext,
                                            fake_prompts: Prompts,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    keys.change_passphrase(world.db, None, PASS, principal=as_user(world.db, "admin"))
    keys.forget_unlocked()
    monkeypatch.setattr(key_passphrase, "ask_key_passphrase", lambda _p, error="": None)
    page = show_enrolments(qtbot, wctx)
    select_enrolment(page, world.enrolled)
    page.ui.letterButton.click()
    qtbot.waitUntil(lambda: not page.documents.busy, timeout=20_000)
    assert count_documents(world.db, "letter") == 0 and keys.is_locked(world.db)


def test_passphrase_dialog_hides_the_text(qtbot: Any, tmp_path: Path) -> None:
    dialog = KeyPassphraseDialog(None, "Frasa sandi kunci tanda tangan salah.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edit, "rahasia")
    assert dialog.passphrase() == "rahasia"
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password
    assert dialog.windowTitle() == "Buka kunci tanda tangan"
    assert dialog.error.isVisibleTo(dialog)
    dialog.grab().save(str(tmp_path / "key_passphrase.png"))


def test_admin_is_warned_about_a_tampered_audit_log(demo_db: Database,
                                                    answers: Answers) -> None:
    admin = next(u for u in _users(demo_db) if u.role == "admin")
    clerk = user_named(demo_db, "petugas")
    report = check_audit_for_admin(None, demo_db, admin)
    assert report is not None and report.ok, report.message
    assert answers.asked == []
    with demo_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)"))
    assert check_audit_for_admin(None, demo_db, clerk) is None
    assert answers.asked == []
    report = check_audit_for_admin(None, demo_db, admin)
    assert report is not None and report.problem == "truncated"
    kind, title, message = answers.asked[0]
    assert kind == "warn" and title == "Log audit"
    assert "gagal dalam pemeriksaan keutuhan" in message and "terpotong" in message


def _users(db: Database) -> list[Any]:
    from vokasi_desktop.services.auth import list_users

    return list_users(db)


def test_audit_check_runs_off_the_gui_thread_after_admin_login(
        qtbot: Any, demo_db: Database, runner: Any, answers: Answers) -> None:
    from vokasi_desktop.ui.audit_warning import start_audit_check

    admin = next(u for u in _users(demo_db) if u.role == "admin")
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = 'x' WHERE id = "
                          "(SELECT MIN(id) FROM audit_entry)"))
    start_audit_check(None, runner, demo_db, user_named(demo_db, "petugas"))
    start_audit_check(None, runner, demo_db, admin)
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=15_000)
    assert len(answers.asked) == 1
    kind, _title, message = answers.asked[0]
    assert kind == "warn" and "diubah" in message
