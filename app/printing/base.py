"""What every printed document shares: the font, the footer, page x/y, times and a text cursor.

Decisions (DESIGN.md "Layering": Qt-free, reportlab only):

- One font family, DejaVu Sans and DejaVu Sans Bold shipped in resources/fonts/ (license beside
  them), registered with reportlab once per process. It has Kyrgyz Ң ң Ө ө Ү ү; reportlab embeds a
  subset with a ToUnicode map, so the text is searchable and extractable from the PDF.
- Every page carries the footer "user · printed at · page x/y". The total is known only at the
  end, so the canvas keeps each finished page and draws the footers when the document is saved
  (`_NumberedCanvas`); a 6,000-name list is ~120 pages of a few kilobytes each.
- Times are stored as ISO 8601 UTC and shown in Bishkek time, UTC+6 (Kyrgyzstan has kept no
  daylight-saving time since 2005), as "DD.MM.YYYY HH:MM (UTC+6)"; a time without a zone is UTC.
  Dates (YYYY-MM-DD) are shown as DD.MM.YYYY.
- Languages: "ky" (default), "ru", "en"; each document module holds its own small label table
  and checks that every language has the same keys (a missing translation fails at import).
- The PDF's metadata carries the document kind only, never a name or a number of a person.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.paths import resources_dir

FONT = "PECDeskSans"
FONT_BOLD = "PECDeskSans-Bold"
LANGUAGES = ("ky", "ru", "en")
BISHKEK = dt.timezone(dt.timedelta(hours=6), "UTC+6")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FOOTER_Y = 9 * mm

_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Registers the shipped DejaVu Sans (regular and bold) with reportlab, once."""
    global _fonts_ready  # noqa: PLW0603 - a process-wide registry, as reportlab's own is
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        fonts = resources_dir() / "fonts"
        pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _fonts_ready = True


@dataclass(frozen=True)
class Footer:
    """Printed at the bottom of every page: who printed, when (ISO UTC), and page x/y."""

    user: str
    printed_at: str


