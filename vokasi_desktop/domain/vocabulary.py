"""The one vocabulary: every closed code set, its groups and its wordings.

The database stores short codes (``laid_off``, ``daring``, ...). Everything that turns a code
into words reads it from here:

- ``label``: the Indonesian label on documents, exports, reports and service messages
  ("Terkena PHK", "Daring");
- ``phrase``: the Indonesian wording inside a sentence of an eligibility message
  ("kelas daring (online) tidak diizinkan"); the label when not given;
- ``choice``, ``note`` and ``synonyms``: what an import template's dropdown shows, the longer
  explanation on its instructions sheet, and other spellings the importer accepts;
- ``en``: the English source text of the screen label. The screens translate it with Qt
  (context ``Labels``; the Indonesian is in ``resources/translations/vokasi_id.ts``), so the
  marker :func:`QT_TRANSLATE_NOOP` below only lets ``lupdate`` find the texts: this module
  imports no Qt.

The database CHECK constraints, the eligibility facts, services, documents, templates and the
screens take their codes from the tuples here; a test fails when a code's wording is written
anywhere else.

Domain words: *daring*/*luring* are online/face-to-face training; *PHK* a layoff; *PU*, *BPU*,
*PMI*, *JAKON* the participant segments (see :data:`SEGMENTS`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = [
    "ACCREDITATIONS",
    "ACTIVE_ENROLLMENT_STATUSES",
    "ALL_SETS",
    "CLASS_MODES",
    "CLASS_STATUSES",
    "CONSENT_METHODS",
    "CONTRIBUTION_SOURCES",
    "DOC_TYPES",
    "EMPLOYMENT_STATUSES",
    "ENROLLMENT_STATUSES",
    "INSTITUTION_STATUSES",
    "INSTITUTION_TYPES",
    "LAID_OFF_STATUSES",
    "LICENCE_STATES",
    "MEMBERSHIP_STATUSES",
    "OFFICE_KINDS",
    "OUTCOMES",
    "OWNERSHIPS",
    "QT_TRANSLATE_NOOP",
    "ROLES",
    "SEGMENTS",
    "SEXES",
    "VERDICTS",
    "VERIFICATION_METHODS",
    "CodeSet",
    "Term",
]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds texts by this name
    """Marks ``text`` for ``lupdate`` (context ``Labels``) and returns it unchanged."""
    del context
    return text


@dataclass(frozen=True, slots=True)
class Term:
    """One code and its wordings.

    Attributes:
        code: the value stored in the database and in exchange files.
        label: Indonesian label for documents, exports and service messages.
        en: English source text of the screen label (translated by Qt in ``ui.labels``).
        phrase: Indonesian wording inside a sentence; empty means ``label``.
        choice: what an import template's dropdown shows; empty means ``code``.
        note: longer Indonesian explanation for the template's instructions; empty means
            ``label``.
        synonyms: other spellings accepted on import (matched case-insensitively).
    """

    code: str
    label: str
    en: str
    phrase: str = ""
    choice: str = ""
    note: str = ""
    synonyms: tuple[str, ...] = ()

    @property
    def in_sentence(self) -> str:
        """The wording inside a sentence (``phrase``, else ``label``)."""
        return self.phrase or self.label

    @property
    def template_choice(self) -> str:
        """The word an import template offers (``choice``, else ``code``)."""
        return self.choice or self.code

    @property
    def template_note(self) -> str:
        """The explanation on a template's instructions sheet (``note``, else ``label``)."""
        return self.note or self.label


