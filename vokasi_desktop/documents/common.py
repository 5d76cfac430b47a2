"""Shared pieces of the PDF renderers: styles, letterhead, copy mark, metadata, output.

Everything here draws with the bundled DejaVu fonts (see ``fonts.py``). Output is
deterministic: canvases are created with ``invariant=1`` (fixed timestamps and document
id), so the same data gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import os
import re
import tempfile
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfdoc as _pdfdoc
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus import Paragraph as _ReportlabParagraph

from vokasi_desktop.documents.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    register_fonts,
)
from vokasi_desktop.documents.models import BranchProfile, DateLike
from vokasi_desktop.documents.signing import PDF_METADATA_KEY
from vokasi_desktop.domain.formatting import format_date_id

# Colours: a sober dark green for rules and headings, as on BPJAMSOSTEK stationery.
GREEN = colors.HexColor("#0B6B3A")
GREEN_LIGHT = colors.HexColor("#E7F2EC")
GOLD = colors.HexColor("#B08D2E")
GREY = colors.HexColor("#555555")
GREY_LINE = colors.HexColor("#9A9A9A")
log = logging.getLogger(__name__)

COPY_RED = colors.HexColor("#B3261E")

STATUS_FILL: dict[str, colors.Color] = {
    "pass": colors.HexColor("#D8EFDF"),
    "fail": colors.HexColor("#F6D5D2"),
    "warn": colors.HexColor("#FCEBC4"),
    "na": colors.HexColor("#E6E6E6"),
}
STATUS_TEXT: dict[str, colors.Color] = {
    "pass": colors.HexColor("#11602F"),
    "fail": colors.HexColor("#9B1C14"),
    "warn": colors.HexColor("#7A5300"),
    "na": colors.HexColor("#444444"),
}

COPY_WORD = "SALINAN"

_FULL_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")


def format_date(value: DateLike) -> str:
    """Indonesian long date, "28 November 2026"; strings are returned unchanged."""
    if isinstance(value, date):
        return format_date_id(value)
    return str(value)


def date_range(start: DateLike, end: DateLike) -> str:
    """ "7 Desember 2026 s.d. 18 Desember 2026" (a single date when both are equal)."""
    first, last = format_date(start), format_date(end)
    return first if first == last else f"{first} s.d. {last}"


def ensure_no_full_nik(*texts: object) -> None:
    """Refuse to print a full 16-digit NIK (UU 27/2022: NIKs are masked on documents).

    Raises:
        ValueError: one of the texts contains 16 consecutive digits.
    """
    for text in texts:
        if text is not None and _FULL_NIK.search(str(text)):
            raise ValueError("Dokumen tidak boleh memuat NIK lengkap; gunakan NIK tersamar.")


def esc(text: object) -> str:
    """Escape text for reportlab Paragraph markup."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles of the letters and slips, all on the bundled fonts."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=SANS, fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=6
    )
    return {
        "body": body,
        "plain": ParagraphStyle("plain", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=9, leading=12, alignment=TA_LEFT),
        "cell_label": ParagraphStyle(
            "cell_label", fontName=SANS, fontSize=9, leading=12, textColor=GREY
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold", fontName=SANS_BOLD, fontSize=9, leading=12, alignment=TA_LEFT
        ),
        "cell_head": ParagraphStyle(
            "cell_head",
            fontName=SANS_BOLD,
            fontSize=8.5,
            leading=11,
            alignment=TA_LEFT,
            textColor=colors.white,
        ),
        "cell_center": ParagraphStyle(
            "cell_center", fontName=SANS_BOLD, fontSize=8.5, leading=11, alignment=TA_CENTER
        ),
        "cell_note": ParagraphStyle(
            "cell_note",
            fontName=SANS_ITALIC,
            fontSize=8.5,
            leading=11,
            alignment=TA_LEFT,
            textColor=GREY,
        ),
        "tembusan_single": ParagraphStyle(
            "tembusan_single", fontName=SANS, fontSize=9, leading=12.5
        ),
        "section": ParagraphStyle(
            "section", fontName=SANS_BOLD, fontSize=9, leading=12, textColor=GREEN
        ),
        "title": ParagraphStyle(
            "title", fontName=SANS_BOLD, fontSize=14, leading=18, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontName=SANS, fontSize=10, leading=13, alignment=TA_CENTER
        ),
        "small": ParagraphStyle("small", fontName=SANS, fontSize=7.5, leading=9.5, textColor=GREY),
        "verdict": ParagraphStyle(
            "verdict", fontName=SANS_BOLD, fontSize=12, leading=16, alignment=TA_LEFT
        ),
    }


