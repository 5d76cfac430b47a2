"""Certificate of completion, A4 landscape, drawn directly on a canvas.

Double border with corner ornaments and a faint rosette, the "SERTIFIKAT" title, the number,
"diberikan kepada" and the participant's name, the training statement, the result, place
and date, signature block and the QR code for offline verification.
"""

from __future__ import annotations

import io
import math
import os
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from vokasi_desktop.documents.common import (
    GOLD,
    GREEN,
    GREY,
    Paragraph,
    apply_metadata,
    date_range,
    draw_copy_mark,
    draw_logo_or_emblem,
    ensure_no_full_nik,
    esc,
    fit_font_size,
    format_date,
    new_canvas,
    replay,
    write_atomic,
)
from vokasi_desktop.documents.fonts import (
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)
from vokasi_desktop.documents.models import CertificateData
from vokasi_desktop.documents.qr import draw_qr

PAGE_W, PAGE_H = landscape(A4)
QR_SIZE = 3.4 * cm
_INK = colors.HexColor("#1F2A24")


def render_certificate_bytes(data: CertificateData) -> bytes:
    """Render the certificate and return the PDF bytes (deterministic)."""
    _check(data)
    register_fonts()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (PAGE_W, PAGE_H))
    draw_certificate(canvas, data)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_certificate(data: CertificateData, path: str | os.PathLike[str]) -> Path:
    """Render the certificate to ``path`` (written atomically); returns the path."""
    return write_atomic(path, render_certificate_bytes(data))


def draw_certificate(canvas: Canvas, data: CertificateData) -> None:
    """Draw one certificate on the current (landscape A4) page of ``canvas``.

    Exposed so a batch can put many certificates in one PDF (one page each).
    """
    _check(data)
    register_fonts()
    apply_metadata(
        canvas,
        title=f"Sertifikat Pelatihan Vokasi - {data.number}",
        author=data.branch.name,
        subject=f"Sertifikat Pelatihan Vokasi: {data.name}, {data.class_title}",
        qr_text=data.qr_text,
        created=data.date,
    )
    cx = PAGE_W / 2
    _draw_frame(canvas)

    # Header: emblem, agency and branch.
    draw_logo_or_emblem(canvas, data.branch, cx - 23, PAGE_H - 96, 46)
    canvas.setFillColor(GREEN)
    canvas.setFont(SANS_BOLD, 11)
    _centred_spaced(canvas, "BPJS KETENAGAKERJAAN", cx, PAGE_H - 111, 1.5)
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 8.5)
    canvas.drawCentredString(cx, PAGE_H - 123, data.branch.name)

    # Title and number.
    canvas.setFillColor(GREEN)
    canvas.setFont(SERIF_BOLD, 38)
    _centred_spaced(canvas, "SERTIFIKAT", cx, PAGE_H - 172, 6)
    canvas.setFillColor(_INK)
    canvas.setFont(SANS, 10)
    canvas.drawCentredString(cx, PAGE_H - 190, f"Nomor: {data.number}")
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 9)
    canvas.drawCentredString(cx, PAGE_H - 204, "PROGRAM VOKASI INDONESIA PEKERJA")

    _draw_body(canvas, data)
    _draw_signature(canvas, data)
    _draw_qr_block(canvas, data)
    if data.is_copy:
        draw_copy_mark(canvas, PAGE_W, PAGE_H, label_right=72, label_top=58)


# The body (name to result line) lives between the number block and the signature/QR
# blocks: text never goes below BODY_BOTTOM, nor wider than BODY_WIDTH (inside the frame).
BODY_TOP = PAGE_H - 218
BODY_BOTTOM = 176
NAME_WIDTH = PAGE_W - 200
BODY_WIDTH = PAGE_W - 2 * 125
RESULT_TEXT = "TELAH MENYELESAIKAN PELATIHAN"


def training_phrase(title: str) -> str:
    """ "Pelatihan <title>" without doubling the word when the title already starts with it."""
    title = " ".join(title.split())
    if title.casefold().startswith("pelatihan"):
        return title
    return f"Pelatihan {title}"


def _statement(data: CertificateData) -> str:
    return (
        f"atas keikutsertaannya dalam <b>{esc(training_phrase(data.class_title))}</b> "
        f"yang diselenggarakan oleh {esc(data.institution)} dalam program Vokasi Indonesia "
        f"Pekerja BPJS Ketenagakerjaan, selama {data.hours} jam pelajaran pada tanggal "
        f"{_nbsp(date_range(data.start, data.end))}, dan dinyatakan"
    )