@dataclass(frozen=True, slots=True)
class CodeSet:
    """A closed list of codes in display order.

    Attributes:
        name: what the set is, in English (for errors and tests).
        terms: the codes with their wordings, in the order screens and templates list them.
    """

    name: str
    terms: tuple[Term, ...]
    _by_code: dict[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code = {t.code: t for t in self.terms}
        if len(by_code) != len(self.terms):
            raise ValueError(f"{self.name}: a code is listed twice")
        object.__setattr__(self, "_by_code", by_code)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes in order (the content of the database CHECK constraint)."""
        return tuple(t.code for t in self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self.terms)

    def term(self, code: str) -> Term:
        """The term of ``code`` (KeyError when the code is not in the set)."""
        return self._by_code[code]

    def label(self, code: str | None) -> str:
        """Indonesian label of ``code``; an unknown code is returned as it is, None as ""."""
        if code is None:
            return ""
        term = self._by_code.get(code)
        return code if term is None else term.label

    def phrase(self, code: str) -> str:
        """Indonesian wording of ``code`` inside a sentence (unknown codes as they are)."""
        term = self._by_code.get(code)
        return code if term is None else term.in_sentence

    def labels(self) -> dict[str, str]:
        """``code -> Indonesian label`` in order."""
        return {t.code: t.label for t in self.terms}


def _group(codes: tuple[str, ...], of: CodeSet) -> tuple[str, ...]:
    unknown = [c for c in codes if c not in of]
    if unknown:
        raise ValueError(f"{of.name}: group has unknown codes {unknown}")
    return codes


# --- people -----------------------------------------------------------------------------------

SEXES = CodeSet("sex", (
    Term("L", "Laki-laki", QT_TRANSLATE_NOOP("Labels", "Male"), phrase="laki-laki", choice="L",
         synonyms=("laki-laki", "laki laki", "lelaki", "pria", "male")),
    Term("P", "Perempuan", QT_TRANSLATE_NOOP("Labels", "Female"), phrase="perempuan", choice="P",
         synonyms=("perempuan", "wanita", "female")),
))

SEGMENTS = CodeSet("segment", (
    Term("PU", "Penerima Upah (PU)", QT_TRANSLATE_NOOP("Labels", "Wage earner (PU)"),
         phrase="Penerima Upah",
         note="Penerima Upah", synonyms=("penerima upah", "pekerja penerima upah", "ppu")),
    Term("BPU", "Bukan Penerima Upah (BPU)", QT_TRANSLATE_NOOP("Labels", "Non-wage earner (BPU)"),
         phrase="Bukan Penerima Upah", note="Bukan Penerima Upah",
         synonyms=("bukan penerima upah", "pekerja bukan penerima upah")),
    Term("PMI", "Pekerja Migran Indonesia (PMI)",
         QT_TRANSLATE_NOOP("Labels", "Migrant worker (PMI)"),
         phrase="Pekerja Migran Indonesia", note="Pekerja Migran Indonesia",
         synonyms=("pekerja migran indonesia", "pekerja migran")),
    Term("JAKON", "Jasa Konstruksi (Jakon)", QT_TRANSLATE_NOOP("Labels", "Construction (Jakon)"),
         phrase="Jasa Konstruksi", note="Jasa Konstruksi",
         synonyms=("jasa konstruksi", "konstruksi")),
))
"""PU: wage earners (Penerima Upah); BPU: informal/self-employed (Bukan Penerima Upah);
PMI: migrant workers (Pekerja Migran Indonesia); JAKON: construction workers (Jasa Konstruksi)."""

EMPLOYMENT_STATUSES = CodeSet("employment status", (
    Term("employed", "Bekerja", QT_TRANSLATE_NOOP("Labels", "Employed"),
         phrase="masih bekerja", choice="Bekerja",
         note="Masih bekerja", synonyms=("masih bekerja", "aktif bekerja")),
    Term("laid_off", "Terkena PHK", QT_TRANSLATE_NOOP("Labels", "Laid off (PHK)"),
         phrase="terkena PHK", choice="PHK",
         note="Terkena pemutusan hubungan kerja",
         synonyms=("di-phk", "diphk", "ter-phk", "terkena phk", "pemutusan hubungan kerja")),
    Term("contract_ended", "Kontrak berakhir", QT_TRANSLATE_NOOP("Labels", "Contract ended"),
         phrase="kontrak kerja berakhir", choice="Kontrak Berakhir",
         note="Kontrak kerja (PKWT) berakhir",
         synonyms=("habis kontrak", "kontrak habis", "pkwt berakhir")),
    Term("informal", "Pekerja informal", QT_TRANSLATE_NOOP("Labels", "Informal worker"),
         phrase="pekerja informal",
         choice="Pekerja Mandiri", note="Pekerja informal / usaha sendiri",
         synonyms=("mandiri", "informal", "wirausaha", "usaha sendiri")),
    Term("migrant", "Pekerja migran", QT_TRANSLATE_NOOP("Labels", "Migrant worker"),
         phrase="pekerja migran",
         choice="Pekerja Migran", note="Pekerja migran", synonyms=("migran",)),
))

LAID_OFF_STATUSES: tuple[str, ...] = _group(("laid_off", "contract_ended"), EMPLOYMENT_STATUSES)
"""Employment ended (PHK or contract end): these statuses need a layoff date."""

MEMBERSHIP_STATUSES = CodeSet("membership status", (
    Term("active", "Aktif", QT_TRANSLATE_NOOP("Labels", "Active member"), choice="aktif",
         note="Peserta aktif BPJS Ketenagakerjaan"),
    Term("inactive", "Nonaktif", QT_TRANSLATE_NOOP("Labels", "Inactive member"), choice="nonaktif",
         note="Pernah menjadi peserta, kini tidak aktif",
         synonyms=("non aktif", "non-aktif", "tidak aktif")),
    Term("none", "Belum terdaftar", QT_TRANSLATE_NOOP("Labels", "Not a member"), choice="belum",
         note="Belum menjadi peserta",
         synonyms=("belum terdaftar", "belum menjadi peserta", "belum peserta")),
))
"""``none``: never registered; ``inactive``: registered once, contributions stopped."""

VERIFICATION_METHODS = CodeSet("verification method", (
    Term("card", "Kartu peserta", QT_TRANSLATE_NOOP("Labels", "membership card")),
    Term("jmo", "Aplikasi JMO", QT_TRANSLATE_NOOP("Labels", "JMO app")),
    Term("head_office", "Data kantor pusat", QT_TRANSLATE_NOOP("Labels", "head-office data")),
    Term("other", "Lainnya", QT_TRANSLATE_NOOP("Labels", "other evidence")),
))
"""How a KPJ membership was checked (it cannot be verified offline)."""

CONTRIBUTION_SOURCES = CodeSet("contribution source", (
    Term("head_office", "Data Kantor Pusat", QT_TRANSLATE_NOOP("Labels", "Head-office data"),
         choice="Data Kantor Pusat", note="Data dari kantor pusat", synonyms=("kantor pusat",)),
    Term("jmo", "Aplikasi JMO", QT_TRANSLATE_NOOP("Labels", "JMO app"), choice="Aplikasi JMO",
         note="Tangkapan layar aplikasi JMO", synonyms=("jmo",)),
    Term("receipt", "Bukti Bayar", QT_TRANSLATE_NOOP("Labels", "Payment receipt"),
         choice="Bukti Bayar",
         note="Bukti pembayaran iuran", synonyms=("bukti pembayaran",)),
    Term("manual", "Manual", QT_TRANSLATE_NOOP("Labels", "Entered by staff"), choice="Manual",
         note="Dicatat petugas dari keterangan lain"),
))
"""Where a run of contribution (iuran) months came from."""

CONSENT_METHODS = CodeSet("consent method", (
    Term("counter", "Di loket", QT_TRANSLATE_NOOP("Labels", "At the counter")),
    Term("import", "Impor data", QT_TRANSLATE_NOOP("Labels", "Data import")),
))

# --- institutions and classes -----------------------------------------------------------------

INSTITUTION_TYPES = CodeSet("institution type", (
    Term("LPK", "Lembaga Pelatihan Kerja (LPK)",
         QT_TRANSLATE_NOOP("Labels", "LPK (job training institution)"),
         note="Lembaga Pelatihan Kerja"),
    Term("LKP", "Lembaga Kursus dan Pelatihan (LKP)",
         QT_TRANSLATE_NOOP("Labels", "LKP (course institution)"),
         note="Lembaga Kursus dan Pelatihan"),
    Term("LSP", "Lembaga Sertifikasi Profesi (LSP)",
         QT_TRANSLATE_NOOP("Labels", "LSP (certification body)"),
         note="Lembaga Sertifikasi Profesi"),
    Term("BLK", "Balai Latihan Kerja (BLK)",
         QT_TRANSLATE_NOOP("Labels", "BLK (public training centre)"),
         note="Balai Latihan Kerja (termasuk BLK Komunitas)"),
    Term("OTHER", "Lembaga sejenis", QT_TRANSLATE_NOOP("Labels", "Other"), choice="LAINNYA",
         note="Lembaga pelatihan lain", synonyms=("lain-lain", "lain", "other")),
))
"""LPK: Lembaga Pelatihan Kerja; LKP: Lembaga Kursus dan Pelatihan; LSP: Lembaga Sertifikasi
Profesi; BLK: Balai Latihan Kerja; OTHER: a similar institution ("lembaga sejenis")."""

INSTITUTION_STATUSES = CodeSet("institution status", (
    Term("active", "Aktif", QT_TRANSLATE_NOOP("Labels", "Active"), phrase="aktif"),
    Term("suspended", "Dibekukan", QT_TRANSLATE_NOOP("Labels", "Suspended"), phrase="dibekukan"),
    Term("inactive", "Tidak aktif", QT_TRANSLATE_NOOP("Labels", "Inactive"), phrase="tidak aktif"),
))

OWNERSHIPS = CodeSet("ownership", (
    Term("pemerintah", "Pemerintah", QT_TRANSLATE_NOOP("Labels", "Government")),
    Term("swasta", "Swasta", QT_TRANSLATE_NOOP("Labels", "Private")),
    Term("perusahaan", "Perusahaan", QT_TRANSLATE_NOOP("Labels", "Company")),
    Term("", "Tidak dicatat", QT_TRANSLATE_NOOP("Labels", "Not recorded")),
))

ACCREDITATIONS = CodeSet("accreditation", (
    Term("A", "A", QT_TRANSLATE_NOOP("Labels", "A")),
    Term("B", "B", QT_TRANSLATE_NOOP("Labels", "B")),
    Term("C", "C", QT_TRANSLATE_NOOP("Labels", "C")),
    Term("", "Belum terakreditasi", QT_TRANSLATE_NOOP("Labels", "Not accredited")),
))

LICENCE_STATES = CodeSet("licence state", (
    Term("valid", "Berlaku", QT_TRANSLATE_NOOP("Labels", "Valid")),
    Term("expiring", "Segera berakhir", QT_TRANSLATE_NOOP("Labels", "Expiring soon")),
    Term("expired", "Kedaluwarsa", QT_TRANSLATE_NOOP("Labels", "Expired")),
    Term("not_yet", "Belum berlaku", QT_TRANSLATE_NOOP("Labels", "Not yet in force")),
    Term("missing", "Tidak ada izin", QT_TRANSLATE_NOOP("Labels", "No licence on record")),
))
"""What :func:`vokasi_desktop.domain.licence.licence_state` says about a licence on a day."""

CLASS_MODES = CodeSet("class mode", (
    Term("daring", "Daring", QT_TRANSLATE_NOOP("Labels", "Online (daring)"),
         phrase="daring (online)",
         choice="daring", note="Dalam jaringan (online)", synonyms=("online", "dalam jaringan")),
    Term("luring", "Luring", QT_TRANSLATE_NOOP("Labels", "Face to face (luring)"),
         phrase="luring (tatap muka)",
         choice="luring", note="Luar jaringan (tatap muka)",
         synonyms=("offline", "tatap muka", "luar jaringan", "konvensional")),
    Term("blended", "Campuran", QT_TRANSLATE_NOOP("Labels", "Blended"),
         phrase="campuran (daring dan tatap muka)",
         choice="campuran", note="Gabungan daring dan luring",
         synonyms=("blended", "hybrid", "kombinasi")),
))
"""daring: online; luring: face to face; blended: both (counts as not daring under PSBB)."""

CLASS_STATUSES = CodeSet("class status", (
    Term("draft", "Draf", QT_TRANSLATE_NOOP("Labels", "Draft"), phrase="draf"),
    Term("open", "Dibuka", QT_TRANSLATE_NOOP("Labels", "Open"), phrase="dibuka"),
    Term("closed", "Ditutup", QT_TRANSLATE_NOOP("Labels", "Closed"), phrase="ditutup"),
    Term("running", "Berjalan", QT_TRANSLATE_NOOP("Labels", "Running"), phrase="berjalan"),
    Term("finished", "Selesai", QT_TRANSLATE_NOOP("Labels", "Finished"), phrase="selesai"),
    Term("cancelled", "Dibatalkan", QT_TRANSLATE_NOOP("Labels", "Cancelled"), phrase="dibatalkan"),
))

# --- enrolments, eligibility, documents ----------------------------------------------------

ENROLLMENT_STATUSES = CodeSet("enrolment status", (
    Term("enrolled", "Terdaftar", QT_TRANSLATE_NOOP("Labels", "Enrolled")),
    Term("in_training", "Sedang pelatihan", QT_TRANSLATE_NOOP("Labels", "In training")),
    Term("completed", "Lulus", QT_TRANSLATE_NOOP("Labels", "Completed")),
    Term("not_passed", "Tidak lulus", QT_TRANSLATE_NOOP("Labels", "Not passed")),
    Term("cancelled", "Dibatalkan", QT_TRANSLATE_NOOP("Labels", "Cancelled")),
))

ACTIVE_ENROLLMENT_STATUSES: tuple[str, ...] = _group(("enrolled", "in_training"),
                                                     ENROLLMENT_STATUSES)
"""Enrolments that hold a seat and block another enrolment in an overlapping class."""

VERDICTS = CodeSet("verdict", (
    Term("eligible", "Memenuhi syarat", QT_TRANSLATE_NOOP("Labels", "Eligible")),
    Term("eligible_with_warnings", "Memenuhi syarat dengan catatan",
         QT_TRANSLATE_NOOP("Labels", "Eligible with warnings")),
    Term("needs_override", "Perlu persetujuan supervisor",
         QT_TRANSLATE_NOOP("Labels", "Needs supervisor approval"),
         ),
    Term("not_eligible", "Tidak memenuhi syarat", QT_TRANSLATE_NOOP("Labels", "Not eligible")),
))

OUTCOMES = CodeSet("rule outcome", (
    Term("pass", "Memenuhi", QT_TRANSLATE_NOOP("Labels", "Met")),
    Term("fail", "Tidak memenuhi", QT_TRANSLATE_NOOP("Labels", "Not met")),
    Term("warn", "Peringatan", QT_TRANSLATE_NOOP("Labels", "Warning")),
    Term("not_applicable", "Tidak berlaku", QT_TRANSLATE_NOOP("Labels", "Not applicable")),
))

DOC_TYPES = CodeSet("document type", (
    Term("letter", "Surat Pengantar", QT_TRANSLATE_NOOP("Labels", "Enrolment letter"),
         phrase="surat pengantar"),
    Term("slip", "Hasil Pemeriksaan Kelayakan", QT_TRANSLATE_NOOP("Labels", "Eligibility slip"),
         phrase="slip kelayakan"),
    Term("certificate", "Sertifikat", QT_TRANSLATE_NOOP("Labels", "Certificate"),
         phrase="sertifikat"),
))

# --- people who use the app, offices ----------------------------------------------------------

ROLES = CodeSet("role", (
    Term("clerk", "Petugas Loket", QT_TRANSLATE_NOOP("Labels", "Counter clerk")),
    Term("supervisor", "Supervisor", QT_TRANSLATE_NOOP("Labels", "Supervisor")),
    Term("head", "Kepala Cabang", QT_TRANSLATE_NOOP("Labels", "Head of branch")),
    Term("admin", "Administrator", QT_TRANSLATE_NOOP("Labels", "Administrator")),
    Term("auditor", "Auditor", QT_TRANSLATE_NOOP("Labels", "Auditor")),
))
"""Same codes, same order as ``domain.access.Role`` (checked there)."""

OFFICE_KINDS = CodeSet("office kind", (
    Term("branch", "Kantor Cabang", QT_TRANSLATE_NOOP("Labels", "Branch office")),
    Term("regional", "Kantor Wilayah", QT_TRANSLATE_NOOP("Labels", "Regional office")),
))

ALL_SETS: tuple[CodeSet, ...] = (
    SEXES, SEGMENTS, EMPLOYMENT_STATUSES, MEMBERSHIP_STATUSES, VERIFICATION_METHODS,
    CONTRIBUTION_SOURCES, CONSENT_METHODS, INSTITUTION_TYPES, INSTITUTION_STATUSES, OWNERSHIPS,
    ACCREDITATIONS, LICENCE_STATES, CLASS_MODES, CLASS_STATUSES, ENROLLMENT_STATUSES, VERDICTS,
    OUTCOMES, DOC_TYPES, ROLES, OFFICE_KINDS,
)
"""Every code set (the test that every code has a screen label iterates this)."""
