"""PDF preview (QtPdf) with page navigation, zoom, Print, Save as and Open folder.

The counter screen and the enrolment list call :func:`show_pdf_preview` right after issuing a
document; the dialog is non-modal (``show()``), so the clerk can keep working and a test never
blocks on it.

Printing renders each page with ``QPdfDocument.render`` into an image at the printer's
resolution (capped, see :data:`MAX_PRINT_DPI`) and paints it onto the ``QPrinter`` page: Qt has
no "send this PDF to the printer" call, and the PDF is small (one to three pages).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from vokasi_desktop.ui import messages, outputs, prompts
from vokasi_desktop.ui.generated.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from vokasi_desktop.ui.geometry import PREVIEW_SIZE, fit_window
from vokasi_desktop.ui.widgets import show_message

log = logging.getLogger(__name__)

# A4 at 1200 dpi is a 560 MB image; 300 dpi (35 MB) is more than the QR code and the text need.
MAX_PRINT_DPI = 300
ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
FIT_WIDTH = "fit_width"
FIT_PAGE = "fit_page"


class PrintError(Exception):
    """Printing could not start or a page could not be rendered (translated message)."""


def ask_printer(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """Show the print dialog for ``printer``; True when the user pressed Print.

    Module-level so tests replace it (a modal ``exec()`` hangs offscreen, NOTES.md).
    """
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", "Print"))
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def new_printer(title: str, first_page_landscape: bool) -> QPrinter:
    """A high-resolution printer set up for the document (name, orientation)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    target = outputs.printed_pdf_path(title)
    printer.setDocName(target.stem)  # no "/" of the document number: Qt derives file names
    if not QPrinterInfo.availablePrinters():
        # Only "print to PDF" is possible: suggest a writable file in the documents folder.
        target.parent.mkdir(parents=True, exist_ok=True)
        printer.setOutputFileName(str(target))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if first_page_landscape
                               else QPageLayout.Orientation.Portrait)
    return printer


def _is_landscape(document: QPdfDocument, page: int) -> bool:
    size = document.pagePointSize(page)
    return size.width() > size.height()


def _selected_pages(printer: QPrinter, page_count: int) -> list[int]:
    """0-based pages the user chose in the print dialog (all when no range was given)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        return list(range(page_count))
    first = max(first, 1)
    last = min(last if last > 0 else page_count, page_count)
    return list(range(first - 1, last))


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument,
                page: int) -> None:
    """Render one PDF page into the printable area, keeping its aspect ratio."""
    target = printer.pageRect(QPrinter.Unit.DevicePixel)
    area = QRectF(0, 0, target.width(), target.height())  # painter origin = printable area
    points = document.pagePointSize(page)
    rotate = (points.width() > points.height()) != (area.width() > area.height())
    page_w, page_h = ((points.height(), points.width()) if rotate
                      else (points.width(), points.height()))
    scale = min(area.width() / page_w, area.height() / page_h)
    draw_w, draw_h = page_w * scale, page_h * scale
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    pixel_size = QSize(max(1, round(points.width() / 72 * dpi)),
                       max(1, round(points.height() / 72 * dpi)))
    image: QImage = document.render(page, pixel_size)
    if image.isNull():
        raise PrintError(QCoreApplication.translate(
            "PdfPreviewDialog", "Page %1 could not be rendered.").replace("%1", str(page + 1)))
    rect = QRectF(area.x() + (area.width() - draw_w) / 2, area.y() + (area.height() - draw_h) / 2,
                  draw_w, draw_h)
    painter.save()
    if rotate:
        # Draw the page turned a quarter to the right, centred on the printable area.
        painter.translate(rect.center())
        painter.rotate(90)
        painter.translate(-rect.height() / 2, -rect.width() / 2)
        painter.drawImage(QRectF(0, 0, rect.height(), rect.width()), image)
    else:
        painter.drawImage(rect, image)
    painter.restore()


def print_documents(printer: QPrinter, documents: Iterable[QPdfDocument],
                    pages: Sequence[int] | None = None) -> int:
    """Paint ``documents`` one after the other onto ``printer``; returns the pages printed.

    ``pages`` (0-based) applies to every document; None prints all of them.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "PdfPreviewDialog",
            "The printer could not be started. Check that it is connected and switched on."))
    printed = 0
    try:
        for document in documents:
            wanted = pages if pages is not None else range(document.pageCount())
            for page in wanted:
                if not 0 <= page < document.pageCount():
                    continue
                if printed and not printer.newPage():
                    raise PrintError(QCoreApplication.translate(
                        "PdfPreviewDialog", "The printer refused a new page."))
                _paint_page(painter, printer, document, page)
                printed += 1
    finally:
        painter.end()
    return printed


