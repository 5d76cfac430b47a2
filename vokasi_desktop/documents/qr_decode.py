"""Read the QR codes PRINTED on a PDF's pages (not its metadata): render each page with
PDFium and decode with zxing-cpp. No Qt, so the CLI and the GUI share it (wheels for Linux
and Windows)."""

from __future__ import annotations

from os import PathLike

DPI = 150  # the printed code scans reliably at 150 dpi (about 0.3 s per A4 page)
MAX_PAGES = 10


class QrDecodeUnavailable(RuntimeError):
    """pypdfium2 or zxing-cpp is not installed."""


def printed_qr_texts(path: str | PathLike[str]) -> list[str] | None:
    """The distinct QR texts printed on the first pages of a PDF, in page order.

    Returns ``None`` when the file is not a readable PDF.
    Raises :class:`QrDecodeUnavailable` without the decoding libraries.
    """
    try:
        import pypdfium2 as pdfium
        import zxingcpp
    except ImportError as exc:  # pragma: no cover - both are dependencies
        raise QrDecodeUnavailable(str(exc)) from exc
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    found: list[str] = []
    try:
        for index in range(min(len(doc), MAX_PAGES)):
            page = doc[index]
            image = page.render(scale=DPI / 72).to_pil()
            for result in zxingcpp.read_barcodes(
                    image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)):
                if result.text and result.text not in found:
                    found.append(result.text)
            page.close()
    finally:
        doc.close()
    return found
