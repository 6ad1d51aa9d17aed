"""Showing a PDF written in memory through Qt's print preview, where the person may print it.

Views never open `QPrintPreviewDialog` directly; they hand the bytes to `UiDeps.previewer`, so
a test can collect what would have been shown. Nothing is written to disk here: saving a PDF
is a separate, deliberate action of the view (and audited by the service that writes it).

PySide6-Essentials has no QtPdf, so the pages are rasterized with PDFium (`pypdfium2`) at the
printer's resolution (capped at `MAX_DPI`; the on-screen preview at `PREVIEW_DPI`) and painted on
the `QPrinter` one page at a time, in grey (the documents have no colour): the 114-page list for
posting once took 1.7 GB and 17-76 s as 200-dpi colour images all made before the preview showed.

"Print to file" (PDF) in Qt's print dialog does not go through QPrinter: the document's own PDF
is written to the path typed there by `save_pdf`, created owner-only (0600) from the first byte;
a folder gets `DEFAULT_NAME` inside it; an existing file is replaced only because the print
dialog asked first (Qt asks "already exists. Do you want to overwrite it?").
"""

from __future__ import annotations

import itertools
from collections.abc import Generator
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.security.atomic import atomic_write_bytes, write_new_file

MAX_DPI = 200
PREVIEW_DPI = 96  # the preview is seen on a screen; Print paints again at the printer's resolution
DEFAULT_NAME = "document.pdf"


class PdfPreviewer(Protocol):
    def preview(self, parent: QWidget, title: str, pdf: bytes) -> None:
        """Shows the document with a way to print it (the app: Qt's print preview)."""
        ...


def pdf_pages(pdf: bytes, dpi: int) -> Generator[QImage]:
    """Every page of `pdf` as a greyscale image at `dpi` (PDFium), made when it is asked for."""
    import pypdfium2  # type: ignore[import-untyped]  # noqa: PLC0415 (loaded only when printing)

    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_Grayscale8)  # fmt: skip
            page.close()
            yield image.copy()  # detached from PDFium's buffer
    finally:
        document.close()


def pdf_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi` (PDFium)."""
    return list(pdf_pages(pdf, dpi))


def save_pdf(target: Path, pdf: bytes, *, default_name: str = DEFAULT_NAME, overwrite: bool = False) -> Path:
    """Writes `pdf` where the person chose: `target` itself, or `default_name` inside it when it
    is a folder. The file is owner-only (0600) from its first byte, written whole or not at all.
    An existing file raises FileExistsError unless `overwrite` (the person confirmed it)."""
    path = target / default_name if target.is_dir() else target
    if overwrite and path.exists() and not path.is_dir():
        atomic_write_bytes(path, pdf)  # a temporary 0600 file, fsynced, renamed over the old one
    else:
        write_new_file(path, pdf)
    return path


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paints the pages of `pdf` on `printer`, one printer page each; returns the number of pages.
    A printer that prints to a PDF file gets the document's own PDF, saved by `save_pdf`."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        save_pdf(Path(printer.outputFileName()), pdf, overwrite=True)  # the print dialog asked
        return _page_count(pdf)
    engine = printer.paintEngine()
    preview = engine is not None and engine.type() == QPaintEngine.Type.Picture
    dpi = PREVIEW_DPI if preview else max(72, min(printer.resolution(), MAX_DPI))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    pages = pdf_pages(pdf, dpi)
    first = next(pages, None)
    painter = QPainter()
    if first is None or not painter.begin(printer):
        pages.close()
        return 0
    count = 0
    try:
        for image in itertools.chain([first], pages):
            if count:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size.toSizeF()), image)
            count += 1
    finally:
        painter.end()
        pages.close()
    return count


def _page_count(pdf: bytes) -> int:
    import pypdfium2  # noqa: PLC0415 (loaded only when printing)

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


class PrintPreview:
    """Qt's print preview with its Print button, over the rasterized pages."""

    def preview(self, parent: QWidget, title: str, pdf: bytes) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf))
        dialog.exec()
        dialog.deleteLater()
