"""Enrollment letter (surat pengantar peserta), A4 portrait, Permen PANRB 80/2012 style.

Kop surat, place and date top right, Nomor / Sifat / Lampiran / Hal, "Yth." addressee,
justified body with a table of the participant and the class, signature block at right
(with "a.n." when signed on behalf), QR code for offline verification, tembusan.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from vokasi_desktop.documents.common import (
    GREEN_LIGHT,
    GREY_LINE,
    Paragraph,
    PortraitMeta,
    date_range,
    ensure_no_full_nik,
    esc,
    format_date,
    render_portrait,
    styles,
    write_atomic,
)
from vokasi_desktop.documents.fonts import SANS
from vokasi_desktop.documents.models import EnrollmentLetterData, Signatory
from vokasi_desktop.documents.qr import QRFlowable
from vokasi_desktop.domain.formatting import format_rupiah, terbilang

QR_SIZE = 4.2 * cm
"""A version-12 code (the signed payload) scans from a 100 dpi scan or photo at this size."""

VERIFY_NOTE = (
    "Verifikasi: pindai kode QR dengan halaman verifikasi luring \u201cverifikasi-vokasi.html\u201d "
    "(tersedia di kantor cabang penerbit), atau periksakan kode QR di kantor cabang "
    "BPJAMSOSTEK mana pun."
)


def render_enrollment_letter_bytes(data: EnrollmentLetterData) -> bytes:
    """Render the enrollment letter and return the PDF bytes (deterministic)."""
    _check(data)
    return render_portrait(
        lambda width: _story(data, width),
        PortraitMeta(
            branch=data.branch,
            title=f"{data.hal} - {data.number}",
            subject=f"{data.hal}: {data.member.name}, {data.klass.title}",
            qr_text=data.qr_text,
            created=data.date,
            is_copy=data.is_copy,
            footer_note=VERIFY_NOTE,
        ),
    )


def render_enrollment_letter(data: EnrollmentLetterData, path: str | os.PathLike[str]) -> Path:
    """Render the enrollment letter to ``path`` (written atomically); returns the path."""
    return write_atomic(path, render_enrollment_letter_bytes(data))


def _check(data: EnrollmentLetterData) -> None:
    m, k, a = data.member, data.klass, data.addressee
    ensure_no_full_nik(
        m.name,
        m.masked_nik,
        m.kpj,
        m.segment,
        m.employment_status,
        data.number,
        data.hal,
        k.title,
        k.location,
        k.code,
        a.institution,
        a.address,
        data.pks_number,
        data.signatory.npp,
        *data.tembusan,
    )
    if not data.qr_text:
        raise ValueError("Teks kode QR wajib diisi.")


def _story(data: EnrollmentLetterData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []

    # Nomor / Sifat / Lampiran / Hal with aligned colons; place and date at right.
    place_date = f"{esc(data.branch.city)}, {esc(format_date(data.date))}"
    rows = [
        [
            "Nomor",
            ":",
            Paragraph(esc(data.number), st["plain"]),
            Paragraph(place_date, st["right"]),
        ],
        ["Sifat", ":", Paragraph(esc(data.sifat), st["plain"]), ""],
        ["Lampiran", ":", Paragraph(esc(data.lampiran), st["plain"]), ""],
        ["Hal", ":", Paragraph(esc(data.hal), st["plain"]), ""],
    ]
    head = Table(rows, colWidths=[58, 10, width - 68 - 165, 165], hAlign="LEFT")
    head.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("LEADING", (0, 0), (-1, -1), 14),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story += [head, Spacer(1, 8)]

    # One address form: "Yth. <recipient> <institution>", street address, city (the city
    # line only when the street address does not already end with it).
    a = data.addressee
    story += [
        Paragraph(f"Yth. {esc(a.recipient)} {esc(a.institution)}", st["plain"]),
        *[Paragraph(esc(line), st["plain"]) for line in _address_lines(a.address, a.city)],
        Spacer(1, 8),
    ]

    k = data.klass
    story.append(
        Paragraph(
            "Dalam rangka pelaksanaan program <b>Vokasi Indonesia Pekerja</b> BPJS "
            "Ketenagakerjaan, bersama ini kami sampaikan peserta yang telah memenuhi "
            "persyaratan untuk mengikuti pelatihan pada lembaga Saudara, dengan data "
            "sebagai berikut:",
            st["body"],
        )
    )
    story += [Spacer(1, 1), _details_table(data, width), Spacer(1, 6)]
    pks = (
        f" sesuai Perjanjian Kerja Sama (PKS) Nomor {esc(data.pks_number)}"
        if data.pks_number
        else ""
    )
    story.append(
        Paragraph(
            f"Kami mohon Saudara berkenan menerima peserta tersebut{pks} sesuai jadwal di atas "
            "tanpa memungut biaya apa pun dari peserta, serta menyampaikan daftar hadir dan "
            "hasil pelatihan kepada kami setelah pelatihan berakhir pada "
            f"{esc(format_date(k.end))}.",
            st["body"],
        )
    )
    story.append(Spacer(1, 3))
    story.append(Paragraph(_billing_text(data), st["body"]))
    closing = Paragraph(
        "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan "
        "terima kasih.",
        st["body"],
    )
    story.append(KeepTogether([closing, Spacer(1, 6), _signature_row(data, width)]))
    story += _tembusan(data, width)
    return story


def _address_lines(address: str, city: str) -> list[str]:
    address, city = " ".join(address.split()), " ".join(city.split())
    if city and city.casefold() not in address.casefold():
        return [line for line in (address, city) if line]
    return [address] if address else []


def _billing_text(data: EnrollmentLetterData) -> str:
    """Cost and billing instructions for the institution."""
    branch = esc(data.branch.name)
    if data.cost_per_participant is not None:
        cost = (
            f"Biaya pelatihan sebesar <b>{esc(format_rupiah(data.cost_per_participant))}</b> "
            f"({esc(terbilang(data.cost_per_participant))} rupiah) per peserta"
        )
    else:
        cost = "Biaya pelatihan peserta"
    return (
        f"{cost} ditanggung oleh BPJS Ketenagakerjaan dan ditagihkan kepada {branch} setelah "
        "pelatihan selesai, dengan melampirkan kuitansi, daftar hadir, hasil pelatihan dan "
        "salinan surat ini."
    )


def _details_table(data: EnrollmentLetterData, width: float) -> Table:
    """Participant and class details: label/value pairs, two pairs per row where short."""
    st = styles()
    m, k = data.member, data.klass

    def label(text: str) -> Paragraph:
        return Paragraph(esc(text), st["cell_label"])

    def value(text: str, bold: bool = False) -> Paragraph:
        return Paragraph(esc(text), st["cell_bold" if bold else "cell"])

    rows: list[list[Any]] = []
    spans: list[tuple[int, int]] = []  # (row, first column) spanning to the last column
    sections: list[int] = []

    def section(title: str) -> None:
        sections.append(len(rows))
        rows.append([Paragraph(title, st["section"]), "", "", ""])

    def wide(lbl: str, val: str, bold: bool = False) -> None:
        spans.append((len(rows), 1))
        rows.append([label(lbl), value(val, bold), "", ""])

    def pair(l1: str, v1: str, l2: str, v2: str) -> None:
        rows.append([label(l1), value(v1), label(l2), value(v2)])

    section("DATA PESERTA")
    wide("Nama", m.name, bold=True)
    pair("NIK", m.masked_nik, "Nomor KPJ", m.kpj)
    if m.segment or m.employment_status:
        pair("Segmen", m.segment or "-", "Status", m.employment_status or "-")
    section("DATA PELATIHAN")
    wide("Program pelatihan", k.title, bold=True)
    wide("Lembaga pelatihan", k.institution)
    pair("Kode kelas", k.code or "-", "Metode", k.mode)
    wide("Jadwal", f"{date_range(k.start, k.end)} ({k.hours} jam pelajaran)")
    wide("Tempat", k.location)

    inner = width - 12
    c0, c2 = 3.8 * cm, 2.2 * cm
    c3 = 3.9 * cm
    table = Table(rows, colWidths=[c0, inner - c0 - c2 - c3, c2, c3], hAlign="RIGHT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, GREY_LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r in sections:
        commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GREEN_LIGHT)]
    for r, c in spans:
        commands.append(("SPAN", (c, r), (-1, r)))
    table.setStyle(TableStyle(commands))
    return table


def signature_lines(signatory: Signatory, leading_lines: list[str] | None = None) -> list[Any]:
    """Flowables of a signature block: (a.n. line,) title, signing space, underlined name."""
    st = styles()
    out: list[Any] = [Paragraph(esc(text), st["plain"]) for text in leading_lines or []]
    if signatory.on_behalf_of:
        out.append(Paragraph(f"a.n. {esc(signatory.on_behalf_of)}", st["plain"]))
    out.append(Paragraph(f"{esc(signatory.title)},", st["plain"]))
    out.append(Spacer(1, 40))
    out.append(Paragraph(f"<u><b>{esc(signatory.name)}</b></u>", st["plain"]))
    if signatory.npp:
        out.append(Paragraph(f"NPP {esc(signatory.npp)}", st["plain"]))
    return out


def _signature_row(data: EnrollmentLetterData, width: float) -> Table:
    st = styles()
    qr_block = [
        QRFlowable(data.qr_text, QR_SIZE),
        Spacer(1, 1),
        Paragraph("Pindai untuk verifikasi", st["small"]),
    ]
    sig_width = 7.4 * cm
    table = Table(
        [[qr_block, "", signature_lines(data.signatory)]],
        colWidths=[QR_SIZE + 1.2 * cm, width - QR_SIZE - 1.2 * cm - sig_width, sig_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (2, 0), (2, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, 0), -4),  # align the QR's quiet zone with the text
            ]
        )
    )
    return table


def _tembusan(data: EnrollmentLetterData, width: float) -> list[Flowable]:
    """ "Tembusan:" and the copy recipients, numbered when there are several."""
    if not data.tembusan:
        return []
    st = styles()
    out: list[Flowable] = [Spacer(1, 4), Paragraph("Tembusan:", st["tembusan_single"])]
    if len(data.tembusan) == 1:
        return [*out, Paragraph(esc(data.tembusan[0]), st["tembusan_single"])]
    rows = [
        [Paragraph(f"{i}.", st["tembusan_single"]), Paragraph(esc(item), st["tembusan_single"])]
        for i, item in enumerate(data.tembusan, start=1)
    ]
    number_width = 18 if len(rows) >= 10 else 12
    table = Table(rows, colWidths=[number_width, width - number_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [*out, table]


__all__ = [
    "VERIFY_NOTE",
    "render_enrollment_letter", "render_enrollment_letter_bytes", "signature_lines"]
