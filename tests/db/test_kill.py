"""Kill tests: SIGKILL enrolment, document issue (single and class), import and demo at
random moments, then check the invariants (see ``tests/killsoak.py``).

CI runs a few kills per scenario; ``tests/benchmarks/bench_kill.py`` runs hundreds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import both_backends
from tests.killsoak import build_world, demo_soak, soak

KILLS = int(os.environ.get("VOKASI_KILLS", "3"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


@both_backends
@pytest.mark.parametrize(("scenario", "max_delay"), [
    ("enrol", 1.5), ("letter", 2.0), ("certificates", 2.5), ("import", 2.0)])
def test_kill_during_writes_loses_nothing(new_db_url: str, tmp_path: Path, scenario: str,
                                          max_delay: float) -> None:
    build_world(new_db_url, members=40, cert_participants=10)
    if scenario == "letter":  # letters need enrolments
        soak(new_db_url, "enrol", tmp_path, kills=1, max_delay=30.0)
    report = soak(new_db_url, scenario, tmp_path, kills=KILLS, max_delay=max_delay)
    assert report.violations == [], report.violations
    assert report.lost_commits == 0
    assert report.kills + report.finished == KILLS


def test_kill_during_demo_then_if_empty_completes(tmp_path: Path) -> None:
    report = demo_soak(tmp_path, kills=KILLS, min_delay=0.0, max_delay=0.8)
    assert report.violations == [], report.violations
    assert report.kills >= 1, "no run was killed: the window misses the demo's writes"
