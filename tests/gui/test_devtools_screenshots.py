"""The screenshot tool (``python -m vokasi_desktop.ui.devtools screenshots DEMO``) runs end to end.

It signs in as the demo clerk: the pages and services need a real login session (a Principal),
not the user listing it once passed (every page then crashed on ``user.can``).
"""

from __future__ import annotations

from pathlib import Path

from vokasi_desktop.db.engine import Database
from vokasi_desktop.ui import devtools


def test_screenshots_of_a_demo_database(demo_db: Database, tmp_path: Path) -> None:
    path = demo_db.url.database
    assert path is not None
    demo_db.dispose()
    written = devtools.screenshots(path, tmp_path / "shots")
    names = {p.stem for p in written}
    assert {"login", "members", "institutions", "member_dialog"} <= names, names
    assert any(name.startswith("counter") for name in names), names
    for shot in written:
        assert shot.read_bytes().startswith(b"\x89PNG"), shot
