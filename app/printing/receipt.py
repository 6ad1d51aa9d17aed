"""The claim receipt ticket, алуу талону (R-CLM-2, R-CLM-3, R-CLM-5, R-CLM-6, R-CLM-10, R-DATA-3).

One A4 page in two parts separated by a dashed cut line: on top the voter's tear-off, below the
commission's copy (signed by the voter and the member, kept with the claim). Both parts carry the
claim number, the date and time of intake in Bishkek time, the claim type in words, the place
(PEC/TEC and precinct), the member, the voter's name as they gave it, the corrections they asked
for, the contact for the answer, the answer date, and a QR code holding the claim number and the
verification code (see verification.py), the code also printed as text. The voter's part also
says in plain language what happens next and by when, the document needed, how to learn the
status (Tizme portal, "Voter's cabinet" / "Шайлоочунун кабинети", hotline) and, for a voter
missing from the list, how to get included and the registration points (R-CLM-6). The type, the
place and every requested value (a sex, a special category, a date) are in the reader's words
(`app.catalogue`, `words.py`); long values wrap. When the commission's copy (measured with its
wrapped rows) does not fit below the voter's, it moves whole to the next page; only a copy taller than
a page (values at their longest) follows the cut line and runs on.

What is on it (R-DATA-3): only what the voter gave and public fields. `ReceiptData` has no field
for a PIN, a birth date or an address from the list, and a PIN offered among the requested
corrections is refused (ValueError). A corrected value the voter asks for (e.g. their new voting
address) is what the voter gave, and is printed so they can check it.

A reprint (`duplicate=True`) is marked ДУБЛИКАТ / КАЙТАЛАНМА (DUPLICATE) in both parts and across
the page; it carries the same code, since the signature is deterministic.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.models.vocabulary import ClaimType, Field, Place
from app.printing.base import FONT, FONT_BOLD, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Footer, Writer, render, wrap
from app.printing.verification import qr_payload
from app.printing.words import Words

__all__ = ["Footer", "ReceiptData", "render_receipt"]

FORBIDDEN_FIELDS = frozenset({"pin", "personal_number", "inn"})  # R-DATA-3: never on a receipt
QR_SIZE = 32 * mm
QR_MASK = 2  # see qr_matrix
COMMISSION_FIXED = 50 * mm  # the commission's copy without its rows: titles, code, signatures, cut line


@dataclass(frozen=True)
class ReceiptData:
    number: str  # precinct-year-sequence
    filed_at: str  # ISO UTC; shown in Bishkek time (UTC+6)
    claim_type: ClaimType
    precinct: str
    place: Place
    member_name: str
    voter_name: str  # as the voter gave it
    requested: Mapping[str, str]  # field -> corrected value, as the voter asked (no PIN)
    contact: str
    answer_by: str  # YYYY-MM-DD
    hotline: str
    verification: str
    duplicate: bool = False
    registration_points: tuple[tuple[str, str, str], ...] = field(default=())  # name, address, phone (R-CLM-6)


def _validate(data: ReceiptData) -> None:
    ClaimType(data.claim_type)  # ValueError if it is none
    Place(data.place)
    forbidden = {key for key in data.requested if key.strip().lower() in FORBIDDEN_FIELDS}
    if forbidden:
        raise ValueError(f"a receipt never shows {', '.join(sorted(forbidden))} (R-DATA-3)")
    for name in ("number", "filed_at", "precinct", "member_name", "answer_by", "verification"):
        if not getattr(data, name).strip():
            raise ValueError(f"receipt without {name}")


def render_receipt(data: ReceiptData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the receipt as a PDF to `out`; returns the number of pages (1, or 2 with many points)."""
    _validate(data)
    words = Words(lang)
    modules = qr_matrix(qr_payload(data.number, data.filed_at, data.verification))

    def body(canvas: Canvas) -> None:
        form = _qr_form(canvas, modules)
        writer = Writer(canvas, top=PAGE_HEIGHT - 12 * mm)
        if data.duplicate:
            writer.on_new_page = lambda w: _watermark(w.canvas, words("receipt.duplicate"))
            _watermark(canvas, words("receipt.duplicate"))
        _part(writer, data, words, form, voter_copy=True)
        needed = _commission_height(writer, data, words)
        if writer.y - writer.bottom < needed <= writer.top - writer.bottom:  # it fits on a page of its own
            writer.new_page()
        else:
            _cut_line(writer, words("receipt.cut"))
        _part(writer, data, words, form, voter_copy=False)

    return render(out, lang=lang, footer=footer, kind=words("receipt.title"), body=body)


