"""Notice to the voter that data collected about them unlawfully was destroyed (R-CLM-4, R-DATA-4).

It names the claim whose check found the data unlawful, the decision (who, when), the time of
destruction in Bishkek time, and the categories of data destroyed, never their values (they no
longer exist, and the notice must not bring them back on paper).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.base import Footer, Writer, bishkek_time, check_language, check_table, render, show_date
from app.printing.subject_access import FIELD_LABELS

__all__ = ["DestructionData", "Footer", "render_destruction_notice"]


@dataclass(frozen=True)
class DestructionData:
    number: str  # the claim whose check found the data unlawful
    precinct: str
    voter_name: str
    contact: str
    decided_by: str  # the commission that decided
    decided_on: str  # YYYY-MM-DD
    destroyed_at: str  # ISO UTC
    categories: tuple[str, ...]  # field keys (translated) or descriptions; never values
    signer_name: str = ""


LABELS: dict[str, dict[str, str]] = {
    "ky": {
        "title": "ЖЕКЕ МААЛЫМАТТАРДЫН ЖОК КЫЛЫНГАНДЫГЫ ЖӨНҮНДӨ БИЛДИРҮҮ",
        "precinct": "№{precinct} участкалык шайлоо комиссиясы",
        "to": "Кимге: {name}",
        "contact": "Байланыш: {contact}",
        "greeting": "Урматтуу {name}!",
        "text": "№{number} арыз боюнча текшерүүнүн жыйынтыгында {decided_by} {decided_on} чечими менен сиз "
        "жөнүндө мыйзамсыз чогултулган маалыматтар {destroyed} жок кылынды.",
        "categories": "Жок кылынган маалыматтардын түрлөрү:",
        "none": "—",
        "signer": "Комиссиянын атынан",
    },
    "ru": {
        "title": "УВЕДОМЛЕНИЕ ОБ УНИЧТОЖЕНИИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "precinct": "Участковая избирательная комиссия №{precinct}",
        "to": "Кому: {name}",
        "contact": "Контакт: {contact}",
        "greeting": "Уважаемый(ая) {name}!",
        "text": "По итогам проверки по заявлению №{number} решением: {decided_by}, {decided_on}, незаконно "
        "собранные данные о вас уничтожены {destroyed}.",
        "categories": "Категории уничтоженных данных:",
        "none": "—",
        "signer": "От имени комиссии",
    },
    "en": {
        "title": "NOTICE OF DESTRUCTION OF PERSONAL DATA",
        "precinct": "Precinct election commission No. {precinct}",
        "to": "To: {name}",
        "contact": "Contact: {contact}",
        "greeting": "Dear {name},",
        "text": "Following the check of claim No. {number}, by decision of {decided_by} of {decided_on}, "
        "data about you that had been collected unlawfully was destroyed on {destroyed}.",
        "categories": "Categories of data destroyed:",
        "none": "—",
        "signer": "For the commission",
    },
}
check_table(LABELS)


def render_destruction_notice(data: DestructionData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the notice as a PDF to `out`; returns the number of pages."""
    labels = LABELS[check_language(lang)]
    fields = FIELD_LABELS[lang]

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        w.letter_head(labels, precinct=data.precinct, name=data.voter_name, contact=data.contact, title_size=12)
        w.para(
            labels["text"].format(
                number=data.number,
                decided_by=data.decided_by,
                decided_on=show_date(data.decided_on),
                destroyed=bishkek_time(data.destroyed_at),
            )
        )
        w.space(3 * mm)
        w.para(labels["categories"], bold=True)
        for category in data.categories or (labels["none"],):
            w.para(f"• {fields.get(category, category)}", indent=4 * mm)
        w.signature(labels["signer"], data.signer_name)

    return render(out, lang=lang, footer=footer, kind=labels["title"], body=body)
