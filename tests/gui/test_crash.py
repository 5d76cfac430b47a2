"""Crash reporting: an uncaught exception shows a short message and lands, masked, in the log."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import Answers
from vokasi_desktop.ui.crash import LOG_FILE_NAME, CrashReporter, scrub
from vokasi_desktop.ui.jobs import JobRunner

NIK = "3578010101900001"


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[CrashReporter]:
    crash = CrashReporter(tmp_path / "logs").install()
    yield crash
    crash.uninstall()


def _log_text(reporter: CrashReporter) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert reporter.log_file is not None
    return reporter.log_file.read_text(encoding="utf-8")


def test_scrub_masks_nik_and_passwords() -> None:
    text = scrub(f"nik={NIK} url=postgresql+psycopg://kasir:rahasia123@srv/vokasi "
                 "password='s3cret' passphrase: kunciku")
    assert NIK not in text
    assert "******010190****" in text
    for secret in ("rahasia123", "s3cret", "kunciku"):
        assert secret not in text
    assert "kasir:***@srv" in text


@pytest.mark.qt_no_exception_capture
def test_exception_in_slot_shows_message_and_logs_traceback(
        qtbot, reporter: CrashReporter, answers: Answers) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()

    def broken_slot() -> None:
        raise ValueError(f"peserta {NIK} tidak ditemukan password=abc123")

    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    kind, title, text = answers.asked[0]
    assert kind == "error"
    assert title == "Kesalahan tak terduga"
    assert "Aplikasi tetap berjalan" in text
    assert str(reporter.log_file) in text
    assert NIK not in text
    assert button.isVisible()  # the window is still there
    log = _log_text(reporter)
    assert "Traceback (most recent call last)" in log
    assert "broken_slot" in log and "ValueError" in log
    assert NIK not in log and "abc123" not in log
    assert "******010190****" in log


def test_exception_in_worker_thread(qtbot, reporter: CrashReporter, answers: Answers) -> None:
    def work() -> None:
        raise RuntimeError(f"gagal untuk NIK {NIK}")

    thread = threading.Thread(target=work, name="pekerja-uji")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    assert answers.asked[0][0] == "error"
    log = _log_text(reporter)
    assert "pekerja-uji" in log and "RuntimeError" in log and "Traceback" in log
    assert NIK not in log


def test_exception_in_job_runner_job(qtbot, reporter: CrashReporter, answers: Answers,
                                     runner: JobRunner) -> None:
    def job() -> None:
        raise KeyError(f"member {NIK}")

    runner.read(job, name="uji")  # no on_error: an unexpected failure
    assert runner.wait_idle()
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    kind, _title, text = answers.asked[0]
    assert kind == "error" and NIK not in text
    log = _log_text(reporter)
    assert "Uncaught KeyError" in log and "Traceback" in log
    assert NIK not in log


def test_several_crashes_show_one_message_at_a_time(
        qtbot, reporter: CrashReporter, answers: Answers) -> None:
    threads = [threading.Thread(target=lambda: 1 / 0) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()  # all three fail before the GUI thread handles the first report
    assert reporter.reported == 3
    qtbot.waitUntil(lambda: len(answers.asked) >= 1)
    qtbot.wait(50)
    assert len(answers.asked) == 1
    assert _log_text(reporter).count("ZeroDivisionError: division by zero") == 3


def test_english_message(qtbot, reporter: CrashReporter, answers: Answers,
                         english_ui: None) -> None:
    threading.Thread(target=lambda: 1 / 0).start()
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    assert answers.asked[0][1] == "Unexpected error"
    assert "The application keeps running" in answers.asked[0][2]


def test_log_file_is_in_the_log_folder(reporter: CrashReporter, tmp_path: Path) -> None:
    assert reporter.log_file == tmp_path / "logs" / LOG_FILE_NAME
    logging.getLogger("vokasi_desktop.test").warning("kata sandi: rahasia NIK %s", NIK)
    text = _log_text(reporter)
    assert "rahasia" not in text and NIK not in text


def test_uninstall_restores_hooks(tmp_path: Path) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    crash = CrashReporter(tmp_path).install()
    assert sys.excepthook == crash.excepthook
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