def load_pdf(path: Path, parent: QWidget | None = None) -> QPdfDocument:
    """Open a PDF with QtPdf; raises PrintError (translated) when it cannot be read."""
    # PySide6 6.12's stub makes the parent required; Qt's constructor takes None (no parent).
    document = QPdfDocument(parent)  # type: ignore[arg-type]
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        document.deleteLater()
        raise PrintError(QCoreApplication.translate(
            "PdfPreviewDialog", "The PDF file %1 cannot be opened.").replace("%1", str(path)))
    return document


def print_pdf_files(parent: QWidget | None, paths: Sequence[Path], title: str) -> int:
    """Ask for a printer once and print every file (a class's certificates); 0 if cancelled.

    Errors are shown to the user; the number of pages printed is returned.
    """
    if not paths:
        return 0
    documents: list[QPdfDocument] = []
    try:
        for path in paths:
            documents.append(load_pdf(path))
        printer = new_printer(title, _is_landscape(documents[0], 0))
        total_pages = sum(d.pageCount() for d in documents)
        if not ask_printer(parent, printer, total_pages):
            return 0
        return print_documents(printer, documents)
    except PrintError as exc:
        messages.error(parent, QCoreApplication.translate("PdfPreviewDialog", "Print"), str(exc))
        return 0
    finally:
        for document in documents:
            document.close()
            document.deleteLater()


