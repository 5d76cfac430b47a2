"""Personal data protection (UU 27/2022): the consent text, its purpose code and version, and
the reasons staff may give for seeing a full NIK.

The one place the consent text lives: the member dialog shows it, registration and the importer
record its purpose code and version, the "data held on this person" report prints it. A new
wording gets a new :data:`CONSENT_TEXT_VERSION` (consents already given keep the version they
were given under). Pure Python.
"""

from __future__ import annotations

from typing import Final

from vokasi_desktop.domain import vocabulary

CONSENT_PURPOSE_CODE: Final = "vokasi.enrolment"
CONSENT_TEXT_VERSION: Final = "2026-1"
# What the member record shows as the purpose (stored in member.consent_purpose).
CONSENT_PURPOSE: Final = "Pendaftaran Program Vokasi Indonesia Pekerja"
CONSENT_TEXT: Final = (
    "Peserta menyetujui BPJS Ketenagakerjaan mengolah data pribadinya (NIK, nama, tempat dan "
    "tanggal lahir, alamat, nomor telepon, data kepesertaan dan iuran) untuk pendaftaran, "
    "penyelenggaraan dan pelaporan Program Vokasi Indonesia Pekerja, sesuai UU Nomor 27 "
    "Tahun 2022 tentang Pelindungan Data Pribadi. Data disimpan selama masa retensi kantor "
    "lalu dihapus; peserta dapat meminta salinan data yang disimpan tentang dirinya."
)

CONSENT_METHODS: Final = vocabulary.CONSENT_METHODS.codes

# Reasons for revealing a full NIK (screen) or exporting full NIKs: code -> Indonesian label.
REVEAL_REASONS: Final[dict[str, str]] = {
    "identity_check": "Verifikasi identitas dengan dokumen asli",
    "correction": "Koreksi data atas permintaan peserta",
    "law_enforcement": "Permintaan penegak hukum",
    "lsp_certification": "Sertifikasi LSP",
    "other": "Lainnya",
}
MIN_REASON_TEXT = 5  # characters of free text that must come with the reason code
REVEAL_SECONDS = 20  # how long a revealed NIK stays on screen


def reason_label(code: str) -> str:
    return REVEAL_REASONS.get(code, code)
