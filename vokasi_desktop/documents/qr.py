"""QR codes drawn as vector rectangles into reportlab output.

segno encodes (error correction level M); the modules are drawn as filled rectangles, one
per horizontal run of dark modules, inside a single path: crisp at any zoom or printer
resolution, and smaller and faster than embedding a PNG.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import segno
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

try:
    import zxingcpp as _zxing
except ImportError:  # pragma: no cover - a declared dependency; segno still encodes
    _zxing = None  # type: ignore[assignment]

QUIET_ZONE = 4
"""Light modules around the symbol required by ISO/IEC 18004."""

QR_MASK = 0
"""A fixed data mask. Letting segno try all eight and score them costs 12-18 ms per code
(44% of a certificate); any mask is valid per ISO/IEC 18004 and a fixed one encodes the
same text in ~2.4 ms. zxing-cpp likewise spends ~85% of its encoding choosing the mask
(0.7-0.9 ms of a 290-character text; 0.12 ms with ``data_mask``). Printed codes are
decoded with zbarimg/zxing in the tests."""


_DARK_RUN = re.compile(b"\x00+")
"""A horizontal run of dark modules in a row of :func:`_qr_rows` (0 = dark)."""


@lru_cache(maxsize=64)
def _qr_rows(text: str) -> tuple[bytes, ...]:
    """Encode ``text`` (level M, never micro QR): one ``bytes`` per row, 0 = dark module.

    The quiet zone is not included. zxing-cpp (already a dependency for reading printed
    codes) encodes a document's ~300-character QR text in C++ in ~0.1 ms with the fixed
    mask; segno needs ~5 ms even with a fixed mask. segno remains the fallback
    (zxing-cpp missing, or text that is not ASCII, where the two libraries could pick
    different character encodings). Recent results are cached: rendering the same document
    twice (bytes to hash, then a reprint) encodes once.
    """
    if _zxing is not None and text.isascii():
        # data_mask: zxing-cpp 3 (older versions ignore the option and choose the mask).
        barcode = _zxing.create_barcode(text, _zxing.BarcodeFormat.QRCode, ec_level="M",
                                        data_mask=QR_MASK)
        image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
        n = len(image)  # rows (the image is n x n, one byte per module)
        raw = image.tobytes()  # one byte per module, 0 = dark
        return tuple(raw[r * n:(r + 1) * n] for r in range(n))
    code = segno.make(text, error="m", micro=False, boost_error=False, mask=QR_MASK)
    return tuple(bytes(0 if cell else 255 for cell in row) for row in code.matrix)


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Encode ``text`` (level M, never micro QR) and return its rows of dark/light modules
    (True = dark; quiet zone not included). See :func:`_qr_rows`."""
    return tuple(tuple(b == 0 for b in row) for row in _qr_rows(text))


def _runs(matrix: Sequence[Sequence[bool]]) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length)."""
    return [
        (r, m.start(), m.end() - m.start())
        for r, row in enumerate(_as_rows(matrix))
        for m in _DARK_RUN.finditer(row)
    ]


def _as_rows(matrix: Sequence[Sequence[bool]]) -> list[bytes]:
    return [bytes(0 if cell else 255 for cell in row) for row in matrix]


def _rectangles(matrix: Sequence[Sequence[bool]]) -> list[tuple[int, int, int, int]]:
    """Dark modules as rectangles (row, column, width, height) in module units."""
    return _row_rectangles(_as_rows(matrix))


def _row_rectangles(rows: Sequence[bytes]) -> list[tuple[int, int, int, int]]:
    """Dark modules of ``rows`` (0 = dark) as rectangles (row, column, width, height).

    Horizontal runs are stacked with identical runs in the rows below, which cuts the number
    of rectangles (and the PDF operators) by about a third. The runs are found by a regular
    expression over each row's bytes (C speed) and stacked with set operations.
    """
    open_runs: dict[tuple[int, int], int] = {}  # (first column, end column) -> top row
    done: list[tuple[int, int, int, int]] = []
    for r, row in enumerate(rows):
        current = {m.span() for m in _DARK_RUN.finditer(row)}
        for key in open_runs.keys() - current:
            top = open_runs.pop(key)
            done.append((top, key[0], key[1] - key[0], r - top))
        for key in current.difference(open_runs):
            open_runs[key] = r
    n = len(rows)
    for (start, end), top in open_runs.items():
        done.append((top, start, end - start, n - top))
    done.sort()
    return done


@lru_cache(maxsize=64)
def _qr_path(text: str) -> tuple[int, str]:
    """(modules per side, PDF path operators filling every dark module in module units)."""
    rows = _qr_rows(text)
    n = len(rows)
    ops = [f"{c} {n - top - h} {w} {h} re" for top, c, w, h in _row_rectangles(rows)]
    ops.append("f")
    return n, "\n".join(ops)


def draw_qr(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    border: int = QUIET_ZONE,
    background: colors.Color | None = colors.white,
    foreground: colors.Color = colors.black,
) -> None:
    """Draw a QR code for ``text`` with its lower-left corner at (x, y).

    Args:
        canvas: the reportlab canvas.
        text: the text to encode.
        x, y: lower-left corner in points.
        size: width and height in points, quiet zone included.
        border: quiet-zone width in modules.
        background: colour painted behind the code (``None`` leaves it transparent).
        foreground: module colour.
    """
    n, path = _qr_path(text)
    module = size / (n + 2 * border)
    canvas.saveState()
    if background is not None:
        canvas.setFillColor(background)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(foreground)
    # Work in module units with integer coordinates, and emit all rectangles as one path
    # filled once: no hairline seams between modules, and ~1,000 rectangles are written
    # without reportlab's per-number float formatting (the slow part of path.rect()).
    canvas.translate(x + border * module, y + border * module)
    canvas.scale(module, module)
    canvas.addLiteral(path)
    canvas.restoreState()


def qr_drawing(text: str, size: float, *, border: int = QUIET_ZONE) -> Drawing:
    """Return the QR code as a reportlab ``Drawing`` of ``size`` x ``size`` points."""
    matrix = qr_matrix(text)
    n = len(matrix)
    module = size / (n + 2 * border)
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for r, c, length in _runs(matrix):
        drawing.add(
            Rect(
                (border + c) * module,
                size - (border + r + 1) * module,
                length * module,
                module,
                fillColor=colors.black,
                strokeColor=None,
                strokeWidth=0,
            )
        )
    return drawing


class QRFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A Platypus flowable showing a QR code, ``size`` points square (quiet zone included)."""

    def __init__(self, text: str, size: float, *, border: int = QUIET_ZONE) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.border = border
        self.width = size
        self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size, border=self.border)
