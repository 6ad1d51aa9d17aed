"""Saved PDFs (issue 12 point 9; R-SEC-10): owner-only from the first byte, exactly where the person
chose (a typed folder gets the default name inside it, a full path is kept), never over an existing
file unless the person confirmed it; read back with pypdf. "Print to file" in Qt's print dialog
writes the document's own PDF the same way."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen.canvas import Canvas

from app.ui.common.pdf_preview import DEFAULT_NAME, paint_pdf, save_pdf


def pdf(text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages).strip()


def test_a_typed_folder_gets_the_default_name_inside_it_0600(tmp_path: Path) -> None:
    """R-SEC-10: a folder typed as the target holds the new file, mode 0600 under a permissive umask."""
    import os

    old = os.umask(0o022)
    try:
        saved = save_pdf(tmp_path, pdf("first"))
    finally:
        os.umask(old)
    assert saved == tmp_path / DEFAULT_NAME and mode(saved) == 0o600 and text(saved) == "first"


def test_a_full_path_is_kept_and_an_existing_file_needs_confirmation(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "list.pdf"
    target.parent.mkdir()
    assert save_pdf(target, pdf("first")) == target and mode(target) == 0o600
    with pytest.raises(FileExistsError):
        save_pdf(target, pdf("second"))  # not confirmed: the old file stays
    assert text(target) == "first"
    target.chmod(0o644)
    save_pdf(target, pdf("second"), overwrite=True)  # confirmed in the dialog: replaced whole
    assert text(target) == "second" and mode(target) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["list.pdf"]  # no temporary file left


def test_print_to_file_writes_the_documents_own_pdf_0600(qapp: QApplication, tmp_path: Path) -> None:
    """Qt's print dialog "Print to file": the path typed there gets the PDF itself, owner-only."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, pdf("printed")) == 1
    assert mode(tmp_path / "printed.pdf") == 0o600 and text(tmp_path / "printed.pdf") == "printed"
    printer.setOutputFileName(str(tmp_path))  # a folder typed as the output file
    assert paint_pdf(printer, pdf("in folder")) == 1
    assert mode(tmp_path / DEFAULT_NAME) == 0o600 and text(tmp_path / DEFAULT_NAME) == "in folder"