_PARSED_LIMIT = 4096
_parsed: dict[tuple[str, int, int], tuple[Any, str, Any, list[Any]]] = {}
_wrapped: dict[tuple[tuple[str, int, int], float], tuple[Any, Any, float, tuple[float, ...]]] = {}


class Paragraph(_ReportlabParagraph):  # type: ignore[misc]
    """reportlab's Paragraph with shortcuts that leave the output unchanged.

    - The markup of a (text, style) is parsed once per process: labels, headings and fixed
      sentences recur in every letter and slip, and reportlab's parser (``html.parser``) was
      ~15% of a slip. Each paragraph gets its own copies of the cached fragments.
    - Its line breaks at a given width are computed once per process too (they depend only
      on the fragments, the style and the width), and a second ``wrap`` at the same width
      returns the first result: a Table wraps every cell to size its rows and again to draw
      it (Paragraph.wrap ignores the height). Line breaking was a quarter of a slip.
      Drawing only reads the lines; ``split`` (a paragraph cut by a page break) works on a
      private copy, computed afresh.
    """

    _wrap_memo: tuple[float, Any, Any, tuple[float, float]] | None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        self._parse_key: tuple[str, int, int] | None = None
        if frags is not None or bulletText is not None or not isinstance(text, str):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = (text, id(style), self.caseSensitive)
        hit = _parsed.get(key)
        if hit is not None and hit[0] is style:
            _style, clean_text, parsed_style, cached = hit
            super()._setup(clean_text, parsed_style, None, [f.clone() for f in cached], cleaner)
            self._parse_key = key
            return
        super()._setup(text, style, None, None, cleaner)
        if self.bulletText is None:  # a <bullet> tag: not worth caching
            if len(_parsed) >= _PARSED_LIMIT:
                _parsed.clear()
                _wrapped.clear()  # its keys hold ids of styles the parse cache kept alive
            _parsed[key] = (style, self.text, self.style, [f.clone() for f in self.frags])
            self._parse_key = key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo: tuple[float, Any, Any, tuple[float, float]] | None = self.__dict__.get("_wrap_memo")
        if (memo is not None and memo[0] == availWidth and memo[1] is self.__dict__.get("blPara")
                and memo[2] is self.frags):
            return memo[3]
        key = self.__dict__.get("_parse_key")
        shared = _wrapped.get((key, availWidth)) if key is not None else None
        if shared is not None and shared[0] is self.style:
            _style, self.blPara, self.height, widths = shared
            self.width = availWidth
            self._wrapWidths = list(widths)
            result = (availWidth, self.height)
        else:
            result = super().wrap(availWidth, availHeight)
            if key is not None and availWidth >= 1e-8 and len(_wrapped) < _PARSED_LIMIT:
                _wrapped[(key, availWidth)] = (self.style, self.blPara, self.height,
                                               tuple(self._wrapWidths))
        self._wrap_memo = (availWidth, self.blPara, self.frags, result)
        return result

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self.__dict__.get("_parse_key") is not None:
            self._parse_key = None  # never share this paragraph's lines from now on
            if "blPara" in self.__dict__:  # lines shared with the cache: make our own
                _ReportlabParagraph.wrap(self, self.width, availHeight)
                self._wrap_memo = None
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]


_replays: dict[tuple[Any, ...], list[str]] = {}


