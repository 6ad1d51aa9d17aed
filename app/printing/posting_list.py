"""The voter list for posting at the precinct (R-CAL-1: day 70 preliminary, day 30 control, day 7 final).

What is on it (R-DATA-3, issue 5): each voter's full name (ФИО) and the precinct number, nothing
else: `PostingEntry` has no field for a PIN, a birth date or an address. Order: the Kyrgyz
alphabet (app.models.text.name_sort_key: surname, then first name, then patronymic; Ң after Н,
Ө after О, Ү after У). Every page repeats the title with the list's stage (named by the catalogue),
the precinct and the "posted on" date, and carries the footer with page x/y. A name too long for
its column wraps onto the next lines of its row; nothing is shrunk past reading or cut.

Input is any iterable. By default the entries are sorted here (6,000 names are a few hundred
kilobytes); with `presorted=True` they are drawn as they come, one page at a time, which suits a
query ordered by the database's Kyrgyz collation, and an entry out of order raises ValueError
rather than print a list in the wrong order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.models.text import name_sort_key
from app.models.vocabulary import Field, Stage, values
from app.printing.base import FONT, FONT_BOLD, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Footer, content_bottom, render, wrap
from app.printing.words import Words

__all__ = ["Footer", "PostingEntry", "PostingListData", "render_posting_list"]

ROW_HEIGHT = 4.6 * mm
LEADING = 3.9 * mm  # between the lines of a wrapped name
FONT_SIZE = 9.5
TOP = PAGE_HEIGHT - 12 * mm
X_NAME = MARGIN + 14 * mm
X_PRECINCT = PAGE_WIDTH - MARGIN - 18 * mm
NAME_WIDTH = X_PRECINCT - X_NAME - 3 * mm


@dataclass(frozen=True)
class PostingEntry:
    last_name: str
    first_name: str
    patronymic: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.last_name, self.first_name, self.patronymic) if part)


@dataclass(frozen=True)
class PostingListData:
    precinct: str
    posted_on: str  # YYYY-MM-DD
    stage: Stage = Stage.PRELIMINARY  # preliminary (day 70) | control (day 30) | final (day 7)


def kyrgyz_order(entries: Iterable[PostingEntry]) -> list[PostingEntry]:
    return sorted(entries, key=lambda e: name_sort_key(e.last_name, e.first_name, e.patronymic))


def _checked_order(entries: Iterable[PostingEntry]) -> Iterator[PostingEntry]:
    previous: bytes | None = None
    for entry in entries:
        key = name_sort_key(entry.last_name, entry.first_name, entry.patronymic)
        if previous is not None and key < previous:
            raise ValueError(f"the list is not in Kyrgyz alphabetical order at {entry.full_name!r}")
        previous = key
        yield entry


def _header(canvas: Canvas, words: Words, data: PostingListData) -> float:
    """Draws the title, stage, precinct, date and the column heads; returns where the rows start."""
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawCentredString(PAGE_WIDTH / 2, TOP, words("posting.title"))
    canvas.setFont(FONT, 10)
    stage = words.name(Stage(data.stage))
    canvas.drawCentredString(PAGE_WIDTH / 2, TOP - 5 * mm, stage[:1].upper() + stage[1:])
    canvas.setFont(FONT, 9.5)
    canvas.drawString(MARGIN, TOP - 11 * mm, words("posting.precinct", precinct=data.precinct))
    posted = words("posting.posted_on", date=words.date(data.posted_on))
    canvas.drawRightString(PAGE_WIDTH - MARGIN, TOP - 11 * mm, posted)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(MARGIN, TOP - 15.5 * mm, words("posting.hint"))
    y = TOP - 21 * mm
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawString(MARGIN, y, words("posting.number"))
    canvas.drawString(X_NAME, y, words("posting.name"))
    canvas.drawString(X_PRECINCT, y, words.label(Field.PRECINCT))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 1.5 * mm, PAGE_WIDTH - MARGIN, y - 1.5 * mm)
    canvas.setLineWidth(0.2)
    canvas.setStrokeGray(0.75)
    return y - 1.5 * mm


def render_posting_list(
    data: PostingListData,
    entries: Iterable[PostingEntry],
    out: BinaryIO,
    *,
    lang: str = "ky",
    footer: Footer,
    presorted: bool = False,
) -> int:
    """Writes the list as a PDF to `out`; returns the number of pages."""
    words = Words(lang)
    if data.stage not in values(Stage):
        raise ValueError(f"unknown list stage {data.stage!r}")
    ordered: Iterable[PostingEntry] = _checked_order(entries) if presorted else kyrgyz_order(entries)

    def body(canvas: Canvas) -> None:
        bottom = content_bottom(canvas)
        y = _header(canvas, words, data)
        for number, entry in enumerate(ordered, 1):
            lines = wrap(entry.full_name, FONT, FONT_SIZE, NAME_WIDTH)
            height = ROW_HEIGHT + (len(lines) - 1) * LEADING
            if y - height < bottom:
                canvas.showPage()
                y = _header(canvas, words, data)
            base = y - ROW_HEIGHT + 1.3 * mm
            canvas.setFont(FONT, FONT_SIZE)
            canvas.drawRightString(X_NAME - 3 * mm, base, str(number))
            for i, line in enumerate(lines):  # the whole name, then its precinct
                canvas.drawString(X_NAME, base - i * LEADING, line)
            canvas.drawString(X_PRECINCT, base, data.precinct)
            y -= height
            canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)

    return render(out, lang=lang, footer=footer, kind=words("posting.title"), body=body)
