"""Plain, frozen input records for the PDF renderers.

The service layer fills these from the database; the renderers never see ORM objects.
Dates are ``datetime.date`` values (formatted in Indonesian, "28 November 2026") or strings
already formatted by the caller, printed as given.

NIKs are passed only masked (e.g. ``******170590****``, ``domain.identifiers.mask_nik``): the renderers refuse any text
field that contains a full 16-digit number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

DateLike = date | str
"""A date object, or a string printed as is."""

OutcomeStatus = Literal["pass", "fail", "warn", "na"]
"""Colour class of a slip cell: met, unmet, warning, not applicable."""


@dataclass(frozen=True, slots=True)
class BranchProfile:
    """The issuing branch office, printed in the letterhead (kop surat).

    The renderers' own input, not ``services.branch.BranchProfile`` (the stored profile): the
    documents layer cannot import services, and a letterhead needs the logo (bytes or a path)
    but neither the region code nor the head's NPP.

    Attributes:
        code: branch code used in numbers and QR payloads (e.g. ``KC-KRJ``).
        name: full name, e.g. "Kantor Cabang Surabaya Karimunjawa".
        address: street address, one line.
        city: place printed on the date line, e.g. "Surabaya".
        phone: telephone number as printed.
        email: e-mail address.
        head_name: name of the head of branch.
        head_title: position of the head of branch.
        logo_path: PNG/JPEG letterhead logo; ``None`` draws a neutral emblem.
        logo: the logo's PNG/JPEG bytes (the branch's stored logo); wins over ``logo_path``.
    """

    code: str
    name: str
    address: str
    city: str
    phone: str
    email: str
    head_name: str
    head_title: str = "Kepala Kantor Cabang"
    logo_path: Path | str | None = None
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs a document.

    Attributes:
        name: printed bold and underlined under the signature space.
        title: the signer's own position.
        on_behalf_of: when set, an "a.n. <on_behalf_of>" line is printed above the title
            (signing on behalf of, per Permen PANRB 80/2012), e.g. "Kepala Kantor Cabang".
        npp: employee number (Nomor Pokok Pegawai), printed "NPP ..." under the name.
    """

    name: str
    title: str
    on_behalf_of: str | None = None
    npp: str = ""


@dataclass(frozen=True, slots=True)
class Addressee:
    """Recipient of a letter: printed as "Yth. <recipient> <institution>", address, "di", city."""

    institution: str
    address: str
    city: str
    recipient: str = "Pimpinan"


@dataclass(frozen=True, slots=True)
class MemberInfo:
    """The worker a document is about.

    Attributes:
        name: full name.
        masked_nik: NIK with the middle digits hidden (``******170590****``); never the
            full NIK.
        kpj: membership number (nomor KPJ).
        segment: participant segment label, e.g. "Bukan Penerima Upah (BPU)".
        employment_status: employment status label, e.g. "Pekerja terkena PHK".
    """

    name: str
    masked_nik: str
    kpj: str
    segment: str = ""
    employment_status: str = ""


@dataclass(frozen=True, slots=True)
class ClassInfo:
    """A training class.

    Attributes:
        title: class (training programme) title.
        institution: training institution name (LPK/LKP/BLK ...).
        mode: delivery label: "Daring", "Luring" or "Campuran".
        start: first day.
        end: last day.
        hours: training hours (jam pelajaran).
        location: venue or, for daring classes, the platform.
        code: class code, optional.
    """

    title: str
    institution: str
    mode: str
    start: DateLike
    end: DateLike
    hours: int
    location: str
    code: str | None = None