def replay(canvas: Canvas, key: tuple[Any, ...], draw: Callable[[Canvas], None]) -> None:
    """Draw a static page part from the operators it produced the first time in this process.

    ``draw`` must leave the canvas as it found it (balanced saveState/restoreState) and use
    no page resources (fonts, images, transparency): only then are its operators the same
    on every page, whatever came before. ``key`` names the part and its geometry. The
    emblem, the certificate's rosette and border cost ~1.5 ms of Python path building per
    document; appending the recorded operators writes the same bytes.
    """
    ops = _replays.get(key)
    if ops is not None:
        canvas._code.extend(ops)
        return
    start = len(canvas._code)
    draw(canvas)
    _replays[key] = canvas._code[start:]


def draw_emblem(canvas: Canvas, cx: float, cy: float, size: float) -> None:
    """Draw a neutral round emblem (no external image) centred on (cx, cy) (recorded once per
    process and size, see :func:`replay`).

    Used when a branch has no letterhead logo configured: a green disc with a gold ring,
    a white cog (work) and a gold star, drawn with shapes. Not an imitation of the official
    logo; configure ``BranchProfile.logo_path`` for that.
    """
    replay(canvas, ("emblem", cx, cy, size), lambda c: _draw_emblem(c, cx, cy, size))


def _draw_emblem(canvas: Canvas, cx: float, cy: float, size: float) -> None:
    r = size / 2
    canvas.saveState()
    canvas.setFillColor(GREEN)
    canvas.circle(cx, cy, r, stroke=0, fill=1)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(max(0.8, r * 0.05))
    canvas.circle(cx, cy, r * 0.88, stroke=1, fill=0)
    # Cog: 12 teeth around a ring.
    teeth = 12
    outer, inner = r * 0.72, r * 0.58
    path = canvas.beginPath()
    for i in range(teeth * 4):
        angle = 2 * math.pi * i / (teeth * 4) + math.pi / (teeth * 4)
        radius = outer if i % 4 in (1, 2) else inner
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    canvas.setFillColor(colors.white)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(GREEN)
    canvas.circle(cx, cy, r * 0.44, stroke=0, fill=1)
    # Five-pointed star.
    star = canvas.beginPath()
    for i in range(10):
        angle = math.pi / 2 + i * math.pi / 5
        radius = r * 0.32 if i % 2 == 0 else r * 0.13
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        if i == 0:
            star.moveTo(x, y)
        else:
            star.lineTo(x, y)
    star.close()
    canvas.setFillColor(GOLD)
    canvas.drawPath(star, stroke=0, fill=1)
    canvas.restoreState()


_readers = threading.local()


def _logo_reader(source: bytes | Path) -> ImageReader:
    """The decoded logo, kept per thread for the stored bytes or the file (path, size, time).

    Decoding the PNG and converting it to RGB was ~4 ms of every letter, slip and
    certificate of a branch with a logo (a 400 px image). Per thread because a reader
    hands out one file object (JPEG); a worker process has a single thread.
    """
    if isinstance(source, Path):
        stat = source.stat()
        key: tuple[Any, ...] = ("path", str(source), stat.st_size, stat.st_mtime_ns)
    else:
        key = ("bytes", hashlib.sha256(source).digest())
    cache: dict[tuple[Any, ...], ImageReader] | None = getattr(_readers, "cache", None)
    if cache is None:
        cache = _readers.cache = {}
    reader = cache.get(key)
    if reader is None:
        if len(cache) >= 4:
            cache.clear()
        reader = cache[key] = ImageReader(io.BytesIO(source) if isinstance(source, bytes)
                                          else str(source))
    return reader


