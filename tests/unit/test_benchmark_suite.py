"""The performance suite runs end to end on a tiny database (no timing is asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks.__main__ import main


def test_suite_builds_a_database_measures_every_group_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    out = tmp_path / "run.json"
    assert main(["--members", "300", "--db", str(db), "--samples", "3",
                 "--json", str(out)]) == 0
    table = capsys.readouterr().out
    for row in ("demo --members 300", "process start -> login painted", "NIK lookup",
                "KPJ lookup", "eligibility check, member + class", "counter class list",
                "counter transaction (lookup+check+enrol+letter)",
                "name search first screen", "certificates, one core", "letters, one core",
                "Excel export", "import 200 members", "GUI stall, 40 certificates",
                "GUI stall, Excel export", "process start -> login ready",
                "login accepted -> main window painted", "app peak RSS"):
        assert row in table, row
    data = json.loads(out.read_text())
    assert data["members"] == 300
    by_name = {m["name"]: m for m in data["metrics"]}
    assert by_name["NIK lookup (find_member)"]["median"] > 0
    assert by_name["NIK lookup (find_member)"]["floor"] > 0
    # Workers were really enrolled and their letters written (on a copy of the database).
    assert by_name["counter transaction (lookup+check+enrol+letter)"]["median"] > 0
    assert all(m["met"] in (True, False, None) for m in data["metrics"])
    # The start-up probe reached the real login dialog and listed what was imported by then.
    assert "loaded before paint" in by_name["process start -> login painted"]["note"]
    # A real login reached the main window with the counter focused; the memory probe opened
    # every page of the supervisor and the administrator.
    assert "counter focused in 1/1" in by_name["login accepted -> main window painted"]["note"]
    assert by_name["app peak RSS, every page, tables scrolled"]["median"] > 0
    assert "15 pages opened" in by_name["app peak RSS, every page, tables scrolled"]["note"]

    # A second run reuses the database (no demo row) and compares with the first.
    assert main(["--db", str(db), "--samples", "3", "--only", "lookups",
                 "--compare", str(out)]) == 0
    second = capsys.readouterr().out
    assert "demo --members" not in second
    assert "compared with" in second and "NIK lookup (find_member)" in second


def test_the_memory_probe_reports_its_own_peak_not_its_parents() -> None:
    """Linux carries ``ru_maxrss`` across fork and exec: a probe started by a big benchmark
    process read the parent's size. The probe's VmHWM is its own."""
    import subprocess
    import sys

    parent = bytearray(300 * 1024 * 1024)
    for i in range(0, len(parent), 4096):  # resident, not only reserved
        parent[i] = 1
    out = subprocess.run([sys.executable, "-c",
                          "import resource; from tests.benchmarks.startup_probe import _vm; "
                          "print(_vm()[1], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
                         capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    own_mb, inherited_kib = (int(x) for x in out.stdout.split())
    assert inherited_kib / 1024 > 300  # what the probe used to report
    assert own_mb < 100
    del parent
