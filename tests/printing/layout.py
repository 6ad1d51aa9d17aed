"""Where the text of a PDF lies: every glyph run read back by pypdf with its position.

`page.extract_text(visitor_text=...)` reports each run of text with the current transformation
matrix and the text matrix at its start, its font and size. A run's start on the page is the text
matrix's origin through the CTM; its end is the start plus its advance (the font's widths, from the
same DejaVu metrics the PDF embeds) along the run's direction, so a rotated watermark is measured
along its slant. reportlab writes each drawn string as one BT..ET; a string that switches font
subsets mid-way comes back as several runs with the same matrices, joined here into one.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

import pypdf
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.printing.base import EDGE, FONT, FONT_BOLD, FOOTER_SIZE, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, register_fonts

SLACK = 0.5  # points: rounding of positions in the PDF


@dataclass(frozen=True)
class Run:
    page: int
    text: str
    x0: float  # baseline start, page space (points from the bottom-left corner)
    y0: float
    x1: float  # baseline end
    y1: float
    size: float  # on the page
    bold: bool

    @property
    def rotated(self) -> bool:
        return abs(self.y1 - self.y0) > SLACK

    @property
    def low(self) -> float:  # the descenders' bottom
        return min(self.y0, self.y1) - 0.25 * self.size

    @property
    def high(self) -> float:  # the capitals' top
        return max(self.y0, self.y1) + 0.8 * self.size

    def __str__(self) -> str:
        return f"page {self.page + 1} ({self.x0:.1f},{self.y0:.1f})-({self.x1:.1f},{self.y1:.1f}): {self.text[:60]!r}"


def _apply(matrix: list[float], x: float, y: float, *, move: bool = True) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + (e if move else 0), b * x + d * y + (f if move else 0)


Piece = tuple[str, list[float], list[float], bool, float]  # text, CTM, text matrix, bold, font size


def _run(page: int, piece: Piece) -> Run:
    text, cm, tm, bold, font_size = piece
    x0, y0 = _apply(cm, tm[4], tm[5])
    dx, dy = _apply(cm, tm[0], tm[1], move=False)
    scale = math.hypot(dx, dy)
    size = font_size * scale
    width = stringWidth(text, FONT_BOLD if bold else FONT, size)
    return Run(page, text, x0, y0, x0 + width * dx / scale, y0 + width * dy / scale, size, bold)


class _Visitor:
    """pypdf's `visitor_text`: keeps each run, joining the pieces of one string (same matrices)."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []

    def __call__(self, text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        text = text.replace("\n", "")
        if not text.strip():
            return
        bold = "Bold" in str((font or {}).get("/BaseFont", ""))
        piece = (text, [float(v) for v in cm], [float(v) for v in tm], bold, float(size))
        if self.pieces and self.pieces[-1][1:3] == piece[1:3]:  # the same string, another font subset
            last = self.pieces[-1]
            self.pieces[-1] = (last[0] + text, *last[1:])
        else:
            self.pieces.append(piece)


def runs(pdf: bytes) -> list[Run]:
    """Every text run of every page, in the order of the content streams."""
    register_fonts()
    found: list[Run] = []
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(pdf)).pages):
        visitor = _Visitor()
        page.extract_text(visitor_text=visitor)
        found.extend(_run(number, piece) for piece in visitor.pieces)
    return found


def outside(found: list[Run]) -> list[Run]:
    """The runs not wholly inside the margins: left/right MARGIN, top/bottom EDGE."""
    left, right = MARGIN - SLACK, PAGE_WIDTH - MARGIN + SLACK
    return [
        run
        for run in found
        if not (left <= min(run.x0, run.x1) and max(run.x0, run.x1) <= right)
        or run.low < EDGE - SLACK
        or run.high > PAGE_HEIGHT - EDGE + SLACK
    ]


def overlapping(found: list[Run]) -> list[tuple[Run, Run]]:
    """Pairs of level runs on the same page drawn over each other: their spans overlap across and
    their letters' bodies (baseline to x-height) overlap in height."""
    level = [r for r in found if not r.rotated]
    pairs = []
    for i, a in enumerate(level):
        for b in level[i + 1 :]:
            across = a.x0 < b.x1 - SLACK and b.x0 < a.x1 - SLACK
            if a.page == b.page and across and a.y0 < b.y0 + 0.55 * b.size and b.y0 < a.y0 + 0.55 * a.size:
                pairs.append((a, b))
    return pairs


def is_footer(run: Run) -> bool:
    return abs(run.size - FOOTER_SIZE) < 0.01 and run.y0 < PAGE_HEIGHT / 4  # the hint of the list is at the top


def is_margin_mark(run: Run) -> bool:
    """The CONFIDENTIAL mark at the top and the DUPLICATE watermark across the page."""
    return run.rotated or run.y0 > PAGE_HEIGHT - 11 * 2.835


def squashed(text: str) -> str:
    return "".join(text.split())


def body_text(found: list[Run]) -> str:
    """The text of the body, all pages joined, without the footers and marks, whitespace removed:
    a value broken over lines, or over a page, reads on whole."""
    return squashed("".join(r.text for r in found if not is_footer(r) and not is_margin_mark(r)))


def footer_text(found: list[Run], page: int = 0) -> str:
    return squashed("".join(r.text for r in found if r.page == page and is_footer(r)))
