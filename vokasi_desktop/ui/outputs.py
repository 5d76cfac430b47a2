"""Moved to :mod:`vokasi_desktop.services.outputs` (where issued documents go is a use-case
decision the CLI shares); this name stays for existing imports."""

from __future__ import annotations

from vokasi_desktop.services.outputs import (
    APP_FOLDER,
    ENV_DOCUMENTS_DIR,
    TYPE_FOLDERS,
    class_certificates_folder,
    documents_dir,
    export_path,
    issue_into,
    printed_pdf_path,
    safe_name,
    type_folder,
    unique_path,
)

__all__ = ["APP_FOLDER", "ENV_DOCUMENTS_DIR", "TYPE_FOLDERS", "class_certificates_folder",
           "documents_dir", "export_path", "issue_into", "printed_pdf_path", "safe_name",
           "type_folder", "unique_path"]
