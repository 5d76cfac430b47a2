"""Bundled DejaVu fonts for reportlab.

reportlab falls back to the built-in Helvetica, which has no glyphs outside Latin-1 and is
not embedded in the PDF. Every style in `documents/` uses the fonts registered here, so the
PDFs look the same on every machine and carry their own fonts.

The TTF files live in the repository's top-level ``resources/fonts`` folder (licence in
``LICENSE-DejaVu.txt`` next to them).

Every document embeds a subset of each face it uses. reportlab builds those subsets anew for
every PDF (read the glyphs, assemble a TrueType file, compress it, format the widths and
the ToUnicode map): about half of a certificate's CPU time went there, for subsets that are
the same in nearly every document (``asciiReadable`` puts all of ASCII in subset 0, so the
subset only changes with the few non-ASCII characters a document uses, in the order it
first uses them). :class:`PreparedTTFont` keeps the finished, compressed objects per
(face, subset) in the process, so a worker prepares each subset once and later documents
copy bytes. The output is byte-for-byte what reportlab writes without the cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

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

SUBSET_CACHE_SIZE = 256
"""Prepared subsets kept per process (about 20 KiB each once compressed)."""


class _Preformatted(pdfdoc.PDFObject):  # type: ignore[misc]
    """A PDF object whose bytes were formatted once (no references inside)."""

    def __init__(self, data: bytes, *, ref_only: bool) -> None:
        self.data = data
        if ref_only:
            self.__RefOnly__ = 1  # a stream: written as its own indirect object

    def format(self, document: Any) -> bytes:
        return self.data


class _PreparedSubset:
    """The document-independent parts of one font subset, formatted and compressed."""

    __slots__ = ("cmap", "font_file", "widths")

    def __init__(self, font: TTFont, base_font_name: str, subset: list[int]) -> None:
        face = font.face
        # A scratch document gives the formatting context (compression on, no encryption);
        # the bytes do not depend on anything else in it.
        scratch = pdfdoc.PDFDocument(compression=1, invariant=1)
        font_file = pdfdoc.PDFStream()
        font_file.content = face.makeSubset(subset)
        font_file.dictionary["Length1"] = len(font_file.content)
        font_file.filters = [pdfdoc.PDFZCompress]
        self.font_file = font_file.format(scratch)
        cmap = pdfdoc.PDFStream()
        cmap.content = makeToUnicodeCMap(base_font_name, subset)
        cmap.filters = [pdfdoc.PDFZCompress]
        self.cmap = cmap.format(scratch)
        self.widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset))).format(scratch)


_subsets: OrderedDict[tuple[str, int, tuple[int, ...]], _PreparedSubset] = OrderedDict()
_subsets_lock = threading.Lock()


def _prepared_subset(font: TTFont, n: int, base_font_name: str, subset: list[int]
                     ) -> _PreparedSubset:
    key = (font.fontName, n, tuple(subset))
    with _subsets_lock:
        found = _subsets.get(key)
        if found is not None:
            _subsets.move_to_end(key)
            return found
    prepared = _PreparedSubset(font, base_font_name, subset)
    with _subsets_lock:
        _subsets[key] = prepared
        while len(_subsets) > SUBSET_CACHE_SIZE:
            _subsets.popitem(last=False)
    return prepared


class PreparedTTFont(TTFont):  # type: ignore[misc]
    """A TTFont that reuses its prepared subsets between documents (see the module note).

    ``addObjects`` mirrors reportlab 5's ``TTFont.addObjects`` and
    ``TTFontFace.addSubsetObjects`` (same objects, names and order); only the formatted
    bytes of the font file, the ToUnicode map and the widths come from the cache. A document
    that is uncompressed or encrypted takes reportlab's own path.
    """

    def addObjects(self, doc: Any) -> None:
        if not doc.compression or not isinstance(doc.encrypt, pdfdoc.NoEncryption):
            super().addObjects(doc)
            return
        state = self._assignState(doc)
        state.frozen = 1
        face = self.face
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        basic_fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = b"".join(
                (SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            prepared = _prepared_subset(self, n, base_font_name, subset)

            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = _Preformatted(prepared.widths, ref_only=False)
            pdf_font.ToUnicode = doc.Reference(
                _Preformatted(prepared.cmap, ref_only=True), "toUnicodeCMap:" + base_font_name)
            font_file_ref = doc.Reference(
                _Preformatted(prepared.font_file, ref_only=True),
                f"fontFile:{face.filename}({base_font_name})")
            descriptor = pdfdoc.PDFDictionary({
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(base_font_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": font_file_ref,
                "MissingWidth": face.defaultWidth,
            })
            pdf_font.FontDescriptor = doc.Reference(
                descriptor, "fontDescriptor:" + base_font_name)
            doc.Reference(pdf_font, internal_name)
            basic_fonts[internal_name] = pdf_font
        del self.state[doc]


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
                pdfmetrics.registerFont(PreparedTTFont(face, str(path)))
            addMapping(family, 0, 0, normal)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
        _registered = True