_FOOTER_LABELS: dict[str, dict[str, str]] = {
    "ky": {"user": "Басып чыгарган", "time": "Убакыты", "page": "Барак"},
    "ru": {"user": "Напечатал", "time": "Время", "page": "Страница"},
    "en": {"user": "Printed by", "time": "Time", "page": "Page"},
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def check_table(table: Mapping[str, Mapping[str, str]]) -> None:
    """Every language of a label table has the same keys (called at import of each document)."""
    keys = set(table["ky"])
    for lang in LANGUAGES:
        if set(table[lang]) != keys:
            raise AssertionError(f"label table for {lang!r} differs: {sorted(set(table[lang]) ^ keys)}")


def parse_utc(value: str) -> dt.datetime:
    """An ISO 8601 time as an aware UTC datetime; a time without a zone is taken as UTC."""
    parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def bishkek_time(value: str) -> str:
    """ "2026-09-01T09:00:00Z" → "01.09.2026 15:00 (UTC+6)"."""
    return parse_utc(value).astimezone(BISHKEK).strftime("%d.%m.%Y %H:%M (UTC+6)")


def show_date(value: str) -> str:
    """ "2026-09-08" → "08.09.2026"."""
    return dt.date.fromisoformat(value.strip()).strftime("%d.%m.%Y")


class _NumberedCanvas(Canvas):
    """Keeps finished pages and draws the footers, with the total, when the document is saved."""

    def __init__(self, out: BinaryIO, draw_footer: Callable[[Canvas, int, int], None]) -> None:
        super().__init__(out, pagesize=A4, pageCompression=1)
        self._pages: list[dict[str, Any]] = []
        self._draw_footer = draw_footer
        self.page_count = 0

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        if not self._pages or self._code:  # type: ignore[attr-defined]
            self.showPage()  # the current, unfinished page
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._draw_footer(self, number, total)
            Canvas.showPage(self)
        self.page_count = total
        Canvas.save(self)


class Writer:
    """A top-down text cursor over a canvas: wrapped paragraphs, label/value rows, page breaks."""

    def __init__(self, canvas: Canvas, *, top: float = PAGE_HEIGHT - MARGIN, bottom: float = MARGIN + 8) -> None:
        self.canvas = canvas
        self.left = MARGIN
        self.right = PAGE_WIDTH - MARGIN
        self.top = top
        self.bottom = bottom
        self.y = top
        self.on_new_page: Callable[[Writer], None] | None = None

    @property
    def width(self) -> float:
        return self.right - self.left

    def new_page(self) -> None:
        self.canvas.showPage()
        self.y = self.top
        if self.on_new_page is not None:
            self.on_new_page(self)

    def ensure(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    def lines(self, text: str, *, size: float = 10, bold: bool = False, indent: float = 0) -> list[str]:
        font = FONT_BOLD if bold else FONT
        out: list[str] = []
        for paragraph in text.split("\n"):
            out.extend(simpleSplit(paragraph, font, size, self.width - indent) or [""])
        return out

    def para(self, text: str, *, size: float = 10, bold: bool = False, indent: float = 0, leading: float = 0) -> None:
        leading = leading or size * 1.3
        font = FONT_BOLD if bold else FONT
        for line in self.lines(text, size=size, bold=bold, indent=indent):
            self.ensure(leading)
            self.y -= leading
            self.canvas.setFont(font, size)
            self.canvas.drawString(self.left + indent, self.y + leading * 0.22, line)

    def centered(self, text: str, *, size: float = 12, bold: bool = True) -> None:
        leading = size * 1.35
        font = FONT_BOLD if bold else FONT
        for line in self.lines(text, size=size, bold=bold):
            self.ensure(leading)
            self.y -= leading
            self.canvas.setFont(font, size)
            self.canvas.drawCentredString((self.left + self.right) / 2, self.y + leading * 0.22, line)

    def row(self, label: str, value: str, *, size: float = 10, label_width: float = 50 * mm) -> None:
        """ "Label:  value", the value wrapped in its own column."""
        leading = size * 1.3
        value_lines: list[str] = []
        for paragraph in value.split("\n"):
            value_lines.extend(simpleSplit(paragraph, FONT_BOLD, size, self.width - label_width) or [""])
        label_lines = simpleSplit(label, FONT, size, label_width - 4) or [""]
        for i in range(max(len(value_lines), len(label_lines))):
            self.ensure(leading)
            self.y -= leading
            base = self.y + leading * 0.22
            if i < len(label_lines):
                self.canvas.setFont(FONT, size)
                self.canvas.drawString(self.left, base, label_lines[i])
            if i < len(value_lines):
                self.canvas.setFont(FONT_BOLD, size)
                self.canvas.drawString(self.left + label_width, base, value_lines[i])

    def signature(self, label: str, name: str, *, size: float = 10) -> None:
        """ "Label  ________  Name" on one line, for a hand signature."""
        self.space(8 * mm)
        self.ensure(size * 1.4)
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(self.left, self.y, label)
        start = self.left + 70 * mm
        self.canvas.setLineWidth(0.5)
        self.canvas.line(start, self.y - 1, start + 45 * mm, self.y - 1)
        self.canvas.drawString(start + 50 * mm, self.y, name)
        self.space(size * 0.5)

    def blank_lines(self, count: int) -> None:
        """Ruled lines to be filled in by hand."""
        for _ in range(count):
            self.space(8 * mm)
            self.ensure(2 * mm)
            self.canvas.setLineWidth(0.4)
            self.canvas.line(self.left, self.y, self.right, self.y)

    def letter_head(
        self, labels: Mapping[str, str], *, precinct: str, name: str, contact: str, title_size: float
    ) -> None:
        """A letter's opening: the commission, the addressee and their contact, the title, the greeting."""
        self.para(labels["precinct"].format(precinct=precinct), size=9)
        self.space(4)
        self.para(labels["to"].format(name=name), bold=True)
        if contact:
            self.para(labels["contact"].format(contact=contact))
        self.space(14)
        self.centered(labels["title"], size=title_size)
        self.space(10)
        self.para(labels["greeting"].format(name=name))
        self.space(4)

    def rule(self, *, dashed: bool = False) -> None:
        self.ensure(6)
        self.y -= 3
        self.canvas.saveState()
        self.canvas.setLineWidth(0.5)
        if dashed:
            self.canvas.setDash(4, 3)
        self.canvas.line(self.left, self.y, self.right, self.y)
        self.canvas.restoreState()
        self.y -= 3


def render(
    out: BinaryIO,
    *,
    lang: str,
    footer: Footer,
    kind: str,
    body: Callable[[Canvas], None],
    mark: str = "",
) -> int:
    """Renders one document: `body` draws on the canvas; footers (and `mark`, e.g. CONFIDENTIAL,
    at the top of every page) are added when it is saved. Returns the number of pages."""
    register_fonts()
    labels = _FOOTER_LABELS[check_language(lang)]
    printed = bishkek_time(footer.printed_at)

    def draw_footer(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.3)
        canvas.line(MARGIN, FOOTER_Y + 9, PAGE_WIDTH - MARGIN, FOOTER_Y + 9)
        canvas.drawString(MARGIN, FOOTER_Y, f"{labels['user']}: {footer.user}   {labels['time']}: {printed}")
        canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, f"{labels['page']} {number}/{total}")
        if mark:
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 10 * mm, mark)
        canvas.restoreState()

    canvas = _NumberedCanvas(out, draw_footer)
    canvas.setTitle(kind)
    canvas.setCreator("PEC Desk")
    canvas.setAuthor("")
    body(canvas)
    canvas.save()
    return canvas.page_count
