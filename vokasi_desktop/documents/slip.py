"""Eligibility slip ("Hasil Pemeriksaan Kelayakan"), A4 portrait.

Handed to the worker at the counter: every rule's outcome with a coloured status cell, the
overall verdict in a box, the next step, the rule-set version that decided, and a QR code.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from vokasi_desktop.documents.common import (
    GREEN,
    GREY_LINE,
    STATUS_FILL,
    STATUS_TEXT,
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
from vokasi_desktop.documents.fonts import SANS, SANS_BOLD
from vokasi_desktop.documents.models import EligibilitySlipData, OutcomeStatus, SlipOutcome
from vokasi_desktop.documents.qr import QRFlowable

QR_SIZE = 3.3 * cm

_STATUS_ALIASES: dict[str, OutcomeStatus] = {
    # Printed labels.
    "memenuhi": "pass",
    "memenuhi syarat": "pass",
    "lulus": "pass",
    "tidak memenuhi": "fail",
    "tidak memenuhi syarat": "fail",
    "peringatan": "warn",
    "perlu perhatian": "warn",
    "tidak berlaku": "na",
    # Codes (domain.eligibility outcomes and verdicts).
    "pass": "pass",
    "fail": "fail",
    "warn": "warn",
    "na": "na",
    "not_applicable": "na",
    "eligible": "pass",
    "eligible_with_warnings": "warn",
    "needs_override": "warn",
    "not_eligible": "fail",
}


def _normalise(value: str | None) -> OutcomeStatus | None:
    if value is None:
        return None
    return _STATUS_ALIASES.get(value.strip().lower())


def outcome_status(outcome: SlipOutcome) -> OutcomeStatus:
    """Colour class of an outcome: its explicit status, else inferred from the label.

    Unknown labels are drawn as "na" (grey) rather than guessed.
    """
    return _normalise(outcome.status) or _normalise(outcome.outcome) or "na"


def verdict_status(data: EligibilitySlipData) -> OutcomeStatus:
    """Colour of the verdict box: explicit, else fail > warn > pass from the outcomes."""
    explicit = _normalise(data.verdict_status)
    if explicit is not None:
        return explicit
    found = {outcome_status(o) for o in data.outcomes}
    if "fail" in found:
        return "fail"
    if "warn" in found:
        return "warn"
    return "pass"


def render_eligibility_slip_bytes(data: EligibilitySlipData) -> bytes:
    """Render the eligibility slip and return the PDF bytes (deterministic)."""
    _check(data)
    return render_portrait(
        lambda width: _story(data, width),
        PortraitMeta(
            branch=data.branch,
            title=f"Hasil Pemeriksaan Kelayakan - {data.number}",
            subject=f"Hasil Pemeriksaan Kelayakan: {data.member.name}",
            qr_text=data.qr_text,
            created=data.date,
            is_copy=data.is_copy,
            footer_note=(
                "Slip ini mencatat hasil pemeriksaan pada tanggal tersebut dan bukan surat "
                "pengantar pelatihan."
            ),
        ),
    )


def render_eligibility_slip(data: EligibilitySlipData, path: str | os.PathLike[str]) -> Path:
    """Render the eligibility slip to ``path`` (written atomically); returns the path."""
    return write_atomic(path, render_eligibility_slip_bytes(data))


def _check(data: EligibilitySlipData) -> None:
    m = data.member
    texts: list[object] = [m.name, m.masked_nik, m.kpj, data.number, data.verdict]
    texts += [data.next_step, data.officer_name]
    for o in data.outcomes:
        texts += [o.title, o.outcome, o.message, o.next_step]
    if data.klass is not None:
        texts += [data.klass.title, data.klass.institution, data.klass.code]
    ensure_no_full_nik(*texts)
    if not data.qr_text:
        raise ValueError("Teks kode QR wajib diisi.")


def _story(data: EligibilitySlipData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph("HASIL PEMERIKSAAN KELAYAKAN", st["title"]),
        Paragraph("Program Vokasi Indonesia Pekerja", st["subtitle"]),
        Spacer(1, 2),
        Paragraph(f"Nomor: {esc(data.number)}", st["subtitle"]),
        Spacer(1, 12),
        _identity_table(data, width),
        Spacer(1, 10),
        _verdict_box(data, width),
        Spacer(1, 10),
        _outcomes_table(data, width),
        *_not_applicable_line(data),
        Spacer(1, 14),
        KeepTogether([_signature_row(data, width)]),
    ]
    return story


def _identity_table(data: EligibilitySlipData, width: float) -> Table:
    st = styles()
    m = data.member

    def lab(text: str) -> Paragraph:
        return Paragraph(esc(text), st["cell_label"])

    def val(text: str, bold: bool = False) -> Paragraph:
        return Paragraph(esc(text), st["cell_bold" if bold else "cell"])

    rows: list[list[Any]] = [
        [lab("Nama"), val(m.name, bold=True), lab("Tanggal"), val(format_date(data.date))],
        [
            lab("NIK"),
            val(m.masked_nik),
            lab("Aturan"),
            val(f"{data.rule_set_code} versi {data.rule_set_version}"),
        ],
        [lab("Nomor KPJ"), val(m.kpj), lab("Petugas"), val(data.officer_name)],
    ]
    spans: list[int] = []
    if m.segment or m.employment_status:
        rows.append(
            [lab("Segmen"), val(m.segment or "-"), lab("Status"), val(m.employment_status or "-")]
        )
    if data.klass is not None:
        k = data.klass
        spans.append(len(rows))
        detail = f"<b>{esc(k.title)}</b><br/>{esc(k.institution)} · {esc(k.mode)} · " + esc(
            date_range(k.start, k.end)
        )
        rows.append([lab("Kelas dipilih"), Paragraph(detail, st["cell"]), "", ""])
    c0, c2 = 2.6 * cm, 2.0 * cm
    c3 = 5.0 * cm
    table = Table(rows, colWidths=[c0, width - c0 - c2 - c3, c2, c3])
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, GREEN),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, GREEN),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ]
    for r in spans:
        commands.append(("SPAN", (1, r), (-1, r)))
    table.setStyle(TableStyle(commands))
    return table


@cache
def _slip_styles() -> dict[str, ParagraphStyle]:
    """The slip's own styles, made once per process (the same objects every time lets
    ``common.Paragraph`` reuse the parsed markup of recurring texts)."""
    st = styles()
    out = {
        f"status_{status}": ParagraphStyle(
            f"status_{status}",
            parent=st["cell_center"],
            textColor=STATUS_TEXT[status],
        )
        for status in STATUS_FILL
    }
    out |= {f"verdict_{status}": ParagraphStyle(
        "verdict_c", parent=st["verdict"], textColor=STATUS_TEXT[status]) for status in STATUS_TEXT}
    out |= {f"k_{status}": ParagraphStyle(
        "k", parent=st["small"], textColor=STATUS_TEXT[status]) for status in STATUS_TEXT}
    out["cell"] = ParagraphStyle("slip_cell", parent=st["cell"], fontSize=8.5, leading=11)
    out["note"] = ParagraphStyle("slip_note", parent=st["cell_note"], fontSize=8, leading=10.5)
    out["head_centre"] = ParagraphStyle("h", parent=st["cell_head"], alignment=1)
    out["na"] = ParagraphStyle("slip_na", parent=st["cell_note"], fontSize=8, leading=10.5)
    return out


def _outcomes_table(data: EligibilitySlipData, width: float) -> Table:
    st = styles()
    own = _slip_styles()
    status_style = {status: own[f"status_{status}"] for status in STATUS_FILL}
    cell = own["cell"]
    note_style = own["note"]
    rows: list[list[Any]] = [
        [
            Paragraph("No", st["cell_head"]),
            Paragraph("Persyaratan", st["cell_head"]),
            Paragraph("Hasil", own["head_centre"]),
            Paragraph("Keterangan dan langkah", st["cell_head"]),
        ]
    ]
    fills: list[tuple[int, OutcomeStatus]] = []
    applicable = [o for o in data.outcomes if outcome_status(o) != "na"]
    for i, o in enumerate(applicable, start=1):
        status = outcome_status(o)
        note: list[Any] = []
        if o.message:
            note.append(Paragraph(esc(o.message), cell))
        if o.next_step:
            note.append(Paragraph(f"→ {esc(o.next_step)}", note_style))
        rows.append(
            [
                Paragraph(str(i), cell),
                Paragraph(esc(o.title), cell),
                Paragraph(esc(o.outcome), status_style[status]),
                note or "",
            ]
        )
        fills.append((i, status))
    if not applicable:
        rows.append(["", Paragraph("Tidak ada aturan yang diperiksa.", cell), "", ""])
    c0, c1, c2 = 0.9 * cm, 5.7 * cm, 3.3 * cm
    table = Table(rows, colWidths=[c0, c1, c2, width - c0 - c1 - c2], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (2, 1), (2, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("GRID", (0, 0), (-1, -1), 0.5, GREY_LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (0, -1), 4),
        ("RIGHTPADDING", (0, 0), (0, -1), 2),
    ]
    for r, status in fills:
        commands.append(("BACKGROUND", (2, r), (2, r), STATUS_FILL[status]))
    table.setStyle(TableStyle(commands))
    return table


def _not_applicable_line(data: EligibilitySlipData) -> list[Flowable]:
    """The rules that do not apply to this check, in one line instead of one row each."""
    titles = [o.title for o in data.outcomes if outcome_status(o) == "na"]
    if not titles:
        return []
    style = _slip_styles()["na"]
    count = f"{len(titles)} aturan lain" if len(titles) > 1 else "1 aturan lain"
    return [
        Spacer(1, 4),
        Paragraph(
            f"<b>Tidak berlaku untuk pemeriksaan ini ({count}):</b> "
            + esc("; ".join(titles)) + ".",
            style,
        ),
    ]


def _verdict_box(data: EligibilitySlipData, width: float) -> Table:
    st = styles()
    status = verdict_status(data)
    colour = STATUS_TEXT[status]
    verdict = _slip_styles()[f"verdict_{status}"]
    content: list[Any] = [
        Paragraph("KESIMPULAN", _slip_styles()[f"k_{status}"]),
        Paragraph(esc(data.verdict), verdict),
    ]
    if data.next_step:
        content += [
            Spacer(1, 3),
            Paragraph(f"<b>Langkah selanjutnya:</b> {esc(data.next_step)}", st["plain"]),
        ]
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS_BOLD),
                ("BOX", (0, 0), (-1, -1), 1.2, colour),
                ("LINEBEFORE", (0, 0), (0, 0), 5, colour),
                ("BACKGROUND", (0, 0), (-1, -1), STATUS_FILL[status]),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _signature_row(data: EligibilitySlipData, width: float) -> Table:
    st = styles()
    qr_block = [
        QRFlowable(data.qr_text, QR_SIZE),
        Paragraph("Pindai untuk verifikasi", st["small"]),
    ]
    sig = [
        Paragraph(f"{esc(data.branch.city)}, {esc(format_date(data.date))}", st["plain"]),
        Paragraph("Petugas pemeriksa,", st["plain"]),
        Spacer(1, 42),
        Paragraph(f"<u><b>{esc(data.officer_name)}</b></u>", st["plain"]),
    ]
    sig_width = 6.6 * cm
    table = Table(
        [[qr_block, "", sig]],
        colWidths=[QR_SIZE + 1 * cm, width - QR_SIZE - 1 * cm - sig_width, sig_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


__all__ = [
    "outcome_status",
    "render_eligibility_slip",
    "render_eligibility_slip_bytes",
    "verdict_status",
]