def _identity_line(data: CertificateData) -> str:
    parts = []
    if data.birth_date is not None:
        born = format_date(data.birth_date)
        place = " ".join(data.birth_place.split())
        parts.append(f"Lahir di {place}, {born}" if place else f"Lahir {born}")
    if data.masked_nik:
        parts.append(f"NIK {data.masked_nik}")
    return "  ·  ".join(parts)


def _layout(data: CertificateData) -> tuple[float, list[str], float, Paragraph, float]:
    """Pick the largest name and statement sizes whose blocks fit between top and bottom.

    Returns (name size, name lines, statement size, paragraph, paragraph height).
    """
    name = " ".join(data.name.split())
    statement = _statement(data)
    sizes = (
        (28, 12), (24, 12), (22, 11), (20, 11), (18, 10), (16, 10), (15, 9.5),
        (14, 9), (13, 8.5), (12, 8), (11, 7.5), (10, 7),
    )
    # Prefer a name on at most two lines while it stays large; then allow a third line.
    for max_lines, (name_size, text_size) in [(2, s) for s in sizes if s[0] >= 18] + [
        (3, s) for s in sizes
    ]:
        lines = simpleSplit(name, SERIF_BOLD, name_size, NAME_WIDTH)
        if len(lines) > max_lines:
            continue
        para = Paragraph(statement, _statement_style(text_size))
        _, height = para.wrap(BODY_WIDTH, 1000)
        total = _body_height(name_size, len(lines), height, text_size)
        if total <= BODY_TOP - BODY_BOTTOM:
            return name_size, lines, text_size, para, height
    return name_size, lines, text_size, para, height


@cache
def _statement_style(text_size: float) -> ParagraphStyle:
    """One style object per size for the process: a class's certificates share the
    statement, so common.Paragraph parses and breaks it once."""
    return ParagraphStyle(
        "cert_statement", fontName=SERIF, fontSize=text_size, leading=text_size * 1.5,
        alignment=TA_CENTER, textColor=_INK,
    )


def _body_height(name_size: float, name_lines: int, para_height: float, text_size: float) -> float:
    return (
        22  # "diberikan kepada"
        + name_lines * name_size * 1.15 + 10  # name and rule
        + 16  # identity line
        + para_height + 8
        + text_size * 1.6  # result line
    )


def _draw_body(canvas: Canvas, data: CertificateData) -> None:
    """Recipient, identity, statement and result, wrapped and shrunk to fit the frame."""
    cx = PAGE_W / 2
    name_size, lines, text_size, para, para_height = _layout(data)
    y = BODY_TOP - 12
    canvas.setFillColor(_INK)
    canvas.setFont(SERIF_ITALIC, 13)
    canvas.drawCentredString(cx, y, "diberikan kepada")
    y -= 10
    canvas.setFont(SERIF_BOLD, name_size)
    widest = 0.0
    for line in lines:
        y -= name_size * 1.15
        canvas.drawCentredString(cx, y + name_size * 0.2, line)
        widest = max(widest, stringWidth(line, SERIF_BOLD, name_size))
    half = min(max(widest / 2 + 24, 150), NAME_WIDTH / 2 + 24)
    y -= 4
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    canvas.line(cx - half, y, cx + half, y)
    identity = _identity_line(data)
    y -= 14
    if identity:
        canvas.setFillColor(GREY)
        size = fit_font_size(identity, SANS, 9, BODY_WIDTH, 6.5)
        canvas.setFont(SANS, size)
        canvas.drawCentredString(cx, y, identity)
    y -= 8
    para.drawOn(canvas, cx - BODY_WIDTH / 2, y - para_height)
    y -= para_height + 8 + text_size * 1.2
    canvas.setFillColor(GREEN)
    result_size = max(min(text_size * 1.4, 16), 10)
    canvas.setFont(SERIF_BOLD, result_size)
    _centred_spaced(canvas, RESULT_TEXT, cx, y, 2)


def _nbsp(text: str) -> str:
    """Escape ``text`` and keep each date on one line ("7 Desember 2026" never splits)."""
    return "&nbsp;s.d. ".join(esc(part).replace(" ", "&nbsp;") for part in text.split(" s.d. "))


def _check(data: CertificateData) -> None:
    ensure_no_full_nik(
        data.name, data.masked_nik, data.number, data.class_title, data.institution, data.result,
        data.birth_place,
    )
    if not data.qr_text:
        raise ValueError("Teks kode QR wajib diisi.")


def _centred_spaced(canvas: Canvas, text: str, cx: float, y: float, spacing: float) -> None:
    """Draw ``text`` centred on cx with extra letter spacing (uses the current font)."""
    font, size = canvas._fontname, canvas._fontsize
    width = stringWidth(text, font, size) + spacing * (len(text) - 1)
    canvas.saveState()  # char spacing would otherwise leak into later text
    obj = canvas.beginText(cx - width / 2, y)
    obj.setFont(font, size)
    obj.setCharSpace(spacing)
    obj.textOut(text)
    canvas.drawText(obj)
    canvas.restoreState()


