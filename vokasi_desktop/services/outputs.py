"""Where the app puts the PDFs it issues, and how they are named.

Issued documents go to ``<Documents>/Vokasi Desktop/<type folder>/<number>.pdf`` (the number
with ``/`` replaced), so a clerk finds a letter by its number. ``VOKASI_DOCUMENTS_DIR`` moves
the whole tree (tests point it at a temporary folder). Reprints are named ``… SALINAN n.pdf``.

The number is only known once the document is issued, so the service writes to a temporary
name in the target folder and the file is renamed afterwards (same folder: an atomic rename).
"""

from __future__ import annotations

import dataclasses
import os
import re
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import platformdirs

from vokasi_desktop.domain import vocabulary
from vokasi_desktop.services.documents import IssuedDocument

ENV_DOCUMENTS_DIR = "VOKASI_DOCUMENTS_DIR"
APP_FOLDER = "Vokasi Desktop"
TYPE_FOLDERS = vocabulary.DOC_TYPES.labels()  # folder names: the document labels
_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")
# Characters no file name may hold on Windows or Linux (separators, wildcards, controls).
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def documents_dir() -> Path:
    """The root folder of issued documents and exports."""
    configured = os.environ.get(ENV_DOCUMENTS_DIR, "").strip()
    if configured:
        return Path(configured)
    return platformdirs.user_documents_path() / APP_FOLDER


def type_folder(doc_type: str) -> Path:
    """The folder of one document type (``letter``, ``slip``, ``certificate``)."""
    return documents_dir() / TYPE_FOLDERS.get(doc_type, doc_type)


def safe_name(text: str) -> str:
    """A file name from a document number or a title: ``B/0007/KC-KRJ/XI/2026`` ->
    ``B-0007-KC-KRJ-XI-2026``."""
    return _UNSAFE.sub("-", text).strip("-.") or "dokumen"


def printed_pdf_path(title: str) -> Path:
    """Where "print to PDF" saves a document when no printer is installed.

    The title carries the document number (``Slip kelayakan KLY/00004/KC-KRJ/XI/2026``): its
    slashes would make Qt treat the name as folders that do not exist ("is not writable").
    The file goes to the documents folder under a name without any path separator.
    """
    name = _UNSAFE_IN_NAME.sub("-", title).strip(" .-") or "dokumen"
    return documents_dir() / f"{name}.pdf"


def unique_path(path: Path) -> Path:
    """``path``, or ``name (2).pdf``, ``name (3).pdf``… when it exists already."""
    if not path.exists():
        return path
    for n in range(2, 10_000):
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)


def issue_into(folder: Path, issue: Callable[[Path], IssuedDocument],
               suffix: str = "") -> IssuedDocument:
    """Run ``issue(temporary_path)`` and rename the PDF after the document's number.

    Runs on a worker thread (plain Python). If ``issue`` fails, the service has already
    removed its file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".issuing-{uuid.uuid4().hex}.pdf"
    issued = issue(temporary)
    final = unique_path(folder / f"{safe_name(issued.number)}{suffix}.pdf")
    os.replace(temporary, final)
    return dataclasses.replace(issued, path=final)


def class_certificates_folder(class_code: str, on: date) -> Path:
    """A fresh folder for one bulk run of a class's certificates."""
    return unique_path(type_folder("certificate") / f"{safe_name(class_code)}-{on:%Y%m%d}")


def export_path(title: str, on: date, suffix: str = ".xlsx") -> Path:
    """Suggested path of an export (the user confirms it in a Save-as dialog)."""
    return documents_dir() / "Laporan" / f"{safe_name(title)}-{on:%Y%m%d}{suffix}"
