"""Showing a PDF written in memory through Qt's print preview, where the person may print it.

Views never open `QPrintPreviewDialog` directly; they hand the bytes to `UiDeps.previewer`, so
a test can collect what would have been shown. Nothing is written to disk here: saving a PDF
is a separate, deliberate action of the view (and audited by the service that writes it).

PySide6-Essentials has no QtPdf, so the pages are rasterized with PDFium (`pypdfium2`) at the
printer's resolution (capped at `MAX_DPI`) and painted on the `QPrinter` page by page.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_DPI = 200


class PdfPreviewer(Protocol):
    def preview(self, parent: QWidget, title: str, pdf: bytes) -> None:
        """Shows the document with a way to print it (the app: Qt's print preview)."""
        ...


def pdf_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi` (PDFium)."""
    import pypdfium2  # type: ignore[import-untyped]  # noqa: PLC0415 (loaded only when printing)
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]  # noqa: PLC0415

    document = pypdfium2.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_ARGB32)  # fmt: skip
            images.append(image.copy())  # detached from PDFium's buffer
            page.close()
    finally:
        document.close()
    return images


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paints the pages of `pdf` on `printer`, one printer page each; returns the number of pages."""
    dpi = max(72, min(printer.resolution(), MAX_DPI))
    images = pdf_images(pdf, dpi)
    if not images:
        return 0
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size.toSizeF()), image)
    finally:
        painter.end()
    return len(images)


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
