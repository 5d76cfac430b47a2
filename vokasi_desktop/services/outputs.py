"""Where the app puts the PDFs it issues, and how they are named.

Issued documents go to ``<Documents>/Vokasi Desktop/<type folder>/<number>.pdf`` (the number
with ``/`` replaced), so a clerk finds a letter by its number. ``VOKASI_DOCUMENTS_DIR`` moves
the whole tree (tests point it at a temporary folder). Reprints are named ``… SALINAN n.pdf``.

The number is only known once the document is issued, so the service writes to a temporary
name in the target folder and the file is renamed afterwards (same folder: an atomic rename).

The issuing use cases of the GUI live here too (:func:`issue_letter`, :func:`issue_slip`,
:func:`issue_certificate`, :func:`reprint_copy`, :func:`issue_class_certificates`): the
counter and the enrolments page call them on the job runner; the CLI, which is told where the
file goes (``--out``), calls ``services.documents`` directly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import platformdirs

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.services import documents
from vokasi_desktop.services.changes import DOCUMENT, changes
from vokasi_desktop.services.documents import IssuedDocument
from vokasi_desktop.services.progress import NEVER_CANCELLED, CancelToken, Report, no_report

ENV_DOCUMENTS_DIR = "VOKASI_DOCUMENTS_DIR"
COPY_SUFFIX = " SALINAN"
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


def template_path(kind: str) -> Path:
    """Suggested path of an empty import template (``members``, ``classes``...)."""
    return documents_dir() / "Templat" / f"templat-{kind}.xlsx"


# -------------------------------------------------------------------- issuing into the folder


@changes(DOCUMENT)
def issue_letter(db: Database, enrollment_id: int, principal: Principal,
                 on: date) -> IssuedDocument:
    """Issue the enrolment letter into the documents folder, named after its number.

    The file gets its final name only after the registry row is committed (``issue_into``).
    """
    return issue_into(
        type_folder("letter"),
        lambda path: documents.issue_letter(db, enrollment_id, principal, path, on=on))


@changes(DOCUMENT)
def issue_slip(db: Database, member_id: int, principal: Principal, on: date, *,
               class_id: int | None = None, enrollment_id: int | None = None) -> IssuedDocument:
    """Issue the eligibility slip into the documents folder, named after its number."""
    return issue_into(
        type_folder("slip"),
        lambda path: documents.issue_slip(db, member_id, principal, path, class_id=class_id,
                                          enrollment_id=enrollment_id, on=on))


@changes(DOCUMENT)
def issue_certificate(db: Database, enrollment_id: int, principal: Principal,
                      on: date) -> IssuedDocument:
    """Issue the certificate of a completed enrolment into the documents folder."""
    return issue_into(
        type_folder("certificate"),
        lambda path: documents.issue_certificate(db, enrollment_id, principal, path, on=on))


def valid_documents(db: Database, enrollment_id: int,
                    doc_type: str | None = None) -> list[IssuedDocument]:
    """The enrolment's documents that may be copied or voided (not voided), newest first."""
    return [d for d in documents.list_documents(db, enrollment_id=enrollment_id)
            if not d.voided and (doc_type is None or d.doc_type == doc_type)]


@changes(DOCUMENT)
def reprint_copy(db: Database, document: IssuedDocument, principal: Principal,
                 reason: str) -> IssuedDocument:
    """A copy marked SALINAN of ``document`` (with the reason recorded), into the folder of
    its type as ``<number> SALINAN.pdf``."""
    return issue_into(
        type_folder(document.doc_type),
        lambda path: documents.reprint(db, document.id, principal, reason, path), COPY_SUFFIX)


@dataclass(frozen=True)
class ClassCertificates:
    """What a class run issued, and the fresh folder that holds the files."""

    folder: Path
    issued: list[IssuedDocument]


@changes(DOCUMENT)
def issue_class_certificates(db: Database, class_id: int, class_code: str,
                             principal: Principal, on: date, *, report: Report = no_report,
                             cancel: CancelToken = NEVER_CANCELLED) -> ClassCertificates:
    """Every missing certificate of a class, into a fresh folder of the certificates folder.

    All or nothing (``services.documents.issue_class_certificates``); the folder left empty
    by a cancelled or failed run is removed.
    """
    folder = class_certificates_folder(class_code, on)
    try:
        issued = documents.issue_class_certificates(db, class_id, principal, folder, on=on,
                                                    report=report, cancel=cancel)
    except BaseException:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only succeeds when the service removed every file
        raise
    return ClassCertificates(folder, issued)
