"""Helpers for the printing tests: every PDF is read back, as text and, for QR codes, as pixels.

Text: pypdf (pure Python, the reference extractor) and pypdfium2 (PDFium, fast enough for the
114-page posting list). QR: the page is rendered by pypdfium2 and decoded by zxing-cpp, both
wheels from PyPI that work headless, so the QR test reads what a scanner would see.
"""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models.vocabulary import Role
from app.printing.base import Footer


def pdf_pages(data: bytes, only: tuple[int, ...] | None = None) -> list[str]:
    """The text of each page (or of the `only` ones), by pypdf, whitespace runs as one space."""
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    chosen = [pages[i] for i in only] if only is not None else list(pages)
    return [" ".join(page.extract_text().split()) for page in chosen]


def pdf_lines(data: bytes) -> list[list[str]]:
    """The text lines of each page, by PDFium."""
    document = pypdfium2.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_bounded().splitlines() for i in range(len(document))]
    finally:
        document.close()


def qr_codes(data: bytes, page: int = 0, scale: float = 3) -> list[str]:
    """The QR codes a scanner reads on a rendered page."""
    document = pypdfium2.PdfDocument(data)
    try:
        image = document[page].render(scale=scale).to_pil()
    finally:
        document.close()
    return [result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


@pytest.fixture(scope="session")
def device_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def footer() -> Footer:
    return Footer(user="Өмүрбекова Гүлнара", printed_at="2026-09-01T09:16:00Z", role=Role.SECRETARY)
