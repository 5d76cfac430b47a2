"""The seams between GUI and services (issue 10): what a grep over the sources must not find."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "vokasi_desktop"
PRESENTER = PACKAGE / "ui" / "errors.py"
SERVICE_ERROR_BRANCH = re.compile(r"isinstance\([^)]*\bServiceError\b")


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "generated" not in p.parts)


def test_no_service_error_branch_outside_the_presenter() -> None:
    """``isinstance(exc, ServiceError)`` lives only in ``ui/errors.py``: everyone else asks the
    presenter (``is_expected``, ``error_code``, ``explain``, ``present``)."""
    found = [f"{path.relative_to(PACKAGE)}:{number}"
             for path in _sources() if path != PRESENTER
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if SERVICE_ERROR_BRANCH.search(line)]
    assert found == []


def test_the_guard_sees_a_branch() -> None:
    assert SERVICE_ERROR_BRANCH.search("        if not isinstance(exc, ServiceError):")
    assert SERVICE_ERROR_BRANCH.search("isinstance(exc, (OSError, ServiceError))")
    assert not SERVICE_ERROR_BRANCH.search("except ServiceError as exc:")


def test_one_read_model_per_meaning() -> None:
    """Issue 10 item 8: the local branch is one dataclass; an enrolment's full view is its
    table row plus the detail, so every action on a row takes a full view too."""
    from vokasi_desktop.services import branch, browse, enrolment, setup

    assert setup.BranchProfile is branch.BranchProfile
    assert browse.local_branch is branch.local_branch
    assert not hasattr(browse, "BranchInfo")
    assert issubclass(enrolment.EnrollmentView, browse.EnrollmentRow)
