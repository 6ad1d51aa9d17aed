"""What every printed document shares: the font, the footer, page x/y, times and a text cursor.

Decisions (DESIGN.md "Layering": Qt-free, reportlab only):

- One font family, DejaVu Sans and DejaVu Sans Bold shipped in resources/fonts/ (license beside
  them), registered with reportlab once per process. It has Kyrgyz Ң ң Ө ө Ү ү; reportlab embeds a
  subset with a ToUnicode map, so the text is searchable and extractable from the PDF.
- Every page carries the footer "printed by (role) · time · page x/y". The total is known only at
  the end, so the canvas keeps each finished page and draws the footers when the document is saved
  (`_NumberedCanvas`); a 6,000-name list is ~120 pages of a few kilobytes each.
- Times are stored as ISO 8601 UTC and every time printed is Bishkek time with its zone, UTC+6
  (Kyrgyzstan has kept no daylight-saving time since 2005); a stored time without a zone is UTC.
  One form per language, the same as the window's (`app.field_messages`): ky/ru
  "03.12.2026 14:05 (UTC+6)" and dates "03.12.2026"; en "2026-12-03 14:05 (UTC+6)" and "2026-12-03".
- Languages: "ky" (default), "ru", "en". The names of vocabulary values come from
  `app.catalogue`; the wording of the documents from one table, `app.printing.wording`.
- Long values wrap inside the page: at spaces, and a word wider than its column is broken between
  letters; nothing runs past the margins or is cut. The footer wraps too, and the body stops above it.
- The PDF's metadata carries the document kind only, never a name or a number of a person.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.catalogue import name
from app.models.calendar import BISHKEK
from app.models.vocabulary import Role
from app.paths import resources_dir
from app.printing.wording import say

FONT = "PECDeskSans"
FONT_BOLD = "PECDeskSans-Bold"
LANGUAGES = ("ky", "ru", "en")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm  # left and right: no text outside
EDGE = 7 * mm  # top and bottom: no text nearer the paper's edge (the footer and the mark sit here)
FOOTER_Y = 9 * mm
FOOTER_SIZE = 7.5

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
    """Printed at the bottom of every page: who printed (name and role), when (ISO UTC), page x/y."""

    user: str
    printed_at: str
    role: Role | None = None


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def parse_utc(value: str) -> dt.datetime:
    """An ISO 8601 time as an aware UTC datetime; a time without a zone is taken as UTC."""
    parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def local_time(value: str | dt.datetime, lang: str = "ky") -> str:
    """ "2026-09-01T09:00:00Z" → "01.09.2026 15:00 (UTC+6)" (en: "2026-09-01 15:00 (UTC+6)")."""
    moment = parse_utc(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(BISHKEK).strftime(f"{say(check_language(lang), 'format.date')} %H:%M (UTC+6)")


def show_date(value: str | dt.date, lang: str = "ky") -> str:
    """ "2026-09-08" → "08.09.2026" (en: "2026-09-08"); an ISO time is shown as its Bishkek date
    ("2026-09-05T20:00:00Z" → "06.09.2026"). Raises ValueError if it is neither."""
    if isinstance(value, dt.datetime):
        value = value.astimezone(BISHKEK).date()
    elif isinstance(value, str):
        text = value.strip()
        value = parse_utc(text).astimezone(BISHKEK).date() if len(text) > 10 else dt.date.fromisoformat(text)
    return value.strftime(say(check_language(lang), "format.date"))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` as lines no wider than `width`: at spaces, and a longer word between its letters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            lines.extend(_letters(line, font, size, width))
    return lines


def _letters(line: str, font: str, size: float, width: float) -> list[str]:
    if stringWidth(line, font, size) <= width:
        return [line]
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char.lstrip()
        else:
            current += char
    return [*pieces, current] if current else pieces


class _NumberedCanvas(Canvas):
    """Keeps finished pages and draws the footers, with the total, when the document is saved.
    `content_bottom` is where the body must stop so that it stays clear of the (wrapped) footer."""

    def __init__(self, out: BinaryIO, draw_footer: Callable[[Canvas, int, int], None], content_bottom: float) -> None:
        super().__init__(out, pagesize=A4, pageCompression=1)
        self._pages: list[dict[str, Any]] = []
        self._draw_footer = draw_footer
        self.content_bottom = content_bottom
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


def content_bottom(canvas: Canvas) -> float:
    """The lowest baseline area a document's body may use on this canvas (above the footer)."""
    return float(getattr(canvas, "content_bottom", MARGIN + 8))


