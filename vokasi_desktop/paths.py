"""Locations of bundled data files, the data folder and the log folder."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Folder holding fonts, icons, regions, templates and translations.

    Prefers the repository's top-level ``resources/`` (a source checkout or an
    editable install, whose packaged copy may be stale) and falls back to
    ``vokasi_desktop/resources`` (wheel force-include, PyInstaller datas).
    The checkout is recognised by ``pyproject.toml`` next to ``resources/`` so an
    unrelated ``site-packages/resources`` folder is never picked up.
    """
    checkout = _PACKAGE_DIR.parent
    repo_resources = checkout / "resources"
    if repo_resources.is_dir() and (checkout / "pyproject.toml").is_file():
        return repo_resources
    return _PACKAGE_DIR / "resources"


def data_dir() -> Path:
    """The user's data folder: ``$VOKASI_DATA_DIR`` or the platform's user data directory
    (the default SQLite database lives here; ``db.engine`` uses the same rule)."""
    import os

    from platformdirs import user_data_dir

    return Path(os.environ.get("VOKASI_DATA_DIR") or user_data_dir("vokasi-desktop",
                                                                   appauthor=False))


def log_dir() -> Path:
    """Folder of the rotating application log (``<data folder>/logs``; not created here)."""
    return data_dir() / "logs"


def docs_dir() -> Path:
    """Folder holding the user guide (``panduan/``, ``guide-en/``) and ``screenshots/``.

    Same rule as :func:`resources_dir`: the checkout's ``docs/`` first, else the copy shipped
    in the package (wheel force-include, PyInstaller datas).
    """
    checkout = _PACKAGE_DIR.parent
    repo_docs = checkout / "docs"
    if repo_docs.is_dir() and (checkout / "pyproject.toml").is_file():
        return repo_docs
    return _PACKAGE_DIR / "docs"
