"""The one error presenter: service errors translated by code, unexpected errors logged without
personal data and shown as one short sentence; the job runner uses it by default."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from vokasi_desktop.domain.access import Action, PermissionDenied
from vokasi_desktop.domain.errors import ServiceError
from vokasi_desktop.services.errors import NotFoundError
from vokasi_desktop.ui import errors, messages
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.signals import AppSignals

NIK = "3578010509900001"


def _driver_error() -> RuntimeError:
    try:
        raise RuntimeError(f"UNIQUE constraint failed: members.nik [parameters: ('{NIK}',)]")
    except RuntimeError as exc:
        return exc


def test_indonesian_gui_shows_the_service_message() -> None:
    exc = NotFoundError("member_missing", "Peserta tidak ditemukan.")
    assert errors.error_text(exc) == "Peserta tidak ditemukan."
    assert errors.error_text(ServiceError("forbidden", "Peran Auditor tidak berwenang.")) == (
        "Peran Auditor tidak berwenang.")


@pytest.mark.usefixtures("english_ui")
def test_english_gui_translates_by_code_with_params() -> None:
    assert errors.error_text(NotFoundError("member_missing", "Peserta tidak ditemukan.")) == (
        "The member was not found.")
    denied = PermissionDenied(next(iter(Action)), "clerk")
    text = errors.error_text(denied)
    assert text.startswith("Your role (Counter clerk) may not do this (")
    assert "Peran" not in text and "tidak" not in text
    # A code without an English text keeps the service's words (never an empty box).
    assert errors.error_text(ServiceError("brand_new_code", "Pesan baru.")) == "Pesan baru."


@pytest.mark.usefixtures("english_ui")
def test_every_english_error_text_fills_its_parameters() -> None:
    for code, template in errors.SERVICE_ERRORS_EN.items():
        names = errors._PARAM.findall(template)
        text = errors.error_text(ServiceError(code, "x", {name: "P" for name in names}))
        assert "%(" not in text and text != "x", code


@pytest.mark.parametrize("english", [False, True])
def test_unexpected_error_is_short_and_logged_without_personal_data(
        english: bool, request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if english:
        request.getfixturevalue("english_ui")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: shown.append((title, text)))
    with caplog.at_level(logging.DEBUG):
        errors.present(None, _driver_error())
    [(_title, text)] = shown
    assert NIK not in text and "UNIQUE" not in text and "RuntimeError" in text
    assert text.startswith("Something went wrong" if english else "Terjadi kesalahan")
    assert NIK not in caplog.text and "RuntimeError" in caplog.text
    assert "_driver_error" in caplog.text  # the stack is there for the developer


@pytest.mark.usefixtures("english_ui")
def test_job_runner_presents_unhandled_errors_translated(qtbot: Any) -> None:
    signals = AppSignals()
    runner = JobRunner(signals)
    try:
        def fail() -> None:
            raise NotFoundError("class_missing", "Kelas tidak ditemukan.")

        with qtbot.waitSignal(signals.job_failed, timeout=5_000) as caught:
            runner.read(fail, name="test-fail")
        assert caught.args == ["The class was not found."]

        def crash() -> None:
            raise _driver_error()

        with qtbot.waitSignal(signals.job_failed, timeout=5_000) as caught:
            runner.read(crash, name="test-crash")
        assert NIK not in caught.args[0] and caught.args[0].startswith("Something went wrong")
    finally:
        runner.shutdown()


def test_a_helper_jobs_failure_is_logged_never_swallowed(caplog: pytest.LogCaptureFixture) -> None:
    on_error = errors.logged("find-nik")
    with caplog.at_level(logging.INFO, logger="vokasi_desktop.ui.errors"):
        on_error(NotFoundError("member_missing", "Peserta tidak ditemukan."))
        on_error(_driver_error())
    lines = [r.getMessage() for r in caplog.records]
    assert any(line == "find-nik: member_missing" for line in lines), lines
    assert any(line.startswith("unexpected RuntimeError in find-nik") for line in lines), lines
    assert NIK not in caplog.text  # the driver's text (with a NIK) never reaches the log


def test_explain_logs_only_the_unexpected(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="vokasi_desktop.ui.errors"):
        assert errors.explain(NotFoundError("member_missing", "Peserta tidak ditemukan."),
                              "lookup") == "Peserta tidak ditemukan."
        assert not caplog.records
        errors.explain(_driver_error(), "lookup")
    assert [r.levelno for r in caplog.records] == [logging.ERROR]
    assert errors.error_code(_driver_error()) is None and not errors.is_expected(_driver_error())


def test_no_silent_error_handlers_in_the_gui() -> None:
    """``on_error=lambda _exc: None`` hid failures; helper jobs use ``errors.logged``."""
    from pathlib import Path

    import vokasi_desktop.ui as ui_package

    root = Path(ui_package.__file__).parent
    silent = [str(p.relative_to(root)) for p in root.rglob("*.py")
              if "on_error=lambda _exc: None" in p.read_text(encoding="utf-8")]
    assert silent == []