class Writer:
    """A top-down text cursor over a canvas: wrapped paragraphs, label/value rows, page breaks."""

    def __init__(self, canvas: Canvas, *, top: float = PAGE_HEIGHT - MARGIN, bottom: float | None = None) -> None:
        self.canvas = canvas
        self.left = MARGIN
        self.right = PAGE_WIDTH - MARGIN
        self.top = top
        self.bottom = content_bottom(canvas) if bottom is None else bottom
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
        return wrap(text, FONT_BOLD if bold else FONT, size, self.width - indent)

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

    def row_height(
        self, label: str, value: str, *, size: float = 10, label_width: float = 50 * mm, width: float | None = None
    ) -> float:
        """How tall `row` will draw this (in a column of `width`, by default the writer's)."""
        value_lines = wrap(value, FONT_BOLD, size, (self.width if width is None else width) - label_width)
        return max(len(value_lines), len(wrap(label, FONT, size, label_width - 4))) * size * 1.3

    def row(self, label: str, value: str, *, size: float = 10, label_width: float = 50 * mm) -> None:
        """ "Label:  value", the value wrapped in its own column. On each page the label's lines are
        drawn first and the value's after them, so that a reader of the text meets the value whole."""
        leading = size * 1.3
        value_lines = wrap(value, FONT_BOLD, size, self.width - label_width)
        label_lines = wrap(label, FONT, size, label_width - 4)
        values: list[tuple[float, str]] = []  # placed on this page, drawn when the page or the row ends
        for i in range(max(len(value_lines), len(label_lines))):
            if self.y - leading < self.bottom:
                self._draw(values, FONT_BOLD, size, self.left + label_width)
                values = []
                self.new_page()
            self.y -= leading
            base = self.y + leading * 0.22
            if i < len(label_lines):
                self._draw([(base, label_lines[i])], FONT, size, self.left)
            if i < len(value_lines):
                values.append((base, value_lines[i]))
        self._draw(values, FONT_BOLD, size, self.left + label_width)

    def _draw(self, lines: list[tuple[float, str]], font: str, size: float, x: float) -> None:
        self.canvas.setFont(font, size)
        for y, line in lines:
            self.canvas.drawString(x, y, line)

    def signature(self, label: str, name: str, *, size: float = 10) -> None:
        """ "Label  ________  Name" for a hand signature; a long name wraps in its own column."""
        start = self.left + 70 * mm
        names = wrap(name, FONT, size, self.right - start - 50 * mm) if name else [""]
        self.space(8 * mm)
        self.ensure(size * 1.4 * len(names))
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(self.left, self.y, label)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(start, self.y - 1, start + 45 * mm, self.y - 1)
        for i, line in enumerate(names):
            self.canvas.drawString(start + 50 * mm, self.y - i * size * 1.3, line)
        self.space(size * 0.5 + (len(names) - 1) * size * 1.3)

    def blank_lines(self, count: int) -> None:
        """Ruled lines to be filled in by hand."""
        for _ in range(count):
            self.space(8 * mm)
            self.ensure(2 * mm)
            self.canvas.setLineWidth(0.4)
            self.canvas.line(self.left, self.y, self.right, self.y)

    def letter_head(
        self, say: Callable[..., str], *, title: str, precinct: str, name: str, contact: str, title_size: float
    ) -> None:
        """A letter's opening: the commission, the addressee and their contact, the title, the greeting
        (`say` gives the "letter.*" wording in the document's language)."""
        self.para(say("letter.precinct", precinct=precinct), size=9)
        self.space(4)
        self.para(say("letter.to", name=name), bold=True)
        if contact:
            self.para(say("letter.contact", contact=contact))
        self.space(14)
        self.centered(title, size=title_size)
        self.space(10)
        self.para(say("letter.greeting", name=name))
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


def footer_lines(footer: Footer, lang: str, width: float) -> list[str]:
    """The footer's text, wrapped to `width` (the page number stands to the right of it)."""
    user = f"{footer.user} ({name(footer.role, lang)})" if footer.role is not None else footer.user
    text = f"{say(lang, 'footer.user')}: {user}   {say(lang, 'footer.time')}: {local_time(footer.printed_at, lang)}"
    return wrap(text, FONT, FOOTER_SIZE, width)


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
    page_word = say(check_language(lang), "footer.page")
    leading = FOOTER_SIZE * 1.25
    lines = footer_lines(footer, lang, PAGE_WIDTH - 2 * MARGIN - 25 * mm)
    rule_y = FOOTER_Y + (len(lines) - 1) * leading + 9

    def draw_footer(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, FOOTER_SIZE)
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.3)
        canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
        for i, line in enumerate(lines):
            canvas.drawString(MARGIN, FOOTER_Y + (len(lines) - 1 - i) * leading, line)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, f"{page_word} {number}/{total}")
        if mark:
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 10 * mm, mark)
        canvas.restoreState()

    canvas = _NumberedCanvas(out, draw_footer, max(MARGIN + 8, rule_y + 8))
    canvas.setTitle(kind)
    canvas.setCreator("PEC Desk")
    canvas.setAuthor("")
    body(canvas)
    canvas.save()
    return canvas.page_count