def _beside_qr(data: ReceiptData, words: Words) -> list[tuple[str, str, float]]:
    """The rows printed beside the QR code: (label, value, size)."""
    place = words("receipt.place_value", place=words.name(Place(data.place)), precinct=data.precinct)
    return [
        (words("receipt.number"), data.number, 11),
        (words("receipt.filed"), words.time(data.filed_at), 9),
        (words.label(Field.CLAIM_TYPE), words.name(ClaimType(data.claim_type)), 9),
        (words("receipt.place"), place, 9),
        (words("receipt.member"), data.member_name, 9),
        (words("receipt.voter"), data.voter_name, 9),
    ]


def _below_qr(data: ReceiptData, words: Words) -> list[tuple[str, str, float]]:
    """The rows of the full width: what the voter asked, the contact, the answer date."""
    empty = words("empty")
    requested = "\n".join(f"{words.label(key)}: {words.value(key, value)}" for key, value in data.requested.items())
    return [
        (words("receipt.requested"), requested or empty, 9),
        (words.label(Field.CONTACT), data.contact or empty, 9),
        (words("receipt.answer_by"), words("receipt.answer_by_value", date=words.date(data.answer_by)), 9),
    ]


def _commission_height(writer: Writer, data: ReceiptData, words: Words) -> float:
    """How tall the commission's copy will be, so that it is moved whole to a new page if needed."""
    narrow = writer.width - QR_SIZE * 0.8 - 3 * mm
    beside = sum(writer.row_height(*row[:2], size=row[2], width=narrow) for row in _beside_qr(data, words))
    below = sum(writer.row_height(*row[:2], size=row[2]) for row in _below_qr(data, words))
    return COMMISSION_FIXED + max(beside, QR_SIZE * 0.8 + 5 * mm) + below


def _part(writer: Writer, data: ReceiptData, words: Words, qr_form: str, *, voter_copy: bool) -> None:
    canvas = writer.canvas
    size = QR_SIZE if voter_copy else QR_SIZE * 0.8
    writer.ensure(size + 12 * mm)
    top = writer.y
    caption = _qr(canvas, qr_form, writer.right - size, top - size - 1 * mm, size=size, caption=words("receipt.qr"))
    full_right = writer.right
    writer.right = full_right - size - 3 * mm
    writer.centered(words("receipt.title"), size=12)
    writer.centered(words("receipt.voter_part" if voter_copy else "receipt.commission_part"), size=8, bold=False)
    if data.duplicate:
        writer.centered(words("receipt.duplicate"), size=14)
    writer.space(1 * mm)
    for label, value, font_size in _beside_qr(data, words):
        writer.row(label, value, size=font_size)
    writer.right = full_right
    for label, value, font_size in _below_qr(data, words):
        writer.row(label, value, size=font_size)
    writer.y = min(writer.y, caption - 2 * mm)
    writer.row(words("receipt.code"), _code_lines(data.verification), size=8)
    if voter_copy:
        _voter_guidance(writer, data, words)
    else:
        _signatures(writer, words)


def _signatures(writer: Writer, words: Words) -> None:
    canvas = writer.canvas
    writer.space(9 * mm)
    writer.ensure(8 * mm)
    half = writer.width / 2
    canvas.setLineWidth(0.5)
    canvas.line(writer.left, writer.y, writer.left + half - 10 * mm, writer.y)
    canvas.line(writer.left + half, writer.y, writer.right, writer.y)
    writer.space(3.5 * mm)
    canvas.setFont(FONT, 8)
    canvas.drawString(writer.left, writer.y, words("receipt.voter_signature"))
    canvas.drawString(writer.left + half, writer.y, words("receipt.member_signature"))


