"""Bundled DejaVu fonts for reportlab.

reportlab falls back to the built-in Helvetica, which has no glyphs outside Latin-1 and is
not embedded in the PDF. Every style in `documents/` uses the fonts registered here, so the
PDFs look the same on every machine and carry their own fonts.

The TTF files live in the repository's top-level ``resources/fonts`` folder (licence in
``LICENSE-DejaVu.txt`` next to them).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vokasi_desktop.paths import resources_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"
SERIF_BOLD_ITALIC = "DejaVuSerif-BoldItalic"

# (family, normal, bold, italic, bold italic); the registered name equals the file stem.
_FAMILIES: tuple[tuple[str, str, str, str, str], ...] = (
    (SANS, SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC),
    (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
)

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """Return the folder holding the bundled TTF files."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the bundled DejaVu faces with reportlab (idempotent, thread-safe).

    Also maps each family's bold/italic variants so ``<b>`` and ``<i>`` in Paragraph
    markup pick the DejaVu faces instead of Helvetica.

    Raises:
        FileNotFoundError: a font file is missing from ``resources/fonts``.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for family, normal, bold, italic, bold_italic in _FAMILIES:
            for face in (normal, bold, italic, bold_italic):
                path = folder / f"{face}.ttf"
                if not path.is_file():
                    raise FileNotFoundError(f"Berkas huruf tidak ditemukan: {path}")
                pdfmetrics.registerFont(TTFont(face, str(path)))
            addMapping(family, 0, 0, normal)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
        _registered = True