def _draw_frame(canvas: Canvas) -> None:
    # Faint rosette behind the text: 24 rotated circles. The transparency is a page resource,
    # set here; the circles and the border are recorded once per process (common.replay).
    canvas.saveState()
    canvas.setStrokeColor(GREEN)
    canvas.setStrokeAlpha(0.06)
    canvas.setLineWidth(0.7)
    replay(canvas, ("certificate-rosette",), _draw_rosette)
    canvas.restoreState()
    replay(canvas, ("certificate-border",), _draw_border)


def _draw_rosette(canvas: Canvas) -> None:
    cx, cy = PAGE_W / 2, PAGE_H / 2 - 10
    for i in range(24):
        a = 2 * math.pi * i / 24
        canvas.circle(cx + 70 * math.cos(a), cy + 70 * math.sin(a), 120, stroke=1, fill=0)


def _draw_border(canvas: Canvas) -> None:
    canvas.saveState()
    m = 18
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(4)
    canvas.rect(m, m, PAGE_W - 2 * m, PAGE_H - 2 * m, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.2)
    canvas.rect(m + 7, m + 7, PAGE_W - 2 * (m + 7), PAGE_H - 2 * (m + 7), stroke=1, fill=0)
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(0.5)
    canvas.rect(m + 11, m + 11, PAGE_W - 2 * (m + 11), PAGE_H - 2 * (m + 11), stroke=1, fill=0)
    # Corner ornaments: a gold diamond and two quarter arcs in each corner.
    inset = m + 11
    for x, y, sx, sy in (
        (inset, inset, 1, 1),
        (PAGE_W - inset, inset, -1, 1),
        (inset, PAGE_H - inset, 1, -1),
        (PAGE_W - inset, PAGE_H - inset, -1, -1),
    ):
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(1)
        for radius in (26, 34):
            path = canvas.beginPath()
            path.moveTo(x + sx * radius, y)
            steps = 12
            for k in range(1, steps + 1):
                t = (math.pi / 2) * k / steps
                path.lineTo(x + sx * radius * math.cos(t), y + sy * radius * math.sin(t))
            canvas.drawPath(path, stroke=1, fill=0)
        d = 7
        dx, dy = x + sx * 13, y + sy * 13
        diamond = canvas.beginPath()
        diamond.moveTo(dx, dy + d)
        diamond.lineTo(dx + d, dy)
        diamond.lineTo(dx, dy - d)
        diamond.lineTo(dx - d, dy)
        diamond.close()
        canvas.setFillColor(GOLD)
        canvas.drawPath(diamond, stroke=0, fill=1)
    canvas.restoreState()


def _draw_signature(canvas: Canvas, data: CertificateData) -> None:
    """Place/date, (a.n. line,) title, signing space, bold underlined name; right side."""
    sig = data.signatory
    cx = PAGE_W - 230
    y = 156
    canvas.setFillColor(_INK)
    canvas.setFont(SANS, 10)
    lines = [f"{data.place}, {format_date(data.date)}"]
    if sig.on_behalf_of:
        lines.append(f"a.n. {sig.on_behalf_of}")
    lines.append(f"{sig.title},")
    for line in lines:
        size = fit_font_size(line, SANS, 10, 250, 7.5)
        canvas.setFont(SANS, size)
        canvas.drawCentredString(cx, y, line)
        y -= 14
    y -= 46
    size = fit_font_size(sig.name, SANS_BOLD, 10.5, 250, 8)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(cx, y, sig.name)
    width = stringWidth(sig.name, SANS_BOLD, size)
    canvas.setStrokeColor(_INK)
    canvas.setLineWidth(0.7)
    canvas.line(cx - width / 2, y - 2.5, cx + width / 2, y - 2.5)


def _draw_qr_block(canvas: Canvas, data: CertificateData) -> None:
    x, y = 78, 56
    draw_qr(canvas, data.qr_text, x, y, QR_SIZE)
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 7)
    canvas.drawString(x + QR_SIZE + 6, y + QR_SIZE - 22, "Pindai untuk verifikasi")
    canvas.drawString(x + QR_SIZE + 6, y + QR_SIZE - 32, "keaslian sertifikat ini.")
    canvas.setFont(SANS, 6.5)
    canvas.drawString(x + QR_SIZE + 6, y + 14, f"No. {data.number}")


__all__ = ["draw_certificate", "render_certificate", "render_certificate_bytes", "training_phrase"]