def draw_logo_or_emblem(
    canvas: Canvas, branch: BranchProfile, x: float, y: float, size: float
) -> None:
    """Draw the branch logo in the square (x, y, size), or the emblem when there is none."""
    if branch.logo:
        try:
            canvas.drawImage(_logo_reader(branch.logo), x, y, width=size,
                             height=size, preserveAspectRatio=True, anchor="c", mask="auto")
            return
        except Exception:  # an unreadable stored image must not stop a document
            log.warning("stored letterhead logo unreadable: emblem printed instead")
    if branch.logo_path:
        path = Path(branch.logo_path)
        if path.is_file():
            canvas.drawImage(
                _logo_reader(path),
                x,
                y,
                width=size,
                height=size,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
            return
    draw_emblem(canvas, x + size / 2, y + size / 2, size)


def fit_font_size(text: str, font: str, size: float, max_width: float, minimum: float) -> float:
    """Largest font size <= ``size`` (down to ``minimum``) at which ``text`` fits."""
    width: float = stringWidth(text, font, size)  # reportlab is untyped
    if width <= max_width:
        return size
    return max(minimum, size * max_width / width)


def draw_letterhead(
    canvas: Canvas, branch: BranchProfile, left: float, right: float, top: float
) -> float:
    """Draw the kop surat between ``left`` and ``right`` below ``top``.

    Layout: logo (or emblem) at left; centred agency name, branch name (bold), address and
    contacts (small); a thick and a thin rule underneath.

    Returns:
        The y coordinate just below the double rule.
    """
    register_fonts()
    logo = 58.0
    canvas.saveState()
    draw_logo_or_emblem(canvas, branch, left, top - logo, logo)
    text_left = left + logo + 8
    text_right = right - 8
    cx = (text_left + text_right) / 2  # centred in the room right of the logo
    width = text_right - text_left

    canvas.setFillColor(GREEN)
    line = "BPJS KETENAGAKERJAAN"
    canvas.setFont(SANS_BOLD, 15)
    canvas.drawCentredString(cx, top - 15, line)
    canvas.setFillColor(colors.black)
    name = branch.name.upper()
    size = fit_font_size(name, SANS_BOLD, 12.5, width, 8)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(cx, top - 31, name)
    address = branch.address
    size = fit_font_size(address, SANS, 8.5, width, 6.5)
    canvas.setFont(SANS, size)
    canvas.drawCentredString(cx, top - 44, address)
    contacts = "  ·  ".join(
        part
        for part in (
            f"Telepon {branch.phone}" if branch.phone else "",
            f"Surel {branch.email}" if branch.email else "",
        )
        if part
    )
    size = fit_font_size(contacts, SANS, 8.5, width, 6.5)
    canvas.setFont(SANS, size)
    canvas.drawCentredString(cx, top - 55, contacts)

    y = top - logo - 8
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(2.2)
    canvas.line(left, y, right, y)
    canvas.setLineWidth(0.6)
    canvas.line(left, y - 3.2, right, y - 3.2)
    canvas.restoreState()
    return y - 3.2


def draw_copy_mark(
    canvas: Canvas,
    page_width: float,
    page_height: float,
    *,
    label_right: float = 24,
    label_top: float = 22,
) -> None:
    """Mark a reprint: a light diagonal "SALINAN" across the page and a boxed label.

    Args:
        canvas: the canvas of the current page.
        page_width, page_height: page size in points.
        label_right, label_top: distance of the boxed label from the right and top edges.
    """
    register_fonts()
    canvas.saveState()
    # Diagonal watermark, light enough to read the text through it.
    canvas.setFillColor(COPY_RED)
    canvas.setFillAlpha(0.09)
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(35)
    canvas.setFont(SANS_BOLD, min(page_width, page_height) * 0.2)
    canvas.drawCentredString(0, -page_height * 0.03, COPY_WORD)
    canvas.restoreState()

    canvas.saveState()
    label = COPY_WORD
    canvas.setFont(SANS_BOLD, 9)
    w = stringWidth(label, SANS_BOLD, 9) + 14
    x = page_width - label_right - w
    y = page_height - label_top
    canvas.setStrokeColor(COPY_RED)
    canvas.setFillColor(colors.white)
    canvas.setLineWidth(1)
    canvas.roundRect(x, y - 3, w, 14, 2, stroke=1, fill=1)
    canvas.setFillColor(COPY_RED)
    canvas.drawCentredString(x + w / 2, y + 1, label)
    canvas.restoreState()


class _VokasiInfo(PDFInfo):  # type: ignore[misc]  # reportlab is untyped
    """Document-information dictionary with the extra ``/VokasiQR`` entry.

    reportlab's ``PDFInfo.format`` builds a fixed dictionary; this is the same dictionary
    plus the QR text.
    """

    qr_text = ""
    created: date | None = None

    def format(self, document: Any) -> bytes:
        stamp: Any = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        if self.created is not None:
            stamp = PDFString(pdf_date(self.created))
        entries: dict[str, Any] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "CreationDate": stamp,
            "ModDate": stamp,
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        if self.qr_text:
            entries[PDF_METADATA_KEY.lstrip("/")] = PDFString(self.qr_text)
        formatted: bytes = PDFDictionary(entries).format(document)
        return formatted


def pdf_date(value: date) -> str:
    """A PDF date string: ``D:20261128`` for a date, with time and UTC offset for an aware
    datetime (``D:20261128093000+07'00'``), without offset for a naive one."""
    if not isinstance(value, datetime):
        return f"D:{value:%Y%m%d}"
    text = f"D:{value:%Y%m%d%H%M%S}"
    offset = value.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{text}{sign}{hours:02d}'{mins:02d}'"


def apply_metadata(
    canvas: Canvas,
    *,
    title: str,
    author: str,
    subject: str,
    qr_text: str,
    created: DateLike | None = None,
) -> None:
    """Set title, author, subject and keywords, and store the QR text under ``/VokasiQR``.

    The QR text is also the document's keywords, so a PDF can be verified without decoding
    the printed code (``signing.extract_qr_text_from_pdf``). ``created`` (the issue date or
    time) becomes the creation and modification date; the canvas is invariant, which would
    otherwise stamp every PDF with 2000-01-01. Output stays deterministic for the same data.
    """
    info = canvas._doc.info
    if not isinstance(info, _VokasiInfo):
        # Change the class in place rather than replacing the object: Platypus keeps a
        # reference to the original info object and puts it back at the end of build().
        info.__class__ = _VokasiInfo
    info.qr_text = qr_text
    info.created = created if isinstance(created, date) else None
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setKeywords(qr_text)
    canvas.setCreator("vokasi-desktop")
    canvas.setProducer("vokasi-desktop (ReportLab)")


STREAM_COMPRESSION_LEVEL = 1
"""zlib level of the PDF streams (pages, font subsets, images). reportlab always uses the
default level 6, which was ~30% of a certificate's CPU time; level 1 takes a third of that
and makes the files ~5% larger (certificate 107 -> 112 KiB). Output stays deterministic."""


class _StreamZlib:
    """Stands in for the ``zlib`` module inside ``reportlab.pdfbase.pdfdoc`` (its only use
    of zlib is compressing and decompressing streams)."""

    @staticmethod
    def compress(data: bytes) -> bytes:
        return zlib.compress(data, STREAM_COMPRESSION_LEVEL)

    decompress = staticmethod(zlib.decompress)


_pdfdoc.zlib = _StreamZlib


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float]) -> Canvas:
    """A deterministic canvas whose default font is DejaVu Sans, not Helvetica."""
    register_fonts()
    return Canvas(
        buffer,
        pagesize=pagesize,
        invariant=1,
        pageCompression=1,
        initialFontName=SANS,
        initialFontSize=10,
    )


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file and rename (no half-written PDFs)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