@dataclass(frozen=True, slots=True)
class EnrollmentLetterData:
    """Surat pengantar: sends an eligible worker to a training institution.

    Attributes:
        number: letter number, e.g. ``B/0123/KC-KRJ/XI/2026``.
        date: issue date (printed top right with ``branch.city``).
        branch: issuing branch (letterhead, author metadata).
        addressee: the training institution.
        member: the participant.
        klass: the class the participant is sent to.
        signatory: who signs.
        qr_text: signed QR text (see ``signing.sign_payload``).
        sifat: letter nature, usually "Biasa".
        lampiran: attachments, "-" or "1 (satu) berkas".
        hal: subject line.
        tembusan: copy recipients, printed as a numbered list.
        is_copy: reprint: prints the "SALINAN" mark.
        pks_number: number of the partnership agreement (PKS) with the institution.
        cost_per_participant: training cost per participant in Rupiah, billed to the
            branch (never to the participant); ``None`` leaves the amount out.
    """

    number: str
    date: DateLike
    branch: BranchProfile
    addressee: Addressee
    member: MemberInfo
    klass: ClassInfo
    signatory: Signatory
    qr_text: str
    sifat: str = "Biasa"
    lampiran: str = "-"
    hal: str = "Pengantar Peserta Pelatihan Vokasi"
    tembusan: Sequence[str] = ()
    is_copy: bool = False
    pks_number: str = ""
    cost_per_participant: int | None = None


@dataclass(frozen=True, slots=True)
class SlipOutcome:
    """One eligibility rule's outcome on the slip.

    Attributes:
        title: the requirement, e.g. "Masa kepesertaan minimal 12 bulan".
        outcome: label printed in the coloured cell: "Memenuhi", "Tidak memenuhi",
            "Peringatan" or "Tidak berlaku".
        message: explanation for the worker.
        next_step: what the worker should do, if anything.
        status: colour of the cell: ``pass``, ``fail``, ``warn``, ``na`` (the domain's
            ``not_applicable`` is accepted too); inferred from ``outcome`` when ``None``.
    """

    title: str
    outcome: str
    message: str = ""
    next_step: str = ""
    status: str | None = None


@dataclass(frozen=True, slots=True)
class EligibilitySlipData:
    """Eligibility check result handed to the worker at the counter.

    Attributes:
        number: slip number.
        date: date of the check.
        branch: branch office.
        member: the worker (name, masked NIK, KPJ).
        rule_set_code: rule set that produced the decision, e.g. "VIP-2026".
        rule_set_version: its version, e.g. "3".
        outcomes: every rule's outcome, in display order.
        verdict: overall verdict text, e.g. "Memenuhi syarat".
        next_step: overall next step for the worker.
        officer_name: counter officer.
        qr_text: signed QR text.
        klass: the class applied for, if any.
        verdict_status: colour of the verdict box: an outcome status (``pass``/``fail``/
            ``warn``/``na``) or a domain verdict code (``eligible``,
            ``eligible_with_warnings``, ``needs_override``, ``not_eligible``); inferred
            from the outcomes when ``None``.
        is_copy: reprint: prints the "SALINAN" mark.
    """

    number: str
    date: DateLike
    branch: BranchProfile
    member: MemberInfo
    rule_set_code: str
    rule_set_version: str
    outcomes: Sequence[SlipOutcome]
    verdict: str
    next_step: str
    officer_name: str
    qr_text: str
    klass: ClassInfo | None = None
    verdict_status: str | None = None
    is_copy: bool = False


@dataclass(frozen=True, slots=True)
class CertificateData:
    """Certificate of completion (landscape A4).

    Attributes:
        number: certificate number.
        date: issue date.
        branch: issuing branch (header, author metadata).
        name: participant's name (printed large).
        class_title: training title.
        institution: training institution.
        hours: training hours (jam pelajaran).
        start: first training day.
        end: last training day.
        result: "Kompeten" or "Lulus".
        place: place on the date line, e.g. "Surabaya".
        signatory: who signs.
        qr_text: signed QR text.
        masked_nik: masked NIK printed under the name; ``None`` hides it.
        is_copy: reprint: prints the "SALINAN" mark.
        birth_place: holder's place of birth, printed under the name to identify them.
        birth_date: holder's date of birth (with ``birth_place``); ``None`` hides both.
    """

    number: str
    date: DateLike
    branch: BranchProfile
    name: str
    class_title: str
    institution: str
    hours: int
    start: DateLike
    end: DateLike
    result: str
    place: str
    signatory: Signatory
    qr_text: str
    masked_nik: str | None = None
    is_copy: bool = False
    birth_place: str = ""
    birth_date: DateLike | None = None
