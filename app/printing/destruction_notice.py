"""Notice to the voter that data collected about them unlawfully was destroyed (R-CLM-4, R-DATA-4).

It names the claim whose check found the data unlawful, the decision (who, when), the time of
destruction in Bishkek time, and the categories of data destroyed, never their values (they no
longer exist, and the notice must not bring them back on paper), each by the catalogue's name of
the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.models.vocabulary import Place
from app.printing.base import Footer, Writer, render
from app.printing.words import Words

__all__ = ["DestructionData", "Footer", "render_destruction_notice"]


@dataclass(frozen=True)
class DestructionData:
    number: str  # the claim whose check found the data unlawful
    precinct: str
    voter_name: str
    contact: str
    decided_by: Place | str  # the commission that decided: a place, or as it names itself
    decided_on: str  # YYYY-MM-DD, or the ISO time of the decision (shown as its Bishkek date)
    destroyed_at: str  # ISO UTC
    categories: tuple[str, ...]  # field keys (named by the catalogue) or descriptions; never values
    signer_name: str = ""


def render_destruction_notice(data: DestructionData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the notice as a PDF to `out`; returns the number of pages."""
    words = Words(lang)

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        w.letter_head(words, title=words("destruction.title"), precinct=data.precinct, name=data.voter_name,
                      contact=data.contact, title_size=12)  # fmt: skip
        text = words(
            "destruction.text",
            number=data.number,
            decided_by=words.shown(data.decided_by),
            decided_on=words.date(data.decided_on),
            destroyed=words.time(data.destroyed_at),
        )
        w.para(text)
        w.space(3 * mm)
        w.para(words("destruction.categories"), bold=True)
        for category in data.categories or (words("empty"),):
            w.para(f"• {words.label(category)}", indent=4 * mm)
        w.signature(words("letter.signer"), data.signer_name)

    return render(out, lang=lang, footer=footer, kind=words("destruction.title"), body=body)