PAGE_W, PAGE_H = A4
MARGIN_LEFT = 2.5 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 1.4 * cm
MARGIN_BOTTOM = 1.8 * cm
KOP_HEIGHT = 2.75 * cm  # letterhead incl. double rule, first page only


@dataclass(frozen=True, slots=True)
class PortraitMeta:
    """What the A4 portrait page machinery needs besides the story."""

    branch: BranchProfile
    title: str
    subject: str
    qr_text: str
    is_copy: bool
    footer_note: str
    created: DateLike | None = None


def render_portrait(build_story: Callable[[float], list[Flowable]], meta: PortraitMeta) -> bytes:
    """Lay out a Platypus story on A4 portrait pages and return the PDF bytes.

    The first page carries the kop surat, later pages only a footer; every page gets the
    footer note (wrapped to at most two lines) and "Halaman X dari N", and the SALINAN mark
    on copies. The story is laid out once: the canvas holds the finished pages and draws the
    footers when the total is known (laying it out twice to count the pages cost ~40% of a
    letter).

    Args:
        build_story: called with the frame width, returns the flowables.
        meta: letterhead, metadata and copy flag.
    """
    register_fonts()
    return _build_portrait(build_story, meta)


def _build_portrait(build_story: Callable[[float], list[Flowable]], meta: PortraitMeta) -> bytes:
    buffer = io.BytesIO()
    width = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT

    def frame(top_gap: float, frame_id: str) -> Frame:
        return Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            width,
            PAGE_H - MARGIN_TOP - top_gap - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=frame_id,
        )

    def copy_mark(canvas: Canvas, doc: Any) -> None:
        if meta.is_copy:
            canvas.saveState()
            draw_copy_mark(canvas, PAGE_W, PAGE_H)
            canvas.restoreState()

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        y = MARGIN_BOTTOM - 0.75 * cm
        canvas.setStrokeColor(GREY_LINE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, y + 9, PAGE_W - MARGIN_RIGHT, y + 9)
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 7)
        page_text = f"Halaman {page} dari {total}"
        note_width = width - stringWidth(page_text, SANS, 7) - 12
        for i, line in enumerate(simpleSplit(meta.footer_note, SANS, 7, note_width)[:2]):
            canvas.drawString(MARGIN_LEFT, y - i * 8.5, line)
        canvas.drawRightString(PAGE_W - MARGIN_RIGHT, y, page_text)
        canvas.restoreState()

    def first_page(canvas: Canvas, doc: Any) -> None:
        apply_metadata(
            canvas,
            title=meta.title,
            author=meta.branch.name,
            subject=meta.subject,
            qr_text=meta.qr_text,
            created=meta.created,
        )
        draw_letterhead(
            canvas, meta.branch, MARGIN_LEFT, PAGE_W - MARGIN_RIGHT, PAGE_H - MARGIN_TOP
        )
        copy_mark(canvas, doc)

    class FooterCanvas(Canvas):  # type: ignore[misc]
        """Keeps every finished page until ``save`` so its footer can name the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            held = self._held
            for number, state in enumerate(held, start=1):
                self.__dict__.update(state)
                footer(self, number, len(held))
                Canvas.showPage(self)
            Canvas.save(self)

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
        pageCompression=1,
        initialFontName=SANS,
        title=meta.title,
        author=meta.branch.name,
        subject=meta.subject,
        creator="vokasi-desktop",
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[frame(KOP_HEIGHT + 0.45 * cm, "first")], onPage=first_page
            ),
            PageTemplate(id="later", frames=[frame(0.6 * cm, "later")], onPage=copy_mark),
        ]
    )
    doc.build([NextPageTemplate("later"), *build_story(width)], canvasmaker=FooterCanvas)
    return buffer.getvalue()


__all__ = [
    "COPY_WORD",
    "GOLD",
    "GREEN",
    "GREEN_LIGHT",
    "GREY",
    "GREY_LINE",
    "STATUS_FILL",
    "STATUS_TEXT",
    "Paragraph",
    "PortraitMeta",
    "apply_metadata",
    "date_range",
    "draw_copy_mark",
    "draw_emblem",
    "draw_letterhead",
    "draw_logo_or_emblem",
    "ensure_no_full_nik",
    "esc",
    "fit_font_size",
    "format_date",
    "new_canvas",
    "pdf_date",
    "render_portrait",
    "replay",
    "styles",
    "write_atomic",
]


def render_letterhead_preview_bytes(branch: BranchProfile) -> bytes:
    """The top strip of an A4 letter: exactly the letterhead :func:`_build_portrait` prints
    (same function, margins and width), on a page cut just below the double rule. Used by the
    Settings page's live preview."""
    buffer = io.BytesIO()
    height = MARGIN_TOP + KOP_HEIGHT + 0.4 * cm
    canvas = new_canvas(buffer, (PAGE_W, height))
    canvas.setTitle("Pratinjau kop surat")
    draw_letterhead(canvas, branch, MARGIN_LEFT, PAGE_W - MARGIN_RIGHT, height - MARGIN_TOP)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
