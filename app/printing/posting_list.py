"""The voter list for posting at the precinct (R-CAL-1: day 70 preliminary, day 30 control, day 7 final).

What is on it (R-DATA-3, issue 5): each voter's full name (ФИО) and the precinct number, nothing
else: `PostingEntry` has no field for a PIN, a birth date or an address. Order: the Kyrgyz
alphabet (app.models.text.name_sort_key: surname, then first name, then patronymic; Ң after Н,
Ө after О, Ү after У). Every page repeats the title, the precinct and the "posted on" date, and
carries the footer with page x/y.

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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.models.text import name_sort_key
from app.printing.base import (
    FONT,
    FONT_BOLD,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Footer,
    check_language,
    check_table,
    render,
    show_date,
)

__all__ = ["STAGES", "Footer", "PostingEntry", "PostingListData", "render_posting_list"]

STAGES = ("preliminary", "control", "final")
ROW_HEIGHT = 4.6 * mm
FONT_SIZE = 9.5
MIN_FONT_SIZE = 6.0
TOP = PAGE_HEIGHT - 12 * mm
BOTTOM = MARGIN + 4 * mm


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
    stage: str = "preliminary"  # preliminary (day 70) | control (day 30) | final (day 7)


LABELS: dict[str, dict[str, str]] = {
    "ky": {
        "preliminary": "ШАЙЛООЧУЛАРДЫН АЛДЫН АЛА ТИЗМЕСИ",
        "control": "ШАЙЛООЧУЛАРДЫН КОНТРОЛДУК ТИЗМЕСИ",
        "final": "ШАЙЛООЧУЛАРДЫН АКЫРКЫ ТИЗМЕСИ",
        "precinct": "№{precinct} шайлоо участогу",
        "posted_on": "Таанышуу үчүн илинген күнү: {date}",
        "hint": "Ката тапсаңыз, участкалык шайлоо комиссиясына арыз бериңиз.",
        "number": "№",
        "name": "Фамилиясы, аты, атасынын аты",
        "precinct_column": "Участок",
    },
    "ru": {
        "preliminary": "ПРЕДВАРИТЕЛЬНЫЙ СПИСОК ИЗБИРАТЕЛЕЙ",
        "control": "КОНТРОЛЬНЫЙ СПИСОК ИЗБИРАТЕЛЕЙ",
        "final": "ОКОНЧАТЕЛЬНЫЙ СПИСОК ИЗБИРАТЕЛЕЙ",
        "precinct": "Избирательный участок №{precinct}",
        "posted_on": "Вывешен для ознакомления: {date}",
        "hint": "Если вы нашли ошибку, подайте заявление в участковую избирательную комиссию.",
        "number": "№",
        "name": "Фамилия, имя, отчество",
        "precinct_column": "Участок",
    },
    "en": {
        "preliminary": "PRELIMINARY VOTER LIST",
        "control": "CONTROL VOTER LIST",
        "final": "FINAL VOTER LIST",
        "precinct": "Precinct No. {precinct}",
        "posted_on": "Posted for review on {date}",
        "hint": "If you find an error, file a claim with the precinct election commission.",
        "number": "No.",
        "name": "Full name",
        "precinct_column": "Precinct",
    },
}
check_table(LABELS)


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
    labels = LABELS[check_language(lang)]
    if data.stage not in STAGES:
        raise ValueError(f"unknown list stage {data.stage!r}")
    ordered: Iterable[PostingEntry] = _checked_order(entries) if presorted else kyrgyz_order(entries)
    posted = labels["posted_on"].format(date=show_date(data.posted_on))
    title = labels[data.stage]
    precinct_line = labels["precinct"].format(precinct=data.precinct)

    x_number = MARGIN
    x_name = MARGIN + 14 * mm
    x_precinct = PAGE_WIDTH - MARGIN - 18 * mm
    name_width = x_precinct - x_name - 3 * mm

    def header(canvas: Canvas) -> float:
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawCentredString(PAGE_WIDTH / 2, TOP, title)
        canvas.setFont(FONT, 9.5)
        canvas.drawString(MARGIN, TOP - 6 * mm, precinct_line)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, TOP - 6 * mm, posted)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, TOP - 10.5 * mm, labels["hint"])
        y = TOP - 16 * mm
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(x_number, y, labels["number"])
        canvas.drawString(x_name, y, labels["name"])
        canvas.drawString(x_precinct, y, labels["precinct_column"])
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 1.5 * mm, PAGE_WIDTH - MARGIN, y - 1.5 * mm)
        return y - 1.5 * mm

    def body(canvas: Canvas) -> None:
        y = header(canvas)
        canvas.setLineWidth(0.2)
        canvas.setStrokeGray(0.75)
        for number, entry in enumerate(ordered, 1):
            if y - ROW_HEIGHT < BOTTOM:
                canvas.showPage()
                y = header(canvas)
                canvas.setLineWidth(0.2)
                canvas.setStrokeGray(0.75)
            y -= ROW_HEIGHT
            base = y + 1.3 * mm
            name = entry.full_name
            size = FONT_SIZE
            width = stringWidth(name, FONT, size)
            if width > name_width:
                size = max(MIN_FONT_SIZE, size * name_width / width)
            canvas.setFont(FONT, FONT_SIZE)
            canvas.drawRightString(x_name - 3 * mm, base, str(number))
            canvas.setFont(FONT, size)
            canvas.drawString(x_name, base, name)
            canvas.setFont(FONT, FONT_SIZE)
            canvas.drawString(x_precinct, base, data.precinct)
            canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)

    return render(out, lang=lang, footer=footer, kind=title, body=body)