def _voter_guidance(writer: Writer, data: ReceiptData, words: Words) -> None:
    """R-CLM-10 in plain language; R-CLM-6 for a voter missing from the list."""
    writer.space(1 * mm)
    writer.para(words("receipt.next"), size=10, bold=True)
    writer.para(words("receipt.next_common", date=words.date(data.answer_by)), size=9)
    writer.para(words(f"receipt.next.{ClaimType(data.claim_type).value}"), size=9)
    writer.para(words("receipt.documents"), size=9)
    writer.space(1 * mm)
    writer.para(words("receipt.status"), size=10, bold=True)
    writer.para(words("receipt.status_text", hotline=data.hotline), size=9)
    if data.claim_type == ClaimType.MISSING:
        writer.space(1 * mm)
        writer.para(words("receipt.points"), size=10, bold=True)
        if not data.registration_points:
            writer.para(words("receipt.no_points", hotline=data.hotline), size=9)
        for name, address, phone in data.registration_points:
            writer.para(f"• {name} — {address}" + (f", ☎ {phone}" if phone else ""), size=9, indent=3 * mm)


def _code_lines(code: str, per_line: int = 8) -> str:
    """The grouped code on lines of `per_line` groups, so that it wraps at a hyphen."""
    groups = code.split("-")
    return "\n".join("-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules (level M) of a receipt payload, dark = True.

    The code part, base32, goes in alphanumeric mode and the rest in byte mode, which keeps the
    symbol at version 7. The mask is fixed (`QR_MASK`) instead of searched: reportlab scores all
    eight masks in pure Python, ~40 ms, most of a receipt's time, and the payload is mostly a
    signature, random-looking, for which the masks score alike; any mask is valid for a decoder,
    and the tests decode the printed symbol.
    """
    head, sep, code = payload.rpartition("|")
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(head + sep)
    qr.addData(code)
    qr.version = qr.calculate_version()  # type: ignore[no-untyped-call]
    qr.makeImpl(False, QR_MASK)
    return [[bool(module) for module in row] for row in qr.modules]


def _qr_form(canvas: Canvas, modules: list[list[bool]]) -> str:
    """Defines the QR symbol once, as a form of 1x1 point with a quiet zone of 2 modules."""
    name = "receipt-qr"
    count = len(modules)
    box = 1 / (count + 4)
    canvas.beginForm(name, lowerx=0, lowery=0, upperx=1, uppery=1)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect((c + 2) * box, 1 - (r + 3) * box, length * box, box)
            c += length
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.endForm()
    return name


def _qr(canvas: Canvas, form: str, x: float, y: float, *, size: float, caption: str) -> float:
    """Draws the QR code with its caption wrapped beneath; returns the caption's lowest baseline."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size, size)
    canvas.doForm(form)
    canvas.restoreState()
    canvas.setFont(FONT, 6)
    baseline = y
    for i, line in enumerate(wrap(caption, FONT, 6, size)):
        baseline = y - 2 * mm - i * 7
        canvas.drawCentredString(x + size / 2, baseline, line)
    return baseline


def _cut_line(writer: Writer, text: str) -> None:
    canvas = writer.canvas
    writer.space(3 * mm)
    canvas.saveState()
    canvas.setDash(5, 3)
    canvas.setLineWidth(0.6)
    mid = (writer.left + writer.right) / 2
    canvas.line(writer.left - 8 * mm, writer.y, mid - 25 * mm, writer.y)
    canvas.line(mid + 25 * mm, writer.y, writer.right + 8 * mm, writer.y)
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(mid, writer.y - 1, text)
    canvas.restoreState()
    writer.space(5 * mm)


def _watermark(canvas: Canvas, text: str) -> None:
    """`text` across the page at 35°, as large as fits between the margins."""
    across = stringWidth(text, FONT_BOLD, 44) * math.cos(math.radians(35))
    size = min(44.0, 44 * (PAGE_WIDTH - 2 * MARGIN - 4 * mm) / across)
    canvas.saveState()
    canvas.setFillGray(0.85)
    canvas.setFont(FONT_BOLD, size)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()
