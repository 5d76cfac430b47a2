"""Screenshots the README and the guides show: taken by tests, written to docs/ only on request.

A normal test run must leave the working tree clean, so a picture goes to a temporary folder
(and is checked to be written); with ``VOKASI_SAVE_SCREENSHOTS=1`` (or the older
``VOKASI_SCREENSHOTS=1``) it is also written to ``docs/screenshots/``, how the pictures are retaken.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def saving_to_docs() -> bool:
    return "1" in (os.environ.get("VOKASI_SAVE_SCREENSHOTS"), os.environ.get("VOKASI_SCREENSHOTS"))


def save_doc_shot(widget: Any, name: str, tmp: Path | None = None) -> Path:
    """Grab ``widget`` into ``tmp`` (a fresh temporary folder when None) as ``name``; also into
    docs/screenshots when asked to. Returns the temporary picture's path."""
    folder = tmp if tmp is not None else Path(tempfile.mkdtemp(prefix="vokasi-shot-"))
    path = folder / name
    assert widget.grab().save(str(path)), f"screenshot {name} not written"
    if saving_to_docs():
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(DOCS_SCREENSHOTS / name))
    return path
