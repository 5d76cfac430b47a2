"""PDF documents: plain frozen dataclasses in, PDF file (or bytes) out.

One import point for the service layer::

    from vokasi_desktop.documents.pdf import EnrollmentLetterData, render_enrollment_letter

Renderers:

- :func:`render_enrollment_letter` / :func:`render_enrollment_letter_bytes`: surat pengantar
  (A4 portrait, Permen PANRB 80/2012 layout), see ``letters.py``.
- :func:`render_eligibility_slip` / :func:`render_eligibility_slip_bytes`: hasil pemeriksaan
  kelayakan (A4 portrait), see ``slip.py``.
- :func:`render_certificate` / :func:`render_certificate_bytes`: sertifikat (A4 landscape),
  see ``certificate.py``.

The ``*_bytes`` functions return the PDF so the caller can hash it before writing; the
path functions write atomically and return the path. Output is deterministic (reportlab
``invariant=1``): the same data gives the same bytes, so a reprint of a registry payload
differs from the original only by the SALINAN mark (``is_copy=True``). The signed QR text
is drawn as a QR code and stored in the PDF metadata (``/VokasiQR``, ``/Keywords``).
"""

from __future__ import annotations

from vokasi_desktop.documents.certificate import (
    draw_certificate,
    render_certificate,
    render_certificate_bytes,
)
from vokasi_desktop.documents.common import format_date, render_letterhead_preview_bytes
from vokasi_desktop.documents.letters import (
    render_enrollment_letter,
    render_enrollment_letter_bytes,
)
from vokasi_desktop.documents.models import (
    Addressee,
    BranchProfile,
    CertificateData,
    ClassInfo,
    DateLike,
    EligibilitySlipData,
    EnrollmentLetterData,
    MemberInfo,
    OutcomeStatus,
    Signatory,
    SlipOutcome,
)
from vokasi_desktop.documents.slip import (
    outcome_status,
    render_eligibility_slip,
    render_eligibility_slip_bytes,
    verdict_status,
)

__all__ = [
    "Addressee",
    "BranchProfile",
    "CertificateData",
    "ClassInfo",
    "DateLike",
    "EligibilitySlipData",
    "EnrollmentLetterData",
    "MemberInfo",
    "OutcomeStatus",
    "Signatory",
    "SlipOutcome",
    "draw_certificate",
    "format_date",
    "outcome_status",
    "render_certificate",
    "render_certificate_bytes",
    "render_eligibility_slip",
    "render_eligibility_slip_bytes",
    "render_enrollment_letter",
    "render_enrollment_letter_bytes",
    "render_letterhead_preview_bytes",
    "verdict_status",
]