class PdfPreviewDialog(QDialog):
    """A PDF file shown with QtPdf; closing the dialog does not delete the file.

    Attributes:
        path: the file shown (and copied by Save as).
        document: the loaded ``QPdfDocument``.
        title: the document's title (window title, printer job name).
    """

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.path = Path(path)
        self.title = title
        self.setWindowTitle(self.tr("%1 — preview").replace("%1", title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        ui = self.ui
        style = self.style()
        ui.previousButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        ui.nextButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        ui.zoomCombo.addItem(self.tr("Fit width"), FIT_WIDTH)
        ui.zoomCombo.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0):
            ui.zoomCombo.addItem(f"{round(factor * 100)} %", factor)

        self.document = QPdfDocument(self)
        error = self.document.load(str(self.path))
        self.loaded = error == QPdfDocument.Error.None_
        view = ui.pdfView
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        navigator = view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)

        pages = self.page_count
        ui.pageSpin.setRange(1, max(pages, 1))
        ui.pageCountLabel.setText(self.tr("of %1").replace("%1", str(pages)))
        ui.pageSpin.valueChanged.connect(self._page_chosen)
        ui.previousButton.clicked.connect(self.previous_page)
        ui.nextButton.clicked.connect(self.next_page)
        ui.zoomCombo.currentIndexChanged.connect(self._zoom_chosen)
        ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        ui.printButton.clicked.connect(self.print_document)
        ui.saveButton.clicked.connect(self.save_as)
        ui.folderButton.clicked.connect(self.open_folder)
        ui.closeButton.clicked.connect(self.close)
        shortcuts = (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
        )
        for key, slot in shortcuts:
            QShortcut(key, self, slot)
        for button in (ui.printButton, ui.saveButton):
            button.setEnabled(self.loaded)
        if self.loaded:
            show_message(ui.infoLabel, str(self.path), "hint")
        else:
            show_message(ui.infoLabel, self.tr("The PDF file %1 cannot be opened.").replace(
                "%1", str(self.path)), "error")
        self._update_buttons()
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- navigation and zoom ----------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.loaded else 0

    @property
    def current_page(self) -> int:
        """0-based page shown at the top of the view."""
        return self.ui.pdfView.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show the 0-based ``page`` (clamped to the document)."""
        if not self.page_count:
            return
        page = max(0, min(page, self.page_count - 1))
        navigator = self.ui.pdfView.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _page_chosen(self, value: int) -> None:
        if value - 1 != self.current_page:
            self.go_to_page(value - 1)

    def _page_changed(self, page: int) -> None:
        spin = self.ui.pageSpin
        spin.blockSignals(True)
        spin.setValue(page + 1)
        spin.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page, count = self.current_page, self.page_count
        self.ui.previousButton.setEnabled(page > 0)
        self.ui.nextButton.setEnabled(page < count - 1)

    def set_zoom(self, zoom: float | str) -> None:
        """``FIT_WIDTH``, ``FIT_PAGE`` or a factor (1.0 = 100 %)."""
        view = self.ui.pdfView
        if zoom == FIT_WIDTH:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(float(zoom))
        combo = self.ui.zoomCombo
        index = combo.findData(zoom)
        combo.blockSignals(True)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setCurrentIndex(-1)
            combo.setToolTip(f"{round(float(zoom) * 100)} %")
        combo.blockSignals(False)

    def zoom_factor(self) -> float:
        return float(self.ui.pdfView.zoomFactor())

    def step_zoom(self, direction: int) -> None:
        """One step in or out from the factor shown now (also from a fit mode)."""
        current = self.zoom_factor()
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 0.01]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _zoom_chosen(self) -> None:
        data = self.ui.zoomCombo.currentData()
        if data is not None:
            self.set_zoom(data)

    # -- actions ------------------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages the printer asks for (all by default); returns pages printed."""
        return print_documents(printer, [self.document],
                               _selected_pages(printer, self.page_count))

    def print_document(self) -> None:
        """Print… : choose a printer and pages, then print."""
        if not self.loaded:
            return
        printer = new_printer(self.title, _is_landscape(self.document, 0))
        if not ask_printer(self, printer, self.page_count):
            return
        try:
            printed = self.print_to(printer)
        except PrintError as exc:
            messages.error(self, self.tr("Print"), str(exc))
            return
        where = printer.outputFileName() or printer.printerName()
        show_message(self.ui.infoLabel, self.tr("%1 page(s) sent to %2.").replace(
            "%1", str(printed)).replace("%2", where), "ok")

    def save_as(self) -> Path | None:
        """Save as… : copy the PDF elsewhere; returns the new path (None if cancelled)."""
        if not self.loaded:
            return None
        target = prompts.ask_save_path(self, self.tr("Save PDF as"), self.path,
                                       self.tr("PDF documents (*.pdf)"))
        if target is None:
            return None
        try:
            if target.resolve() != self.path.resolve():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.path, target)
        except OSError as exc:
            messages.error(self, self.tr("Save PDF as"), self.tr(
                "The file could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return None
        show_message(self.ui.infoLabel, self.tr("Saved: %1").replace("%1", str(target)), "ok")
        return target

    def open_folder(self) -> None:
        """Show the file's folder in the system file manager."""
        if not prompts.open_folder(self.path):
            messages.warn(self, self.tr("Open folder"), self.tr(
                "The folder %1 could not be opened.").replace("%1", str(self.path.parent)))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let go of the file (QPdfDocument keeps it open; Windows would lock it).
        self.document.close()
        super().closeEvent(event)


_parentless: set[PdfPreviewDialog] = set()


def open_pdf_preview(parent: QWidget | None, path: Path, title: str) -> PdfPreviewDialog:
    """Show ``path`` in a new non-modal preview window and return it.

    The window deletes itself when closed; a window without a parent is kept alive here.
    """
    dialog = PdfPreviewDialog(Path(path), title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if parent is None:
        _parentless.add(dialog)
        dialog.finished.connect(lambda _result: _parentless.discard(dialog))
    fit_window(dialog, PREVIEW_SIZE, parent=parent)  # 900x900 does not fit 1366x768
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_pdf_preview(parent: QWidget | None, path: Path, title: str) -> None:
    """Show ``path`` in a non-modal preview window (print, save as, open folder)."""
    open_pdf_preview(parent, path, title)
